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
    let loop: EventLoop
    private let dispatcher: QMPDispatcher
    private let configuration: QMPSession.Configuration
    private let log: @Sendable (String) -> Void
    private var listeners: [UnixListener] = []
    private var connections: [Int32: Connection] = [:]
    private var signalSource: SignalSource?
    private var shuttingDown = false

    /// Creates a server; call ``listen(on:)`` then ``run()``.
    public init(
        dispatcher: QMPDispatcher, configuration: QMPSession.Configuration = .init(),
        log: @escaping @Sendable (String) -> Void = { line in ServerLog.write(line) }
    ) throws(Errno) {
        self.loop = try EventLoop()
        self.dispatcher = dispatcher
        self.configuration = configuration
        self.log = log
    }

    /// Where generated event emitters send events: each is stamped with the
    /// current time and broadcast to every negotiated client.
    public var events: QMPEventSink { Broadcaster(server: self) }

    /// Number of connected clients (loop thread only; for tests via the loop).
    var connectionCount: Int { connections.count }

    /// Starts accepting clients on `address`.
    public func listen(on address: ListenAddress) throws(Errno) {
        switch address {
        case .unix(let path):
            let listener = try UnixListener(path: path) { [unowned self] fd in self.accept(fd) }
            try loop.register(listener.fd, events: EPOLLIN.rawValue, handler: listener)
            listeners.append(listener)
            log("listening on \(address) (QMP)")
        }
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

    private func accept(_ fd: Int32) {
        let connection = Connection(fd: fd, session: QMPSession(dispatcher: dispatcher, configuration: configuration), server: self)
        do {
            try loop.register(fd, events: EPOLLIN.rawValue, handler: connection)
        } catch {
            close(fd)
            return
        }
        connections[fd] = connection
        connection.flush()
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
        var message = JSONObject()
        message.appendUnchecked("event", .string(name))
        if let data { message.appendUnchecked("data", .object(data)) }
        message.appendUnchecked("timestamp", Self.timestamp())
        var bytes: [UInt8] = []
        QMPSession.frame(.object(message), into: &bytes)
        for connection in connections.values { connection.deliver(event: bytes) }
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
