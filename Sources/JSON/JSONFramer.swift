/// QEMU's JSON streamer (`qobject/json-streamer.c`): frames the lexer's
/// tokens into messages and hands them to the parser.
///
/// - A message is complete when its braces and brackets balance, or as soon
///   as either count goes negative (then the parser has an error to report).
///   A top-level scalar is a message as soon as its token ends.
/// - A lexical error ends the message being read with one error,
///   `stray '<the bad token so far>'`; the lexer then recovers.
/// - Limits, checked at each token in QEMU's order: token bytes (whitespace
///   not counted; also one token's own bytes), token count, nesting. A limit
///   error ends the message; the rest of it is skipped (``JSONNestingSkipper``).
///
/// Tokens go to the parser as they end, straight from the bytes being fed;
/// only a token cut by the end of a buffer is copied, into `pending`.
struct JSONFramer {
    private var lexer = JSONLexer()
    private var parser = JSONTokenParser()
    /// The head of a token that began in an earlier buffer.
    private var pending: [UInt8] = []
    private var braceCount = 0
    private var bracketCount = 0
    private var tokenBytes = 0
    private var tokenCount = 0
    private var skipper: JSONNestingSkipper?

    /// Whether part of a message has been read and more is expected.
    var hasPartialMessage: Bool { tokenCount > 0 || lexer.isMidToken || skipper != nil }

    /// Forgets the message being read and any recovery.
    mutating func reset() {
        lexer.reset()
        skipper = nil
        parser.reset()
        endMessage()
    }

    /// Reads on from `p[i]` to the next event; `nil` once all `count` bytes
    /// are consumed without one. `tokenStart` must be 0 at the first call for
    /// a new buffer.
    mutating func next(_ p: UnsafePointer<UInt8>, _ count: Int, _ i: inout Int, _ tokenStart: inout Int,
                       limits: JSONStreamLimits) -> JSONStreamParser.Event?
    {
        while true {
            if skipper != nil {
                guard skipper?.skip(p, count, &i) == true else { return nil }
                skipper = nil
            }
            switch lexer.scan(p, count, &i, &tokenStart) {
            case .end:
                guard lexer.isMidToken else { return nil }
                pending.append(contentsOf: UnsafeBufferPointer(start: p + tokenStart, count: count - tokenStart))
                return pending.count > limits.maxMessageBytes ? limitError("JSON token size limit exceeded") : nil
            case .error:
                return lexicalError(UnsafeBufferPointer(start: p + tokenStart, count: i - tokenStart))
            case .token(let kind):
                switch kind {
                case .leftBrace: braceCount += 1
                case .rightBrace: braceCount -= 1
                case .leftBracket: bracketCount += 1
                case .rightBracket: bracketCount -= 1
                default: break
                }
                let tail = UnsafeBufferPointer(start: p + tokenStart, count: i - tokenStart)
                if let event = pending.isEmpty ? add(kind, tail, limits: limits) : addJoined(kind, tail, limits: limits) {
                    return event
                }
            }
        }
    }

    /// The end of the input (QEMU's flush): a number or keyword in progress
    /// ends, any other token in progress is a lexical error, and a message
    /// still open is an error (`premature EOI`, or the error it already had).
    mutating func flush(limits: JSONStreamLimits) -> [JSONStreamParser.Event] {
        var events: [JSONStreamParser.Event] = []
        skipper = nil
        switch lexer.flush() {
        case .token(let kind)?:
            if let event = addJoined(kind, UnsafeBufferPointer(start: nil, count: 0), limits: limits) {
                events.append(event)
            }
        case .error?:
            events.append(lexicalError(UnsafeBufferPointer(start: nil, count: 0)))
        case .end?, nil:
            break
        }
        if tokenCount > 0 { events.append(parser.finish()) }
        endMessage()
        return events
    }

    /// A token whose head is in `pending` and whose tail is `tail`.
    private mutating func addJoined(_ kind: JSONToken.Kind, _ tail: UnsafeBufferPointer<UInt8>,
                                    limits: JSONStreamLimits) -> JSONStreamParser.Event?
    {
        var whole: [UInt8] = []
        swap(&whole, &pending)
        whole.append(contentsOf: tail)
        let event = whole.withUnsafeBufferPointer { add(kind, $0, limits: limits) }
        whole.removeAll(keepingCapacity: whole.capacity <= 4096)
        if pending.isEmpty { swap(&whole, &pending) }
        return event
    }

    /// One token into the message (its bracket already counted); the
    /// message's event if this token completes it, or a limit error.
    private mutating func add(_ kind: JSONToken.Kind, _ token: UnsafeBufferPointer<UInt8>,
                              limits: JSONStreamLimits) -> JSONStreamParser.Event?
    {
        if tokenBytes + token.count + 1 > limits.maxMessageBytes { return limitError("JSON token size limit exceeded") }
        if tokenCount + 1 > limits.maxTokens { return limitError("JSON token count limit exceeded") }
        if braceCount + bracketCount > limits.maxDepth { return limitError("JSON nesting depth limit exceeded") }
        tokenBytes += token.count
        tokenCount += 1
        parser.take(kind, token, flags: kind == .string ? lexer.stringFlags : [])
        if (braceCount > 0 || bracketCount > 0) && braceCount >= 0 && bracketCount >= 0 { return nil }
        let event = parser.finish()
        endMessage()
        return event
    }

    /// QEMU's `stray '…'`: the bad token so far (its head in `pending`), as
    /// QEMU's writer would show it.
    private mutating func lexicalError(_ tail: UnsafeBufferPointer<UInt8>) -> JSONStreamParser.Event {
        let shown: String
        if pending.isEmpty {
            shown = ModifiedUTF8.writerText(tail)
        } else {
            shown = (pending + tail).withUnsafeBufferPointer { ModifiedUTF8.writerText($0) }
        }
        parser.reset()
        endMessage()
        return .error(JSONParseError("stray '\(shown)'"))
    }

    /// Ends the message for a broken limit and skips the rest of it.
    private mutating func limitError(_ text: String) -> JSONStreamParser.Event {
        let depth = braceCount + bracketCount
        let open = lexer.openString
        lexer.reset()
        parser.reset()
        endMessage()
        if depth > 0 || open.quote != 0 {
            skipper = JSONNestingSkipper(depth: depth, quote: open.quote, escaped: open.escaped)
        }
        return .error(JSONParseError(unprefixed: text))
    }

    private mutating func endMessage() {
        if !pending.isEmpty { pending.removeAll(keepingCapacity: pending.capacity <= 4096) }
        braceCount = 0
        bracketCount = 0
        tokenBytes = 0
        tokenCount = 0
    }
}
