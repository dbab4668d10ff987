#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import SimulatedKernel

/// The kernel the conformance suite runs against: the simulated one by default;
/// `IOMMUD_CONFORMANCE_KERNEL=host` runs the same cases against the host's
/// `/dev/iommu` (the proving-ground VM does this with a CONFIG_IOMMUFD_TEST kernel).
enum ConformanceKernel {
    static func make() -> any Kernel {
        if let v = getenv("IOMMUD_CONFORMANCE_KERNEL"), String(cString: v) == "host" {
            return HostKernel()
        }
        return SimulatedKernel()
    }
}

/// An open `/dev/iommu` for one test, like the selftest fixture `iommufd`:
/// raw ioctls on raw structs, asserting return values and errno as the kernel's
/// `tools/testing/selftests/iommu/iommufd.c` does.
final class IOMMUFDFixture {
    let kernel: any Kernel
    let fd: Int32

    init() throws {
        kernel = ConformanceKernel.make()
        fd = try kernel.open("/dev/iommu", flags: O_RDWR | O_CLOEXEC).get()
    }

    deinit { _ = kernel.close(fd) }

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
