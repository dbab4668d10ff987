import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_GROUP_UNSET_CONTAINER`, on a group: takes it out of its container
/// (the last group out releases the backend and every mapping). No
/// argument.
///
/// Fails with EINVAL when the group is in no container, EBUSY while a
/// device descriptor taken from the group is open.
public struct VFIOGroupUnsetContainer: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_GROUP_UNSET_CONTAINER)
    public static let name = "VFIO_GROUP_UNSET_CONTAINER"

    public init() {}

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        ioctl(nil)
    }

    /// iommud's `vfio_legacy_group_unset_container` (0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_group_unset_container(group: fd, ret: result.negativeErrno)
    }
}
