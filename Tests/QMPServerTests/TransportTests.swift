#if canImport(Glibc)
import Glibc
#endif
import JSON
import IOMMUDBackend
import QMPServer
import Testing
import IOMMUDSimulation

@Suite(.serialized) struct TransportTests {
    @Test func tcpListenerOnLoopbackServesQMP() throws {
        let daemon = try RunningServer(address: { _ in .tcp(host: "127.0.0.1", port: 0) })
        defer { daemon.stop() }
        guard case .tcp(_, let port) = daemon.bound, port != 0 else {
            Issue.record("no port bound: \(daemon.bound)")
            return
        }
        let client = try RawClient(tcpPort: port)
        #expect(client.negotiate() == ["return": [:]])
        client.send(#"{"execute": "query-version", "id": 1}"#)
        #expect(client.receive()?["id"] == 1)
    }

    @Test func tcpRefusesNonLoopbackWithoutAllowRemote() throws {
        let server = try QMPServer(dispatcher: DaemonCommands.dispatcher(onQuit: {}), log: { _ in })
        #expect {
            try server.listen(on: .tcp(host: "0.0.0.0", port: 0))
        } throws: { error in
            "\(error)" == "tcp:0.0.0.0:0 is not a loopback address; pass --allow-remote to listen on it"
        }
        var options = QMPServer.Options()
        options.allowRemote = true
        var lines: [String] = []
        let logged = LogLines()
        let remote = try QMPServer(dispatcher: DaemonCommands.dispatcher(onQuit: {}), options: options, log: { logged.append($0) })
        try remote.listen(on: .tcp(host: "0.0.0.0", port: 0))
        lines = logged.lines
        #expect(lines.contains { $0.hasPrefix("warning: tcp:0.0.0.0:0 accepts connections from other hosts") })
    }

    @Test func staleSocketIsReplacedLiveOneIsRefused() throws {
        let first = try RunningServer()
        let path = first.path
        // A live daemon holds the path: a second one must not steal it.
        let second = try QMPServer(dispatcher: DaemonCommands.dispatcher(onQuit: {}), log: { _ in })
        #expect {
            try second.listen(on: .unix(path: path))
        } throws: { error in
            "\(error)".hasSuffix("is in use by a running process; is another iommud listening there?")
        }
        #expect(try RawClient(path: path).receive() != nil)
        first.stop()

        // Leave a stale socket file behind, as a crashed daemon would.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in for (i, b) in path.utf8.enumerated() { raw[i] = b } }
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        close(fd)
        #expect(access(path, F_OK) == 0)
        let third = try RunningServer(address: { _ in .unix(path: path) })
        defer { third.stop() }
        #expect(try RawClient(path: path).negotiate() == ["return": [:]])
    }

    @Test func aRegularFileIsNeverReplaced() throws {
        let path = "/tmp/iommud-test-regular-\(getpid())"
        let f = fopen(path, "w")
        fclose(f)
        defer { unlink(path) }
        let server = try QMPServer(dispatcher: DaemonCommands.dispatcher(onQuit: {}), log: { _ in })
        #expect {
            try server.listen(on: .unix(path: path))
        } throws: { error in
            "\(error)" == "\(path) exists and is not a socket; refusing to replace it"
        }
        #expect(access(path, F_OK) == 0)
    }

    @Test func socketModeAndPeerAllowList() throws {
        var options = QMPServer.Options()
        options.socketPermissions.mode = 0o660
        options.allowedUIDs = [54321]  // not us
        let daemon = try RunningServer(options: options)
        defer { daemon.stop() }
        var st = stat()
        #expect(stat(daemon.path, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o660)
        // We are not on the allow-list: the daemon closes without a greeting.
        let refused = try RawClient(path: daemon.path)
        #expect(refused.receive() == nil)

        var byGroup = QMPServer.Options()
        byGroup.allowedUIDs = [54321]
        byGroup.allowedGIDs = [getgid()]
        let groupDaemon = try RunningServer(options: byGroup)
        defer { groupDaemon.stop() }
        #expect(try RawClient(path: groupDaemon.path).negotiate() == ["return": [:]])
    }

    @Test func clientsBeyondTheLimitAreToldAndClosed() throws {
        var options = QMPServer.Options()
        options.maxClients = 2
        let daemon = try RunningServer(options: options)
        defer { daemon.stop() }
        let a = try RawClient(path: daemon.path)
        let b = try RawClient(path: daemon.path)
        #expect(a.receive() != nil)
        #expect(b.receive() != nil)
        let c = try RawClient(path: daemon.path)
        let refusal = c.receive()
        #expect(refusal?["error"]?["desc"] == "Too many clients (limit 2); try again later")
        #expect(c.isClosedByPeer())
    }

    @Test func aClientThatStopsReadingIsDisconnectedOthersAreServed() throws {
        var options = QMPServer.Options()
        // Smaller than one query-qmp-schema reply (~24 KiB): the first reply
        // the client does not read puts it over its limit. (Requests alone
        // no longer can: reading pauses at half the limit.)
        options.maxQueuedOutputBytes = 16 << 10
        let daemon = try RunningServer(options: options)
        defer { daemon.stop() }
        let stuck = try RawClient(path: daemon.path)
        _ = stuck.negotiate()
        var size: Int32 = 4096
        setsockopt(stuck.fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        // Each query-qmp-schema reply is several KiB; never read them.
        let burst = String(repeating: #"{"execute": "query-qmp-schema"}"#, count: 400)
        stuck.send(burst)
        let other = try RawClient(path: daemon.path)
        #expect(other.negotiate() == ["return": [:]])
        other.send(#"{"execute": "query-version", "id": 9}"#)
        #expect(other.receive()?["id"] == 9)
        // The stuck client's connection is eventually closed by the daemon.
        var buffer = [UInt8](repeating: 0, count: 65536)
        var total = 0
        while true {
            let n = read(stuck.fd, &buffer, buffer.count)
            if n <= 0 { break }
            total += n
        }
        print("stuck client read \(total) bytes before EOF")
        #expect(total < 400 * 4000, "the daemon kept sending to a client over its limit")
    }
}

final class LogLines: @unchecked Sendable {
    private var storage: [String] = []
    func append(_ s: String) { storage.append(s) }
    var lines: [String] { storage }
}

@Suite(.serialized) struct JSONRPCListenerTests {
    @Test func jsonRPCListenerSharesTheDispatcherAndGetsEvents() throws {
        let daemon = try RunningServer(prepare: { server, path in
            try server.listen(on: .unix(path: path + ".rpc"), protocol: .jsonRPC)
        })
        let rpcPath = daemon.path + ".rpc"
        let rpc = try RawClient(path: rpcPath)
        rpc.send(#"{"jsonrpc": "2.0", "method": "query-commands", "id": 1}"#)
        let commands = rpc.receive()
        #expect(commands?["result"]?.arrayValue?.contains(["name": "getfd"]) == true)
        let qmp = try RawClient(path: daemon.path)
        _ = qmp.negotiate()
        qmp.send(#"{"execute": "quit"}"#)
        let event = rpc.receive()
        #expect(event?["method"] == "SHUTDOWN")
        #expect(event?["params"]?["data"] == ["guest": false, "reason": "host-qmp-quit"])
        #expect(event?["id"] == nil)
        daemon.join()
    }
}
