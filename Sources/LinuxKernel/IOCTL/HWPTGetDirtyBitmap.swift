import CLinuxUAPI
import Posix
import Tracing

/// Flags of `IOMMU_HWPT_GET_DIRTY_BITMAP`.
public struct GetDirtyBitmapFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Report without clearing (read before an unmap). The corresponding C
    /// constant is `IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR`.
    public static let noClear = GetDirtyBitmapFlags(rawValue: UInt32(IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR.rawValue))
}

/// `IOMMU_HWPT_GET_DIRTY_BITMAP`: which `pageSize` granules of
/// `[iova, iova+length)` a paging HWPT saw written since the last read
/// (bit n for `iova + n × pageSize`). The bitmap starts zeroed; the kernel
/// only sets bits.
///
/// Fails with ENOENT when `hwpt` is not a paging HWPT, EINVAL for a range
/// or `pageSize` that is not aligned, EOVERFLOW for a range that wraps,
/// EOPNOTSUPP for a HWPT without dirty tracking.
public struct HWPTGetDirtyBitmap: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_HWPT_GET_DIRTY_BITMAP)
    public static let name = "IOMMU_HWPT_GET_DIRTY_BITMAP"
    public var uapi = iommu_hwpt_get_dirty_bitmap()
    /// The bitmap the kernel writes; `data` points here.
    private let storage: ByteStorage

    /// - Parameters:
    ///   - hwpt: a paging HWPT with dirty tracking.
    ///   - iova: first IOVA of the range.
    ///   - length: bytes in the range.
    ///   - pageSize: the granule one bit stands for.
    ///   - flags: ``GetDirtyBitmapFlags/noClear`` to keep the dirty state.
    public init(hwpt: HWPTID, iova: UInt64, length: UInt64, pageSize: UInt64, flags: GetDirtyBitmapFlags = []) {
        let bits = pageSize == 0 ? 0 : length / pageSize
        storage = ByteStorage(zeroed: Int(min((bits + 63) / 64, 1 << 24)) * 8)
        uapi.size = UInt32(MemoryLayout<iommu_hwpt_get_dirty_bitmap>.size)
        uapi.hwpt_id = hwpt.rawValue
        uapi.flags = flags.rawValue
        uapi.iova = iova
        uapi.length = length
        uapi.page_size = pageSize
        uapi.data = storage.address
    }

    /// The bitmap as little-endian 64-bit words.
    public var bitmap: [UInt64] {
        let bytes = storage.bytes
        var words: [UInt64] = []
        words.reserveCapacity(bytes.count / 8)
        var base = 0
        while base + 8 <= bytes.count {
            var word: UInt64 = 0
            for byte in 0..<8 { word |= UInt64(bytes[base + byte]) << UInt64(8 * byte) }
            words.append(word)
            base += 8
        }
        return words
    }

    /// The bitmap exactly as the kernel wrote it (little-endian 64-bit words).
    public var bitmapBytes: [UInt8] { storage.bytes }

    /// How many granules are dirty.
    public var dirtyCount: Int { bitmap.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The dirty granules as runs of consecutive IOVAs, ascending.
    public var dirtyRuns: [(iova: UInt64, length: UInt64)] {
        var runs: [(iova: UInt64, length: UInt64)] = []
        for iova in dirtyIOVAs {
            if let last = runs.last, last.iova &+ last.length == iova {
                runs[runs.count - 1].length += uapi.page_size
            } else {
                runs.append((iova, uapi.page_size))
            }
        }
        return runs
    }

    /// The IOVAs of the dirty granules, ascending.
    public var dirtyIOVAs: [UInt64] {
        var result: [UInt64] = []
        for (index, word) in bitmap.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 {
                result.append(uapi.iova &+ (UInt64(index * 64 + bit)) &* uapi.page_size)
            }
        }
        return result
    }

    /// QEMU's `iommufd_backend_get_dirty_bitmap`; `ret` is QEMU's: the errno,
    /// 0 on success.
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        let errnoValue: Int32
        if case .failure(let e) = result { errnoValue = e.rawValue } else { errnoValue = 0 }
        Trace.iommufd_backend_get_dirty_bitmap(
            iommufd: fd, hwpt_id: uapi.hwpt_id, iova: uapi.iova, size: uapi.length, flags: UInt64(uapi.flags),
            page_size: uapi.page_size, ret: errnoValue)
    }
}
