import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_VFIO_IOAS`: reads, sets or clears the IOAS that the VFIO container
/// compatibility ioctls on this iommufd (VFIO_IOMMU_MAP_DMA, …) act on.
///
/// ``Operation/get`` fails with ENODEV while none is set; ``Operation/set``
/// with ENOENT for an id that is not an IOAS.
public struct VFIOIOAS: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_VFIO_IOAS)
    /// The kernel's minimum `size`: the struct up to `__reserved`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 12
    public static let name = "IOMMU_VFIO_IOAS"
    public var uapi = iommu_vfio_ioas()

    /// What to do.
    public enum Operation: UInt16, Sendable {
        /// Report the compat IOAS. The corresponding C constant is `IOMMU_VFIO_IOAS_GET`.
        case get = 0
        /// Make `ioas` the compat IOAS. The corresponding C constant is `IOMMU_VFIO_IOAS_SET`.
        case set = 1
        /// Turn VFIO compatibility off. The corresponding C constant is `IOMMU_VFIO_IOAS_CLEAR`.
        case clear = 2
    }

    /// - Parameters:
    ///   - operation: get, set or clear.
    ///   - ioas: the IOAS for ``Operation/set``.
    public init(_ operation: Operation, ioas: IOASID? = nil) {
        uapi.size = UInt32(MemoryLayout<iommu_vfio_ioas>.size)
        uapi.op = operation.rawValue
        uapi.ioas_id = ioas?.rawValue ?? 0
    }

    /// The compat IOAS (after a successful ``Operation/get``).
    public var ioas: IOASID { IOASID(rawValue: uapi.ioas_id) }

    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_vfio_ioas(iommufd: fd, op: UInt32(uapi.op), ioas: uapi.ioas_id, ret: result.negativeErrno)
    }
}
