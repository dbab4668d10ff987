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
