import JSON
import QMPAPI

/// A property of an object type, as `qom-list-properties` describes it.
struct PropertySpec {
    var name: String
    /// QOM's type name: "string", "int", "bool", "size", "child<T>".
    var type: String
    var description: String
    var readable: Bool
    var writable: Bool
    var defaultValue: JSONValue? = nil

    var info: ObjectPropertyInfo {
        ObjectPropertyInfo(name: name, type: type, description: description, defaultValue: defaultValue)
    }
}

/// A type in iommud's object model (QOM-like): its parent, whether it is
/// abstract, and its properties.
struct ObjectTypeDescription {
    var name: String
    var parent: String?
    var abstract: Bool
    /// Interfaces it implements (`user-creatable`).
    var interfaces: [String] = []
    var properties: [PropertySpec] = []
}

/// Every type, root first.
enum ObjectTypes {
    static let typeProperty = PropertySpec(
        name: "type", type: "string", description: "the object's type", readable: true, writable: false)

    static let all: [ObjectTypeDescription] = [
        ObjectTypeDescription(name: "object", parent: nil, abstract: true, properties: [typeProperty]),
        ObjectTypeDescription(name: "user-creatable", parent: nil, abstract: true),
        ObjectTypeDescription(name: "container", parent: "object", abstract: false, properties: [typeProperty]),
        ObjectTypeDescription(
            name: "iommufd", parent: "object", abstract: false, interfaces: ["user-creatable"],
            properties: [
                typeProperty,
                PropertySpec(
                    name: "fd", type: "string",
                    description: "a /dev/iommu descriptor to use: a getfd name or an inherited number",
                    readable: false, writable: true),
                PropertySpec(
                    name: "users", type: "int", description: "kernel objects (IOAS, HWPT, device) using the object",
                    readable: true, writable: false),
                PropertySpec(
                    name: "kernel", type: "string", description: "the kernel it talks to: host or sim",
                    readable: true, writable: false),
                PropertySpec(
                    name: "connected", type: "bool", description: "whether /dev/iommu is open",
                    readable: true, writable: false),
            ]),
        ObjectTypeDescription(
            name: "memory-backend", parent: "object", abstract: true, interfaces: ["user-creatable"],
            properties: memoryBackendProperties),
        ObjectTypeDescription(
            name: "memory-backend-memfd", parent: "memory-backend", abstract: false, interfaces: ["user-creatable"],
            properties: memoryBackendProperties + [
                PropertySpec(name: "hugetlb", type: "bool", description: "use huge pages", readable: true, writable: false, defaultValue: false),
                PropertySpec(name: "hugetlbsize", type: "size", description: "huge page size", readable: true, writable: false, defaultValue: 0),
                PropertySpec(name: "seal", type: "bool", description: "seal the size", readable: true, writable: false, defaultValue: true),
            ]),
        ObjectTypeDescription(
            name: "memory-backend-file", parent: "memory-backend", abstract: false, interfaces: ["user-creatable"],
            properties: memoryBackendProperties + [
                PropertySpec(name: "mem-path", type: "string", description: "the file (or /dev/fdset/N)", readable: true, writable: false),
                PropertySpec(name: "readonly", type: "bool", description: "map read-only", readable: true, writable: false, defaultValue: false),
            ]),
        ObjectTypeDescription(name: "device", parent: "object", abstract: true, properties: deviceProperties),
        ObjectTypeDescription(
            name: "vfio-pci", parent: "device", abstract: false,
            properties: deviceProperties + [
                readOnly("host", "string", "the host PCI address (absent for a passed descriptor)"),
                readOnly("sysfsdev", "string", "the host device's sysfs directory (absent for a passed descriptor)"),
                readOnly("container", "string", "its container, as query-vfio names it"),
                readOnly("backend", "string", "how its container reaches the IOMMU: iommufd or legacy"),
                readOnly("iommufd", "string", "the iommufd object of its container (iommufd backend)"),
                readOnly("dev-id", "int", "its dev-id in the iommufd object (iommufd backend)"),
                readOnly("ioas-id", "int", "its container's IOAS (iommufd backend)"),
                readOnly("hwpt", "int", "the automatic HWPT it belongs to (iommufd backend; absent for an mdev)"),
                readOnly("attached-to", "int", "the HWPT or IOAS its DMA goes through (iommufd backend)"),
                readOnly("group", "int", "its IOMMU group (legacy backend)"),
                readOnly("vfio-user", "string", "the socket it is served on over vfio-user (absent when it is not)"),
            ]),
        ObjectTypeDescription(
            name: "pc-dimm", parent: "device", abstract: false,
            properties: deviceProperties + [
                readOnly("memdev", "string", "the memory backend holding its RAM"),
                readOnly("addr", "int", "its guest physical address"),
                readOnly("size", "size", "its size in bytes (the memory backend's)"),
            ]),
        ObjectTypeDescription(
            name: "intel-iommu", parent: "device", abstract: false,
            properties: deviceProperties + [
                readOnly("aw-bits", "uint8", "the guest address width (a coldplug sync may have lowered it)"),
                readOnly("caching-mode", "bool", "caching mode, which assigned devices need"),
                readOnly("x-scalable-mode", "bool", "scalable-mode translation"),
                readOnly("x-flts", "bool", "first-stage translation, nested on the host"),
                readOnly("fs1gp", "bool", "first-stage 1 GiB pages (a coldplug sync may have cleared it)"),
            ]),
        ObjectTypeDescription(
            name: "virtio-iommu-pci", parent: "device", abstract: false,
            properties: deviceProperties + [
                readOnly("granule", "string", "the granule asked for"),
                readOnly("page-size-mask", "uint64", "the page sizes offered (coldplugged devices' hosts ANDed in)"),
                readOnly("granule-frozen", "bool", "whether the machine is built and the granule fixed"),
            ]),
    ]

    /// What every device has: its type and its address space.
    static var deviceProperties: [PropertySpec] {
        [typeProperty, readOnly("address-space", "string", "the address space it belongs to")]
    }

    static func readOnly(_ name: String, _ type: String, _ description: String) -> PropertySpec {
        PropertySpec(name: name, type: type, description: description, readable: true, writable: false)
    }

    static var memoryBackendProperties: [PropertySpec] {
        [
            typeProperty,
            PropertySpec(name: "size", type: "size", description: "size in bytes", readable: true, writable: false),
            PropertySpec(name: "share", type: "bool", description: "MAP_SHARED rather than MAP_PRIVATE", readable: true, writable: false),
            PropertySpec(name: "prealloc", type: "bool", description: "pages touched at creation", readable: true, writable: false, defaultValue: false),
            PropertySpec(name: "mappings", type: "int", description: "DMA mappings that use the memory", readable: true, writable: false),
        ]
    }

    static func named(_ name: String) -> ObjectTypeDescription? { all.first { $0.name == name } }

    /// Whether `type` is `ancestor` or derives from or implements it.
    static func isA(_ type: String, _ ancestor: String) -> Bool {
        var current: String? = type
        while let name = current, let t = named(name) {
            if name == ancestor || t.interfaces.contains(ancestor) { return true }
            current = t.parent
        }
        return false
    }
}
