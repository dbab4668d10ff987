#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import SimulatedKernel
import Testing

/// The kernel the conformance suite runs against: the simulated one by default;
/// `IOMMUD_CONFORMANCE_KERNEL=host` runs the same cases against the host's
/// `/dev/iommu` (the proving-ground VM does this with a CONFIG_IOMMUFD_TEST kernel).
/// `IOMMUD_SIM_KERNEL_VERSION=7.3` sets the release the simulated kernel
/// answers as (default 6.12): `make vm-test` sets the real kernel's.
enum ConformanceKernel {
    static func make() -> any Kernel {
        if let v = getenv("IOMMUD_CONFORMANCE_KERNEL"), String(cString: v) == "host" {
            return HostKernel()
        }
        var host = SimulatedHost.default
        host.kernelVersion = simulatedVersion
        return SimulatedKernel(host: host)
    }

    /// `IOMMUD_SIM_KERNEL_VERSION`, else 6.12.
    static var simulatedVersion: KernelVersion {
        guard let v = getenv("IOMMUD_SIM_KERNEL_VERSION"), let version = KernelVersion(String(cString: v)) else {
            return .linux6_12
        }
        return version
    }

    /// The release the conformance kernel answers as: the simulation's
    /// setting, or the running kernel's `uname -r`.
    static var version: KernelVersion {
        runningOnSimulation ? simulatedVersion : KernelVersion.running ?? .linux6_12
    }
}

/// An open `/dev/iommu` for one test, like the selftest fixture `iommufd`:
/// raw ioctls on raw structs, asserting return values and errno as the kernel's
/// `tools/testing/selftests/iommu/iommufd.c` does.
final class IOMMUFDFixture {
    let kernel: any Kernel
    let fd: Int32
    private var closed = false

    /// Opens `/dev/iommu` on `kernel` (the conformance kernel by default).
    init(kernel: any Kernel = ConformanceKernel.make()) throws {
        self.kernel = kernel
        fd = try kernel.open("/dev/iommu", flags: O_RDWR | O_CLOEXEC).get()
    }

    /// Closes the descriptor now (the selftest's teardown); `deinit` then
    /// leaves it alone.
    func close() -> Errno? {
        guard !closed else { return nil }
        closed = true
        if case .failure(let e) = kernel.close(fd) { return e }
        return nil
    }

    deinit { if !closed { _ = kernel.close(fd) } }

    /// ioctl with a C struct; returns 0 or the errno.
    func ioctl<T>(_ request: UInt, _ value: inout T) -> Errno? {
        let r = withUnsafeMutableBytes(of: &value) { kernel.ioctl(fd, request, $0.baseAddress) }
        if case .failure(let e) = r { return e }
        return nil
    }

    /// ioctl with raw bytes (for size and trailing-byte rules).
    func ioctl(_ request: UInt, bytes: inout [UInt8]) -> Errno? {
        let r = bytes.withUnsafeMutableBytes { kernel.ioctl(fd, request, $0.baseAddress) }
        if case .failure(let e) = r { return e }
        return nil
    }

    /// ioctl with a NULL argument.
    func ioctlNull(_ request: UInt) -> Errno? {
        if case .failure(let e) = kernel.ioctl(fd, request, nil) { return e }
        return nil
    }

    /// IOMMU_IOAS_ALLOC; the new id.
    func ioasAlloc() -> (UInt32, Errno?) {
        var cmd = iommu_ioas_alloc()
        cmd.size = UInt32(MemoryLayout<iommu_ioas_alloc>.size)
        let e = ioctl(UInt(IOMMUD_IOMMU_IOAS_ALLOC), &cmd)
        return (cmd.out_ioas_id, e)
    }

    /// IOMMU_DESTROY.
    func destroy(_ id: UInt32) -> Errno? {
        var cmd = iommu_destroy(size: 8, id: id)
        return ioctl(UInt(IOMMUD_IOMMU_DESTROY), &cmd)
    }
}

/// `_IO(';', nr)`.
func ioNumber(_ nr: UInt) -> UInt { (0x3b << 8) | nr }

/// Little-endian u32 bytes.
func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }

// MARK: - IOAS helpers (selftest iommufd_utils.h)

/// `PAGE_SIZE` of this machine.
let pageSize = UInt64(sysconf(Int32(_SC_PAGESIZE)))

/// The selftest's `HUGEPAGE_SIZE`: the THP PMD size, 2 MiB when unknown.
let hugePageSize: UInt64 = {
    let fd = open("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return 2 << 20 }
    defer { close(fd) }
    var text = [UInt8](repeating: 0, count: 80)
    let n = text.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard n > 0, n < text.count else { return 2 << 20 }
    let digits = text[0..<n].prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    return UInt64(String(decoding: digits, as: UTF8.self)) ?? (2 << 20)
}()

/// Whether this thread has capability number `capability` (CAP_SYS_RESOURCE
/// is 24) in its effective set, from `/proc/thread-self/status`. Containers
/// often drop some even for root.
func hasCapability(_ capability: Int) -> Bool {
    let fd = open("/proc/thread-self/status", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var text: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        text += chunk[0..<n]
    }
    for line in text.split(separator: UInt8(ascii: "\n")) where line.starts(with: Array("CapEff:".utf8)) {
        let hex = String(decoding: line.dropFirst(7).filter { $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: " ") },
                         as: UTF8.self)
        return (UInt64(hex, radix: 16) ?? 0) & (1 << UInt64(capability)) != 0
    }
    return false
}

/// `CAP_SYS_RESOURCE`, which IOMMU_OPTION RLIMIT_MODE SET needs.
let capSysResource = 24

/// The mock driver's aperture start (`MOCK_APERTURE_START`), which some
/// no-domain cases use as a plain IOVA.
let mockApertureStart: UInt64 = 1 << 24
/// `MOCK_PAGE_SIZE`: half a CPU page.
let mockPageSize = pageSize / 2

/// The selftest's `buffer`: `BUFFER_SIZE` = 16 pages of shared anonymous
/// memory at a `HUGEPAGE_SIZE`-aligned address, so checks of user memory are
/// real. Unmapped when released.
final class TestBuffer {
    /// `BUFFER_SIZE`.
    let size = 16 * pageSize
    /// The buffer's address.
    let address: UInt64

    /// - Parameter protection: `PROT_NONE` gives memory no one can read
    ///   (what a pin of unmapped memory sees, without the race of unmapping
    ///   while other tests map).
    init(protection: Int32 = PROT_READ | PROT_WRITE) throws {
        address = try mapAligned(size: size, alignment: hugePageSize, protection: protection)
    }

    /// Fills `count` bytes at `offset` with `byte`.
    func fill(_ byte: UInt8, offset: UInt64 = 0, count: UInt64) {
        guard let start = UnsafeMutableRawPointer(bitPattern: UInt(address + offset)) else { return }
        start.initializeMemory(as: UInt8.self, repeating: byte, count: Int(count))
    }

    /// The bytes at `offset`.
    func bytes(offset: UInt64 = 0, count: UInt64) -> [UInt8] {
        guard let start = UnsafeRawPointer(bitPattern: UInt(address + offset)) else { return [] }
        return Array(UnsafeRawBufferPointer(start: start, count: Int(count)))
    }

    /// Reads a value of type `T` at `offset`.
    func load<T>(_ type: T.Type, offset: UInt64 = 0) -> T? {
        UnsafeRawPointer(bitPattern: UInt(address + offset))?.loadUnaligned(as: T.self)
    }

    /// Writes `value` at `offset`.
    func store<T>(_ value: T, offset: UInt64 = 0) {
        UnsafeMutableRawPointer(bitPattern: UInt(address + offset))?.storeBytes(of: value, as: T.self)
    }

    deinit { munmap(UnsafeMutableRawPointer(bitPattern: UInt(address)), Int(size)) }
}

/// Maps `size` bytes of shared anonymous memory at an `alignment`-aligned
/// address. The aligned part is mapped over a larger reservation that this
/// thread owns, and only then are the reservation's ends unmapped, so
/// concurrently running tests can never be handed (and lose) the same range.
func mapAligned(size: UInt64, alignment: UInt64, protection: Int32 = PROT_READ | PROT_WRITE) throws -> UInt64 {
    let reservation = size + alignment
    guard let raw = mmap(nil, Int(reservation), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), raw != MAP_FAILED else {
        throw Errno.current
    }
    let base = UInt64(UInt(bitPattern: raw))
    let aligned = (base + alignment - 1) & ~(alignment - 1)
    guard let fixed = UnsafeMutableRawPointer(bitPattern: UInt(aligned)),
        let mapped = mmap(fixed, Int(size), protection, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0),
        mapped != MAP_FAILED
    else {
        let error = Errno.current
        munmap(raw, Int(reservation))
        throw error
    }
    if aligned > base { munmap(raw, Int(aligned - base)) }
    let tail = base + reservation - (aligned + size)
    if tail > 0 { munmap(UnsafeMutableRawPointer(bitPattern: UInt(aligned + size)), Int(tail)) }
    return aligned
}

/// Read/write map flags the selftest helpers use (`test_ioctl_ioas_map*`).
let mapReadWrite = UInt32(IOMMU_IOAS_MAP_WRITEABLE.rawValue | IOMMU_IOAS_MAP_READABLE.rawValue)
let mapFixed = UInt32(IOMMU_IOAS_MAP_FIXED_IOVA.rawValue)

extension IOMMUFDFixture {
    /// IOMMU_IOAS_MAP with WRITEABLE|READABLE, at `iova` (FIXED_IOVA) or an
    /// automatic IOVA; the IOVA used, or the errno.
    func map(_ ioas: UInt32, userVA: UInt64, length: UInt64, iova: UInt64? = nil,
             flags: UInt32 = mapReadWrite) -> (iova: UInt64, error: Errno?) {
        var cmd = iommu_ioas_map()
        cmd.size = UInt32(MemoryLayout<iommu_ioas_map>.size)
        cmd.flags = flags | (iova == nil ? 0 : mapFixed)
        cmd.ioas_id = ioas
        cmd.user_va = userVA
        cmd.length = length
        cmd.iova = iova ?? 0
        let e = ioctl(UInt(IOMMUD_IOMMU_IOAS_MAP), &cmd)
        return (cmd.iova, e)
    }

    /// IOMMU_IOAS_UNMAP; the bytes unmapped, or the errno.
    func unmap(_ ioas: UInt32, iova: UInt64, length: UInt64) -> (unmapped: UInt64, error: Errno?) {
        var cmd = iommu_ioas_unmap()
        cmd.size = UInt32(MemoryLayout<iommu_ioas_unmap>.size)
        cmd.ioas_id = ioas
        cmd.iova = iova
        cmd.length = length
        let e = ioctl(UInt(IOMMUD_IOMMU_IOAS_UNMAP), &cmd)
        return (cmd.length, e)
    }

    /// IOMMU_IOAS_COPY; the destination IOVA, or the errno.
    func copy(dst: UInt32, src: UInt32, flags: UInt32, length: UInt64, srcIOVA: UInt64,
              dstIOVA: UInt64 = 0) -> (iova: UInt64, error: Errno?) {
        var cmd = iommu_ioas_copy()
        cmd.size = UInt32(MemoryLayout<iommu_ioas_copy>.size)
        cmd.flags = flags
        cmd.dst_ioas_id = dst
        cmd.src_ioas_id = src
        cmd.length = length
        cmd.src_iova = srcIOVA
        cmd.dst_iova = dstIOVA
        let e = ioctl(UInt(IOMMUD_IOMMU_IOAS_COPY), &cmd)
        return (cmd.dst_iova, e)
    }

    /// IOMMU_IOAS_ALLOW_IOVAS with `ranges` ({start, last} pairs).
    func allowIOVAs(_ ioas: UInt32, _ ranges: [(UInt64, UInt64)]) -> Errno? {
        var entries = ranges.map { iommu_iova_range(start: $0.0, last: $0.1) }
        return entries.withUnsafeMutableBufferPointer { array in
            var cmd = iommu_ioas_allow_iovas()
            cmd.size = UInt32(MemoryLayout<iommu_ioas_allow_iovas>.size)
            cmd.ioas_id = ioas
            cmd.num_iovas = UInt32(ranges.count)
            cmd.allowed_iovas = UInt64(UInt(bitPattern: array.baseAddress))
            return ioctl(UInt(IOMMUD_IOMMU_IOAS_ALLOW_IOVAS), &cmd)
        }
    }

    /// IOMMU_OPTION; `val64` afterwards, or the errno.
    func option(_ id: iommufd_option, _ op: iommufd_option_ops, object: UInt32 = 0,
                value: UInt64 = 0) -> (value: UInt64, error: Errno?) {
        var cmd = iommu_option()
        cmd.size = UInt32(MemoryLayout<iommu_option>.size)
        cmd.option_id = id.rawValue
        cmd.op = UInt16(op.rawValue)
        cmd.object_id = object
        cmd.val64 = value
        let e = ioctl(UInt(IOMMUD_IOMMU_OPTION), &cmd)
        return (cmd.val64, e)
    }

    /// IOMMU_VFIO_IOAS; `ioas_id` afterwards, or the errno.
    func vfioIOAS(_ op: iommufd_vfio_ioas_op, ioas: UInt32 = 0) -> (ioas: UInt32, error: Errno?) {
        var cmd = iommu_vfio_ioas()
        cmd.size = UInt32(MemoryLayout<iommu_vfio_ioas>.size)
        cmd.op = UInt16(op.rawValue)
        cmd.ioas_id = ioas
        let e = ioctl(UInt(IOMMUD_IOMMU_VFIO_IOAS), &cmd)
        return (cmd.ioas_id, e)
    }

    /// An ioctl whose argument is an integer (VFIO_CHECK_EXTENSION,
    /// VFIO_SET_IOMMU, VFIO_GET_API_VERSION); its return value or errno.
    func ioctlValue(_ request: UInt, integer: UInt = 0) -> Result<Int32, Errno> {
        kernel.ioctl(fd, request, UnsafeMutableRawPointer(bitPattern: integer))
    }

    /// ioctl on a raw address (a struct placed in a ``TestBuffer``).
    func ioctl(_ request: UInt, at address: UInt64) -> Errno? {
        if case .failure(let e) = kernel.ioctl(fd, request, UnsafeMutableRawPointer(bitPattern: UInt(address))) {
            return e
        }
        return nil
    }
}

/// The selftest fixture `iommufd_ioas` (reference §4.3): an iommufd with one
/// IOAS, the shared test buffer and, per variant, mock devices attached to
/// the IOAS (`base_iova` is then MOCK_APERTURE_START).
final class IOASFixture {
    let iommufd: IOMMUFDFixture
    let ioas: UInt32
    let buffer: TestBuffer
    let variant: IOASVariant
    /// `self->base_iova`: 0 without a mock domain.
    var baseIOVA: UInt64 = 0
    /// The last mock device's selftest object, HWPT and DEVICE (0 without).
    var stdevID: UInt32 = 0
    var hwptID: UInt32 = 0
    var deviceID: UInt32 = 0
    /// The PASID-capable mock device of the mock_domain variant (0 without).
    var devicePASIDID: UInt32 = 0

    /// FIXTURE_SETUP(iommufd_ioas): the IOAS, the memory limit (the
    /// variant's, or the default 65536), the variant's mock devices (each
    /// with its cache slots checked), and mock_domain's PASID device.
    /// `setUp: false` stops after the IOAS (for rule tests that need no
    /// IOMMU_TEST_CMD).
    init(_ variant: IOASVariant = .noDomain, setUp: Bool = true) throws {
        self.variant = variant
        iommufd = try IOMMUFDFixture()
        let (id, error) = iommufd.ioasAlloc()
        if let error { throw error }
        ioas = id
        buffer = try TestBuffer()
        guard setUp else { return }
        if let error = iommufd.setTempMemoryLimit(variant.memoryLimit ?? 65536) { throw error }
        for _ in 0..<variant.mockDomains {
            let r = iommufd.mockDomain(ioas)
            if let error = r.error { throw error }
            (stdevID, hwptID, deviceID) = (r.stdev, r.hwpt, r.device)
            for slot in 0..<UInt32(4) {
                try fixtureStep(iommufd.checkDeviceCache(deviceID, slot: slot, expected: 0xbaddad),
                                olderKernelsAnswer: .EOPNOTSUPP)
            }
            baseIOVA = mockApertureStart
        }
        if variant.pasidCapable {
            let r = iommufd.mockDomain(ioas, flags: mockFlagDevicePASID)
            try fixtureStep(r.error, olderKernelsAnswer: .EINVAL)
            devicePASIDID = r.error == nil ? r.device : 0
        }
    }

    /// `test_ioctl_ioas_map` / `_fixed` on the fixture's IOAS.
    func map(_ userVA: UInt64, _ length: UInt64, iova: UInt64? = nil) -> (iova: UInt64, error: Errno?) {
        iommufd.map(ioas, userVA: userVA, length: length, iova: iova)
    }

    /// `test_ioctl_ioas_unmap` on the fixture's IOAS.
    func unmap(_ iova: UInt64, _ length: UInt64) -> (unmapped: UInt64, error: Errno?) {
        iommufd.unmap(ioas, iova: iova, length: length)
    }

    /// FIXTURE_TEARDOWN(iommufd_ioas): the default memory limit, then
    /// `teardown_iommufd` (close, reopen, nothing of the buffer pinned).
    func teardown() {
        #expect(iommufd.setTempMemoryLimit(65536) == nil)
        iommufd.teardown(checking: buffer)
    }
}

/// A fixture set-up step of the ported (7.x) selftest that older kernels
/// lack: IOMMU_TEST_OP_DEV_CHECK_CACHE (6.13, EOPNOTSUPP before) and the mock
/// PASID device flag (6.15, EINVAL before). A kernel that answers `absent`
/// — Linux 6.12, and the simulation, which models 6.12 — leaves the step
/// out, so the fixture's other cases still run.
func fixtureStep(_ error: Errno?, olderKernelsAnswer absent: Errno) throws {
    guard let error else { return }
    if error == absent { return }
    throw error
}

/// The variants of `iommufd_ioas`.
enum IOASVariant: CaseIterable, CustomStringConvertible, Sendable {
    case noDomain, mockDomain, twoMockDomain, mockDomainLimit

    var description: String {
        switch self {
        case .noDomain: return "no_domain"
        case .mockDomain: return "mock_domain"
        case .twoMockDomain: return "two_mock_domain"
        case .mockDomainLimit: return "mock_domain_limit"
        }
    }

    var mockDomains: Int {
        switch self {
        case .noDomain: return 0
        case .mockDomain, .mockDomainLimit: return 1
        case .twoMockDomain: return 2
        }
    }

    var memoryLimit: UInt32? { self == .mockDomainLimit ? 16 : nil }
    var pasidCapable: Bool { self == .mockDomain }
}

/// `errno { … }`: the errno a typed request failed with, nil on success
/// (for suites that run requests which throw ``KernelError``).
protocol KernelErrnoChecking {}

extension KernelErrnoChecking {
    /// The errno `body` failed with; nil on success.
    func errno(_ body: () throws -> Void) -> Errno? {
        do {
            try body()
            return nil
        } catch let error as KernelError {
            return error.errno
        } catch {
            Issue.record("not a KernelError: \(error)")
            return nil
        }
    }
}
