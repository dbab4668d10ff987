/// Frames and parses a byte stream of JSON messages exactly as QEMU's QMP
/// monitor does (its lexer, streamer and parser: ``JSONLexer``,
/// ``JSONFramer``, ``JSONTokenParser``), fed token by token.
///
/// - What is accepted: JSON (RFC 8259) plus QEMU's extensions, single-quoted
///   strings and the `\'` escape. No comments, NaN, Infinity, leading zeros,
///   `1.`, trailing commas or capitalised keywords; a duplicate key is an
///   error; strings must be valid UTF-8 (see ``JSONStringDecoder``).
/// - Framing: a message ends when its braces and brackets balance, not at a
///   newline; a top-level scalar ends with its token (a number or keyword at
///   the next byte that cannot continue it, even one in a later read).
///   Several messages may share one read and one message may span many.
/// - Errors: a syntax error costs the message one error; a lexical error
///   (`stray '…'`) ends the message being read, and the lexer then skips to
///   the next structural character or control character other than tab,
///   where it starts afresh. So sending an ASCII control character forces the
///   parser back to a known state (QMP's documented recovery).
/// - Limits (``JSONStreamLimits``): QEMU's; the rest of a message that breaks
///   one is skipped by its nesting (``JSONNestingSkipper``).
///
/// Integers are exact: ``JSONValue/int(_:)``, ``JSONValue/uint(_:)``, or the
/// literal itself (``JSONValue/numberLiteral(_:)``), never a clamped value.
public final class JSONStreamParser {
    /// One result of feeding bytes.
    public enum Event: Sendable, Equatable {
        case value(JSONValue)
        case error(JSONParseError)
    }

    private let limits: JSONStreamLimits
    /// The state, behind a pointer: the per-token work then pays no dynamic
    /// exclusivity check on a class property, and `body` may still call
    /// ``reset()`` between events.
    private let framer: UnsafeMutablePointer<JSONFramer>

    /// Creates a parser with the given limits.
    public init(limits: JSONStreamLimits = JSONStreamLimits()) {
        self.limits = limits
        framer = .allocate(capacity: 1)
        framer.initialize(to: JSONFramer())
    }

    deinit {
        framer.deinitialize(count: 1)
        framer.deallocate()
    }

    /// Whether part of a message has been read and more is expected.
    public var hasPartialMessage: Bool { framer.pointee.hasPartialMessage }

    /// Drops any partial message (QEMU resets its parser on disconnect).
    public func reset() {
        framer.pointee.reset()
    }

    /// Feeds `bytes` and calls `body` once per complete message or error, in order.
    public func feed(_ bytes: UnsafeRawBufferPointer, _ body: (Event) -> Void) {
        _ = feed(bytes, until: { event in
            body(event)
            return true
        })
    }

    /// Feeds the bytes of `array`.
    public func feed(_ array: [UInt8], _ body: (Event) -> Void) {
        array.withUnsafeBytes { feed($0, body) }
    }

    /// Feeds `bytes`, calling `body` once per complete message or error, and stops
    /// right after an event for which `body` returns `false`.
    ///
    /// - Returns: how many bytes were consumed; the caller feeds the rest later
    ///   (a QMP monitor stops reading while its in-band queue is full). A number
    ///   or keyword ends at the byte after it, which is left unconsumed.
    public func feed(_ bytes: UnsafeRawBufferPointer, until body: (Event) -> Bool) -> Int {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        let count = bytes.count
        var i = 0
        var tokenStart = 0
        while let event = framer.pointee.next(base, count, &i, &tokenStart, limits: limits) {
            guard body(event) else { return i }
        }
        return count
    }

    /// Parses exactly one JSON text (for tests, files and tools), as QEMU's
    /// `qobject_from_json`: the first error wins; no value is `Expecting a
    /// JSON value`, a second one `Expecting at most one JSON value`.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses exactly one JSON text given as bytes, which need not be UTF-8
    /// (``parse(_:)`` for text).
    public static func parse(bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        let parser = JSONStreamParser()
        var result: JSONValue?
        var failure: JSONParseError?
        func take(_ event: Event) {
            if result != nil {
                result = nil
                failure = JSONParseError(unprefixed: "Expecting at most one JSON value")
            }
            guard failure == nil else { return }
            switch event {
            case .value(let v): result = v
            case .error(let e): failure = e
            }
        }
        parser.feed(bytes, take)
        for event in parser.framer.pointee.flush(limits: parser.limits) { take(event) }
        if let failure { throw failure }
        guard let result else { throw JSONParseError(unprefixed: "Expecting a JSON value") }
        return result
    }
}
