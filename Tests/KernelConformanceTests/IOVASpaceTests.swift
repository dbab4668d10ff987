// Unit tests of the simulated kernel's IOAS internals: the interval tree, the
// IOVA space (with a stand-in paging domain, independent of the HWPTs) and its
// scale. They always run against the simulation, whatever
// IOMMUD_CONFORMANCE_KERNEL says.

#if canImport(Glibc)
import Glibc
#endif
import Posix
@testable import SimulatedKernel
import Testing

/// A deterministic generator (xorshift64*), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
}

@Suite struct IntervalTreeTests {
    /// The ledger's per-backing users: pages pinned once however many users,
    /// unpinned with the last; an unreadable page anywhere in a first pin →
    /// EFAULT with nothing pinned (one batched probe); backings independent.
    @Test func pinLedgerCountsUsersPerBackingAndPage() throws {
        let page = HostPage.size
        let count = 64
        guard let mem = mmap(nil, Int(page) * count, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            mem != MAP_FAILED
        else {
            Issue.record("mmap failed")
            return
        }
        defer { munmap(mem, Int(page) * count) }
        let base = UInt64(UInt(bitPattern: mem))
        let ledger = PinLedger()
        let a = IOVABacking(writable: true, ledger: ledger), b = IOVABacking(writable: true, ledger: ledger)
        #expect(mprotect(mem + Int(page) * 40, Int(page), PROT_NONE) == 0)
        #expect(throws: Errno.EFAULT) { try a.acquire(base, page * UInt64(count)) }
        #expect(ledger.pinnedPageCount == 0)
        try a.acquire(base, page * 32)
        try a.acquire(base + page, 10)
        try b.acquire(base, page)
        #expect(ledger.pinnedPageCount == 32 && ledger.count(base) == 2 && ledger.count(base + page) == 1)
        #expect(throws: Errno.EFAULT) { try a.acquire(base + page * 39, page * 2) }
        #expect(ledger.pinnedPageCount == 32)
        a.release(base, page * 32)
        #expect(ledger.pinnedPageCount == 2 && ledger.count(base) == 1 && ledger.count(base + page) == 1)
        a.release(base + page, 10)
        b.release(base, page)
        #expect(ledger.pinnedPageCount == 0)
    }

    /// A mapping's share of the tree: its node and its value, with no
    /// allocation of its own (bench: 104 bytes resident per mapping at 1M).
    @Test func aMappingPacksIntoTheTreeWithoutAnAllocation() {
        #expect(MemoryLayout<IOVAArea?>.stride <= 40)
        #expect(MemoryLayout<IOVABacking>.size <= 24)
        let ledger = PinLedger()
        let a = IOVABacking(writable: true, ledger: ledger), b = IOVABacking(writable: true, ledger: ledger)
        #expect(a.id != b.id)
    }

    /// Random inserts and removals of possibly overlapping intervals, checked
    /// against a plain list after every step: intersection queries, holes,
    /// order, and the AVL/augmentation invariants.
    @Test func matchesABruteForceModelWithOverlaps() {
        var rng = SeededGenerator(seed: 1)
        var tree = IntervalTree<Int>()
        var model: [IntervalTree<Int>.Handle: (Interval, Int)] = [:]
        for step in 0..<3000 {
            if model.isEmpty || rng.next() % 3 != 0 {
                let start = rng.next() % 1000
                let interval = Interval(start: start, last: start + rng.next() % 40)
                let handle = tree.insert(interval, step)
                #expect(model[handle] == nil)
                model[handle] = (interval, step)
            } else if let victim = model.keys.randomElement(using: &rng) {
                #expect(tree.remove(victim) == model[victim]?.1)
                model[victim] = nil
            }
            let probeStart = rng.next() % 1100
            let probe = Interval(start: probeStart, last: probeStart + rng.next() % 60)
            let expected = model.filter { $0.value.0.intersects(probe) }
                .sorted { ($0.value.0.start, $0.key) < ($1.value.0.start, $1.key) }.map(\.key)
            var visited: [Int] = []
            tree.forEachIntersecting(probe) { visited.append($0); return true }
            #expect(visited == expected, "step \(step)")
            #expect(tree.firstIntersecting(probe) == expected.first, "step \(step)")
            #expect(tree.count == model.count)
            if step % 100 == 0 {
                #expect(tree.holes(in: probe) == bruteHoles(model.values.map(\.0), probe), "step \(step)")
                #expect(tree.invariantViolation() == nil, "step \(step)")
            }
        }
    }

    /// A tree told its intervals are disjoint answers intersection searches
    /// along one path; the answers are those of a plain list, through
    /// inserts and removals.
    @Test func disjointSearchMatchesABruteForceModel() {
        var rng = SeededGenerator(seed: 11)
        var tree = IntervalTree<Int>(disjoint: true)
        var model: [IntervalTree<Int>.Handle: Interval] = [:]
        for step in 0..<4000 {
            let start = rng.next() % 2000
            let candidate = Interval(start: start, last: start + rng.next() % 12)
            if rng.next() % 3 != 0 {
                if !model.values.contains(where: { $0.intersects(candidate) }) {
                    model[tree.insert(candidate, step)] = candidate
                }
            } else if let victim = model.keys.randomElement(using: &rng) {
                tree.remove(victim)
                model[victim] = nil
            }
            let probeStart = rng.next() % 2100
            let probe = Interval(start: probeStart, last: probeStart + (step % 2 == 0 ? 0 : rng.next() % 30))
            let expected = model.filter { $0.value.intersects(probe) }.min { $0.value.start < $1.value.start }?.key
            #expect(tree.firstIntersecting(probe) == expected, "step \(step), probe \(probe)")
        }
        #expect(tree.invariantViolation() == nil)
    }

    /// Gap search over disjoint intervals matches a linear scan.
    @Test func gapSearchMatchesALinearScan() {
        var rng = SeededGenerator(seed: 7)
        var tree = IntervalTree<Void>()
        var placed: [IntervalTree<Void>.Handle: Interval] = [:]
        for _ in 0..<400 {
            let start = (rng.next() % 5000) * 4
            let candidate = Interval(start: start, last: start + rng.next() % 16)
            if tree.firstIntersecting(candidate) == nil { placed[tree.insert(candidate, ())] = candidate }
        }
        for _ in 0..<120 {
            if let victim = placed.keys.randomElement(using: &rng) {
                tree.remove(victim)
                placed[victim] = nil
            }
        }
        let sorted = placed.values.sorted { $0.start < $1.start }
        for _ in 0..<2000 {
            let from = rng.next() % 21000
            let size = 1 + rng.next() % 40
            var expected: Interval? = nil
            for (a, b) in zip(sorted, sorted.dropFirst()) where b.start > a.last + 1 {
                let gap = Interval(start: a.last + 1, last: b.start - 1)
                if gap.start >= from && gap.last - gap.start + 1 >= size {
                    expected = gap
                    break
                }
            }
            #expect(tree.firstGap(startingAtOrAfter: from, minimumSize: size) == expected, "from \(from) size \(size)")
        }
    }

    /// The tree stays balanced through sequential inserts and removals.
    @Test func staysBalanced() {
        var tree = IntervalTree<Int>()
        var handles: [Int] = []
        for i in 0..<UInt64(5000) { handles.append(tree.insert(Interval(start: i * 10, last: i * 10 + 4), Int(i))) }
        for (i, h) in handles.enumerated() where i % 3 == 0 { tree.remove(h) }
        #expect(tree.count == 5000 - (5000 + 2) / 3)
        #expect(tree.invariantViolation() == nil)
        #expect(tree.maxLast == 4999 * 10 + 4)
    }

    private func bruteHoles(_ intervals: [Interval], _ window: Interval) -> [Interval] {
        var holes: [Interval] = []
        var start: UInt64? = nil
        for address in window.start...window.last {
            let used = intervals.contains { $0.start <= address && address <= $0.last }
            if !used, start == nil { start = address }
            if used, let s = start {
                holes.append(Interval(start: s, last: address - 1))
                start = nil
            }
        }
        if let s = start { holes.append(Interval(start: s, last: window.last)) }
        return holes
    }
}

/// A paging domain for the IOAS's domain extension point, shaped like the
/// selftest mock: aperture [16 MiB, 2 GiB − 1], 2 KiB and 1 MiB pages.
final class StandInDomain: IOASDomain {
    let apertureStart: UInt64 = 1 << 24
    let apertureLast: UInt64 = (1 << 31) - 1
    let pageSizeBitmap: UInt64 = 2048 | (1 << 20)
    let enforcesCacheCoherency = false
    /// IOVA → user address of what is mirrored.
    var mirror: [UInt64: UInt64] = [:]

    func map(_ iova: Interval, _ area: IOVAArea, largePages: Bool) throws(Errno) { mirror[iova.start] = area.userAddress }
    func unmap(_ iova: Interval) { mirror[iova.start] = nil }
}

@Suite struct IOVASpaceTests {
    private func piece(_ address: UInt64, _ length: UInt64, writable: Bool = true) -> IOVAPiece {
        IOVAPiece(backing: IOVABacking(writable: writable, ledger: PinLedger()), userAddress: address, length: length)
    }

    /// A domain narrows the ranges to its aperture, raises the alignment to
    /// its smallest page, refuses fixed maps outside (EINVAL), checks user
    /// memory from then on (EFAULT) and mirrors mappings; removing it undoes
    /// all of that.
    @Test func domainExtensionPoint() throws {
        let buffer = try TestBuffer()
        var space = IOVASpace()
        let domain = StandInDomain()
        try space.addDomain(domain)
        #expect(space.usableRanges() == [Interval(start: 1 << 24, last: (1 << 31) - 1)])
        #expect(space.iovaAlignment == 2048)
        #expect(throws: Errno.EINVAL) {
            try space.map([piece(buffer.address, pageSize)], length: pageSize, at: 0, writeable: true, readable: true)
        }
        // Unreadable memory: the pin fails.
        let unreadable = try TestBuffer(protection: PROT_NONE)
        #expect(throws: Errno.EFAULT) {
            try space.map([piece(unreadable.address, pageSize)], length: pageSize, at: 1 << 24, writeable: true,
                          readable: true)
        }
        #expect(space.areas.isEmpty)
        let iova = try space.map([piece(buffer.address, pageSize)], length: pageSize, at: nil, writeable: true,
                                 readable: true)
        #expect(iova >= 1 << 24)
        #expect(domain.mirror[iova] == buffer.address)
        #expect(space.unmap(Interval(start: iova, last: iova + pageSize - 1)).unmapped == pageSize)
        #expect(domain.mirror.isEmpty)
        space.removeDomain(domain)
        #expect(space.usableRanges() == [Interval(start: 0, last: .max)])
        #expect(space.iovaAlignment == 1)
    }

    /// Adding a domain checks what is already there: a mapping outside the
    /// aperture → EADDRINUSE, unreadable memory behind a mapping → EFAULT
    /// (the no-domain IOAS never looked at it); nothing changes on failure.
    @Test func addingADomainValidatesExistingMappings() throws {
        let buffer = try TestBuffer()
        var space = IOVASpace()
        _ = try space.map([piece(buffer.address, pageSize)], length: pageSize, at: 0, writeable: true, readable: true)
        #expect(throws: Errno.EADDRINUSE) { try space.addDomain(StandInDomain()) }
        #expect(space.usableRanges() == [Interval(start: 0, last: .max)])
        #expect(space.unmapAll().unmapped == pageSize)

        let unreadable = try TestBuffer(protection: PROT_NONE)
        _ = try space.map([piece(unreadable.address, pageSize)], length: pageSize, at: 1 << 24, writeable: true,
                          readable: true)
        #expect(throws: Errno.EFAULT) { try space.addDomain(StandInDomain()) }
        #expect(space.domains.isEmpty)
        #expect(space.iovaAlignment == 1)
    }

    /// HUGE_PAGES=0 is refused once domains and mappings both exist.
    @Test func hugePagesOffNeedsNoDomainWithMappings() throws {
        let buffer = try TestBuffer()
        var space = IOVASpace()
        try space.addDomain(StandInDomain())
        _ = try space.map([piece(buffer.address, pageSize)], length: pageSize, at: 1 << 24, writeable: true,
                          readable: true)
        #expect(throws: Errno.EINVAL) { try space.setLargePages(enabled: false) }
    }

    /// Automatic allocation: lowest first fit above page 0, with the natural
    /// alignment and the user address's page offset.
    @Test func automaticAllocationIsLowestFirstFit() throws {
        var space = IOVASpace()
        let a = try space.map([piece(0x20_0000, pageSize)], length: pageSize, at: nil, writeable: true, readable: true)
        #expect(a == pageSize)
        let b = try space.map([piece(0x20_0000, 2 * pageSize)], length: 2 * pageSize, at: nil, writeable: true,
                              readable: true)
        #expect(b == 2 * pageSize)
        let c = try space.map([piece(0x20_0800, 0x800)], length: 0x800, at: nil, writeable: true, readable: true)
        #expect(c == 4 * pageSize + 0x800)
        _ = space.unmap(Interval(start: a, last: a + pageSize - 1))
        let d = try space.map([piece(0x30_0000, pageSize)], length: pageSize, at: nil, writeable: true, readable: true)
        #expect(d == pageSize, "the freed gap is reused")
        let e = try space.map([piece(0x20_0000, 1 << 21)], length: 1 << 21, at: nil, writeable: true, readable: true)
        #expect(e == 1 << 21)
    }

    /// Scale: 100,000 fixed maps then unmaps, and 100,000 automatic maps then
    /// unmaps in a scattered order, against the same at 10,000: ten times
    /// the mappings must cost well under forty times the time (n log n is
    /// about 12×, a quadratic step 100×). A ratio measured in one run, not
    /// an absolute time: the shared machines here move absolute times by 2×.
    @Test func scale100k() throws {
        let small = try scaleRun(10_000)
        let large = try scaleRun(100_000)
        print("IOVASpace scale: 10,000 fixed map+unmap \(small.fixed), automatic \(small.automatic); "
            + "100,000 fixed \(large.fixed), automatic \(large.automatic)")
        #expect(large.fixed < small.fixed * 40)
        #expect(large.automatic < small.automatic * 40)
    }

    /// `count` fixed maps then unmaps, and `count` automatic maps then
    /// unmaps in a scattered order, on one IOVA space: how long each took.
    func scaleRun(_ count: Int) throws -> (fixed: Duration, automatic: Duration) {
        var space = IOVASpace()
        let clock = ContinuousClock()
        var unmapped: UInt64 = 0
        let fixed = try clock.measure {
            for i in 0..<UInt64(count) {
                _ = try space.map([piece(0x20_0000, pageSize)], length: pageSize, at: (i + 1) * 2 * pageSize,
                                  writeable: true, readable: true)
            }
            #expect(space.areas.count == count)
            for i in 0..<UInt64(count) {
                let iova = (i + 1) * 2 * pageSize
                unmapped += space.unmap(Interval(start: iova, last: iova + pageSize - 1)).unmapped
            }
        }
        #expect(unmapped == UInt64(count) * pageSize)
        unmapped = 0
        var iovas: [UInt64] = []
        iovas.reserveCapacity(count)
        let automatic = try clock.measure {
            for _ in 0..<count {
                iovas.append(try space.map([piece(0x20_0000, pageSize)], length: pageSize, at: nil, writeable: true,
                                           readable: true))
            }
            var rng = SeededGenerator(seed: 3)
            iovas.shuffle(using: &rng)
            for iova in iovas { unmapped += space.unmap(Interval(start: iova, last: iova + pageSize - 1)).unmapped }
        }
        #expect(unmapped == UInt64(count) * pageSize)
        #expect(Set(iovas).count == count)
        #expect(space.areas.isEmpty)
        return (fixed, automatic)
    }

    /// One IOAS holding 1,000,000 mappings: a fixed and an automatic map and
    /// unmap at that size cost about what they cost in an empty IOAS
    /// (O(log n)). Opt-in (IOMMUD_SCALE_1M=1): filling it takes seconds.
    @Test(.enabled(if: getenv("IOMMUD_SCALE_1M") != nil, "set IOMMUD_SCALE_1M=1"))
    func scale1M() throws {
        let count = 1_000_000
        var space = IOVASpace()
        let clock = ContinuousClock()
        let fill = try clock.measure {
            for i in 0..<UInt64(count) {
                _ = try space.map([piece(0x20_0000, pageSize)], length: pageSize, at: (i + 1) * 2 * pageSize,
                                  writeable: true, readable: true)
            }
        }
        #expect(space.areas.count == count)
        let rounds = 10_000
        var iovas: [UInt64] = []
        let perOperation = try clock.measure {
            for i in 0..<UInt64(rounds) {
                // A hole in the middle, then one automatic map beyond the end.
                let hole = (UInt64(count / 2) + i + 1) * 2 * pageSize
                _ = space.unmap(Interval(start: hole, last: hole + pageSize - 1))
                _ = try space.map([piece(0x20_0000, pageSize)], length: pageSize, at: hole, writeable: true,
                                  readable: true)
                iovas.append(try space.map([piece(0x20_0000, pageSize)], length: pageSize, at: nil, writeable: true,
                                           readable: true))
            }
            for iova in iovas { _ = space.unmap(Interval(start: iova, last: iova + pageSize - 1)) }
        } / (rounds * 4)
        let drain = clock.measure { _ = space.unmapAll() }
        print("IOVASpace 1M: fill \(fill), per map/unmap at 1M \(perOperation), unmap all \(drain)")
        #expect(space.areas.isEmpty)
    }
}
