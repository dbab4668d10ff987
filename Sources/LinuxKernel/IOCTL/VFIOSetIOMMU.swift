import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_SET_IOMMU`, on a container: picks the IOMMU backend (passed by
/// value) and attaches every group already in the container to it.
///
/// Fails with EINVAL when no group is in the container or a backend is
/// already set, ENODEV for a type no backend offers, EINVAL for one type1
/// claims but cannot open (``VFIOExtension/unmapAll``), or a group's attach
/// error.
public struct VFIOSetIOMMU: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_SET_IOMMU)
    public static let name = "VFIO_SET_IOMMU"
    /// The backend type (the ioctl's integer argument).
    public var uapi: UInt

    public init(_ type: VFIOExtension) {
        uapi = type.rawValue
    }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        ioctl(UnsafeMutableRawPointer(bitPattern: uapi))
    }

    /// iommud's `vfio_legacy_set_iommu` (0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_set_iommu(container: fd, type: Int32(truncatingIfNeeded: uapi), ret: result.negativeErrno)
    }
}
