/// The static description of one trace event, from `tracing/trace-events`.
public struct TraceEventDescriptor: Sendable, Hashable {
    /// The event id: its index in the file (``TraceEvents/all``).
    public let id: Int
    /// The event name (also the LTTng event `qemu:<name>`).
    public let name: String
    /// `false` for events with the `disable` property, which are compiled out
    /// (QEMU's `unavailable`).
    public let isAvailable: Bool
    /// The C format with `PRI…` macros expanded, as the log backend prints it.
    public let format: String
    /// Argument names and types, in order.
    public let arguments: [(name: String, type: TraceValueType)]

    /// Creates a descriptor (generated code does).
    public init(id: Int, name: String, isAvailable: Bool, format: String, arguments: [(String, TraceValueType)]) {
        self.id = id
        self.name = name
        self.isAvailable = isAvailable
        self.format = format
        self.arguments = arguments.map { (name: $0.0, type: $0.1) }
    }

    /// Descriptors are equal when every property is.
    public static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.name == b.name && a.isAvailable == b.isAvailable && a.format == b.format
            && a.arguments.map(\.name) == b.arguments.map(\.name) && a.arguments.map(\.type) == b.arguments.map(\.type)
    }

    /// Hashes the id and name.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(name)
    }
}

/// Where the generated table lives (`Generated/Trace+Events.swift` extends it).
enum TraceEventTable {
    /// Each event's format, parsed, by id.
    static let formats: [CFormat] = generated.map { CFormat($0.format) }
}
