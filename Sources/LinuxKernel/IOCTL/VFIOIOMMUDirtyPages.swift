import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_IOMMU_DIRTY_PAGES`, on a type1v2 container: start or stop dirty
/// page logging, or read the dirty bitmap of a range.
///
/// Type1 has no hardware dirty bits: every page of a mapping an IOMMU
/// domain maps counts as dirty. Fails with EACCES on a TYPE1 (v1)
/// container; GET_BITMAP with EINVAL before START, for a page size other
/// than the container's smallest, an unaligned range, or one that bisects a
/// mapping, and EOVERFLOW when the range wraps.
public struct VFIOIOMMUDirtyPages: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_IOMMU_DIRTY_PAGES)
    public static let name = "VFIO_IOMMU_DIRTY_PAGES"
    /// `struct vfio_iommu_type1_dirty_bitmap` (argsz, flags).
    public var uapi = vfio_iommu_type1_dirty_bitmap()
    /// GET_BITMAP's range and page size.
    var range = vfio_iommu_type1_dirty_bitmap_get()
    /// The bitmap (64-bit words, bit n = the page at iova + n × pageSize),
    /// after a successful GET_BITMAP.
    public private(set) var bitmap: [UInt64] = []

    private init(flags: Int32) {
        uapi.argsz = UInt32(MemoryLayout<vfio_iommu_type1_dirty_bitmap>.size)
        uapi.flags = UInt32(flags)
    }

    /// START: log dirty pages from now on (idempotent).
    public static func start() -> VFIOIOMMUDirtyPages { VFIOIOMMUDirtyPages(flags: VFIO_IOMMU_DIRTY_PAGES_FLAG_START) }

    /// STOP: stop logging (idempotent).
    public static func stop() -> VFIOIOMMUDirtyPages { VFIOIOMMUDirtyPages(flags: VFIO_IOMMU_DIRTY_PAGES_FLAG_STOP) }

    /// GET_BITMAP for `[iova, iova+size)` at `pageSize` (the container's
    /// smallest page), with a bitmap just big enough.
    public static func getBitmap(iova: UInt64, size: UInt64, pageSize: UInt64) -> VFIOIOMMUDirtyPages {
        var request = VFIOIOMMUDirtyPages(flags: VFIO_IOMMU_DIRTY_PAGES_FLAG_GET_BITMAP)
        request.uapi.argsz += UInt32(MemoryLayout<vfio_iommu_type1_dirty_bitmap_get>.size)
        request.range.iova = iova
        request.range.size = size
        request.range.bitmap.pgsize = pageSize
        let pages = pageSize == 0 ? 0 : size / pageSize
        request.bitmap = [UInt64](repeating: 0, count: Int((pages + 63) / 64))
        request.range.bitmap.size = UInt64(request.bitmap.count * 8)
        return request
    }

    /// Whether the page at `iova` is dirty in ``bitmap``.
    public func isDirty(_ iova: UInt64) -> Bool {
        let pageSize = range.bitmap.pgsize
        guard pageSize != 0, iova >= range.iova else { return false }
        let bit = (iova - range.iova) / pageSize
        guard bit / 64 < UInt64(bitmap.count) else { return false }
        return bitmap[Int(bit / 64)] & (1 << (bit % 64)) != 0
    }

    /// How many pages ``bitmap`` reports dirty.
    public var dirtyCount: Int { bitmap.reduce(0) { $0 + $1.nonzeroBitCount } }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        guard uapi.flags == UInt32(VFIO_IOMMU_DIRTY_PAGES_FLAG_GET_BITMAP) else {
            return withUnsafeMutableBytes(of: &uapi) { ioctl($0.baseAddress) }
        }
        let head = uapi
        var range = self.range
        var result: Result<Int32, Errno> = .failure(.EINVAL)
        bitmap.withUnsafeMutableBufferPointer { words in
            range.bitmap.data = words.baseAddress
            var bytes = withUnsafeBytes(of: head) { Array($0) } + withUnsafeBytes(of: range) { Array($0) }
            result = bytes.withUnsafeMutableBytes { ioctl($0.baseAddress) }
        }
        return result
    }

    /// iommud's `vfio_legacy_dirty_pages` (0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_dirty_pages(container: fd, flags: uapi.flags, iova: range.iova, size: range.size,
                                      pgsize: range.bitmap.pgsize, ret: result.negativeErrno)
    }
}
