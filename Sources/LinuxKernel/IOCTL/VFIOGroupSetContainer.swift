import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_GROUP_SET_CONTAINER`, on a group: adds it to a container (the
/// argument points at the container descriptor). With the container's
/// backend set, the group attaches to it at once.
///
/// Fails with EBADF for a descriptor that is not open, EINVAL when the
/// group is already in a container, EBADFD when the descriptor is not a
/// container, EBUSY while a device of the group is bound to an iommufd
/// through its cdev, or the backend's attach error.
public struct VFIOGroupSetContainer: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_GROUP_SET_CONTAINER)
    public static let name = "VFIO_GROUP_SET_CONTAINER"
    /// The container descriptor (`int`).
    public var uapi: Int32

    public init(container: Int32) {
        uapi = container
    }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        withUnsafeMutableBytes(of: &uapi) { ioctl($0.baseAddress) }
    }

    /// iommud's `vfio_legacy_group_set_container` (0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_group_set_container(group: fd, container: uapi, ret: result.negativeErrno)
    }
}
