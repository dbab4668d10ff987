import CLinuxUAPI
import Posix
import Tracing

/// `flags` of `struct vfio_iommu_type1_dma_unmap`.
public struct VFIODMAUnmapFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Report the unmapped range's dirty pages first (type1v2 with dirty
    /// tracking started). C: `VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP`.
    public static let getDirtyBitmap = VFIODMAUnmapFlags(rawValue: UInt32(VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP))
    /// Unmap everything (iova and size must be 0). C: `VFIO_DMA_UNMAP_FLAG_ALL`.
    public static let all = VFIODMAUnmapFlags(rawValue: UInt32(VFIO_DMA_UNMAP_FLAG_ALL))
    /// Only invalidate the mappings' vaddrs. C: `VFIO_DMA_UNMAP_FLAG_VADDR`.
    public static let vaddr = VFIODMAUnmapFlags(rawValue: UInt32(VFIO_DMA_UNMAP_FLAG_VADDR))
}

/// `VFIO_IOMMU_UNMAP_DMA`, on a container (or an iommufd in VFIO
/// compatibility mode): removes the mappings in `[iova, iova+size)`;
/// ``unmapped`` is the number of bytes removed.
///
/// Type1v2 removes only whole mappings: a range that bisects one fails with
/// EINVAL (iommufd's compat: ENOENT). Type1 (v1) succeeds with 0 bytes for
/// a range starting inside a mapping and removes a mapping whose first IOVA
/// is covered entirely. A range without mappings succeeds with 0 bytes.
/// With ``VFIODMAUnmapFlags/getDirtyBitmap`` the request carries a bitmap of
/// one bit per `pageSize` page from `iova` (``dirtyBitmap``).
public struct VFIOIOMMUUnmapDMA: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_IOMMU_UNMAP_DMA)
    public static let name = "VFIO_IOMMU_UNMAP_DMA"
    public var uapi = vfio_iommu_type1_dma_unmap()
    /// The `size` asked for (the kernel overwrites `uapi.size`).
    public let requestedSize: UInt64
    /// The bitmap page size, with GET_DIRTY_BITMAP.
    var bitmapPageSize: UInt64 = 0
    /// The dirty bitmap (64-bit words), with GET_DIRTY_BITMAP.
    public private(set) var dirtyBitmap: [UInt64] = []

    public init(iova: UInt64, size: UInt64, flags: VFIODMAUnmapFlags = []) {
        uapi.argsz = UInt32(MemoryLayout<vfio_iommu_type1_dma_unmap>.size)
        uapi.flags = flags.rawValue
        uapi.iova = iova
        uapi.size = size
        requestedSize = size
    }

    /// An unmap that also reports the range's dirty pages, one bit per
    /// `pageSize` (the container's smallest page).
    public static func gettingDirtyBitmap(iova: UInt64, size: UInt64, pageSize: UInt64) -> VFIOIOMMUUnmapDMA {
        var request = VFIOIOMMUUnmapDMA(iova: iova, size: size, flags: [.getDirtyBitmap])
        request.uapi.argsz += UInt32(MemoryLayout<vfio_bitmap>.size)
        request.bitmapPageSize = pageSize
        let pages = pageSize == 0 ? 0 : size / pageSize
        request.dirtyBitmap = [UInt64](repeating: 0, count: Int((pages + 63) / 64))
        return request
    }

    /// Bytes unmapped (the `size` the kernel wrote back on success).
    public var unmapped: UInt64 { uapi.size }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        guard uapi.flags & VFIODMAUnmapFlags.getDirtyBitmap.rawValue != 0 else {
            return withUnsafeMutableBytes(of: &uapi) { ioctl($0.baseAddress) }
        }
        let pageSize = bitmapPageSize
        let head = uapi
        var result: Result<Int32, Errno> = .failure(.EINVAL)
        var written = head
        dirtyBitmap.withUnsafeMutableBufferPointer { words in
            var bitmap = vfio_bitmap()
            bitmap.pgsize = pageSize
            bitmap.size = UInt64(words.count * 8)
            bitmap.data = words.baseAddress
            var bytes = withUnsafeBytes(of: head) { Array($0) } + withUnsafeBytes(of: bitmap) { Array($0) }
            result = bytes.withUnsafeMutableBytes { ioctl($0.baseAddress) }
            written = bytes.withUnsafeBytes { $0.loadUnaligned(as: vfio_iommu_type1_dma_unmap.self) }
        }
        uapi = written
        return result
    }

    /// iommud's `vfio_legacy_dma_unmap` (0 or −errno), with the bytes unmapped.
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        let unmapped: UInt64
        switch result {
        case .success: unmapped = uapi.size
        case .failure: unmapped = 0
        }
        Trace.vfio_legacy_dma_unmap(container: fd, iova: uapi.iova, size: requestedSize, flags: uapi.flags,
                                    unmapped: unmapped, ret: result.negativeErrno)
    }
}
