#if canImport(Glibc)
import Glibc
#endif

/// A backend for tests: keeps every record it receives, in order.
///
/// ```swift
/// let capture = TraceCapture()
/// TraceBackends.add(capture)
/// defer { TraceBackends.remove(capture) }
/// try TraceEvents.setState("iommufd_backend_*", enabled: true)
/// // … run code …
/// #expect(capture.records(named: "iommufd_backend_map_dma").first?.arguments == [.int32(3), …])
/// ```
public final class TraceCapture: TraceBackend {
    private let storage = Locked<[TraceRecord]>([])
    /// The only thread whose events are kept, when restricted.
    private let thread: pthread_t?

    /// Creates an empty capture.
    ///
    /// - Parameter onlyThisThread: keep only the events fired on the calling
    ///   thread, so a test ignores what tests running beside it trace.
    public init(onlyThisThread: Bool = false) {
        thread = onlyThisThread ? pthread_self() : nil
    }

    /// Appends the record (if it came from the thread kept, when restricted).
    public func record(_ record: TraceRecord) {
        if let thread, pthread_equal(thread, pthread_self()) == 0 { return }
        storage.withLock { $0.append(record) }
    }

    /// Everything recorded so far, in order.
    public var records: [TraceRecord] { storage.withLock { $0 } }

    /// The records of the events matching `pattern` (a name, or a glob with `*`).
    public func records(named pattern: String) -> [TraceRecord] {
        records.filter { pattern.contains("*") ? globMatch(pattern: pattern, name: $0.name) : $0.name == pattern }
    }

    /// Forgets everything recorded.
    public func clear() {
        storage.withLock { $0.removeAll() }
    }
}
