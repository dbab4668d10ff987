#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix
import QMP

/// Why a listener could not be set up.
public struct ListenError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
    init(_ what: String, _ errno: Errno) { description = "\(what): \(errno)" }
}

/// How Unix socket files are created.
public struct UnixSocketPermissions: Sendable {
    /// File mode of the socket (default 0600: owner only).
    public var mode: mode_t
    /// Group owning the socket, if it should not be the daemon's.
    public var group: gid_t?

    public init(mode: mode_t = 0o600, group: gid_t? = nil) {
        self.mode = mode
        self.group = group
    }
}

/// A listening socket: Unix (file created with the configured mode, removed on
/// close) or TCP (loopback unless remote access is allowed).
final class Listener: EventLoopHandler {
    let fd: Int32
    /// The address actually bound (a TCP port 0 becomes the chosen port).
    let address: ListenAddress
    /// The socket file this listener created and removes when it closes.
    private let ownedPath: String?
    private let onAccept: (Int32, Listener) -> Void
    /// The QEMU-style monitor of this listener: state its clients share, such
    /// as descriptors named with `getfd` (the server sets it up with its limits).
    var monitor = QMPMonitor()
    /// What clients of this listener speak.
    var wireProtocol = WireProtocol.qmp
    /// The loop watching this listener (set by ``watch(on:log:)``).
    private(set) weak var loop: EventLoop?
    /// Where the listener reports accept failures.
    private(set) var log: @Sendable (String) -> Void = { _ in }
    /// Told when accepting pauses (so a leaving client can resume it early).
    private(set) var onPause: (Listener) -> Void = { _ in }
    /// Whether accepting is paused after a failure, and for how long.
    var acceptBackoff = AcceptBackoff()

    var isUnix: Bool { if case .unix = address { return true } else { return false } }

    private init(fd: Int32, address: ListenAddress, ownedPath: String?, onAccept: @escaping (Int32, Listener) -> Void) {
        self.fd = fd
        self.address = address
        self.ownedPath = ownedPath
        self.onAccept = onAccept
    }

    /// Wraps an already-listening socket (systemd socket activation); it owns no file.
    init(adopting fd: Int32, address: ListenAddress, onAccept: @escaping (Int32, Listener) -> Void) {
        self.fd = fd
        self.address = address
        self.ownedPath = nil
        self.onAccept = onAccept
    }

    /// Creates a Unix listener at `path`.
    ///
    /// A stale socket file left by a crashed daemon is replaced; a socket that
    /// a live process still accepts on, or a path that is not a socket, is an error.
    static func unix(
        path: String, permissions: UnixSocketPermissions, onAccept: @escaping (Int32, Listener) -> Void
    ) throws(ListenError) -> Listener {
        switch SystemCalls.live.typed.listenUnix(
            path: path, mode: permissions.mode, group: permissions.group, extraFlags: Int32(SOCK_NONBLOCK.rawValue))
        {
        case .success(let fd):
            return Listener(fd: fd, address: .unix(path: path), ownedPath: path, onAccept: onAccept)
        case .failure(let error):
            throw ListenError(error.description)
        }
    }

    static func tcp(
        host: String, port: UInt16, allowRemote: Bool, log: (String) -> Void,
        onAccept: @escaping (Int32, Listener) -> Void
    ) throws(ListenError) -> Listener {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var result: UnsafeMutablePointer<addrinfo>? = nil
        let rc = getaddrinfo(host, String(port), &hints, &result)
        guard rc == 0, let info = result else {
            throw ListenError("cannot resolve '\(host)': \(String(cString: gai_strerror(rc)))")
        }
        defer { freeaddrinfo(result) }
        guard let sa = info.pointee.ai_addr else { throw ListenError("cannot resolve '\(host)'") }
        let family = info.pointee.ai_family
        let loopback = isLoopback(sa, family: family)
        if !loopback {
            guard allowRemote else {
                throw ListenError("tcp:\(host):\(port) is not a loopback address; pass --allow-remote to listen on it")
            }
            log("warning: tcp:\(host):\(port) accepts connections from other hosts; QMP has no authentication")
        }
        let flags = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let fd: Int32
        switch systemCall({ socket(family, flags, 0) }) {
        case .success(let s): fd = s
        case .failure(let e): throw ListenError("socket", e)
        }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if case .failure(let e) = systemCall({ bind(fd, sa, info.pointee.ai_addrlen) }) {
            Glibc.close(fd)
            throw ListenError("bind tcp:\(host):\(port)", e)
        }
        if case .failure(let e) = systemCall({ listen(fd, listenBacklog) }) {
            Glibc.close(fd)
            throw ListenError("listen tcp:\(host):\(port)", e)
        }
        var bound = ListenAddress.tcp(host: host, port: port)
        if case .tcp(_, let chosen)? = ActivatedSocket.boundAddress(fd) { bound = .tcp(host: host, port: chosen) }
        return Listener(fd: fd, address: bound, ownedPath: nil, onAccept: onAccept)
    }

    private static func isLoopback(_ sa: UnsafePointer<sockaddr>, family: Int32) -> Bool {
        if family == AF_INET {
            return sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt32(bigEndian: $0.pointee.sin_addr.s_addr) >> 24 == 127 }
        }
        if family == AF_INET6 {
            return sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { p in
                withUnsafeBytes(of: p.pointee.sin6_addr) { b in
                    let isLoop = b.prefix(15).allSatisfy { $0 == 0 } && b[15] == 1
                    let isMapped = b.prefix(10).allSatisfy { $0 == 0 } && b[10] == 0xFF && b[11] == 0xFF && b[12] == 127
                    return isLoop || isMapped
                }
            }
        }
        return false
    }

    func handle(events: UInt32) {
        while !acceptBackoff.isPaused {
            switch systemCall({ iommud_accept_nonblocking(fd) }) {
            case .success(let client):
                acceptSucceeded()
                onAccept(client, self)
            case .failure(let e) where e == .EAGAIN:
                return
            case .failure(let e) where Self.failsOnlyThisConnection(e):
                continue
            case .failure(let e):
                // Linux reserves the new descriptor before it looks at the
                // queue, so EMFILE also comes when no client is waiting.
                guard hasPendingConnection else { return }
                // Out of descriptors or memory: accepting again at once would
                // fail the same way, and the pending connection keeps the
                // socket readable, so the loop would spin.
                pauseAccepting(after: e)
                return
            }
        }
    }

    /// Whether a connection waits in the accept queue (poll(2) needs no descriptor).
    private var hasPendingConnection: Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0 && entry.revents & Int16(POLLIN) != 0
    }

    /// accept(2) errors that concern only the connection being accepted
    /// (Linux passes pending network errors of the new socket on): the next
    /// one may succeed.
    static func failsOnlyThisConnection(_ e: Errno) -> Bool {
        switch e.rawValue {
        case ECONNABORTED, EPROTO, EPERM, ENETDOWN, ENOPROTOOPT, EHOSTDOWN, ENONET, EHOSTUNREACH, EOPNOTSUPP,
            ENETUNREACH:
            return true
        default:
            return false
        }
    }

    /// Starts watching for clients on `loop`; `log` receives accept failures
    /// and `onPause` is told when accepting pauses.
    func watch(
        on loop: EventLoop, log: @escaping @Sendable (String) -> Void, onPause: @escaping (Listener) -> Void
    ) throws(Errno) {
        try loop.register(fd, events: EPOLLIN.rawValue, handler: self)
        self.loop = loop
        self.log = log
        self.onPause = onPause
    }

    func close() {
        loop = nil  // a pending retry must not touch a reused descriptor number
        Glibc.close(fd)
        if let ownedPath { unlink(ownedPath) }
    }
}
