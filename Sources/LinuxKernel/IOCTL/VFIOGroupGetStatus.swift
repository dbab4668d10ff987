import CLinuxUAPI
import Posix
import Tracing

/// `flags` of `struct vfio_group_status`.
public struct VFIOGroupStatusFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Every device of the group is usable by VFIO and no other owner (an
    /// iommufd through a bound cdev) holds the group. C:
    /// `VFIO_GROUP_FLAGS_VIABLE`.
    public static let viable = VFIOGroupStatusFlags(rawValue: UInt32(VFIO_GROUP_FLAGS_VIABLE))
    /// The group is in a container. C: `VFIO_GROUP_FLAGS_CONTAINER_SET`.
    public static let containerSet = VFIOGroupStatusFlags(rawValue: UInt32(VFIO_GROUP_FLAGS_CONTAINER_SET))
}

/// `VFIO_GROUP_GET_STATUS`, on a group: whether it is viable and in a
/// container. Fails with EINVAL for an `argsz` below 8.
public struct VFIOGroupGetStatus: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_GROUP_GET_STATUS)
    public static let name = "VFIO_GROUP_GET_STATUS"
    public var uapi = vfio_group_status()

    public init() {
        uapi.argsz = UInt32(MemoryLayout<vfio_group_status>.size)
    }

    /// The group's state.
    public var flags: VFIOGroupStatusFlags { VFIOGroupStatusFlags(rawValue: uapi.flags) }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        withUnsafeMutableBytes(of: &uapi) { ioctl($0.baseAddress) }
    }

    /// iommud's `vfio_legacy_group_get_status` (0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_group_get_status(group: fd, flags: uapi.flags, ret: result.negativeErrno)
    }
}
