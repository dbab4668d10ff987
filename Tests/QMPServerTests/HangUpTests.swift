#if canImport(Glibc)
import Glibc
#endif
import JSON
import QMPServer
import Testing

/// Polls `condition` every 10 ms for up to `seconds`; true once it holds.
func eventually(within seconds: Double = 5, _ condition: () -> Bool) -> Bool {
    for _ in 0..<Int(seconds * 100) {
        if condition() { return true }
        usleep(10_000)
    }
    return condition()
}

/// A client that holds its in-band queue, fills it (reading then pauses) and
/// hangs up must be torn down: its slot and its descriptor released.
@Suite(.serialized) struct HangUpTests {
    /// Holds the queue with `x-oob-test`, queues 9 more requests (8 fit, then
    /// the daemon stops reading) and closes the socket.
    func hangUpWithAFullQueue(_ client: RawClient, server: QMPServer) {
        _ = client.receive()
        client.send(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}"#)
        _ = client.receive()
        client.send(#"{"execute": "x-oob-test", "arguments": {"lock": true}}"#
            + String(repeating: #"{"execute": "query-version"}"#, count: 9))
        // Let the daemon read until its queue is full.
        usleep(200_000)
        #expect(server.clientCount == 1)
    }

    @Test(arguments: ["unix", "tcp"])
    func aClientHangingUpWhileReadingIsPausedFreesItsSlot(transport: String) throws {
        var options = QMPServer.Options()
        options.maxClients = 1
        options.workerThreads = 1
        let daemon = try RunningServer(
            options: options, address: transport == "tcp" ? { _ in .tcp(host: "127.0.0.1", port: 0) } : nil)
        defer { daemon.stop() }
        func connect() throws -> RawClient {
            if case .tcp(_, let port) = daemon.bound { return try RawClient(tcpPort: port) }
            return try RawClient(path: daemon.path)
        }
        do {
            let leaving = try connect()
            hangUpWithAFullQueue(leaving, server: daemon.server)
        }  // closed here
        // Before the fix the connection stayed for ever: reading was paused,
        // so its end of stream was never read, and the only slot stayed taken.
        #expect(eventually { daemon.server.clientCount == 0 }, "the hung-up client still holds its slot")
        let next = try connect()
        let greeting = next.receive()
        #expect(greeting?["QMP"] != nil, "a new client was not admitted: \(String(describing: greeting))")
    }
}
