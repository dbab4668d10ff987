import IOMMUDBackend
import JSON
import QMP
import Testing
import IOMMUDSimulation

@Suite struct JSONRPCTests {
    let session = JSONRPCSession(dispatcher: DaemonCommands.dispatcher(onQuit: {}))

    func replies(_ text: String) -> [JSONValue] {
        let bytes = session.receive(text)
        let parser = JSONStreamParser()
        var values: [JSONValue] = []
        parser.feed(bytes) { if case .value(let v) = $0 { values.append(v) } }
        return values
    }

    func reply(_ text: String) -> JSONValue? {
        let r = replies(text)
        return r.count == 1 ? r[0] : nil
    }

    @Test func noGreetingNoNegotiation() {
        #expect(session.greetingBytes.isEmpty)
        let r = reply(#"{"jsonrpc": "2.0", "method": "query-version", "id": 1}"#)
        #expect(r?["jsonrpc"] == "2.0")
        #expect(r?["id"] == 1)
        #expect(r?["result"]?["package"]?.stringValue?.hasPrefix("iommud ") == true)
        #expect(r?["error"] == nil)
    }

    @Test func repliesAreOneLineEach() {
        let bytes = session.receive(#"{"jsonrpc": "2.0", "method": "query-version", "id": "a"}{"jsonrpc": "2.0", "method": "query-version", "id": "b"}"#)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.hasSuffix("}\n"))
    }

    @Test(arguments: [
        (#"{"jsonrpc": "2.0", "method": "nope", "id": 1}"#, -32601, "The command nope has not been found", "CommandNotFound"),
        (#"{"jsonrpc": "2.0", "method": "rpc.discover", "id": 1}"#, -32601, "The command rpc.discover has not been found", "CommandNotFound"),
        (#"{"jsonrpc": "2.0", "method": "quit", "params": {"now": true}, "id": 1}"#, -32602, "Parameter 'now' is unexpected", "GenericError"),
        (#"{"jsonrpc": "2.0", "method": "getfd", "id": 1}"#, -32602, "Parameter 'fdname' is missing", "GenericError"),
        (#"{"jsonrpc": "2.0", "method": "getfd", "params": {"fdname": "x"}, "id": 1}"#, -32000, "No file descriptor supplied via SCM_RIGHTS", "GenericError"),
        (#"{"jsonrpc": "2.0", "method": "closefd", "params": {"fdname": "x"}, "id": 1}"#, -32000, "File descriptor named 'x' not found", "GenericError"),
    ])
    func commandErrorsCarryTheQMPClass(request: String, code: Int64, message: String, errorClass: String) {
        let r = reply(request)
        #expect(r?["error"]?["code"] == .int(code))
        #expect(r?["error"]?["message"] == .string(message))
        #expect(r?["error"]?["data"]?["class"] == .string(errorClass))
        #expect(r?["id"] == 1)
        #expect(r?["result"] == nil)
    }

    @Test(arguments: [
        (#"[1]"#, "Invalid Request: not an object"),
        (#"{"method": "query-version", "id": 1}"#, #"Invalid Request: 'jsonrpc' must be "2.0""#),
        (#"{"jsonrpc": "1.0", "method": "query-version", "id": 1}"#, #"Invalid Request: 'jsonrpc' must be "2.0""#),
        (#"{"jsonrpc": "2.0", "method": 7, "id": 1}"#, "Invalid Request: 'method' must be a string"),
        (#"{"jsonrpc": "2.0", "method": "query-version", "params": "x", "id": 1}"#, "Invalid Request: 'params' must be an object or an array"),
        (#"{"jsonrpc": "2.0", "method": "query-version", "extra": 1, "id": 1}"#, "Invalid Request: member 'extra' is unexpected"),
        (#"{"jsonrpc": "2.0", "method": "query-version", "id": {"a": 1}}"#, "Invalid Request: 'id' must be a string, number or null"),
    ])
    func invalidRequests(request: String, message: String) {
        let r = reply(request)
        let first = r?.arrayValue?.first ?? r
        #expect(first?["error"]?["code"] == -32600)
        #expect(first?["error"]?["message"] == .string(message))
    }

    @Test func parseErrorHasCodeAndNullID() {
        let r = reply(#"{"jsonrpc": "2.0", "method" "x"}"#)
        #expect(r?["error"]?["code"] == -32700)
        #expect(r?["id"] == .null)
    }

    @Test func positionalParamsAreRefusedButAnEmptyListMeansNone() {
        #expect(reply(#"{"jsonrpc": "2.0", "method": "query-version", "params": [], "id": 1}"#)?["result"] != nil)
        #expect(reply(#"{"jsonrpc": "2.0", "method": "getfd", "params": ["x"], "id": 1}"#)?["error"]?["code"] == -32602)
    }

    @Test func notificationsRunButGetNoReply() {
        #expect(replies(#"{"jsonrpc": "2.0", "method": "query-version"}"#).isEmpty)
        #expect(replies(#"{"jsonrpc": "2.0", "method": "no-such-command"}"#).isEmpty)
        // An explicit null id is a request, not a notification.
        #expect(reply(#"{"jsonrpc": "2.0", "method": "query-version", "id": null}"#)?["id"] == .null)
    }

    @Test func batches() {
        let r = reply("""
            [{"jsonrpc": "2.0", "method": "query-version", "id": 1},
             {"jsonrpc": "2.0", "method": "query-version"},
             {"jsonrpc": "2.0", "method": "nope", "id": 2},
             7]
            """)
        let items = r?.arrayValue ?? []
        #expect(items.count == 3)
        #expect(items.map { $0["id"] } == [1, 2, .null])
        #expect(items[0]["result"] != nil)
        #expect(items[1]["error"]?["code"] == -32601)
        #expect(items[2]["error"]?["code"] == -32600)
        #expect(replies(#"[{"jsonrpc": "2.0", "method": "query-version"}]"#).isEmpty)
        #expect(reply("[]")?["error"]?["code"] == -32600)
    }

    @Test func eventsAreNotifications() throws {
        var out: [UInt8] = []
        session.frameEvent(name: "SHUTDOWN", data: JSONObject([.init(key: "guest", value: false)]), timestamp: ["seconds": 1, "microseconds": 2], into: &out)
        #expect(out.last == 0x0A)
        let v = try JSONStreamParser.parse(String(decoding: out, as: UTF8.self))
        #expect(v == ["jsonrpc": "2.0", "method": "SHUTDOWN", "params": ["data": ["guest": false], "timestamp": ["seconds": 1, "microseconds": 2]]])
        #expect(session.wantsEvents)
    }
}
