import Posix

/// An I/O address space object (the kernel's `iommufd_ioas`).
///
/// Its mapping state is ``space``. Each HWPT_PAGING created on it is in
/// ``hwpts`` (and makes the IOAS busy for IOMMU_DESTROY); each attached
/// access is in ``accesses`` (also a user).
final class SimIOAS: SimObject {
    /// Areas, reserved and allowed intervals, alignment, HUGE_PAGES, domains.
    var space = IOVASpace()
    /// The paging HWPTs on this IOAS, oldest first (the automatic-domain
    /// search walks them in this order).
    var hwpts: [SimHWPTPaging] = []
    /// The accesses attached to this IOAS.
    var accesses: [SimAccess] = []
    /// Where the pins of its memory are counted (the kernel's pages).
    let ledger: PinLedger

    init(id: UInt32, ledger: PinLedger) {
        self.ledger = ledger
        super.init(id: id)
    }

    /// Unmaps like ``IOVASpace/unmap(_:)``, but a mapping pinned by accesses
    /// first makes every attached access unpin it, then the walk resumes
    /// there (`iommufd_access_notify_unmap`); an access that never lets go →
    /// EDEADLK after 100 tries.
    func unmap(_ range: Interval) -> UnmapResult {
        var total: UInt64 = 0
        var current = range
        var tries = 0
        while true {
            var result = space.unmap(current)
            total &+= result.unmapped
            guard let pinned = result.pinnedByAccess else {
                result.unmapped = total
                return result
            }
            tries += 1
            if tries > 100 { return UnmapResult(unmapped: total, error: .EDEADLK) }
            for access in accesses { access.notifyUnmap(pinned, in: self) }
            current = Interval(start: pinned.start, last: range.last)
        }
    }

    /// Unmaps everything (see ``unmap(_:)``).
    func unmapAll() -> UnmapResult { unmap(Interval(start: 0, last: .max)) }
}
