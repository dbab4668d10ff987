import CLinuxUAPI
import Posix
import Tracing

/// `flags` of `struct vfio_iommu_type1_dma_map`.
public struct VFIODMAMapFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The device may read. C: `VFIO_DMA_MAP_FLAG_READ`.
    public static let read = VFIODMAMapFlags(rawValue: UInt32(VFIO_DMA_MAP_FLAG_READ))
    /// The device may write. C: `VFIO_DMA_MAP_FLAG_WRITE`.
    public static let write = VFIODMAMapFlags(rawValue: UInt32(VFIO_DMA_MAP_FLAG_WRITE))
    /// Give a mapping whose vaddr was invalidated its new vaddr. C:
    /// `VFIO_DMA_MAP_FLAG_VADDR`.
    public static let vaddr = VFIODMAMapFlags(rawValue: UInt32(VFIO_DMA_MAP_FLAG_VADDR))
}

/// `VFIO_IOMMU_MAP_DMA`, on a container (or an iommufd in VFIO
/// compatibility mode): maps `size` bytes of user memory at `vaddr` to the
/// caller-chosen `iova`.
///
/// Type1 fails with EINVAL for a zero or unaligned size, iova or vaddr,
/// flags without READ or WRITE, or an IOVA outside the valid ranges;
/// EOVERFLOW when the range wraps; EEXIST when it overlaps a mapping;
/// ENOSPC when no mapping slot is left; EFAULT when the memory cannot be
/// pinned.
public struct VFIOIOMMUMapDMA: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_IOMMU_MAP_DMA)
    public static let name = "VFIO_IOMMU_MAP_DMA"
    public var uapi = vfio_iommu_type1_dma_map()

    public init(flags: VFIODMAMapFlags = [.read, .write], vaddr: UInt64, iova: UInt64, size: UInt64) {
        uapi.argsz = UInt32(MemoryLayout<vfio_iommu_type1_dma_map>.size)
        uapi.flags = flags.rawValue
        uapi.vaddr = vaddr
        uapi.iova = iova
        uapi.size = size
    }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        withUnsafeMutableBytes(of: &uapi) { ioctl($0.baseAddress) }
    }

    /// iommud's `vfio_legacy_dma_map` (0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_dma_map(container: fd, iova: uapi.iova, size: uapi.size,
                                  vaddr: UnsafeRawPointer(bitPattern: UInt(uapi.vaddr)), flags: uapi.flags,
                                  ret: result.negativeErrno)
    }
}
