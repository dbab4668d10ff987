import CLinuxUAPI
import Posix

/// The VFIO type1 container ioctls iommufd answers on its own file
/// (reference §5.2). They arrive with an ioctl number outside the iommufd
/// command table and act on the compat IOAS (``SimIOMMUFD/vfioCompatIOAS``).
/// Their errors follow VFIO's habits: EINVAL for bad sizes and unknown flags.
enum VFIOCompat {
    /// Dispatches on the exact ioctl number; anything else (including
    /// VFIO_IOMMU_DIRTY_PAGES) → ENOTTY. `argument` is the raw ioctl
    /// argument: a pointer, or an integer for SET_IOMMU and CHECK_EXTENSION.
    static func run(_ request: UInt, _ argument: UInt64, _ iommufd: SimIOMMUFD) throws(Errno) -> Int32 {
        switch request {
        case UInt(IOMMUD_VFIO_GET_API_VERSION):
            return VFIO_API_VERSION
        case UInt(IOMMUD_VFIO_CHECK_EXTENSION):
            return try checkExtension(argument, iommufd)
        case UInt(IOMMUD_VFIO_SET_IOMMU):
            try setIOMMU(argument, iommufd)
            return 0
        case UInt(IOMMUD_VFIO_IOMMU_GET_INFO):
            try getInfo(argument, iommufd)
            return 0
        case UInt(IOMMUD_VFIO_IOMMU_MAP_DMA):
            try mapDMA(argument, iommufd)
            return 0
        case UInt(IOMMUD_VFIO_IOMMU_UNMAP_DMA):
            try unmapDMA(argument, iommufd)
            return 0
        default:
            throw .ENOTTY
        }
    }

    /// The compat IOAS; none → ENODEV.
    static func compatIOAS(_ iommufd: SimIOMMUFD) throws(Errno) -> SimIOAS {
        guard let id = iommufd.vfioCompatIOAS, let ioas = try? iommufd.table.ioas(id) else { throw .ENODEV }
        return ioas
    }

    /// VFIO_CHECK_EXTENSION: TYPE1, TYPE1v2 and UNMAP_ALL → 1; DMA_CC_IOMMU →
    /// the compat IOAS (ENODEV) answers 1 when every domain enforces cache
    /// coherency; everything else (UPDATE_VADDR, the nesting type, NOIOMMU —
    /// the simulation has no no-iommu mode) → 0.
    static func checkExtension(_ argument: UInt64, _ iommufd: SimIOMMUFD) throws(Errno) -> Int32 {
        switch argument {
        case UInt64(VFIO_TYPE1_IOMMU), UInt64(VFIO_TYPE1v2_IOMMU), UInt64(VFIO_UNMAP_ALL):
            return 1
        case UInt64(VFIO_DMA_CC_IOMMU):
            return try compatIOAS(iommufd).space.allDomainsEnforceCoherency ? 1 : 0
        default:
            return 0
        }
    }

    /// VFIO_SET_IOMMU: only TYPE1 and TYPE1v2 (else EINVAL); needs the compat
    /// IOAS (ENODEV). TYPE1 (v1) turns large pages off so that unmaps may
    /// split mappings (EINVAL when domains and mappings already exist). May
    /// be repeated.
    static func setIOMMU(_ argument: UInt64, _ iommufd: SimIOMMUFD) throws(Errno) {
        guard argument == UInt64(VFIO_TYPE1_IOMMU) || argument == UInt64(VFIO_TYPE1v2_IOMMU) else { throw .EINVAL }
        let ioas = try compatIOAS(iommufd)
        if argument == UInt64(VFIO_TYPE1_IOMMU) { try ioas.space.setLargePages(enabled: false) }
    }
}
