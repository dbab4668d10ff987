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

    // MARK: Locked memory (RLIMIT_MEMLOCK)

    /// RLIMIT_MEMLOCK of the simulated process, in pages; nil when it has
    /// CAP_IPC_LOCK (no limit, and iommufd charges nothing).
    var memlockLimitPages: Int?
    /// Pages charged to each account: the user's `locked_vm` (iommufd's
    /// default) and the process's (`mm->locked_vm`: iommufd in
    /// RLIMIT_MODE 1, and type1 always).
    private(set) var lockedPages: [LockedMemoryAccount: Int] = [:]
    /// The account each charged backing's pins go to.
    private var charges: [UInt64: LockedMemoryAccount] = [:]

    /// Charges `pages` to `account`: beyond the limit → ENOMEM, nothing
    /// charged (`incr_user_locked_vm`, `vfio_lock_acct`).
    func charge(_ pages: Int, to account: LockedMemoryAccount, checked: Bool = true) throws(Errno) {
        let total = lockedPages[account, default: 0] + pages
        if checked, let limit = memlockLimitPages, pages > 0, total > limit { throw .ENOMEM }
        lockedPages[account] = total
    }

    /// Takes `pages` back from `account`.
    func uncharge(_ pages: Int, from account: LockedMemoryAccount) {
        lockedPages[account] = max(0, lockedPages[account, default: 0] - pages)
    }

    // MARK: File backings (IOMMU_IOAS_MAP_FILE)

    /// The memory of each file backing and how many areas use it; the
    /// window is unmapped when the last one goes.
    private var fileWindows: [UInt64: (window: SimFileWindow, areas: Int)] = [:]

    /// Keeps `window` for the backing `id` (no area yet).
    func keep(_ window: SimFileWindow, for id: UInt64) { fileWindows[id] = (window, 0) }

    /// The window of file backing `id`.
    func window(_ id: UInt64) -> SimFileWindow? { fileWindows[id]?.window }

    /// An area of file backing `id` was placed in an IOAS.
    func fileAreaAdded(_ id: UInt64) { fileWindows[id]?.areas += 1 }

    /// An area of file backing `id` was removed; the last one lets the
    /// window go.
    func fileAreaRemoved(_ id: UInt64) {
        guard let entry = fileWindows[id] else { return }
        if entry.areas <= 1 { fileWindows[id] = nil } else { fileWindows[id] = (entry.window, entry.areas - 1) }
    }

    /// A MAP_FILE that failed: its window goes unless an area uses it.
    func dropUnusedWindow(_ id: UInt64) {
        if let entry = fileWindows[id], entry.areas == 0 { fileWindows[id] = nil }
    }

    /// File windows kept (for leak tests).
    var fileWindowCount: Int { fileWindows.count }

    // MARK: Backings (the kernel's iopt_pages)

    private var lastBackingID: UInt64 = 0
    /// Users of each pinned CPU page, by backing, then page address; a
    /// backing without users has no entry.
    private var pageUsers: [UInt64: [UInt64: Int]] = [:]

    /// A fresh name for an ``IOVABacking``, whose pins are charged to
    /// `account` (iommufd's account mode, fixed when its `iopt_pages` is
    /// made: none with CAP_IPC_LOCK).
    func newBackingID(chargedTo account: LockedMemoryAccount? = nil) -> UInt64 {
        lastBackingID &+= 1
        if let account, memlockLimitPages != nil { charges[lastBackingID] = account }
        return lastBackingID
    }

    /// ``IOVABacking/acquire(_:_:)``: a user more on every page of the
    /// range; pages getting their first one must be readable (else EFAULT,
    /// nothing changed) and are pinned, and charged to the backing's
    /// account (beyond RLIMIT_MEMLOCK → ENOMEM, nothing changed).
    func acquire(_ id: UInt64, _ address: UInt64, _ length: UInt64) throws(Errno) {
        let pages = HostPage.pages(address, length)
        var newPages = 0
        if let users = pageUsers[id] {
            for page in pages where users[page] == nil {
                if !HostPage.isReadable(page) { throw .EFAULT }
                newPages += 1
            }
        } else if length > 0 {
            // Nothing of this backing is pinned yet: every page is new, and
            // one batched probe checks them all.
            if !UserMemory.isReadable(address, length: length) { throw .EFAULT }
            newPages = HostPage.pageCount(address, length)
        }
        if let account = charges[id] { try charge(newPages, to: account) }
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
        var unpinned = 0
        for page in HostPage.pages(address, length) {
            guard let count = users[page] else { continue }
            if count <= 1 {
                users[page] = nil
                unpin(page)
                unpinned += 1
            } else {
                users[page] = count - 1
            }
        }
        // The charge entry stays with the backing: pinned again (a new
        // domain filled), it is charged again. (One entry per backing made
        // while a limit is set.)
        if let account = charges[id] { uncharge(unpinned, from: account) }
        if !users.isEmpty { pageUsers[id] = users }
    }
}

/// Who the kernel charges pinned pages to.
public enum LockedMemoryAccount: String, Sendable, Hashable {
    /// The user's `locked_vm`, shared by all its processes (iommufd's
    /// default, IOMMU_OPTION RLIMIT_MODE 0).
    case user
    /// The process's `mm->locked_vm` (RLIMIT_MODE 1, and VFIO type1).
    case process
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

    /// How many CPU pages `[address, address+length)` touches.
    static func pageCount(_ address: UInt64, _ length: UInt64) -> Int {
        guard length > 0 else { return 0 }
        let first = address & ~(size - 1)
        let last = (address &+ (length - 1)) & ~(size - 1)
        return Int((last - first) / size) + 1
    }

    /// Whether the page at `page` can be read by this process (what pinning
    /// it needs; unmapped or PROT_NONE memory cannot).
    static func isReadable(_ page: UInt64) -> Bool { UserMemory.isReadable(page, length: 1) }
}
