#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import Posix

/// VFIO type1 map and unmap issued on an iommufd that serves the VFIO
/// compatibility ioctls, shared by the compat fixtures.
extension IOMMUFDFixture {
    /// `VFIO_IOMMU_MAP_DMA` with read and write access.
    func vfioMapDMA(vaddr: UInt64, iova: UInt64, size: UInt64) -> Errno? {
        var cmd = vfio_iommu_type1_dma_map()
        cmd.argsz = UInt32(MemoryLayout<vfio_iommu_type1_dma_map>.size)
        cmd.flags = UInt32(VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE)
        cmd.vaddr = vaddr
        cmd.iova = iova
        cmd.size = size
        return ioctl(UInt(IOMMUD_VFIO_IOMMU_MAP_DMA), &cmd)
    }

    /// `VFIO_IOMMU_UNMAP_DMA`; returns the size the kernel wrote back.
    func vfioUnmapDMA(iova: UInt64, size: UInt64, flags: UInt32 = 0) -> (size: UInt64, error: Errno?) {
        var cmd = vfio_iommu_type1_dma_unmap()
        cmd.argsz = UInt32(MemoryLayout<vfio_iommu_type1_dma_unmap>.size)
        cmd.flags = flags
        cmd.iova = iova
        cmd.size = size
        let error = ioctl(UInt(IOMMUD_VFIO_IOMMU_UNMAP_DMA), &cmd)
        return (cmd.size, error)
    }
}
