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
    /// The kernel's minimum `size`: the struct up to `data`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 48
    public static let name = "IOMMU_HWPT_GET_DIRTY_BITMAP"
    public var uapi = iommu_hwpt_get_dirty_bitmap()
    /// The bitmap the kernel writes when the request owns it; `data` points here.
    private let storage: ByteStorage?
    /// Where `data` points and how many bytes the bitmap has there.
    private let bitmapAddress: UnsafeRawPointer?
    private let bitmapCount: Int

    /// The bitmap's size in bytes for `length` bytes at `pageSize`: one bit
    /// per granule, in whole 64-bit words.
    public static func bitmapBytes(length: UInt64, pageSize: UInt64) -> Int {
        let bits = pageSize == 0 ? 0 : length / pageSize
        return Int(min((bits + 63) / 64, 1 << 24)) * 8
    }

    /// - Parameters:
    ///   - hwpt: a paging HWPT with dirty tracking.
    ///   - iova: first IOVA of the range.
    ///   - length: bytes in the range.
    ///   - pageSize: the granule one bit stands for.
    ///   - flags: ``GetDirtyBitmapFlags/noClear`` to keep the dirty state.
    public init(hwpt: HWPTID, iova: UInt64, length: UInt64, pageSize: UInt64, flags: GetDirtyBitmapFlags = []) {
        let owned = ByteStorage(zeroedCount: Self.bitmapBytes(length: length, pageSize: pageSize))
        self.init(hwpt: hwpt, iova: iova, length: length, pageSize: pageSize, flags: flags, storage: owned,
                  bitmap: UnsafeRawPointer(owned.pointer), count: owned.count)
    }

    /// The same, with the kernel writing the bitmap straight into a shared
    /// file mapping (a client's memfd): no copy on the way. The mapping must
    /// hold ``bitmapBytes(length:pageSize:)`` zeroed bytes and stay mapped
    /// until the request has run.
    public init(hwpt: HWPTID, iova: UInt64, length: UInt64, pageSize: UInt64, flags: GetDirtyBitmapFlags = [],
                into mapping: borrowing SharedFileMapping)
    {
        precondition(mapping.count >= Self.bitmapBytes(length: length, pageSize: pageSize), "mapping too small")
        self.init(hwpt: hwpt, iova: iova, length: length, pageSize: pageSize, flags: flags, storage: nil,
                  bitmap: UnsafeRawPointer(mapping.address), count: Self.bitmapBytes(length: length, pageSize: pageSize))
    }

    private init(hwpt: HWPTID, iova: UInt64, length: UInt64, pageSize: UInt64, flags: GetDirtyBitmapFlags,
                 storage: ByteStorage?, bitmap: UnsafeRawPointer, count: Int)
    {
        self.storage = storage
        bitmapAddress = bitmap
        bitmapCount = count
        uapi.size = UInt32(MemoryLayout<iommu_hwpt_get_dirty_bitmap>.size)
        uapi.hwpt_id = hwpt.rawValue
        uapi.flags = flags.rawValue
        uapi.iova = iova
        uapi.length = length
        uapi.page_size = pageSize
        uapi.data = UInt64(UInt(bitPattern: bitmap))
    }

    /// The bitmap's 64-bit words (little-endian, as the kernel lays them out).
    private var words: UnsafeBufferPointer<UInt64> {
        guard let bitmapAddress else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: bitmapAddress.assumingMemoryBound(to: UInt64.self), count: bitmapCount / 8)
    }

    /// The bitmap as 64-bit words.
    public var bitmap: [UInt64] { words.map { UInt64(littleEndian: $0) } }

    /// How many granules are dirty.
    public var dirtyCount: Int { oneBits(in: UnsafeRawBufferPointer(words)) }

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
        for (index, stored) in words.enumerated() where stored != 0 {
            let word = UInt64(littleEndian: stored)
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
