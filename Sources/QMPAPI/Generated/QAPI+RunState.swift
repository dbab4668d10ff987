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

/// A kernel object id that a change in the state journal returned when it
/// was made and the id the same object got when the change was made again
/// at start (a restart without the kernel objects: another history, a
/// device gone, another kernel).  Later changes of the journal that name
/// the old id are made with the new one.
public struct StateJournalIdChange: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the iommufd object the id belongs to
    public var iommufd: String
    /// the result member that returned it (``ioas-id``, ``hwpt-id``, ``dev-id``, ``pt-id``)
    public var member: String
    /// the change's number in the journal (1 is the oldest)
    public var record: Int64
    /// the id when the change was made
    public var recorded: UInt32
    /// the id after the restart
    public var restored: UInt32

    /// Creates a value from its members.
    public init(iommufd: String, member: String, record: Int64, recorded: UInt32, restored: UInt32) {
        self.iommufd = iommufd
        self.member = member
        self.record = record
        self.recorded = recorded
        self.restored = restored
    }

    public static let qapiMemberNames: [String] = ["iommufd", "member", "record", "recorded", "restored"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.iommufd = try QAPIDecoding.member(object, "iommufd", at: path)
        self.member = try QAPIDecoding.member(object, "member", at: path)
        self.record = try QAPIDecoding.member(object, "record", at: path)
        self.recorded = try QAPIDecoding.member(object, "recorded", at: path)
        self.restored = try QAPIDecoding.member(object, "restored", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 5)
        QAPIEncoding.put(&object, "iommufd", iommufd)
        QAPIEncoding.put(&object, "member", member)
        QAPIEncoding.put(&object, "record", record)
        QAPIEncoding.put(&object, "recorded", recorded)
        QAPIEncoding.put(&object, "restored", restored)
    }
}

/// A change of the state journal that could not be made again at start.
public struct StateJournalFailure: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its number in the journal (1 is the oldest)
    public var record: Int64
    /// its command
    public var execute: String
    /// why it failed (the command's error, or the kernel id it names whose object could not be restored)
    public var desc: String

    /// Creates a value from its members.
    public init(record: Int64, execute: String, desc: String) {
        self.record = record
        self.execute = execute
        self.desc = desc
    }

    public static let qapiMemberNames: [String] = ["record", "execute", "desc"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.record = try QAPIDecoding.member(object, "record", at: path)
        self.execute = try QAPIDecoding.member(object, "execute", at: path)
        self.desc = try QAPIDecoding.member(object, "desc", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "record", record)
        QAPIEncoding.put(&object, "execute", execute)
        QAPIEncoding.put(&object, "desc", desc)
    }
}

/// What the state journal (``iommud --state-dir``) restored when the
/// daemon started.
public struct StateJournalInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the state directory
    public var directory: String
    /// the changes the journal held
    public var records: Int64
    /// how many of them were made again
    public var restored: Int64
    /// the ones that could not be, with why
    public var failed: [StateJournalFailure]
    /// kernel ids that differ from the ones the changes were made with
    public var changedIds: [StateJournalIdChange]
    /// bytes of a write a crash interrupted (never acknowledged) that were cut off the journal's end
    public var tornBytes: Int64

    /// Creates a value from its members.
    public init(directory: String, records: Int64, restored: Int64, failed: [StateJournalFailure], changedIds: [StateJournalIdChange], tornBytes: Int64) {
        self.directory = directory
        self.records = records
        self.restored = restored
        self.failed = failed
        self.changedIds = changedIds
        self.tornBytes = tornBytes
    }

    public static let qapiMemberNames: [String] = ["directory", "records", "restored", "failed", "changed-ids", "torn-bytes"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.directory = try QAPIDecoding.member(object, "directory", at: path)
        self.records = try QAPIDecoding.member(object, "records", at: path)
        self.restored = try QAPIDecoding.member(object, "restored", at: path)
        self.failed = try QAPIDecoding.member(object, "failed", at: path)
        self.changedIds = try QAPIDecoding.member(object, "changed-ids", at: path)
        self.tornBytes = try QAPIDecoding.member(object, "torn-bytes", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 6)
        QAPIEncoding.put(&object, "directory", directory)
        QAPIEncoding.put(&object, "records", records)
        QAPIEncoding.put(&object, "restored", restored)
        QAPIEncoding.put(&object, "failed", failed)
        QAPIEncoding.put(&object, "changed-ids", changedIds)
        QAPIEncoding.put(&object, "torn-bytes", tornBytes)
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

    /// What the state journal restored at start: how many changes were made
    /// again, which could not be and why, and which kernel ids changed.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: the restore's report
    /// - Throws:
    ///   - GenericError when iommud was started without ``--state-dir``
    func queryStateJournal(context: Context) throws(QMPError) -> StateJournalInfo
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
