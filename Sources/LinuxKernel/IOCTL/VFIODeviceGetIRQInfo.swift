import CLinuxUAPI
import Posix
import Tracing

/// `flags` of `struct vfio_irq_info`.
public struct VFIOIRQInfoFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Triggers can be eventfds (`VFIO_IRQ_INFO_EVENTFD`).
    public static let eventfd = VFIOIRQInfoFlags(rawValue: UInt32(VFIO_IRQ_INFO_EVENTFD))
    /// Can be masked and unmasked (`VFIO_IRQ_INFO_MASKABLE`).
    public static let maskable = VFIOIRQInfoFlags(rawValue: UInt32(VFIO_IRQ_INFO_MASKABLE))
    /// Masked when it fires, until unmasked (`VFIO_IRQ_INFO_AUTOMASKED`): INTx.
    public static let automasked = VFIOIRQInfoFlags(rawValue: UInt32(VFIO_IRQ_INFO_AUTOMASKED))
    /// Vectors cannot be added while enabled (`VFIO_IRQ_INFO_NORESIZE`).
    public static let noResize = VFIOIRQInfoFlags(rawValue: UInt32(VFIO_IRQ_INFO_NORESIZE))
}

/// vfio-pci's interrupt indexes (`VFIO_PCI_*_IRQ_INDEX`).
public enum VFIOPCIIRQ: UInt32, Sendable, CaseIterable {
    case intx = 0
    case msi = 1
    case msix = 2
    case err = 3
    case req = 4
}

/// `VFIO_DEVICE_GET_IRQ_INFO`, on a VFIO device descriptor: how many
/// vectors an interrupt index has and how they behave.
///
/// Fails with EINVAL for an `argsz` below 16 or an index the device does
/// not have (ERR on a device that is not PCI Express).
public struct VFIODeviceGetIRQInfo: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_GET_IRQ_INFO)
    public static let name = "VFIO_DEVICE_GET_IRQ_INFO"
    public var uapi = vfio_irq_info()

    public init(index: UInt32) {
        uapi.argsz = UInt32(MemoryLayout<vfio_irq_info>.size)
        uapi.index = index
    }

    public var index: UInt32 { uapi.index }
    public var flags: VFIOIRQInfoFlags { VFIOIRQInfoFlags(rawValue: uapi.flags) }
    /// Vectors of this index (0: the device has none, e.g. no INTx pin).
    public var count: UInt32 { uapi.count }

    /// iommud's `vfio_device_get_irq_info` (−errno on failure).
    /// It only looks.
    public var changesKernelState: Bool { false }

    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        Trace.vfio_device_get_irq_info(name: device.name, devfd: device.fd, index: uapi.index, flags: uapi.flags,
                                       count: uapi.count, ret: result.negativeErrno)
    }
}
