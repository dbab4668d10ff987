import CLinuxUAPI
import Posix

/// The state behind one open `/dev/iommu` (reference §1.7).
final class SimIOMMUFD {
    var table = ObjectTable()
    /// The IOAS the VFIO compatibility ioctls act on (`IOMMU_VFIO_IOAS`).
    var vfioCompatIOAS: UInt32? = nil
    /// `IOMMU_OPTION_RLIMIT_MODE`: 0 = account pinned pages to the user, 1 = to the mm.
    var rlimitMode: UInt64 = 0
}
