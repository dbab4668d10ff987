/// Why a message in the stream could not be parsed, in QEMU's words.
///
/// QEMU reports two kinds of error text: syntax and lexical errors read
/// `JSON parse error, <detail>` (``description`` is the detail, e.g.
/// `expecting value`, `stray '}'`, `duplicate key`), while the streamer's
/// limits and `qobject_from_json`'s checks stand alone (`JSON token size limit
/// exceeded`, `Expecting a JSON value`). ``desc`` is the whole text either way,
/// exactly as QEMU puts it in its GenericError.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The detail: for a syntax error the text after `JSON parse error, `, for
    /// any other error the whole text.
    public var description: String
    /// Whether QEMU prefixes the text with `JSON parse error, `.
    public var isSyntaxError: Bool

    /// A syntax or lexical error with QEMU's detail text.
    public init(_ description: String) {
        self.description = description
        self.isSyntaxError = true
    }

    /// An error whose text QEMU reports without the `JSON parse error, ` prefix.
    public init(unprefixed description: String) {
        self.description = description
        self.isSyntaxError = false
    }

    /// The error text as QEMU reports it (the `desc` of its GenericError).
    public var desc: String { isSyntaxError ? "JSON parse error, " + description : description }
}

/// Limits that protect the daemon from hostile input: QEMU's json-streamer
/// has the same three, with these defaults.
public struct JSONStreamLimits: Sendable {
    /// Most bytes of tokens in one message, whitespace not counted, and most
    /// bytes in one token. QEMU: 64 MiB (`JSON token size limit exceeded`).
    public var maxMessageBytes: Int
    /// Deepest nesting of arrays and objects. QEMU: 1024 (`JSON nesting depth
    /// limit exceeded`).
    public var maxDepth: Int
    /// Most tokens in one message. QEMU: 2 Mi (`JSON token count limit exceeded`).
    public var maxTokens: Int

    public init(maxMessageBytes: Int = 64 << 20, maxDepth: Int = 1024, maxTokens: Int = 2 << 20) {
        self.maxMessageBytes = maxMessageBytes
        self.maxDepth = maxDepth
        self.maxTokens = maxTokens
    }
}
