import JSON
import QMP
import IOMMUDBackend
import Synchronization
import IOMMUDSimulation

/// Drives a ``QMPSession`` with raw JSON text, as a client would, and returns
/// the parsed responses.
final class SessionHarness {
    let session: QMPSession
    let quits = QuitCounter()

    init(configuration: QMPSession.Configuration = .init(), monitor: QMPMonitor = QMPMonitor()) {
        let quits = self.quits
        session = QMPSession(
            dispatcher: DaemonCommands.dispatcher(onQuit: { quits.increment() }), configuration: configuration,
            monitor: monitor)
    }

    /// A client of an existing `dispatcher`.
    init(dispatcher: QMPDispatcher) {
        session = QMPSession(dispatcher: dispatcher)
    }

    /// Sends `text` and returns every response, parsed.
    func send(_ text: String) -> [JSONValue] {
        let bytes = session.receive(text)
        let parser = JSONStreamParser()
        var values: [JSONValue] = []
        parser.feed(bytes) { if case .value(let v) = $0 { values.append(v) } }
        return values
    }

    /// Sends one request and returns its single response.
    func request(_ text: String) -> JSONValue {
        let responses = send(text)
        precondition(responses.count == 1, "expected one response, got \(responses)")
        return responses[0]
    }

    /// Negotiates capabilities.
    @discardableResult
    func negotiate() -> JSONValue { request(#"{"execute": "qmp_capabilities"}"#) }
}

func errorOf(_ response: JSONValue) -> (cls: String, desc: String)? {
    guard let e = response["error"], let c = e["class"]?.stringValue, let d = e["desc"]?.stringValue else { return nil }
    return (c, d)
}

/// Counts `quit` requests reaching the daemon hook.
final class QuitCounter: Sendable {
    private let count = Mutex(0)
    func increment() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}
