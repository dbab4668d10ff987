import JSON
import QAPIRuntime
import QMPAPI

/// The monitor's own commands: `qmp_capabilities`, `query-version`,
/// `query-commands`, `quit` (schema module `control`) and `query-qmp-schema`
/// (module `introspect`), descriptor passing and the OOB test hook (module `misc`).
public struct MonitorCommands: ControlCommands, IntrospectCommands, MiscCommands {
    public typealias Context = QMPRequestContext

    /// The generated introspection data decoded as [SchemaInfo], once a
    /// process (every dispatcher answers `query-qmp-schema` the same); checking
    /// it is QEMU's validation of its own qlit.
    private static let schemaInfo: Result<[SchemaInfo], QMPError> = {
        do {
            let json = try JSONStreamParser.parse(QAPIIntrospection.json)
            return .success(try [SchemaInfo](qapi: json, at: .root))
        } catch let e as QMPError {
            return .failure(e)
        } catch {
            return .failure(.generic("introspection data is not valid JSON: \(error)"))
        }
    }()
    /// The daemon's fd sets, shared by every client.
    public let fdSets = FDSetRegistry()
    private let onQuit: @Sendable () -> Void

    /// - Parameter onQuit: asks the daemon to shut down; called after the
    ///   reply to `quit` has been queued.
    public init(onQuit: @escaping @Sendable () -> Void) {
        self.onQuit = onQuit
    }

    public func qmpCapabilities(enable: [QMPCapability]?, context: QMPRequestContext) throws(QMPError) {
        try context.session.negotiate(enable: enable ?? [])
    }

    public func queryVersion(context: QMPRequestContext) throws(QMPError) -> VersionInfo {
        IOMMUDVersion.info
    }

    /// Every command, or on a read-only monitor those it runs
    /// (`query-qmp-schema` still describes them all).
    public func queryCommands(context: QMPRequestContext) throws(QMPError) -> [CommandInfo] {
        let readOnly = context.session.monitor.isReadOnly
        return context.dispatcher.table.names.filter { !readOnly || ReadOnlyMonitor.allows($0) }.map { CommandInfo(name: $0) }
    }

    public func quit(context: QMPRequestContext) throws(QMPError) {
        onQuit()
    }

    public func queryQmpSchema(context: QMPRequestContext) throws(QMPError) -> [SchemaInfo] {
        try Self.schemaInfo.get()
    }

    public func xOobTest(lock: Bool, context: QMPRequestContext) throws(QMPError) {
        if lock {
            context.session.holdInBand(requestedOutOfBand: context.isOutOfBand)
        } else {
            context.session.releaseInBand()
        }
    }
}

// MARK: Descriptor passing (QEMU monitor/fds.c semantics)

extension MonitorCommands {
    static let noDescriptor = QMPError.generic("No file descriptor supplied via SCM_RIGHTS")

    public func getfd(fdname: String, context: QMPRequestContext) throws(QMPError) {
        guard let fd = context.session.claimDescriptor() else { throw Self.noDescriptor }
        if fdname.first?.isNumber == true {
            fd.close()
            throw QMPError.invalidArgument("Parameter 'fdname' expects a name not starting with a digit")
        }
        try context.session.monitor.addNamed(fdname, fd)
    }

    public func closefd(fdname: String, context: QMPRequestContext) throws(QMPError) {
        guard let fd = context.session.monitor.takeNamed(fdname) else {
            throw QMPError.generic("File descriptor named '\(fdname)' not found")
        }
        fd.close()
    }

    public func addFd(fdsetId: Int64?, opaque: String?, context: QMPRequestContext) throws(QMPError) -> AddfdInfo {
        guard let fd = context.session.claimDescriptor() else { throw Self.noDescriptor }
        if let fdsetId, fdsetId < 0 {
            fd.close()
            throw QMPError.invalidArgument("Parameter 'fdset-id' expects a non-negative value")
        }
        let raw = fd.raw
        let id = try fdSets.add(fd, to: fdsetId, opaque: opaque, limits: context.session.monitor.limits)
        return AddfdInfo(fdsetId: id, fd: Int64(raw))
    }

    public func removeFd(fdsetId: Int64, fd: Int64?, context: QMPRequestContext) throws(QMPError) {
        guard fdSets.remove(set: fdsetId, fd: fd) else {
            let name = fd.map { "fdset-id:\(fdsetId), fd:\($0)" } ?? "fdset-id:\(fdsetId)"
            throw QMPError.generic("File descriptor named '\(name)' not found")
        }
    }

    public func queryFdsets(context: QMPRequestContext) throws(QMPError) -> [FdsetInfo] {
        fdSets.snapshot.map { set in
            FdsetInfo(fdsetId: set.id, fds: set.members.map { FdsetFdInfo(fd: Int64($0.fd), opaque: $0.opaque) })
        }
    }
}
