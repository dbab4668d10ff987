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
    /// Kernel objects whose descriptors systemd's fd store kept did not
    /// match the journal (which objects, and why): their descriptors were
    /// removed from the store, and the next start makes them anew.
    case notAdopted(String)

    public var description: String {
        switch self {
        case .system(let what, let errno): "\(what): \(errno)"
        case .locked(let directory): "state directory \(directory) is in use by another iommud (its lock is held)"
        case .corrupt(let offset, let reason): "journal corrupt at byte \(offset): \(reason)"
        case .broken(let reason): "the state journal stopped accepting changes after \(reason)"
        case .notAdopted(let what):
            "the kernel objects kept in the fd store do not match the journal (\(what)); their descriptors were "
                + "removed from the store and closed: start again to make them anew from the journal"
        }
    }

    /// The errno behind the error, if a system call failed.
    public var errno: Errno? {
        if case .system(_, let errno) = self { return errno }
        return nil
    }
}
