/// QEMU's JSON lexer (`qobject/json-lexer.c`) as a byte-level state machine:
/// the same states, the same bytes accepted in each, the same lookahead.
///
/// - Strings take any byte from 0x20 to 0xFD (UTF-8 is checked by the
///   parser), single or double quoted, with `\` escaping any such byte (the
///   parser rejects unknown escapes). A byte below 0x20, or 0xFE/0xFF, in a
///   string is a lexical error.
/// - Numbers follow RFC 8259 (no leading zero, no `1.`, no `+1`), except that
///   a `0` ends at an `e` as QEMU's does (`0e5` is `0` then the keyword `e`).
///   A number or keyword ends at the first byte that cannot continue it; that
///   byte is not consumed.
/// - Keywords are `[a-z]+`; the parser accepts `true`, `false`, `null`.
/// - Any other byte outside a token is a lexical error.
///
/// After an error the lexer skips bytes (QEMU's `IN_RECOVERY`) until a
/// structural character `[ ] { } : ,`, an ASCII control character other than
/// tab (line endings included), or 0xFE/0xFF, and restarts there, without
/// consuming it.
struct JSONLexer {
    enum State: UInt8 {
        case start, recovery
        case dqString, dqEscape, sqString, sqEscape
        case zero, sign, digits, mantissa, mantissaDigits, expE, expSign, expDigits
        case keyword
    }

    /// What ``scan(_:_:_:_:)`` stopped at.
    enum Result {
        /// A token `[tokenStart, i)`.
        case token(JSONToken.Kind)
        /// A lexical error; `[tokenStart, i)` is QEMU's error token (the bad
        /// byte included). The lexer is now recovering.
        case error
        /// All bytes consumed; when ``isMidToken``, `[tokenStart, count)` is
        /// the token so far.
        case end
    }

    private(set) var state = State.start
    /// What the string being read has shown so far.
    private(set) var stringFlags: JSONToken.StringFlags = []

    /// Whether a token has begun and not ended.
    var isMidToken: Bool { state != .start && state != .recovery }

    /// The quote of the string being read (0 outside strings) and whether a
    /// backslash is pending, for skipping the rest of an oversized message.
    var openString: (quote: UInt8, escaped: Bool) {
        switch state {
        case .dqString: return (0x22, false)
        case .dqEscape: return (0x22, true)
        case .sqString: return (0x27, false)
        case .sqEscape: return (0x27, true)
        default: return (0, false)
        }
    }

    /// Forgets any token in progress and any recovery.
    mutating func reset() {
        state = .start
        stringFlags = []
    }

    /// Scans `p[i..<count]` up to the end of the next token, error or the
    /// input. `tokenStart` is set where a token begins; a token continuing
    /// from an earlier call starts before `p` (the caller keeps its head).
    @inline(__always)
    mutating func scan(_ p: UnsafePointer<UInt8>, _ count: Int, _ i: inout Int, _ tokenStart: inout Int) -> Result {
        var k = i
        var s = state
        defer {
            i = k
            state = s
        }
        while k < count {
            let b = p[k]
            switch s {
            case .start:
                switch b {
                case 0x20, 0x09, 0x0A, 0x0D:
                    k += 1
                    continue
                case UInt8(ascii: "{"): return single(.leftBrace, &k, &tokenStart)
                case UInt8(ascii: "}"): return single(.rightBrace, &k, &tokenStart)
                case UInt8(ascii: "["): return single(.leftBracket, &k, &tokenStart)
                case UInt8(ascii: "]"): return single(.rightBracket, &k, &tokenStart)
                case UInt8(ascii: ":"): return single(.colon, &k, &tokenStart)
                case UInt8(ascii: ","): return single(.comma, &k, &tokenStart)
                case UInt8(ascii: "\""): s = .dqString
                case UInt8(ascii: "'"): s = .sqString
                case UInt8(ascii: "0"): s = .zero
                case UInt8(ascii: "1")...UInt8(ascii: "9"): s = .digits
                case UInt8(ascii: "-"): s = .sign
                case UInt8(ascii: "a")...UInt8(ascii: "z"): s = .keyword
                default:
                    tokenStart = k
                    k += 1
                    s = .recovery
                    return .error
                }
                tokenStart = k
                stringFlags = []
                k += 1
            case .recovery:
                if Self.isResynchronisation(b) {
                    s = .start
                } else {
                    k += 1
                }
            case .dqString, .sqString:
                let quote: UInt8 = s == .dqString ? 0x22 : 0x27
                var flags = stringFlags
                // Eight plain bytes at a time, then byte by byte.
                while k + 8 <= count, Self.isPlainString(UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self), quote) {
                    k += 8
                }
                while k < count {
                    let c = p[k]
                    k += 1
                    if c == quote {
                        s = .start
                        stringFlags = flags
                        return .token(.string)
                    }
                    if c == 0x5C {
                        flags.insert(.escape)
                        s = s == .dqString ? .dqEscape : .sqEscape
                        break
                    }
                    if c < 0x20 || c >= 0xFE {
                        s = .recovery
                        return .error
                    }
                    if c >= 0x80 { flags.insert(.nonASCII) }
                }
                stringFlags = flags
            case .dqEscape, .sqEscape:
                k += 1
                if b < 0x20 || b >= 0xFE {
                    s = .recovery
                    return .error
                }
                if b >= 0x80 { stringFlags.insert(.nonASCII) }
                s = s == .dqEscape ? .dqString : .sqString
            case .zero:
                if Self.isDigit(b) { return consumeError(&k, &s) }
                if b != UInt8(ascii: ".") { return ended(.integer, &s) }
                k += 1
                s = .mantissa
            case .sign:
                k += 1
                if b == UInt8(ascii: "0") {
                    s = .zero
                } else if b >= UInt8(ascii: "1") && b <= UInt8(ascii: "9") {
                    s = .digits
                } else {
                    s = .recovery
                    return .error
                }
            case .digits:
                while k < count, Self.isDigit(p[k]) { k += 1 }
                guard k < count else { break }
                switch p[k] {
                case UInt8(ascii: "."): s = .mantissa
                case UInt8(ascii: "e"), UInt8(ascii: "E"): s = .expE
                default: return ended(.integer, &s)
                }
                k += 1
            case .mantissa:
                guard Self.isDigit(b) else { return consumeError(&k, &s) }
                k += 1
                s = .mantissaDigits
            case .mantissaDigits:
                while k < count, Self.isDigit(p[k]) { k += 1 }
                guard k < count else { break }
                guard p[k] == UInt8(ascii: "e") || p[k] == UInt8(ascii: "E") else { return ended(.float, &s) }
                k += 1
                s = .expE
            case .expE:
                if b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                    s = .expSign
                } else if Self.isDigit(b) {
                    s = .expDigits
                } else {
                    return consumeError(&k, &s)
                }
                k += 1
            case .expSign:
                guard Self.isDigit(b) else { return consumeError(&k, &s) }
                k += 1
                s = .expDigits
            case .expDigits:
                while k < count, Self.isDigit(p[k]) { k += 1 }
                guard k < count else { break }
                return ended(.float, &s)
            case .keyword:
                while k < count, p[k] >= UInt8(ascii: "a") && p[k] <= UInt8(ascii: "z") { k += 1 }
                guard k < count else { break }
                return ended(.keyword, &s)
            }
        }
        return .end
    }

    /// The end of input (QEMU's `json_lexer_flush`): a number or keyword in
    /// progress ends; any other token in progress is an error (its bytes so
    /// far are the error token). Afterwards the lexer is at its start.
    mutating func flush() -> Result? {
        defer { state = .start }
        switch state {
        case .start, .recovery: return nil
        case .zero, .digits: return .token(.integer)
        case .mantissaDigits, .expDigits: return .token(.float)
        case .keyword: return .token(.keyword)
        case .dqString, .dqEscape, .sqString, .sqEscape, .sign, .mantissa, .expE, .expSign: return .error
        }
    }

    @inline(__always)
    private func single(_ kind: JSONToken.Kind, _ k: inout Int, _ tokenStart: inout Int) -> Result {
        tokenStart = k
        k += 1
        return .token(kind)
    }

    /// A number or keyword ended before the byte at `k`, which stays unread.
    @inline(__always)
    private func ended(_ kind: JSONToken.Kind, _ s: inout State) -> Result {
        s = .start
        return .token(kind)
    }

    /// The byte at `k` cannot continue the token: it is part of the error.
    @inline(__always)
    private func consumeError(_ k: inout Int, _ s: inout State) -> Result {
        k += 1
        s = .recovery
        return .error
    }

    /// Whether none of the eight bytes of `word` ends a string, escapes,
    /// is a control byte or is 0x80 or more (SWAR: a byte is zero, or below
    /// 0x20, exactly when the subtraction borrows into its top bit).
    @inline(__always)
    private static func isPlainString(_ word: UInt64, _ quote: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let q = word ^ (ones &* UInt64(quote))
        let b = word ^ (ones &* 0x5C)
        let special = (q &- ones) & ~q | (b &- ones) & ~b | (word &- ones &* 0x20) & ~word | word
        return special & high == 0
    }

    @inline(__always)
    private static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    /// Where recovery ends: a structural character, an ASCII control
    /// character other than tab, or a byte that never occurs in UTF-8.
    @inline(__always)
    static func isResynchronisation(_ b: UInt8) -> Bool {
        switch b {
        case 0x09: return false
        case 0x00..<0x20, 0xFE, 0xFF: return true
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: ":"), UInt8(ascii: ","):
            return true
        default: return false
        }
    }
}
