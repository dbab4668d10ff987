import JSON
import QAPIRuntime
import Synchronization

/// Validates QMP requests and runs them through the generated command table.
///
/// Validation follows QEMU's `qmp_dispatch_check_obj` and `qmp_dispatch`: the
/// request must be an object whose members are only `execute` (or `exec-oob`
/// when OOB is enabled), `arguments` and `id`; the command must exist (in
/// negotiation mode only `qmp_capabilities` does); arguments are decoded strictly
/// by the generated entry before the handler runs.
public final class QMPDispatcher: Sendable {
    /// Every command of the schema.
    public let table: QMPCommandTable<QMPRequestContext>
    /// Where the handlers emit events (`DEVICE_DELETED`); the server
    /// connects it to its clients.
    public let events = QMPEventRelay()
    private let recordsChangesFlag = Atomic<Bool>(false)

    /// Whether commands run with ``QMPChangeRequest/current`` set, so the
    /// changes they commit can be journaled (`--state-dir`). Off while the
    /// daemon replays its journal and realizes its command line.
    public var recordsChanges: Bool {
        get { recordsChangesFlag.load(ordering: .acquiring) }
        set { recordsChangesFlag.store(newValue, ordering: .releasing) }
    }

    public init(table: QMPCommandTable<QMPRequestContext>) {
        self.table = table
    }

    /// A request after the top-level checks.
    struct Request {
        var command: String
        var arguments: JSONObject
        var isOutOfBand: Bool
    }

    /// The top-level checks of a request object, in member order.
    static func check(_ request: JSONObject, oobEnabled: Bool) throws(QMPError) -> Request {
        var command: String? = nil
        var execKey: String? = nil
        var isOOB = false
        var arguments = JSONObject()
        for member in request {
            let isExecKey = member.key == "execute" || (member.key == "exec-oob" && oobEnabled)
            switch member.key {
            case _ where isExecKey:
                guard case .string(let name) = member.value else {
                    throw QMPError.generic("QMP input member '\(member.key)' must be a string")
                }
                if let previous = execKey {
                    throw QMPError.generic("QMP input member '\(member.key)' clashes with '\(previous)'")
                }
                execKey = member.key
                command = name
                isOOB = member.key == "exec-oob"
            case "arguments":
                guard case .object(let a) = member.value else {
                    throw QMPError.generic("QMP input member 'arguments' must be an object")
                }
                arguments = a
            case "id":
                continue
            default:
                throw QMPError.generic("QMP input member '\(member.key)' is unexpected")
            }
        }
        guard let command else { throw QMPError.generic("QMP input lacks member 'execute'") }
        return Request(command: command, arguments: arguments, isOutOfBand: isOOB)
    }

    /// Handles one parsed message from `session` and returns the response object.
    func handle(_ message: JSONValue, session: QMPSession) -> JSONObject {
        guard case .object(let request) = message else {
            return Self.response(error: .generic("QMP input must be a JSON object"), id: nil)
        }
        let id = request["id"]
        do {
            let r = try Self.check(request, oobEnabled: session.oobEnabled)
            let result = try execute(r, session: session)
            return Self.response(result: result, id: id)
        } catch {
            return Self.response(error: error, id: id)
        }
    }

    /// Runs `command` with `arguments` for `session` as an in-band request
    /// it sent (the command line's `--object` and `--device` use it).
    public func run(_ command: String, arguments: JSONObject, session: QMPSession) throws(QMPError) -> JSONValue {
        try execute(Request(command: command, arguments: arguments, isOutOfBand: false), session: session)
    }

    func execute(_ r: Request, session: QMPSession) throws(QMPError) -> JSONValue {
        let negotiating = !session.isNegotiated
        guard let entry = table[r.command], !negotiating || r.command == "qmp_capabilities" else {
            if negotiating {
                throw QMPError(.commandNotFound, "Expecting capabilities negotiation with 'qmp_capabilities'")
            }
            throw QMPError(.commandNotFound, "The command \(r.command) has not been found")
        }
        if session.monitor.isReadOnly, !ReadOnlyMonitor.allows(r.command) {
            throw ReadOnlyMonitor.refusal(of: r.command)
        }
        if r.isOutOfBand, !entry.options.allowOOB {
            throw QMPError.generic("The command \(r.command) does not support OOB")
        }
        let context = QMPRequestContext(session: session, isOutOfBand: r.isOutOfBand)
        guard recordsChanges else { return try entry.run(r.arguments, context) }
        return try recording(QMPChangeRequest(command: r.command, arguments: r.arguments)) { () throws(QMPError) in
            try entry.run(r.arguments, context)
        }
    }

    static func response(result: JSONValue, id: JSONValue?) -> JSONObject {
        var o = JSONObject()
        o.reserveCapacity(2)
        o.appendUnchecked("return", result)
        if let id { o.appendUnchecked("id", id) }
        return o
    }

    static func response(error: QMPError, id: JSONValue?) -> JSONObject {
        var o = JSONObject()
        o.reserveCapacity(2)
        o.appendUnchecked("error", error.json)
        if let id { o.appendUnchecked("id", id) }
        return o
    }
}
