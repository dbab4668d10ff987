/// QEMU's JSON streamer (`qobject/json-streamer.c`): collects the lexer's
/// tokens into messages and hands each complete one to the parser.
///
/// - A message is complete when its braces and brackets balance, or as soon
///   as either count goes negative (then the parser reports the error). A
///   top-level scalar is a message as soon as its token ends.
/// - A lexical error ends the message being read with one error
///   (`stray '<the bad token so far>'`); the lexer then recovers.
/// - Limits, checked at each token in QEMU's order: token bytes (whitespace
///   not counted), token count, nesting. A limit error ends the message; the
///   rest of it is skipped (``JSONNestingSkipper``).
///
/// While a message lies wholly in the bytes being fed, its tokens point into
/// them and nothing is copied; a message still open when the bytes run out
/// has its tokens (and the token in progress) copied into `text`.
struct JSONFramer {
    private var lexer = JSONLexer()
    private var parser = JSONTokenParser()
    private var tokens: [JSONToken] = []
    /// Token bytes of a message that outlived the bytes it came in.
    private var text: [UInt8] = []
    /// Whether `tokens` point into `text` (else into the bytes being fed).
    private var tokensInText = false
    /// Where in `text` the token the lexer is in the middle of begins.
    private var partialStart: Int?
    private var braceCount = 0
    private var bracketCount = 0
    private var tokenBytes = 0
    private var skipper: JSONNestingSkipper?

    /// Whether part of a message has been read and more is expected.
    var hasPartialMessage: Bool { !tokens.isEmpty || lexer.isMidToken || skipper != nil }

    /// Forgets the message being read and any recovery.
    mutating func reset() {
        lexer.reset()
        skipper = nil
        resetMessage()
    }

    /// Reads on from `p[i]` to the next event; `nil` when all `count` bytes
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
                return endOfInput(p, count, tokenStart, limits: limits)
            case .error:
                return lexicalError(p, tokenStart, i)
            case .token(let kind):
                if let event = add(kind, p, tokenStart, i, limits: limits) { return event }
            }
        }
    }

    /// The end of the input (QEMU's flush): ends a number or keyword in
    /// progress, reports any other token in progress, and parses what is left
    /// of the message, which can only be an error (`premature EOI`).
    mutating func flush(limits: JSONStreamLimits) -> [JSONStreamParser.Event] {
        var events: [JSONStreamParser.Event] = []
        skipper = nil
        var nothing: UInt8 = 0
        withUnsafePointer(to: &nothing) { empty in
            switch lexer.flush() {
            case .token(let kind)?:
                if let event = add(kind, empty, 0, 0, limits: limits) { events.append(event) }
            case .error?:
                events.append(lexicalError(empty, 0, 0))
            case .end?, nil:
                break
            }
            if !tokens.isEmpty { events.append(parseMessage(empty)) }
        }
        resetMessage()
        return events
    }

    /// One token `p[start..<end]` (its head in `text` if it began in an
    /// earlier buffer) goes into the message; returns the message's event if
    /// it is complete, or a limit error.
    private mutating func add(_ kind: JSONToken.Kind, _ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                              limits: JSONStreamLimits) -> JSONStreamParser.Event?
    {
        var token = JSONToken(kind: kind, flags: kind == .string ? lexer.stringFlags : [], start: start, count: end - start)
        if let head = partialStart {
            text.append(contentsOf: UnsafeBufferPointer(start: p + start, count: end - start))
            token.start = head
            token.count = text.count - head
            partialStart = nil
        } else if tokensInText {
            token.start = text.count
            text.append(contentsOf: UnsafeBufferPointer(start: p + start, count: end - start))
        }
        switch kind {
        case .leftBrace: braceCount += 1
        case .rightBrace: braceCount -= 1
        case .leftBracket: bracketCount += 1
        case .rightBracket: bracketCount -= 1
        default: break
        }
        if tokenBytes + token.count + 1 > limits.maxMessageBytes {
            return limitError("JSON token size limit exceeded")
        }
        if tokens.count + 1 > limits.maxTokens { return limitError("JSON token count limit exceeded") }
        if braceCount + bracketCount > limits.maxDepth { return limitError("JSON nesting depth limit exceeded") }
        tokens.append(token)
        tokenBytes += token.count
        if (braceCount > 0 || bracketCount > 0) && braceCount >= 0 && bracketCount >= 0 { return nil }
        let event = parseMessage(p)
        resetMessage()
        return event
    }

    /// Parses the tokens of the message, which lie in `text` or at `p`.
    private mutating func parseMessage(_ p: UnsafePointer<UInt8>) -> JSONStreamParser.Event {
        var parser = JSONTokenParser()
        swap(&parser, &self.parser)
        defer { swap(&parser, &self.parser) }
        func run(_ tokens: UnsafeBufferPointer<JSONToken>, _ base: UnsafePointer<UInt8>) -> JSONStreamParser.Event {
            do throws(JSONParseError) {
                return .value(try parser.parse(tokens, base: base))
            } catch {
                return .error(error)
            }
        }
        return tokens.withUnsafeBufferPointer { tokens in
            guard tokensInText else { return run(tokens, p) }
            return text.withUnsafeBufferPointer { bytes in run(tokens, bytes.baseAddress ?? p) }
        }
    }

    /// QEMU's `stray '…'`: the bad token so far, as QEMU's writer would show it.
    private mutating func lexicalError(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> JSONStreamParser.Event {
        let bad = UnsafeBufferPointer(start: p + start, count: end - start)
        let shown: String
        if let head = partialStart {
            let whole = Array(text[head...]) + Array(bad)
            shown = whole.withUnsafeBufferPointer { ModifiedUTF8.writerText($0) }
        } else {
            shown = ModifiedUTF8.writerText(bad)
        }
        resetMessage()
        return .error(JSONParseError("stray '\(shown)'"))
    }

    /// Ends the message for a broken limit and skips the rest of it.
    private mutating func limitError(_ text: String) -> JSONStreamParser.Event {
        let depth = braceCount + bracketCount
        let open = lexer.openString
        lexer.reset()
        resetMessage()
        if depth > 0 || open.quote != 0 {
            skipper = JSONNestingSkipper(depth: depth, quote: open.quote, escaped: open.escaped)
        }
        return .error(JSONParseError(unprefixed: text))
    }

    /// The bytes ran out: a message still open keeps copies of its tokens,
    /// and of the token in progress, which may not outgrow the size limit.
    private mutating func endOfInput(_ p: UnsafePointer<UInt8>, _ count: Int, _ tokenStart: Int,
                                     limits: JSONStreamLimits) -> JSONStreamParser.Event?
    {
        if !tokensInText, !tokens.isEmpty || lexer.isMidToken {
            for i in tokens.indices {
                let start = text.count
                text.append(contentsOf: UnsafeBufferPointer(start: p + tokens[i].start, count: tokens[i].count))
                tokens[i].start = start
            }
            tokensInText = true
        }
        guard lexer.isMidToken else { return nil }
        let head = partialStart ?? text.count
        partialStart = head
        text.append(contentsOf: UnsafeBufferPointer(start: p + tokenStart, count: count - tokenStart))
        if text.count - head > limits.maxMessageBytes { return limitError("JSON token size limit exceeded") }
        return nil
    }

    private mutating func resetMessage() {
        if !tokens.isEmpty { tokens.removeAll(keepingCapacity: tokens.capacity <= 4096) }
        if !text.isEmpty { text.removeAll(keepingCapacity: text.capacity <= 65536) }
        tokensInText = false
        partialStart = nil
        braceCount = 0
        bracketCount = 0
        tokenBytes = 0
    }
}
