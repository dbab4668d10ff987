#if canImport(Glibc)
import Glibc
#endif

/// One fired event as the in-process backends see it.
public struct TraceRecord: Sendable, Hashable {
    /// The event.
    public let event: TraceEventDescriptor
    /// The arguments, typed as in trace-events.
    public let arguments: [TraceValue]

    /// The event name.
    public var name: String { event.name }

    /// Creates a record.
    public init(event: TraceEventDescriptor, arguments: [TraceValue]) {
        self.event = event
        self.arguments = arguments
    }

    /// The event's format applied to the arguments with C `printf` semantics.
    public var formattedText: String { parsedFormat.format(arguments) }

    /// The line QEMU's `log` backend prints, without the newline: the name,
    /// one space, the formatted text (so a format that starts with a space
    /// gives two).
    public var logLine: String {
        var bytes: [UInt8] = []
        appendLogLine(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``logLine`` to `bytes` as UTF-8.
    public func appendLogLine(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: event.name.utf8)
        bytes.append(UInt8(ascii: " "))
        parsedFormat.append(arguments, to: &bytes)
    }

    /// The format, parsed once per event for the generated table's events.
    private var parsedFormat: CFormat {
        let formats = TraceEventTable.formats
        if event.id >= 0, event.id < formats.count, TraceEventTable.generated[event.id].format == event.format {
            return formats[event.id]
        }
        return CFormat(event.format)
    }
}

/// An in-process trace backend: receives every event whose dynamic state is on.
///
/// `record` runs on the thread that fired the event, outside any lock of the
/// registry; it must be thread-safe.
public protocol TraceBackend: AnyObject, Sendable {
    /// Called for each fired event whose dynamic state is on.
    func record(_ record: TraceRecord)
}

/// The installed in-process backends.
public enum TraceBackends {
    private static let installed = Locked<[any TraceBackend]>([])

    /// Adds a backend. Events reach it once their dynamic state is enabled
    /// (``TraceEvents/setState(_:enabled:ignoreUnavailable:)``).
    public static func add(_ backend: any TraceBackend) {
        installed.withLock { $0.append(backend) }
    }

    /// Removes a backend added earlier (compared by identity).
    public static func remove(_ backend: any TraceBackend) {
        installed.withLock { list in list.removeAll { $0 === backend } }
    }

    /// Delivers a fired event to every backend. Called by generated code only.
    public static func emit(eventID: Int, arguments: [TraceValue]) {
        let backends = installed.withLock { $0 }
        guard !backends.isEmpty else { return }
        let record = TraceRecord(event: TraceEventTable.generated[eventID], arguments: arguments)
        for backend in backends { backend.record(record) }
    }
}

/// A value behind a pthread mutex (visible to ThreadSanitizer, unlike a futex).
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
