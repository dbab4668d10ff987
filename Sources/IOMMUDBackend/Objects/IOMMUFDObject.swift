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

    let kernel: any Kernel
    /// What clients can make it hold.
    let limits: BackendLimits
    /// Its `/dev/iommu` descriptor (changed by connect, disconnect and the
    /// replay's adoption).
    var descriptor: IOMMUFDDescriptor
    /// Whether iommud opens `/dev/iommu` itself (no descriptor was passed).
    private var opensOnDemand: Bool { descriptor.opensOnDemand }
    /// QEMU's `users`: the kernel objects held through this object, derived
    /// from the records (never counted by hand).
    var users: UInt32 { UInt32(kernelObjectCount) }
    /// IOASes created through this object, by id (changed only through the
    /// model's operations below).
    fileprivate(set) var ioases: [IOASID: IOASRecord] = [:]
    /// HWPTs iommud allocated through this object, by id.
    fileprivate(set) var hwpts: [HWPTID: HWPTRecord] = [:]
    /// VFIO devices bound through this object, by dev-id.
    fileprivate(set) var devices: [DeviceID: DeviceRecord] = [:]
    /// The last HWPT record's ``HWPTRecord/sequence``.
    fileprivate(set) var hwptSequence: UInt64 = 0

    /// The state journal, when this object keeps its kernel descriptors in
    /// systemd's fd store (it opens `/dev/iommu` itself, and was made by a
    /// recorded change or the replay of one): ``KernelDescriptorAdoption``.
    let keeper: ChangeJournal?
    /// The name its `/dev/iommu` descriptor is kept under in the fd store,
    /// while it is.
    var keptAs: String?

    init(id: String, kernel: any Kernel, limits: BackendLimits, descriptor: consuming IOMMUFDDescriptor,
         journal: ChangeJournal? = nil) {
        self.kernel = kernel
        self.limits = limits
        keeper = descriptor.opensOnDemand && journal?.keepsKernelDescriptorsNow == true ? journal : nil
        self.descriptor = descriptor
        super.init(id: id)
        if !opensOnDemand, let fd { Trace.iommu_backend_set_fd(fd: fd) }
    }

    /// `"host"` or `"sim"`.
    var kernelName: String { kernel.name }

    /// RLIMIT_MEMLOCK as the kernel applies it to the daemon's pins.
    var kernelMemlockLimit: UInt64? { kernel.memlockLimit }

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
    ///
    /// While the replay adopts this object, the descriptor the fd store
    /// passed back stands for the open.
    func connect() throws(KernelError) {
        if opensOnDemand, fd == nil {
            if adopting, let kept = keeper?.adoptedDescriptor(ChangeJournal.iommufdName(id)) {
                descriptor = .onDemand(IOMMUFD(kept: kept, kernel: kernel))
            } else {
                descriptor = .onDemand(try IOMMUFD(kernel: kernel))
            }
            if let fd { keeper?.kernelCalls?.watch(fd, owner: id) }
        }
        Trace.iommufd_backend_connect(fd: fd ?? -1, owned: opensOnDemand, users: users + 1)
    }

    /// QEMU's `iommufd_backend_disconnect`, after a kernel object went away
    /// (its record removed) or one about to be made was not: with no user
    /// left, what iommud opened is closed (and no longer kept in the fd
    /// store).
    func disconnect() {
        if users == 0, opensOnDemand, let open = fd {
            keeper?.kernelCalls?.unwatch(open)
            if let name = keptAs.take(), let store = keeper?.descriptors { keeper?.forgetKernelDescriptor(name, in: store) }
            descriptor = .onDemand(nil)
        }
        Trace.iommufd_backend_disconnect(fd: fd ?? -1, users: users)
    }

    /// Whether the replay at start is adopting this object's kernel
    /// objects (its calls are answered from the journal).
    var adopting: Bool { keeper?.kernelCalls?.isAdopting(id) ?? false }

    /// The VFIO device descriptor the fd store passed back for `cdevPath`,
    /// while the replay adopts this object.
    func keptDevice(cdevPath: String) -> Int32? {
        guard adopting else { return nil }
        return keeper?.adoptedDescriptor(ChangeJournal.cdevName(owner: id, path: cdevPath))
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

}

extension IOMMUFDObject {
    // The model's operations: every change of the object graph goes through
    // one of these, which makes the kernel call, updates the records and
    // registers its undo with the command's transaction. Derived facts
    // (users, automatic HWPTs, membership) follow from the records.

    /// Makes room for one more kernel object (opening `/dev/iommu` for the
    /// first); undone by a disconnect, which closes it again if nothing
    /// ended up held.
    private func connect(in transaction: Transaction) throws(QMPError) {
        try checkRoomForKernelObject()
        let opening = opensOnDemand && fd == nil
        try kernelWork { () throws(KernelError) in try connect() }
        transaction.onFailure("disconnect") { [self] () throws(KernelError) in disconnect() }
        if opening, !adopting, let fd, let store = keeper?.descriptors {
            let name = ChangeJournal.iommufdName(id)
            try store.keep(fd, name: name, in: transaction)
            keptAs = name
            transaction.onFailure("forget that '\(name)' is kept") { [self] () throws(KernelError) in keptAs = nil }
        }
    }

    /// IOMMU_IOAS_ALLOC: a new IOAS, recorded (`managedBy` names the device
    /// model's owner of it); undone by destroying it.
    func allocateIOAS(managedBy owner: String? = nil, in transaction: Transaction) throws(QMPError) -> IOASRecord {
        try connect(in: transaction)
        var alloc = IOASAlloc()
        try kernelWork { () throws(KernelError) in try perform(&alloc) }
        let ioas = IOASRecord(id: alloc.ioas, managedBy: owner)
        ioases[ioas.id] = ioas
        destroyOnFailure(ioas.id.object, "IOAS \(ioas.id)", in: transaction)
        return ioas
    }

    /// IOMMU_HWPT_ALLOC, recorded (an automatic one is one of QEMU's auto
    /// domains, destroyed with its last device); undone by destroying it.
    func allocateHWPT(_ alloc: inout HWPTAlloc, on parent: ObjectID, for device: DeviceID, flags: HWPTAllocFlags,
                      automatic: Bool, in transaction: Transaction) throws(QMPError) -> HWPTRecord
    {
        try connect(in: transaction)
        try kernelWork { () throws(KernelError) in try perform(&alloc) }
        hwptSequence += 1
        let hwpt = HWPTRecord(
            id: alloc.hwpt, parent: parent, device: device, flags: flags, automatic: automatic, sequence: hwptSequence)
        hwpts[hwpt.id] = hwpt
        destroyOnFailure(hwpt.id.object, "HWPT \(hwpt.id)", in: transaction)
        return hwpt
    }

    /// The undo of an allocation: IOMMU_DESTROY, then the record goes. Should
    /// the kernel refuse, the record stays (the object is still there, and
    /// `iommufd-destroy` can remove it later).
    private func destroyOnFailure(_ id: ObjectID, _ name: String, in transaction: Transaction) {
        transaction.onFailure("destroy \(name)") { [self] () throws(KernelError) in
            var destroy = Destroy(id)
            try perform(&destroy)
            forget(id)
        }
    }

    /// Forgets the IOAS or HWPT `id` the kernel destroyed; an IOAS's
    /// mappings stop pinning their memory backends.
    private func forget(_ id: ObjectID) {
        ioases.removeValue(forKey: IOASID(rawValue: id.rawValue))?.removeAllMappings()
        hwpts.removeValue(forKey: HWPTID(rawValue: id.rawValue))
    }

    /// IOMMU_DESTROY of `id`; a recorded IOAS or HWPT is forgotten and no
    /// longer holds `/dev/iommu` open. It cannot be undone: a command
    /// destroys last.
    func destroy(_ id: ObjectID, in transaction: Transaction) throws(QMPError) {
        var destroy = Destroy(id)
        try transaction.prepareIrreversible()
        try kernelWork { () throws(KernelError) in try perform(&destroy) }
        let recorded = ioases[IOASID(rawValue: id.rawValue)] != nil || hwpts[HWPTID(rawValue: id.rawValue)] != nil
        forget(id)
        if recorded { disconnect() }
        transaction.irreversible("destroy \(id)")
    }

    /// QEMU's connect-and-bind: VFIO_DEVICE_BIND_IOMMUFD of `device` to this
    /// object, which then owns the device; undone by unbinding (closing) it.
    /// A device that fails to bind is closed when it goes out of scope.
    func bind(_ device: consuming VFIODevice, name: String, cdevPath: String?, emulated: Bool,
              managedBy owner: String? = nil, in transaction: Transaction) throws(QMPError) -> DeviceRecord
    {
        try connect(in: transaction)
        guard let fd else { throw QMPError.generic("iommufd object '\(id)' holds no descriptor") }
        var bind = VFIODeviceBindIOMMUFD(iommufd: fd)
        let deviceFD = device.fd
        keeper?.kernelCalls?.watch(deviceFD, owner: id)
        do throws(KernelError) {
            try device.perform(&bind)
        } catch {
            keeper?.kernelCalls?.unwatch(deviceFD)
            throw error.qmp
        }
        let record = DeviceRecord(
            id: bind.device, device: device, name: name, cdevPath: cdevPath, emulated: emulated, managedBy: owner)
        devices[record.id] = record
        transaction.onFailure("unbind device \(record.id)") { [self] () throws(KernelError) in
            close(record)
            devices.removeValue(forKey: record.id)
        }
        if !adopting, let cdevPath, let store = keeper?.descriptors {
            let name = ChangeJournal.cdevName(owner: id, path: cdevPath)
            try store.keep(deviceFD, name: name, in: transaction)
            record.keptAs = name
            transaction.onFailure("forget that '\(name)' is kept") { () throws(KernelError) in record.keptAs = nil }
        }
        return record
    }

    /// Closes a bound device (the kernel unbinds it); a kept one leaves the
    /// fd store.
    private func close(_ record: DeviceRecord) {
        if let fd = record.descriptor { keeper?.kernelCalls?.unwatch(fd) }
        if let name = record.keptAs.take(), let store = keeper?.descriptors { keeper?.forgetKernelDescriptor(name, in: store) }
        record.close()
    }

    /// Detaches `device` if it is attached, then closes it (the kernel
    /// unbinds it). The close cannot be undone: a command unbinds last.
    func unbind(_ device: DeviceRecord, in transaction: Transaction) throws(QMPError) {
        if let name = device.keptAs, let store = keeper?.descriptors, let fd = device.descriptor {
            // Out of the store before anything that cannot be undone (the
            // detach may destroy a HWPT): a copy left there would keep the
            // device bound after the close.
            try store.forget(name, keeping: fd, in: transaction)
            device.keptAs = nil
            transaction.onFailure("remember that '\(name)' is kept") { () throws(KernelError) in device.keptAs = name }
        }
        try detach(device, in: transaction)
        try transaction.prepareIrreversible()
        close(device)
        devices.removeValue(forKey: device.id)
        disconnect()
        transaction.irreversible("unbind device \(device.id)")
    }

    /// VFIO_DEVICE_ATTACH_IOMMUFD_PT of `device` to `pt` (the kernel replaces
    /// an attachment); undone by putting the device back where it was.
    func attach(_ device: DeviceRecord, to pt: ObjectID, in transaction: Transaction) throws(KernelError) {
        let before = DevicePlacement(of: device, among: hwpts)
        var request = VFIODeviceAttachIOMMUFDPT(pt: pt)
        try device.perform(&request)
        DevicePlacement.attached(device, to: pt, among: hwpts)
        moveBackOnFailure(device, to: before, in: transaction)
    }

    /// QEMU's detach: VFIO_DEVICE_DETACH_IOMMUFD_PT when the device is
    /// attached (undone by attaching it back), and it leaves its automatic
    /// HWPT; that HWPT is destroyed when no device is left on it, after
    /// the nested HWPTs the device model made on it (last: a destroy
    /// cannot be undone).
    func detach(_ device: DeviceRecord, in transaction: Transaction) throws(QMPError) {
        let before = DevicePlacement(of: device, among: hwpts)
        let automatic = automaticHWPT(of: device.id)
        guard device.attachedTo != nil || automatic != nil else { return }
        if device.attachedTo != nil {
            var request = VFIODeviceDetachIOMMUFDPT()
            try kernelWork { () throws(KernelError) in try device.perform(&request) }
            DevicePlacement.detached(device, among: hwpts)
            moveBackOnFailure(device, to: before, in: transaction)
        } else {
            // Parked (vtd-device-detach-hwpt): only its membership goes.
            DevicePlacement.detached(device, among: hwpts)
            transaction.onFailure("count device \(device.id) in its HWPT again") { [self] () throws(KernelError) in
                before.restore(device, among: hwpts)
            }
        }
        if let automatic, automatic.devices.isEmpty {
            if owner(of: automatic.id.object) != nil {
                let children = hwpts.values.filter { $0.parent == automatic.id.object && $0.devices.isEmpty }
                for child in children { try destroy(child.id.object, in: transaction) }
            }
            try destroy(automatic.id.object, in: transaction)
        }
    }

    /// VFIO_DEVICE_DETACH_IOMMUFD_PT of a device that stays a member of its
    /// automatic HWPT (QEMU's `host_iommu_device_iommufd_detach_hwpt`: the
    /// vIOMMU blocks its DMA, the default HWPT stays for a later reattach);
    /// undone by attaching it back.
    func park(_ device: DeviceRecord, in transaction: Transaction) throws(KernelError) {
        guard device.attachedTo != nil else { return }
        let before = DevicePlacement(of: device, among: hwpts)
        var request = VFIODeviceDetachIOMMUFDPT()
        try device.perform(&request)
        DevicePlacement.parked(device, among: hwpts)
        moveBackOnFailure(device, to: before, in: transaction)
    }

    /// Registers the undo of an attach or detach: the device goes back to
    /// `placement` in the kernel (attached there, or detached), then in the
    /// model.
    private func moveBackOnFailure(_ device: DeviceRecord, to placement: DevicePlacement, in transaction: Transaction) {
        let what = placement.attachedTo.map { "attach device \(device.id) back to \($0)" } ?? "detach device \(device.id)"
        transaction.onFailure(what) { [self] () throws(KernelError) in
            if let pt = placement.attachedTo {
                var back = VFIODeviceAttachIOMMUFDPT(pt: pt)
                try device.perform(&back)
            } else {
                var back = VFIODeviceDetachIOMMUFDPT()
                try device.perform(&back)
            }
            placement.restore(device, among: hwpts)
        }
    }

    /// QEMU's `iommufd_cdev_autodomains_get`: attaches `device` to the
    /// first automatic HWPT of `ioas` that takes it (EINVAL: the domain does
    /// not suit this device's IOMMU, try the next; any other error is
    /// fatal), or to a new one allocated with dirty tracking when the IOMMU
    /// reports it, plus `extraFlags` (the vIOMMU's NEST_PARENT). A new HWPT
    /// whose attach fails is destroyed by the transaction's undo.
    /// `capabilities`, when the caller already read IOMMU_GET_HW_INFO, spare
    /// reading it again.
    ///
    /// - Returns: the HWPT, and whether it was allocated now.
    func attachAutomatically(_ device: DeviceRecord, to ioas: IOASRecord, extraFlags: HWPTAllocFlags = [],
                             capabilities known: HWCapabilities? = nil,
                             in transaction: Transaction) throws(QMPError) -> (hwpt: HWPTID, allocated: Bool)
    {
        for id in automaticHWPTs(on: ioas.id) {
            do throws(KernelError) {
                try attach(device, to: id.object, in: transaction)
                return (id, false)
            } catch where error.errno == .EINVAL {
                continue
            } catch {
                throw error.qmp
            }
        }
        let capabilities: HWCapabilities
        if let known {
            capabilities = known
        } else {
            var hwInfo = GetHWInfo(device: device.id, capacity: 0)
            try kernelWork { () throws(KernelError) in try perform(&hwInfo) }
            capabilities = hwInfo.capabilities
        }
        var flags = extraFlags
        if capabilities.contains(.dirtyTracking) { flags.insert(.dirtyTracking) }
        var alloc = HWPTAlloc(device: device.id, ioas: ioas.id, flags: flags)
        let hwpt = try allocateHWPT(&alloc, on: ioas.id.object, for: device.id, flags: flags, automatic: true, in: transaction)
        try kernelWork { () throws(KernelError) in try attach(device, to: hwpt.id.object, in: transaction) }
        return (hwpt.id, true)
    }

    /// A MAP, MAP_FILE or COPY into `ioas`: `request` runs, and `made` says
    /// what it mapped (from its IOVA on); recorded, and undone by unmapping
    /// that range.
    func map<R: IOMMUFDRequest>(
        _ request: inout R, into ioas: IOASRecord, in transaction: Transaction,
        made: (R) -> (iova: UInt64, mappings: [MappingRecord])
    ) throws(KernelError) {
        try perform(&request)
        let (first, mappings) = made(request)
        for mapping in mappings { ioas.add(mapping) }
        guard let last = mappings.map(\.last).max() else { return }
        transaction.onFailure("unmap [0x\(String(first, radix: 16)), 0x\(String(last, radix: 16))] of IOAS \(ioas.id)") {
            [self] () throws(KernelError) in
            var unmap = IOASUnmap(ioas: ioas.id, iova: first, length: last - first + 1)
            try perform(&unmap)
            ioas.removeMappings(within: first, last)
        }
    }

    /// IOMMU_IOAS_UNMAP of `[iova, iova+length)`: the mappings wholly inside
    /// are forgotten; undone by mapping each again at its IOVA (from its
    /// memory backend). Returns the bytes unmapped.
    func unmap(_ ioas: IOASID, iova: UInt64, length: UInt64, in transaction: Transaction) throws(KernelError) -> UInt64 {
        var unmap = IOASUnmap(ioas: ioas, iova: iova, length: length)
        try perform(&unmap)
        guard let record = ioases[ioas] else { return unmap.unmappedLength }
        let last = iova &+ (length &- 1)
        let removed = record.mappings.filter { $0.lies(within: iova, last) }
        record.removeMappings(within: iova, last)
        for mapping in removed {
            transaction.onFailure("map [0x\(String(mapping.iova, radix: 16)), +0x\(String(mapping.size, radix: 16))) of IOAS \(ioas) again") {
                [self] () throws(KernelError) in
                var map = IOASMap(
                    ioas: ioas, flags: mapping.readonly ? [.readable, .fixedIOVA] : [.readable, .writeable, .fixedIOVA],
                    userVA: UInt64(UInt(bitPattern: mapping.memdev.address)) + mapping.offset, length: mapping.size,
                    iova: mapping.iova)
                try perform(&map)
                record.add(mapping)
            }
        }
        return unmap.unmappedLength
    }

    /// IOMMU_HWPT_SET_DIRTY_TRACKING; undone by setting it back when iommud
    /// knows how it was (a HWPT it recorded).
    func setDirtyTracking(_ hwpt: HWPTID, _ enable: Bool, in transaction: Transaction) throws(KernelError) {
        var request = HWPTSetDirtyTracking(hwpt: hwpt, enable: enable)
        if hwpts[hwpt] == nil { try transaction.prepareIrreversibleKernelStep("dirty tracking of HWPT \(hwpt)") }
        try perform(&request)
        guard let record = hwpts[hwpt] else {
            transaction.irreversible("dirty tracking of HWPT \(hwpt)")
            return
        }
        let before = record.dirtyTracking
        record.setDirtyTracking(enable)
        guard before != enable else { return }
        transaction.onFailure("\(before ? "start" : "stop") dirty tracking of HWPT \(hwpt)") {
            [self] () throws(KernelError) in
            var back = HWPTSetDirtyTracking(hwpt: hwpt, enable: before)
            try perform(&back)
            hwpts[hwpt]?.setDirtyTracking(before)
        }
    }
}

// MARK: File mappings (Linux 6.13)

extension IOMMUFDObject {
    /// Whether the kernel has IOMMU_IOAS_MAP_FILE and IOMMU_IOAS_CHANGE_PROCESS
    /// (6.13 and later), probed without side effects or trace events: a
    /// CHANGE_PROCESS with `size` 0 is EINVAL where the command exists and
    /// ENOTTY where it does not (reference §6). Nil without a descriptor.
    var kernelHasFileMappings: Bool? {
        guard let fd else { return nil }
        var bytes = [UInt8](repeating: 0, count: 8)
        let result = bytes.withUnsafeMutableBytes { kernel.ioctl(fd, IOASChangeProcess.number, $0.baseAddress) }
        if case .failure(.ENOTTY) = result { return false }
        return true
    }

    /// IOMMU_IOAS_MAP_FILE of `length` bytes of `memory`'s memfd from file
    /// offset `offset` into `ioas`, at `iova` (or an IOVA the kernel picks):
    /// recorded as a mapping of the backend, undone by unmapping it. The
    /// entry point for a device model that maps memory backends by file
    /// (what a restart needs: the pins follow the file, not this process's
    /// address space). ENOTTY before 6.13.
    func mapFile(
        _ memory: MemoryBackendObject, offset: UInt64, length: UInt64, iova: UInt64?, readonly: Bool,
        into ioas: IOASRecord, in transaction: Transaction
    ) throws(KernelError) -> UInt64 {
        var request = IOASMapFile(
            ioas: ioas.id, flags: IOMMUFDCommands.mapFlags(readonly: readonly, fixedIOVA: iova != nil),
            file: memory.fd, start: offset, length: length, iova: iova ?? 0)
        try map(&request, into: ioas, in: transaction) { done in
            (done.iova, [MappingRecord(iova: done.iova, size: length, memdev: memory, offset: offset, readonly: readonly)])
        }
        return request.iova
    }

    /// IOMMU_IOAS_CHANGE_PROCESS: the pinned pages of every mapping of this
    /// iommufd are charged to this process from now on (after a restart
    /// that inherited the descriptor). EINVAL when a mapping was made from
    /// user memory (IOMMU_IOAS_MAP, VFIO_IOMMU_MAP_DMA) rather than by
    /// MAP_FILE; ENOTTY before 6.13. Nothing to undo: the accounting moves
    /// all or nothing.
    func changeProcess() throws(KernelError) {
        var request = IOASChangeProcess()
        try perform(&request)
    }
}
