#if canImport(Glibc)
import Glibc
#endif
import CPosix

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
    public var name: String { Self.symbolicName(rawValue) ?? "errno \(rawValue)" }

    /// The errno whose symbolic name is `name` (`"EINVAL"`), if it has one.
    public init?(named name: String) {
        guard let value = Self.byName[name] else { return nil }
        self.init(rawValue: value)
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

    /// The C library's name for `value` (glibc knows every Linux errno).
    private static func symbolicName(_ value: Int32) -> String? {
        iommud_errno_name(value).map { String(cString: $0) }
    }

    /// Linux errno values run from 1 to 133 (EHWPOISON); a little room above.
    private static let knownRange: ClosedRange<Int32> = 1...160

    /// Every named errno by name, built on first use (aliases such as
    /// `EWOULDBLOCK` have no entry: the C library names their value once).
    private static let byName: [String: Int32] = Dictionary(
        knownRange.compactMap { value in symbolicName(value).map { ($0, value) } },
        uniquingKeysWith: { first, _ in first })
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
