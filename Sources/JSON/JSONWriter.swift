#if canImport(Glibc)
import Glibc
#endif

/// Serialises ``JSONValue``s byte for byte as QEMU's JSON writer does.
///
/// - Output is ASCII only: every code point below 0x20 or from 0x7F up is written as
///   `\uXXXX` with upper-case hex (a surrogate pair above the BMP); `\b \f \n \r \t`,
///   `\"` and `\\` use their short escapes; `/` is not escaped.
/// - Compact form separates members with `", "` and keys from values with `": "`;
///   empty containers are `{}` and `[]`.
/// - Pretty form indents by four spaces, one member per line, as QEMU's pretty mode.
/// - Doubles are printed with `%.17g`, as QEMU's `qnum_to_string`; a number kept
///   as its literal (``JSONValue/numberLiteral(_:)``) is written as received.
public enum JSONWriter {
    /// Appends `value` to `out`.
    public static func write(_ value: JSONValue, into out: inout [UInt8], pretty: Bool = false) {
        var sink = ByteSink(capacity: 256)
        writeValue(value, into: &sink, pretty: pretty, indent: 0)
        sink.copy(into: &out)
    }

    /// The serialised bytes of `value`.
    public static func bytes(_ value: JSONValue, pretty: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        write(value, into: &out, pretty: pretty)
        return out
    }

    /// The serialised text of `value`.
    public static func string(_ value: JSONValue, pretty: Bool = false) -> String {
        String(decoding: bytes(value, pretty: pretty), as: UTF8.self)
    }

    private static func writeValue(_ value: JSONValue, into out: inout ByteSink, pretty: Bool, indent: Int) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): appendDecimal(i, into: &out)
        case .uint(let u): appendDecimal(u, into: &out)
        case .double(let d): appendDouble(d, into: &out)
        case .numberLiteral(let text): appendLiteral(text, into: &out)
        case .string(let s): appendQuoted(s, into: &out)
        case .array(let elements):
            if elements.isEmpty {
                out.append("[]")
                return
            }
            out.append(UInt8(ascii: "["))
            var first = true
            for e in elements {
                if !first { out.append(UInt8(ascii: ",")); if !pretty { out.append(UInt8(ascii: " ")) } }
                first = false
                if pretty { newline(indent + 1, into: &out) }
                writeValue(e, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(indent, into: &out) }
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            if object.isEmpty {
                out.append("{}")
                return
            }
            out.append(UInt8(ascii: "{"))
            var first = true
            for m in object {
                if !first { out.append(UInt8(ascii: ",")); if !pretty { out.append(UInt8(ascii: " ")) } }
                first = false
                if pretty { newline(indent + 1, into: &out) }
                appendQuoted(m.key, into: &out)
                out.append(": ")
                writeValue(m.value, into: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(indent, into: &out) }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ indent: Int, into out: inout ByteSink) {
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<(indent * 4) { out.append(UInt8(ascii: " ")) }
    }

    /// Decimal digits of `v`, written from the end of a stack buffer: no
    /// `String` is built for an integer.
    private static func appendDecimal(_ v: Int64, into out: inout ByteSink) {
        if v < 0 {
            out.append(UInt8(ascii: "-"))
            appendDecimal(v.magnitude, into: &out)
        } else {
            appendDecimal(UInt64(v), into: &out)
        }
    }

    private static func appendDecimal(_ v: UInt64, into out: inout ByteSink) {
        if v < 10 {
            out.append(UInt8(ascii: "0") &+ UInt8(v))
            return
        }
        // UInt64.max has 20 digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var i = 20
            var rest = v
            while rest != 0 {
                i -= 1
                digits[i] = UInt8(ascii: "0") &+ UInt8(rest % 10)
                rest /= 10
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i..<20]))
        }
    }

    private static func appendDouble(_ d: Double, into out: inout ByteSink) {
        guard d.isFinite else {
            // JSON has no spelling for these; QEMU would print "inf"/"nan", which no
            // parser accepts. null at least keeps the stream parseable.
            out.append("null")
            return
        }
        var buffer = [CChar](repeating: 0, count: 40)
        let n = buffer.withUnsafeMutableBufferPointer { p in
            withVaList([d]) { vsnprintf(p.baseAddress, 40, "%.17g", $0) }
        }
        buffer.withUnsafeBufferPointer { p in
            UnsafeBufferPointer(rebasing: p.prefix(Int(n))).withMemoryRebound(to: UInt8.self) { out.append(contentsOf: $0) }
        }
    }

    /// A number literal kept as received: its text is a JSON number already.
    private static func appendLiteral(_ text: String, into out: inout ByteSink) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func appendEscapedUnit(_ unit: UInt32, into out: inout ByteSink) {
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "u"))
        out.append(hexDigits[Int((unit >> 12) & 0xF)])
        out.append(hexDigits[Int((unit >> 8) & 0xF)])
        out.append(hexDigits[Int((unit >> 4) & 0xF)])
        out.append(hexDigits[Int(unit & 0xF)])
    }

    /// Appends `s` as a double-quoted, ASCII-only JSON string.
    public static func appendQuoted(_ s: String, into out: inout [UInt8]) {
        var sink = ByteSink(capacity: s.utf8.count + 2)
        appendQuoted(s, into: &sink)
        sink.copy(into: &out)
    }

    private static func appendQuoted(_ s: String, into out: inout ByteSink) {
        out.append(UInt8(ascii: "\""))
        let done: Void? = s.utf8.withContiguousStorageIfAvailable { appendEscaped(utf8: $0, into: &out) }
        if done == nil {
            for scalar in s.unicodeScalars { appendEscaped(scalar: scalar.value, into: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether an ASCII byte goes out as itself.
    @inline(__always)
    private static func isPlain(_ b: UInt8) -> Bool {
        b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C
    }

    /// Escapes valid UTF-8: runs of plain ASCII are copied at once; anything
    /// else is decoded to its scalar and escaped.
    private static func appendEscaped(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout ByteSink) {
        let n = bytes.count
        var i = 0
        while i < n {
            var runEnd = i
            while runEnd < n, isPlain(bytes[runEnd]) { runEnd += 1 }
            if runEnd > i {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<runEnd]))
                i = runEnd
                if i == n { return }
            }
            let lead = bytes[i]
            // A String's UTF-8 is always valid, so the lead byte gives the length.
            let scalar: UInt32
            let length: Int
            switch lead {
            case 0..<0x80:
                scalar = UInt32(lead)
                length = 1
            case 0xC0..<0xE0:
                scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                length = 2
            case 0xE0..<0xF0:
                scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                length = 3
            default:
                scalar = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                length = 4
            }
            appendEscaped(scalar: scalar, into: &out)
            i += length
        }
    }

    /// One scalar as QEMU writes it.
    private static func appendEscaped(scalar v: UInt32, into out: inout ByteSink) {
        switch v {
        case 0x22: out.append(0x5C); out.append(0x22)
        case 0x5C: out.append(0x5C); out.append(0x5C)
        case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
        case 0x20..<0x7F: out.append(UInt8(v))
        case 0x10000...:
            let u = v - 0x10000
            appendEscapedUnit(0xD800 + (u >> 10), into: &out)
            appendEscapedUnit(0xDC00 + (u & 0x3FF), into: &out)
        default: appendEscapedUnit(v, into: &out)
        }
    }
}

/// Bytes behind a raw pointer, for the writer's inner loops: an append
/// checks capacity and nothing else, where `Array.append` also re-checks
/// uniqueness and goes through its generic growth path on every call
/// (callgrind: the reply writer was a fifth of a request's instructions).
struct ByteSink: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 of a literal.
    mutating func append(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends everything written so far to `out`.
    func copy(into out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
    }

    private mutating func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
