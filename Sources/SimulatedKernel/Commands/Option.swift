import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_OPTION (reference §2.9): `__reserved` → EOPNOTSUPP; then by
    /// option. RLIMIT_MODE (per file): `object_id` ≠ 0 → EOPNOTSUPP; GET
    /// answers 1 for process ("mm") accounting; SET needs CAP_SYS_RESOURCE
    /// (EPERM), an iommufd without objects (EBUSY), and 0 or 1 (EINVAL).
    /// HUGE_PAGES (per IOAS): `object_id` must be an IOAS (ENOENT); GET
    /// answers 1 while large pages are allowed; SET 1 allows, SET 0 disables
    /// (see ``IOVASpace/setLargePages(enabled:)``), other values EINVAL.
    /// Unknown option or op → EOPNOTSUPP. Only `val64` is written back.
    static func option(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_option.self)
        guard cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        let get = UInt16(IOMMU_OPTION_OP_GET.rawValue), set = UInt16(IOMMU_OPTION_OP_SET.rawValue)
        switch cmd.option_id {
        case IOMMU_OPTION_RLIMIT_MODE.rawValue:
            guard cmd.object_id == 0 else { throw .EOPNOTSUPP }
            switch cmd.op {
            case get:
                cmd.val64 = iommufd.rlimitMode == 1 ? 1 : 0
            case set:
                guard ProcessCapabilities.has(ProcessCapabilities.sysResource) else { throw .EPERM }
                guard iommufd.table.objects.isEmpty else { throw .EBUSY }
                guard cmd.val64 <= 1 else { throw .EINVAL }
                iommufd.rlimitMode = cmd.val64
            default:
                throw .EOPNOTSUPP
            }
        case IOMMU_OPTION_HUGE_PAGES.rawValue:
            let ioas = try iommufd.table.ioas(cmd.object_id)
            switch cmd.op {
            case get:
                cmd.val64 = ioas.space.largePagesDisabled ? 0 : 1
            case set:
                switch cmd.val64 {
                case 0: try ioas.space.setLargePages(enabled: false)
                case 1: try ioas.space.setLargePages(enabled: true)
                default: throw .EINVAL
                }
            default:
                throw .EOPNOTSUPP
            }
        default:
            throw .EOPNOTSUPP
        }
        buffer.store(cmd)
        let val64 = MemoryLayout<iommu_option>.offset(of: \.val64) ?? 16
        return CommandOutcome(copyOut: .bytes(val64..<val64 + 8))
    }
}
