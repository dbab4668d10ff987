import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_IOAS_ALLOC (reference §2.2).
    static func ioasAlloc(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_ioas_alloc.self)
        guard cmd.flags == 0 else { throw .EOPNOTSUPP }
        let id = try iommufd.table.reserve()
        iommufd.table.publish(SimIOAS(id: id, ledger: iommufd.core.pins))
        cmd.out_ioas_id = id
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct, undo: { iommufd.table.remove(id) })
    }
}
