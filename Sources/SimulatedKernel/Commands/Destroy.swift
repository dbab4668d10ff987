import CLinuxUAPI
import Posix

enum Commands {}

extension Commands {
    /// IOMMU_DESTROY (reference §1.4, §2.1).
    static func destroy(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let cmd = buffer.load(iommu_destroy.self)
        let object = try iommufd.table.destroy(cmd.id)
        if case .ioas(let ioas) = object.kind {
            // Destroying an IOAS unmaps everything in it (reference §1.3) and
            // ends its VFIO-compat designation (§1.4).
            _ = ioas.space.unmapAll()
            if iommufd.vfioCompatIOAS == object.id { iommufd.vfioCompatIOAS = nil }
        }
        return CommandOutcome()
    }
}
