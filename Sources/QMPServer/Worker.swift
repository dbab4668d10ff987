#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix
import JSON
import QMP
import Synchronization

/// One event-loop thread and the connections it owns.
///
/// Thread confinement: `connections` and every connection are touched only on
/// this worker's thread; other threads reach it through `loop.execute`.
final class Worker: @unchecked Sendable {
    let loop: EventLoop
    unowned let server: QMPServer
    let index: Int
    private var connections: [Int32: Connection] = [:]
    /// Connections whose output the socket did not take (their clients are
    /// not reading), by descriptor.
    var stalled: [Int32: Connection] = [:]
    /// The largest backlog among `stalled`, for other workers choosing whom
    /// to disconnect when the server's output budget is spent.
    let largestStalledBacklog = Atomic<Int>(0)
    /// The read buffer the worker's connections take turns with, so a
    /// readable event does not allocate and zero 64 KiB each time.
    private var spareReadBuffer: [UInt8]?

    /// Hands out the worker's read buffer (a fresh one if it is lent out).
    func borrowReadBuffer(size: Int) -> [UInt8] {
        if let buffer = spareReadBuffer, buffer.count == size {
            spareReadBuffer = nil
            return buffer
        }
        return [UInt8](repeating: 0, count: size)
    }

    /// Takes the read buffer back for the next readable event.
    func returnReadBuffer(_ buffer: [UInt8]) {
        spareReadBuffer = buffer
    }

    init(server: QMPServer, index: Int) throws(Errno) {
        self.loop = try EventLoop()
        self.server = server
        self.index = index
    }

    /// Creates the session and connection for an accepted socket and starts
    /// serving it (on this worker's thread).
    func adopt(fd: Int32, protocol wire: WireProtocol, monitor: QMPMonitor, passesDescriptors: Bool) {
        let session: any ProtocolSession
        switch wire {
        case .qmp:
            session = QMPSession(dispatcher: server.dispatcher, configuration: server.configuration, monitor: monitor)
        case .jsonRPC:
            session = JSONRPCSession(dispatcher: server.dispatcher, limits: server.configuration.limits, monitor: monitor)
        }
        let connection = Connection(fd: fd, session: session, worker: self, passesDescriptors: passesDescriptors)
        do {
            try loop.register(fd, events: Connection.initialInterest, handler: connection)
        } catch {
            close(fd)
            server.clientLeft()
            return
        }
        connections[fd] = connection
        connection.flush()
    }

    func connectionClosed(_ connection: Connection) {
        guard !connection.isClosed else { return }
        loop.unregister(connection.fd)
        connections[connection.fd] = nil
        if connection.wantsWrite { outputDrained(connection) }
        connection.close()
        server.clientLeft()
    }

    /// Drops a client that stopped reading while its queue outgrew the limit.
    func disconnectStuck(_ connection: Connection) {
        server.log("disconnecting a client that is not reading: \(connection.queuedBytes) bytes queued for it (limit \(server.options.maxQueuedOutputBytes), --max-queued-output-per-client)")
        connectionClosed(connection)
    }

    /// Queues an event on every connection of this worker that wants events.
    func broadcast(event name: String, data: JSONObject?, timestamp: JSONValue) {
        for connection in connections.values { connection.deliver(event: name, data: data, timestamp: timestamp) }
    }

    /// Delivers the final event, flushes, closes every connection and stops the loop.
    func shutDown(finalEvent: (name: String, data: JSONObject?, timestamp: JSONValue)) {
        broadcast(event: finalEvent.name, data: finalEvent.data, timestamp: finalEvent.timestamp)
        for connection in connections.values {
            connection.flush()
            // A write error has already closed and counted it out.
            guard !connection.isClosed else { continue }
            loop.unregister(connection.fd)
            connection.close()
            server.clientLeft()
        }
        connections.removeAll()
        stalled.removeAll()
        loop.stop()
    }
}
