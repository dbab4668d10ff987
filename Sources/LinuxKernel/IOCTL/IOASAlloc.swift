import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_IOAS_ALLOC`: creates an empty I/O address space.
public struct IOASAlloc: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_ALLOC)
    /// The kernel's minimum `size`: the struct up to `out_ioas_id`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 12
    public static let name = "IOMMU_IOAS_ALLOC"
    public var uapi = iommu_ioas_alloc()

    public init() {
        uapi.size = UInt32(MemoryLayout<iommu_ioas_alloc>.size)
    }

    /// The new IOAS (after a successful call).
    public var ioas: IOASID { IOASID(rawValue: uapi.out_ioas_id) }

    /// The new IOAS id.
    public var kernelOutputs: [UInt64] {
        get { [UInt64(uapi.out_ioas_id)] }
        set { uapi.out_ioas_id = UInt32(truncatingIfNeeded: newValue.first ?? 0) }
    }

    /// QEMU traces only a successful allocation.
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        guard case .success = result else { return }
        Trace.iommufd_backend_alloc_ioas(iommufd: fd, ioas: uapi.out_ioas_id)
    }
}
