#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Synchronization
import Testing

/// Forwards to another kernel and counts which ioctl entry was used.
final class EntryCountingKernel: Kernel {
    let inner: any Kernel
    let counts = Mutex((plain: 0, ownStruct: 0))
    init(_ inner: any Kernel) { self.inner = inner }
    var name: String { inner.name }
    func open(_ path: String, flags: Int32) -> Result<Int32, Errno> { inner.open(path, flags: flags) }
    func close(_ fd: Int32) -> Result<Void, Errno> { inner.close(fd) }
    func ioctl(_ fd: Int32, _ request: UInt, _ argument: UnsafeMutableRawPointer?) -> Result<Int32, Errno> {
        counts.withLock { $0.plain += 1 }
        return inner.ioctl(fd, request, argument)
    }
    func ioctl(_ fd: Int32, _ request: UInt, ownStruct: UnsafeMutableRawBufferPointer) -> Result<Int32, Errno> {
        counts.withLock { $0.ownStruct += 1 }
        return inner.ioctl(fd, request, ownStruct: ownStruct)
    }
    func adoptIOMMUFD(_ fd: Int32) -> Result<Void, Errno> { inner.adoptIOMMUFD(fd) }
    func disown(_ fd: Int32) { inner.disown(fd) }
    func adoptVFIODevice(_ fd: Int32) -> Result<Void, Errno> { inner.adoptVFIODevice(fd) }
    func vfioHostDevices() -> Result<[VFIOHostDevice], Errno> { inner.vfioHostDevices() }
}

/// `Kernel.ioctl(_:_:ownStruct:)`, the entry typed requests use: the same
/// answers and the same bytes written back as the plain ioctl, on every rule
/// of reference §0.2, and the caller's vouching covers its buffer and that
/// call only.
@Suite struct OwnStructTests {
    /// What one call answered and left in the struct.
    struct Outcome: Equatable {
        var error: Errno?
        var bytes: [UInt8]
    }

    /// Runs `bytes` as request `request` on a fresh descriptor, plainly and
    /// through `ownStruct`, after `prepare` on each.
    func both(_ request: UInt, _ bytes: [UInt8], prepare: (IOMMUFDFixture) -> Void = { _ in }) throws -> (plain: Outcome, own: Outcome) {
        let plainFixture = try IOMMUFDFixture(), ownFixture = try IOMMUFDFixture()
        prepare(plainFixture)
        prepare(ownFixture)
        var plainBytes = bytes, ownBytes = bytes
        let plainError = plainFixture.ioctl(request, bytes: &plainBytes)
        let ownResult = ownBytes.withUnsafeMutableBytes { ownFixture.kernel.ioctl(ownFixture.fd, request, ownStruct: $0) }
        var ownError: Errno? = nil
        if case .failure(let e) = ownResult { ownError = e }
        return (Outcome(error: plainError, bytes: plainBytes), Outcome(error: ownError, bytes: ownBytes))
    }

    @Test("the same errno and the same struct afterwards", arguments: [
        ("IOAS_ALLOC", UInt(IOMMUD_IOMMU_IOAS_ALLOC), le32(12) + le32(0) + le32(0), nil as Errno?),
        ("IOAS_ALLOC too short", UInt(IOMMUD_IOMMU_IOAS_ALLOC), le32(8) + le32(0) + le32(0), .EINVAL),
        ("IOAS_ALLOC flags", UInt(IOMMUD_IOMMU_IOAS_ALLOC), le32(12) + le32(1) + le32(0), .EOPNOTSUPP),
        ("DESTROY grown, zero tail", UInt(IOMMUD_IOMMU_DESTROY), le32(16) + le32(9) + [UInt8](repeating: 0, count: 8), .ENOENT),
        ("DESTROY grown, non-zero tail", UInt(IOMMUD_IOMMU_DESTROY), le32(16) + le32(1) + [0, 0, 0, 0, 0, 0, 0, 1], .E2BIG),
        ("wrong encoding", UInt(IOMMUD_IOMMU_DESTROY) | (3 << 30) | (8 << 16), le32(8) + le32(1), .ENOTTY),
        // num_iovas 0 with one range: EMSGSIZE after the struct is written back.
        ("IOVA_RANGES too small", UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES),
         le32(32) + le32(1) + le32(0) + le32(0) + [UInt8](repeating: 0, count: 16), .EMSGSIZE),
    ])
    func sameAnswers(name: String, request: UInt, bytes: [UInt8], expected: Errno?) throws {
        let r = try both(request, bytes, prepare: { f in _ = f.ioasAlloc() })
        #expect(r.plain.error == expected, "\(name)")
        #expect(r.own == r.plain, "\(name)")
        if name == "IOVA_RANGES too small" {
            #expect(r.own.bytes[8..<12] != [0, 0, 0, 0], "num_iovas written back")
        }
    }

    /// Typed requests take the `ownStruct` entry (where the simulation skips
    /// the checked copies); only raw callers use the plain one.
    @Test func typedRequestsUseTheOwnStructEntry() throws {
        let kernel = EntryCountingKernel(ConformanceKernel.make())
        let iommufd = try IOMMUFD(kernel: kernel)
        var alloc = IOASAlloc()
        try iommufd.perform(&alloc)
        var destroy = Destroy(alloc.ioas.object)
        try iommufd.perform(&destroy)
        let counts = kernel.counts.withLock { $0 }
        #expect(counts.plain == 0)
        #expect(counts.ownStruct == 2)
    }

    /// A struct whose size field reaches past the vouched buffer into an
    /// unmapped page: that part is read the checked way (EFAULT), as with
    /// the plain ioctl; and after the call nothing stays vouched.
    @Test func vouchingCoversTheBufferAndTheCallOnly() throws {
        let f = try IOMMUFDFixture()
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let mem = mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), mem != MAP_FAILED else {
            Issue.record("mmap failed")
            return
        }
        defer { munmap(mem, 2 * page) }
        #expect(mprotect(mem + page, page, PROT_NONE) == 0)
        // DESTROY claiming 16 bytes, of which the last 8 are unmapped.
        let destroy = mem + page - 8
        destroy.storeBytes(of: UInt32(16), as: UInt32.self)
        destroy.storeBytes(of: UInt32(1), toByteOffset: 4, as: UInt32.self)
        let own = f.kernel.ioctl(f.fd, UInt(IOMMUD_IOMMU_DESTROY), ownStruct: UnsafeMutableRawBufferPointer(start: destroy, count: 8))
        #expect(own.map { _ in 0 } == .failure(.EFAULT))
        #expect(f.kernel.ioctl(f.fd, UInt(IOMMUD_IOMMU_DESTROY), destroy).map { _ in 0 } == .failure(.EFAULT))

        // A typed call, then the plain one on a read-only struct: the copy-out
        // fails (EFAULT) and the IOAS is rolled back, as before any vouching.
        var typed = IOASAlloc()
        try f.kernel.perform(&typed, on: f.fd)
        let alloc = mem
        alloc.storeBytes(of: UInt32(12), as: UInt32.self)
        alloc.storeBytes(of: UInt32(0), toByteOffset: 4, as: UInt32.self)
        #expect(mprotect(alloc, page, PROT_READ) == 0)
        #expect(f.kernel.ioctl(f.fd, UInt(IOMMUD_IOMMU_IOAS_ALLOC), alloc).map { _ in 0 } == .failure(.EFAULT))
        #expect(f.ioasAlloc().0 == typed.ioas.rawValue + 1, "the failed allocation left no object behind")
    }
}
