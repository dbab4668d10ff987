import CLinuxUAPI

/// `IOMMU_IOAS_ALLOC`: creates an empty I/O address space.
public struct IOASAlloc: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_ALLOC)
    public static let name = "IOMMU_IOAS_ALLOC"
    public var uapi = iommu_ioas_alloc()

    public init() {
        uapi.size = UInt32(MemoryLayout<iommu_ioas_alloc>.size)
    }

    /// The new IOAS (after a successful call).
    public var ioas: IOASID { IOASID(rawValue: uapi.out_ioas_id) }
}
