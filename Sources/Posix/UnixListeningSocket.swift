#if canImport(Glibc)
import Glibc
#endif

/// Why a Unix listening socket could not be made: the step and its errno,
/// or a path iommud refuses to replace.
public enum UnixListenError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A call failed: what it was doing, and its errno.
    case call(String, Errno)
    /// The path is too long for a socket address.
    case pathTooLong(String)
    /// Something that is not a socket is at the path.
    case notASocket(String)
    /// A live process accepts on the path.
    case inUse(String)

    public var description: String {
        switch self {
        case .call(let what, let e): return "\(what): \(e)"
        case .pathTooLong(let path): return "\(path): socket path too long"
        case .notASocket(let path): return "\(path) exists and is not a socket; refusing to replace it"
        case .inUse(let path): return "\(path) is in use by a running process; is another iommud listening there?"
        }
    }

    /// The errno behind it, when a call failed.
    public var errno: Errno? {
        if case .call(_, let e) = self { return e }
        return nil
    }
}

/// The listen backlog of every socket iommud accepts on: the most the kernel
/// allows (it caps the value at net.core.somaxconn). A client connecting
/// without blocking to a Unix socket whose backlog is full gets EAGAIN, which
/// asyncio clients (qemu.qmp) take for a connection in progress and then fail
/// with EINVAL on the first read; a burst of a thousand clients connecting at
/// once must not meet that.
public let listenBacklog: Int32 = SOMAXCONN

extension SystemCalls.Typed {
    /// A Unix stream socket listening at `path`, `mode` and (when given)
    /// owned by `group` from the moment a client can see it: it is bound
    /// under a temporary name with a umask that makes it 0600, its mode and
    /// group are set, it listens, and only then is it renamed to `path`
    /// (no window in which the path refuses connections or admits someone
    /// it should not). A stale socket left by a crashed process is
    /// replaced; a live one, or a path that is not a socket, is an error.
    /// `extraFlags` (SOCK_NONBLOCK) are added to SOCK_CLOEXEC. The backlog
    /// defaults to `listenBacklog`.
    public func listenUnix(path: String, mode: mode_t, group: gid_t?, extraFlags: Int32 = 0,
                           backlog: Int32 = listenBacklog) -> Result<Int32, UnixListenError>
    {
        guard path.utf8.count < 108, !path.utf8.contains(0) else { return .failure(.pathTooLong(path)) }
        if let refusal = removeStaleSocket(path) { return .failure(refusal) }
        let temporary = path + ".\(getpid()).tmp"
        let bindPath = temporary.utf8.count < 108 ? temporary : path
        if bindPath != path { _ = calls.unlink(bindPath) }
        let fd: Int32
        switch systemCall({ calls.unixSocket(Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | extraFlags) }) {
        case .success(let s): fd = s
        case .failure(let e): return .failure(.call("socket", e))
        }
        let oldMask = umask(0o177)
        let bound = systemCall { calls.bindUnix(fd, bindPath) }
        umask(oldMask)
        if case .failure(let e) = bound {
            close(fd)
            return .failure(.call("bind \(path)", e))
        }
        func undo(_ what: String, _ e: Errno) -> Result<Int32, UnixListenError> {
            close(fd)
            _ = calls.unlink(bindPath)
            return .failure(.call(what, e))
        }
        if mode != 0o600, case .failure(let e) = systemCall({ calls.chmod(bindPath, mode) }) {
            return undo("chmod \(path)", e)
        }
        if let group, case .failure(let e) = systemCall({ calls.chgrp(bindPath, group) }) {
            return undo("chown \(path)", e)
        }
        if case .failure(let e) = systemCall({ calls.listen(fd, backlog) }) { return undo("listen \(path)", e) }
        if bindPath != path, case .failure(let e) = systemCall({ calls.rename(bindPath, path) }) {
            return undo("rename \(bindPath) to \(path)", e)
        }
        return .success(fd)
    }

    /// Removes a socket at `path` nobody accepts on; the refusal otherwise.
    private func removeStaleSocket(_ path: String) -> UnixListenError? {
        var st = stat()
        guard calls.lstat(path, &st) == 0 else { return nil }
        guard st.st_mode & S_IFMT == S_IFSOCK else { return .notASocket(path) }
        let probe = calls.unixSocket(Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
        guard probe >= 0 else { return nil }
        defer { close(probe) }
        if calls.connectUnix(probe, path) == 0 { return .inUse(path) }
        _ = calls.unlink(path)
        return nil
    }

    /// Removes the file at `path` (a socket iommud made); errors are ignored:
    /// there is nothing left to do about them.
    public func unlink(_ path: String) {
        _ = calls.unlink(path)
    }
}
