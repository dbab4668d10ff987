// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// State of a trace event for the log backend.
public enum TraceEventState: String, QAPIEnum {
    /// the event is marked "disable" in trace-events and cannot be enabled
    case unavailable = "unavailable"
    /// the event is not logged
    case disabled = "disabled"
    /// the event is logged
    case enabled = "enabled"
}

/// Information about a trace event.
public struct TraceEventInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the event's name
    public var name: String
    /// its state for the log backend
    public var state: TraceEventState
    /// whether an LTTng session records it now (absent for unavailable events)
    public var ustEnabled: Bool?

    /// Creates a value from its members.
    public init(name: String, state: TraceEventState, ustEnabled: Bool? = nil) {
        self.name = name
        self.state = state
        self.ustEnabled = ustEnabled
    }

    public static let qapiMemberNames: [String] = ["name", "state", "ust-enabled"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.state = try QAPIDecoding.member(object, "state", at: path)
        self.ustEnabled = try QAPIDecoding.optional(object, "ust-enabled", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "state", state)
        QAPIEncoding.put(&object, "ust-enabled", ustEnabled)
    }
}

/// Handlers for the commands of schema module 'trace'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol TraceCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Query the state of events.
    ///
    /// - Parameters:
    ///   - name: an event name, or a pattern when it contains '*' (GLib-style globbing with '*' and '?')
    ///   - context: the state of the request
    /// - Returns: the matching events and their states; a pattern that matches nothing gives an empty list
    /// - Throws:
    ///   - GenericError when a name (not a pattern) is unknown
    func traceEventGetState(name: String, context: Context) throws(QMPError) -> [TraceEventInfo]

    /// Enable or disable events for the log backend.  (LTTng recording is
    /// controlled by the lttng session, as in QEMU.)
    ///
    /// - Parameters:
    ///   - name: an event name, or a pattern when it contains '*'
    ///   - enable: whether to log the events
    ///   - ignoreUnavailable: skip events that cannot be enabled instead of failing (default: false)
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when a name is unknown, or an event it denotes is unavailable and `ignore-unavailable` is false
    func traceEventSetState(name: String, enable: Bool, ignoreUnavailable: Bool?, context: Context) throws(QMPError)
}
