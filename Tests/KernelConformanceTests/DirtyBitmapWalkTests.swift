// How IOMMU_HWPT_GET_DIRTY_BITMAP walks its range since Linux 6.12.118
// ("iommufd/iova_bitmap: Ensure that iova_bitmap_set() handles the full
// IOVA", docs/fidelity.md): the driver reads each area in turn from the
// range's first byte and its result is passed on. A hole fails the read with
// EINVAL after the areas before it were read (and cleared); a dirty huge IO
// page reaching past the range is not recorded and fails the read with
// EPROTO (and is cleared all the same). Until 6.12.117 both came back as
// success. Not selftest ports; written against any Kernel like the rest of
// this target, so `make vm-test` compares them with the real kernel.

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

@Suite struct DirtyBitmapWalkTests {
    /// A mock device on a dirty-tracking HWPT of the fixture's IOAS (tracking
    /// enabled), and a zeroed bitmap of `words` u64s.
    private struct Tracked {
        let fixture: IOASFixture
        let stdev: UInt32
        let hwpt: UInt32

        init(hugeIOVA: Bool) throws {
            fixture = try IOASFixture(.noDomain)
            let fd = fixture.iommufd
            if !hugeIOVA {
                let e = fd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET, object: fixture.ioas, value: 0).error
                try #require(e == nil)
            }
            let mock = fd.mockDomain(fixture.ioas, flags: hugeIOVA ? mockFlagDeviceHugeIOVA : nil)
            try #require(mock.error == nil)
            let dirty = fd.hwptAlloc(device: mock.device, pt: fixture.ioas, flags: hwptFlagDirtyTracking)
            try #require(dirty.error == nil)
            try #require(fd.mockDomainReplace(mock.stdev, dirty.hwpt).error == nil)
            try #require(fd.setDirtyTracking(dirty.hwpt, true) == nil)
            stdev = mock.stdev
            hwpt = dirty.hwpt
        }

        /// Marks the mock pages at `indexes` (MOCK_PAGE_SIZE granules from
        /// the aperture start) dirty; how many existed.
        func markDirty(_ indexes: [UInt64], span: UInt64) -> UInt64 {
            var marks = [UInt64](repeating: 0, count: Int((span / mockPageSize + 63) / 64))
            for index in indexes { marks[Int(index / 64)] |= 1 << (index % 64) }
            return marks.withUnsafeMutableBytes { raw in
                fixture.iommufd.mockDirty(hwpt, length: span, iova: mockApertureStart, pageSize: mockPageSize,
                                          bitmap: UInt64(UInt(bitPattern: raw.baseAddress))).count
            }
        }

        /// GET_DIRTY_BITMAP of `[mockApertureStart + offset, + length)` at
        /// MOCK_PAGE_SIZE granules into a zeroed bitmap: the errno and the
        /// bitmap's words.
        func read(offset: UInt64, length: UInt64, flags: UInt32 = 0) -> (error: Errno?, words: [UInt64]) {
            var words = [UInt64](repeating: 0, count: Int((length / mockPageSize + 63) / 64))
            let error = words.withUnsafeMutableBytes { raw in
                fixture.iommufd.getDirtyBitmap(hwpt, length: length, iova: mockApertureStart + offset,
                                               pageSize: mockPageSize,
                                               bitmap: UInt64(UInt(bitPattern: raw.baseAddress)), flags: flags)
            }
            return (error, words)
        }

        func teardown() {
            let fd = fixture.iommufd
            #expect(fd.mockDomainReplace(stdev, fixture.ioas).error == nil)
            #expect(fd.destroy(hwpt) == nil)
            #expect(fd.destroy(stdev) == nil)
            fixture.teardown()
        }
    }

    /// Two runs of two pages with a two-page hole between them, a dirty
    /// page at the start of each run: a read across the hole → EINVAL, with
    /// the first run's bit written and cleared and the second run untouched;
    /// a read starting in the hole → EINVAL; a read of either run alone
    /// succeeds.
    @Test func aHoleFailsTheReadAfterTheAreasBeforeIt() throws {
        let t = try Tracked(hugeIOVA: false)
        let buffer = try AlignedBuffer(size: 4 * pageSize)
        #expect(t.fixture.map(buffer.address, 2 * pageSize, iova: mockApertureStart).error == nil)
        #expect(t.fixture.map(buffer.address + 2 * pageSize, 2 * pageSize, iova: mockApertureStart + 4 * pageSize)
            .error == nil)
        let perPage = pageSize / mockPageSize
        #expect(t.markDirty([0, 4 * perPage], span: 6 * pageSize) == 2)

        let across = t.read(offset: 0, length: 6 * pageSize)
        #expect(across.error == .EINVAL, "the hole (6.12.117 and before: success)")
        #expect(across.words[0] == 1, "the run before the hole was read")
        #expect(t.read(offset: 2 * pageSize, length: 2 * pageSize).error == .EINVAL, "starting in the hole")
        let first = t.read(offset: 0, length: 2 * pageSize)
        #expect(first.error == nil)
        #expect(first.words == [0], "the failed read cleared the first run")
        let second = t.read(offset: 4 * pageSize, length: 2 * pageSize)
        #expect(second.error == nil)
        #expect(second.words == [1], "the run after the hole was not read")

        #expect(t.fixture.unmap(mockApertureStart, 6 * pageSize).unmapped == 4 * pageSize)
        t.teardown()
    }

    /// A dirty 1 MiB mock IO page read through half of it: the driver reports
    /// the whole page, which does not fit → EPROTO, no bit written, and the
    /// page is clean afterwards (NO_CLEAR keeps it). A read of the whole page
    /// sets all 512 bits.
    @Test func aHugePageReachingPastTheRangeIsEPROTO() throws {
        let t = try Tracked(hugeIOVA: true)
        let buffer = try AlignedBuffer(size: hugePageSize)
        #expect(t.fixture.map(buffer.address, hugePageSize, iova: mockApertureStart).error == nil)
        let half = mockHugePageSize / 2, all = [UInt64](repeating: .max, count: Int(mockHugePageSize / mockPageSize / 64))

        #expect(t.markDirty([0], span: mockHugePageSize) == 1)
        let kept = t.read(offset: 0, length: half, flags: UInt32(IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR.rawValue))
        #expect(kept.error == .EPROTO, "6.12.117 and before: success, the bits past the range dropped")
        #expect(kept.words.allSatisfy { $0 == 0 })
        let whole = t.read(offset: 0, length: mockHugePageSize)
        #expect(whole.error == nil)
        #expect(whole.words == all, "NO_CLEAR kept the page dirty; every bit of the IO page")

        #expect(t.markDirty([0], span: mockHugePageSize) == 1)
        #expect(t.read(offset: 0, length: half).error == .EPROTO)
        let after = t.read(offset: 0, length: mockHugePageSize)
        #expect(after.error == nil)
        #expect(after.words.allSatisfy { $0 == 0 }, "the failed read cleared the page")

        #expect(t.markDirty([0], span: mockHugePageSize) == 1)
        #expect(t.read(offset: half, length: half).error == .EPROTO, "starting inside the page")

        #expect(t.fixture.unmap(mockApertureStart, hugePageSize).error == nil)
        t.teardown()
    }
}
