import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_DEVICE_ATTACH_IOMMUFD_PT`, on a bound VFIO device cdev: attaches
/// the device to a HWPT, or to an IOAS (the kernel then picks a compatible
/// automatic HWPT or makes one, and returns its id in ``attached``). On an
/// attached device it replaces the attachment. An emulated (mdev) device
/// attaches its ACCESS to an IOAS instead.
///
/// Fails with ENOENT for an unknown `pt`, EINVAL for a `pt` of another kind
/// or a HWPT the device's IOMMU cannot use, EADDRINUSE when the device's
/// reserved regions or the domain's aperture clash with mappings, EFAULT
/// when the IOAS's memory cannot be pinned, EINVAL before the device is bound.
public struct VFIODeviceAttachIOMMUFDPT: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_ATTACH_IOMMUFD_PT)
    public static let name = "VFIO_DEVICE_ATTACH_IOMMUFD_PT"
    public var uapi = vfio_device_attach_iommufd_pt()
    /// The id asked for (`pt_id` is overwritten with the HWPT attached).
    public let requested: ObjectID

    /// - Parameter pt: an IOAS or a HWPT.
    public init(pt: ObjectID) {
        requested = pt
        uapi.argsz = UInt32(MemoryLayout<vfio_device_attach_iommufd_pt>.size)
        uapi.pt_id = pt.rawValue
    }

    /// Attaches to an IOAS through an automatic HWPT.
    public init(ioas: IOASID) { self.init(pt: ioas.object) }

    /// Attaches to a HWPT.
    public init(hwpt: HWPTID) { self.init(pt: hwpt.object) }

    /// What the device is attached to (after a successful call): the HWPT,
    /// or for an emulated device the IOAS.
    public var attached: ObjectID { ObjectID(rawValue: uapi.pt_id) }

    /// The attached HWPT (after a successful call on a physical device).
    public var hwpt: HWPTID { HWPTID(rawValue: uapi.pt_id) }

    /// The HWPT the device ended up on (an IOAS's automatic domain).
    public var kernelOutputs: [UInt64] {
        get { [UInt64(uapi.pt_id)] }
        set { uapi.pt_id = UInt32(truncatingIfNeeded: newValue.first ?? 0) }
    }

    /// QEMU's `iommufd_cdev_attach_ioas_hwpt` (with the id asked for) on
    /// success; iommud's `iommufd_cdev_fail_attach_ioas_hwpt` (−errno) on failure.
    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        let id = Int32(bitPattern: requested.rawValue)
        switch result {
        case .success:
            Trace.iommufd_cdev_attach_ioas_hwpt(iommufd: device.iommufd, name: device.name, devfd: device.fd, id: id)
        case .failure(let e):
            Trace.iommufd_cdev_fail_attach_ioas_hwpt(
                iommufd: device.iommufd, name: device.name, devfd: device.fd, id: id, ret: -e.rawValue)
        }
    }
}
