import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_HWPT_SET_DIRTY_TRACKING (reference §2.14): flags other than
    /// ENABLE → EOPNOTSUPP (`__reserved` is not checked); not a paging HWPT
    /// → ENOENT; no dirty ops → EOPNOTSUPP. Enabling clears every dirty bit
    /// first; both directions are idempotent. Nothing is written back.
    static func hwptSetDirtyTracking(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let cmd = buffer.load(iommu_hwpt_set_dirty_tracking.self)
        let enable = UInt32(IOMMU_HWPT_DIRTY_TRACKING_ENABLE.rawValue)
        guard cmd.flags & ~enable == 0 else { throw .EOPNOTSUPP }
        let hwpt = try iommufd.lookup(cmd.hwpt_id, as: SimHWPTPaging.self)
        guard hwpt.domain.hasDirtyOps else { throw .EOPNOTSUPP }
        if cmd.flags & enable != 0 { hwpt.domain.clearDirty() }
        hwpt.domain.setDirtyTracking(cmd.flags & enable != 0)
        return CommandOutcome()
    }

    /// IOMMU_HWPT_GET_DIRTY_BITMAP (reference §2.15): unknown flags or
    /// `__reserved` → EOPNOTSUPP; not a paging HWPT → ENOENT; the range
    /// (`iommufd_check_iova_range`): wraps → EOVERFLOW, start or end not
    /// aligned to the IOAS alignment → EINVAL, `page_size` 0 → EINVAL, start
    /// or end not aligned to `page_size` → EINVAL (tested with the mask
    /// `page_size − 1`, like the kernel); no dirty ops → EOPNOTSUPP. Then
    /// every dirty IO page in the range sets the bits of the granules it
    /// covers — bit n stands for `iova + (n << ffs(page_size))`, as the
    /// kernel's `iova_bitmap` counts — OR-ed into the caller's bitmap (any
    /// byte alignment; a bitmap that cannot be written loses its bits without
    /// an error, as on 6.12), and is cleared unless NO_CLEAR. Nothing is
    /// written back in the struct.
    static func hwptGetDirtyBitmap(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let cmd = buffer.load(iommu_hwpt_get_dirty_bitmap.self)
        let noClear = UInt32(IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR.rawValue)
        guard cmd.flags & ~noClear == 0, cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        let hwpt = try iommufd.lookup(cmd.hwpt_id, as: SimHWPTPaging.self)
        let (last, overflow) = cmd.iova.addingReportingOverflow(cmd.length &- 1)
        if overflow { throw .EOVERFLOW }
        let end = last &+ 1
        let alignmentMask = hwpt.ioas.space.iovaAlignment - 1
        if cmd.iova & alignmentMask != 0 || end & alignmentMask != 0 { throw .EINVAL }
        if cmd.page_size == 0 { throw .EINVAL }
        if cmd.iova & (cmd.page_size - 1) != 0 || end & (cmd.page_size - 1) != 0 { throw .EINVAL }
        guard hwpt.domain.hasDirtyOps else { throw .EOPNOTSUPP }

        let shift = UInt64(cmd.page_size.trailingZeroBitCount)
        var words: [UInt64: UInt64] = [:]
        hwpt.domain.readDirty(cmd.iova, last, keep: cmd.flags & noClear != 0) { first, final in
            var bit = (first - cmd.iova) >> shift
            let lastBit = (final - cmd.iova) >> shift
            while bit <= lastBit {
                words[bit / 64, default: 0] |= 1 << (bit % 64)
                bit += 1
            }
        }
        // Linux 6.12's iova_bitmap_set() drops a record whose bitmap page it
        // cannot pin: an unwritable bitmap loses the bits (they are still
        // cleared) and the ioctl succeeds (measured, make vm-test).
        for index in words.keys.sorted() {
            guard let bits = words[index] else { continue }
            let address = cmd.data &+ index &* 8
            guard let current = try? UserMemory.load(address, as: UInt64.self) else { continue }
            try? UserMemory.store(UInt64(littleEndian: current) | bits, at: address)
        }
        return CommandOutcome()
    }
}
