/// An I/O address space object (the kernel's `iommufd_ioas`).
///
/// Its mapping state is ``space``. Extension point for HWPTs: the list of
/// HWPT_PAGING objects created on this IOAS belongs here (each one makes the
/// IOAS busy for IOMMU_DESTROY and adds its domain to ``space``).
final class SimIOAS {
    /// Areas, reserved and allowed intervals, alignment, HUGE_PAGES, domains.
    var space = IOVASpace()

    init() {}
}
