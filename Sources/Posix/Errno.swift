#if canImport(Glibc)
import Glibc
#endif

/// An errno value, captured right after a failed system call.
///
/// Errors shown to users carry the symbolic name (`EINVAL`) and the C
/// library's text, e.g. `EINVAL (Invalid argument)`.
public struct Errno: Error, Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The C library's message (`strerror`).
    public var message: String { String(cString: strerror(rawValue)) }

    /// The symbolic name, e.g. `"EINVAL"`; `"errno N"` for values without one.
    public var name: String { Self.names[rawValue] ?? "errno \(rawValue)" }

    /// The errno whose symbolic name is `name` (`"EINVAL"`), if it has one.
    public init?(named name: String) {
        guard let entry = Self.names.first(where: { $0.value == name }) else { return nil }
        self.init(rawValue: entry.key)
    }

    /// `EINVAL (Invalid argument)`.
    public var description: String { "\(name) (\(message))" }

    /// The current thread's errno. Read it at once after the failing call.
    public static var current: Errno { Errno(rawValue: errno) }

    public static let EPERM = Errno(rawValue: Glibc.EPERM)
    public static let ENOENT = Errno(rawValue: Glibc.ENOENT)
    public static let EINTR = Errno(rawValue: Glibc.EINTR)
    public static let EIO = Errno(rawValue: Glibc.EIO)
    public static let ENXIO = Errno(rawValue: Glibc.ENXIO)
    public static let E2BIG = Errno(rawValue: Glibc.E2BIG)
    public static let EBADF = Errno(rawValue: Glibc.EBADF)
    public static let EAGAIN = Errno(rawValue: Glibc.EAGAIN)
    public static let ENOMEM = Errno(rawValue: Glibc.ENOMEM)
    public static let EACCES = Errno(rawValue: Glibc.EACCES)
    public static let EFAULT = Errno(rawValue: Glibc.EFAULT)
    public static let EBUSY = Errno(rawValue: Glibc.EBUSY)
    public static let EEXIST = Errno(rawValue: Glibc.EEXIST)
    public static let ENODEV = Errno(rawValue: Glibc.ENODEV)
    public static let EINVAL = Errno(rawValue: Glibc.EINVAL)
    public static let ENOTTY = Errno(rawValue: Glibc.ENOTTY)
    public static let ENOSYS = Errno(rawValue: Glibc.ENOSYS)
    public static let ENOSPC = Errno(rawValue: Glibc.ENOSPC)
    public static let EPIPE = Errno(rawValue: Glibc.EPIPE)
    public static let ERANGE = Errno(rawValue: Glibc.ERANGE)
    public static let EOPNOTSUPP = Errno(rawValue: Glibc.EOPNOTSUPP)
    public static let EADDRINUSE = Errno(rawValue: Glibc.EADDRINUSE)
    public static let EMSGSIZE = Errno(rawValue: Glibc.EMSGSIZE)
    public static let EOVERFLOW = Errno(rawValue: Glibc.EOVERFLOW)
    public static let EPROTO = Errno(rawValue: Glibc.EPROTO)

    private static let names: [Int32: String] = [
        Glibc.EPERM: "EPERM", Glibc.ENOENT: "ENOENT", Glibc.ESRCH: "ESRCH", Glibc.EINTR: "EINTR", Glibc.EIO: "EIO",
        Glibc.ENXIO: "ENXIO", Glibc.E2BIG: "E2BIG", Glibc.EBADF: "EBADF", Glibc.EAGAIN: "EAGAIN",
        Glibc.ENOMEM: "ENOMEM", Glibc.EACCES: "EACCES", Glibc.EFAULT: "EFAULT", Glibc.EBUSY: "EBUSY",
        Glibc.EEXIST: "EEXIST", Glibc.ENODEV: "ENODEV", Glibc.ENOTDIR: "ENOTDIR", Glibc.EINVAL: "EINVAL",
        Glibc.EMFILE: "EMFILE", Glibc.ENOTTY: "ENOTTY", Glibc.ENOSPC: "ENOSPC", Glibc.EPIPE: "EPIPE",
        Glibc.ERANGE: "ERANGE", Glibc.EOPNOTSUPP: "EOPNOTSUPP", Glibc.EADDRINUSE: "EADDRINUSE",
        Glibc.EMSGSIZE: "EMSGSIZE", Glibc.EOVERFLOW: "EOVERFLOW", Glibc.ECONNREFUSED: "ECONNREFUSED",
        Glibc.ECONNRESET: "ECONNRESET", Glibc.ENOSYS: "ENOSYS", Glibc.ELOOP: "ELOOP",
        Glibc.EBADFD: "EBADFD", Glibc.EBADE: "EBADE", Glibc.EDEADLK: "EDEADLK", Glibc.ESPIPE: "ESPIPE",
        Glibc.EROFS: "EROFS", Glibc.ENFILE: "ENFILE", Glibc.ETIMEDOUT: "ETIMEDOUT",
        Glibc.EPROTO: "EPROTO", Glibc.ENOBUFS: "ENOBUFS", Glibc.ECONNABORTED: "ECONNABORTED",
    ]
}

/// Runs a system call that returns -1 on failure, capturing errno at once and
/// retrying on EINTR when asked to.
@inline(never)
public func systemCall<T: BinaryInteger>(retryOnInterrupt: Bool = true, _ body: () -> T) -> Result<T, Errno> {
    while true {
        let r = body()
        if r >= 0 { return .success(r) }
        let e = errno
        if e == Glibc.EINTR && retryOnInterrupt { continue }
        return .failure(Errno(rawValue: e))
    }
}
