// Selftest fixture `vfio_compat_mock_domain` (reference §4.6): an IOAS with
// a mock device, designated the VFIO compatibility IOAS, then
// VFIO_SET_IOMMU with the variant's type (Ver1v2 = TYPE1v2, Ver1v0 = TYPE1).
//
// Ported: simple_close, option_huge_pages, get_info, map, huge_map.
//
// Adapted: huge_map maps two huge pages from MAP_HUGETLB upstream; these
// hosts reserve no hugetlbfs pages, so a huge-page-aligned anonymous buffer
// of the same size stands in (the case is about splitting, not page size).

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

/// FIXTURE(vfio_compat_mock_domain).
final class VFIOCompatMockDomainFixture {
    let iommufd: IOMMUFDFixture
    let ioas: UInt32
    let buffer: TestBuffer
    let version: Int32

    init(version: Int32) throws {
        self.version = version
        iommufd = try IOMMUFDFixture()
        buffer = try TestBuffer()
        let (id, error) = iommufd.ioasAlloc()
        if let error { throw error }
        ioas = id
        // Create what VFIO would consider a group
        if let error = iommufd.mockDomain(ioas).error { throw error }
        // Attach it to the vfio compat
        if let error = iommufd.vfioIOAS(IOMMU_VFIO_IOAS_SET, ioas: ioas).error { throw error }
        _ = try iommufd.ioctlValue(UInt(IOMMUD_VFIO_SET_IOMMU), integer: UInt(version)).get()
    }

    func teardown() { iommufd.teardown(checking: buffer) }

    func mapDMA(vaddr: UInt64, iova: UInt64, size: UInt64) -> Errno? {
        iommufd.vfioMapDMA(vaddr: vaddr, iova: iova, size: size)
    }

    func unmapDMA(iova: UInt64, size: UInt64, flags: UInt32 = 0) -> (size: UInt64, error: Errno?) {
        iommufd.vfioUnmapDMA(iova: iova, size: size, flags: flags)
    }
}

/// The variants, by VFIO_SET_IOMMU type.
enum VFIOCompatVariant: CaseIterable, CustomStringConvertible, Sendable {
    case ver1v2, ver1v0
    var description: String { self == .ver1v2 ? "Ver1v2" : "Ver1v0" }
    var version: Int32 { self == .ver1v2 ? VFIO_TYPE1v2_IOMMU : VFIO_TYPE1_IOMMU }
}

func withVFIOCompatFixture(_ variant: VFIOCompatVariant, _ body: (VFIOCompatMockDomainFixture) throws -> Void) throws {
    let f = try VFIOCompatMockDomainFixture(version: variant.version)
    try body(f)
    f.teardown()
}

@Suite struct VFIOCompatMockDomainFixtureTests {
    static let variants = VFIOCompatVariant.allCases

    /// simple_close
    @Test(arguments: variants)
    func simple_close(_ variant: VFIOCompatVariant) throws {
        try withVFIOCompatFixture(variant) { _ in }
    }

    /// option_huge_pages: TYPE1 (v1) turned large pages off, TYPE1v2 did not.
    @Test(arguments: variants)
    func option_huge_pages(_ variant: VFIOCompatVariant) throws {
        try withVFIOCompatFixture(variant) { f in
            let get = f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_GET, object: f.ioas, value: 3)
            #expect(get.error == nil)
            #expect(get.value == (variant == .ver1v0 ? 0 : 1))
        }
    }

    /// `check_vfio_info_cap_chain`: the caps at `cap_offset` are exactly a
    /// one-range IOVA_RANGE cap (the mock aperture) and a DMA_AVAIL cap of
    /// its exact size, each inside `argsz`.
    static func checkCapChain(_ buffer: TestBuffer, argsz: UInt32, capOffset: UInt32) {
        let headerSize = UInt32(MemoryLayout<vfio_info_cap_header>.size)
        #expect(argsz >= capOffset + headerSize)
        var offset = capOffset
        var seen = 0
        while seen < 8 {
            seen += 1
            guard let cap = buffer.load(vfio_info_cap_header.self, offset: UInt64(offset)) else { return }
            let capSize = (cap.next != 0 ? cap.next : argsz) - offset
            switch UInt32(cap.id) {
            case UInt32(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE):
                let data = buffer.load(vfio_iommu_type1_info_cap_iova_range.self, offset: UInt64(offset))
                #expect(data?.header.version == 1)
                #expect(data?.nr_iovas == 1)
                let rangeOffset = UInt64(offset) + UInt64(MemoryLayout<vfio_iommu_type1_info_cap_iova_range>.size)
                let range = buffer.load(vfio_iova_range.self, offset: rangeOffset)
                #expect(range?.start == mockApertureStart)
                #expect(range?.end == mockApertureLast)
            case UInt32(VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL):
                #expect(cap.version == 1)
                #expect(capSize == UInt32(MemoryLayout<vfio_iommu_type1_info_dma_avail>.size))
            default:
                Issue.record("unexpected cap id \(cap.id)")
            }
            if cap.next == 0 { return }
            #expect(argsz >= cap.next + headerSize)
            #expect(cap.next >= offset)
            offset = cap.next
        }
    }

    /// get_info: the pre-cap size (16) gets page sizes and flags
    /// PGSIZES|CAPS; 24 bytes get cap_offset 0 and the full size in argsz;
    /// every argsz from 24 to the full size writes nothing past argsz, and
    /// whenever cap_offset is set the chain is well formed.
    @Test(arguments: variants)
    func get_info(_ variant: VFIOCompatVariant) throws {
        try withVFIOCompatFixture(variant) { f in
            let infoSize = MemoryLayout<vfio_iommu_type1_info>.size
            let flags = UInt32(VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS)
            /// `ioctl_check_buf`: fill past argsz with 0xAA, run, check it.
            func run(argsz: UInt32) -> vfio_iommu_type1_info? {
                f.buffer.fill(0, count: UInt64(infoSize))
                f.buffer.store(argsz)
                f.buffer.fill(0xaa, offset: UInt64(argsz), count: f.buffer.size - UInt64(argsz))
                #expect(f.iommufd.ioctl(UInt(IOMMUD_VFIO_IOMMU_GET_INFO), at: f.buffer.address) == nil)
                #expect(f.buffer.bytes(offset: UInt64(argsz), count: f.buffer.size - UInt64(argsz))
                    .allSatisfy { $0 == 0xaa }, "argsz \(argsz)")
                return f.buffer.load(vfio_iommu_type1_info.self)
            }
            // Pre-cap ABI
            let pre = run(argsz: UInt32(MemoryLayout<vfio_iommu_type1_info>.offset(of: \.cap_offset) ?? 16))
            #expect(pre?.iova_pgsizes != 0)
            #expect(pre?.flags == flags)
            // Read the cap chain size
            let sized = run(argsz: UInt32(infoSize))
            #expect(sized?.iova_pgsizes != 0)
            #expect(sized?.flags == flags)
            #expect(sized?.cap_offset == 0)
            let capLength = try #require(sized?.argsz)
            #expect(capLength > UInt32(infoSize))
            // Read the caps, kernel should never create a corrupted caps
            for argsz in UInt32(infoSize)..<capLength {
                guard let info = run(argsz: argsz) else { continue }
                #expect(info.flags == flags)
                if info.cap_offset == 0 { continue }
                Self.checkCapChain(f.buffer, argsz: argsz, capOffset: info.cap_offset)
            }
        }
    }

    /// map: whole-buffer map and unmap (size out = BUFFER_SIZE); an empty
    /// range unmaps with success; ALL needs iova and size 0 (EINVAL
    /// otherwise); sixteen one-page maps unmapped in random order.
    @Test(arguments: variants)
    func map(_ variant: VFIOCompatVariant) throws {
        try withVFIOCompatFixture(variant) { f in
            let size = f.buffer.size
            #expect(f.mapDMA(vaddr: f.buffer.address, iova: mockApertureStart, size: size) == nil)
            let whole = f.unmapDMA(iova: mockApertureStart, size: size)
            #expect(whole.error == nil)
            #expect(whole.size == size)
            // Unmap of empty is success
            #expect(f.unmapDMA(iova: mockApertureStart, size: size).error == nil)
            // UNMAP_FLAG_ALL requires 0 iova/size
            #expect(f.mapDMA(vaddr: f.buffer.address, iova: mockApertureStart, size: size) == nil)
            let all = UInt32(VFIO_DMA_UNMAP_FLAG_ALL)
            #expect(f.unmapDMA(iova: mockApertureStart, size: size, flags: all).error == .EINVAL)
            let unmapAll = f.unmapDMA(iova: 0, size: 0, flags: all)
            #expect(unmapAll.error == nil)
            #expect(unmapAll.size == size)
            // Small pages
            var pages: [UInt64] = []
            for i in 0..<(size / pageSize) {
                let iova = mockApertureStart + i * pageSize
                #expect(f.mapDMA(vaddr: f.buffer.address + i * pageSize, iova: iova, size: pageSize) == nil)
                pages.append(iova)
            }
            var rng = SeededGenerator(seed: 7)
            pages.shuffle(using: &rng)
            for iova in pages { #expect(f.unmapDMA(iova: iova, size: pageSize).error == nil) }
        }
    }

    /// huge_map: one mapping of two huge pages, unmapped in sixteen pieces
    /// in random order: type1 (v1) splits and succeeds each time; type1v2
    /// refuses every bisection with ENOENT.
    @Test(arguments: variants)
    func huge_map(_ variant: VFIOCompatVariant) throws {
        try withVFIOCompatFixture(variant) { f in
            let buf = try AlignedBuffer(size: hugePageSize * 2)
            #expect(f.mapDMA(vaddr: buf.address, iova: mockApertureStart, size: buf.size) == nil)
            let piece = buf.size / 16
            var pieces = (0..<UInt64(16)).map { mockApertureStart + $0 * piece }
            var rng = SeededGenerator(seed: 9)
            pieces.shuffle(using: &rng)
            // type1 mode can cut up larger mappings, type1v2 always fails
            for iova in pieces {
                let r = f.unmapDMA(iova: iova, size: piece)
                #expect(r.error == (variant == .ver1v0 ? nil : .ENOENT), "iova \(iova)")
            }
            // v2 keeps the mapping: take it down before the buffer goes.
            _ = f.unmapDMA(iova: 0, size: 0, flags: UInt32(VFIO_DMA_UNMAP_FLAG_ALL))
        }
    }
}
