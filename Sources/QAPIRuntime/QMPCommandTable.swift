import JSON

/// How a command may be run (QEMU's `QCO_*` option bits and special features).
public struct QMPCommandOptions: Sendable, Equatable {
    /// The command may be run with `exec-oob`.
    public var allowOOB: Bool
    /// The command may run before the daemon is fully configured.
    public var allowPreconfig: Bool
    /// The schema marks the command `deprecated`.
    public var deprecated: Bool
    /// The schema marks the command `unstable`.
    public var unstable: Bool

    public init(allowOOB: Bool = false, allowPreconfig: Bool = false, deprecated: Bool = false, unstable: Bool = false) {
        self.allowOOB = allowOOB
        self.allowPreconfig = allowPreconfig
        self.deprecated = deprecated
        self.unstable = unstable
    }
}

/// One entry of the dispatch table: strict argument decoding, the handler call,
/// and encoding of the result, generated per command.
public struct QMPCommandEntry<Context>: Sendable {
    /// The command's name.
    public let name: String
    /// Its options.
    public let options: QMPCommandOptions
    /// Decodes `arguments`, runs the handler and returns the `return` value.
    public let run: @Sendable (_ arguments: JSONObject, _ context: Context) throws(QMPError) -> JSONValue

    public init(
        name: String, options: QMPCommandOptions,
        run: @escaping @Sendable (_ arguments: JSONObject, _ context: Context) throws(QMPError) -> JSONValue
    ) {
        self.name = name
        self.options = options
        self.run = run
    }
}

/// Every command of the schema, looked up by name.
public struct QMPCommandTable<Context>: Sendable {
    /// Entries in schema order.
    public let entries: [QMPCommandEntry<Context>]
    private let index: [String: Int]

    public init(entries: [QMPCommandEntry<Context>]) {
        self.entries = entries
        var index: [String: Int] = [:]
        for (i, e) in entries.enumerated() { index[e.name] = i }
        self.index = index
    }

    /// The entry for `name`.
    public subscript(name: String) -> QMPCommandEntry<Context>? {
        index[name].map { entries[$0] }
    }

    /// Command names in schema order.
    public var names: [String] { entries.map(\.name) }
}

/// Where generated event emitters deliver events. The QMP layer stamps them with
/// the time and broadcasts them to negotiated clients.
public protocol QMPEventSink: Sendable {
    /// Delivers event `name`; `data` is `nil` when the event has no members present.
    func emit(event name: String, data: JSONObject?)
}
