#if canImport(Glibc)
import Glibc
#endif
import JSON
import QMPServer
import QMPAPI
import Testing
import Tracing

@Suite(.serialized) struct ServerTests {
    @Test func socketIsOwnerOnlyAndGreetsFirst() throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        var st = stat()
        #expect(stat(daemon.path, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect((st.st_mode & S_IFMT) == S_IFSOCK)

        let client = try RawClient(path: daemon.path)
        let bytes = client.readRaw()
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
        let greeting = try JSONStreamParser.parse(String(decoding: bytes, as: UTF8.self))
        #expect(greeting["QMP"]?["version"]?["package"]?.stringValue?.hasPrefix("iommud ") == true)
    }

    @Test func messagesAreFramedByJSONAcrossWrites() throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let client = try RawClient(path: daemon.path)
        _ = client.negotiate()
        for piece in [#"{"execute": "query-"#, #"version", "id""#, #": 1}{"execute": "query-version", "#, #""id": 2}"#] {
            client.send(piece)
            usleep(5000)
        }
        #expect(client.receive()?["id"] == 1)
        #expect(client.receive()?["id"] == 2)
    }

    @Test func clientsNegotiateIndependently() throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let a = try RawClient(path: daemon.path)
        let b = try RawClient(path: daemon.path)
        #expect(a.negotiate() == ["return": [:]])
        _ = b.receive()
        b.send(#"{"execute": "query-version", "id": "b"}"#)
        #expect(b.receive()?["error"]?["class"] == "CommandNotFound")
        a.send(#"{"execute": "query-version", "id": "a"}"#)
        #expect(a.receive()?["return"] != nil)
    }

    @Test func aClientDisconnectingMidMessageDoesNotDisturbOthers() throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        do {
            let gone = try RawClient(path: daemon.path)
            _ = gone.receive()
            gone.send(#"{"execute": "qmp_capa"#)
        }
        let client = try RawClient(path: daemon.path)
        #expect(client.negotiate() == ["return": [:]])
    }

    /// A client that sends `quit` and hangs up at once: writing the reply and the
    /// SHUTDOWN event to it must fail quietly (EPIPE), not raise SIGPIPE, which
    /// would end this test process.
    @Test func writingToAVanishedClientIsNotFatal() throws {
        // The test runner ignores SIGPIPE; restore the default so a stray one kills
        // the process and fails the run, as it would kill a daemon.
        let previous = signal(SIGPIPE, SIG_DFL)
        defer { signal(SIGPIPE, previous) }
        let daemon = try RunningServer()
        let survivor = try RawClient(path: daemon.path)
        #expect(survivor.negotiate() == ["return": [:]])
        do {
            let client = try RawClient(path: daemon.path)
            _ = client.negotiate()
            client.send(#"{"execute": "query-qmp-schema"}{"execute": "quit"}"#)
        }
        #expect(survivor.receive()?["event"] == "SHUTDOWN")
        daemon.join()
    }

    @Test func broadcastEventsAreTracedWithTheirQAPIIndex() throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let wasOn = TraceEvents.isEnabled("monitor_protocol_event_emit")
        try TraceEvents.setState("monitor_protocol_event_emit", enabled: true)
        defer { try? TraceEvents.setState("monitor_protocol_event_emit", enabled: wasOn) }
        let capture = TraceCapture()
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }
        let daemon = try RunningServer()
        let client = try RawClient(path: daemon.path)
        _ = client.negotiate()
        client.send(#"{"execute": "quit"}"#)
        daemon.join()
        let emitted = capture.records(named: "monitor_protocol_event_emit")
        #expect(emitted.contains { $0.arguments.first == .uint32(QAPIEventIndex.index(of: "SHUTDOWN") ?? 99) })
        #expect(QAPIEventIndex.names.first == "SHUTDOWN")
    }

    @Test func quitRepliesBroadcastsShutdownAndStops() throws {
        let daemon = try RunningServer()
        let watcher = try RawClient(path: daemon.path)
        #expect(watcher.negotiate() == ["return": [:]])
        let unnegotiated = try RawClient(path: daemon.path)
        _ = unnegotiated.receive()
        let client = try RawClient(path: daemon.path)
        _ = client.negotiate()
        client.send(#"{"execute": "quit", "id": "q"}"#)
        #expect(client.receive() == ["return": [:], "id": "q"])
        let event = watcher.receive()
        #expect(event?["event"] == "SHUTDOWN")
        #expect(event?["data"] == ["guest": false, "reason": "host-qmp-quit"])
        #expect((event?["timestamp"]?["seconds"]?.int64Value ?? 0) > 1_600_000_000)
        let micros = event?["timestamp"]?["microseconds"]?.int64Value ?? -1
        #expect(micros >= 0 && micros < 1_000_000)
        // A client still negotiating gets no event, only the close.
        #expect(unnegotiated.isClosedByPeer())
        daemon.join()
        #expect(access(daemon.path, F_OK) != 0)
    }
}
