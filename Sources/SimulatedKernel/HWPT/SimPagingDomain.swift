import Posix

/// Which IOMMU driver owns a domain (the kernel's `domain->owner`): a HWPT
/// works only for devices of the same driver.
enum SimIOMMUDriver: Equatable {
    /// The selftest mock driver.
    case mock
    /// Intel VT-d.
    case intel
}

/// A paging `iommu_domain` behind a HWPT_PAGING: it mirrors its IOAS's
/// mappings as IO page table entries, and with dirty ops keeps a dirty bit
/// per IO page.
///
/// The "physical" address behind an IOVA is the user virtual address of
/// the memory mapped there (the simulation has no other), so IO page sizes
/// are chosen as the IOMMU core chooses them for physically contiguous
/// memory: at each IOVA the largest supported page that fits the mapping
/// and has the same alignment in both address spaces.
final class SimPagingDomain: IOASDomain {
    let driver: SimIOMMUDriver
    let apertureStart: UInt64
    let apertureLast: UInt64
    let pageSizeBitmap: UInt64
    /// Set before any mapping when a device that can enforce cache
    /// coherency allocated it (`iommufd_hwpt_paging_enforce_cc`).
    var enforcesCacheCoherency = false
    /// Whether it has dirty ops (allocated with DIRTY_TRACKING).
    let hasDirtyOps: Bool
    /// Whether dirty tracking is on (HWPT_SET_DIRTY_TRACKING).
    private(set) var dirtyTracking = false
    /// VT-d: the page-walk coherency of the unit it was made for (a unit
    /// with another coherency cannot use it).
    let pageWalkCoherent: Bool

    /// One mirrored mapping: IOVA interval → user address of its first byte.
    struct Mapping {
        var address: UInt64
        var writable: Bool
        var readable: Bool
        /// The largest IO page it may use (PAGE_SIZE with HUGE_PAGES = 0).
        var maximumPage: UInt64
    }

    private var mappings = IntervalTree<Mapping>()
    /// Base IOVAs of the dirty IO pages.
    private var dirty = Set<UInt64>()
    /// The supported page sizes, largest first.
    private let pageSizes: [UInt64]

    init(driver: SimIOMMUDriver, apertureStart: UInt64, apertureLast: UInt64, pageSizeBitmap: UInt64,
         hasDirtyOps: Bool, pageWalkCoherent: Bool = true) {
        self.driver = driver
        self.apertureStart = apertureStart
        self.apertureLast = apertureLast
        self.pageSizeBitmap = pageSizeBitmap
        self.hasDirtyOps = hasDirtyOps
        self.pageWalkCoherent = pageWalkCoherent
        pageSizes = (0..<64).reversed().compactMap { pageSizeBitmap & (1 << UInt64($0)) != 0 ? 1 << UInt64($0) : nil }
    }

    /// The smallest IO page.
    var smallestPage: UInt64 { pageSizeBitmap == 0 ? 1 : 1 << UInt64(pageSizeBitmap.trailingZeroBitCount) }

    // MARK: IOASDomain

    func map(_ iova: Interval, _ area: IOVAArea, largePages: Bool) throws(Errno) {
        let maximum = largePages ? UInt64.max : HostPage.size
        mappings.insert(iova, Mapping(address: area.userAddress, writable: area.writeable, readable: area.readable,
                                      maximumPage: maximum))
    }

    func unmap(_ iova: Interval) {
        while let handle = mappings.firstIntersecting(iova), let mapping = mappings.value(handle) {
            let range = mappings.interval(handle)
            mappings.remove(handle)
            if range.start < iova.start {
                mappings.insert(Interval(start: range.start, last: iova.start - 1), mapping)
            }
            if range.last > iova.last {
                var right = mapping
                right.address = mapping.address &+ (iova.last + 1 - range.start)
                mappings.insert(Interval(start: iova.last + 1, last: range.last), right)
            }
        }
        if !dirty.isEmpty { dirty = dirty.filter { $0 < iova.start || $0 > iova.last } }
    }

    // MARK: Translation

    /// The IO page holding `iova` inside the mapping at `range`: its base
    /// and size (the largest page that fits the mapping, is no larger than
    /// its maximum, and is aligned alike in IOVA and user address).
    private func page(at iova: UInt64, in range: Interval, _ mapping: Mapping) -> (base: UInt64, size: UInt64) {
        for size in pageSizes where size <= mapping.maximumPage {
            let base = iova & ~(size - 1)
            guard base >= range.start, base &+ (size - 1) <= range.last, base &+ (size - 1) >= base else { continue }
            if (mapping.address &+ (base - range.start)) & (size - 1) == 0 { return (base, size) }
        }
        let size = smallestPage
        return (iova & ~(size - 1), size)
    }

    /// What `iova` translates to: the user address and permissions; nil
    /// when unmapped.
    func translate(_ iova: UInt64) -> (address: UInt64, writable: Bool, readable: Bool)? {
        guard let handle = mappings.firstIntersecting(Interval(start: iova, last: iova)),
            let mapping = mappings.value(handle)
        else { return nil }
        let range = mappings.interval(handle)
        return (mapping.address &+ (iova - range.start), mapping.writable, mapping.readable)
    }

    /// The mapping run holding `iova`: the user address behind `iova`, the
    /// run's last IOVA and its permissions; nil when unmapped.
    func translateRun(_ iova: UInt64) -> (address: UInt64, last: UInt64, writable: Bool, readable: Bool)? {
        guard let handle = mappings.firstIntersecting(Interval(start: iova, last: iova)),
            let mapping = mappings.value(handle)
        else { return nil }
        let range = mappings.interval(handle)
        return (mapping.address &+ (iova - range.start), range.last, mapping.writable, mapping.readable)
    }

    /// Whether `[iova, iova+length)` is mapped, without a hole, to exactly
    /// `[address, address+length)` (MD_CHECK_MAP).
    func maps(_ iova: UInt64, length: UInt64, to address: UInt64) -> Bool {
        guard length > 0 else { return true }
        let last = iova &+ (length - 1)
        var cursor = iova
        while true {
            guard let handle = mappings.firstIntersecting(Interval(start: cursor, last: cursor)),
                let mapping = mappings.value(handle)
            else { return false }
            let range = mappings.interval(handle)
            if mapping.address &+ (cursor - range.start) != address &+ (cursor - iova) { return false }
            if range.last >= last { return true }
            cursor = range.last + 1
        }
    }

    // MARK: Dirty tracking

    /// Turns tracking on or off (the mock's and VT-d's `set_dirty_tracking`).
    func setDirtyTracking(_ enabled: Bool) { dirtyTracking = enabled }

    /// Clears every dirty bit (`iopt_clear_dirty_data`, before enabling).
    func clearDirty() { dirty.removeAll() }

    /// Marks the IO page holding `iova` dirty (a huge page as a whole).
    /// Returns false when `iova` is unmapped.
    @discardableResult
    func markDirty(_ iova: UInt64) -> Bool {
        guard let handle = mappings.firstIntersecting(Interval(start: iova, last: iova)),
            let mapping = mappings.value(handle)
        else { return false }
        dirty.insert(page(at: iova, in: mappings.interval(handle), mapping).base)
        return true
    }

    /// The hardware's view of a DMA write to `[iova, iova+length)`: with
    /// tracking on, every IO page it touches becomes dirty.
    func recordWrite(_ iova: UInt64, length: UInt64) {
        guard dirtyTracking, length > 0 else { return }
        let last = iova &+ (length - 1)
        mappings.forEachIntersecting(Interval(start: iova, last: last)) { handle in
            guard let mapping = mappings.value(handle) else { return true }
            let range = mappings.interval(handle)
            var cursor = max(range.start, iova)
            let end = min(range.last, last)
            while cursor <= end {
                let ioPage = page(at: cursor, in: range, mapping)
                dirty.insert(ioPage.base)
                let (next, overflow) = ioPage.base.addingReportingOverflow(ioPage.size)
                if overflow { break }
                cursor = next
            }
            return true
        }
    }

    /// The drivers' `read_and_clear_dirty` (the mock's and VT-d's walk
    /// alike) over `chunks`, each a run of the range inside one area, in
    /// ascending order. Tracking off → EINVAL before anything is read (both
    /// drivers refuse a read with a bitmap then). The walk keeps a cursor
    /// that starts at each chunk's first byte and advances by the size of
    /// the IO page it is in; every dirty page it visits is reported as
    /// `(cursor, page size)` — not clipped to the chunk, so a chunk starting
    /// or ending inside a huge page reports bytes outside it — and cleared
    /// unless `keep`. A cursor at a page's base stays on bases (the pages
    /// tile each mapping), so only the dirty pages are visited from there.
    func readAndClearDirty(_ chunks: [Interval], keep: Bool, _ report: (UInt64, UInt64) -> Void) throws(Errno) {
        guard dirtyTracking else { throw .EINVAL }
        guard !dirty.isEmpty, let lowestChunk = chunks.first, let highestChunk = chunks.last else { return }
        let largest = pageSizes.first ?? 1
        let lowest = lowestChunk.start >= largest ? lowestChunk.start - (largest - 1) : 0
        let candidates = dirty.filter { $0 >= lowest && $0 <= highestChunk.last }.sorted()
        var next = candidates.startIndex
        for chunk in chunks {
            // A dirty page this chunk can visit starts at most `largest − 1`
            // below it; a chunk with none is skipped without a lookup.
            let reach = chunk.start >= largest ? chunk.start - (largest - 1) : 0
            while next < candidates.endIndex, candidates[next] < reach { next += 1 }
            guard next < candidates.endIndex, candidates[next] <= chunk.last else { continue }
            var cursor = chunk.start
            // A cursor inside a page (a chunk starting inside a huge page)
            // steps page by page until it lands on a base.
            while cursor <= chunk.last, let ioPage = ioPage(containing: cursor), ioPage.base != cursor {
                if dirty.contains(ioPage.base) {
                    report(cursor, ioPage.size)
                    if !keep { dirty.remove(ioPage.base) }
                }
                let (advanced, overflow) = cursor.addingReportingOverflow(ioPage.size)
                if overflow { return }
                cursor = advanced
            }
            while next < candidates.endIndex, candidates[next] < cursor { next += 1 }
            while next < candidates.endIndex, candidates[next] <= chunk.last {
                let base = candidates[next]
                next += 1
                guard dirty.contains(base), let ioPage = ioPage(containing: base), ioPage.base == base else { continue }
                report(base, ioPage.size)
                if !keep { dirty.remove(base) }
            }
        }
    }

    /// The IO page holding `iova`; nil when unmapped.
    private func ioPage(containing iova: UInt64) -> (base: UInt64, size: UInt64)? {
        guard let handle = mappings.firstIntersecting(Interval(start: iova, last: iova)),
            let mapping = mappings.value(handle)
        else { return nil }
        return page(at: iova, in: mappings.interval(handle), mapping)
    }
}
