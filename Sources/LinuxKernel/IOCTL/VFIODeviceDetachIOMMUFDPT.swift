import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_DEVICE_DETACH_IOMMUFD_PT`, on a bound VFIO device cdev: puts the
/// device into a blocking (no DMA) state. Succeeds also when nothing was
/// attached; an automatic HWPT that loses its last device is destroyed.
///
/// Fails with EINVAL before the device is bound.
public struct VFIODeviceDetachIOMMUFDPT: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_DETACH_IOMMUFD_PT)
    public static let name = "VFIO_DEVICE_DETACH_IOMMUFD_PT"
    public var uapi = vfio_device_detach_iommufd_pt()

    public init() {
        uapi.argsz = UInt32(MemoryLayout<vfio_device_detach_iommufd_pt>.size)
    }

    /// QEMU's `iommufd_cdev_detach_ioas_hwpt` on success; iommud's
    /// `iommufd_cdev_fail_detach_ioas_hwpt` (−errno) on failure.
    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        switch result {
        case .success:
            Trace.iommufd_cdev_detach_ioas_hwpt(iommufd: device.iommufd, name: device.name)
        case .failure(let e):
            Trace.iommufd_cdev_fail_detach_ioas_hwpt(iommufd: device.iommufd, name: device.name, ret: -e.rawValue)
        }
    }
}
