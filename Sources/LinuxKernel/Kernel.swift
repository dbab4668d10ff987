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
    private let syscalls: SystemCalls

    /// - Parameter syscalls: the calls to make; tests pass a recording or
    ///   failing table.
    public init(syscalls: SystemCalls = .live) { self.syscalls = syscalls }

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
}
