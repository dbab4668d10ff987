import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_IOAS_COPY (reference §2.7): maps what is behind
    /// `[src_iova, src_iova+length)` of one IOAS into another (or the same),
    /// sharing the pages. Order: unknown flags → EOPNOTSUPP (there is no
    /// reserved field); `length`, `src_iova` or `dst_iova` = U64_MAX →
    /// EOVERFLOW; neither WRITEABLE nor READABLE → EINVAL; source IOAS →
    /// ENOENT; source range (length 0 EINVAL, wrap EOVERFLOW, hole ENOENT);
    /// destination IOAS → ENOENT; then the map rules, plus EPERM for a
    /// WRITEABLE copy of memory the source did not pin writable. One
    /// destination area per source area touched. Writes `dst_iova` back.
    static func ioasCopy(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_ioas_copy.self)
        guard cmd.flags & ~mapFlagsKnown == 0 else { throw .EOPNOTSUPP }
        guard cmd.length != .max, cmd.src_iova != .max, cmd.dst_iova != .max else { throw .EOVERFLOW }
        guard cmd.flags & (mapFlagWriteable | mapFlagReadable) != 0 else { throw .EINVAL }
        let source = try iommufd.table.ioas(cmd.src_ioas_id)
        let pieces = try source.space.slices(iova: cmd.src_iova, length: cmd.length)
        let destination = try iommufd.table.ioas(cmd.dst_ioas_id)
        cmd.dst_iova = try destination.space.map(
            pieces, length: cmd.length, at: cmd.flags & mapFlagFixedIOVA != 0 ? cmd.dst_iova : nil,
            writeable: cmd.flags & mapFlagWriteable != 0, readable: cmd.flags & mapFlagReadable != 0)
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct)
    }
}
