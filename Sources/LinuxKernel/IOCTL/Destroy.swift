import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_DESTROY`: destroys any iommufd object by id.
///
/// Fails with EBUSY while other objects still use it (a HWPT on an IOAS, a
/// device attached to a HWPT) and ENOENT for an unknown id.
public struct Destroy: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_DESTROY)
    /// The kernel's minimum `size`: the struct up to `id`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 8
    public static let name = "IOMMU_DESTROY"
    public var uapi = iommu_destroy()

    public init(_ id: ObjectID) {
        uapi.size = UInt32(MemoryLayout<iommu_destroy>.size)
        uapi.id = id.rawValue
    }

    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_free_id(iommufd: fd, id: uapi.id, ret: result.raw)
    }
}
