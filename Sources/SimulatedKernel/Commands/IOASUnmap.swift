import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_IOAS_UNMAP (reference §2.8): IOAS → ENOENT first; `iova` 0 with
    /// `length` U64_MAX unmaps everything (success even when empty);
    /// otherwise `iova` or `length` = U64_MAX → EOVERFLOW, length 0 →
    /// EINVAL, wrap → EOVERFLOW, then every mapping in the range goes (one
    /// sticking out → ENOENT, locked → EBUSY, not atomic) and nothing
    /// removed → ENOENT. Writes the bytes unmapped back, on success only.
    static func ioasUnmap(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_ioas_unmap.self)
        let ioas = try iommufd.table.ioas(cmd.ioas_id)
        let unmapped: UInt64
        if cmd.iova == 0 && cmd.length == .max {
            let result = ioas.unmapAll()
            if let error = result.error { throw error }
            unmapped = result.unmapped
        } else {
            guard cmd.iova != .max, cmd.length != .max else { throw .EOVERFLOW }
            guard cmd.length != 0 else { throw .EINVAL }
            let (last, overflow) = cmd.iova.addingReportingOverflow(cmd.length - 1)
            if overflow { throw .EOVERFLOW }
            let result = ioas.unmap(Interval(start: cmd.iova, last: last))
            if let error = result.error { throw error }
            guard result.unmapped != 0 else { throw .ENOENT }
            unmapped = result.unmapped
        }
        cmd.length = unmapped
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct)
    }
}
