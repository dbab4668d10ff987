// Selftest fixture `iommufd_ioas` (reference §4.3), variant `no_domain`: an
// IOAS without devices, base_iova 0, the 16-page test buffer from mmap.
//
// Ported here: ioas_auto_destroy, ioas_destroy, ioas_area_destroy,
// ioas_area_auto_destroy, area, unmap_fully_contained_areas, area_auto_iova
// (without its ADD_RESERVED steps), area_allowed (without its ADD_RESERVED
// steps), copy_area, iova_ranges (without its ADD_RESERVED steps),
// ioas_option_huge_pages, ioas_iova_alloc, ioas_align_change, copy_sweep.
//
// Needs the mock driver (IOMMU_TEST_CMD), not ported yet:
//   hwpt_attach        (no_domain: MOCK_DOMAIN on hwpt 0 → ENOENT)
//   reserved_overflow  (ADD_RESERVED)
//   area_auto_iova, area_allowed, iova_ranges — their ADD_RESERVED halves
//   access_domain_destory, access_pin, access_pin_unmap, access_rw,
//   access_rw_unaligned, fork_gone, fork_present (CREATE_ACCESS / ACCESS_*)
// Needs devices or HWPTs (not simulated yet):
//   get_hw_info        (no_domain: GET_HW_INFO dev 0 → ENOENT)
//   alloc_hwpt_nested  (no_domain: HWPT_ALLOC → ENOENT, MOCK_DOMAIN_REPLACE → ENOENT)
// Not in Linux 6.12 (IOMMU_IOAS_MAP_FILE and the selftest dma-buf):
//   dmabuf_simple, dmabuf_revoke
// The fixture teardown's MD_CHECK_REFS(buffer, 0) also needs the mock driver.

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

@Suite struct IOMMUFDIOASFixtureTests {
    /// ioas_auto_destroy: set up and tear down only; closing the file frees
    /// the IOAS.
    @Test func ioas_auto_destroy() throws {
        let f = try IOASFixture()
        #expect(f.ioas == 1)
    }

    /// ioas_destroy: without a device the IOAS can be destroyed.
    @Test func ioas_destroy() throws {
        let f = try IOASFixture()
        #expect(f.iommufd.destroy(f.ioas) == nil)
        #expect(f.iommufd.destroy(f.ioas) == .ENOENT)
    }

    /// ioas_area_destroy: a mapping does not keep the IOAS busy.
    @Test func ioas_area_destroy() throws {
        let f = try IOASFixture()
        #expect(f.map(f.buffer.address, pageSize, iova: f.baseIOVA).error == nil)
        #expect(f.iommufd.destroy(f.ioas) == nil)
    }

    /// ioas_area_auto_destroy: ten fixed one-page maps, then close.
    @Test func ioas_area_auto_destroy() throws {
        let f = try IOASFixture()
        for i in 0..<UInt64(10) {
            #expect(f.map(f.buffer.address, pageSize, iova: f.baseIOVA + i * pageSize).error == nil)
        }
    }

    /// area (§4.3.3): unmapping what was never mapped → ENOENT; ten fixed
    /// maps and unmaps; a two-page mapping cannot be split (ENOENT for either
    /// page) nor overlapped (EEXIST for every overlap); unmap-all works, also
    /// on an empty IOAS.
    @Test func area() throws {
        let f = try IOASFixture()
        let base = f.baseIOVA, page = pageSize, buffer = f.buffer.address
        for i in 0..<UInt64(10) {
            #expect(f.unmap(i * page, page).error == .ENOENT)
        }
        for i in 0..<UInt64(10) {
            #expect(f.map(buffer, page, iova: base + i * page).error == nil)
        }
        for i in 0..<UInt64(10) {
            let r = f.unmap(base + i * page, page)
            #expect(r.error == nil)
            #expect(r.unmapped == page)
        }
        // Split fails
        #expect(f.map(buffer, 2 * page, iova: base + 16 * page).error == nil)
        #expect(f.unmap(base + 16 * page, page).error == .ENOENT)
        #expect(f.unmap(base + 17 * page, page).error == .ENOENT)
        // Over map fails
        #expect(f.map(buffer, 2 * page, iova: base + 16 * page).error == .EEXIST)
        #expect(f.map(buffer, page, iova: base + 16 * page).error == .EEXIST)
        #expect(f.map(buffer, page, iova: base + 17 * page).error == .EEXIST)
        #expect(f.map(buffer, 2 * page, iova: base + 15 * page).error == .EEXIST)
        #expect(f.map(buffer, 3 * page, iova: base + 15 * page).error == .EEXIST)
        // Unmap all works, and succeeds on an empty IOAS
        let all = f.unmap(0, .max)
        #expect(all.error == nil)
        #expect(all.unmapped == 2 * page)
        let again = f.unmap(0, .max)
        #expect(again.error == nil)
        #expect(again.unmapped == 0)
    }

    /// unmap_fully_contained_areas: four 8-page maps at a 16-page stride;
    /// ranges cutting the first or the last → ENOENT; one range covering all
    /// four and the gaps → 32 pages unmapped.
    @Test func unmap_fully_contained_areas() throws {
        let f = try IOASFixture()
        let page = pageSize
        // Give no_domain some space to rewind base_iova
        f.baseIOVA += 4 * page
        let base = f.baseIOVA
        for i in 0..<UInt64(4) {
            #expect(f.map(f.buffer.address, 8 * page, iova: base + i * 16 * page).error == nil)
        }
        #expect(f.unmap(base - 4 * page, 8 * page).error == .ENOENT)
        #expect(f.unmap(base + 3 * 16 * page + 8 * page - 4 * page, 8 * page).error == .ENOENT)
        let r = f.unmap(base - 4 * page, 3 * 16 * page + 8 * page + 4 * page)
        #expect(r.error == nil)
        #expect(r.unmapped == 32 * page)
    }

    /// area_auto_iova (§4.3.4), without the ADD_RESERVED steps: ten automatic
    /// one-page maps; lengths of 1…10 pages (at user address 1<<31, never
    /// touched without a domain) come back aligned to the lowest set bit of
    /// the length; with an allowed range [200p, 600p−1] every result lies
    /// inside it.
    @Test func area_auto_iova() throws {
        let f = try IOASFixture()
        let page = pageSize
        var iovas: [UInt64] = []
        for _ in 0..<10 {
            let r = f.map(f.buffer.address, page)
            #expect(r.error == nil)
            iovas.append(r.iova)
        }
        for iova in iovas { #expect(f.unmap(iova, page).error == nil) }

        // Kernel automatically aligns IOVAs properly
        iovas = []
        for i in 0..<UInt64(10) {
            let length = page * (i + 1)
            let r = f.map(1 << 31, length)
            #expect(r.error == nil)
            #expect(r.iova % (1 << UInt64(length.trailingZeroBitCount)) == 0)
            iovas.append(r.iova)
        }
        for (i, iova) in iovas.enumerated() { #expect(f.unmap(iova, page * UInt64(i + 1)).error == nil) }

        // Allocate from an allowed region
        let allowed = (start: page * 200, last: page * 600 - 1)
        #expect(f.iommufd.allowIOVAs(f.ioas, [allowed]) == nil)
        iovas = []
        for i in 0..<UInt64(10) {
            let length = page * (i + 1)
            let r = f.map(f.buffer.address, length)
            #expect(r.error == nil)
            #expect(r.iova % (1 << UInt64(length.trailingZeroBitCount)) == 0)
            #expect(r.iova >= allowed.start)
            #expect(r.iova <= allowed.last)
            #expect(r.iova + length > allowed.start)
            #expect(r.iova + length <= allowed.last + 1)
            iovas.append(r.iova)
        }
        for (i, iova) in iovas.enumerated() { #expect(f.unmap(iova, page * UInt64(i + 1)).error == nil) }
    }

    /// area_allowed, without the ADD_RESERVED steps: an allowed range
    /// [base, base+600 pages] is accepted, and an empty list clears it.
    @Test func area_allowed() throws {
        let f = try IOASFixture()
        #expect(f.iommufd.allowIOVAs(f.ioas, [(f.baseIOVA, f.baseIOVA + pageSize * 600)]) == nil)
        #expect(f.iommufd.allowIOVAs(f.ioas, []) == nil)
    }

    /// copy_area: a one-page fixed map is copied (FIXED|WRITEABLE) within the
    /// IOAS to base+PAGE_SIZE, and into a new IOAS at IOVA 0.
    @Test func copy_area() throws {
        let f = try IOASFixture()
        let flags = mapFixed | UInt32(IOMMU_IOAS_MAP_WRITEABLE.rawValue)
        #expect(f.map(f.buffer.address, pageSize, iova: f.baseIOVA).error == nil)
        // Copy inside a single IOAS
        #expect(f.iommufd.copy(dst: f.ioas, src: f.ioas, flags: flags, length: pageSize, srcIOVA: f.baseIOVA,
                               dstIOVA: f.baseIOVA + pageSize).error == nil)
        // Copy between IOASes
        let (other, allocError) = f.iommufd.ioasAlloc()
        try #require(allocError == nil)
        #expect(f.iommufd.copy(dst: other, src: f.ioas, flags: flags, length: pageSize, srcIOVA: f.baseIOVA,
                               dstIOVA: 0).error == nil)
    }

    /// iova_ranges (§4.3.5), without the ADD_RESERVED steps: one range
    /// [0, SIZE_MAX] with alignment 1; capacity 0 → EMSGSIZE with num_iovas 1
    /// and the array untouched.
    @Test func iova_ranges() throws {
        let f = try IOASFixture()
        let rangeSize = UInt64(MemoryLayout<iommu_iova_range>.size)
        var cmd = iommu_ioas_iova_ranges()
        cmd.size = UInt32(MemoryLayout<iommu_ioas_iova_ranges>.size)
        cmd.ioas_id = f.ioas
        cmd.num_iovas = UInt32(f.buffer.size / rangeSize)
        cmd.allowed_iovas = f.buffer.address
        // Range can be read
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES), &cmd) == nil)
        #expect(cmd.num_iovas == 1)
        #expect(f.buffer.load(iommu_iova_range.self)?.start == 0)
        #expect(f.buffer.load(iommu_iova_range.self)?.last == UInt64.max)
        #expect(cmd.out_iova_alignment == 1)
        // Buffer too small
        f.buffer.fill(0, count: f.buffer.size)
        cmd.num_iovas = 0
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES), &cmd) == .EMSGSIZE)
        #expect(cmd.num_iovas == 1)
        #expect(f.buffer.load(iommu_iova_range.self)?.start == 0)
        #expect(f.buffer.load(iommu_iova_range.self)?.last == 0)
    }

    /// ioas_option_huge_pages: GET → 1; SET 0; GET → 0; SET 2 → EINVAL; SET 1.
    @Test func ioas_option_huge_pages() throws {
        let f = try IOASFixture()
        let get = f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_GET, object: f.ioas, value: 3)
        #expect(get.error == nil)
        #expect(get.value == 1)
        #expect(f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET, object: f.ioas, value: 0).error == nil)
        let off = f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_GET, object: f.ioas, value: 3)
        #expect(off.error == nil)
        #expect(off.value == 0)
        #expect(f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET, object: f.ioas, value: 2).error
            == .EINVAL)
        #expect(f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET, object: f.ioas, value: 1).error == nil)
    }

    /// ioas_iova_alloc: without devices every length from 1 to 2·PAGE_SIZE−1
    /// maps at an automatic IOVA and unmaps.
    @Test func ioas_iova_alloc() throws {
        let f = try IOASFixture()
        for length in 1..<(2 * pageSize) {
            let r = f.map(f.buffer.address, length)
            #expect(r.error == nil, "length \(length)")
            #expect(f.unmap(r.iova, length).error == nil, "length \(length)")
        }
    }

    /// ioas_align_change: HUGE_PAGES=0 is accepted while mappings are page
    /// aligned; then a map at a half-page offset → EINVAL; back to 1, the
    /// misaligned map works and HUGE_PAGES=0 → EADDRINUSE.
    @Test func ioas_align_change() throws {
        let f = try IOASFixture()
        let disable = { f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET, object: f.ioas, value: 0) }
        // We can upgrade to PAGE_SIZE alignment when things are aligned right
        #expect(f.map(f.buffer.address, pageSize, iova: mockApertureStart).error == nil)
        #expect(disable().error == nil)
        // Misalignment is rejected at map time
        #expect(f.map(f.buffer.address + mockPageSize, pageSize, iova: mockApertureStart + pageSize).error == .EINVAL)
        #expect(disable().error == nil)
        // Reduce alignment
        #expect(f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET, object: f.ioas, value: 1).error == nil)
        // Confirm misalignment is rejected during alignment upgrade
        #expect(f.map(f.buffer.address + mockPageSize, pageSize, iova: mockApertureStart + pageSize).error == nil)
        #expect(disable().error == .EADDRINUSE)
        #expect(f.unmap(mockApertureStart + pageSize, pageSize).error == nil)
        #expect(f.unmap(mockApertureStart, pageSize).error == nil)
    }

    /// copy_sweep: one mapping [MOCK_APERTURE_START, last] (last = start +
    /// BUFFER_SIZE − 2 without devices); COPY (FIXED|WRITEABLE) of 2048 bytes to a fixed IOVA of
    /// another IOAS from every source IOVA in steps of 511 starting a page
    /// below: ENOENT unless the source lies wholly inside the mapping.
    @Test func copy_sweep() throws {
        let f = try IOASFixture()
        let (dst, allocError) = f.iommufd.ioasAlloc()
        try #require(allocError == nil)
        let lastIOVA = mockApertureStart + f.buffer.size - 2
        #expect(f.map(f.buffer.address, lastIOVA - mockApertureStart + 1, iova: mockApertureStart).error == nil)
        let flags = mapFixed | UInt32(IOMMU_IOAS_MAP_WRITEABLE.rawValue)
        var iova = mockApertureStart - pageSize
        var successes = 0
        while iova <= lastIOVA {
            let r = f.iommufd.copy(dst: dst, src: f.ioas, flags: flags, length: mockPageSize, srcIOVA: iova,
                                   dstIOVA: mockApertureStart)
            if iova < mockApertureStart || iova + mockPageSize - 1 > lastIOVA {
                #expect(r.error == .ENOENT, "src_iova \(iova)")
            } else {
                #expect(r.error == nil, "src_iova \(iova)")
                #expect(f.iommufd.unmap(dst, iova: mockApertureStart, length: mockPageSize).error == nil)
                successes += 1
            }
            iova += 511
        }
        #expect(successes > 0)
        #expect(f.iommufd.destroy(dst) == nil)
    }
}
