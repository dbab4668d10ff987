import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_IOAS_UNMAP`: unmaps every mapping fully inside `[iova, iova+length)`;
/// `iova` 0 with `length` `UInt64.max` unmaps everything. Splitting a mapping
/// fails with ENOENT.
public struct IOASUnmap: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_UNMAP)
    /// The kernel's minimum `size`: the struct up to `length`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 24
    public static let name = "IOMMU_IOAS_UNMAP"
    public var uapi = iommu_ioas_unmap()

    public init(ioas: IOASID, iova: UInt64, length: UInt64) {
        uapi.size = UInt32(MemoryLayout<iommu_ioas_unmap>.size)
        uapi.ioas_id = ioas.rawValue
        uapi.iova = iova
        uapi.length = length
    }

    /// Bytes actually unmapped (after a successful call).
    public var unmappedLength: UInt64 { uapi.length }

    /// Where unmapping started and how much was unmapped.
    public var kernelOutputs: [UInt64] {
        get { [uapi.iova, uapi.length] }
        set {
            guard newValue.count == 2 else { return }
            uapi.iova = newValue[0]
            uapi.length = newValue[1]
        }
    }

    /// ENOENT gets QEMU's `_non_exist` event (QEMU then counts it as success).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        if case .failure(.ENOENT) = result {
            Trace.iommufd_backend_unmap_dma_non_exist(
                iommufd: fd, ioas: uapi.ioas_id, iova: uapi.iova, size: uapi.length, ret: result.raw)
        } else {
            Trace.iommufd_backend_unmap_dma(iommufd: fd, ioas: uapi.ioas_id, iova: uapi.iova, size: uapi.length, ret: result.raw)
        }
    }
}
