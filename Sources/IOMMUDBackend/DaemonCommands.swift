import QAPIRuntime
import QMP
import QMPAPI

/// Assembles the handlers of every schema module into the daemon's command table.
///
/// Each schema module's generated protocol is implemented by exactly one handler
/// object; this is the one place that knows all of them.
public enum DaemonCommands {
    /// The dispatcher for the daemon.
    ///
    /// - Parameter onQuit: called when a client runs `quit`.
    public static func dispatcher(onQuit: @escaping @Sendable () -> Void) -> QMPDispatcher {
        let monitor = MonitorCommands(onQuit: onQuit)
        return QMPDispatcher(table: .make(control: monitor, introspect: monitor, misc: monitor))
    }
}
