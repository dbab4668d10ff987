#if canImport(Glibc)
import Glibc
#endif
import Posix

/// The kernel iommud talks to: the host's, or the simulated one. Both take the
/// same requests — raw uapi struct bytes behind an ioctl number — and answer
/// with the same errno, so everything above this seam runs unchanged on either.
public protocol Kernel: Sendable {
    /// `"host"` or `"sim"`, for logs and `query` commands.
    var name: String { get }
    /// Opens a device node (`/dev/iommu`, `/dev/vfio/devices/vfioN`, …).
    func open(_ path: String, flags: Int32) -> Result<Int32, Errno>
    /// Closes a descriptor this kernel returned.
    func close(_ fd: Int32) -> Result<Void, Errno>
    /// Issues `request` on `fd` with the struct at `argument`.
    func ioctl(_ fd: Int32, _ request: UInt, _ argument: UnsafeMutableRawPointer?) -> Result<Int32, Errno>
    /// Issues `request` on `fd` with a struct the caller owns: `ownStruct`
    /// is readable and writable for its whole count (a typed request's own
    /// value). The answer is the same as ``ioctl(_:_:_:)``'s; a kernel model
    /// may copy the struct in and out directly instead of through the checked
    /// copy_from_user path, which only matters for a pointer that could be
    /// bad. Defaults to ``ioctl(_:_:_:)``.
    func ioctl(_ fd: Int32, _ request: UInt, ownStruct: UnsafeMutableRawBufferPointer) -> Result<Int32, Errno>
    /// Takes over a descriptor a client passed as an open `/dev/iommu`
    /// (QEMU's `iommufd` object with `fd`). The host checks it is open (else
    /// EBADF); the simulated kernel, having no `/dev/iommu` to pass, lets any
    /// open descriptor stand for a fresh open of it. Release it with
    /// ``close(_:)`` or, when the caller must not close it, ``disown(_:)``.
    func adoptIOMMUFD(_ fd: Int32) -> Result<Void, Errno>
    /// Stops using an adopted descriptor without closing it (QEMU never
    /// closes an inherited descriptor number). What was created through it
    /// goes as on close.
    func disown(_ fd: Int32)
    /// Takes over a descriptor a client passed as an open VFIO device cdev
    /// (as libvirt passes devices to QEMU); release it with ``close(_:)``.
    /// The host checks it is open (EBADF); the simulated kernel has no device
    /// behind a foreign descriptor (ENODEV).
    func adoptVFIODevice(_ fd: Int32) -> Result<Void, Errno>
    /// The devices this kernel offers through VFIO cdev
    /// (`/dev/vfio/devices/vfioN`), in cdev order.
    func vfioHostDevices() -> Result<[VFIOHostDevice], Errno>
    /// The system calls the daemon makes beside this kernel's own (memory
    /// backends, files, descriptors): the host's table, or the simulation's,
    /// whose fault injection fails them as it fails kernel calls.
    var systemCalls: SystemCalls { get }
    /// How many IOMMU domains the type1 backend of the legacy container
    /// open as `container` keeps, when this kernel can say: the host's
    /// tells userspace nothing (nil), the simulated kernel knows.
    func type1DomainCount(container: Int32) -> Int?
    /// RLIMIT_MEMLOCK as this kernel applies it to the pages it pins for
    /// the daemon, in bytes: nil when nothing limits them (the daemon has
    /// CAP_IPC_LOCK, or the limit is infinite). With CAP_IPC_LOCK iommufd
    /// charges nothing at all; VFIO type1 still charges, unchecked.
    var memlockLimit: UInt64? { get }
    /// `pread` of a VFIO device descriptor: up to `count` bytes of its
    /// regions from `offset` (a region's index shifted left by 40, as
    /// vfio-pci lays them out, plus the offset inside it).
    func readRegion(_ fd: Int32, count: Int, at offset: UInt64) -> Result<[UInt8], Errno>
    /// `pwrite` of a VFIO device descriptor at `offset`; the bytes written.
    func writeRegion(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64) -> Result<Int, Errno>
}

extension Kernel {
    public var systemCalls: SystemCalls { .live }

    public func readRegion(_ fd: Int32, count: Int, at offset: UInt64) -> Result<[UInt8], Errno> {
        systemCalls.typed.pread(fd, count: count, at: offset)
    }

    public func writeRegion(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64) -> Result<Int, Errno> {
        systemCalls.typed.pwrite(fd, bytes, at: offset)
    }

    public func type1DomainCount(container: Int32) -> Int? { nil }

    /// The host's: `CapEff` of /proc/self/status (CAP_IPC_LOCK, bit 14:
    /// no limit; an unreadable status counts as without it) and
    /// `getrlimit(RLIMIT_MEMLOCK)`'s soft limit (RLIM_INFINITY: none).
    public var memlockLimit: UInt64? {
        if case .success(let bytes) = systemCalls.typed.readFile(atPath: "/proc/self/status", limit: 1 << 16) {
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("CapEff:") {
                let hex = line.dropFirst("CapEff:".count).trimmingPrefix(while: { $0 == " " || $0 == "\t" })
                if let mask = UInt64(hex, radix: 16), mask & (1 << 14) != 0 { return nil }
            }
        }
        var limit = rlimit()
        guard systemCalls.getrlimit(Int32(__RLIMIT_MEMLOCK.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else {
            return nil
        }
        return UInt64(limit.rlim_cur)
    }

    public func ioctl(_ fd: Int32, _ request: UInt, ownStruct: UnsafeMutableRawBufferPointer) -> Result<Int32, Errno> {
        ioctl(fd, request, ownStruct.baseAddress)
    }
}

/// A device assignable through VFIO cdev, as the kernel describes it.
public struct VFIOHostDevice: Sendable, Hashable {
    /// The sysfs name: a PCI address (`0000:17:00.0`) or an mdev UUID.
    public var name: String
    /// Its sysfs directory (`/sys/bus/pci/devices/0000:17:00.0`).
    public var sysfsPath: String
    /// Its VFIO cdev (`/dev/vfio/devices/vfio0`).
    public var cdevPath: String
    /// The IOMMU unit it sits behind (`dmar0`), nil for an mdev.
    public var iommu: String?
    /// Its IOMMU group; nil when it has none (the simulated kernel's mdevs;
    /// on a host an mdev usually has a group of its own, not an IOMMU).
    public var group: Int?
    /// What it is, for listings (may be empty).
    public var summary: String
    /// Whether it is a conventional PCI device behind a PCI bridge, so that
    /// its DMA carries the bridge's requester id (QEMU's aliased BDF).
    public var aliased: Bool = false

    /// A device as the kernel describes it.
    public init(name: String, sysfsPath: String, cdevPath: String, iommu: String?, group: Int?, summary: String = "") {
        self.name = name
        self.sysfsPath = sysfsPath
        self.cdevPath = cdevPath
        self.iommu = iommu
        self.group = group
        self.summary = summary
    }
}

/// A failed kernel operation: which one, and the errno it returned. Mapped to
/// a QMP error in one place, with the errno's name in the text.
public struct KernelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The ioctl's uapi name (`IOMMU_IOAS_ALLOC`) or the call (`open /dev/iommu`).
    public var operation: String
    public var errno: Errno

    public init(_ operation: String, _ errno: Errno) {
        self.operation = operation
        self.errno = errno
    }

    /// `IOMMU_IOAS_MAP failed: EINVAL (Invalid argument)`.
    public var description: String { "\(operation) failed: \(errno)" }
}

/// The Linux host kernel, through the divertable system-call table.
public struct HostKernel: Kernel {
    public let name = "host"
    let syscalls: SystemCalls
    /// Where sysfs is mounted (`/sys`); device discovery reads below it.
    public let sysfsRoot: String
    /// Where the device nodes are (`/dev`); device discovery checks the
    /// VFIO cdevs below it.
    public let devRoot: String

    /// - Parameters:
    ///   - syscalls: the calls to make; tests pass a recording or failing
    ///     table.
    ///   - sysfsRoot: the sysfs mount, `/sys` on a real host; tests point it
    ///     at a fake tree.
    ///   - devRoot: the device directory, `/dev` on a real host.
    public init(syscalls: SystemCalls = .live, sysfsRoot: String = "/sys", devRoot: String = "/dev") {
        self.syscalls = syscalls
        self.sysfsRoot = sysfsRoot
        self.devRoot = devRoot
    }

    public var systemCalls: SystemCalls { syscalls }

    public func open(_ path: String, flags: Int32) -> Result<Int32, Errno> {
        systemCall { syscalls.open(path, flags) }
    }

    public func close(_ fd: Int32) -> Result<Void, Errno> {
        // A close interrupted by a signal must not be retried: the descriptor
        // is gone either way on Linux.
        systemCall(retryOnInterrupt: false) { syscalls.close(fd) }.map { _ in () }
    }

    public func ioctl(_ fd: Int32, _ request: UInt, _ argument: UnsafeMutableRawPointer?) -> Result<Int32, Errno> {
        systemCall { syscalls.ioctl(fd, request, argument) }
    }

    /// Checks that `fd` is open; the kernel itself will refuse the ioctls
    /// of a descriptor that is not `/dev/iommu` (ENOTTY), as it does for QEMU.
    public func adoptIOMMUFD(_ fd: Int32) -> Result<Void, Errno> {
        systemCall { syscalls.fcntl(fd, F_GETFD, 0) }.map { _ in () }
    }

    /// Nothing to do: the host kernel keeps no state per descriptor user.
    public func disown(_ fd: Int32) {}

    /// Checks that `fd` is open; the kernel refuses the requests of a
    /// descriptor that is not a VFIO cdev.
    public func adoptVFIODevice(_ fd: Int32) -> Result<Void, Errno> { adoptIOMMUFD(fd) }
}
