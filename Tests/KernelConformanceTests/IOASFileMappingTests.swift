// IOMMU_IOAS_MAP_FILE (reference §2.6) and IOMMU_IOAS_CHANGE_PROCESS
// (§2.11), both new in Linux 6.13: what issue 21's restart needs (memfd RAM
// mapped through the file, pinned-page accounting handed to the new
// process). Every case runs on every kernel and asserts what that release
// answers: ENOTTY before 6.13 (the numbers are holes of the table), the
// commands' own answers from 6.13. The simulated kernel answers as
// IOMMUD_SIM_KERNEL_VERSION says (6.12 by default; `make vm-test` sets the
// real kernel's release).

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import CPosix
import LinuxKernel
import Posix
import Testing

/// A memfd of `pages` pages, closed once when the case ends.
private final class MemFD {
    let fd: Int32
    let size: UInt64

    init(pages: UInt64 = 4) throws {
        fd = iommud_memfd_create("iommud-conformance", IOMMUD_MFD_CLOEXEC)
        guard fd >= 0 else { throw Errno.current }
        size = pages * pageSize
        guard ftruncate(fd, off_t(size)) == 0 else {
            let e = Errno.current
            Glibc.close(fd)
            throw e
        }
    }

    deinit { Glibc.close(fd) }
}

extension IOMMUFDFixture {
    /// IOMMU_IOAS_MAP_FILE with WRITEABLE|READABLE (or `flags`), at `iova`
    /// (FIXED_IOVA) or an automatic IOVA; the IOVA used, or the errno.
    func mapFile(_ ioas: UInt32, fd: Int32, start: UInt64, length: UInt64, iova: UInt64? = nil,
                 flags: UInt32 = mapReadWrite) -> (iova: UInt64, error: Errno?) {
        var cmd = iommud_ioas_map_file()
        cmd.size = UInt32(MemoryLayout<iommud_ioas_map_file>.size)
        cmd.flags = flags | (iova == nil ? 0 : mapFixed)
        cmd.ioas_id = ioas
        cmd.fd = fd
        cmd.start = start
        cmd.length = length
        cmd.iova = iova ?? 0
        let e = ioctl(UInt(IOMMUD_IOMMU_IOAS_MAP_FILE), &cmd)
        return (cmd.iova, e)
    }

    /// IOMMU_IOAS_CHANGE_PROCESS.
    func changeProcess(reserved: UInt32 = 0) -> Errno? {
        var cmd = iommud_ioas_change_process(size: 8, __reserved: reserved)
        return ioctl(UInt(IOMMUD_IOMMU_IOAS_CHANGE_PROCESS), &cmd)
    }
}

@Suite struct IOASFileMappingTests {
    /// Whether the kernel under test has both commands (6.13+).
    let present = ConformanceKernel.version.hasFileMappings

    /// The probe of reference §6: `size` 0 is EINVAL for a command the
    /// kernel has, ENOTTY for one it does not.
    @Test(arguments: [UInt(0x8f), 0x92])
    func probeWithSizeZero(nr: UInt) throws {
        let f = try IOMMUFDFixture()
        var bytes = [UInt8](repeating: 0, count: 48)
        #expect(f.ioctl(ioNumber(nr), bytes: &bytes) == (present ? .EINVAL : .ENOTTY))
    }

    /// A bad MAP_FILE, and the answer of a kernel that has the command, in
    /// its order of checks (reference §2.6).
    enum BadMapFile: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case unknownFlag, iovaMax, lengthMax, noPermission, unknownIOAS, zeroLength, startWraps, badDescriptor
        var testDescription: String { rawValue }

        var answer: Errno {
            switch self {
            case .unknownFlag: return .EOPNOTSUPP
            case .iovaMax, .lengthMax, .startWraps: return .EOVERFLOW
            case .noPermission, .zeroLength: return .EINVAL
            case .unknownIOAS: return .ENOENT
            case .badDescriptor: return .EBADF
            }
        }
    }

    @Test(arguments: BadMapFile.allCases)
    func mapFileRefuses(_ bad: BadMapFile) throws {
        let f = try IOMMUFDFixture()
        let (ioas, error) = f.ioasAlloc()
        try #require(error == nil)
        let memfd = try MemFD()
        var fd = memfd.fd, start: UInt64 = 0, length = pageSize, flags = mapReadWrite, id = ioas
        var iova: UInt64? = nil
        switch bad {
        case .unknownFlag: flags |= 1 << 3
        case .iovaMax: iova = .max
        case .lengthMax: length = .max
        case .noPermission: flags = 0
        case .unknownIOAS: id = ioas + 1000
        case .zeroLength: length = 0
        case .startWraps: start = .max - pageSize + 1; length = 2 * pageSize
        case .badDescriptor: fd = -1
        }
        let r = f.mapFile(id, fd: fd, start: start, length: length, iova: iova, flags: flags)
        #expect(r.error == (present ? bad.answer : .ENOTTY))
    }

    /// Without a device nothing is pinned: the memfd is mapped at an
    /// automatic IOVA that keeps `start`'s page offset, a fixed overlap is
    /// EEXIST, and UNMAP reports the length.
    @Test func mapFileWithoutDomain() throws {
        let f = try IOMMUFDFixture()
        let (ioas, error) = f.ioasAlloc()
        try #require(error == nil)
        let memfd = try MemFD()
        let r = f.mapFile(ioas, fd: memfd.fd, start: pageSize + 0x800, length: pageSize)
        guard present else {
            #expect(r.error == .ENOTTY)
            return
        }
        try #require(r.error == nil)
        #expect(r.iova % pageSize == 0x800)
        let fixed = f.mapFile(ioas, fd: memfd.fd, start: 0, length: 2 * pageSize, iova: r.iova & ~(pageSize - 1))
        #expect(fixed.error == .EEXIST)
        let u = f.unmap(ioas, iova: r.iova, length: pageSize)
        #expect(u.error == nil && u.unmapped == pageSize)
    }

    /// The selftest's `iommufd_mock_domain` `basic` for the file variants
    /// (reference §4.4): one page of the memfd through a mock domain, which
    /// translates it to the memfd's page (MD_CHECK_MAP against the test's own
    /// shared mapping of it); a range one byte past the file's end, and the
    /// whole file after ftruncate(0), are EINVAL.
    @Test func mapFileThroughMockDomain() throws {
        let f = try IOASFixture(.mockDomain)
        defer { f.teardown() }
        let memfd = try MemFD()
        let r = f.iommufd.mapFile(f.ioas, fd: memfd.fd, start: 0, length: pageSize)
        guard present else {
            #expect(r.error == .ENOTTY)
            return
        }
        try #require(r.error == nil)
        let view = mmap(nil, Int(memfd.size), PROT_READ | PROT_WRITE, MAP_SHARED, memfd.fd, 0)
        try #require(view != MAP_FAILED && view != nil)
        defer { munmap(view, Int(memfd.size)) }
        let address = UInt64(UInt(bitPattern: view))
        #expect(f.iommufd.checkMap(f.hwptID, iova: r.iova, length: pageSize, userAddress: address) == nil)
        #expect(f.unmap(r.iova, pageSize).unmapped == pageSize)

        #expect(f.iommufd.mapFile(f.ioas, fd: memfd.fd, start: 0, length: memfd.size + 1).error == .EINVAL)
        #expect(ftruncate(memfd.fd, 0) == 0)
        #expect(f.iommufd.mapFile(f.ioas, fd: memfd.fd, start: 0, length: memfd.size).error == .EINVAL)
    }

    /// CHANGE_PROCESS (reference §2.11, the selftest's `change_process`
    /// `basic` without the fork): `__reserved` ≠ 0 → EOPNOTSUPP; nothing
    /// mapped → success; a MAP (user memory) in any IOAS → EINVAL; only
    /// MAP_FILE mappings and COPYs of them → success, and the mappings stay.
    @Test func changeProcess() throws {
        let f = try IOMMUFDFixture()
        guard present else {
            #expect(f.changeProcess() == .ENOTTY)
            return
        }
        #expect(f.changeProcess(reserved: 1) == .EOPNOTSUPP)
        #expect(f.changeProcess() == nil)
        let (ioas, e1) = f.ioasAlloc()
        let (other, e2) = f.ioasAlloc()
        try #require(e1 == nil && e2 == nil)
        let buffer = try TestBuffer()
        let memfd = try MemFD()

        let user = f.map(other, userVA: buffer.address, length: pageSize)
        try #require(user.error == nil)
        #expect(f.changeProcess() == .EINVAL)
        #expect(f.unmap(other, iova: user.iova, length: pageSize).error == nil)

        let file = f.mapFile(ioas, fd: memfd.fd, start: 0, length: 2 * pageSize)
        try #require(file.error == nil)
        let copy = f.copy(dst: other, src: ioas, flags: mapReadWrite, length: pageSize, srcIOVA: file.iova)
        try #require(copy.error == nil)
        #expect(f.changeProcess() == nil)
        #expect(f.unmap(ioas, iova: file.iova, length: 2 * pageSize).unmapped == 2 * pageSize)
        #expect(f.unmap(other, iova: copy.iova, length: pageSize).unmapped == pageSize)
    }

    /// The typed requests: numbers, names, and the same answers through
    /// ``IOMMUFD/perform(_:)``.
    @Test func typedRequests() throws {
        #expect(IOASMapFile.number == 0x3b8f && IOASMapFile.name == "IOMMU_IOAS_MAP_FILE")
        #expect(IOASChangeProcess.number == 0x3b92 && IOASChangeProcess.name == "IOMMU_IOAS_CHANGE_PROCESS")
        #expect(MemoryLayout<iommud_ioas_map_file>.size == 40 && MemoryLayout<iommud_ioas_change_process>.size == 8)
        let iommufd = try IOMMUFD(kernel: ConformanceKernel.make())
        var alloc = IOASAlloc()
        try iommufd.perform(&alloc)
        let memfd = try MemFD()
        var map = IOASMapFile(ioas: alloc.ioas, flags: [.readable], file: memfd.fd, start: 0, length: pageSize)
        var change = IOASChangeProcess()
        guard present else {
            #expect(throws: KernelError("IOMMU_IOAS_MAP_FILE", .ENOTTY)) { try iommufd.perform(&map) }
            #expect(throws: KernelError("IOMMU_IOAS_CHANGE_PROCESS", .ENOTTY)) { try iommufd.perform(&change) }
            return
        }
        try iommufd.perform(&map)
        #expect(map.iova != 0)
        try iommufd.perform(&change)
        var unmap = IOASUnmap(ioas: alloc.ioas, iova: map.iova, length: pageSize)
        try iommufd.perform(&unmap)
        #expect(unmap.unmappedLength == pageSize)
    }
}
