/// An I/O address space. The mapping state (areas, reserved and allowed
/// intervals) grows with the IOAS commands.
final class SimIOAS {
    /// `IOMMU_OPTION_HUGE_PAGES`: large pages allowed (default on).
    var hugePages = true
    /// Required IOVA alignment (starts at 1; devices raise it).
    var iovaAlignment: UInt64 = 1

    init() {}
}
