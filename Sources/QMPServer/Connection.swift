#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix
import JSON
import QMP

/// One connected client: reads bytes into its protocol session (QMP or
/// JSON-RPC) and writes the session's replies and broadcast events back.
final class Connection: EventLoopHandler {
    let fd: Int32
    let session: any ProtocolSession
    private unowned let worker: Worker
    private var output: [UInt8] = []
    private var outputStart = 0
    private(set) var wantsWrite = false
    /// Bytes read but not yet parsed: the in-band queue was full, or too much
    /// output was queued.
    private var pendingInput: [UInt8] = []
    /// Queued bytes last added to the server's total (``QMPServer/queuedOutputBytes``).
    private var accountedBytes = 0
    /// The epoll events currently registered.
    private var watched = Connection.initialInterest
    private(set) var isClosed = false
    private static let readSize = 65536
    /// The most output capacity a connection keeps once everything is
    /// written: enough for any ordinary reply, so an idle client costs little
    /// even after a large one (`qom-list` of many objects, the schema).
    private static let keptOutputCapacity = 65536

    /// Whether descriptors may arrive (Unix sockets only).
    private let passesDescriptors: Bool
    /// Most descriptors kept from one message (QEMU's `TCP_MAX_FDS`).
    static let maxDescriptorsPerMessage = 16

    init(fd: Int32, session: any ProtocolSession, worker: Worker, passesDescriptors: Bool) {
        self.fd = fd
        self.session = session
        self.worker = worker
        self.passesDescriptors = passesDescriptors
        output = session.greetingBytes
    }

    /// What a new connection is watched for: input, and the peer hanging up.
    ///
    /// EPOLLRDHUP stays watched while the in-band queue is full and reading
    /// paused (EPOLLHUP and EPOLLERR always are), so a client that goes away
    /// then is noticed even though its end of stream is never read.
    static let initialInterest = EPOLLIN.rawValue | EPOLLRDHUP.rawValue

    /// Bits that say the peer is gone.
    private static let goneEvents = EPOLLHUP.rawValue | EPOLLERR.rawValue

    /// Whether input may be read and parsed now: not while the in-band queue
    /// is full, nor while the client has not read the replies queued for it.
    private var acceptsInput: Bool { !session.isReadingPaused && !isOutputBackedUp }

    /// Whether so much output is queued that input waits (back-pressure: a
    /// client that sends requests without reading replies is not read until
    /// it catches up, so its replies cannot pile up without bound).
    private var isOutputBackedUp: Bool { queuedBytes >= worker.server.readPauseBytes }

    func handle(events: UInt32) {
        let gone = events & Self.goneEvents != 0
        let finished = events & EPOLLRDHUP.rawValue != 0
        if (gone && !acceptsInput) || (finished && session.isReadingPaused) {
            // The end of stream cannot be read while input is held back; as
            // QEMU does on a hang-up, drop the connection and its queued
            // requests instead of waiting for a resume that cannot come.
            worker.connectionClosed(self)
            return
        }
        if events & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | Self.goneEvents) != 0 {
            readAvailable()
        }
        if !isClosed, events & EPOLLOUT.rawValue != 0 {
            flush()
        }
    }

    private func readAvailable() {
        var buffer = worker.borrowReadBuffer(size: Self.readSize)
        defer { worker.returnReadBuffer(buffer) }
        while !isClosed, acceptsInput {
            let result = receive(into: &buffer)
            switch result {
            case .success(0):
                worker.connectionClosed(self)
                return
            case .success(let n):
                if pendingInput.isEmpty {
                    let limit = outputLimit
                    let consumed = buffer.withUnsafeBytes { raw in
                        session.receive(UnsafeRawBufferPointer(rebasing: raw[0..<n]), into: &output, outputLimit: limit)
                    }
                    if consumed < n { pendingInput.append(contentsOf: buffer[consumed..<n]) }
                } else {
                    pendingInput.append(contentsOf: buffer[0..<n])
                    processPendingInput()
                }
                flush()
                updateInterest()
                if n < Self.readSize { return }
            case .failure(let e):
                if e == .EAGAIN { return }
                worker.connectionClosed(self)
                return
            }
        }
        updateInterest()
    }

    /// Reads bytes, and on Unix sockets any SCM_RIGHTS descriptors with them,
    /// which go to the session before the bytes are parsed.
    private func receive(into buffer: inout [UInt8]) -> Result<Int, Errno> {
        guard passesDescriptors else {
            return buffer.withUnsafeMutableBytes { raw in systemCall { read(fd, raw.baseAddress, raw.count) } }
        }
        var count: Int32 = 0
        var truncated: Int32 = 0
        // The descriptor slots live on the stack: most reads carry none.
        let result = withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.maxDescriptorsPerMessage) { fds in
            let result = buffer.withUnsafeMutableBytes { raw in
                systemCall {
                    iommud_recv_with_fds(fd, raw.baseAddress, UInt(raw.count), fds.baseAddress, Int32(fds.count), &count, &truncated)
                }
            }
            if count > 0 { session.receiveDescriptors(Array(fds.prefix(Int(count)))) }
            return result
        }
        if truncated != 0 {
            worker.server.log("descriptors a client sent were dropped: more than \(Self.maxDescriptorsPerMessage) in one message, or the daemon has no descriptors left")
        }
        return result.map { Int($0) }
    }

    /// Where the session stops parsing: once the output array reaches this
    /// many bytes, ``readPauseBytes`` are queued.
    private var outputLimit: Int { outputStart + worker.server.readPauseBytes }

    /// Feeds input kept back while the in-band queue was full or output backed up.
    private func processPendingInput() {
        guard !pendingInput.isEmpty, acceptsInput else { return }
        let limit = outputLimit
        let consumed = pendingInput.withUnsafeBytes { session.receive($0, into: &output, outputLimit: limit) }
        pendingInput.removeFirst(consumed)
    }

    /// Watches for input only while the session accepts more, and for output
    /// only while some is queued. EPOLLRDHUP is not watched while output backs
    /// up: a client that has finished sending may still be reading its
    /// replies, and the level-triggered bit would fire without end.
    private func updateInterest() {
        guard !isClosed else { return }
        let backedUp = isOutputBackedUp
        let reading = !backedUp && !session.isReadingPaused
        let interest = (backedUp ? 0 : EPOLLRDHUP.rawValue) | (reading ? EPOLLIN.rawValue : 0)
            | (wantsWrite ? EPOLLOUT.rawValue : 0)
        if interest != watched {
            watched = interest
            worker.loop.modify(fd, events: interest)
        }
    }

    /// Queues an event for this client if its protocol wants events now (QMP:
    /// after negotiation).
    func deliver(event name: String, data: JSONObject?, timestamp: JSONValue) {
        guard session.wantsEvents, !isClosed else { return }
        session.frameEvent(name: name, data: data, timestamp: timestamp, into: &output)
        flush()
    }

    /// Bytes queued but not yet written.
    var queuedBytes: Int { output.count - outputStart }

    /// Writes as much queued output as the socket takes. Input kept back
    /// while output backed up is parsed as soon as the backlog allows, even if
    /// the client sends nothing more (it may be waiting for those replies).
    func flush() {
        guard write() else { return }
        while !pendingInput.isEmpty, acceptsInput {
            let before = pendingInput.count
            processPendingInput()
            guard write() else { return }
            if pendingInput.count == before { break }
        }
        updateInterest()
    }

    /// Sends queued output until the socket is full; false when the connection
    /// was closed (a write error, or a client over its limit or the budget).
    private func write() -> Bool {
        while outputStart < output.count {
            let start = outputStart
            let result = output.withUnsafeBytes { raw in
                // MSG_NOSIGNAL: a peer that has gone away must give EPIPE, not kill the daemon.
                systemCall { send(fd, raw.baseAddress.map { $0 + start }, raw.count - start, Int32(MSG_NOSIGNAL)) }
            }
            switch result {
            case .success(let n): outputStart += n
            case .failure(let e) where e == .EAGAIN:
                compactOutput()
                account()
                if queuedBytes > worker.server.options.maxQueuedOutputBytes {
                    worker.disconnectStuck(self)
                    return false
                }
                setWantsWrite(true)
                worker.outputStalled(self)
                return true
            case .failure:
                worker.connectionClosed(self)
                return false
            }
        }
        output.removeAll(keepingCapacity: output.capacity <= Self.keptOutputCapacity)
        outputStart = 0
        account()
        setWantsWrite(false)
        return true
    }

    /// Drops the written part of the output array once it is large, so a
    /// client that reads slowly but never fully catches up does not make it
    /// grow without end.
    private func compactOutput() {
        guard outputStart >= 1 << 20, outputStart * 2 >= output.count else { return }
        output.removeFirst(outputStart)
        outputStart = 0
    }

    /// Brings the server's total of queued bytes up to date (an atomic add
    /// only when this connection's backlog changed: never on the common path
    /// where every reply is written at once).
    private func account() {
        let queued = queuedBytes
        guard queued != accountedBytes else { return }
        worker.server.queuedOutputChanged(by: queued - accountedBytes)
        accountedBytes = queued
    }

    private func setWantsWrite(_ on: Bool) {
        guard on != wantsWrite, !isClosed else { return }
        wantsWrite = on
        if !on { worker.outputDrained(self) }
        updateInterest()
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        session.reset()
        Glibc.close(fd)
        worker.server.queuedOutputChanged(by: -accountedBytes)
        accountedBytes = 0
        output = []
        pendingInput = []
    }
}
