import JSON

/// What a connection needs from the protocol spoken on it — QMP or JSON-RPC —
/// so one socket layer serves both with the same dispatcher.
public protocol ProtocolSession: AnyObject {
    /// Bytes to send as soon as the client connects (QMP's greeting; nothing
    /// for JSON-RPC).
    var greetingBytes: [UInt8] { get }
    /// Whether broadcast events should reach this client now.
    var wantsEvents: Bool { get }
    /// Whether the connection should stop reading for now.
    var isReadingPaused: Bool { get }
    /// Descriptors that arrived with the next bytes.
    func receiveDescriptors(_ fds: [Int32])
    /// Parses `bytes`, appends replies to `output`, returns the bytes consumed.
    /// Stops after the message whose reply brings `output` to `outputLimit`
    /// bytes or more (the connection then waits for the client to read).
    func receive(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8], outputLimit: Int) -> Int
    /// Appends event `name` in this protocol's framing.
    func frameEvent(name: String, data: JSONObject?, timestamp: JSONValue, into output: inout [UInt8])
    /// Forgets partial input and pending descriptors (the client went away).
    func reset()
}

extension QMPSession: ProtocolSession {
    public var greetingBytes: [UInt8] {
        var out: [UInt8] = []
        Self.frame(greeting, into: &out)
        return out
    }

    public var wantsEvents: Bool { isNegotiated }

    public func frameEvent(name: String, data: JSONObject?, timestamp: JSONValue, into output: inout [UInt8]) {
        var message = JSONObject()
        message.appendUnchecked("event", .string(name))
        if let data { message.appendUnchecked("data", .object(data)) }
        message.appendUnchecked("timestamp", timestamp)
        Self.frame(.object(message), into: &output)
    }
}
