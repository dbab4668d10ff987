import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import Tracing

/// The `iommufd` object: QEMU's iommufd backend (`backends/iommufd.c`).
///
/// - Without `fd`, it opens `/dev/iommu` lazily when its first user connects
///   and closes it when the last one disconnects (QEMU's connect/disconnect
///   refcount, `users`).
/// - With `fd` (a `getfd` name, consumed; or an inherited number), it uses that
///   descriptor for its whole life and never opens its own. A descriptor taken
///   from `getfd` is iommud's and is closed when the object is deleted; an
///   inherited number is not (QEMU never closes a passed descriptor).
/// - Every kernel object created through it (IOAS, HWPT, bound device) is a
///   user, so `object-del` is refused while any exists.
final class IOMMUFDObject: BackendObject {
    override var typeName: String { "iommufd" }

    /// Where the object's `/dev/iommu` descriptor comes from.
    enum Descriptor: ~Copyable {
        /// None was passed: iommud opens `/dev/iommu` for the first user
        /// and closes it after the last (nil while closed).
        case onDemand(IOMMUFD?)
        /// One was passed at creation and is held for the object's life:
        /// owned when it came from `getfd` (closed at deletion), borrowed
        /// when it is an inherited number (never closed).
        case passed(IOMMUFD)

        /// The open descriptor, if any.
        var fd: Int32? {
            switch self {
            case .onDemand(let handle):
                switch handle {
                case .some(let open): return open.fd
                case .none: return nil
                }
            case .passed(let handle): return handle.fd
            }
        }

        /// Whether it is opened on demand (nothing was passed).
        var opensOnDemand: Bool {
            switch self {
            case .onDemand: return true
            case .passed: return false
            }
        }
    }

    private let kernel: any Kernel
    private let limits: BackendLimits
    private var descriptor: Descriptor
    /// Whether iommud opens `/dev/iommu` itself (no descriptor was passed).
    private var opensOnDemand: Bool { descriptor.opensOnDemand }
    /// QEMU's `users`: the kernel objects held through this object, derived
    /// from the records (never counted by hand).
    var users: UInt32 { UInt32(kernelObjectCount) }
    /// IOASes created through this object, by id (changed only through the
    /// model's methods: ``add(_:)-(IOASRecord)``, ``removeIOAS(_:)``).
    fileprivate(set) var ioases: [IOASID: IOASRecord] = [:]
    /// HWPTs iommud allocated through this object, by id.
    fileprivate(set) var hwpts: [HWPTID: HWPTRecord] = [:]
    /// VFIO devices bound through this object, by dev-id.
    fileprivate(set) var devices: [DeviceID: DeviceRecord] = [:]
    /// The last HWPT record's ``HWPTRecord/sequence``.
    fileprivate(set) var hwptSequence: UInt64 = 0

    init(id: String, kernel: any Kernel, limits: BackendLimits, descriptor: consuming Descriptor) {
        self.kernel = kernel
        self.limits = limits
        self.descriptor = descriptor
        super.init(id: id)
        if !opensOnDemand, let fd { Trace.iommu_backend_set_fd(fd: fd) }
    }

    /// `"host"` or `"sim"`.
    var kernelName: String { kernel.name }

    /// The descriptor ioctls go to, when there is one.
    var fd: Int32? { descriptor.fd }

    /// Runs a typed request on the object's descriptor (handlers wrap it in
    /// ``kernelWork(_:)`` to map a failure).
    ///
    /// - Throws: ENOENT-style `KernelError` when the object holds no descriptor
    ///   (no kernel object can exist then).
    func perform<R: IOMMUFDRequest>(_ request: inout R) throws(KernelError) {
        guard let fd else { throw KernelError(R.name, .ENOENT) }
        try kernel.perform(&request, on: fd)
    }

    /// QEMU's `iommufd_backend_connect`, before a kernel object is made
    /// through this object: opens `/dev/iommu` when nothing was passed and
    /// it is not open yet. The new object counts as a user once its record
    /// is added (the trace shows that count).
    func connect() throws(KernelError) {
        if opensOnDemand, fd == nil {
            descriptor = .onDemand(try IOMMUFD(kernel: kernel))
        }
        Trace.iommufd_backend_connect(fd: fd ?? -1, owned: opensOnDemand, users: users + 1)
    }

    /// Runs a request that creates a kernel object, which becomes a user of
    /// this object: the user is counted first (opening `/dev/iommu` for the
    /// first one) and uncounted again if the request fails.
    func create<R: IOMMUFDRequest>(_ request: inout R) throws(QMPError) {
        try checkRoomForKernelObject()
        try kernelWork { () throws(KernelError) in try connect() }
        do throws(KernelError) {
            try perform(&request)
        } catch {
            disconnect()
            throw error.qmp
        }
    }

    /// Kernel objects held through this object: IOASes, HWPTs, devices.
    var kernelObjectCount: Int { ioases.count + hwpts.count + devices.count }

    /// Refuses one more kernel object once ``BackendLimits/kernelObjectsPerIOMMUFD`` are held.
    func checkRoomForKernelObject() throws(QMPError) {
        guard kernelObjectCount < limits.kernelObjectsPerIOMMUFD else {
            throw BackendLimits.reached(
                "iommufd object '\(id)' holds \(kernelObjectCount) IOASes, HWPTs and devices",
                limits.kernelObjectsPerIOMMUFD, option: "--max-iommufd-objects")
        }
    }

    /// Refuses `count` more mappings in `ioas` beyond ``BackendLimits/mappingsPerIOAS``.
    func checkRoom(forMappings count: Int, in ioas: IOASRecord) throws(QMPError) {
        guard ioas.mappings.count + count <= limits.mappingsPerIOAS else {
            throw BackendLimits.reached(
                "IOAS \(ioas.id.rawValue) of iommufd object '\(id)' holds \(ioas.mappings.count) mappings",
                limits.mappingsPerIOAS, option: "--max-mappings")
        }
    }

    /// QEMU's `iommufd_backend_disconnect`, after a kernel object went away
    /// (its record removed) or one about to be made was not: with no user
    /// left, what iommud opened is closed.
    func disconnect() {
        if users == 0, opensOnDemand {
            descriptor = .onDemand(nil)
        }
        Trace.iommufd_backend_disconnect(fd: fd ?? -1, users: users)
    }

    override func value(of property: String) throws(QMPError) -> JSONValue {
        switch property {
        case "users": return .int(Int64(users))
        case "kernel": return .string(kernel.name)
        case "connected": return .bool(fd != nil)
        default: return try super.value(of: property)
        }
    }

    override var busyReason: String? { users > 0 ? "in use" : nil }

    /// Drops the descriptor: one iommud opened or took over is closed, a
    /// borrowed number is only forgotten by the kernel seam.
    override func finalize() {
        descriptor = .onDemand(nil)
    }

    /// The device bound through this object as `id`.
    /// The automatic HWPT `device` is a member of, if any.
    func automaticHWPT(of device: DeviceID) -> HWPTRecord? {
        hwpts.values.first { $0.automatic && $0.devices.contains(device) }
    }

    func device(_ id: UInt32) throws(QMPError) -> DeviceRecord {
        guard let record = devices[DeviceID(rawValue: id)] else {
            throw QMPError.generic("no device with dev-id \(id) is bound through iommufd object '\(self.id)'")
        }
        return record
    }
}

extension IOMMUFDObject {
    // The model's changes: handlers add and remove records only through
    // these, and derived facts (users, automatic HWPTs, membership) follow.

    /// Records an IOAS made through this object.
    func add(_ ioas: IOASRecord) { ioases[ioas.id] = ioas }

    /// Forgets an IOAS the kernel destroyed; its mappings stop pinning
    /// their memory backends.
    func removeIOAS(_ id: IOASID) -> IOASRecord? {
        guard let ioas = ioases.removeValue(forKey: id) else { return nil }
        for m in ioas.mappings { m.memdev.mappings -= 1 }
        return ioas
    }

    /// Records a HWPT made through this object, newest of all.
    func add(_ hwpt: HWPTRecord) {
        hwptSequence += 1
        hwpt.sequence = hwptSequence
        hwpts[hwpt.id] = hwpt
    }

    /// Forgets a HWPT the kernel destroyed.
    func removeHWPT(_ id: HWPTID) -> HWPTRecord? { hwpts.removeValue(forKey: id) }

    /// Records a device bound through this object.
    func add(_ device: DeviceRecord) { devices[device.id] = device }

    /// Forgets a device that was unbound.
    func removeDevice(_ id: DeviceID) -> DeviceRecord? { devices.removeValue(forKey: id) }

    /// QEMU's container `hwpt_list` for `ioas`: the automatic HWPTs
    /// allocated on it, newest first (derived from the HWPT records).
    func automaticHWPTs(on ioas: IOASID) -> [HWPTID] {
        hwpts.values.filter { $0.automatic && $0.parent == ioas.object }.sorted { $0.sequence > $1.sequence }.map(\.id)
    }
}
