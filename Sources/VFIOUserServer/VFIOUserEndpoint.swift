#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix
import QMPServer
import Synchronization
import Tracing
import VFIOUser

/// One exported device's socket and the thread that serves it: it accepts
/// one client at a time (a second one, or one the peer policy refuses, is
/// closed at once and logged), cuts what the client sends into messages
/// with their descriptors, hands each to a fresh ``VFIOUserSession`` and
/// sends the replies. Device access goes through the session; nothing here
/// touches the IOMMU.
public final class VFIOUserEndpoint: Sendable {
    /// The exported device's id (the `name` of the trace events).
    public let name: String
    /// The socket's path.
    public let path: String
    private let listenFD: Int32
    private let wakeFD: Int32
    private let access: VFIOUserAccess
    private let makeSession: @Sendable () -> VFIOUserSession
    private let state = Mutex(Status())
    /// Whether the thread was started and the export stopped: ``stop()``
    /// wakes a running thread (which releases the descriptors) or releases
    /// them itself, once.
    private let phase = Mutex(Phase.idle)
    private enum Phase { case idle, running, stopped }

    /// What `query-vfio` shows of the export.
    public struct Status: Sendable {
        /// The connected client.
        public var client: PeerPolicy.Peer?
        /// Clients served since the export began.
        public var clients = 0
        /// Requests and connections refused.
        public var refusals = 0
    }

    /// How long a reply may wait for a client that does not read before the
    /// client is dropped (the thread must never block for good).
    static let sendTimeoutSeconds = 5

    /// Serves `listening` (a Unix socket that listens; the endpoint owns it
    /// from now on, also when this fails) at `path`. `session` makes the
    /// session of each client, on the endpoint's thread.
    public init(name: String, path: String, listening: Int32, access: VFIOUserAccess,
                session: @escaping @Sendable () -> VFIOUserSession) throws(Errno)
    {
        let wake: Int32
        switch systemCall({ eventfd(0, Int32(EFD_CLOEXEC)) }) {
        case .success(let fd): wake = fd
        case .failure(let e):
            close(listening)
            throw e
        }
        self.name = name
        self.path = path
        self.listenFD = listening
        self.wakeFD = wake
        self.access = access
        self.makeSession = session
    }

    /// Starts the thread; false when none could be made (then ``stop()``
    /// still releases everything).
    public func start() -> Bool {
        phase.withLock { phase in
            guard phase == .idle, let thread = startThread({ [self] in self.serve() }) else { return phase == .running }
            pthread_detach(thread)
            phase = .running
            return true
        }
    }

    /// Ends the export: the client is disconnected (its windows unmapped by
    /// its session), and the socket and thread go away. The socket file is
    /// the caller's to remove. Never waits for the thread.
    public func stop() {
        phase.withLock { phase in
            switch phase {
            case .running:
                var one: UInt64 = 1
                _ = withUnsafeBytes(of: &one) { write(wakeFD, $0.baseAddress, 8) }
            case .idle:
                close(listenFD)
                close(wakeFD)
            case .stopped:
                return
            }
            phase = .stopped
        }
    }

    /// The export's status now.
    public var status: Status { state.withLock { $0 } }

    // MARK: The thread

    private struct Client {
        let fd: Int32
        let peer: PeerPolicy.Peer
        let session: VFIOUserSession
        var framer: VFIOUserFramer
    }

    private func serve() {
        var client: Client?
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        loop: while true {
            var polls = [pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0),
                         pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0)]
            if let client { polls.append(pollfd(fd: client.fd, events: Int16(POLLIN), revents: 0)) }
            guard case .success = systemCall({ poll(&polls, nfds_t(polls.count), -1) }) else { break }
            if polls[0].revents != 0 { break loop }
            if polls[1].revents != 0 { accept(into: &client) }
            if polls.count > 2, polls[2].revents != 0, var current = client {
                if !read(&current, buffer: &buffer) {
                    end(current)
                    client = nil
                } else {
                    client = current
                }
            }
        }
        if let client { end(client) }
        // Under the lock: a stop() now finds the export stopped and writes
        // to no descriptor number that may have been reused.
        phase.withLock { phase in
            close(listenFD)
            close(wakeFD)
            phase = .stopped
        }
    }

    private func accept(into client: inout Client?) {
        let fd = iommud_accept_nonblocking(listenFD)
        guard fd >= 0 else { return }
        // The client's socket blocks (a reply is sent whole), with a timeout.
        _ = fcntl(fd, F_SETFL, 0)
        var timeout = timeval(tv_sec: Self.sendTimeoutSeconds, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let peer: PeerPolicy.Peer
        switch PeerPolicy.peer(of: fd) {
        case .success(let p): peer = p
        case .failure(let e):
            refuseClient(fd, PeerPolicy.Peer(pid: 0, uid: .max, gid: .max), "SO_PEERCRED failed: \(e)")
            return
        }
        if let reason = access.peers.refusal(of: peer, on: fd) {
            refuseClient(fd, peer, reason)
            return
        }
        if let current = client {
            refuseClient(fd, peer, "one client at a time, and pid \(current.peer.pid) is connected")
            return
        }
        client = Client(fd: fd, peer: peer, session: makeSession(), framer: VFIOUserFramer())
        state.withLock {
            $0.client = peer
            $0.clients += 1
        }
        Trace.vfio_user_server_connect(name: name, pid: peer.pid, uid: peer.uid, gid: peer.gid)
        access.log("vfio-user '\(name)': client pid \(peer.pid) uid \(peer.uid) connected")
    }

    private func refuseClient(_ fd: Int32, _ peer: PeerPolicy.Peer, _ reason: String) {
        // Counted before the client can see the refusal.
        state.withLock { $0.refusals += 1 }
        close(fd)
        Trace.vfio_user_server_refuse_client(name: name, pid: peer.pid, uid: peer.uid, reason: reason)
        access.log("vfio-user '\(name)': refusing a client: \(reason)")
    }

    /// Reads what the client sent and answers it; false when the client is
    /// gone or must go.
    private func read(_ client: inout Client, buffer: inout [UInt8]) -> Bool {
        var fds = [Int32](repeating: -1, count: 16)
        var count: Int32 = 0
        var truncated: Int32 = 0
        let n = buffer.withUnsafeMutableBytes { raw in
            iommud_recv_with_fds(client.fd, raw.baseAddress, UInt(raw.count), &fds, Int32(fds.count), &count, &truncated)
        }
        let received = Array(fds.prefix(Int(max(count, 0))))
        guard n > 0 else {
            received.forEach { close($0) }
            if n < 0, errno == EINTR || errno == EAGAIN { return true }
            return false
        }
        guard truncated == 0 else {
            received.forEach { close($0) }
            access.log("vfio-user '\(name)': the client sent more descriptors than a message may carry; disconnecting it")
            return false
        }
        let messages: [VFIOUserMessage]
        do {
            messages = try client.framer.feed(Array(buffer[0..<n]), fds: received)
        } catch {
            client.framer.takeUnclaimedDescriptors().forEach { close($0) }
            access.log("vfio-user '\(name)': \(error); disconnecting the client")
            return false
        }
        for (index, message) in messages.enumerated() {
            guard answer(message, client) else {
                // The rest are never handled: their descriptors are closed.
                messages.dropFirst(index + 1).forEach { $0.fds.forEach { close($0) } }
                return false
            }
        }
        return true
    }

    /// Handles one message; false when the connection must end.
    private func answer(_ message: VFIOUserMessage, _ client: Client) -> Bool {
        let header = message.header
        Trace.vfio_user_recv_hdr(name: name, id: header.messageID, cmd: header.command, size: header.messageSize,
                                 flags: header.flags.rawValue)
        Trace.vfio_user_recv_request(cmd: header.command)
        let outcome = client.session.handle(message)
        if let reason = outcome.log {
            if outcome.close {
                access.log("vfio-user '\(name)': \(reason); disconnecting the client")
            } else {
                let errno = Int32(bitPattern: outcome.reply?.header.error ?? 0)
                state.withLock { $0.refusals += 1 }
                Trace.vfio_user_server_refuse(name: name, id: header.messageID, cmd: header.command, err: errno, reason: reason)
                access.log("vfio-user '\(name)': refused \(message.command?.name ?? "command \(header.command)"): \(reason)")
            }
        }
        if let reply = outcome.reply {
            if message.command == .version, let version = try? VFIOUserVersion(payload: reply.payload) {
                let caps = reply.payload.dropFirst(4).prefix { $0 != 0 }
                Trace.vfio_user_version(major: version.major, minor: version.minor, caps: String(decoding: caps, as: UTF8.self))
            }
            let bytes = reply.bytes
            let sent = bytes.withUnsafeBytes { raw in
                iommud_send_with_fds(client.fd, raw.baseAddress, UInt(raw.count), reply.fds, Int32(reply.fds.count))
            }
            reply.fds.forEach { close($0) }
            Trace.vfio_user_send_write(id: header.messageID, wrote: Int32(truncatingIfNeeded: sent))
            guard sent == bytes.count else { return false }
        }
        return !outcome.close
    }

    private func end(_ client: Client) {
        let windows = client.session.mapped.count
        client.session.end()
        var framer = client.framer
        framer.takeUnclaimedDescriptors().forEach { close($0) }
        close(client.fd)
        state.withLock { $0.client = nil }
        Trace.vfio_user_server_disconnect(name: name, windows: Int32(windows))
        access.log("vfio-user '\(name)': client pid \(client.peer.pid) left"
                   + (windows == 0 ? "" : "; its \(windows) DMA window\(windows == 1 ? " is" : "s are") unmapped"))
    }
}
