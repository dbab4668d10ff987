#if canImport(Glibc)
import Glibc
#endif
import Posix

/// The CPU page sizes the simulated kernel assumes: those of the machine it
/// runs on, as the real kernel would.
enum HostPage {
    /// `PAGE_SIZE`.
    static let size = UInt64(sysconf(Int32(_SC_PAGESIZE)))
    /// `HPAGE_SIZE` with transparent huge pages: one page table page's worth
    /// of pages (2 MiB with 4 KiB pages). Caps the alignment automatic IOVA
    /// allocation aims for.
    static let hugeSize = size * (size / 8)
}

/// The user memory behind one `IOMMU_IOAS_MAP` (the kernel's `iopt_pages`).
/// Mappings derived from it — copies, and the halves of a VFIO type1 split —
/// hold copies of this value and so share it: it is a name (``id``) in the
/// kernel's ``PinLedger``, which keeps the per-page users while any page is
/// pinned. An unpinned mapping therefore costs no allocation of its own.
///
/// Pinning is per CPU page, as the kernel pins each page of an `iopt_pages`
/// once however many domains and accesses need it: ``acquire(_:_:)`` adds a
/// user to each page (an area filled into domains, or an access pin) and
/// pins the pages that get their first one; ``release(_:_:)`` undoes it.
struct IOVABacking {
    /// Where this backing's pins are counted (MD_CHECK_REFS reads it).
    let ledger: PinLedger
    /// The ledger's name for the backing (unique per ledger, below 2^62),
    /// with ``writable`` in bit 63 and ``isFile`` in bit 62: one word, so an
    /// area still packs into the interval tree (IntervalTreeTests).
    private let idAndFlags: UInt64
    private static let writableBit: UInt64 = 1 << 63
    private static let fileBit: UInt64 = 1 << 62
    /// Names the backing in the ledger; unique per ledger.
    var id: UInt64 { idAndFlags & ~(Self.writableBit | Self.fileBit) }
    /// Whether the MAP asked for `IOMMU_IOAS_MAP_WRITEABLE`, i.e. whether the
    /// pages are pinned writable. A WRITEABLE copy of a backing that is not
    /// is refused with EPERM.
    var writable: Bool { idAndFlags & Self.writableBit != 0 }
    /// Whether an `IOMMU_IOAS_MAP_FILE` made it (its ``SimFileWindow`` is
    /// the ledger's, ``PinLedger/window(_:)``). Copies share it, as the
    /// kernel's COPY shares the `iopt_pages` (type `IOPT_ADDRESS_FILE`).
    var isFile: Bool { idAndFlags & Self.fileBit != 0 }

    /// A new backing, counted in `ledger`, its pins charged to `account`;
    /// with `file`, the memory of a MAP_FILE, which the ledger keeps while an
    /// area uses it.
    init(writable: Bool, ledger: PinLedger, chargedTo account: LockedMemoryAccount? = nil, file: SimFileWindow? = nil) {
        self.ledger = ledger
        let id = ledger.newBackingID(chargedTo: account)
        if let file { ledger.keep(file, for: id) }
        self.idAndFlags = id | (writable ? Self.writableBit : 0) | (file != nil ? Self.fileBit : 0)
    }

    /// Adds a user to every CPU page of `[address, address+length)`. A page
    /// getting its first user is pinned, which needs it readable → else
    /// EFAULT, and nothing changes.
    ///
    /// Pages pinned here are charged to the backing's account: beyond
    /// RLIMIT_MEMLOCK → ENOMEM, nothing changed.
    ///
    /// Simplification: write permission is not probed (a read-only buffer
    /// mapped WRITEABLE passes; the kernel's pin would fault).
    func acquire(_ address: UInt64, _ length: UInt64) throws(Errno) {
        try ledger.acquire(id, address, length)
    }

    /// Drops a user of every CPU page of `[address, address+length)`; a page
    /// losing its last one is unpinned.
    func release(_ address: UInt64, _ length: UInt64) {
        ledger.release(id, address, length)
    }
}

/// One mapping of an IOAS (the kernel's `iopt_area`); its IOVA interval is
/// the key it is stored under.
///
/// Stored properties are ordered, and the counters 32-bit, so that the
/// value packs into 40 bytes: a million mappings are a million of these.
struct IOVAArea {
    /// The user virtual address behind the area's first IOVA. Its offset in
    /// the CPU page is the area's `page_offset`.
    var userAddress: UInt64
    /// The user memory it maps.
    var backing: IOVABacking
    /// Permissions asked for at MAP/COPY time (`IOMMU_IOAS_MAP_WRITEABLE`,
    /// `IOMMU_IOAS_MAP_READABLE`).
    var writeable: Bool
    var readable: Bool
    /// Holders that forbid unmapping (the kernel's `num_locks`, taken by a
    /// HW queue on its backing page): UNMAP answers EBUSY while positive.
    var lockCount: UInt32 = 0
    /// Access pins on the area (the kernel's `num_accesses`): an unmap must
    /// first have the accesses unpin, and a split is refused.
    var accessPins: UInt32 = 0

    init(backing: IOVABacking, userAddress: UInt64, writeable: Bool, readable: Bool) {
        self.userAddress = userAddress
        self.backing = backing
        self.writeable = writeable
        self.readable = readable
    }

    /// `page_offset`: where in its CPU page the area starts.
    var pageOffset: UInt64 { userAddress % HostPage.size }
}

/// A run of user memory to place in an IOAS: the whole buffer of a MAP, or
/// one slice of a source area for COPY.
struct IOVAPiece {
    var backing: IOVABacking
    var userAddress: UInt64
    var length: UInt64
}

/// Who put a reserved interval into an IOAS; removing the owner removes its
/// intervals.
enum IOVAReservationOwner: Equatable {
    /// `IOMMU_TEST_OP_ADD_RESERVED`: no owner, lives as long as the IOAS.
    case test
    /// The aperture complement of an attached paging domain.
    case domain(ObjectIdentifier)
    /// A device's reserved regions (MSI windows …), by device object id.
    case device(UInt32)
}

/// A paging domain attached to an IOAS (an `iommu_domain` behind a
/// HWPT_PAGING), as the IOAS needs to see it.
///
/// Implemented by ``SimPagingDomain`` (mock and VT-d). A HWPT_PAGING created
/// on an IOAS calls ``IOVASpace/addDomain(_:)`` with its domain, which reserves the
/// aperture complement, raises the IOAS alignment to the domain's smallest
/// page, pins every existing area (EFAULT for unreadable memory) and mirrors
/// it. From then on every MAP/COPY is pinned and mirrored into it and every
/// unmap is removed from it. Mirroring is by IOVA range: a VFIO type1 split
/// may later unmap part of what was mapped as one piece.
protocol IOASDomain: AnyObject {
    /// First IOVA the domain translates.
    var apertureStart: UInt64 { get }
    /// Last IOVA the domain translates (inclusive).
    var apertureLast: UInt64 { get }
    /// Supported IO page sizes, one bit per size; the lowest is the smallest page.
    var pageSizeBitmap: UInt64 { get }
    /// Whether DMA through it is always cache coherent (VFIO_CHECK_EXTENSION(DMA_CC_IOMMU)).
    var enforcesCacheCoherency: Bool { get }
    /// Maps `iova` to the area's memory (the pages are already pinned);
    /// without `largePages` (IOMMU_OPTION_HUGE_PAGES = 0) no IO page larger
    /// than `PAGE_SIZE` may be used.
    func map(_ iova: Interval, _ area: IOVAArea, largePages: Bool) throws(Errno)
    /// Removes the translation of `iova`, which may be part of what one
    /// ``map(_:_:largePages:)`` mapped.
    func unmap(_ iova: Interval)
}

/// What an unmap removed, and why it stopped early.
struct UnmapResult {
    /// Bytes unmapped before it stopped.
    var unmapped: UInt64
    /// The error that stopped the walk (the mappings removed before it stay
    /// removed).
    var error: Errno?
    /// A mapping the walk reached that accesses have pinned: the caller must
    /// have them unpin it and retry from there (see ``SimIOAS/unmap(_:)``).
    var pinnedByAccess: Interval? = nil
}

/// One access pin on part of one area, as ``IOVASpace/accessPin(_:write:)``
/// made it; ``IOVASpace/accessUnpin(_:)`` takes it back.
struct AccessPinPiece {
    /// The area's IOVA interval (areas with access pins are never split or moved).
    var area: Interval
    var backing: IOVABacking
    /// The user memory pinned.
    var userAddress: UInt64
    var length: UInt64
}

/// The mapping state of one IOAS (the kernel's `io_pagetable`, reference
/// §1.7): areas, reserved and allowed intervals, alignment, the HUGE_PAGES
/// option and the attached domains. Every operation follows the kernel's
/// validation order; the commands add the uapi checks in front.
///
/// Areas live in an ``IntervalTree``, so fixed maps and unmaps are
/// O(log n) and automatic allocation is O(log n) for the common cases
/// (see ``allocate(address:length:)``).
struct IOVASpace {
    /// The mappings, disjoint, by IOVA.
    private(set) var areas = IntervalTree<IOVAArea>(disjoint: true)
    /// Reserved intervals (may overlap), by owner.
    private(set) var reserved = IntervalTree<IOVAReservationOwner>()
    /// The allowed list (`IOMMU_IOAS_ALLOW_IOVAS`), disjoint.
    private(set) var allowed = IntervalTree<Void>()
    /// Required alignment of IOVAs, lengths and page offsets: 1 until a
    /// domain or `HUGE_PAGES=0` raises it (never above `PAGE_SIZE`).
    private(set) var iovaAlignment: UInt64 = 1
    /// `IOMMU_OPTION_HUGE_PAGES` = 0 (`disable_large_pages`).
    private(set) var largePagesDisabled = false
    /// Every area, by IOVA (IOMMU_IOAS_CHANGE_PROCESS looks at them all).
    var allAreas: [IOVAArea] { areas.handles.compactMap { areas.value($0) } }

    /// Attached paging domains, oldest first.
    private(set) var domains: [any IOASDomain] = []
    /// The alignment each attached access needs (PAGE_SIZE for one that pins
    /// pages, else 1), by access.
    private(set) var accessAlignments: [ObjectIdentifier: UInt64] = [:]

    init() {}

    // MARK: Queries

    /// `IOMMU_IOAS_IOVA_RANGES`: the holes of the reserved set over the whole
    /// IOVA space, ascending. Areas and the allowed list do not matter.
    func usableRanges() -> [Interval] { reserved.holes(in: Interval(start: 0, last: .max)) }

    /// Every area with its IOVA interval, ascending.
    var areaList: [(iova: Interval, area: IOVAArea)] {
        areas.handles.compactMap { h in areas.value(h).map { (areas.interval(h), $0) } }
    }

    // MARK: Allowed and reserved intervals

    /// Replaces the allowed list (the ranges are already checked to be
    /// disjoint and proper). Any of them touching a reserved interval →
    /// EADDRINUSE, and the old list stays.
    mutating func replaceAllowed(with ranges: [Interval]) throws(Errno) {
        for range in ranges where reserved.firstIntersecting(range) != nil { throw .EADDRINUSE }
        allowed.removeAll()
        for range in ranges { allowed.insert(range, ()) }
    }

    /// Reserves `range` for `owner` (the kernel's `iopt_reserve_iova`): an
    /// existing area or allowed range inside it → EADDRINUSE. Reserved
    /// intervals may overlap each other.
    mutating func reserve(_ range: Interval, owner: IOVAReservationOwner) throws(Errno) {
        if areas.firstIntersecting(range) != nil || allowed.firstIntersecting(range) != nil { throw .EADDRINUSE }
        reserved.insert(range, owner)
    }

    /// Drops every interval `owner` reserved.
    mutating func removeReservations(of owner: IOVAReservationOwner) {
        for handle in reserved.handles where reserved.value(handle) == owner { reserved.remove(handle) }
    }

    // MARK: Mapping

    /// Places `pieces` back to back (`length` bytes in all) at `fixedIOVA`, or
    /// at an IOVA chosen by ``allocate(address:length:)``; one area per piece.
    /// Returns the IOVA. Kernel order (`iopt_alloc_area_pages`,
    /// `iopt_insert_area`, domain fill): length 0 or misaligned → EINVAL;
    /// placement (fixed: misaligned EINVAL, wrap EOVERFLOW, reserved EINVAL,
    /// overlap EEXIST; automatic: EOVERFLOW/EINVAL/ENOSPC); per piece
    /// WRITEABLE on a read-only backing → EPERM, misaligned page offset →
    /// EINVAL; pinning for domains → EFAULT. Nothing changes on failure.
    mutating func map(_ pieces: [IOVAPiece], length: UInt64, at fixedIOVA: UInt64?,
                      writeable: Bool, readable: Bool) throws(Errno) -> UInt64 {
        guard length != 0, length & (iovaAlignment - 1) == 0 else { throw .EINVAL }
        let iova: UInt64
        if let fixedIOVA {
            try checkFixed(fixedIOVA, length: length)
            iova = fixedIOVA
        } else {
            iova = try allocate(address: pieces.first?.userAddress ?? 0, length: length)
        }
        var placed: [(Interval, IOVAArea)] = []
        var cursor = iova
        for piece in pieces {
            if writeable && !piece.backing.writable { throw .EPERM }
            let area = IOVAArea(backing: piece.backing, userAddress: piece.userAddress,
                                writeable: writeable, readable: readable)
            if area.pageOffset & (iovaAlignment - 1) != 0 { throw .EINVAL }
            let (last, overflow) = cursor.addingReportingOverflow(piece.length - 1)
            if overflow { throw .EOVERFLOW }
            placed.append((Interval(start: cursor, last: last), area))
            cursor = last &+ 1
        }
        try populateDomains(placed)
        for (range, area) in placed {
            areas.insert(range, area)
            if area.backing.isFile { area.backing.ledger.fileAreaAdded(area.backing.id) }
        }
        return iova
    }

    /// `iopt_check_iova`: may a fixed mapping go at `iova`?
    private func checkFixed(_ iova: UInt64, length: UInt64) throws(Errno) {
        guard iova & (iovaAlignment - 1) == 0 else { throw .EINVAL }
        let (last, overflow) = iova.addingReportingOverflow(length - 1)
        if overflow { throw .EOVERFLOW }
        let range = Interval(start: iova, last: last)
        if reserved.firstIntersecting(range) != nil { throw .EINVAL }
        if areas.firstIntersecting(range) != nil { throw .EEXIST }
    }

    /// The slices of user memory behind `[iova, iova+length)` (IOAS_COPY's
    /// source, `iopt_get_pages`): length 0 → EINVAL, wrap → EOVERFLOW; the
    /// range must be covered by mappings that follow each other without a
    /// hole (it may start and end inside one) → else ENOENT.
    func slices(iova: UInt64, length: UInt64) throws(Errno) -> [IOVAPiece] {
        guard length != 0 else { throw .EINVAL }
        let (last, overflow) = iova.addingReportingOverflow(length - 1)
        if overflow { throw .EOVERFLOW }
        var pieces: [IOVAPiece] = []
        var cursor = iova
        while true {
            // Areas are disjoint: the one holding `cursor` after the previous
            // area's last byte necessarily starts right there.
            guard let handle = areas.firstIntersecting(Interval(start: cursor, last: cursor)),
                let area = areas.value(handle)
            else { throw .ENOENT }
            let range = areas.interval(handle)
            let pieceLast = min(last, range.last)
            pieces.append(IOVAPiece(backing: area.backing, userAddress: area.userAddress &+ (cursor - range.start),
                                    length: pieceLast - cursor + 1))
            if range.last >= last { return pieces }
            cursor = range.last + 1
        }
    }

    /// Removes every mapping intersecting `range`, lowest first
    /// (`iopt_unmap_iova_range`): a locked one → EBUSY, one reaching outside
    /// the range → ENOENT (never split or truncated), one with access pins →
    /// stops and reports it (``UnmapResult/pinnedByAccess``). Not atomic:
    /// mappings removed before the one that stopped the walk stay removed. An
    /// empty range is not an error here (IOAS_UNMAP turns "nothing removed"
    /// into ENOENT itself).
    mutating func unmap(_ range: Interval) -> UnmapResult {
        var total: UInt64 = 0
        while let handle = areas.firstIntersecting(range), let area = areas.value(handle) {
            let iova = areas.interval(handle)
            if area.lockCount > 0 { return UnmapResult(unmapped: total, error: .EBUSY) }
            if iova.start < range.start || iova.last > range.last { return UnmapResult(unmapped: total, error: .ENOENT) }
            if area.accessPins > 0 { return UnmapResult(unmapped: total, error: nil, pinnedByAccess: iova) }
            areas.remove(handle)
            releaseFromDomains(iova, area)
            if area.backing.isFile { area.backing.ledger.fileAreaRemoved(area.backing.id) }
            total &+= iova.last - iova.start &+ 1
            // Areas are disjoint and this was the lowest left: one reaching
            // the range's end leaves nothing else in it (no second search).
            if iova.last >= range.last { break }
        }
        return UnmapResult(unmapped: total, error: nil)
    }

    /// Removes every mapping.
    mutating func unmapAll() -> UnmapResult { unmap(Interval(start: 0, last: .max)) }

    /// Splits the area holding `iova` so that `iova` becomes the last byte of
    /// its first half (`iopt_area_split`, used by VFIO type1 v1 unmaps). No
    /// area there, or `iova` at its first or last byte → nothing to do. The
    /// cut must leave both halves aligned (IOVA and page offset) → else
    /// EINVAL; an area filled into domains while large pages are allowed →
    /// EINVAL.
    mutating func split(at iova: UInt64) throws(Errno) {
        guard let handle = areas.firstIntersecting(Interval(start: iova, last: iova)),
            let area = areas.value(handle)
        else { return }
        let range = areas.interval(handle)
        if iova == range.start || iova == range.last { return }
        let newStart = iova + 1
        let rightAddress = area.userAddress &+ (newStart - range.start)
        if newStart & (iovaAlignment - 1) != 0 || rightAddress & (iovaAlignment - 1) != 0 { throw .EINVAL }
        if area.accessPins > 0 { throw .EINVAL }
        if !domains.isEmpty && !largePagesDisabled { throw .EINVAL }
        if !domains.isEmpty {
            // Both halves now need their pages; the page holding the cut
            // gains a user, the others keep theirs.
            try area.backing.acquire(area.userAddress, iova - range.start + 1)
            do throws(Errno) {
                try area.backing.acquire(rightAddress, range.last - iova)
            } catch {
                area.backing.release(area.userAddress, iova - range.start + 1)
                throw error
            }
            area.backing.release(area.userAddress, range.last - range.start + 1)
        }
        areas.remove(handle)
        areas.insert(Interval(start: range.start, last: iova), area)
        var right = area
        right.userAddress = rightAddress
        areas.insert(Interval(start: newStart, last: range.last), right)
        if area.backing.isFile { area.backing.ledger.fileAreaAdded(area.backing.id) }
    }

    // MARK: Automatic IOVA allocation

    /// Picks an IOVA for `length` bytes whose first byte lives at user
    /// address `address` (`iopt_alloc_iova`, reference §2.5): the lowest
    /// address that keeps the natural alignment A = min(pow2(length),
    /// lowest set bit of `address`) capped at `HPAGE_SIZE`, with `address`'s
    /// page offset OR-ed in, inside the allowed ranges (or
    /// `[PAGE_SIZE, U64_MAX - PAGE_SIZE]`), outside reserved intervals and
    /// areas. Length 0 or ≥ 2^63 → EOVERFLOW; A below the IOAS alignment →
    /// EINVAL; no room → ENOSPC.
    ///
    /// Cost: O(log n) per candidate gap (the area tree finds the next gap
    /// that is long enough); only gaps that are long enough but fail after
    /// alignment cost another step each.
    func allocate(address: UInt64, length: UInt64) throws(Errno) -> UInt64 {
        guard length != 0, length < UInt64.max / 2 else { throw .EOVERFLOW }
        let lengthAlignment: UInt64 = length <= 1 ? 1 : 1 << (64 - (length - 1).leadingZeroBitCount)
        var alignment = address == 0 ? lengthAlignment : min(lengthAlignment, 1 << address.trailingZeroBitCount)
        if alignment >= HostPage.hugeSize { alignment = HostPage.hugeSize }
        guard alignment >= iovaAlignment else { throw .EINVAL }
        let pageOffset = address % HostPage.size
        let bounds = Interval(start: HostPage.size, last: .max - HostPage.size)
        let windows = allowed.isEmpty ? [bounds] : allowed.spans(in: bounds)
        for window in windows {
            guard let start = Self.alignUp(window.start, alignment, pageOffset), start <= window.last,
                window.last - start >= length - 1
            else { continue }
            for hole in reserved.holes(in: Interval(start: start, last: window.last)) {
                if let iova = firstFit(in: hole, length: length, alignment: alignment, pageOffset: pageOffset) {
                    return iova
                }
            }
        }
        throw .ENOSPC
    }

    /// `ALIGN(value, alignment) | pageOffset`, or nil when it wraps.
    private static func alignUp(_ value: UInt64, _ alignment: UInt64, _ pageOffset: UInt64) -> UInt64? {
        let (raised, overflow) = value.addingReportingOverflow(alignment - 1)
        return overflow ? nil : (raised & ~(alignment - 1)) | pageOffset
    }

    /// The lowest fitting start in the free parts of `hole` (which holds no
    /// reserved interval): each maximal gap between areas, clipped to the
    /// hole, must hold `length` bytes both before and after alignment.
    private func firstFit(in hole: Interval, length: UInt64, alignment: UInt64, pageOffset: UInt64) -> UInt64? {
        func fit(_ gap: Interval) -> UInt64? {
            guard gap.last - gap.start >= length - 1,
                let start = Self.alignUp(gap.start, alignment, pageOffset), start <= gap.last,
                gap.last - start >= length - 1
            else { return nil }
            return start
        }
        let cursor = hole.start
        // The gap holding the hole's first address, if that address is free.
        if areas.firstIntersecting(Interval(start: cursor, last: cursor)) == nil {
            let next = areas.firstIntersecting(hole).map { areas.interval($0).start }
            if let start = fit(Interval(start: cursor, last: next.map { $0 - 1 } ?? hole.last)) { return start }
            if next == nil { return nil }
        }
        // Gaps between areas that start inside the hole and are long enough.
        var from = cursor + 1
        while let gap = areas.firstGap(startingAtOrAfter: from, minimumSize: length) {
            if gap.start > hole.last { return nil }
            if let start = fit(Interval(start: gap.start, last: min(gap.last, hole.last))) { return start }
            from = gap.start + 1
        }
        // The space after the last area.
        if let lastMapped = areas.maxLast, lastMapped < hole.last, lastMapped >= cursor {
            return fit(Interval(start: lastMapped + 1, last: hole.last))
        }
        return nil
    }

    // MARK: Alignment and the HUGE_PAGES option

    /// `IOMMU_OPTION_HUGE_PAGES` SET. Enabling always works (the alignment may
    /// drop). Disabling: already off → nothing; domains and areas both
    /// present → EINVAL; else the alignment becomes at least `PAGE_SIZE`
    /// and a misaligned area → EADDRINUSE (the option stays on).
    mutating func setLargePages(enabled: Bool) throws(Errno) {
        if enabled {
            largePagesDisabled = false
            try? recalculateAlignment()
            return
        }
        if largePagesDisabled { return }
        if !domains.isEmpty && !areas.isEmpty { throw .EINVAL }
        largePagesDisabled = true
        do throws(Errno) {
            try recalculateAlignment()
        } catch {
            largePagesDisabled = false
            throw error
        }
    }

    /// `iopt_calculate_iova_alignment`: the largest of `PAGE_SIZE` (large
    /// pages disabled), every domain's smallest page and every access's
    /// alignment. Raising it requires
    /// every area to conform → else EADDRINUSE.
    private mutating func recalculateAlignment() throws(Errno) {
        var alignment: UInt64 = largePagesDisabled ? HostPage.size : 1
        for domain in domains { alignment = max(alignment, Self.smallestPage(domain)) }
        for accessAlignment in accessAlignments.values { alignment = max(alignment, accessAlignment) }
        if alignment > iovaAlignment { try checkAreasConform(to: alignment) }
        iovaAlignment = alignment
    }

    /// `iopt_check_iova_alignment`: every area's IOVA, length and page offset
    /// must be multiples of `alignment` → else EADDRINUSE.
    private func checkAreasConform(to alignment: UInt64) throws(Errno) {
        let mask = alignment - 1
        var conforms = true
        areas.forEachIntersecting(Interval(start: 0, last: .max)) { handle in
            let range = areas.interval(handle)
            let length = range.last &- range.start &+ 1
            let offset = areas.value(handle)?.pageOffset ?? 0
            conforms = range.start & mask == 0 && length & mask == 0 && offset & mask == 0
            return conforms
        }
        if !conforms { throw .EADDRINUSE }
    }

    private static func smallestPage(_ domain: any IOASDomain) -> UInt64 {
        let bitmap = domain.pageSizeBitmap
        return bitmap == 0 ? 1 : 1 << bitmap.trailingZeroBitCount
    }

    // MARK: Domains (extension point for HWPT_PAGING)

    /// Whether every attached domain enforces cache coherency (true with none).
    var allDomainsEnforceCoherency: Bool { domains.allSatisfy { $0.enforcesCacheCoherency } }

    /// Attaches a paging domain (`iopt_table_add_domain`): its smallest page
    /// above `PAGE_SIZE` → EINVAL; raising the alignment needs every area to
    /// conform → EADDRINUSE; its aperture complement is reserved (an area or
    /// allowed range outside the aperture → EADDRINUSE); if it is the first
    /// domain every area is pinned (unreadable user memory → EFAULT); every
    /// area is mirrored into it. Nothing changes on failure.
    mutating func addDomain(_ domain: any IOASDomain) throws(Errno) {
        let alignment = max(Self.smallestPage(domain), iovaAlignment)
        if alignment > HostPage.size { throw .EINVAL }
        if alignment != iovaAlignment { try checkAreasConform(to: alignment) }
        let owner = IOVAReservationOwner.domain(ObjectIdentifier(domain))
        do throws(Errno) {
            if domain.apertureStart != 0 {
                try reserve(Interval(start: 0, last: domain.apertureStart - 1), owner: owner)
            }
            if domain.apertureLast != .max {
                try reserve(Interval(start: domain.apertureLast + 1, last: .max), owner: owner)
            }
            let existing = areaList
            var pinned: [(Interval, IOVAArea)] = []
            do throws(Errno) {
                if domains.isEmpty {
                    for (range, area) in existing {
                        try Self.pin(range, area)
                        pinned.append((range, area))
                    }
                }
                var mirrored: [Interval] = []
                do throws(Errno) {
                    for (range, area) in existing {
                        try domain.map(range, area, largePages: !largePagesDisabled)
                        mirrored.append(range)
                    }
                } catch {
                    for range in mirrored { domain.unmap(range) }
                    throw error
                }
            } catch {
                for (range, area) in pinned { Self.unpin(range, area) }
                throw error
            }
        } catch {
            removeReservations(of: owner)
            throw error
        }
        iovaAlignment = alignment
        domains.append(domain)
    }

    /// Detaches a paging domain (`iopt_table_remove_domain`): its mirror is
    /// emptied, its reservations dropped, the areas unpinned if it was the
    /// last domain, and the alignment recalculated (it can only drop).
    mutating func removeDomain(_ domain: any IOASDomain) {
        guard let index = domains.firstIndex(where: { $0 === domain }) else { return }
        domains.remove(at: index)
        let existing = areaList
        for (range, area) in existing {
            domain.unmap(range)
            if domains.isEmpty { Self.unpin(range, area) }
        }
        removeReservations(of: .domain(ObjectIdentifier(domain)))
        try? recalculateAlignment()
    }

    // MARK: Accesses (in-kernel users: selftest CREATE_ACCESS, emulated VFIO devices)

    /// Adds an access that needs `alignment` (`iopt_add_access`): raising
    /// the IOAS alignment needs every area to conform → else EADDRINUSE and
    /// nothing changes.
    mutating func addAccess(_ access: ObjectIdentifier, alignment: UInt64) throws(Errno) {
        accessAlignments[access] = alignment
        do throws(Errno) {
            try recalculateAlignment()
        } catch {
            accessAlignments[access] = nil
            throw error
        }
    }

    /// Removes an access (`iopt_remove_access`); the alignment may drop.
    mutating func removeAccess(_ access: ObjectIdentifier) {
        accessAlignments[access] = nil
        try? recalculateAlignment()
    }

    /// Pins `range` for an access (`iopt_access_pages`): the range must be
    /// covered by mappings without a hole → else ENOENT; where two mappings
    /// meet inside it, both must end and start on a CPU page boundary → else
    /// EINVAL; each mapping must allow the access (write needs WRITEABLE,
    /// read READABLE) → else EPERM; the pages must be readable → else
    /// EFAULT. All or nothing. Returns what was pinned.
    mutating func accessPin(_ range: Interval, write: Bool) throws(Errno) -> [AccessPinPiece] {
        var pieces: [AccessPinPiece] = []
        var cursor = range.start
        do throws(Errno) {
            while true {
                guard let handle = areas.firstIntersecting(Interval(start: cursor, last: cursor)),
                    var area = areas.value(handle)
                else { throw .ENOENT }
                let iova = areas.interval(handle)
                let last = min(range.last, iova.last)
                let startAddress = area.userAddress &+ (cursor - iova.start)
                // Interior boundaries between areas must fall on page boundaries.
                if cursor != range.start && startAddress % HostPage.size != 0 { throw .EINVAL }
                if last != range.last && (area.userAddress &+ (iova.last - iova.start) &+ 1) % HostPage.size != 0 {
                    throw .EINVAL
                }
                if write ? !area.writeable : !area.readable { throw .EPERM }
                let length = last - cursor + 1
                try area.backing.acquire(startAddress, length)
                area.accessPins += 1
                areas.setValue(area, for: handle)
                pieces.append(AccessPinPiece(area: iova, backing: area.backing, userAddress: startAddress, length: length))
                if last == range.last { return pieces }
                cursor = last + 1
            }
        } catch {
            accessUnpin(pieces)
            throw error
        }
    }

    /// The area holding `iova`: the user address behind `iova`, the area's
    /// last IOVA and its permissions; nil when unmapped.
    func translateRun(_ iova: UInt64) -> (address: UInt64, last: UInt64, writable: Bool, readable: Bool)? {
        guard let handle = areas.firstIntersecting(Interval(start: iova, last: iova)), let area = areas.value(handle)
        else { return nil }
        let range = areas.interval(handle)
        return (area.userAddress &+ (iova - range.start), range.last, area.writeable, area.readable)
    }

    /// The parts of `range` covered by areas back to back from its first
    /// byte (the kernel's `iopt_for_each_contig_area`), one per area, and
    /// whether they reach its last byte (`iopt_area_contig_done`).
    func contiguousRuns(_ range: Interval) -> (runs: [Interval], complete: Bool) {
        var runs: [Interval] = []
        var cursor = range.start
        var complete = false
        areas.forEachIntersecting(range) { handle in
            let area = areas.interval(handle)
            guard area.start <= cursor else { return false }
            let last = min(area.last, range.last)
            runs.append(Interval(start: cursor, last: last))
            if last == range.last {
                complete = true
                return false
            }
            cursor = last + 1
            return true
        }
        return (runs, complete)
    }

    /// Reads (`write` false: appended to `data`) or writes (from `data`) the
    /// memory behind `range` for an access (`iommufd_access_rw`): the range
    /// must be covered by mappings without a hole → else ENOENT; each must
    /// allow it (write needs WRITEABLE, read READABLE) → else EPERM; the
    /// memory must be there → else EFAULT. Pieces before a failure stay copied.
    func copy(_ range: Interval, write: Bool, data: inout [UInt8]) throws(Errno) {
        var cursor = range.start
        var done = 0
        while true {
            guard let handle = areas.firstIntersecting(Interval(start: cursor, last: cursor)),
                let area = areas.value(handle)
            else { throw .ENOENT }
            let iova = areas.interval(handle)
            if write ? !area.writeable : !area.readable { throw .EPERM }
            let last = min(range.last, iova.last)
            let count = Int(last - cursor + 1)
            let address = area.userAddress &+ (cursor - iova.start)
            if write {
                try UserMemory.write(address, Array(data[done..<done + count]))
            } else {
                data += try UserMemory.read(address, count: count)
            }
            done += count
            if last == range.last { return }
            cursor = last + 1
        }
    }

    /// Takes back access pins.
    mutating func accessUnpin(_ pieces: [AccessPinPiece]) {
        for piece in pieces {
            piece.backing.release(piece.userAddress, piece.length)
            if let handle = areas.firstIntersecting(Interval(start: piece.area.start, last: piece.area.start)),
                var area = areas.value(handle), areas.interval(handle) == piece.area
            {
                area.accessPins -= 1
                areas.setValue(area, for: handle)
            }
        }
    }

    /// Pins new areas for the attached domains and mirrors them into each;
    /// all or nothing. Without domains nothing is pinned and the user memory
    /// is not even looked at (reference §2.5 step 9): the failure would
    /// surface when a domain is added.
    private mutating func populateDomains(_ placed: [(Interval, IOVAArea)]) throws(Errno) {
        guard !domains.isEmpty else { return }
        var pinned: [(Interval, IOVAArea)] = []
        do throws(Errno) {
            for (range, area) in placed {
                try Self.pin(range, area)
                pinned.append((range, area))
            }
            var mirrored: [(any IOASDomain, Interval)] = []
            do throws(Errno) {
                for domain in domains {
                    for (range, area) in placed {
                        try domain.map(range, area, largePages: !largePagesDisabled)
                        mirrored.append((domain, range))
                    }
                }
            } catch {
                for (domain, range) in mirrored { domain.unmap(range) }
                throw error
            }
        } catch {
            for (range, area) in pinned { Self.unpin(range, area) }
            throw error
        }
    }

    /// Pins the user memory behind the area mapped at `range` for the
    /// domains (``IOVABacking/acquire(_:_:)``): unreadable → EFAULT.
    private static func pin(_ range: Interval, _ area: IOVAArea) throws(Errno) {
        try area.backing.acquire(area.userAddress, range.last - range.start + 1)
    }

    /// Undoes ``pin(_:_:)``.
    private static func unpin(_ range: Interval, _ area: IOVAArea) {
        area.backing.release(area.userAddress, range.last - range.start + 1)
    }

    /// Drops an unmapped area from every domain and unpins it.
    private mutating func releaseFromDomains(_ range: Interval, _ area: IOVAArea) {
        guard !domains.isEmpty else { return }
        for domain in domains { domain.unmap(range) }
        Self.unpin(range, area)
    }
}

extension IntervalTree {
    /// The merged used spans within `window`, clipped to it (overlapping and
    /// adjacent intervals merge), ascending.
    func spans(in window: Interval) -> [Interval] {
        var spans: [Interval] = []
        forEachIntersecting(window) { handle in
            let used = interval(handle)
            let clipped = Interval(start: max(used.start, window.start), last: min(used.last, window.last))
            if let previous = spans.last, previous.last == .max || clipped.start <= previous.last + 1 {
                spans[spans.count - 1].last = max(previous.last, clipped.last)
            } else {
                spans.append(clipped)
            }
            return true
        }
        return spans
    }
}
