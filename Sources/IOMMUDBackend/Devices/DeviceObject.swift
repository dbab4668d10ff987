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

/// QEMU's `vfio-pci`: a host device in a container of its address space,
/// on the iommufd backend (bound to an iommufd object) or the legacy one
/// (its descriptor taken from its IOMMU group).
final class VFIOPCIDevice: DeviceObject {
    override var typeName: String { "vfio-pci" }

    /// How the device reaches its container.
    enum Binding {
        /// Bound to the container's iommufd object (the record is also
        /// in the object's records).
        case iommufd(DeviceRecord, IOMMUFDContainer)
        /// Opened from `group`, which is in the container.
        case legacy(LegacyDevice, LegacyGroup, LegacyContainer)
    }

    let binding: Binding
    /// Its sysfs directory; nil for a passed descriptor.
    let sysfsdev: String?
    /// What its host IOMMU can do; nil for an mdev, which has no IOMMU.
    let hostIOMMU: HostIOMMUDevice?
    /// Its vfio-user export (`vfio-user=PATH`).
    let export: VFIOUserExport?

    init(id: String, binding: Binding, sysfsdev: String?, hostIOMMU: HostIOMMUDevice?, export: VFIOUserExport? = nil) {
        self.binding = binding
        self.sysfsdev = sysfsdev
        self.hostIOMMU = hostIOMMU
        self.export = export
        super.init(id: id, addressSpace: binding.container.addressSpace)
    }

    var container: any VFIOContainerModel { binding.container }

    /// Its IOMMU group on the legacy backend.
    var group: LegacyGroup? {
        if case .legacy(_, let group, _) = binding { return group }
        return nil
    }

    /// Its sysfs name (or the getfd name it was passed under).
    var name: String {
        switch binding {
        case .iommufd(let record, _): return record.name
        case .legacy(let device, _, _): return device.name
        }
    }

    override func value(of property: String) throws(QMPError) -> JSONValue {
        switch (property, binding) {
        case ("host", _): return sysfsdev == nil ? .null : .string(name)
        case ("sysfsdev", _): return sysfsdev.map { .string($0) } ?? .null
        case ("container", _): return .string(container.name)
        case ("backend", _): return .string(container.backend.rawValue)
        case ("iommufd", .iommufd(_, let c)): return .string(c.iommufd.id)
        case ("dev-id", .iommufd(let record, _)): return .int(Int64(record.id.rawValue))
        case ("ioas-id", .iommufd(_, let c)): return .int(Int64(c.ioas.id.rawValue))
        case ("hwpt", .iommufd(let record, let c)):
            // The automatic HWPT it belongs to; an mdev has none (it is on the IOAS).
            return c.iommufd.automaticHWPT(of: record.id).map { .int(Int64($0.id.rawValue)) } ?? .null
        case ("attached-to", .iommufd(let record, _)): return record.attachedTo.map { .int(Int64($0.rawValue)) } ?? .null
        case ("iommufd", .legacy), ("dev-id", .legacy), ("ioas-id", .legacy), ("hwpt", .legacy), ("attached-to", .legacy):
            return .null
        case ("group", .legacy(_, let group, _)): return .int(Int64(group.number))
        case ("group", .iommufd): return .null
        case ("vfio-user", _): return export.map { .string($0.path) } ?? .null
        default: return try super.value(of: property)
        }
    }
}

extension VFIOPCIDevice.Binding {
    var container: any VFIOContainerModel {
        switch self {
        case .iommufd(_, let container): return container
        case .legacy(_, _, let container): return container
        }
    }
}

/// A device descriptor taken from its IOMMU group (legacy backend).
final class LegacyDevice {
    let name: String
    /// The open device; nil once closed.
    private var device: VFIODevice?

    init(_ device: consuming VFIODevice) {
        self.name = device.name
        self.device = .some(device)
    }

    /// Runs a request on the device (EBADF once it is closed).
    func perform<R: VFIODeviceRequest>(_ request: inout R) throws(KernelError) {
        try device.perform(&request)
    }

    /// Reads the device's regions.
    func readRegion(count: Int, at offset: UInt64) throws(KernelError) -> [UInt8] {
        try device.readRegion(count: count, at: offset)
    }

    /// Writes the device's regions.
    func writeRegion(_ bytes: [UInt8], at offset: UInt64) throws(KernelError) -> Int {
        try device.writeRegion(bytes, at: offset)
    }

    /// A new descriptor of the device, the caller's.
    func duplicateDescriptor() throws(KernelError) -> Int32 {
        try device.duplicate()
    }

    /// Closes the descriptor.
    func close() { device.take()?.close() }
}

/// A device's open descriptor as a vfio-user export uses it, whichever
/// backend bound the device: its cdev (``DeviceRecord``) or the descriptor
/// its group gave (``LegacyDevice``).
protocol ExportedDeviceDescriptor: AnyObject {
    /// Runs a typed request on the device.
    func perform<R: VFIODeviceRequest>(_ request: inout R) throws(KernelError)
    /// `pread` of its regions.
    func readRegion(count: Int, at offset: UInt64) throws(KernelError) -> [UInt8]
    /// `pwrite` of its regions.
    func writeRegion(_ bytes: [UInt8], at offset: UInt64) throws(KernelError) -> Int
    /// A new descriptor of the device, the caller's.
    func duplicateDescriptor() throws(KernelError) -> Int32
}

extension DeviceRecord: ExportedDeviceDescriptor {}
extension LegacyDevice: ExportedDeviceDescriptor {}

extension VFIOPCIDevice {
    /// Its open descriptor, on either backend.
    var descriptor: any ExportedDeviceDescriptor {
        switch binding {
        case .iommufd(let record, _): return record
        case .legacy(let device, _, _): return device
        }
    }
}
