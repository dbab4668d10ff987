import JSON
import LinuxKernel
import QAPIRuntime

/// A device added with `device_add`, at /machine/peripheral/<id>.
class DeviceObject: BackendObject {
    /// Where QEMU keeps devices that have an id.
    static let peripheral = "/machine/peripheral"

    /// The address space it belongs to.
    let addressSpace: String

    init(id: String, addressSpace: String) {
        self.addressSpace = addressSpace
        super.init(id: id)
    }

    /// Its QOM path.
    var path: String { "\(Self.peripheral)/\(id)" }

    override func value(of property: String) throws(QMPError) -> JSONValue {
        switch property {
        case "address-space": return .string(addressSpace)
        default: return try super.value(of: property)
        }
    }
}

/// QEMU's `pc-dimm`: guest RAM from a memory backend at a guest physical
/// address, which every container of its address space maps.
final class PCDIMMDevice: DeviceObject {
    override var typeName: String { "pc-dimm" }
    let memory: MemoryBackendObject
    /// Its guest physical address.
    let addr: UInt64

    init(id: String, addressSpace: String, memory: MemoryBackendObject, addr: UInt64) {
        self.memory = memory
        self.addr = addr
        super.init(id: id, addressSpace: addressSpace)
    }

    var size: UInt64 { memory.size }
    /// Its last guest physical address.
    var last: UInt64 { addr + (size - 1) }

    /// Whether it shares an address with `other`.
    func overlaps(_ other: PCDIMMDevice) -> Bool { addr <= other.last && other.addr <= last }

    override func value(of property: String) throws(QMPError) -> JSONValue {
        switch property {
        case "memdev": return .string(memory.id)
        case "addr": return addr.qapiJSON
        case "size": return size.qapiJSON
        default: return try super.value(of: property)
        }
    }
}

/// QEMU's `vfio-pci` on the iommufd backend: a device bound to an iommufd
/// object and attached in a container of its address space.
final class VFIOPCIDevice: DeviceObject {
    override var typeName: String { "vfio-pci" }
    /// The bound device (also in the iommufd object's records).
    let record: DeviceRecord
    let container: IOMMUFDContainer
    /// Its sysfs directory; nil for a passed descriptor.
    let sysfsdev: String?

    init(id: String, record: DeviceRecord, container: IOMMUFDContainer, sysfsdev: String?) {
        self.record = record
        self.sysfsdev = sysfsdev
        self.container = container
        super.init(id: id, addressSpace: container.addressSpace)
    }

    override func value(of property: String) throws(QMPError) -> JSONValue {
        switch property {
        case "host": return sysfsdev == nil ? .null : .string(record.name)
        case "sysfsdev": return sysfsdev.map { .string($0) } ?? .null
        case "iommufd": return .string(container.iommufd.id)
        case "backend": return "iommufd"
        case "dev-id": return .int(Int64(record.id.rawValue))
        case "ioas-id": return .int(Int64(container.ioas.id.rawValue))
        case "hwpt":
            // The automatic HWPT it belongs to; an mdev has none (it is on the IOAS).
            return container.iommufd.automaticHWPT(of: record.id).map { .int(Int64($0.id.rawValue)) } ?? .null
        case "attached-to": return record.attachedTo.map { .int(Int64($0.rawValue)) } ?? .null
        default: return try super.value(of: property)
        }
    }
}
