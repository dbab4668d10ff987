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
    private var wantsWrite = false
    /// Bytes read but not yet parsed because the in-band queue was full.
    private var pendingInput: [UInt8] = []
    /// The epoll events currently registered.
    private var watched = Connection.initialInterest
    private(set) var isClosed = false
    private static let readSize = 65536

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
    /// EPOLLRDHUP stays watched while reading is paused (EPOLLHUP and EPOLLERR
    /// always are), so a client that goes away while its in-band queue is full
    /// is noticed even though its end of stream is never read.
    static let initialInterest = EPOLLIN.rawValue | EPOLLRDHUP.rawValue

    /// Bits that say the peer has finished sending or is gone.
    private static let hangUpEvents = EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue

    func handle(events: UInt32) {
        if events & Self.hangUpEvents != 0, session.isReadingPaused {
            // Its input is held back, so the end of stream cannot be read; as
            // QEMU does on a hang-up, drop the connection and its queued
            // requests instead of waiting for a resume that cannot come.
            worker.connectionClosed(self)
            return
        }
        if events & (EPOLLIN.rawValue | Self.hangUpEvents) != 0 {
            readAvailable()
        }
        if !isClosed, events & EPOLLOUT.rawValue != 0 {
            flush()
        }
    }

    private func readAvailable() {
        var buffer = worker.borrowReadBuffer(size: Self.readSize)
        defer { worker.returnReadBuffer(buffer) }
        while !isClosed, !session.isReadingPaused {
            let result = receive(into: &buffer)
            switch result {
            case .success(0):
                worker.connectionClosed(self)
                return
            case .success(let n):
                if pendingInput.isEmpty {
                    let consumed = buffer.withUnsafeBytes { raw in
                        session.receive(UnsafeRawBufferPointer(rebasing: raw[0..<n]), into: &output)
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

    /// Feeds input kept back while the in-band queue was full.
    private func processPendingInput() {
        guard !pendingInput.isEmpty, !session.isReadingPaused else { return }
        let consumed = pendingInput.withUnsafeBytes { session.receive($0, into: &output) }
        pendingInput.removeFirst(consumed)
    }

    /// Watches for input only while the session accepts more, and for output
    /// only while some is queued.
    private func updateInterest() {
        guard !isClosed else { return }
        let reading = !session.isReadingPaused
        let interest = EPOLLRDHUP.rawValue | (reading ? EPOLLIN.rawValue : 0) | (wantsWrite ? EPOLLOUT.rawValue : 0)
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

    /// Writes as much queued output as the socket takes.
    func flush() {
        while outputStart < output.count {
            let start = outputStart
            let result = output.withUnsafeBytes { raw in
                // MSG_NOSIGNAL: a peer that has gone away must give EPIPE, not kill the daemon.
                systemCall { send(fd, raw.baseAddress.map { $0 + start }, raw.count - start, Int32(MSG_NOSIGNAL)) }
            }
            switch result {
            case .success(let n): outputStart += n
            case .failure(let e):
                if e == .EAGAIN {
                    if queuedBytes > worker.server.options.maxQueuedOutputBytes {
                        worker.disconnectStuck(self)
                        return
                    }
                    setWantsWrite(true)
                    return
                }
                worker.connectionClosed(self)
                return
            }
        }
        output.removeAll(keepingCapacity: output.capacity <= 1 << 20)
        outputStart = 0
        setWantsWrite(false)
    }

    private func setWantsWrite(_ on: Bool) {
        guard on != wantsWrite, !isClosed else { return }
        wantsWrite = on
        updateInterest()
    }

    func close() {
        guard !isClosed else { return }
        isClosed = true
        session.reset()
        Glibc.close(fd)
    }
}
