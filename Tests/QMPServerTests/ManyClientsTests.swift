#if canImport(Glibc)
import Glibc
#endif
import JSON
import QMPServer
import Testing

/// Many clients at once on every worker thread: pipelined requests from all of
/// them, each reply routed to the client that asked, and events reaching all.
@Suite(.serialized) struct ManyClientsTests {
    @Test func twoHundredClientsWithPipelinedRequestsAndEvents() throws {
        var options = QMPServer.Options()
        options.workerThreads = 2
        let daemon = try RunningServer(options: options)
        let clientCount = 200
        let perClient = 5
        var clients: [RawClient] = []
        for _ in 0..<clientCount {
            let c = try RawClient(path: daemon.path)
            c.send(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}"#)
            clients.append(c)
        }
        for c in clients {
            #expect(c.receive()?["QMP"] != nil)
            #expect(c.receive() == ["return": [:]])
        }
        // Every greeting arrived, so every connection has been accepted.
        #expect(daemon.server.clientCount == clientCount)
        // Every client pipelines several requests whose ids name the client.
        for (i, c) in clients.enumerated() {
            var batch = ""
            for k in 0..<perClient {
                batch += k % 2 == 0
                    ? #"{"execute": "query-version", "id": "c\#(i)-\#(k)"}"#
                    : #"{"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": "c\#(i)-\#(k)"}"#
            }
            c.send(batch)
        }
        var misrouted = 0
        var missing = 0
        for (i, c) in clients.enumerated() {
            var ids: Set<String> = []
            for _ in 0..<perClient {
                guard let r = c.receive() else { missing += 1; break }
                if let id = r["id"]?.stringValue { ids.insert(id) }
                if r["error"] != nil { misrouted += 1 }
            }
            let expected = Set((0..<perClient).map { "c\(i)-\($0)" })
            if ids != expected { misrouted += 1 }
        }
        #expect(missing == 0)
        #expect(misrouted == 0)

        // One client quits: every other client, on whichever worker, gets SHUTDOWN.
        clients[0].send(#"{"execute": "quit", "id": "bye"}"#)
        #expect(clients[0].receive()?["id"] == "bye")
        var shutdowns = 0
        for c in clients {
            while let m = c.receive() {
                if m["event"] == "SHUTDOWN" { shutdowns += 1; break }
            }
        }
        #expect(shutdowns == clientCount)
        daemon.join()
        #expect(daemon.server.clientCount == 0)
    }
}
