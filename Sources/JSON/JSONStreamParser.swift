import CJSONC

/// Why a message in the stream could not be parsed.
///
/// ``description`` is the text QEMU puts after `"JSON parse error, "`.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Limits that protect the daemon from hostile input (QEMU's json-streamer has the
/// same three kinds of limit).
public struct JSONStreamLimits: Sendable {
    /// Largest message in bytes. QEMU: 64 MiB of tokens.
    public var maxMessageBytes: Int
    /// Deepest nesting of arrays and objects. QEMU: 1024.
    public var maxDepth: Int

    public init(maxMessageBytes: Int = 64 << 20, maxDepth: Int = 1024) {
        self.maxMessageBytes = maxMessageBytes
        self.maxDepth = maxDepth
    }
}

/// Frames and parses a byte stream of JSON messages, the way QMP is framed: a message
/// ends when its braces balance, not at a newline; several messages may share one
/// read and one message may span many.
///
/// On a syntax error the partial message is dropped, one error is reported, and
/// parsing resumes after the offending byte. An ASCII control character other than
/// tab, CR and LF is always a lexical error, so a client can force the parser back
/// to a known state by sending one (QMP's documented recovery).
///
/// Built on json-c's incremental tokener; the parser owns the tokener and every
/// json-c object it produces, and hands out only Swift ``JSONValue``s.
public final class JSONStreamParser {
    /// One result of feeding bytes.
    public enum Event: Sendable, Equatable {
        case value(JSONValue)
        case error(JSONParseError)
    }

    private let tokener: UnsafeMutablePointer<json_tokener>
    private let limits: JSONStreamLimits
    private var inMessage = false
    private var messageBytes = 0
    /// Tracks nesting of the message being read, so that after a syntax error the
    /// rest of the broken message can be skipped as one unit (QEMU's streamer
    /// reports one error per message, not one per bad byte).
    private var scanner = NestingScanner()
    private var skippingBrokenMessage = false

    /// Creates a parser with the given limits.
    public init(limits: JSONStreamLimits = JSONStreamLimits()) {
        self.limits = limits
        guard let tok = json_tokener_new_ex(Int32(clamping: limits.maxDepth)) else {
            fatalError("json_tokener_new_ex failed: out of memory")
        }
        json_tokener_set_flags(tok, Int32(JSON_TOKENER_VALIDATE_UTF8))
        self.tokener = tok
    }

    deinit { json_tokener_free(tokener) }

    /// Gives the calling thread glibc's C locale object, which makes every
    /// parse on it cheaper: json-c switches locale around each parse, and
    /// only from this locale does the switch skip glibc's global locale lock
    /// (measured: 1,550 → 1,030 ns per query-version request, one thread;
    /// with two event loops the lock was also contended). Nothing else
    /// changes: the daemon never sets a locale, so it runs in "C" already.
    /// Call once at the start of a thread that parses a lot.
    public static func useCLocaleOnThisThread() {
        _ = iommud_json_use_c_locale_on_this_thread()
    }

    /// Whether part of a message has been read and more is expected.
    public var hasPartialMessage: Bool { inMessage }

    /// Drops any partial message (QEMU resets its parser on disconnect).
    public func reset() {
        json_tokener_reset(tokener)
        inMessage = false
        messageBytes = 0
        scanner = NestingScanner()
        skippingBrokenMessage = false
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
    ///   (a QMP monitor stops reading while its in-band queue is full).
    public func feed(_ bytes: UnsafeRawBufferPointer, until body: (Event) -> Bool) -> Int {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        let n = bytes.count
        var i = 0
        // Where the next forbidden control byte is (n: none), found once per
        // read rather than once per message of it.
        var nextForbidden = -1
        while i < n {
            if skippingBrokenMessage {
                while i < n, !Self.isForbiddenControl(base[i]) {
                    scanner.consume(base[i])
                    i += 1
                    if scanner.isBalanced {
                        skippingBrokenMessage = false
                        scanner = NestingScanner()
                        break
                    }
                }
                if skippingBrokenMessage, i < n {
                    // A control character ends the skip: report it and start afresh.
                    let more = body(.error(JSONParseError(String(format: base[i]))))
                    reset()
                    i += 1
                    if !more { return i }
                }
                continue
            }
            if !inMessage {
                while i < n, Self.isWhitespace(base[i]) { i += 1 }
                if i == n { break }
            }
            if nextForbidden < i {
                nextForbidden = i
                while nextForbidden < n, !Self.isForbiddenControl(base[nextForbidden]) { nextForbidden += 1 }
            }
            let segmentEnd = nextForbidden
            if segmentEnd > i {
                // Never hand json-c more than the message may still grow by.
                let allowance = limits.maxMessageBytes - messageBytes
                let length = min(segmentEnd - i, allowance)
                if length <= 0 {
                    // Too big: report once, then skip the rest of this message by
                    // its nesting, without buffering it.
                    let more = body(.error(JSONParseError("JSON token size limit exceeded")))
                    let state = scanner
                    reset()
                    if !state.isBalanced {
                        scanner = state
                        skippingBrokenMessage = true
                    }
                    if !more { return i }
                    continue
                }
                let raw = UnsafeRawPointer(base + i).assumingMemoryBound(to: CChar.self)
                let object = json_tokener_parse_ex(tokener, raw, Int32(length))
                let status = json_tokener_get_error(tokener)
                switch status {
                case json_tokener_success:
                    let used = max(json_tokener_get_parse_end(tokener), 1)
                    // Only a byte below 0x20 can be a raw control character in
                    // a string; without one the scan cannot change the verdict.
                    let end = min(i + used, n)
                    var k = i
                    while k < end, base[k] >= 0x20 { k += 1 }
                    if k < end { for k in i..<end { scanner.consume(base[k]) } }
                    let sawControl = scanner.sawControlInString
                    let value = sawControl ? .null : Self.convert(object)
                    if object != nil { json_object_put(object) }
                    json_tokener_reset(tokener)
                    inMessage = false
                    messageBytes = 0
                    scanner = NestingScanner()
                    i += used
                    // json-c accepts raw control characters inside strings; QEMU's
                    // lexer (and JSON) does not: the whole message is an error.
                    let event: Event = sawControl ? .error(JSONParseError("invalid control character in string")) : .value(value)
                    if !body(event) { return i }
                    continue
                case json_tokener_continue:
                    inMessage = true
                    messageBytes += length
                    for k in i..<(i + length) { scanner.consume(base[k]) }
                    i += length
                default:
                    let offset = min(json_tokener_get_parse_end(tokener), length - 1)
                    let more = body(.error(JSONParseError(Self.describe(status, byte: base[i + offset]))))
                    var state = scanner
                    for k in i...(i + offset) { state.consume(base[k]) }
                    reset()
                    if !state.isBalanced {
                        // Skip what is left of the broken message (which may have
                        // started in an earlier read).
                        scanner = state
                        skippingBrokenMessage = true
                    }
                    i += offset + 1
                    if !more { return i }
                    continue
                }
            }
            if i < n, Self.isForbiddenControl(base[i]) {
                let more = body(.error(JSONParseError(String(format: base[i]))))
                reset()
                i += 1
                if !more { return i }
            }
        }
        return n
    }

    /// Parses exactly one JSON text (for tests, files and tools).
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        let parser = JSONStreamParser()
        var results: [Event] = []
        parser.feed(Array(text.utf8) + [0x0A]) { results.append($0) }
        if parser.hasPartialMessage { throw JSONParseError("premature EOI") }
        guard results.count == 1 else {
            if case .error(let e)? = results.first { throw e }
            throw JSONParseError(results.isEmpty ? "expecting value" : "trailing data after value")
        }
        switch results[0] {
        case .value(let v): return v
        case .error(let e): throw e
        }
    }

    private static func isWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    /// Control characters (other than tab, LF, CR) and the bytes 0xFE/0xFF, which
    /// never occur in UTF-8, are lexical errors wherever they appear.
    private static func isForbiddenControl(_ b: UInt8) -> Bool {
        (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0xFE || b == 0xFF
    }

    private static func describe(_ status: json_tokener_error, byte: UInt8?) -> String {
        switch status {
        case json_tokener_error_depth: return "JSON nesting depth limit exceeded"
        case json_tokener_error_parse_utf8_string: return "invalid UTF-8 sequence in string"
        case json_tokener_error_parse_object_key_name: return "key is not a string in object"
        default:
            let detail = String(cString: json_tokener_error_desc(status))
            if let byte, byte >= 0x20, byte < 0x7F {
                return "\(detail) near '\(Character(Unicode.Scalar(byte)))'"
            }
            return detail
        }
    }

    /// Converts a json-c tree into Swift values. `object` is borrowed.
    static func convert(_ object: OpaquePointer?) -> JSONValue {
        guard let object else { return .null }
        switch json_object_get_type(object) {
        case json_type_null:
            return .null
        case json_type_boolean:
            return .bool(json_object_get_boolean(object) != 0)
        case json_type_double:
            return .double(json_object_get_double(object))
        case json_type_int:
            let signed = json_object_get_int64(object)
            if signed == Int64.max {
                let unsigned = json_object_get_uint64(object)
                if unsigned > UInt64(Int64.max) { return .uint(unsigned) }
            }
            return .int(signed)
        case json_type_string:
            let length = Int(json_object_get_string_len(object))
            guard let chars = json_object_get_string(object) else { return .string("") }
            let buffer = UnsafeRawBufferPointer(start: chars, count: length)
            return .string(String(decoding: buffer, as: UTF8.self))
        case json_type_array:
            let count = json_object_array_length(object)
            var elements: [JSONValue] = []
            elements.reserveCapacity(count)
            for index in 0..<count {
                elements.append(convert(json_object_array_get_idx(object, index)))
            }
            return .array(elements)
        case json_type_object:
            // json-c has already dropped duplicate keys, so members go in unchecked.
            var result = JSONObject()
            result.reserveCapacity(Int(json_object_object_length(object)))
            var iterator = json_object_iter_begin(object)
            var end = json_object_iter_end(object)
            while json_object_iter_equal(&iterator, &end) == 0 {
                let name = json_object_iter_peek_name(&iterator).map { String(cString: $0) } ?? ""
                result.appendUnchecked(name, convert(json_object_iter_peek_value(&iterator)))
                json_object_iter_next(&iterator)
            }
            return .object(result)
        default:
            return .null
        }
    }
}

/// Follows the nesting of braces and brackets outside strings (single- or
/// double-quoted, with backslash escapes), byte by byte.
struct NestingScanner {
    private(set) var depth = 0
    private var quote: UInt8 = 0
    private var escaped = false
    /// A raw control character (tab, CR, LF) appeared inside a string.
    private(set) var sawControlInString = false

    /// Whether every opened container is closed and no string is open.
    var isBalanced: Bool { depth <= 0 && quote == 0 }

    mutating func consume(_ b: UInt8) {
        if quote != 0 {
            if b < 0x20 { sawControlInString = true }
            if escaped {
                escaped = false
            } else if b == UInt8(ascii: "\\") {
                escaped = true
            } else if b == quote {
                quote = 0
            }
            return
        }
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
        default: break
        }
    }
}

extension String {
    /// QEMU's text for a stray byte: `stray '\x1B'`-style.
    fileprivate init(format byte: UInt8) {
        let hex = String(byte, radix: 16, uppercase: true)
        self = "stray '\\x\(hex.count == 1 ? "0" + hex : hex)'"
    }
}
