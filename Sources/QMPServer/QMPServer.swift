#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix
import JSON
import QAPIRuntime
import QMP
import QMPAPI
import Synchronization
import Tracing

/// Serves QMP (and JSON-RPC) on any number of listeners from one epoll loop
/// per worker thread, so every core serves clients without a thread hop per
/// request: a request is read, dispatched and answered on the thread that owns
/// its connection.
///
/// Worker 0 also owns the listeners and the signal source; it hands each
/// accepted socket to the workers in turn. Thread confinement: the listener
/// list and `shuttingDown` are touched only on worker 0's thread, each
/// connection only on its worker's; other threads go through `loop.execute`.
/// Shared counters are atomic. That is what makes the `@unchecked Sendable` sound.
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
        /// considered stuck and disconnected (`iommud --max-queued-output-per-client`).
        /// A client's input is not read while half of this, at most 1 MiB, is
        /// queued for it (see ``QMPServer/readPauseBytes``).
        public var maxQueuedOutputBytes = 16 << 20
        /// Most bytes of replies and events queued for all clients together
        /// (`iommud --max-queued-output`); beyond it, the client with the
        /// largest backlog that is not reading is disconnected.
        public var maxTotalQueuedOutputBytes = 256 << 20
        /// How many descriptors clients may make the daemon hold (`getfd`, `add-fd`).
        public var descriptorLimits = DescriptorLimits()
        /// Event-loop threads (default: one per online CPU, at most 8).
        public var workerThreads = min(max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1), 8)

        public init() {}
    }

    let dispatcher: QMPDispatcher
    let configuration: QMPSession.Configuration
    let options: Options
    let log: @Sendable (String) -> Void
    private(set) var workers: [Worker] = []
    private var listeners: [Listener] = []
    private var signalSource: SignalSource?
    private var shuttingDown = false
    private var nextWorker = 0
    private let clients = Atomic<Int>(0)
    /// Whether a listener stopped accepting for want of descriptors; a
    /// leaving client then asks worker 0 to try again at once.
    private let acceptPaused = Atomic<Bool>(false)
    /// Bytes queued for all clients (see `OutputBudget.swift`).
    let queuedOutput = Atomic<Int>(0)
    /// Whether a worker has been asked to disconnect a client over the budget.
    let evictionPending = Atomic<Bool>(false)
    /// A client's input is not read while this many bytes are queued for it:
    /// half its limit, at most 1 MiB. A client that sends requests without
    /// reading the replies is thus slowed down, not buffered for.
    let readPauseBytes: Int
    private var threads: [pthread_t] = []

    /// Worker 0's loop: listeners, signals and shutdown run there.
    var loop: EventLoop { workers[0].loop }

    /// Creates a server; call ``listen(on:)`` then ``run()``.
    public init(
        dispatcher: QMPDispatcher, configuration: QMPSession.Configuration = .init(), options: Options = .init(),
        log: @escaping @Sendable (String) -> Void = { line in ServerLog.write(line) }
    ) throws(Errno) {
        self.dispatcher = dispatcher
        self.configuration = configuration
        self.options = options
        self.log = log
        self.readPauseBytes = max(min(1 << 20, options.maxQueuedOutputBytes / 2), 1)
        for index in 0..<max(options.workerThreads, 1) {
            workers.append(try Worker(server: self, index: index))
        }
        // Handlers' events go to every client; the relay does not keep the
        // server alive.
        dispatcher.events.connect { [weak self] name, data in self?.broadcast(event: name, data: data) }
    }

    /// Number of clients connected now, across all workers.
    public var clientCount: Int { clients.load(ordering: .relaxed) }

    /// Counts a client out; its descriptor is closed, so a listener paused
    /// for want of descriptors is tried again.
    func clientLeft() {
        clients.subtract(1, ordering: .relaxed)
        if acceptPaused.load(ordering: .relaxed) {
            loop.execute { [self] in self.resumePausedListeners() }
        }
    }

    /// Polls every paused listener again (worker 0's thread).
    private func resumePausedListeners() {
        acceptPaused.store(false, ordering: .relaxed)
        for listener in listeners { listener.resumeAccepting() }
    }

    /// Where generated event emitters send events: each is stamped with the
    /// current time and broadcast to every negotiated client.
    public var events: QMPEventSink { Broadcaster(server: self) }

    /// Starts accepting clients on `address`, speaking `protocol`, treating
    /// them as `options` say (read-only), and returns the address bound (a
    /// TCP port 0 becomes the port the kernel chose).
    @discardableResult
    public func listen(
        on address: ListenAddress, protocol: WireProtocol = .qmp, options listenerOptions: ListenerOptions = .init()
    ) throws(ListenError) -> ListenAddress {
        let listener: Listener
        switch address {
        case .unix(let path):
            listener = try Listener.unix(path: path, permissions: options.socketPermissions, onAccept: acceptHandler)
        case .tcp(let host, let port):
            listener = try Listener.tcp(host: host, port: port, allowRemote: options.allowRemote, log: log, onAccept: acceptHandler)
        }
        listener.wireProtocol = `protocol`
        do throws(ListenError) {
            try serve(listener, options: listenerOptions, how: "")
        } catch {
            listener.close()
            throw error
        }
        return listener.address
    }

    /// Serves QMP on a socket systemd passed in (socket activation). The daemon
    /// does not remove its file on exit: systemd owns it.
    ///
    /// A socket whose `FileDescriptorName=` contains "jsonrpc" speaks JSON-RPC;
    /// any other speaks QMP. One whose name contains "readonly" is read-only.
    public func adopt(_ socket: ActivatedSocket) throws(ListenError) {
        let listener = Listener(adopting: socket.fd, address: socket.address, onAccept: acceptHandler)
        listener.wireProtocol = socket.name.contains("jsonrpc") ? .jsonRPC : .qmp
        // On failure the descriptor stays open: it is systemd's.
        try serve(
            listener, options: ListenerOptions(readOnly: socket.name.contains("readonly")),
            how: ", socket-activated as '\(socket.name)'")
    }

    /// What a listener does with an accepted connection.
    private var acceptHandler: (Int32, Listener) -> Void {
        { [unowned self] fd, listener in self.accept(fd, from: listener) }
    }

    /// Watches `listener` on the main loop and logs it; `how` is appended to
    /// the log line.
    private func serve(_ listener: Listener, options listenerOptions: ListenerOptions, how: String) throws(ListenError) {
        listener.monitor = QMPMonitor(readOnly: listenerOptions.readOnly, limits: options.descriptorLimits)
        do {
            try listener.watch(on: loop, log: log, onPause: { [unowned self] _ in
                self.acceptPaused.store(true, ordering: .relaxed)
            })
        } catch {
            throw ListenError("epoll", error)
        }
        listeners.append(listener)
        let mode = listenerOptions.readOnly ? ", read-only" : ""
        log("listening on \(listener.address) (\(listener.wireProtocol)\(mode)\(how))")
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

    /// Serves until ``requestShutdown(_:)`` or a termination signal: worker 0
    /// runs on the calling thread, the others on threads of their own, which
    /// are joined before this returns.
    public func run() {
        for worker in workers.dropFirst() {
            let loop = worker.loop
            if let thread = startThread({ loop.run() }) { threads.append(thread) }
        }
        workers[0].loop.run()
        for thread in threads { pthread_join(thread, nil) }
        threads.removeAll()
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
        SystemdNotify.send("STOPPING=1\nSTATUS=shutting down (\(reason.rawValue))")
        for listener in listeners {
            loop.unregister(listener.fd)
            listener.close()
        }
        listeners.removeAll()
        // Every worker sends SHUTDOWN to its clients, flushes, closes and stops.
        var data = JSONObject()
        data.appendUnchecked("guest", false)
        data.appendUnchecked("reason", .string(reason.rawValue))
        Self.traceEmit("SHUTDOWN")
        let event = (name: "SHUTDOWN", data: Optional(data), timestamp: Self.timestamp())
        for worker in workers.dropFirst() {
            worker.loop.execute { worker.shutDown(finalEvent: event) }
        }
        workers[0].shutDown(finalEvent: event)
    }

    private func accept(_ fd: Int32, from listener: Listener) {
        if listener.isUnix, let refusal = peerRefusal(fd) {
            log(refusal)
            close(fd)
            return
        }
        if clients.load(ordering: .relaxed) >= options.maxClients {
            log("refusing a client: \(clientCount) clients connected (limit \(options.maxClients))")
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
        clients.add(1, ordering: .relaxed)
        let worker = workers[nextWorker % workers.count]
        nextWorker &+= 1
        let wire = listener.wireProtocol
        let monitor = listener.monitor
        let passes = listener.isUnix
        if worker.index == 0 {
            worker.adopt(fd: fd, protocol: wire, monitor: monitor, passesDescriptors: passes)
        } else {
            worker.loop.execute { worker.adopt(fd: fd, protocol: wire, monitor: monitor, passesDescriptors: passes) }
        }
    }

    /// Checks the peer of a Unix connection against the allow-list; returns the
    /// log line when it is refused.
    private func peerRefusal(_ fd: Int32) -> String? {
        let peer: PeerPolicy.Peer
        switch PeerPolicy.peer(of: fd) {
        case .success(let p): peer = p
        case .failure(let e): return "refusing a client: SO_PEERCRED failed: \(e)"
        }
        let policy = PeerPolicy(allowedUIDs: options.allowedUIDs, allowedGIDs: options.allowedGIDs)
        return policy.refusal(of: peer, on: fd).map { "refusing a client: \($0)" }
    }

    /// Hands an event to every worker, stamped once.
    /// QEMU's `monitor_protocol_event_emit`, with the event's QAPI number.
    static func traceEmit(_ name: String) {
        Trace.monitor_protocol_event_emit(event: QAPIEventIndex.index(of: name) ?? UInt32.max, data: nil)
    }

    func broadcast(event name: String, data: JSONObject?) {
        Self.traceEmit(name)
        let timestamp = Self.timestamp()
        for worker in workers {
            worker.loop.execute { worker.broadcast(event: name, data: data, timestamp: timestamp) }
        }
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
        server.broadcast(event: name, data: data)
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

/// Log lines on stderr: `iommud: LINE`, or, when stderr is the journal
/// (`JOURNAL_STREAM` names it), `<PRIORITY>LINE` with the syslog priority
/// the journal files it under. A line starting `error:` is an error,
/// `warning:` a warning, any other information; lines above the level
/// `--log-level` allows are dropped.
public enum ServerLog {
    /// syslog priorities.
    public enum Level: Int, Sendable, CaseIterable {
        case error = 3, warning = 4, info = 6, debug = 7

        /// The name `--log-level` takes.
        public var name: String { "\(self)" }

        public init?(name: String) {
            guard let level = Self.allCases.first(where: { $0.name == name }) else { return nil }
            self = level
        }
    }

    private static let threshold = Atomic<Int>(Level.info.rawValue)
    private static let toJournal = Atomic<Bool>(false)

    /// Sets the level and notices whether stderr is the journal (call once,
    /// at start).
    public static func configure(level: Level) {
        threshold.store(level.rawValue, ordering: .relaxed)
        toJournal.store(stderrIsJournal(), ordering: .relaxed)
    }

    /// Writes `line` at `level` (by default, from its prefix).
    public static func write(_ line: String) {
        write(line, level: line.hasPrefix("error:") ? .error : line.hasPrefix("warning:") ? .warning : .info)
    }

    public static func write(_ line: String, level: Level) {
        guard level.rawValue <= threshold.load(ordering: .relaxed) else { return }
        let text = toJournal.load(ordering: .relaxed) ? "<\(level.rawValue)>\(line)\n" : "iommud: \(line)\n"
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }

    /// systemd's `JOURNAL_STREAM=DEV:INODE` matches stderr.
    private static func stderrIsJournal() -> Bool {
        guard let value = getenv("JOURNAL_STREAM").map({ String(cString: $0) }) else { return false }
        let parts = value.split(separator: ":")
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var st = stat()
        guard fstat(2, &st) == 0 else { return false }
        return UInt64(st.st_dev) == device && UInt64(st.st_ino) == inode
    }
}
