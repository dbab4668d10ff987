import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_IOAS_ALLOC (reference §2.2).
    static func ioasAlloc(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_ioas_alloc.self)
        guard cmd.flags == 0 else { throw .EOPNOTSUPP }
        let id = try iommufd.table.reserve()
        let object = SimObject(id: id, kind: .ioas(SimIOAS()))
        iommufd.table.publish(object)
        cmd.out_ioas_id = id
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct, undo: { _ = try? iommufd.table.destroy(id) })
    }
}
