#if canImport(Glibc)
import Glibc
#endif
import JSON
import QMPServer
import Testing

/// Replies and events queued for clients that do not read them. Before these
/// fixes a client's whole read was answered before anything was checked (one
/// 64 KiB read of `query-qmp-schema` requests queued hundreds of MB), and no
/// limit applied to all clients together: 10 slow readers took the daemon to
/// ~300 MB; 512 could have taken ~12 GiB.
@Suite(.serialized) struct OutputBudgetTests {
    static let schemaRequest = #"{"execute": "query-qmp-schema"}"#

    /// A negotiated client that reads little (a small receive buffer).
    func slowClient(_ daemon: RunningServer) throws -> RawClient {
        let c = try RawClient(path: daemon.path)
        var size: Int32 = 4096
        setsockopt(c.fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        _ = c.negotiate()
        return c
    }

    /// Reads replies until `count` arrived or the daemon closed the connection.
    func replies(_ c: RawClient, upTo count: Int) -> Int {
        var n = 0
        while n < count, c.receive() != nil { n += 1 }
        return n
    }

    @Test func aClientThatSendsWithoutReadingIsSlowedDownNotBufferedFor() throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let c = try slowClient(daemon)
        var burst = ""
        for i in 0..<400 { burst += #"{"execute": "query-qmp-schema", "id": \#(i)}"# }
        c.send(burst)  // about 9.5 MB of replies
        usleep(300_000)
        let queued = daemon.server.queuedOutputBytes
        #expect(queued <= (1 << 20) + (64 << 10), "\(queued) bytes queued for a client that does not read")
        // Nothing is lost: once the client reads, every reply comes, in order,
        // although it sends nothing more.
        var ids: [Int64] = []
        while ids.count < 400, let r = c.receive() { ids.append(r["id"]?.int64Value ?? -1) }
        #expect(ids == (0..<400).map(Int64.init))
        #expect(daemon.server.queuedOutputBytes == 0)
    }

    @Test func overTheTotalBudgetTheLargestClientThatIsNotReadingIsDisconnected() throws {
        var options = QMPServer.Options()
        options.maxTotalQueuedOutputBytes = 2 << 20
        let daemon = try RunningServer(options: options)
        defer { daemon.stop() }
        // A small backlog that must survive, then two large ones (each client
        // is read no further once 1 MiB waits for it).
        let small = try slowClient(daemon)
        small.send(String(repeating: Self.schemaRequest, count: 20))
        let a = try slowClient(daemon)
        a.send(String(repeating: Self.schemaRequest, count: 400))
        usleep(300_000)
        #expect(daemon.server.queuedOutputBytes <= 2 << 20)
        let b = try slowClient(daemon)
        b.send(String(repeating: Self.schemaRequest, count: 400))
        usleep(300_000)
        // Over budget: one of the two large backlogs went, the total fits again.
        #expect(daemon.server.queuedOutputBytes <= 2 << 20)
        let served = try RawClient(path: daemon.path)
        #expect(served.negotiate() == ["return": [:]])
        #expect(replies(small, upTo: 20) == 20)
        let counts = [replies(a, upTo: 400), replies(b, upTo: 400)].sorted()
        #expect(counts[0] < 400, "neither large backlog was disconnected")
        #expect(counts[1] == 400, "both large backlogs were disconnected")
    }
}
