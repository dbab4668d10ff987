#if canImport(Glibc)
import Glibc
#endif
import CPosix

/// The system calls the kernel layer makes, as a value that tests can replace
/// (to record calls or force errno) — swift-system's mocking idea without a
/// build flag.
///
/// Each entry follows the C convention (-1 and errno on failure); callers wrap
/// them with ``systemCall(retryOnInterrupt:_:)`` so errno is captured at once.
public struct SystemCalls: Sendable {
    public var open: @Sendable (_ path: String, _ flags: Int32) -> Int32
    public var close: @Sendable (_ fd: Int32) -> Int32
    public var ioctl: @Sendable (_ fd: Int32, _ request: UInt, _ argument: UnsafeMutableRawPointer?) -> Int32
    /// `fcntl(fd, command, argument)` for the integer-argument commands.
    public var fcntl: @Sendable (_ fd: Int32, _ command: Int32, _ argument: Int32) -> Int32

    public init(
        open: @escaping @Sendable (String, Int32) -> Int32,
        close: @escaping @Sendable (Int32) -> Int32,
        ioctl: @escaping @Sendable (Int32, UInt, UnsafeMutableRawPointer?) -> Int32,
        fcntl: @escaping @Sendable (Int32, Int32, Int32) -> Int32 = { fd, command, argument in
            Glibc.fcntl(fd, command, argument)
        }
    ) {
        self.open = open
        self.close = close
        self.ioctl = ioctl
        self.fcntl = fcntl
    }

    /// The real calls.
    public static let live = SystemCalls(
        open: { path, flags in Glibc.open(path, flags) },
        close: { fd in Glibc.close(fd) },
        ioctl: { fd, request, argument in iommud_ioctl(fd, request, argument) })
}
