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

    /// Creates an empty capture.
    public init() {}

    /// Appends the record.
    public func record(_ record: TraceRecord) {
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
