import QAPIRuntime
import QMPAPI
import Tracing

/// `trace-event-get-state` and `trace-event-set-state` (schema module
/// `trace`), QEMU's `trace/qmp.c` semantics over the event registry.
extension MonitorCommands: TraceCommands {
    public func traceEventGetState(name: String, context: QMPRequestContext) throws(QMPError) -> [QMPAPI.TraceEventInfo] {
        let infos: [Tracing.TraceEventInfo]
        do {
            infos = try TraceEvents.getState(name)
        } catch {
            throw QMPError.generic(error.description)
        }
        return infos.map { info in
            let descriptor = TraceEvents.descriptor(named: info.name)
            let state: QMPAPI.TraceEventState
            switch info.state {
            case .unavailable: state = .unavailable
            case .disabled: state = .disabled
            case .enabled: state = .enabled
            }
            return QMPAPI.TraceEventInfo(
                name: info.name, state: state,
                ustEnabled: descriptor.flatMap { $0.isAvailable ? TraceEvents.isRecordedByLTTng($0) : nil })
        }
    }

    public func traceEventSetState(name: String, enable: Bool, ignoreUnavailable: Bool?, context: QMPRequestContext)
        throws(QMPError)
    {
        do {
            try TraceEvents.setState(name, enabled: enable, ignoreUnavailable: ignoreUnavailable ?? false)
        } catch {
            throw QMPError.generic(error.description)
        }
    }
}
