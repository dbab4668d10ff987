import CLinuxUAPI
import Posix
import Tracing

/// Flags of `IOMMU_IOAS_MAP`.
public struct IOASMapFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Map at exactly `iova`; without it the kernel picks the address.
    /// The corresponding C constant is `IOMMU_IOAS_MAP_FIXED_IOVA`.
    public static let fixedIOVA = IOASMapFlags(rawValue: UInt32(IOMMU_IOAS_MAP_FIXED_IOVA.rawValue))
    /// DMA may write. The corresponding C constant is `IOMMU_IOAS_MAP_WRITEABLE`.
    public static let writeable = IOASMapFlags(rawValue: UInt32(IOMMU_IOAS_MAP_WRITEABLE.rawValue))
    /// DMA may read. The corresponding C constant is `IOMMU_IOAS_MAP_READABLE`.
    public static let readable = IOASMapFlags(rawValue: UInt32(IOMMU_IOAS_MAP_READABLE.rawValue))
}

/// `IOMMU_IOAS_MAP`: maps `length` bytes of the caller's memory at `userVA`
/// into an IOAS, at `iova` (with ``IOASMapFlags/fixedIOVA``) or at an address
/// the kernel chooses and returns.
public struct IOASMap: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_MAP)
    /// The kernel's minimum `size`: the struct up to `iova`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 40
    public static let name = "IOMMU_IOAS_MAP"
    public var uapi = iommu_ioas_map()

    public init(ioas: IOASID, flags: IOASMapFlags, userVA: UInt64, length: UInt64, iova: UInt64 = 0) {
        uapi.size = UInt32(MemoryLayout<iommu_ioas_map>.size)
        uapi.flags = flags.rawValue
        uapi.ioas_id = ioas.rawValue
        uapi.user_va = userVA
        uapi.length = length
        uapi.iova = iova
    }

    /// Where the mapping landed (the chosen address without `fixedIOVA`).
    public var iova: UInt64 { uapi.iova }

    /// Where the mapping landed.
    public var kernelOutputs: [UInt64] {
        get { [uapi.iova] }
        set { uapi.iova = newValue.first ?? uapi.iova }
    }

    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_map_dma(
            iommufd: fd, ioas: uapi.ioas_id, iova: uapi.iova, size: uapi.length,
            vaddr: UnsafeRawPointer(bitPattern: UInt(uapi.user_va)),
            readonly: uapi.flags & IOASMapFlags.writeable.rawValue == 0, ret: result.raw)
    }
}
