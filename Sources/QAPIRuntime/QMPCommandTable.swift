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
///
/// The lookup runs once per request, so it avoids `Dictionary<String, _>`'s
/// SipHash: an open-addressing table keyed by FNV-1a over the name's UTF-8,
/// confirmed by comparing the name.
public struct QMPCommandTable<Context>: Sendable {
    /// Entries in schema order.
    public let entries: [QMPCommandEntry<Context>]
    /// Entry index + 1 per slot (0: empty); a power of two at least twice
    /// the number of entries.
    private let slots: [Int]

    public init(entries: [QMPCommandEntry<Context>]) {
        self.entries = entries
        var size = 16
        while size < 2 * entries.count { size *= 2 }
        var slots = [Int](repeating: 0, count: size)
        for (i, e) in entries.enumerated() {
            var slot = Self.hash(e.name) & (size - 1)
            while slots[slot] != 0 {
                // A later duplicate replaces the earlier entry.
                if entries[slots[slot] - 1].name == e.name { break }
                slot = (slot + 1) & (size - 1)
            }
            slots[slot] = i + 1
        }
        self.slots = slots
    }

    /// The entry for `name`.
    public subscript(name: String) -> QMPCommandEntry<Context>? {
        let mask = slots.count - 1
        var slot = Self.hash(name) & mask
        while true {
            let index = slots[slot]
            if index == 0 { return nil }
            if entries[index - 1].name == name { return entries[index - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// Command names in schema order.
    public var names: [String] { entries.map(\.name) }

    /// FNV-1a over the UTF-8 bytes (names are short ASCII).
    private static func hash(_ name: String) -> Int {
        let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325, prime: UInt64 = 0x100_0000_01B3
        // A buffer loop where the string's UTF-8 is contiguous (it always is
        // for native strings); the view's iterator otherwise.
        let contiguous: UInt64? = name.utf8.withContiguousStorageIfAvailable { bytes in
            var h = offsetBasis
            for i in 0..<bytes.count { h = (h ^ UInt64(bytes[i])) &* prime }
            return h
        }
        var h = offsetBasis
        if let contiguous {
            h = contiguous
        } else {
            for byte in name.utf8 { h = (h ^ UInt64(byte)) &* prime }
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}

/// Where generated event emitters deliver events. The QMP layer stamps them with
/// the time and broadcasts them to negotiated clients.
public protocol QMPEventSink: Sendable {
    /// Delivers event `name`; `data` is `nil` when the event has no members present.
    func emit(event name: String, data: JSONObject?)
}
