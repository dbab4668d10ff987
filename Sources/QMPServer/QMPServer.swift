#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import JSON
import QAPIRuntime
import QMP
import QMPAPI

/// Serves QMP on one or more listeners from a single epoll loop.
///
/// Thread confinement: every mutable member is touched only on the loop's thread
/// (inside ``run()``); the public entry points that other threads may call —
/// ``requestShutdown(_:)`` and the ``events`` sink — hand their work to the loop.
/// That is what makes the `@unchecked Sendable` sound.
public final class QMPServer: @unchecked Sendable {
    /// Transport settings: who may connect and how much each client may hold.
    public struct Options: Sendable {
        /// Mode and group of Unix socket files.
        public var socketPermissions = UnixSocketPermissions()
        /// Peers allowed on Unix sockets, by SO_PEERCRED uid (`nil`: the daemon's
        /// own uid and root).
        public var allowedUIDs: Set<uid_t>? = nil
        /// Peers allowed on Unix sockets by group (primary or supplementary), in
        /// addition to the uids.
        public var allowedGIDs: Set<gid_t> = []
        /// Whether TCP listeners may bind non-loopback addresses.
        public var allowRemote = false
        /// Most clients connected at once; further ones are told so and closed.
        public var maxClients = 512
        /// Most bytes of replies and events queued for one client before it is
        /// considered stuck and disconnected.
        public var maxQueuedOutputBytes = 16 << 20

        public init() {}
    }

    let loop: EventLoop
    private let dispatcher: QMPDispatcher
    private let configuration: QMPSession.Configuration
    let options: Options
    let log: @Sendable (String) -> Void
    private var listeners: [Listener] = []
    private var connections: [Int32: Connection] = [:]
    private var signalSource: SignalSource?
    private var shuttingDown = false

    /// Creates a server; call ``listen(on:)`` then ``run()``.
    public init(
        dispatcher: QMPDispatcher, configuration: QMPSession.Configuration = .init(), options: Options = .init(),
        log: @escaping @Sendable (String) -> Void = { line in ServerLog.write(line) }
    ) throws(Errno) {
        self.loop = try EventLoop()
        self.dispatcher = dispatcher
        self.configuration = configuration
        self.options = options
        self.log = log
    }

    /// Where generated event emitters send events: each is stamped with the
    /// current time and broadcast to every negotiated client.
    public var events: QMPEventSink { Broadcaster(server: self) }

    /// Number of connected clients (loop thread only; for tests via the loop).
    var connectionCount: Int { connections.count }

    /// Starts accepting clients on `address`, speaking `protocol`, and returns
    /// the address bound (a TCP port 0 becomes the port the kernel chose).
    @discardableResult
    public func listen(on address: ListenAddress, protocol: WireProtocol = .qmp) throws(ListenError) -> ListenAddress {
        let accept: (Int32, Listener) -> Void = { [unowned self] fd, listener in self.accept(fd, from: listener) }
        let listener: Listener
        switch address {
        case .unix(let path):
            listener = try Listener.unix(path: path, permissions: options.socketPermissions, onAccept: accept)
        case .tcp(let host, let port):
            listener = try Listener.tcp(host: host, port: port, allowRemote: options.allowRemote, log: log, onAccept: accept)
        }
        listener.wireProtocol = `protocol`
        do {
            try loop.register(listener.fd, events: EPOLLIN.rawValue, handler: listener)
        } catch {
            listener.close()
            throw ListenError("epoll", error)
        }
        listeners.append(listener)
        log("listening on \(listener.address) (\(`protocol`))")
        return listener.address
    }

    /// Serves QMP on a socket systemd passed in (socket activation). The daemon
    /// does not remove its file on exit: systemd owns it.
    ///
    /// A socket whose `FileDescriptorName=` contains "jsonrpc" speaks JSON-RPC;
    /// any other speaks QMP.
    public func adopt(_ socket: ActivatedSocket) throws(ListenError) {
        let accept: (Int32, Listener) -> Void = { [unowned self] fd, listener in self.accept(fd, from: listener) }
        let listener = Listener(adopting: socket.fd, address: socket.address, onAccept: accept)
        listener.wireProtocol = socket.name.contains("jsonrpc") ? .jsonRPC : .qmp
        do {
            try loop.register(listener.fd, events: EPOLLIN.rawValue, handler: listener)
        } catch {
            throw ListenError("epoll", error)
        }
        listeners.append(listener)
        log("listening on \(socket.address) (\(listener.wireProtocol), socket-activated as '\(socket.name)')")
    }

    /// Shuts down on SIGINT and SIGTERM (call from the main thread before any
    /// other thread starts, so every thread inherits the blocked mask).
    public func handleTerminationSignals() throws(Errno) {
        let source = try SignalSource(signals: [SIGINT, SIGTERM]) { [unowned self] _ in
            self.shutdown(reason: .hostSignal)
        }
        try loop.register(source.fd, events: EPOLLIN.rawValue, handler: source)
        signalSource = source
    }

    /// Serves until ``requestShutdown(_:)`` or a termination signal.
    public func run() {
        loop.run()
    }

    /// Asks the server to emit `SHUTDOWN`, flush replies, close every client and
    /// return from ``run()``. Safe from any thread.
    public func requestShutdown(_ reason: ShutdownCause) {
        loop.execute { [self] in self.shutdown(reason: reason) }
    }

    private func shutdown(reason: ShutdownCause) {
        guard !shuttingDown else { return }
        shuttingDown = true
        log("shutting down (\(reason.rawValue))")
        // Already on the loop thread: deliver before the connections close.
        LoopThreadSink(server: self).emitShutdown(guest: false, reason: reason)
        for connection in connections.values {
            connection.flush()
            loop.unregister(connection.fd)
            connection.close()
        }
        connections.removeAll()
        for listener in listeners {
            loop.unregister(listener.fd)
            listener.close()
        }
        listeners.removeAll()
        loop.stop()
    }

    private func accept(_ fd: Int32, from listener: Listener) {
        if listener.isUnix, let refusal = peerRefusal(fd) {
            log(refusal)
            close(fd)
            return
        }
        if connections.count >= options.maxClients {
            log("refusing a client: \(connections.count) clients connected (limit \(options.maxClients))")
            var bytes: [UInt8] = []
            let error = QMPError.generic("Too many clients (limit \(options.maxClients)); try again later")
            QMPSession.frame(["error": error.json], into: &bytes)
            _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(fd)
            return
        }
        if !listener.isUnix {
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        }
        let session: any ProtocolSession
        switch listener.wireProtocol {
        case .qmp:
            session = QMPSession(dispatcher: dispatcher, configuration: configuration, monitor: listener.monitor)
        case .jsonRPC:
            session = JSONRPCSession(dispatcher: dispatcher, limits: configuration.limits, monitor: listener.monitor)
        }
        let connection = Connection(fd: fd, session: session, server: self, passesDescriptors: listener.isUnix)
        do {
            try loop.register(fd, events: EPOLLIN.rawValue, handler: connection)
        } catch {
            close(fd)
            return
        }
        connections[fd] = connection
        connection.flush()
    }

    /// Checks the peer of a Unix connection against the allow-list; returns the
    /// log line when it is refused.
    private func peerRefusal(_ fd: Int32) -> String? {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
        guard iommud_peer_credentials(fd, &pid, &uid, &gid) == 0 else {
            return "refusing a client: SO_PEERCRED failed: \(Errno(rawValue: errno))"
        }
        let uids = options.allowedUIDs ?? [getuid(), 0]
        if uids.contains(uid) || options.allowedGIDs.contains(gid) { return nil }
        if !options.allowedGIDs.isEmpty {
            var groups = [UInt32](repeating: 0, count: 256)
            var count = Int32(groups.count)
            if iommud_peer_groups(fd, &groups, &count) == 0,
                groups.prefix(Int(count)).contains(where: { options.allowedGIDs.contains($0) })
            {
                return nil
            }
        }
        return "refusing a client: pid \(pid) uid \(uid) gid \(gid) is not allowed"
    }

    /// Drops a client that stopped reading while its queue outgrew the limit.
    func disconnectStuck(_ connection: Connection) {
        log("disconnecting a client that is not reading: \(connection.queuedBytes) bytes queued (limit \(options.maxQueuedOutputBytes))")
        connectionClosed(connection)
    }

    func connectionClosed(_ connection: Connection) {
        guard !connection.isClosed else { return }
        loop.unregister(connection.fd)
        connections[connection.fd] = nil
        connection.close()
    }

    /// Runs on the loop thread: frames the event once and queues it on every
    /// negotiated connection.
    func broadcast(event name: String, data: JSONObject?) {
        let timestamp = Self.timestamp()
        for connection in connections.values { connection.deliver(event: name, data: data, timestamp: timestamp) }
    }

    static func timestamp() -> JSONValue {
        var ts = timespec()
        guard clock_gettime(CLOCK_REALTIME, &ts) == 0 else {
            return ["seconds": -1, "microseconds": -1]
        }
        return ["seconds": .int(Int64(ts.tv_sec)), "microseconds": .int(Int64(ts.tv_nsec / 1000))]
    }
}

/// The server's event sink; emission from any thread is handed to the loop.
struct Broadcaster: QMPEventSink {
    let server: QMPServer

    func emit(event name: String, data: JSONObject?) {
        let server = self.server
        server.loop.execute { server.broadcast(event: name, data: data) }
    }
}

/// The protocol a listener speaks.
public enum WireProtocol: Sendable, CustomStringConvertible {
    /// QEMU's monitor protocol.
    case qmp
    /// JSON-RPC 2.0 over the same commands.
    case jsonRPC

    public var description: String { self == .qmp ? "QMP" : "JSON-RPC" }
}

/// Emits straight into the connections; only for code already on the loop thread.
struct LoopThreadSink: QMPEventSink {
    let server: QMPServer

    func emit(event name: String, data: JSONObject?) {
        server.broadcast(event: name, data: data)
    }
}

/// Log lines on stderr, prefixed with the program name.
public enum ServerLog {
    public static func write(_ line: String) {
        let bytes = Array("iommud: \(line)\n".utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
