import Posix

/// The VFIO type1 IOMMU backend of one legacy container (the kernel's
/// `struct vfio_iommu` in `vfio_iommu_type1.c`, reference §5.1), created by
/// VFIO_SET_IOMMU and released when the container's last group leaves.
///
/// Unlike iommufd it keeps its own list of mappings (`vfio_dma`), each
/// pinned once and accounted once however many domains mirror it, and one
/// `iommu_domain` per set of groups that cannot share one:
///
/// - a joining group first gets a fresh domain; an existing domain of the
///   same driver with the same enforce-cache-coherency property is tried
///   first and, if it accepts the group, the fresh domain is dropped;
/// - otherwise the fresh domain is kept and every existing mapping is
///   replayed into it (no new pin, no new accounting: the pages come from
///   the first domain).
///
/// Which domain accepts a group is the IOMMU driver's decision. The
/// simulation ties a type1 domain to the IOMMU unit it was allocated for:
/// a group behind another unit is refused and gets its own domain (what
/// SMMUv3 does; VT-d may let units with compatible capabilities share one,
/// which userspace cannot observe except through the domain count this
/// simulation exposes).
final class SimType1IOMMU {
    /// One `vfio_domain`: a paging domain and the groups attached to it.
    final class Domain {
        let paging: SimPagingDomain
        /// The IOMMU unit it was allocated for (the compatibility rule above).
        let unit: String
        /// Its groups, by number.
        var groups: [Int]
        /// `enforce_cache_coherency` (VT-d: snoop control).
        let enforcesCacheCoherency: Bool

        init(paging: SimPagingDomain, unit: String, groups: [Int], enforcesCacheCoherency: Bool) {
            self.paging = paging
            self.unit = unit
            self.groups = groups
            self.enforcesCacheCoherency = enforcesCacheCoherency
        }
    }

    /// One `vfio_dma`: a mapping as MAP_DMA made it. Unmaps take whole
    /// mappings only.
    struct DMA {
        var vaddr: UInt64
        var size: UInt64
        var readable: Bool
        var writable: Bool
        /// The pinned pages (pinned once, at MAP_DMA).
        var backing: IOVABacking
        /// UNMAP_DMA with VADDR invalidated the user address; MAP_DMA with
        /// VADDR sets a new one.
        var vaddrInvalid = false
        /// CPU pages accounted to the container (`locked_vm`) for it.
        var accountedPages: Int
    }

    /// The kernel's `dma_entry_limit` default.
    static let dmaEntryLimit = 65535
    /// `DIRTY_BITMAP_SIZE_MAX`: bytes of a bitmap for INT_MAX pages, rounded
    /// to 64-bit words.
    static let dirtyBitmapSizeMax: UInt64 = ((UInt64(Int32.max) + 63) / 64) * 8

    /// TYPE1v2 (strict unmap, dirty tracking) rather than TYPE1.
    let v2: Bool
    let ledger: PinLedger
    private(set) var domains: [Domain] = []
    private(set) var dmas = IntervalTree<DMA>()
    /// The valid IOVA list: intersection of the apertures minus every
    /// group's reserved regions. Empty until the first domain.
    private(set) var iovaList: [Interval] = []
    /// Reserved regions of each attached group, by group number.
    private var reservedByGroup: [Int: [Interval]] = [:]
    /// VFIO_IOMMU_DIRTY_PAGES START … STOP.
    var dirtyTracking = false
    /// Pages accounted to `locked_vm` for this container.
    private(set) var accountedPages = 0
    /// Mappings whose vaddr is invalidated.
    private(set) var vaddrInvalidCount = 0

    init(v2: Bool, ledger: PinLedger) {
        self.v2 = v2
        self.ledger = ledger
    }

    /// Mapping slots left (`dma_avail`).
    var dmaAvail: Int { Self.dmaEntryLimit - dmas.count }

    /// The AND of the domains' page sizes, sub-page sizes folded into
    /// `PAGE_SIZE` (`vfio_update_pgsize_bitmap`); every size from
    /// `PAGE_SIZE` up without domains.
    var pageSizeBitmap: UInt64 {
        var bitmap = ~(HostPage.size - 1)
        for domain in domains { bitmap &= domain.paging.pageSizeBitmap }
        if bitmap & (HostPage.size - 1) != 0 {
            bitmap &= ~(HostPage.size - 1)
            bitmap |= HostPage.size
        }
        return bitmap
    }

    /// The smallest page of ``pageSizeBitmap``.
    var smallestPage: UInt64 {
        let bitmap = pageSizeBitmap
        return bitmap == 0 ? HostPage.size : 1 << UInt64(bitmap.trailingZeroBitCount)
    }

    /// VFIO_CHECK_EXTENSION(DMA_CC_IOMMU): every domain enforces coherency.
    var allDomainsEnforceCoherency: Bool { domains.allSatisfy(\.enforcesCacheCoherency) }

    // MARK: Groups

    /// What a joining group brings: its number, unit and hardware.
    struct GroupHardware {
        let group: Int
        let iommu: SimulatedIOMMU
        /// The group's reserved regions (MSI window, RMRRs), inclusive.
        let reservedRegions: [Interval]
    }

    /// `vfio_iommu_type1_attach_group`: vaddrs invalidated → EBUSY; the
    /// group already attached → EINVAL; the new domain's aperture would
    /// exclude a mapping, or a reserved region overlaps one → EINVAL; a
    /// unit that cannot isolate interrupts (no interrupt remapping) →
    /// EPERM. Then the group joins a compatible domain or a new one that
    /// gets every mapping replayed.
    func attach(_ hardware: GroupHardware) throws(Errno) {
        if vaddrInvalidCount > 0 { throw .EBUSY }
        if domains.contains(where: { $0.groups.contains(hardware.group) }) { throw .EINVAL }
        let registers = hardware.iommu.registers
        let width = registers.addressWidth
        let paging = SimPagingDomain(driver: .intel, apertureStart: 0,
                                     apertureLast: width >= 64 ? .max : (1 << UInt64(width)) - 1,
                                     pageSizeBitmap: registers.pageSizeBitmap, hasDirtyOps: false,
                                     pageWalkCoherent: registers.coherent)
        let aperture = Interval(start: paging.apertureStart, last: paging.apertureLast)
        for handle in dmas.handles {
            let range = dmas.interval(handle)
            if range.start < aperture.start || range.last > aperture.last { throw .EINVAL }
            if hardware.reservedRegions.contains(where: { $0.intersects(range) }) { throw .EINVAL }
        }
        var copy = Self.resize(iovaList, to: aperture)
        copy = Self.exclude(copy, hardware.reservedRegions)
        guard registers.interruptRemapping else { throw .EPERM }
        let coherent = registers.snoopControl
        paging.enforcesCacheCoherency = coherent

        if let existing = domains.first(where: {
            $0.paging.driver == paging.driver && $0.enforcesCacheCoherency == coherent && $0.unit == hardware.iommu.name
        }) {
            existing.groups.append(hardware.group)
        } else {
            for handle in dmas.handles {
                guard let dma = dmas.value(handle) else { continue }
                try paging.map(dmas.interval(handle), area(dma), largePages: true)
            }
            domains.append(Domain(paging: paging, unit: hardware.iommu.name, groups: [hardware.group],
                                  enforcesCacheCoherency: coherent))
        }
        reservedByGroup[hardware.group] = hardware.reservedRegions
        iovaList = copy
    }

    /// `vfio_iommu_type1_detach_group`: the group leaves its domain; a
    /// domain left empty is freed, and the IOVA list widens again (apertures
    /// and reserved regions of the groups that remain).
    func detach(group: Int) {
        guard let index = domains.firstIndex(where: { $0.groups.contains(group) }) else { return }
        domains[index].groups.removeAll { $0 == group }
        if domains[index].groups.isEmpty { domains.remove(at: index) }
        reservedByGroup[group] = nil
        var list: [Interval] = []
        for domain in domains {
            list = Self.resize(list, to: Interval(start: domain.paging.apertureStart, last: domain.paging.apertureLast))
        }
        for regions in reservedByGroup.values { list = Self.exclude(list, regions) }
        iovaList = list
    }

    /// `vfio_iommu_type1_release`: every mapping goes (unmapped, unpinned,
    /// unaccounted), then the domains.
    func release() {
        for handle in dmas.handles { remove(handle) }
        domains.removeAll()
        reservedByGroup.removeAll()
        iovaList = []
    }

    /// The domain serving `group`, if it is attached.
    func domain(of group: Int) -> SimPagingDomain? {
        domains.first { $0.groups.contains(group) }?.paging
    }

    // MARK: Mappings

    /// The IOAS-style area a domain maps for `dma`.
    private func area(_ dma: DMA) -> IOVAArea {
        IOVAArea(backing: dma.backing, userAddress: dma.vaddr, writeable: dma.writable, readable: dma.readable)
    }

    /// Whether `range` lies inside one entry of the valid IOVA list (an
    /// empty list allows everything).
    func iovaValid(_ range: Interval) -> Bool {
        iovaList.isEmpty || iovaList.contains { $0.start <= range.start && range.last <= $0.last }
    }

    /// Whether any mapping intersects `range`.
    func hasMapping(in range: Interval) -> Bool { dmas.firstIntersecting(range) != nil }

    /// The mapping holding `iova`, with its interval.
    func mapping(at iova: UInt64) -> (range: Interval, dma: DMA, handle: Int)? {
        guard let handle = dmas.firstIntersecting(Interval(start: iova, last: iova)), let dma = dmas.value(handle) else {
            return nil
        }
        return (dmas.interval(handle), dma, handle)
    }

    /// Pins `[vaddr, vaddr+size)` once (unreadable memory → EFAULT),
    /// accounts it, and maps it into every domain (`vfio_pin_map_dma`).
    /// Without domains nothing is pinned, as in the kernel.
    func map(_ range: Interval, vaddr: UInt64, readable: Bool, writable: Bool) throws(Errno) {
        let backing = IOVABacking(writable: writable, ledger: ledger)
        let size = range.last - range.start + 1
        var dma = DMA(vaddr: vaddr, size: size, readable: readable, writable: writable, backing: backing,
                      accountedPages: 0)
        if !domains.isEmpty {
            // vfio_lock_acct: charged to the process; beyond RLIMIT_MEMLOCK
            // (unless CAP_IPC_LOCK) → ENOMEM before anything is pinned.
            let pages = HostPage.pageCount(vaddr, size)
            try ledger.charge(pages, to: .process)
            do throws(Errno) {
                try backing.acquire(vaddr, size)
            } catch {
                ledger.uncharge(pages, from: .process)
                throw error
            }
            dma.accountedPages = pages
            for domain in domains { try domain.paging.map(range, area(dma), largePages: true) }
        }
        accountedPages += dma.accountedPages
        dmas.insert(range, dma)
    }

    /// Removes one mapping whole (`vfio_remove_dma`): out of every domain,
    /// unpinned, unaccounted.
    func remove(_ handle: Int) {
        let range = dmas.interval(handle)
        guard let dma = dmas.remove(handle) else { return }
        for domain in domains { domain.paging.unmap(range) }
        dma.backing.release(dma.vaddr, dma.size)
        ledger.uncharge(dma.accountedPages, from: .process)
        accountedPages -= dma.accountedPages
        if dma.vaddrInvalid { vaddrInvalidCount -= 1 }
    }

    /// Marks a mapping's vaddr invalid (UNMAP_DMA with VADDR); already
    /// invalid → false.
    func invalidateVaddr(_ handle: Int) -> Bool {
        guard var dma = dmas.value(handle), !dma.vaddrInvalid else { return false }
        dma.vaddrInvalid = true
        dmas.setValue(dma, for: handle)
        vaddrInvalidCount += 1
        return true
    }

    /// Gives an invalidated mapping its new vaddr (MAP_DMA with VADDR).
    func updateVaddr(_ handle: Int, to vaddr: UInt64) {
        guard var dma = dmas.value(handle) else { return }
        dma.vaddr = vaddr
        if dma.vaddrInvalid {
            dma.vaddrInvalid = false
            vaddrInvalidCount -= 1
        }
        dmas.setValue(dma, for: handle)
    }

    /// The mappings intersecting `range`, in IOVA order.
    func handles(in range: Interval) -> [Int] {
        var result: [Int] = []
        dmas.forEachIntersecting(range) { result.append($0); return true }
        return result
    }

    /// The interval of a stored mapping.
    func interval(_ handle: Int) -> Interval { dmas.interval(handle) }

    /// The value of a stored mapping.
    func dma(_ handle: Int) -> DMA? { dmas.value(handle) }

    // MARK: IOVA list arithmetic

    /// `vfio_iommu_aper_resize`: an empty list becomes the aperture; else
    /// every entry is clipped to it.
    static func resize(_ list: [Interval], to aperture: Interval) -> [Interval] {
        if list.isEmpty { return [aperture] }
        return list.compactMap { entry in
            let start = max(entry.start, aperture.start), last = min(entry.last, aperture.last)
            return start <= last ? Interval(start: start, last: last) : nil
        }
    }

    /// `vfio_iommu_resv_exclude`: every reserved region cut out.
    static func exclude(_ list: [Interval], _ regions: [Interval]) -> [Interval] {
        var result = list
        for region in regions {
            result = result.flatMap { entry -> [Interval] in
                guard entry.intersects(region) else { return [entry] }
                var parts: [Interval] = []
                if entry.start < region.start { parts.append(Interval(start: entry.start, last: region.start - 1)) }
                if entry.last > region.last { parts.append(Interval(start: region.last + 1, last: entry.last)) }
                return parts
            }
        }
        return result
    }
}
