import CLinuxUAPI
import Posix

extension VFIOCompat {
    /// VFIO_IOMMU_UNMAP_DMA: reads the 24-byte `vfio_iommu_type1_dma_unmap`
    /// (EFAULT); `argsz` < 24 or flags other than ALL → EINVAL; no compat IOAS
    /// → ENODEV. ALL: `iova`/`size` ≠ 0 → EINVAL, else everything goes.
    /// Otherwise, with large pages off (type1 v1) the mappings are first
    /// split at both range edges (split errors return at once); then the
    /// range is unmapped: size 0 → EINVAL, wrap → EOVERFLOW, a mapping
    /// sticking out → ENOENT, an empty range → success with size 0. The
    /// struct is written back with `size` = bytes removed even when the
    /// unmap failed (a failed write-back → EFAULT).
    static func unmapDMA(_ argument: UInt64, _ iommufd: SimIOMMUFD) throws(Errno) {
        var unmap = try UserMemory.load(argument, as: vfio_iommu_type1_dma_unmap.self)
        let all = UInt32(VFIO_DMA_UNMAP_FLAG_ALL)
        guard unmap.argsz >= UInt32(MemoryLayout<vfio_iommu_type1_dma_unmap>.size), unmap.flags & ~all == 0 else {
            throw .EINVAL
        }
        let ioas = try compatIOAS(iommufd)
        var result: UnmapResult
        if unmap.flags & all != 0 {
            guard unmap.iova == 0, unmap.size == 0 else { throw .EINVAL }
            result = ioas.unmapAll()
        } else {
            if ioas.space.largePagesDisabled {
                // Cut at the range's last byte and just before its first
                // (nothing to cut before IOVA 0).
                var cuts = [unmap.iova &+ unmap.size &- 1]
                if unmap.iova != 0 { cuts.append(unmap.iova - 1) }
                for cut in cuts { try ioas.space.split(at: cut) }
            }
            if unmap.size == 0 {
                result = UnmapResult(unmapped: 0, error: .EINVAL)
            } else if unmap.iova.addingReportingOverflow(unmap.size - 1).overflow {
                result = UnmapResult(unmapped: 0, error: .EOVERFLOW)
            } else {
                result = ioas.unmap(Interval(start: unmap.iova, last: unmap.iova + (unmap.size - 1)))
            }
        }
        unmap.size = result.unmapped
        try UserMemory.store(unmap, at: argument)
        if let error = result.error { throw error }
    }
}
