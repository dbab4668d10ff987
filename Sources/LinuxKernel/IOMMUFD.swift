#if canImport(Glibc)
import Glibc
#endif
import Posix

/// An open `/dev/iommu`: owns the descriptor, closes it exactly once.
///
/// Every iommufd object (IOAS, HWPT, bound device) lives inside one of these;
/// closing it destroys them all, as the kernel does.
public struct IOMMUFD: ~Copyable {
    /// Whether the descriptor is this value's to close.
    public enum Ownership: Sendable {
        /// Opened by iommud, or passed to it to keep: closed at the end.
        case owns
        /// An inherited number iommud may use but never closes (QEMU never
        /// closes one): the kernel seam forgets it at the end instead.
        case borrows
        /// One systemd's fd store passed back, used while the state journal
        /// is replayed over the kernel objects it holds: left open at the
        /// end (the replay then hands it over, ``takeOwnership()``, or
        /// closes it).
        case kept
    }

    /// The descriptor.
    public let fd: Int32
    /// The kernel it belongs to.
    public let kernel: any Kernel
    /// What happens to the descriptor at the end.
    public private(set) var ownership: Ownership

    /// Opens `path` (default `/dev/iommu`) read-write and close-on-exec.
    ///
    /// - Throws: `KernelError` named `open /dev/iommu` with the errno, e.g.
    ///   ENOENT on a machine without IOMMUFD.
    public init(kernel: any Kernel, path: String = "/dev/iommu") throws(KernelError) {
        switch kernel.open(path, flags: O_RDWR | O_CLOEXEC) {
        case .success(let fd): self.fd = fd
        case .failure(let e): throw KernelError("open \(path)", e)
        }
        self.kernel = kernel
        ownership = .owns
    }

    /// Takes over a descriptor the kernel seam has adopted (see
    /// ``Kernel/adoptIOMMUFD(_:)-(OwnedFD)`` and ``Kernel/borrowIOMMUFD(_:)``).
    init(adopted fd: Int32, kernel: any Kernel, ownership: Ownership) {
        self.fd = fd
        self.kernel = kernel
        self.ownership = ownership
    }

    /// Uses `fd`, a `/dev/iommu` descriptor systemd's fd store passed back,
    /// without closing it at the end (``Ownership/kept``).
    public init(kept fd: Int32, kernel: any Kernel) {
        self.init(adopted: fd, kernel: kernel, ownership: .kept)
    }

    /// Makes a kept descriptor this value's to close.
    public mutating func takeOwnership() {
        if ownership == .kept { ownership = .owns }
    }

    /// Runs a typed request.
    public func perform<R: IOMMUFDRequest>(_ request: inout R) throws(KernelError) {
        try kernel.perform(&request, on: fd)
    }

    /// Closes the descriptor: consuming `self` ends ownership, and `deinit` —
    /// the one place that closes — runs.
    public consuming func close() {}

    deinit {
        switch ownership {
        case .owns: _ = kernel.close(fd)
        case .borrows: kernel.disown(fd)
        case .kept: break
        }
    }
}

extension Kernel {
    /// Takes over a descriptor a client passed (`getfd`) as an open
    /// `/dev/iommu`: the returned owner closes it at the end. One the kernel
    /// will not adopt is closed here, and its errno returned.
    public func adoptIOMMUFD(_ passed: consuming OwnedFD) -> Result<IOMMUFD, Errno> {
        let fd = passed.release()
        switch adoptIOMMUFD(fd) {
        case .success: return .success(IOMMUFD(adopted: fd, kernel: self, ownership: .owns))
        case .failure(let e):
            systemCalls.typed.close(fd)
            return .failure(e)
        }
    }

    /// Uses an inherited descriptor number as an open `/dev/iommu` without
    /// taking it over: the returned owner never closes it.
    public func borrowIOMMUFD(_ number: Int32) -> Result<IOMMUFD, Errno> {
        adoptIOMMUFD(number).map { IOMMUFD(adopted: number, kernel: self, ownership: .borrows) }
    }
}

/// A typed iommufd ioctl: the uapi struct it carries, its number and name.
///
/// Each request type lives in its own file under `IOCTL/` and keeps the C
/// struct internal behind typed accessors.
public protocol IOMMUFDRequest {
    /// The uapi struct (`struct iommu_ioas_alloc`, …).
    associatedtype UAPI
    /// The ioctl number.
    static var number: UInt { get }
    /// The smallest `size` the kernel accepts: the struct up to the last
    /// field the command was introduced with (its `IOCTL_OP` entry); a
    /// shorter struct is EINVAL.
    static var minimumSize: Int { get }
    /// The uapi name, used in errors and traces.
    static var name: String { get }
    /// The struct as passed to the kernel, `size` already set.
    var uapi: UAPI { get set }
    /// Fires the request's trace event (tracing/trace-events) after the ioctl,
    /// with QEMU's convention for `ret`: the raw ioctl return (0 or -1) for the
    /// events QEMU has, `0` or `-errno` for the ones iommud adds.
    func trace(fd: Int32, result: Result<Int32, Errno>)
    /// Whether the request changes kernel state (most do); one that only
    /// looks says false, so that a replay over adopted kernel objects asks
    /// the kernel instead of the record (``KernelCallBook``).
    var changesKernelState: Bool { get }
    /// The values the kernel chose in the struct (new ids, IOVAs,
    /// lengths), in a fixed order, as the state journal records them; set
    /// back from the record when a replay answers the request.
    var kernelOutputs: [UInt64] { get set }
}

extension IOMMUFDRequest {
    public var changesKernelState: Bool { true }
    public var kernelOutputs: [UInt64] {
        get { [] }
        set {}
    }
}

extension Result where Success == Int32, Failure == Errno {
    /// The raw ioctl return value: 0 (or the value) on success, -1 on failure.
    var raw: Int32 {
        switch self {
        case .success(let v): return v
        case .failure: return -1
        }
    }

    /// 0 (or the value) on success, `-errno` on failure.
    var negativeErrno: Int32 {
        switch self {
        case .success(let v): return v
        case .failure(let e): return -e.rawValue
        }
    }
}
