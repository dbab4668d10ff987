import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_IOAS_IOVA_RANGES (reference §2.3): the holes of the IOAS's
    /// reserved set, copied into the caller's array as far as it reaches; the
    /// struct is written back even when the array was too small, then
    /// EMSGSIZE.
    static func ioasIOVARanges(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_ioas_iova_ranges.self)
        guard cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        let ioas = try iommufd.table.ioas(cmd.ioas_id)
        let capacity = Int(cmd.num_iovas)
        let ranges = ioas.space.usableRanges()
        let entrySize = UInt64(MemoryLayout<iommu_iova_range>.size)
        for (index, range) in ranges.enumerated() where index < capacity {
            let entry = iommu_iova_range(start: range.start, last: range.last)
            try UserMemory.store(entry, at: cmd.allowed_iovas &+ UInt64(index) &* entrySize)
        }
        cmd.num_iovas = UInt32(truncatingIfNeeded: ranges.count)
        cmd.out_iova_alignment = ioas.space.iovaAlignment
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct, errorAfterCopyOut: ranges.count > capacity ? .EMSGSIZE : nil)
    }
}
