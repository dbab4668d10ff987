// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// Why iommud is shutting down.
public enum ShutdownCause: String, QAPIEnum {
    /// a QMP client ran `quit`
    case hostQmpQuit = "host-qmp-quit"
    /// the daemon received SIGINT or SIGTERM
    case hostSignal = "host-signal"
}

/// The machine's phase, with QEMU's names for the two iommud has.
public enum RunState: String, QAPIEnum {
    /// the machine is being built (``iommud --preconfig``, or while the command line's ``--object`` and ``--device`` are realized): devices added now are coldplugged, and a vIOMMU may still change to suit them
    case prelaunch = "prelaunch"
    /// the machine is built: devices added now are hotplugged, vIOMMUs are frozen
    case running = "running"
}

/// What `query-status` returns.
public struct StatusInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// whether the machine is running
    public var running: Bool
    /// its phase
    public var status: RunState

    /// Creates a value from its members.
    public init(running: Bool, status: RunState) {
        self.running = running
        self.status = status
    }

    public static let qapiMemberNames: [String] = ["running", "status"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.running = try QAPIDecoding.member(object, "running", at: path)
        self.status = try QAPIDecoding.member(object, "status", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "running", running)
        QAPIEncoding.put(&object, "status", status)
    }
}

/// Handlers for the commands of schema module 'run-state'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol RunStateCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// The machine's phase, as QEMU reports its run state.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: the status
    func queryStatus(context: Context) throws(QMPError) -> StatusInfo

    /// End the preconfig phase (``iommud --preconfig``): every device added
    /// from now on is hotplugged, and every vIOMMU is frozen (virtio-iommu
    /// fixes its granule).
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when the phase has already ended
    /// - Note: Unstable: as QEMU's
    func xExitPreconfig(context: Context) throws(QMPError)
}

extension QMPEventSink {
    /// Emitted when iommud is about to exit.
    ///
    /// - Parameters:
    ///   - guest: always false; kept so clients written for QEMU's event of the same name parse it unchanged.
    ///   - reason: why the daemon is exiting
    public func emitShutdown(guest: Bool, reason: ShutdownCause) {
        var object = JSONObject()
        QAPIEncoding.put(&object, "guest", guest)
        QAPIEncoding.put(&object, "reason", reason)
        emit(event: "SHUTDOWN", data: object.isEmpty ? nil : object)
    }
}
