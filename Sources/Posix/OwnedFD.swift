#if canImport(Glibc)
import Glibc
#endif

/// A file descriptor the daemon owns: closed exactly once, either explicitly
/// with ``close()`` or, as a safety net, when the value is dropped. Moving it
/// (``release()``) hands ownership to whoever takes the raw number; a
/// `consuming` parameter of this type says a function takes it over (the
/// kernel seam's adoptions do).
public struct OwnedFD: ~Copyable {
    /// The descriptor number.
    public let raw: Int32

    /// Takes ownership of `raw`.
    public init(adopting raw: Int32) { self.raw = raw }

    /// Closes the descriptor.
    public consuming func close() {
        _ = Glibc.close(raw)
        discard self
    }

    /// Gives up ownership without closing; the caller must close `raw`.
    public consuming func release() -> Int32 {
        let fd = raw
        discard self
        return fd
    }

    deinit { _ = Glibc.close(raw) }
}
