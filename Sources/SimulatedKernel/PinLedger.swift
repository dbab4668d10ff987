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

    // MARK: Backings (the kernel's iopt_pages)

    private var lastBackingID: UInt64 = 0
    /// Users of each pinned CPU page, by backing, then page address; a
    /// backing without users has no entry.
    private var pageUsers: [UInt64: [UInt64: Int]] = [:]

    /// A fresh name for an ``IOVABacking``.
    func newBackingID() -> UInt64 {
        lastBackingID &+= 1
        return lastBackingID
    }

    /// ``IOVABacking/acquire(_:_:)``: a user more on every page of the
    /// range; pages getting their first one must be readable (else EFAULT,
    /// nothing changed) and are pinned.
    func acquire(_ id: UInt64, _ address: UInt64, _ length: UInt64) throws(Errno) {
        let pages = HostPage.pages(address, length)
        if let users = pageUsers[id] {
            for page in pages where users[page] == nil {
                if !HostPage.isReadable(page) { throw .EFAULT }
            }
        } else if length > 0 {
            // Nothing of this backing is pinned yet: every page is new, and
            // one batched probe checks them all.
            if !UserMemory.isReadable(address, length: length) { throw .EFAULT }
        }
        // Taken out while updated, so the dictionary is mutated in place
        // rather than copied (a backing may have many pinned pages).
        var users = pageUsers.removeValue(forKey: id) ?? [:]
        for page in pages {
            let count = users[page] ?? 0
            if count == 0 { pin(page) }
            users[page] = count + 1
        }
        if !users.isEmpty { pageUsers[id] = users }
    }

    /// ``IOVABacking/release(_:_:)``: a user less on every page of the range;
    /// a page losing its last one is unpinned.
    func release(_ id: UInt64, _ address: UInt64, _ length: UInt64) {
        guard var users = pageUsers.removeValue(forKey: id) else { return }
        for page in HostPage.pages(address, length) {
            guard let count = users[page] else { continue }
            if count <= 1 {
                users[page] = nil
                unpin(page)
            } else {
                users[page] = count - 1
            }
        }
        if !users.isEmpty { pageUsers[id] = users }
    }
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
