import JSON
import QAPIRuntime
import QMPAPI

/// One client's monitor: greeting, capabilities negotiation, framing of the
/// incoming byte stream, and responses — independent of any socket, so tests
/// drive it with bytes directly.
///
/// A session is used from one thread at a time (its connection's event loop).
public final class QMPSession {
    /// Settings shared by every session of a daemon.
    public struct Configuration: Sendable {
        /// Capabilities the greeting offers.
        public var offeredCapabilities: [QMPCapability]
        /// Limits on incoming messages.
        public var limits: JSONStreamLimits

        public init(offeredCapabilities: [QMPCapability] = [], limits: JSONStreamLimits = JSONStreamLimits()) {
            self.offeredCapabilities = offeredCapabilities
            self.limits = limits
        }
    }

    /// The dispatcher that runs commands.
    public let dispatcher: QMPDispatcher
    /// This session's settings.
    public let configuration: Configuration
    /// Whether `qmp_capabilities` has succeeded.
    public private(set) var isNegotiated = false
    /// Capabilities enabled by `qmp_capabilities`.
    public private(set) var enabledCapabilities: Set<QMPCapability> = []
    private let parser: JSONStreamParser

    public init(dispatcher: QMPDispatcher, configuration: Configuration = Configuration()) {
        self.dispatcher = dispatcher
        self.configuration = configuration
        self.parser = JSONStreamParser(limits: configuration.limits)
    }

    /// Whether out-of-band execution is on for this session.
    public var oobEnabled: Bool { enabledCapabilities.contains(.oob) }

    /// The greeting, sent as soon as a client connects.
    public var greeting: JSONValue {
        var version = JSONObject()
        version.appendUnchecked("version", IOMMUDVersion.info.qapiJSON)
        version.appendUnchecked("capabilities", .array(configuration.offeredCapabilities.map(\.qapiJSON)))
        var o = JSONObject()
        o.appendUnchecked("QMP", .object(version))
        return .object(o)
    }

    /// Completes negotiation (the `qmp_capabilities` handler calls this).
    ///
    /// - Throws: CommandNotFound when already negotiated; GenericError when a
    ///   capability was not offered.
    public func negotiate(enable: [QMPCapability]) throws(QMPError) {
        guard !isNegotiated else {
            throw QMPError(.commandNotFound, "Capabilities negotiation is already complete, command ignored")
        }
        for capability in enable where !configuration.offeredCapabilities.contains(capability) {
            throw QMPError.generic("Capability \(capability.rawValue) not available")
        }
        enabledCapabilities = Set(enable)
        isNegotiated = true
    }

    /// Parses `bytes` and appends one response (CRLF-terminated) per complete
    /// message to `output`. A parse error gets a GenericError response without
    /// `id`, and parsing resumes after the bad input.
    public func receive(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        parser.feed(bytes) { event in
            switch event {
            case .value(let message):
                let response = dispatcher.handle(message, session: self)
                Self.frame(.object(response), into: &output)
            case .error(let error):
                let response = QMPDispatcher.response(error: .generic("JSON parse error, \(error)"), id: nil)
                Self.frame(.object(response), into: &output)
            }
        }
    }

    /// Convenience for tests: feeds `text` and returns the responses' bytes.
    public func receive(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        Array(text.utf8).withUnsafeBytes { receive($0, into: &out) }
        return out
    }

    /// Drops any partial message (on disconnect).
    public func reset() { parser.reset() }

    /// Appends `message` in QEMU's wire form: compact JSON followed by CRLF.
    public static func frame(_ message: JSONValue, into output: inout [UInt8]) {
        JSONWriter.write(message, into: &output)
        output.append(0x0D)
        output.append(0x0A)
    }
}
