import CLinuxUAPI
import Posix
import Tracing

/// `flags` of `struct vfio_irq_set`: one data type and one action.
public struct VFIOIRQSetFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No data: the action applies to `count` vectors (`count` 0 with
    /// TRIGGER disables the index).
    public static let dataNone = VFIOIRQSetFlags(rawValue: UInt32(VFIO_IRQ_SET_DATA_NONE))
    /// One byte per vector: act on it or not.
    public static let dataBool = VFIOIRQSetFlags(rawValue: UInt32(VFIO_IRQ_SET_DATA_BOOL))
    /// One eventfd per vector (−1: none).
    public static let dataEventfd = VFIOIRQSetFlags(rawValue: UInt32(VFIO_IRQ_SET_DATA_EVENTFD))
    public static let actionMask = VFIOIRQSetFlags(rawValue: UInt32(VFIO_IRQ_SET_ACTION_MASK))
    public static let actionUnmask = VFIOIRQSetFlags(rawValue: UInt32(VFIO_IRQ_SET_ACTION_UNMASK))
    public static let actionTrigger = VFIOIRQSetFlags(rawValue: UInt32(VFIO_IRQ_SET_ACTION_TRIGGER))
}

/// `VFIO_DEVICE_SET_IRQS`, on a VFIO device descriptor: signals, masks or
/// unmasks vectors of an interrupt index, or sets the eventfds its vectors
/// signal (the kernel takes its own reference to each eventfd).
///
/// Fails with EINVAL for a bad `argsz`, flags that are not one data type
/// and one action, vectors past the index's count, or an index in use by
/// another interrupt type; ENOTTY for an action the index lacks (MASK of
/// MSI); EBADF/EINVAL for a descriptor that is no eventfd.
public struct VFIODeviceSetIRQs: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_SET_IRQS)
    public static let name = "VFIO_DEVICE_SET_IRQS"
    public var uapi = iommud_vfio_irq_set()

    /// Most vectors one request carries data for.
    public static let maxVectors = Int(IOMMUD_VFIO_IRQ_SET_MAX)

    /// `flags` on `count` vectors of `index` from `start`; `data` is the
    /// raw data (eventfds as 4 bytes each, bools one byte each), at most
    /// 8 KiB (more is cut, and the kernel then refuses the short `argsz`).
    public init(index: UInt32, start: UInt32, count: UInt32, flags: VFIOIRQSetFlags, data: [UInt8] = []) {
        let room = MemoryLayout<Int32>.size * Self.maxVectors
        let head = MemoryLayout<iommud_vfio_irq_set>.offset(of: \.data) ?? 20
        uapi.argsz = UInt32(head + min(data.count, room))
        uapi.flags = flags.rawValue
        uapi.index = index
        uapi.start = start
        uapi.count = count
        withUnsafeMutableBytes(of: &uapi.data) { raw in
            raw.copyBytes(from: data.prefix(room))
        }
    }

    /// Eventfds for `fds.count` vectors of `index` from `start`.
    public init(index: UInt32, start: UInt32, eventfds fds: [Int32]) {
        var data: [UInt8] = []
        for fd in fds { withUnsafeBytes(of: fd) { data += $0 } }
        self.init(index: index, start: start, count: UInt32(fds.count), flags: [.dataEventfd, .actionTrigger], data: data)
    }

    /// iommud's `vfio_device_set_irqs` (−errno on failure).
    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        Trace.vfio_device_set_irqs(name: device.name, devfd: device.fd, index: uapi.index, start: uapi.start,
                                   count: uapi.count, flags: uapi.flags, ret: result.negativeErrno)
    }
}
