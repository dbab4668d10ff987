import JSON
import QAPIRuntime
import QMPAPI

/// The monitor's own commands: `qmp_capabilities`, `query-version`,
/// `query-commands`, `quit` (schema module `control`) and `query-qmp-schema`
/// (module `introspect`), and the OOB test hook `x-oob-test` (module `misc`).
public struct MonitorCommands: ControlCommands, IntrospectCommands, MiscCommands {
    public typealias Context = QMPRequestContext

    private let schemaInfo: Result<[SchemaInfo], QMPError>
    private let onQuit: @Sendable () -> Void

    /// - Parameter onQuit: asks the daemon to shut down; called after the
    ///   reply to `quit` has been queued.
    public init(onQuit: @escaping @Sendable () -> Void) {
        self.onQuit = onQuit
        // The generated introspection data must decode as [SchemaInfo]; checking
        // it once here is QEMU's validation of its own qlit.
        do {
            let json = try JSONStreamParser.parse(QAPIIntrospection.json)
            schemaInfo = .success(try [SchemaInfo](qapi: json, at: .root))
        } catch let e as QMPError {
            schemaInfo = .failure(e)
        } catch {
            schemaInfo = .failure(.generic("introspection data is not valid JSON: \(error)"))
        }
    }

    public func qmpCapabilities(enable: [QMPCapability]?, context: QMPRequestContext) throws(QMPError) {
        try context.session.negotiate(enable: enable ?? [])
    }

    public func queryVersion(context: QMPRequestContext) throws(QMPError) -> VersionInfo {
        IOMMUDVersion.info
    }

    public func queryCommands(context: QMPRequestContext) throws(QMPError) -> [CommandInfo] {
        context.dispatcher.table.names.map { CommandInfo(name: $0) }
    }

    public func quit(context: QMPRequestContext) throws(QMPError) {
        onQuit()
    }

    public func queryQmpSchema(context: QMPRequestContext) throws(QMPError) -> [SchemaInfo] {
        try schemaInfo.get()
    }

    public func xOobTest(lock: Bool, context: QMPRequestContext) throws(QMPError) {
        if lock {
            context.session.holdInBand(requestedOutOfBand: context.isOutOfBand)
        } else {
            context.session.releaseInBand()
        }
    }
}
