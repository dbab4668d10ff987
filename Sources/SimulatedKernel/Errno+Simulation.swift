#if canImport(Glibc)
import Glibc
#endif
import Posix

/// Errno values the simulated kernel answers that the Posix module does not
/// name yet (their ``Errno/name`` reads "errno N").
extension Errno {
    /// `EBADFD`: a descriptor of the wrong kind (not an iommufd, not a test access).
    static let EBADFD = Errno(rawValue: Glibc.EBADFD)
    /// `EBADE`: ACCESS_PAGES found other pages than the caller's buffer.
    static let EBADE = Errno(rawValue: Glibc.EBADE)
    /// `EDEADLK` (`EDEADLOCK`): an access never unpinned what an unmap needed.
    static let EDEADLK = Errno(rawValue: Glibc.EDEADLK)
    /// `ESPIPE`: a fault-queue read or write of the wrong size.
    static let ESPIPE = Errno(rawValue: Glibc.ESPIPE)
}
