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

    /// IOMMU_HWPT_GET_DIRTY_BITMAP (reference §2.15, as Linux 6.12.118):
    /// unknown flags or `__reserved` → EOPNOTSUPP; not a paging HWPT →
    /// ENOENT; the range (`iommufd_check_iova_range`): length 0 → EINVAL,
    /// wraps → EOVERFLOW, start or end not aligned to the IOAS alignment →
    /// EINVAL, `page_size` 0 → EINVAL, start or end not aligned to
    /// `page_size` → EINVAL (tested with the mask `page_size − 1`, like the
    /// kernel); no dirty ops → EOPNOTSUPP. Then the driver reads each area
    /// of the range in turn from its first byte: tracking off → EINVAL;
    /// every dirty IO page it visits sets the bits of the granules it
    /// covers — bit n stands for `iova + (n << ffs(page_size))`, as the
    /// kernel's `iova_bitmap` counts — OR-ed into the caller's bitmap (any
    /// byte alignment; a bitmap that cannot be written loses its bits
    /// without an error), and is cleared unless NO_CLEAR. A hole in the
    /// range → EINVAL after the areas before it were read. A page reported
    /// past either end of the range (a range starting or ending inside a
    /// huge IO page) is not recorded and the ioctl fails with EPROTO once
    /// the walk is done. Nothing is written back in the struct.
    ///
    /// Until 6.12.117 iommufd dropped the walk's result, so the driver's
    /// EINVAL, the hole's EINVAL and out-of-range reports all came back as
    /// success; "iommufd/iova_bitmap: Ensure that iova_bitmap_set() handles
    /// the full IOVA" (6.12.118) passes them on (docs/fidelity.md).
    static func hwptGetDirtyBitmap(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let cmd = buffer.load(iommu_hwpt_get_dirty_bitmap.self)
        let noClear = UInt32(IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR.rawValue)
        guard cmd.flags & ~noClear == 0, cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        let hwpt = try iommufd.lookup(cmd.hwpt_id, as: SimHWPTPaging.self)
        if cmd.length == 0 { throw .EINVAL }
        let (last, overflow) = cmd.iova.addingReportingOverflow(cmd.length - 1)
        if overflow { throw .EOVERFLOW }
        let end = last &+ 1
        let alignmentMask = hwpt.ioas.space.iovaAlignment - 1
        if cmd.iova & alignmentMask != 0 || end & alignmentMask != 0 { throw .EINVAL }
        if cmd.page_size == 0 { throw .EINVAL }
        if cmd.iova & (cmd.page_size - 1) != 0 || end & (cmd.page_size - 1) != 0 { throw .EINVAL }
        guard hwpt.domain.hasDirtyOps else { throw .EOPNOTSUPP }

        var bitmap = SimIOVABitmap(iova: cmd.iova, length: cmd.length, pageSize: cmd.page_size, data: cmd.data)
        let (runs, complete) = hwpt.ioas.space.contiguousRuns(Interval(start: cmd.iova, last: last))
        do {
            try hwpt.domain.readAndClearDirty(runs, keep: cmd.flags & noClear != 0) { bitmap.set($0, length: $1) }
        } catch {
            bitmap.writeOut()
            throw error
        }
        bitmap.writeOut()
        guard complete else { throw .EINVAL }
        if let error = bitmap.error { throw error }
        return CommandOutcome()
    }
}
