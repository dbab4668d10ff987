#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

/// The typed requests of the IOAS family, end to end through ``IOMMUFD``:
/// they must carry the right numbers, sizes and fields for the kernel to
/// answer as the raw-struct tests expect.
@Suite struct TypedIOASRequestTests {
    @Test func numbersAndNames() {
        #expect(IOASAllowIOVAs.number == 0x3b82 && IOASAllowIOVAs.name == "IOMMU_IOAS_ALLOW_IOVAS")
        #expect(IOASCopy.number == 0x3b83 && IOASCopy.name == "IOMMU_IOAS_COPY")
        #expect(Option.number == 0x3b87 && Option.name == "IOMMU_OPTION")
        #expect(VFIOIOAS.number == 0x3b88 && VFIOIOAS.name == "IOMMU_VFIO_IOAS")
        #expect(Option.Identifier.hugePages.rawValue == IOMMU_OPTION_HUGE_PAGES.rawValue)
        #expect(Option.Operation.get.rawValue == UInt16(IOMMU_OPTION_OP_GET.rawValue))
        #expect(VFIOIOAS.Operation.clear.rawValue == UInt16(IOMMU_VFIO_IOAS_CLEAR.rawValue))
    }

    @Test func mapCopyAllowOptionAndVFIOIOAS() throws {
        let iommufd = try IOMMUFD(kernel: ConformanceKernel.make())
        let buffer = try TestBuffer()
        var alloc = IOASAlloc()
        try iommufd.perform(&alloc)
        var other = IOASAlloc()
        try iommufd.perform(&other)

        var allow = IOASAllowIOVAs(ioas: other.ioas, ranges: [IOVARange(start: 1 << 30, last: (1 << 31) - 1)])
        try iommufd.perform(&allow)
        var badAllow = IOASAllowIOVAs(ioas: other.ioas, ranges: [IOVARange(start: 5, last: 5)])
        #expect(throws: KernelError("IOMMU_IOAS_ALLOW_IOVAS", .EINVAL)) { try iommufd.perform(&badAllow) }

        var map = IOASMap(ioas: alloc.ioas, flags: [.writeable, .readable], userVA: buffer.address, length: buffer.size)
        try iommufd.perform(&map)
        var copy = IOASCopy(destination: other.ioas, source: alloc.ioas, flags: [.readable], length: pageSize,
                            srcIOVA: map.iova + pageSize)
        try iommufd.perform(&copy)
        #expect(copy.dstIOVA >= 1 << 30 && copy.dstIOVA < 1 << 31, "automatic IOVA inside the allowed range")

        var off = Option(.hugePages, .set, object: alloc.ioas.object, value: 0)
        try iommufd.perform(&off)
        var get = Option(.hugePages, .get, object: alloc.ioas.object, value: 7)
        try iommufd.perform(&get)
        #expect(get.value == 0)
        var global = Option(.rlimitMode, .get)
        try iommufd.perform(&global)
        #expect(global.value == 0)

        var set = VFIOIOAS(.set, ioas: other.ioas)
        try iommufd.perform(&set)
        var query = VFIOIOAS(.get)
        try iommufd.perform(&query)
        #expect(query.ioas == other.ioas)
        var clear = VFIOIOAS(.clear)
        try iommufd.perform(&clear)
        var again = VFIOIOAS(.get)
        #expect(throws: KernelError("IOMMU_VFIO_IOAS", .ENODEV)) { try iommufd.perform(&again) }
    }
}
