import JSON
import QAPIRuntime
import Synchronization

/// Where command handlers emit events (``QMPDispatcher/events``): it
/// forwards them to whatever delivers them, connected later — the server
/// connects its broadcast when it starts; a test connects a recorder.
/// Events emitted while nothing is connected are dropped, as QEMU drops
/// events with no monitor.
public final class QMPEventRelay: QMPEventSink {
    /// Delivers one event (name, data).
    public typealias Delivery = @Sendable (String, JSONObject?) -> Void

    private let delivery = Mutex<Delivery?>(nil)

    public init() {}

    /// Delivers the events emitted from now on through `deliver`.
    public func connect(_ deliver: @escaping Delivery) {
        delivery.withLock { $0 = deliver }
    }

    public func emit(event name: String, data: JSONObject?) {
        delivery.withLock { $0 }?(name, data)
    }
}
