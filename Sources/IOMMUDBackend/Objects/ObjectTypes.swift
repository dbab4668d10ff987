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
    ]

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
