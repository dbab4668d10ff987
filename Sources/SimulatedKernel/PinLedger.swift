#if canImport(Glibc)
import Glibc
#endif
import Posix

/// The process's CPU pages as the kernel's `FOLL_PIN` count sees them: how
/// many times each page is pinned for DMA by the simulated kernel (what
/// IOMMU_TEST_OP_MD_CHECK_REFS reads). One per simulated kernel, shared by
/// all its iommufds, like the real page structs.
final class PinLedger {
    /// Pin count by page address; absent means 0.
    private(set) var counts: [UInt64: Int] = [:]

    /// Adds one pin to the page at `page`.
    func pin(_ page: UInt64) { counts[page, default: 0] += 1 }

    /// Drops one pin of the page at `page`.
    func unpin(_ page: UInt64) {
        guard let count = counts[page] else { return }
        counts[page] = count > 1 ? count - 1 : nil
    }

    /// The pin count of the page at `page`.
    func count(_ page: UInt64) -> Int { counts[page] ?? 0 }

    /// Pages with a pin, for leak checks.
    var pinnedPageCount: Int { counts.count }
}

extension HostPage {
    /// The CPU pages `[address, address+length)` touches, by page address.
    static func pages(_ address: UInt64, _ length: UInt64) -> StrideTo<UInt64> {
        guard length > 0 else { return stride(from: 0, to: 0, by: Int(size)) }
        let first = address & ~(size - 1)
        let end = address &+ length
        let last = (end &- 1) & ~(size - 1)
        return stride(from: first, to: last &+ size, by: Int(size))
    }

    /// Whether the page at `page` can be read by this process (what pinning
    /// it needs; unmapped or PROT_NONE memory cannot).
    static func isReadable(_ page: UInt64) -> Bool { UserMemory.isReadable(page, length: 1) }
}
