#if canImport(Glibc)
import Glibc
#endif
import JSON
import Testing

/// QEMU's `tests/qtest/qmp-test.c` `qmp/protocol` and `qmp/oob` cases, over a
/// real socket: malformed input before and after negotiation is a
/// GenericError and the parser recovers; ids are echoed; OOB overtakes.
@Suite(.serialized) struct QEMUProtocolCaseTests {
    /// Bad inputs from qmp-test, as raw bytes, with QEMU's error text: the
    /// stray token is the bad token so far, shown as QEMU's writer shows it
    /// (0xFF as U+FFFD, controls escaped). These texts were iommud's own
    /// (`stray '\\xFF'`, "invalid control character in string") until it
    /// parsed JSON as QEMU does.
    static let malformed: [(name: String, bytes: [UInt8], desc: String?)] = [
        ("unbalanced", Array("{]".utf8), "JSON parse error, expecting value"),
        ("0xFF outside a string", [0xFF], "JSON parse error, stray '\u{FFFD}'"),
        ("0xFF inside a string", Array("{\"execute\": \"".utf8) + [0xFF] + Array("\"}".utf8), "JSON parse error, stray '\"\u{FFFD}'"),
        ("control character 0x01", [0x01], "JSON parse error, stray '\u{01}'"),
        ("raw newline inside a string", Array("{\"execute\": \"query-\nversion\"}".utf8), "JSON parse error, stray '\"query-\n'"),
        ("%p is not interpolated", Array("%p".utf8), nil),
        ("null", Array("null ".utf8), "QMP input must be a JSON object"),
        ("empty object", Array("{}".utf8), "QMP input lacks member 'execute'"),
        ("non-string execute", Array(#"{"execute": 1}"#.utf8), "QMP input member 'execute' must be a string"),
        ("non-object arguments", Array(#"{"execute": "qmp_capabilities", "arguments": []}"#.utf8), "QMP input member 'arguments' must be an object"),
        ("extra key", Array(#"{"execute": "qmp_capabilities", "extra": true}"#.utf8), "QMP input member 'extra' is unexpected"),
    ]

    func sendRaw(_ client: RawClient, _ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(client.fd, $0.baseAddress, $0.count) }
    }

    @Test(arguments: [false, true])
    func malformedInputIsAGenericErrorAndTheParserRecovers(negotiated: Bool) throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let client = try RawClient(path: daemon.path)
        let greeting = client.receive()
        #expect(greeting?["QMP"]?["version"]?["qemu"]?["major"] != nil)
        #expect(greeting?["QMP"]?["capabilities"] == ["oob"])
        if negotiated {
            client.send(#"{"execute": "qmp_capabilities"}"#)
            #expect(client.receive() == ["return": [:]])
        }
        for bad in Self.malformed {
            sendRaw(client, bad.bytes)
            // A lexical error may leave nothing to reset; a control character
            // after it forces a clean state, as QMP documents.
            sendRaw(client, [0x1B])
            var errors: [JSONValue] = []
            client.send(#"{"execute": "query-version", "id": "probe"}"#)
            while let r = client.receive() {
                if r["id"] == "probe" {
                    if negotiated {
                        #expect(r["return"] != nil, "parser did not recover after \(bad.name)")
                    } else {
                        #expect(r["error"]?["class"] == "CommandNotFound")
                    }
                    break
                }
                errors.append(r)
            }
            #expect(!errors.isEmpty, "no error for \(bad.name)")
            #expect(errors.allSatisfy { $0["error"]?["class"] == "GenericError" }, "\(bad.name): \(errors)")
            if let desc = bad.desc {
                #expect(errors.first?["error"]?["desc"] == .string(desc), "\(bad.name)")
            }
        }
    }

    /// Every request check of QEMU's `qmp_dispatch_check_obj`/`qmp_dispatch`
    /// (reference §1.4), over the socket, in command mode with OOB enabled.
    static let requestErrors: [(request: String, cls: String, desc: String, id: JSONValue?)] = [
        (#"[1]"#, "GenericError", "QMP input must be a JSON object", nil),
        (#"{"execute": 1, "id": 1}"#, "GenericError", "QMP input member 'execute' must be a string", 1),
        (#"{"exec-oob": 1, "id": 2}"#, "GenericError", "QMP input member 'exec-oob' must be a string", 2),
        (#"{"execute": "query-version", "exec-oob": "quit", "id": 3}"#, "GenericError", "QMP input member 'exec-oob' clashes with 'execute'", 3),
        (#"{"execute": "query-version", "arguments": 1, "id": 4}"#, "GenericError", "QMP input member 'arguments' must be an object", 4),
        (#"{"execute": "query-version", "extra": 1, "id": 5}"#, "GenericError", "QMP input member 'extra' is unexpected", 5),
        (#"{"id": 6}"#, "GenericError", "QMP input lacks member 'execute'", 6),
        (#"{"execute": "no-such", "id": 7}"#, "CommandNotFound", "The command no-such has not been found", 7),
        (#"{"exec-oob": "query-version", "id": 8}"#, "GenericError", "The command query-version does not support OOB", 8),
        (#"{"execute": "getfd", "id": 9}"#, "GenericError", "Parameter 'fdname' is missing", 9),
        (#"{"execute": "getfd", "arguments": {"fdname": 1}, "id": 10}"#, "GenericError", "Invalid parameter type for 'fdname', expected: string", 10),
        (#"{"execute": "getfd", "arguments": {"fdname": "a", "b": 1}, "id": 11}"#, "GenericError", "Parameter 'b' is unexpected", 11),
        (#"{"execute": "qmp_capabilities", "id": 12}"#, "CommandNotFound", "Capabilities negotiation is already complete, command ignored", 12),
    ]

    @Test func everyRequestCheckOverTheSocket() throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let client = try RawClient(path: daemon.path)
        _ = client.receive()
        client.send(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}"#)
        #expect(client.receive() == ["return": [:]])
        for c in Self.requestErrors {
            client.send(c.request)
            let r = client.receive()
            #expect(r?["error"]?["class"] == .string(c.cls), "\(c.request)")
            #expect(r?["error"]?["desc"] == .string(c.desc), "\(c.request)")
            #expect(r?["id"] == c.id, "\(c.request)")
        }
    }

    @Test func handshakeAndIDs() throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let client = try RawClient(path: daemon.path)
        _ = client.receive()
        client.send("{ 'execute': 'query-version', 'id': 'cookie#0' }")
        #expect(client.receive()?["error"]?["class"] == "CommandNotFound")
        client.send("{ 'execute': 'qmp_capabilities' }")
        #expect(client.receive() == ["return": [:]])
        client.send("{ 'execute': 'qmp_capabilities' }")
        #expect(client.receive()?["error"]?["class"] == "CommandNotFound")
        client.send("{ 'execute': 'query-version', 'id': 'cookie#1' }")
        let ok = client.receive()
        #expect(ok?["id"] == "cookie#1")
        #expect(ok?["return"] != nil)
        client.send("{ 'execute': 'query-version', 'arguments': { 'bogus': 1 }, 'id': 2 }")
        let bad = client.receive()
        #expect(bad?["id"] == 2)
        #expect(bad?["error"]?["class"] == "GenericError")
    }

    @Test func outOfBandOvertakesOverTheSocket() throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let client = try RawClient(path: daemon.path)
        _ = client.receive()
        client.send(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["unknown-cap"]}}"#)
        #expect(client.receive()?["error"]?["class"] == "GenericError")
        client.send(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}"#)
        #expect(client.receive() == ["return": [:]])
        client.send(#"{"exec-oob": "query-version", "id": "no-oob"}"#)
        #expect(client.receive()?["error"]?["desc"] == "The command query-version does not support OOB")
        client.send(#"{"execute": "x-oob-test", "arguments": {"lock": true}, "id": "blocks"}"#)
        client.send(#"{"id": "err-2"}"#)
        client.send(#"{"execute": "query-version", "id": "in-band"}"#)
        usleep(50_000)
        client.send(#"{"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": "unblocks"}"#)
        var ids: [JSONValue] = []
        for _ in 0..<4 { ids.append(client.receive()?["id"] ?? "none") }
        #expect(ids == ["unblocks", "blocks", "err-2", "in-band"])
    }
}
