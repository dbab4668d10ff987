import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_IOAS_COPY`: maps what an IOVA range of one IOAS maps into another
/// (or the same) IOAS, sharing the pinned pages, at `dstIOVA` (with
/// ``IOASMapFlags/fixedIOVA``) or at an address the kernel chooses.
///
/// The source range must be covered by existing mappings without holes
/// (ENOENT otherwise); a ``IOASMapFlags/writeable`` copy of memory that was
/// mapped read-only fails with EPERM; the destination follows
/// `IOMMU_IOAS_MAP`'s rules (EEXIST, EINVAL, ENOSPC).
public struct IOASCopy: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_COPY)
    /// The kernel's minimum `size`: the struct up to `src_iova`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 40
    public static let name = "IOMMU_IOAS_COPY"
    public var uapi = iommu_ioas_copy()

    /// - Parameters:
    ///   - destination: the IOAS to map into.
    ///   - source: the IOAS to copy from.
    ///   - flags: at least one of ``IOASMapFlags/writeable`` and
    ///     ``IOASMapFlags/readable``; ``IOASMapFlags/fixedIOVA`` to place the
    ///     copy at `dstIOVA`.
    ///   - length: bytes to copy.
    ///   - srcIOVA: where the range starts in `source`.
    ///   - dstIOVA: where to place it (with ``IOASMapFlags/fixedIOVA``).
    public init(destination: IOASID, source: IOASID, flags: IOASMapFlags, length: UInt64, srcIOVA: UInt64,
                dstIOVA: UInt64 = 0) {
        uapi.size = UInt32(MemoryLayout<iommu_ioas_copy>.size)
        uapi.flags = flags.rawValue
        uapi.dst_ioas_id = destination.rawValue
        uapi.src_ioas_id = source.rawValue
        uapi.length = length
        uapi.src_iova = srcIOVA
        uapi.dst_iova = dstIOVA
    }

    /// Where the copy landed in the destination (after a successful call).
    public var dstIOVA: UInt64 { uapi.dst_iova }

    /// Where the copy landed.
    public var kernelOutputs: [UInt64] {
        get { [uapi.dst_iova] }
        set { uapi.dst_iova = newValue.first ?? uapi.dst_iova }
    }

    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_copy_dma(
            iommufd: fd, dst_ioas: uapi.dst_ioas_id, src_ioas: uapi.src_ioas_id, dst_iova: uapi.dst_iova,
            src_iova: uapi.src_iova, size: uapi.length, flags: uapi.flags, ret: result.negativeErrno)
    }
}
