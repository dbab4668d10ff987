import LinuxKernel
import QAPIRuntime

/// What iommud knows about the kernel objects it made through an
/// ``IOMMUFDObject``: enough to describe them (`query-iommufd`), to keep
/// memory backends and iommufd objects alive while they are used, and to
/// undo a command half-way.

/// An IOAS iommud created, and what iommud mapped into it.
final class IOASRecord {
    let id: IOASID
    var mappings: [MappingRecord] = []
    init(id: IOASID) { self.id = id }
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
    var dirtyTracking = false
    /// Its place in the order HWPTs were recorded (set by the model), for
    /// QEMU's newest-first `hwpt_list` (``IOMMUFDObject/automaticHWPTs(on:)``).
    var sequence: UInt64 = 0
    /// The devices attached to it; for an automatic HWPT, its members
    /// (QEMU's `vbasedev->hwpt`), which stay members when moved to another
    /// HWPT (e.g. a nested one on it). A device is a member of at most one.
    var devices: Set<DeviceID> = []

    init(id: HWPTID, parent: ObjectID, device: DeviceID, flags: HWPTAllocFlags, automatic: Bool) {
        self.id = id
        self.parent = parent
        self.device = device
        self.flags = flags
        self.automatic = automatic
    }
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
    /// The IOAS or HWPT its DMA goes through, while attached. (The automatic
    /// HWPT it belongs to is the one whose `devices` hold it:
    /// ``IOMMUFDObject/automaticHWPT(of:)``.)
    var attachedTo: ObjectID?

    init(id: DeviceID, device: consuming VFIODevice, name: String, cdevPath: String?, emulated: Bool) {
        self.id = id
        self.device = .some(device)
        self.name = name
        self.cdevPath = cdevPath
        self.emulated = emulated
    }

    /// Runs a request on the device (EBADF once it is closed).
    func perform<R: VFIODeviceRequest>(_ request: inout R) throws(KernelError) {
        guard var open = device.take() else { throw KernelError(R.name, .EBADF) }
        let outcome: Result<Void, KernelError>
        do throws(KernelError) {
            try open.perform(&request)
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        device = consume open
        try outcome.get()
    }

    /// Closes the device descriptor: the kernel unbinds the device.
    func close() { device.take()?.close() }
}
