import CQemuTrace

/// An event's state, as QMP's `TraceEventState` reports it.
public enum TraceEventState: String, Sendable, Hashable {
    /// Compiled out (`disable` in trace-events); can never be enabled.
    case unavailable
    /// Available, dynamic state off.
    case disabled
    /// Dynamic state on: the in-process backends receive the event.
    case enabled
}

/// One event and its state (QMP's `TraceEventInfo`).
public struct TraceEventInfo: Sendable, Hashable {
    /// The event name.
    public var name: String
    /// Its state.
    public var state: TraceEventState

    /// Creates an info.
    public init(name: String, state: TraceEventState) {
        self.name = name
        self.state = state
    }
}

/// Why a state query or change was refused; the descriptions are QEMU's texts.
public enum TraceStateError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A name without `*` that is no event.
    case unknownEvent(String)
    /// An `unavailable` event named (or matched) without `ignore-unavailable`.
    case eventUnavailable(String)

    /// QEMU's message: `unknown event "<name>"` or `event "<name>" is disabled`.
    public var description: String {
        switch self {
        case .unknownEvent(let name): return "unknown event \"\(name)\""
        case .eventUnavailable(let name): return "event \"\(name)\" is disabled"
        }
    }
}

/// The runtime registry of trace events: names, availability and the dynamic
/// state (QEMU's dstate) that gates the in-process backends.
///
/// The dynamic state does not affect LTTng: as with QEMU's `ust` backend, an
/// LTTng session enables `qemu:<name>` on its own (`lttng enable-event -u`).
///
/// Names follow QEMU's `trace-event-get-state`/`trace-event-set-state`: a name
/// is a pattern only if it contains `*`, and patterns are case-sensitive globs
/// with `*` and `?`.
public enum TraceEvents {
    /// Every event, in trace-events order (index = id).
    public static var all: [TraceEventDescriptor] { TraceEventTable.generated }

    /// The event named `name`, if any.
    public static func descriptor(named name: String) -> TraceEventDescriptor? {
        byName[name].map { TraceEventTable.generated[$0] }
    }

    private static let byName: [String: Int] = {
        var table: [String: Int] = [:]
        for event in TraceEventTable.generated { table[event.name] = event.id }
        return table
    }()

    /// The state of one event.
    public static func state(of event: TraceEventDescriptor) -> TraceEventState {
        guard event.isAvailable else { return .unavailable }
        return qemu_trace_dstate_get(UInt32(event.id)) ? .enabled : .disabled
    }

    /// Whether an LTTng session currently records `event` (`lttng enable-event
    /// -u qemu:<name>`); independent of the dynamic state.
    public static func isRecordedByLTTng(_ event: TraceEventDescriptor) -> Bool {
        event.isAvailable && qemu_trace_ust_enabled_by_id(UInt32(event.id))
    }

    /// Whether the dynamic state of `name` is on (`false` for unknown names).
    public static func isEnabled(_ name: String) -> Bool {
        descriptor(named: name).map { state(of: $0) == .enabled } ?? false
    }

    /// `trace-event-get-state`: the events `name` denotes with their states.
    /// A name without `*` must be an event (any state); a pattern may match none.
    public static func getState(_ name: String) throws(TraceStateError) -> [TraceEventInfo] {
        try matching(name).map { TraceEventInfo(name: $0.name, state: state(of: $0)) }
    }

    /// `trace-event-set-state`: turns the dynamic state of the events `name`
    /// denotes on or off. Unavailable events are skipped; naming or matching one
    /// is an error (and nothing changes) unless `ignoreUnavailable`.
    public static func setState(_ name: String, enabled: Bool, ignoreUnavailable: Bool = false) throws(TraceStateError) {
        let events = try matching(name)
        if !ignoreUnavailable, let unavailable = events.first(where: { !$0.isAvailable }) {
            throw .eventUnavailable(unavailable.name)
        }
        for event in events where event.isAvailable {
            qemu_trace_dstate_set(UInt32(event.id), enabled)
        }
    }

    /// Applies a list of patterns the way QEMU's `--trace` and its events files
    /// do: each enables the events it matches, or disables them when it starts
    /// with `-`. Unknown names and unavailable events are ignored. Returns the
    /// patterns that matched nothing.
    @discardableResult
    public static func apply(patterns: [String]) -> [String] {
        var unmatched: [String] = []
        for raw in patterns {
            let pattern = raw.hasPrefix("-") ? String(raw.dropFirst()) : raw
            let events = (try? matching(pattern)) ?? []
            if events.isEmpty { unmatched.append(raw) }
            for event in events where event.isAvailable {
                qemu_trace_dstate_set(UInt32(event.id), !raw.hasPrefix("-"))
            }
        }
        return unmatched
    }

    private static func matching(_ name: String) throws(TraceStateError) -> [TraceEventDescriptor] {
        if name.contains("*") {
            return TraceEventTable.generated.filter { globMatch(pattern: name, name: $0.name) }
        }
        guard let event = descriptor(named: name) else { throw .unknownEvent(name) }
        return [event]
    }
}

/// GLib's `g_pattern_match_simple`: `*` matches any run of characters
/// (including none), `?` exactly one; everything else matches itself.
public func globMatch(pattern: String, name: String) -> Bool {
    let p = Array(pattern.unicodeScalars)
    let s = Array(name.unicodeScalars)
    var pi = 0
    var si = 0
    var starP = -1
    var starS = 0
    while si < s.count {
        if pi < p.count, p[pi] == "*" {
            starP = pi
            starS = si
            pi += 1
        } else if pi < p.count, p[pi] == "?" || p[pi] == s[si] {
            pi += 1
            si += 1
        } else if starP >= 0 {
            pi = starP + 1
            starS += 1
            si = starS
        } else {
            return false
        }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
}
