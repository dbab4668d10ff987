import JSON
import QAPIRuntime

/// JSON-RPC 2.0 over the same dispatcher and schema as QMP, for clients that
/// speak JSON-RPC rather than QMP: no greeting, no negotiation, `method` is the
/// QMP command name and `params` its arguments (an object; `[]` means none).
///
/// - A request without `id` is a notification: it runs, and nothing is sent back.
/// - A batch (array) is answered with an array of the non-notification replies,
///   or nothing when there are none; an empty batch is an invalid request.
/// - Errors: -32700 parse error, -32600 invalid request, -32601 method not
///   found, -32602 invalid params (the QMP argument errors), and for errors
///   raised by the command a code per QMP class — GenericError -32000,
///   DeviceNotActive -32001, DeviceNotFound -32002, KVMMissingCap -32003 —
///   with `data: {"class": …}` carrying the QMP class.
/// - Events arrive as notifications whose method is the event name and whose
///   params are `{"data": …, "timestamp": {"seconds", "microseconds"}}`
///   (`data` omitted when the event has none).
///
/// Replies are compact JSON, one per line (LF).
public final class JSONRPCSession: ProtocolSession {
    /// The QMP session handlers see as their context (already negotiated, so
    /// fd passing and every command work as over QMP).
    public let qmp: QMPSession
    /// The embedded QMP session's parser (one per connection).
    private var parser: JSONStreamParser { qmp.parser }

    public init(dispatcher: QMPDispatcher, limits: JSONStreamLimits = JSONStreamLimits(),
                monitor: QMPMonitor = QMPMonitor()) {
        qmp = QMPSession(
            dispatcher: dispatcher, configuration: .init(offeredCapabilities: [], limits: limits), monitor: monitor)
        try? qmp.negotiate(enable: [])
    }

    public var greetingBytes: [UInt8] { [] }
    public var wantsEvents: Bool { true }
    public var isReadingPaused: Bool { false }

    public func receiveDescriptors(_ fds: [Int32]) { qmp.receiveDescriptors(fds) }

    public func reset() {
        qmp.reset()
    }

    @discardableResult
    public func receive(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8], outputLimit: Int = .max) -> Int {
        parser.feed(bytes, until: { event in
            let reply: JSONValue?
            switch event {
            case .value(let message): reply = handle(message)
            case .error(let e): reply = Self.errorReply(id: .null, code: -32700, message: "Parse error: \(e)")
            }
            if let reply {
                JSONWriter.write(reply, into: &output)
                output.append(0x0A)
            }
            return output.count < outputLimit
        })
    }

    /// Convenience for tests: feeds `text` and returns the replies' bytes.
    public func receive(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        Array(text.utf8).withUnsafeBytes { _ = receive($0, into: &out) }
        return out
    }

    public func frameEvent(name: String, data: JSONObject?, timestamp: JSONValue, into output: inout [UInt8]) {
        var params = JSONObject()
        if let data { params.appendUnchecked("data", .object(data)) }
        params.appendUnchecked("timestamp", timestamp)
        var message = JSONObject()
        message.appendUnchecked("jsonrpc", "2.0")
        message.appendUnchecked("method", .string(name))
        message.appendUnchecked("params", .object(params))
        JSONWriter.write(.object(message), into: &output)
        output.append(0x0A)
    }

    /// The reply to one message (a request or a batch); `nil` when nothing is
    /// to be sent.
    func handle(_ message: JSONValue) -> JSONValue? {
        guard case .array(let batch) = message else { return handleRequest(message) }
        guard !batch.isEmpty else {
            return Self.errorReply(id: .null, code: -32600, message: "Invalid Request: empty batch")
        }
        let replies = batch.compactMap { handleRequest($0) }
        return replies.isEmpty ? nil : .array(replies)
    }

    private func handleRequest(_ message: JSONValue) -> JSONValue? {
        guard case .object(let request) = message else {
            return Self.errorReply(id: .null, code: -32600, message: "Invalid Request: not an object")
        }
        let id = request["id"]
        if let id {
            switch id {
            case .string, .int, .uint, .double, .numberLiteral, .null: break
            default:
                return Self.errorReply(id: .null, code: -32600, message: "Invalid Request: 'id' must be a string, number or null")
            }
        }
        let replyID = id ?? .null
        func invalid(_ why: String) -> JSONValue {
            Self.errorReply(id: replyID, code: -32600, message: "Invalid Request: \(why)")
        }
        guard request["jsonrpc"] == "2.0" else { return invalid("'jsonrpc' must be \"2.0\"") }
        guard case .string(let method)? = request["method"] else { return invalid("'method' must be a string") }
        for member in request {
            switch member.key {
            case "jsonrpc", "method", "params", "id": continue
            default: return invalid("member '\(member.key)' is unexpected")
            }
        }
        var arguments = JSONObject()
        switch request["params"] {
        case nil: break
        case .object(let o)?: arguments = o
        case .array(let a)? where a.isEmpty: break
        case .array?:
            return id == nil ? nil : Self.errorReply(
                id: replyID, code: -32602, message: "Invalid params: iommud takes named parameters (an object)")
        default: return invalid("'params' must be an object or an array")
        }

        let result: Result<JSONValue, QMPError>
        if method.hasPrefix("rpc.") {
            result = .failure(QMPError(.commandNotFound, "The command \(method) has not been found"))
        } else {
            let request = QMPDispatcher.Request(command: method, arguments: arguments, isOutOfBand: false)
            do {
                result = .success(try qmp.dispatcher.execute(request, session: qmp))
            } catch {
                result = .failure(error)
            }
        }
        guard let id else { return nil }  // a notification: no reply, even on error
        switch result {
        case .success(let value):
            var o = JSONObject()
            o.appendUnchecked("jsonrpc", "2.0")
            o.appendUnchecked("result", value)
            o.appendUnchecked("id", id)
            return .object(o)
        case .failure(let error):
            return Self.errorReply(id: id, error: error)
        }
    }

    /// The JSON-RPC code for a QMP error raised while running a command.
    public static func code(for error: QMPError) -> Int64 {
        if error.isInvalidArgument { return -32602 }
        switch error.errorClass {
        case .commandNotFound: return -32601
        case .genericError: return -32000
        case .deviceNotActive: return -32001
        case .deviceNotFound: return -32002
        case .kvmMissingCap: return -32003
        }
    }

    static func errorReply(id: JSONValue, error: QMPError) -> JSONValue {
        errorReply(id: id, code: code(for: error), message: error.desc, errorClass: error.errorClass)
    }

    static func errorReply(id: JSONValue, code: Int64, message: String, errorClass: QMPErrorClass? = nil) -> JSONValue {
        var e = JSONObject()
        e.appendUnchecked("code", .int(code))
        e.appendUnchecked("message", .string(message))
        if let errorClass { e.appendUnchecked("data", ["class": .string(errorClass.rawValue)]) }
        var o = JSONObject()
        o.appendUnchecked("jsonrpc", "2.0")
        o.appendUnchecked("error", .object(e))
        o.appendUnchecked("id", id)
        return .object(o)
    }
}
