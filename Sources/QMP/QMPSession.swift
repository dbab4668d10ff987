import JSON
import QAPIRuntime
import QMPAPI
import Tracing
import Posix

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
        /// Limits on incoming messages (default: QEMU's, 64 MiB of tokens per
        /// message, 2 Mi tokens, nesting 1024).
        public var limits: JSONStreamLimits

        public init(offeredCapabilities: [QMPCapability] = [.oob], limits: JSONStreamLimits = JSONStreamLimits()) {
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
    /// The stream parser; JSON-RPC sessions read through it too.
    let parser: JSONStreamParser

    /// The listener-wide monitor state (named descriptors).
    public let monitor: QMPMonitor
    /// Descriptors received with the latest batch that carried any, not yet
    /// claimed by `getfd` or `add-fd`.
    private var pendingFDs: [Int32] = []

    public init(dispatcher: QMPDispatcher, configuration: Configuration = Configuration(), monitor: QMPMonitor = QMPMonitor()) {
        self.dispatcher = dispatcher
        self.configuration = configuration
        self.monitor = monitor
        self.parser = JSONStreamParser(limits: configuration.limits)
    }

    deinit { closePendingFDs() }

    /// Descriptors that arrived (SCM_RIGHTS) with the bytes about to be fed.
    /// As in QEMU, a new batch replaces — and closes — any still unclaimed.
    /// On a read-only monitor, where nothing may claim them, they are closed
    /// at once.
    public func receiveDescriptors(_ fds: [Int32]) {
        guard !fds.isEmpty else { return }
        closePendingFDs()
        guard !monitor.isReadOnly else {
            for fd in fds { OwnedFD(adopting: fd).close() }
            return
        }
        pendingFDs = fds
    }

    /// Claims one received descriptor for `getfd`/`add-fd`: the first pending
    /// one is handed over, any others are closed (QEMU's `qemu_chr_fe_get_msgfd`).
    public func claimDescriptor() -> OwnedFD? {
        guard !pendingFDs.isEmpty else { return nil }
        let first = pendingFDs.removeFirst()
        closePendingFDs()
        return OwnedFD(adopting: first)
    }

    /// How many received descriptors are waiting to be claimed.
    public var pendingDescriptorCount: Int { pendingFDs.count }

    private func closePendingFDs() {
        for fd in pendingFDs { OwnedFD(adopting: fd).close() }
        pendingFDs.removeAll()
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

    /// The most in-band requests queued per client; reading pauses while the
    /// queue is full (QEMU's `QMP_REQ_QUEUE_LEN_MAX`).
    public static let maxQueuedInBand = 8

    /// A parsed message or parse error waiting for in-band execution.
    private enum Queued {
        case request(JSONValue)
        case parseError(JSONParseError)
    }

    private var inBandQueue: [Queued] = []
    private var holdRequested = false
    private var heldReply: JSONObject? = nil
    private var isHeld = false

    /// Whether the connection may read more: false while the in-band queue is
    /// full, so a client cannot make the daemon buffer without bound.
    public var isReadingPaused: Bool { inBandQueue.count >= Self.maxQueuedInBand }

    /// Number of in-band requests waiting (for tests and tracing).
    public var queuedInBand: Int { inBandQueue.count }

    /// Whether the in-band queue is held by `x-oob-test`.
    public var isInBandHeld: Bool { isHeld }

    /// Parses `bytes` and appends responses (each CRLF-terminated) to `output`.
    ///
    /// `exec-oob` requests are answered at once; everything else — including
    /// malformed requests and parse errors, as in QEMU — goes through the
    /// in-band queue and is answered strictly in order. Consumption stops when
    /// the queue is full.
    ///
    /// Consumption also stops once `output` holds `outputLimit` bytes or more.
    ///
    /// - Returns: how many bytes were consumed; feed the rest once
    ///   ``isReadingPaused`` turns false (and the output has been written).
    @discardableResult
    public func receive(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8], outputLimit: Int = .max) -> Int {
        parser.feed(bytes, until: { event in
            switch event {
            case .value(let message):
                Trace.handle_qmp_command(mon: Trace.pointer(of: self), req: JSONWriter.string(message))
                if Self.isOutOfBand(message) {
                    Trace.monitor_qmp_cmd_out_of_band(id: Self.idText(message))
                    respond(dispatcher.handle(message, session: self), into: &output)
                } else {
                    inBandQueue.append(.request(message))
                    Trace.monitor_qmp_in_band_enqueue(req: nil, mon: Trace.pointer(of: self), len: UInt32(inBandQueue.count))
                }
            case .error(let error):
                inBandQueue.append(.parseError(error))
                Trace.monitor_qmp_in_band_enqueue(req: nil, mon: Trace.pointer(of: self), len: UInt32(inBandQueue.count))
            }
            drainInBand(into: &output)
            if isReadingPaused {
                Trace.monitor_suspend(ptr: Trace.pointer(of: self), cnt: 1)
                return false
            }
            return output.count < outputLimit
        })
    }

    /// Frames a response and fires `monitor_qmp_respond`.
    private func respond(_ response: JSONObject, into output: inout [UInt8]) {
        Trace.monitor_qmp_respond(mon: Trace.pointer(of: self), json: JSONWriter.string(.object(response)))
        Self.frame(.object(response), into: &output)
    }

    /// The request's `id` as text for the trace (QEMU prints the id string or "").
    private static func idText(_ message: JSONValue) -> String {
        guard let id = message["id"] else { return "" }
        if case .string(let s) = id { return s }
        return JSONWriter.string(id)
    }

    /// QEMU's `qmp_is_oob`: `exec-oob` present and `execute` absent. Such a
    /// request bypasses the queue even when OOB is off (it then fails in
    /// validation, possibly ahead of earlier in-band replies).
    static func isOutOfBand(_ message: JSONValue) -> Bool {
        guard case .object(let o) = message else { return false }
        return o["exec-oob"] != nil && o["execute"] == nil
    }

    /// Runs queued in-band requests until the queue is empty or held.
    private func drainInBand(into output: inout [UInt8]) {
        if !isHeld, let reply = heldReply {
            heldReply = nil
            respond(reply, into: &output)
        }
        while !isHeld, !inBandQueue.isEmpty {
            let item = inBandQueue.removeFirst()
            Trace.monitor_qmp_in_band_dequeue(req: nil, len: UInt32(inBandQueue.count))
            let response: JSONObject
            switch item {
            case .request(let message):
                Trace.monitor_qmp_cmd_in_band(id: Self.idText(message))
                response = dispatcher.handle(message, session: self)
            case .parseError(let error):
                let desc = error.desc
                Trace.monitor_qmp_err_in_band(desc: desc)
                response = QMPDispatcher.response(error: .generic(desc), id: nil)
            }
            if holdRequested {
                // The request that asked for the hold answers when it is released,
                // like QEMU's blocked dispatcher.
                holdRequested = false
                isHeld = true
                heldReply = response
                return
            }
            respond(response, into: &output)
        }
    }

    /// Holds the in-band queue after the current request (`x-oob-test` with
    /// `lock: true`). An in-band request's own reply is withheld until release.
    public func holdInBand(requestedOutOfBand: Bool) {
        if requestedOutOfBand {
            isHeld = true
        } else {
            holdRequested = true
        }
    }

    /// Releases a hold (`x-oob-test` with `lock: false`); queued requests run
    /// after the releasing request's own reply.
    public func releaseInBand() {
        isHeld = false
        holdRequested = false
    }

    /// Convenience for tests: feeds `text` and returns the responses' bytes.
    public func receive(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        Array(text.utf8).withUnsafeBytes { _ = receive($0, into: &out) }
        return out
    }

    /// Drops any partial message and queued requests (on disconnect).
    public func reset() {
        closePendingFDs()
        parser.reset()
        inBandQueue.removeAll()
        heldReply = nil
        isHeld = false
        holdRequested = false
    }

    /// Appends `message` in QEMU's wire form: compact JSON followed by CRLF.
    public static func frame(_ message: JSONValue, into output: inout [UInt8]) {
        JSONWriter.write(message, into: &output)
        output.append(0x0D)
        output.append(0x0A)
    }
}
