import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_IOAS_ALLOW_IOVAS (reference §2.4): replaces the allowed list.
    /// Each range is read in turn: unreadable → EFAULT, `start >= last` →
    /// EINVAL, overlapping an earlier range of the list → EINVAL. A range
    /// touching a reserved interval → EADDRINUSE and the old list stays.
    /// Zero ranges clear the list. Nothing is written back.
    static func ioasAllowIOVAs(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let cmd = buffer.load(iommu_ioas_allow_iovas.self)
        guard cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        let ioas = try iommufd.table.ioas(cmd.ioas_id)
        let entrySize = UInt64(MemoryLayout<iommu_iova_range>.size)
        var seen = IntervalTree<Void>()
        var ranges: [Interval] = []
        for index in 0..<UInt64(cmd.num_iovas) {
            let entry = try UserMemory.load(cmd.allowed_iovas &+ index &* entrySize, as: iommu_iova_range.self)
            guard entry.start < entry.last else { throw .EINVAL }
            let range = Interval(start: entry.start, last: entry.last)
            if seen.firstIntersecting(range) != nil { throw .EINVAL }
            seen.insert(range, ())
            ranges.append(range)
        }
        try ioas.space.replaceAllowed(with: ranges)
        return CommandOutcome()
    }
}
