import LinuxKernel
import QAPIRuntime

/// What iommud knows about the kernel objects it made through an
/// ``IOMMUFDObject``: enough to describe them (`query-iommufd`), to keep
/// memory backends and iommufd objects alive while they are used, and to
/// undo a command half-way.
///
/// Their contents change only here, through the methods below, which the
/// model's transactional operations call (`IOMMUFDObject+Operations.swift`);
/// command handlers read them.

/// An IOAS iommud created, and what iommud mapped into it.
final class IOASRecord {
    let id: IOASID
    /// What owns it when the device model made it (`the VFIO container of
    /// address space 'system'`); the low-level commands leave it alone.
    let managedBy: String?
    fileprivate(set) var mappings: [MappingRecord] = []
    init(id: IOASID, managedBy: String? = nil) {
        self.id = id
        self.managedBy = managedBy
    }

    /// Records a mapping the kernel made; its backend counts it.
    func add(_ mapping: MappingRecord) {
        mappings.append(mapping)
        mapping.memdev.mappings += 1
    }

    /// Forgets the mappings lying wholly in `[first, last]` (the kernel
    /// unmapped them); their backends stop counting them.
    func removeMappings(within first: UInt64, _ last: UInt64) {
        mappings.removeAll { m in
            let inside = m.lies(within: first, last)
            if inside { m.memdev.mappings -= 1 }
            return inside
        }
    }

    /// Forgets every mapping (the kernel destroyed the IOAS).
    func removeAllMappings() { removeMappings(within: 0, .max) }
}

/// One mapping: where, how big, and the memory backend it pins.
struct MappingRecord {
    var iova: UInt64
    var size: UInt64
    var memdev: MemoryBackendObject
    var offset: UInt64
    var readonly: Bool

    /// The last IOVA it covers.
    var last: UInt64 { iova &+ (size - 1) }

    /// Whether it shares an IOVA with `[first, last]`.
    func overlaps(_ first: UInt64, _ last: UInt64) -> Bool { iova <= last && first <= self.last }

    /// Whether all of it lies in `[first, last]`.
    func lies(within first: UInt64, _ last: UInt64) -> Bool { iova >= first && self.last <= last }
}

/// A HWPT iommud allocated (QEMU's `VFIOIOASHwpt` for the automatic ones).
final class HWPTRecord {
    let id: HWPTID
    /// The IOAS or parent HWPT it was allocated on.
    let parent: ObjectID
    /// The device it was allocated for.
    let device: DeviceID
    let flags: HWPTAllocFlags
    /// Allocated by vfio-device-attach for an IOAS; the last detach destroys it.
    let automatic: Bool
    /// Whether dirty tracking is running.
    fileprivate(set) var dirtyTracking = false
    /// Its place in the order HWPTs were recorded (given by the model), for
    /// QEMU's newest-first `hwpt_list` (``IOMMUFDObject/automaticHWPTs(on:)``).
    let sequence: UInt64
    /// The devices attached to it; for an automatic HWPT, its members
    /// (QEMU's `vbasedev->hwpt`), which stay members when moved to another
    /// HWPT (e.g. a nested one on it). A device is a member of at most one.
    /// Changed by ``DevicePlacement``.
    fileprivate(set) var devices: Set<DeviceID> = []

    init(id: HWPTID, parent: ObjectID, device: DeviceID, flags: HWPTAllocFlags, automatic: Bool, sequence: UInt64) {
        self.id = id
        self.parent = parent
        self.device = device
        self.flags = flags
        self.automatic = automatic
        self.sequence = sequence
    }

    /// The kernel started or stopped dirty tracking.
    func setDirtyTracking(_ enabled: Bool) { dirtyTracking = enabled }
}

/// A VFIO device iommud bound: it owns the device descriptor.
final class DeviceRecord {
    let id: DeviceID
    /// The open cdev; nil only after unbind took it.
    var device: VFIODevice?
    /// Its sysfs name, or the getfd name it was passed under.
    let name: String
    /// The cdev iommud opened, nil for a passed descriptor.
    let cdevPath: String?
    /// Whether it is an mdev (no IOMMU: it attaches to an IOAS directly).
    let emulated: Bool
    /// What owns it when the device model bound it (`device 'nic0'`); the
    /// low-level commands leave it alone.
    let managedBy: String?
    /// The name its descriptor is kept under in the fd store, while it is.
    var keptAs: String?
    /// The IOAS or HWPT its DMA goes through, while attached. (The automatic
    /// HWPT it belongs to is the one whose `devices` hold it:
    /// ``IOMMUFDObject/automaticHWPT(of:)``.) Changed by ``DevicePlacement``.
    fileprivate(set) var attachedTo: ObjectID?

    init(id: DeviceID, device: consuming VFIODevice, name: String, cdevPath: String?, emulated: Bool,
         managedBy: String? = nil) {
        self.id = id
        self.device = .some(device)
        self.name = name
        self.cdevPath = cdevPath
        self.emulated = emulated
        self.managedBy = managedBy
    }

    /// Runs a request on the device (EBADF once it is closed).
    func perform<R: VFIODeviceRequest>(_ request: inout R) throws(KernelError) {
        try device.perform(&request)
    }

    /// Reads the device's regions (``VFIODevice/readRegion(count:at:)``).
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

    /// Closes the device descriptor: the kernel unbinds the device.
    func close() { device.take()?.close() }

    /// The device descriptor, until it is closed.
    var descriptor: Int32? {
        switch device {
        case .some(let open): return open.fd
        case .none: return nil
        }
    }

    /// Makes a descriptor the fd store passed back the record's to close;
    /// the descriptor, if it was one.
    func takeOwnershipOfKeptDescriptor() -> Int32? {
        guard var open = device.take() else { return nil }
        let kept = !open.closesAtEnd
        open.takeOwnership()
        let fd = open.fd
        device = .some(open)
        return kept ? fd : nil
    }
}

/// Where a device is in the model: what it is attached to and which HWPT
/// records count it. Taken before an attach or detach and put back by its
/// undo, so the model returns exactly to where it was.
struct DevicePlacement: Equatable {
    let attachedTo: ObjectID?
    let countedBy: Set<HWPTID>

    /// Where `device` is now.
    init(of device: DeviceRecord, among hwpts: [HWPTID: HWPTRecord]) {
        attachedTo = device.attachedTo
        countedBy = Set(hwpts.values.filter { $0.devices.contains(device.id) }.map(\.id))
    }

    /// Puts `device` back here.
    func restore(_ device: DeviceRecord, among hwpts: [HWPTID: HWPTRecord]) {
        device.attachedTo = attachedTo
        for hwpt in hwpts.values {
            if countedBy.contains(hwpt.id) { hwpt.devices.insert(device.id) } else { hwpt.devices.remove(device.id) }
        }
    }

    /// The kernel attached `device` to `pt` (replacing any attachment): a
    /// HWPT it was attached to stops counting it unless it is its automatic
    /// HWPT (membership stays), and a recorded `pt` counts it.
    static func attached(_ device: DeviceRecord, to pt: ObjectID, among hwpts: [HWPTID: HWPTRecord]) {
        if let previous = device.attachedTo, let old = hwpts[HWPTID(rawValue: previous.rawValue)], !old.automatic {
            old.devices.remove(device.id)
        }
        device.attachedTo = pt
        hwpts[HWPTID(rawValue: pt.rawValue)]?.devices.insert(device.id)
    }

    /// The kernel detached `device` but it keeps its automatic HWPT: the
    /// HWPT it was attached to stops counting it unless it is that one.
    static func parked(_ device: DeviceRecord, among hwpts: [HWPTID: HWPTRecord]) {
        if let previous = device.attachedTo, let old = hwpts[HWPTID(rawValue: previous.rawValue)], !old.automatic {
            old.devices.remove(device.id)
        }
        device.attachedTo = nil
    }

    /// The kernel detached `device`: neither the HWPT it was attached to nor
    /// its automatic HWPT counts it any more.
    static func detached(_ device: DeviceRecord, among hwpts: [HWPTID: HWPTRecord]) {
        for hwpt in hwpts.values { hwpt.devices.remove(device.id) }
        device.attachedTo = nil
    }
}
