import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_GROUP_GET_DEVICE_FD`, on a group: opens one of its devices by
/// name (the argument points at the NUL-terminated name); the new device
/// descriptor is the ioctl's return value. ``VFIOGroup/openDevice(_:)``
/// wraps it in an owner.
///
/// Fails with ENODEV for a name that is not a device of the group, EINVAL
/// while the group is not in a container whose backend is set.
public struct VFIOGroupGetDeviceFD: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_GROUP_GET_DEVICE_FD)
    public static let name = "VFIO_GROUP_GET_DEVICE_FD"
    /// The device's name (its sysfs name, e.g. `0000:17:00.0`).
    public let deviceName: String
    /// The name as passed, NUL-terminated.
    var uapi: [UInt8]
    /// The new device descriptor (after a successful request); −1 before.
    public private(set) var deviceFD: Int32 = -1

    public init(name: String) {
        deviceName = name
        uapi = Array(name.utf8) + [0]
    }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        uapi.withUnsafeMutableBytes { ioctl($0.baseAddress) }
    }

    public mutating func received(_ value: Int32) { deviceFD = value }

    /// iommud's `vfio_legacy_group_get_device_fd` (ret = the device
    /// descriptor or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_group_get_device_fd(group: fd, name: deviceName, ret: result.negativeErrno)
    }
}
