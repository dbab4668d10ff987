// The VFIO type1 compatibility ioctls on an iommufd (reference §5.2) with a
// compat IOAS that has no device. The selftest's vfio_compat_mock_domain
// cases (§4.6: option_huge_pages, get_info, map, huge_map) need a mock
// device; these tests are their device-less counterparts, not ports: the
// IOVA_RANGE cap then holds [0, U64_MAX] instead of the mock aperture.

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

/// An iommufd with an IOAS designated for VFIO compatibility and
/// VFIO_SET_IOMMU done with `version`.
final class VFIOCompatFixture {
    let iommufd: IOMMUFDFixture
    let ioas: UInt32
    let buffer: TestBuffer

    init(version: Int32) throws {
        iommufd = try IOMMUFDFixture()
        let (id, error) = iommufd.ioasAlloc()
        if let error { throw error }
        ioas = id
        buffer = try TestBuffer()
        if let error = iommufd.vfioIOAS(IOMMU_VFIO_IOAS_SET, ioas: ioas).error { throw error }
        _ = try iommufd.ioctlValue(UInt(IOMMUD_VFIO_SET_IOMMU), integer: UInt(version)).get()
    }

    func mapDMA(vaddr: UInt64, iova: UInt64, size: UInt64) -> Errno? {
        iommufd.vfioMapDMA(vaddr: vaddr, iova: iova, size: size)
    }

    func unmapDMA(iova: UInt64, size: UInt64, flags: UInt32 = 0) -> (size: UInt64, error: Errno?) {
        iommufd.vfioUnmapDMA(iova: iova, size: size, flags: flags)
    }
}

@Suite struct VFIOCompatNoDomainTests {
    static let versions = [VFIO_TYPE1v2_IOMMU, VFIO_TYPE1_IOMMU]

    /// After TYPE1 large pages are off; after TYPE1v2 they stay on.
    @Test(arguments: versions)
    func setIOMMUDecidesHugePages(version: Int32) throws {
        let f = try VFIOCompatFixture(version: version)
        let get = f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_GET, object: f.ioas, value: 3)
        #expect(get.error == nil)
        #expect(get.value == (version == VFIO_TYPE1_IOMMU ? 0 : 1))
    }

    /// Unknown SET_IOMMU types are EINVAL; CHECK_EXTENSION answers 1 for the
    /// type1 family and UNMAP_ALL, 0 for the rest, DMA_CC_IOMMU needs the
    /// compat IOAS.
    @Test func extensionsAndTypes() throws {
        let f = try IOMMUFDFixture()
        #expect(f.ioctlValue(UInt(IOMMUD_VFIO_SET_IOMMU), integer: UInt(VFIO_NOIOMMU_IOMMU)) == .failure(.EINVAL))
        #expect(f.ioctlValue(UInt(IOMMUD_VFIO_CHECK_EXTENSION), integer: UInt(VFIO_TYPE1_IOMMU)) == .success(1))
        #expect(f.ioctlValue(UInt(IOMMUD_VFIO_CHECK_EXTENSION), integer: UInt(VFIO_UNMAP_ALL)) == .success(1))
        #expect(f.ioctlValue(UInt(IOMMUD_VFIO_CHECK_EXTENSION), integer: UInt(VFIO_UPDATE_VADDR)) == .success(0))
        #expect(f.ioctlValue(UInt(IOMMUD_VFIO_CHECK_EXTENSION), integer: UInt(VFIO_TYPE1_NESTING_IOMMU)) == .success(0))
        #expect(f.ioctlValue(UInt(IOMMUD_VFIO_CHECK_EXTENSION), integer: UInt(VFIO_DMA_CC_IOMMU)) == .failure(.ENODEV))
        let (ioas, _) = f.ioasAlloc()
        #expect(f.vfioIOAS(IOMMU_VFIO_IOAS_SET, ioas: ioas).error == nil)
        #expect(f.ioctlValue(UInt(IOMMUD_VFIO_CHECK_EXTENSION), integer: UInt(VFIO_DMA_CC_IOMMU)) == .success(1))
    }

    /// VFIO_IOMMU_DIRTY_PAGES is not emulated: ENOTTY, even with a compat IOAS.
    @Test func dirtyPagesIsNotEmulated() throws {
        let f = try VFIOCompatFixture(version: VFIO_TYPE1v2_IOMMU)
        var cmd = vfio_iommu_type1_dirty_bitmap()
        cmd.argsz = UInt32(MemoryLayout<vfio_iommu_type1_dirty_bitmap>.size)
        cmd.flags = UInt32(VFIO_IOMMU_DIRTY_PAGES_FLAG_START)
        #expect(f.iommufd.ioctl(UInt(IOMMUD_VFIO_IOMMU_DIRTY_PAGES), &cmd) == .ENOTTY)
    }

    /// Like vfio_compat_mock_domain/map: whole-buffer map and unmap (size out
    /// = BUFFER_SIZE); an empty range unmaps with success and size 0; ALL
    /// needs iova and size 0 (EINVAL otherwise); sixteen one-page maps
    /// unmapped in scattered order.
    @Test(arguments: versions)
    func map(version: Int32) throws {
        let f = try VFIOCompatFixture(version: version)
        let size = f.buffer.size
        #expect(f.mapDMA(vaddr: f.buffer.address, iova: mockApertureStart, size: size) == nil)
        let whole = f.unmapDMA(iova: mockApertureStart, size: size)
        #expect(whole.error == nil)
        #expect(whole.size == size)
        let empty = f.unmapDMA(iova: mockApertureStart, size: size)
        #expect(empty.error == nil)
        #expect(empty.size == 0)

        #expect(f.mapDMA(vaddr: f.buffer.address, iova: mockApertureStart, size: size) == nil)
        let all = UInt32(VFIO_DMA_UNMAP_FLAG_ALL)
        #expect(f.unmapDMA(iova: mockApertureStart, size: size, flags: all).error == .EINVAL)
        let unmapAll = f.unmapDMA(iova: 0, size: 0, flags: all)
        #expect(unmapAll.error == nil)
        #expect(unmapAll.size == size)

        var pages: [UInt64] = []
        for i in 0..<(size / pageSize) {
            let iova = mockApertureStart + i * pageSize
            #expect(f.mapDMA(vaddr: f.buffer.address + i * pageSize, iova: iova, size: pageSize) == nil)
            pages.append(iova)
        }
        var rng = SeededGenerator(seed: 11)
        pages.shuffle(using: &rng)
        for iova in pages {
            let r = f.unmapDMA(iova: iova, size: pageSize)
            #expect(r.error == nil)
            #expect(r.size == pageSize)
        }
    }

    /// Like vfio_compat_mock_domain/huge_map: one mapping of two huge pages,
    /// unmapped in sixteen pieces in scattered order: type1 (v1) splits and
    /// succeeds each time; type1v2 refuses every bisection with ENOENT.
    @Test(arguments: versions)
    func huge_map(version: Int32) throws {
        let f = try VFIOCompatFixture(version: version)
        let size = 2 * hugePageSize
        // No domain: the memory behind the mapping is never touched.
        #expect(f.mapDMA(vaddr: 1 << 32, iova: mockApertureStart, size: size) == nil)
        let piece = size / 16
        var pieces = (0..<UInt64(16)).map { mockApertureStart + $0 * piece }
        var rng = SeededGenerator(seed: 5)
        pieces.shuffle(using: &rng)
        for iova in pieces {
            let r = f.unmapDMA(iova: iova, size: piece)
            if version == VFIO_TYPE1_IOMMU {
                #expect(r.error == nil)
                #expect(r.size == piece)
            } else {
                #expect(r.error == .ENOENT)
            }
        }
    }

    /// UNMAP_DMA reports the bytes removed even when it fails: a range that
    /// covers one mapping and bisects the next removes the first, then ENOENT
    /// with size = the first's length (type1v2). Size 0 → EINVAL.
    @Test func unmapReportsBytesRemovedOnError() throws {
        let f = try VFIOCompatFixture(version: VFIO_TYPE1v2_IOMMU)
        #expect(f.mapDMA(vaddr: f.buffer.address, iova: mockApertureStart, size: pageSize) == nil)
        #expect(f.mapDMA(vaddr: f.buffer.address, iova: mockApertureStart + pageSize, size: 2 * pageSize) == nil)
        let r = f.unmapDMA(iova: mockApertureStart, size: 2 * pageSize)
        #expect(r.error == .ENOENT)
        #expect(r.size == pageSize)
        #expect(f.iommufd.unmap(f.ioas, iova: mockApertureStart, length: pageSize).error == .ENOENT)
        let zero = f.unmapDMA(iova: mockApertureStart, size: 0)
        #expect(zero.error == .EINVAL)
        #expect(zero.size == 0)
    }

    /// Like vfio_compat_mock_domain/get_info: with argsz 16 only the pre-cap
    /// fields are written; with 24, cap_offset 0 and the needed size comes
    /// back; for every argsz up to it nothing is written past argsz, and once
    /// all caps fit the chain holds exactly DMA_AVAIL (12 bytes) and
    /// IOVA_RANGE (here one range, the whole space).
    @Test func get_info() throws {
        let f = try VFIOCompatFixture(version: VFIO_TYPE1v2_IOMMU)
        let infoSize = UInt64(MemoryLayout<vfio_iommu_type1_info>.size)
        let flags = UInt32(VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS)

        func call(argsz: UInt64) -> vfio_iommu_type1_info? {
            var info = vfio_iommu_type1_info()
            info.argsz = UInt32(argsz)
            f.buffer.store(info)
            f.buffer.fill(0xaa, offset: argsz, count: f.buffer.size - argsz)
            #expect(f.iommufd.ioctl(UInt(IOMMUD_VFIO_IOMMU_GET_INFO), at: f.buffer.address) == nil)
            #expect(f.buffer.bytes(offset: argsz, count: f.buffer.size - argsz).allSatisfy { $0 == 0xaa },
                    "argsz \(argsz)")
            return f.buffer.load(vfio_iommu_type1_info.self)
        }

        // Pre-cap ABI
        let preCap = try #require(call(argsz: 16))
        #expect(preCap.iova_pgsizes == ~(pageSize - 1))
        #expect(preCap.flags == flags)
        // Read the cap chain size
        let sized = try #require(call(argsz: infoSize))
        #expect(sized.flags == flags)
        #expect(sized.cap_offset == 0)
        #expect(UInt64(sized.argsz) > infoSize)
        let full = UInt64(sized.argsz)
        // 6.12 reserves each cap rounded up to 8 bytes: DMA_AVAIL (12) takes 16.
        #expect(full == infoSize + 16 + 16 + 16)
        var sawChain = false
        for argsz in infoSize..<(full + 1) {
            let info = try #require(call(argsz: argsz))
            #expect(info.flags == flags)
            #expect(UInt64(info.argsz) == full)
            guard info.cap_offset != 0 else { continue }
            sawChain = true
            #expect(argsz == full)
            let first = try #require(f.buffer.load(vfio_info_cap_header.self, offset: UInt64(info.cap_offset)))
            #expect(first.id == UInt16(VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL))
            #expect(first.version == 1)
            #expect(UInt64(first.next) - UInt64(info.cap_offset) == 16)
            let avail = f.buffer.load(vfio_iommu_type1_info_dma_avail.self, offset: UInt64(info.cap_offset))
            #expect(avail?.avail == UInt32.max)
            let second = try #require(f.buffer.load(vfio_iommu_type1_info_cap_iova_range.self,
                                                    offset: UInt64(first.next)))
            #expect(second.header.id == UInt16(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE))
            #expect(second.header.version == 1)
            #expect(second.header.next == 0)
            #expect(second.nr_iovas == 1)
            let range = f.buffer.load(vfio_iova_range.self, offset: UInt64(first.next) + 16)
            #expect(range?.start == 0)
            #expect(range?.end == UInt64.max)
        }
        #expect(sawChain)
    }
}
