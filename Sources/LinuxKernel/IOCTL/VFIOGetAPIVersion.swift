import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_GET_API_VERSION`, on a container: the VFIO API version
/// (`VFIO_API_VERSION`, 0), which is the ioctl's return value. No argument.
public struct VFIOGetAPIVersion: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_GET_API_VERSION)
    public static let name = "VFIO_GET_API_VERSION"
    /// The version the kernel answered (after a successful request).
    public private(set) var version: Int32 = -1

    public init() {}

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        ioctl(nil)
    }

    public mutating func received(_ value: Int32) { version = value }

    /// iommud's `vfio_legacy_get_api_version` (ret = the version or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_get_api_version(container: fd, ret: result.negativeErrno)
    }
}
