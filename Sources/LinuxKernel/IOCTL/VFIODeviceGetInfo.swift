import CLinuxUAPI
import Posix
import Tracing

/// `flags` of `struct vfio_device_info`.
public struct VFIODeviceInfoFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The device supports a function reset. The corresponding C constant is
    /// `VFIO_DEVICE_FLAGS_RESET`.
    public static let reset = VFIODeviceInfoFlags(rawValue: UInt32(VFIO_DEVICE_FLAGS_RESET))
    /// A PCI device. The corresponding C constant is `VFIO_DEVICE_FLAGS_PCI`.
    public static let pci = VFIODeviceInfoFlags(rawValue: UInt32(VFIO_DEVICE_FLAGS_PCI))
    /// The answer carries a capability chain. The corresponding C constant
    /// is `VFIO_DEVICE_FLAGS_CAPS`.
    public static let capabilities = VFIODeviceInfoFlags(rawValue: UInt32(VFIO_DEVICE_FLAGS_CAPS))
}

/// `VFIO_DEVICE_GET_INFO`, on a bound VFIO device cdev: the device's kind,
/// and how many regions and interrupt types it has.
///
/// Fails with EINVAL before the device is bound or for an `argsz` below 16.
public struct VFIODeviceGetInfo: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_GET_INFO)
    public static let name = "VFIO_DEVICE_GET_INFO"
    public var uapi = vfio_device_info()

    public init() {
        uapi.argsz = UInt32(MemoryLayout<vfio_device_info>.size)
    }

    /// What the device is and can do.
    public var flags: VFIODeviceInfoFlags { VFIODeviceInfoFlags(rawValue: uapi.flags) }
    /// Number of regions (9 PCI regions plus device-specific ones).
    public var regionCount: UInt32 { uapi.num_regions }
    /// Number of interrupt types (5 for PCI: INTx, MSI, MSI-X, ERR, REQ).
    public var irqCount: UInt32 { uapi.num_irqs }

    /// QEMU's `iommufd_cdev_device_info` on success; iommud's
    /// `iommufd_cdev_fail_device_info` (−errno) on failure.
    /// It only looks.
    public var changesKernelState: Bool { false }

    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        switch result {
        case .success:
            Trace.iommufd_cdev_device_info(
                name: device.name, devfd: device.fd, num_irqs: Int32(bitPattern: uapi.num_irqs),
                num_regions: Int32(bitPattern: uapi.num_regions), flags: Int32(bitPattern: uapi.flags))
        case .failure(let e):
            Trace.iommufd_cdev_fail_device_info(name: device.name, devfd: device.fd, ret: -e.rawValue)
        }
    }
}
