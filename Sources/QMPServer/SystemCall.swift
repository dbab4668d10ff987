#if canImport(Glibc)
import Glibc
#endif

/// An errno value captured right after a failed system call.
public struct Errno: Error, Sendable, Equatable, CustomStringConvertible {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The message `strerror` gives.
    public var description: String { String(cString: strerror(rawValue)) }

    static let again = Errno(rawValue: EAGAIN)
    static let interrupted = Errno(rawValue: EINTR)
}

/// Runs a system call that returns -1 on failure, capturing errno at once and
/// retrying on EINTR when asked to.
@inline(never)
func systemCall<T: BinaryInteger>(retryOnInterrupt: Bool = true, _ body: () -> T) -> Result<T, Errno> {
    while true {
        let r = body()
        if r >= 0 { return .success(r) }
        let e = errno
        if e == EINTR && retryOnInterrupt { continue }
        return .failure(Errno(rawValue: e))
    }
}
