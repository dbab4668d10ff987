import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_DEVICE_BIND_IOMMUFD`, on a VFIO device cdev: binds the device to an
/// iommufd, which gives it a DEVICE object there (``device``). Until then
/// every other ioctl on the device fails with EINVAL; closing the device
/// unbinds it.
///
/// Fails with EINVAL for a negative descriptor, a device already bound or
/// opened elsewhere, EBADF when `iommufd` is no descriptor, EBADFD when it
/// is not an iommufd, EBUSY when another iommufd owns the device's IOMMU
/// group.
public struct VFIODeviceBindIOMMUFD: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_BIND_IOMMUFD)
    public static let name = "VFIO_DEVICE_BIND_IOMMUFD"
    public var uapi = vfio_device_bind_iommufd()

    /// - Parameter iommufd: the iommufd descriptor to bind to.
    public init(iommufd: Int32) {
        uapi.argsz = UInt32(MemoryLayout<vfio_device_bind_iommufd>.size)
        uapi.iommufd = iommufd
    }

    /// Binds to an owned iommufd.
    public init(iommufd: borrowing IOMMUFD) { self.init(iommufd: iommufd.fd) }

    /// The device's DEVICE object in the iommufd (after a successful call).
    /// For an emulated (mdev) device it is the id of its ACCESS object.
    public var device: DeviceID { DeviceID(rawValue: uapi.out_devid) }

    /// The new device id.
    public var kernelOutputs: [UInt64] {
        get { [UInt64(uapi.out_devid)] }
        set { uapi.out_devid = UInt32(truncatingIfNeeded: newValue.first ?? 0) }
    }

    public var boundIOMMUFD: Int32? { uapi.iommufd }

    /// QEMU's `iommufd_cdev_connect_and_bind` on success; iommud's
    /// `iommufd_cdev_fail_connect_and_bind` (−errno) on failure.
    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        switch result {
        case .success:
            Trace.iommufd_cdev_connect_and_bind(
                iommufd: uapi.iommufd, name: device.name, devfd: device.fd, devid: Int32(bitPattern: uapi.out_devid))
        case .failure(let e):
            Trace.iommufd_cdev_fail_connect_and_bind(
                iommufd: uapi.iommufd, name: device.name, devfd: device.fd, ret: -e.rawValue)
        }
    }
}
