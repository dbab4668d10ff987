import JSON
import QMP
import Testing

/// Every top-level request check of QEMU's `qmp_dispatch_check_obj` and
/// `qmp_dispatch`, in command mode, with the exact class and text.
@Suite struct RequestValidationTests {
    func negotiated() -> SessionHarness {
        let h = SessionHarness(configuration: .init(offeredCapabilities: [.oob]))
        #expect(h.request(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}"#) == ["return": [:]])
        return h
    }

    @Test(arguments: [
        (#"[1, 2]"#, "QMP input must be a JSON object", false),
        (#""query-version""#, "QMP input must be a JSON object", false),
        (#"{"execute": 1, "id": 7}"#, "QMP input member 'execute' must be a string", true),
        (#"{"exec-oob": ["x"], "id": 7}"#, "QMP input member 'exec-oob' must be a string", true),
        (#"{"execute": "query-version", "exec-oob": "quit", "id": 7}"#, "QMP input member 'exec-oob' clashes with 'execute'", true),
        (#"{"execute": "query-version", "arguments": [], "id": 7}"#, "QMP input member 'arguments' must be an object", true),
        (#"{"execute": "query-version", "extra": 1, "id": 7}"#, "QMP input member 'extra' is unexpected", true),
        (#"{"arguments": {}, "id": 7}"#, "QMP input lacks member 'execute'", true),
        (#"{"execute": "query-version", "arguments": {"x": 1}, "id": 7}"#, "Parameter 'x' is unexpected", true),
        (#"{"exec-oob": "query-version", "id": 7}"#, "The command query-version does not support OOB", true),
    ])
    func malformedRequestIsAGenericError(request: String, desc: String, hasID: Bool) {
        let h = negotiated()
        let response = h.request(request)
        #expect(errorOf(response)?.cls == "GenericError")
        #expect(errorOf(response)?.desc == desc)
        #expect(response["id"] == (hasID ? 7 : nil))
        #expect(response["return"] == nil)
    }

    @Test func unknownCommandIsCommandNotFound() {
        let h = negotiated()
        let r = h.request(#"{"execute": "no-such-command", "id": "x"}"#)
        #expect(errorOf(r)?.cls == "CommandNotFound")
        #expect(errorOf(r)?.desc == "The command no-such-command has not been found")
        #expect(r["id"] == "x")
    }

    @Test(arguments: [
        #""text""#, "42", "-1.5", "null", "true", #"{"seq": 1, "tag": ["a", {"b": null}]}"#, "[]",
    ])
    func idIsEchoedVerbatim(id: String) throws {
        let h = negotiated()
        let expected = try JSONStreamParser.parse(id)
        #expect(h.request(#"{"execute": "query-version", "id": \#(id)}"#)["id"] == expected)
        #expect(h.request(#"{"execute": "nope", "id": \#(id)}"#)["id"] == expected)
    }

    @Test func noIDMeansNoIDInTheResponse() {
        let h = negotiated()
        let r = h.request(#"{"execute": "query-version"}"#)
        #expect(r.objectValue?.keys == ["return"])
    }

    @Test func execOOBIsUnexpectedWhenOOBIsNotEnabled() {
        let h = SessionHarness()
        h.negotiate()
        let r = h.request(#"{"exec-oob": "query-version", "id": 1}"#)
        #expect(errorOf(r)?.desc == "QMP input member 'exec-oob' is unexpected")
    }

    @Test func commandsWithoutReturnsAnswerAnEmptyObject() {
        let h = negotiated()
        #expect(h.quits.value == 0)
        #expect(h.request(#"{"execute": "quit", "id": 1}"#) == ["return": [:], "id": 1])
        #expect(h.quits.value == 1)
    }

    @Test func argumentErrorsHappenBeforeTheHandlerRuns() {
        let h = negotiated()
        let r = h.request(#"{"execute": "quit", "arguments": {"force": true}}"#)
        #expect(errorOf(r)?.desc == "Parameter 'force' is unexpected")
        #expect(h.quits.value == 0)
    }

    @Test func responsesAreCompactASCIIWithCRLF() {
        let h = negotiated()
        let bytes = h.session.receive(#"{"execute": "query-version", "id": "é"}"#)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text == #"{"return": {"qemu": {"major": 0, "minor": 1, "micro": 0}, "package": "iommud 0.1.0"}, "id": "\u00E9"}"# + "\r\n")
    }

    @Test func severalRequestsInOneReadAreAnsweredInOrder() {
        let h = negotiated()
        let rs = h.send(#"{"execute":"query-version","id":1}{"execute":"nope","id":2}  {"execute":"query-commands","id":3}"#)
        #expect(rs.map { $0["id"] } == [1, 2, 3])
        #expect(rs[1]["error"] != nil)
    }

    @Test func parseErrorHasNoIDAndTheStreamRecovers() {
        let h = negotiated()
        let rs = h.send(#"{"execute": "query-version", "id": 1,,} {"execute": "query-version", "id": 2}"#)
        #expect(rs.count == 2)
        #expect(errorOf(rs[0])?.desc.hasPrefix("JSON parse error, ") == true)
        #expect(rs[0]["id"] == nil)
        #expect(rs[1]["id"] == 2)
    }
}
