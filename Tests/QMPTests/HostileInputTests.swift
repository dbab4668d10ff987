import IOMMUDBackend
import JSON
import QAPIRuntime
import QMP
import Testing
import IOMMUDSimulation

/// The hostile-client review's findings, end to end through a session: each
/// was caused by json-c and is pinned here against QEMU's behaviour.
@Suite struct HostileInputTests {
    func negotiated() -> SessionHarness {
        let h = SessionHarness()
        h.negotiate()
        return h
    }

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    // hostile: request ids above 2**64 or below -2**63 came back as different numbers.
    @Test(arguments: [
        "1180591620717411303424", "18446744073709551616", "-9223372036854775809", "123456789012345678901234567890",
        "18446744073709551615", "-9223372036854775808", "1e400",
    ])
    func hugeIDsEchoExactly(id: String) {
        let h = negotiated()
        let ok = text(h.session.receive(#"{"execute": "query-version", "id": \#(id)}"#))
        #expect(ok.hasSuffix(#", "id": \#(id)}"# + "\r\n"), "\(ok)")
        let failed = text(h.session.receive(#"{"execute": "no-such-command", "id": \#(id)}"#))
        #expect(failed.hasSuffix(#", "id": \#(id)}"# + "\r\n"), "\(failed)")
    }

    // hostile: the same over JSON-RPC.
    @Test func hugeIDsEchoExactlyOverJSONRPC() {
        let session = JSONRPCSession(dispatcher: DaemonCommands.dispatcher(onQuit: {}))
        let reply = text(session.receive(#"{"jsonrpc": "2.0", "method": "query-version", "id": 1180591620717411303424}"#))
        #expect(reply.hasSuffix(#""id": 1180591620717411303424}"# + "\n"), "\(reply)")
    }

    // hostile: `iova=0 size=2**70` reached the kernel as UINT64_MAX, 2**64 as
    // 2**64-1. QEMU holds such a literal as a double, which its uint64 reader
    // refuses: "Parameter 'size' expects uint64".
    @Test(arguments: [
        ("size", "18446744073709551616"), ("size", "1180591620717411303424"), ("iova", "1180591620717411303424"),
        ("size", "1e400"), ("ioas-id", "18446744073709551616"),
    ])
    func uint64ArgumentsRefuseIntegersPast64Bits(member: String, literal: String) {
        let h = negotiated()
        var arguments = ["\"iommufd\": \"iommufd0\"", "\"ioas-id\": 1", "\"iova\": 0", "\"size\": 4096"]
        arguments = arguments.map { $0.hasPrefix("\"\(member)\"") ? "\"\(member)\": \(literal)" : $0 }
        let r = h.request(#"{"execute": "iommufd-ioas-unmap", "arguments": {\#(arguments.joined(separator: ", "))}, "id": 1}"#)
        #expect(errorOf(r)?.cls == "GenericError")
        #expect(errorOf(r)?.desc == "Parameter '\(member)' expects uint64")
    }

    /// The decoders themselves: every integer type refuses a literal past 64
    /// bits with QEMU's text for a double; `number` takes it as QEMU's strtod.
    @Test func decodersRefuseNumberLiteralsAsIntegers() throws {
        let big = JSONValue.numberLiteral("18446744073709551616")
        let path = QAPIPath.root.member("size")
        #expect(throws: QMPError.invalidValue(path, expects: "uint64")) { try UInt64(qapi: big, at: path) }
        #expect(throws: QMPError.invalidValue(path, expects: "uint64")) { try UInt32(qapi: big, at: path) }
        #expect(throws: QMPError.invalidType(path, expected: "integer")) { try Int64(qapi: big, at: path) }
        #expect(throws: QMPError.invalidType(path, expected: "integer")) { try Int8(qapi: .numberLiteral("-1e400"), at: path) }
        #expect(try Double(qapi: big, at: path) == 0x1p64)
        #expect(try Double(qapi: .numberLiteral("1e400"), at: path) == .infinity)
        #expect(try UInt64(qapi: .uint(UInt64.max), at: path) == UInt64.max)
    }

    // hostile: {"id":"a",…,"id":"b"} was answered with id "b".
    @Test func duplicateKeysAreAParseError() {
        let h = negotiated()
        let r = h.request(#"{"id": "a", "execute": "query-version", "id": "b"}"#)
        #expect(errorOf(r)?.desc == "JSON parse error, duplicate key")
        #expect(r["id"] == nil)
    }

    // hostile: a bare scalar in one write swallowed the request in the next.
    @Test(arguments: ["true", "42", "null"])
    func aRequestAfterABareScalarIsAnswered(scalar: String) {
        let h = negotiated()
        #expect(h.send(scalar).isEmpty)
        let rs = h.send(#"{"execute": "query-version", "id": 1}"#)
        #expect(rs.count == 2)
        #expect(errorOf(rs[0])?.desc == "QMP input must be a JSON object")
        #expect(rs.last?["id"] == 1 && rs.last?["return"] != nil)
    }

    // hostile: a raw NUL, 0xFF or CRLF inside a string swallowed the next request.
    @Test(arguments: [[0x00], [0xFF], [0x0D, 0x0A]] as [[UInt8]])
    func aRequestAfterABadByteInAStringIsAnswered(bad: [UInt8]) {
        let h = negotiated()
        var out: [UInt8] = []
        let first = Array(#"{"execute": "query-version", "id": "a"#.utf8) + bad + Array("\"}\n".utf8)
        first.withUnsafeBytes { _ = h.session.receive($0, into: &out) }
        let rs = h.send(#"{"execute": "query-version", "id": "next"}"#)
        #expect(rs.last?["id"] == "next" && rs.last?["return"] != nil, "\(rs)")
        #expect(text(out).contains("JSON parse error, stray"))
    }

    /// QEMU's limit errors read without the "JSON parse error, " prefix.
    @Test func limitErrorsAreReportedInQEMUsWords() {
        let h = SessionHarness(configuration: .init(limits: JSONStreamLimits(maxMessageBytes: 64)))
        h.negotiate()
        let big = #"{"execute": "query-version", "id": ""# + String(repeating: "x", count: 100) + #""}"#
        let rs = h.send(big + #" {"execute": "query-version", "id": 2}"#)
        #expect(rs.count == 2)
        #expect(errorOf(rs[0])?.desc == "JSON token size limit exceeded")
        #expect(rs[1]["id"] == 2)
    }

    /// The session's limits are QEMU's: 64 MiB of tokens per message.
    @Test func defaultLimitsAreQEMUs() {
        let limits = QMPSession.Configuration().limits
        #expect(limits.maxMessageBytes == 64 << 20)
        #expect(limits.maxDepth == 1024)
        #expect(limits.maxTokens == 2 << 20)
    }
}
