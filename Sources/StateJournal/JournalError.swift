import Posix

/// Why the journal could not be opened, read or written.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed: which, on what, and its errno.
    case system(String, Errno)
    /// Another process holds the state directory's lock.
    case locked(String)
    /// The journal is damaged other than by a torn last write: a record
    /// fails its checksum with valid records after it, or records are out
    /// of order. Nothing is dropped silently; the daemon refuses to start.
    case corrupt(offset: Int, String)
    /// An earlier failure left the file in a state the journal cannot vouch
    /// for; every later change is refused rather than acknowledged and lost.
    case broken(String)

    public var description: String {
        switch self {
        case .system(let what, let errno): "\(what): \(errno)"
        case .locked(let directory): "state directory \(directory) is in use by another iommud (its lock is held)"
        case .corrupt(let offset, let reason): "journal corrupt at byte \(offset): \(reason)"
        case .broken(let reason): "the state journal stopped accepting changes after \(reason)"
        }
    }

    /// The errno behind the error, if a system call failed.
    public var errno: Errno? {
        if case .system(_, let errno) = self { return errno }
        return nil
    }
}
