import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_VFIO_IOAS (reference §2.10): which IOAS the VFIO compatibility
    /// ioctls act on. `__reserved` → EOPNOTSUPP. GET: none → ENODEV, else
    /// the id is written back. SET: the id must be an IOAS (ENOENT); it gains
    /// no reference. CLEAR: drops the designation. Other ops → EOPNOTSUPP.
    static func vfioIOAS(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_vfio_ioas.self)
        guard cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        switch UInt32(cmd.op) {
        case IOMMU_VFIO_IOAS_GET.rawValue:
            guard let id = iommufd.vfioCompatIOAS else { throw .ENODEV }
            cmd.ioas_id = id
            buffer.store(cmd)
            return CommandOutcome(copyOut: .wholeStruct)
        case IOMMU_VFIO_IOAS_SET.rawValue:
            _ = try iommufd.table.ioas(cmd.ioas_id)
            iommufd.vfioCompatIOAS = cmd.ioas_id
            return CommandOutcome()
        case IOMMU_VFIO_IOAS_CLEAR.rawValue:
            iommufd.vfioCompatIOAS = nil
            return CommandOutcome()
        default:
            throw .EOPNOTSUPP
        }
    }
}
