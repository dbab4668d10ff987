import CLinuxUAPI
import Posix

extension VFIOCompat {
    /// VFIO_IOMMU_MAP_DMA: reads the 32-byte `vfio_iommu_type1_dma_map`
    /// (EFAULT); `argsz` < 32 or flags beyond READ|WRITE → EINVAL (flags 0
    /// passes); no compat IOAS → ENODEV; then a fixed-IOVA map of user
    /// memory with IOAS_MAP's rules (EEXIST, EINVAL, EOVERFLOW, EFAULT once
    /// domains exist). Nothing is written back.
    static func mapDMA(_ argument: UInt64, _ iommufd: SimIOMMUFD) throws(Errno) {
        let map = try UserMemory.load(argument, as: vfio_iommu_type1_dma_map.self)
        let read = UInt32(VFIO_DMA_MAP_FLAG_READ), write = UInt32(VFIO_DMA_MAP_FLAG_WRITE)
        guard map.argsz >= UInt32(MemoryLayout<vfio_iommu_type1_dma_map>.size), map.flags & ~(read | write) == 0 else {
            throw .EINVAL
        }
        let ioas = try compatIOAS(iommufd)
        _ = try Commands.mapUserMemory(ioas, userVA: map.vaddr, length: map.size, iova: map.iova,
                                       writeable: map.flags & write != 0, readable: map.flags & read != 0,
                                       account: iommufd.account)
    }
}
