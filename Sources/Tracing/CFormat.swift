/// A C `printf` format, parsed once and applied to typed values with glibc's
/// semantics: flags `-+ #0`, width, precision, length modifiers `hh h l ll j z t`
/// and conversions `d i u x X o c s p %` (as LP64 glibc prints them: `%p` is
/// `0x…` or `(nil)`; `%d` of a 64-bit value reads its low 32 bits).
public struct CFormat: Sendable {
    /// Pieces refer to `source` by offsets, so applying a format copies no array.
    private enum Piece: Sendable {
        case text(start: Int, end: Int)
        case conversion(Spec)
    }

    private enum Length: Sendable {
        case byte, short, int, wide
    }

    private struct Spec: Sendable {
        var leftAlign = false
        var plus = false
        var space = false
        var alternate = false
        var zeroPad = false
        var width = 0
        var precision: Int?
        var length = Length.int
        var conversion: UInt8 = 0
        var start = 0
        var end = 0
    }

    private let source: [UInt8]
    private let pieces: [Piece]

    /// Parses `format`. Anything that is not a valid conversion is kept as text.
    public init(_ format: String) {
        let bytes = Array(format.utf8)
        var pieces: [Piece] = []
        var textStart = 0
        var i = 0
        func flushText(upTo end: Int) {
            if end > textStart { pieces.append(.text(start: textStart, end: end)) }
        }
        while i < bytes.count {
            guard bytes[i] == ascii("%") else {
                i += 1
                continue
            }
            if i + 1 < bytes.count, bytes[i + 1] == ascii("%") {
                // Keep the first '%' as text, skip the second.
                flushText(upTo: i + 1)
                i += 2
                textStart = i
                continue
            }
            let start = i
            var spec = Spec()
            i += 1
            flags: while i < bytes.count {
                switch bytes[i] {
                case ascii("-"): spec.leftAlign = true
                case ascii("+"): spec.plus = true
                case ascii(" "): spec.space = true
                case ascii("#"): spec.alternate = true
                case ascii("0"): spec.zeroPad = true
                default: break flags
                }
                i += 1
            }
            while i < bytes.count, let d = digit(bytes[i]) {
                spec.width = spec.width * 10 + d
                i += 1
            }
            if i < bytes.count, bytes[i] == ascii(".") {
                i += 1
                var precision = 0
                while i < bytes.count, let d = digit(bytes[i]) {
                    precision = precision * 10 + d
                    i += 1
                }
                spec.precision = precision
            }
            var modifier: [UInt8] = []
            while i < bytes.count, modifier.count < 2, "hljzt".utf8.contains(bytes[i]) {
                modifier.append(bytes[i])
                i += 1
            }
            switch modifier {
            case []: spec.length = .int
            case [ascii("h")]: spec.length = .short
            case [ascii("h"), ascii("h")]: spec.length = .byte
            case [ascii("l")], [ascii("l"), ascii("l")], [ascii("j")], [ascii("z")], [ascii("t")]: spec.length = .wide
            default: i = bytes.count  // not a conversion: keep the rest as text
            }
            guard i < bytes.count, "diuxXocsp".utf8.contains(bytes[i]) else {
                i += 1  // not a conversion: stays part of the text
                continue
            }
            spec.conversion = bytes[i]
            i += 1
            (spec.start, spec.end) = (start, i)
            flushText(upTo: start)
            pieces.append(.conversion(spec))
            textStart = i
        }
        flushText(upTo: min(i, bytes.count))
        self.source = bytes
        self.pieces = pieces
    }

    /// The format applied to `values`, one per conversion in order.
    public func format(_ values: [TraceValue]) -> String {
        var out: [UInt8] = []
        append(values, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the format applied to `values` to `out` as UTF-8.
    public func append(_ values: [TraceValue], to out: inout [UInt8]) {
        var next = 0
        for piece in pieces {
            switch piece {
            case .text(let start, let end):
                out.append(contentsOf: source[start..<end])
            case .conversion(let spec):
                guard next < values.count else {
                    out.append(contentsOf: source[spec.start..<spec.end])
                    continue
                }
                Self.convert(spec, values[next], into: &out)
                next += 1
            }
        }
    }

    private static func convert(_ spec: Spec, _ value: TraceValue, into out: inout [UInt8]) {
        let bits = value.bits
        switch spec.conversion {
        case ascii("s"):
            guard case .string(var s) = value else {
                pad(Array("(invalid)".utf8), spec, into: &out)
                return
            }
            s.withUTF8 { utf8 in
                let count = min(utf8.count, spec.precision ?? utf8.count)
                let fill = max(0, spec.width - count)
                if !spec.leftAlign { appendRepeated(ascii(" "), fill, to: &out) }
                out.append(contentsOf: utf8.prefix(count))
                if spec.leftAlign { appendRepeated(ascii(" "), fill, to: &out) }
            }
        case ascii("c"):
            pad([UInt8(truncatingIfNeeded: bits)], spec, into: &out)
        case ascii("p"):
            if bits == 0 {
                pad(Array("(nil)".utf8), spec, into: &out)
            } else {
                number(bits, radix: 16, upper: false, prefix: Prefix(ascii("0"), ascii("x")), spec, into: &out)
            }
        case ascii("d"), ascii("i"):
            let v: Int64
            switch spec.length {
            case .byte: v = Int64(Int8(truncatingIfNeeded: bits))
            case .short: v = Int64(Int16(truncatingIfNeeded: bits))
            case .int: v = Int64(Int32(truncatingIfNeeded: bits))
            case .wide: v = Int64(bitPattern: bits)
            }
            let sign = v < 0 ? Prefix(ascii("-")) : spec.plus ? Prefix(ascii("+")) : spec.space ? Prefix(ascii(" ")) : Prefix()
            number(v.magnitude, radix: 10, upper: false, prefix: sign, spec, into: &out)
        default:  // u x X o
            let v: UInt64
            switch spec.length {
            case .byte: v = UInt64(UInt8(truncatingIfNeeded: bits))
            case .short: v = UInt64(UInt16(truncatingIfNeeded: bits))
            case .int: v = UInt64(UInt32(truncatingIfNeeded: bits))
            case .wide: v = bits
            }
            let c = spec.conversion
            let radix: UInt64 = c == ascii("o") ? 8 : c == ascii("u") ? 10 : 16
            var prefix = Prefix()
            if spec.alternate, v != 0, radix == 16 { prefix = Prefix(ascii("0"), c) }
            number(v, radix: radix, upper: c == ascii("X"), prefix: prefix, spec, into: &out,
                octalAlternate: spec.alternate && radix == 8)
        }
    }

    /// Up to two bytes before the digits: a sign, or `0x`.
    private struct Prefix {
        var first: UInt8 = 0
        var second: UInt8 = 0
        var count = 0

        init() {}
        init(_ a: UInt8) { (first, count) = (a, 1) }
        init(_ a: UInt8, _ b: UInt8) { (first, second, count) = (a, b, 2) }

        func append(to out: inout [UInt8]) {
            if count > 0 { out.append(first) }
            if count > 1 { out.append(second) }
        }
    }

    /// `value`'s digits with precision (minimum digits), the prefix, width and `0` padding.
    private static func number(
        _ value: UInt64, radix: UInt64, upper: Bool, prefix: Prefix, _ spec: Spec, into out: inout [UInt8],
        octalAlternate: Bool = false
    ) {
        var digits = 0
        var rest = value
        repeat {
            digits += 1
            rest /= radix
        } while rest != 0
        if spec.precision == 0 && value == 0 { digits = 0 }
        var zeros = max(0, (spec.precision ?? 0) - digits)
        // `%#o` makes sure the number starts with 0.
        if octalAlternate && zeros == 0 && (value != 0 || digits == 0) { zeros = 1 }
        var length = prefix.count + zeros + digits
        if spec.zeroPad && !spec.leftAlign && spec.precision == nil && length < spec.width {
            zeros += spec.width - length
            length = spec.width
        }
        let fill = max(0, spec.width - length)
        if !spec.leftAlign { appendRepeated(ascii(" "), fill, to: &out) }
        prefix.append(to: &out)
        appendRepeated(ascii("0"), zeros, to: &out)
        if digits > 0 {
            // At most 22 digits (a 64-bit value in octal), built backwards on the stack.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
                var v = value
                var index = buffer.count
                while index > buffer.count - digits {
                    index -= 1
                    let d = UInt8(v % radix)
                    buffer[index] = d < 10 ? ascii("0") + d : (upper ? ascii("A") : ascii("a")) + d - 10
                    v /= radix
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index...]))
            }
        }
        if spec.leftAlign { appendRepeated(ascii(" "), fill, to: &out) }
    }

    /// `bytes` padded with spaces to the width, on the left unless `-`.
    private static func pad(_ bytes: [UInt8], _ spec: Spec, into out: inout [UInt8]) {
        let fill = max(0, spec.width - bytes.count)
        if !spec.leftAlign { appendRepeated(ascii(" "), fill, to: &out) }
        out.append(contentsOf: bytes)
        if spec.leftAlign { appendRepeated(ascii(" "), fill, to: &out) }
    }
}

@inline(__always)
private func appendRepeated(_ byte: UInt8, _ count: Int, to out: inout [UInt8]) {
    var n = count
    while n > 0 {
        out.append(byte)
        n -= 1
    }
}

@inline(__always)
private func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(ascii: scalar) }

private func digit(_ byte: UInt8) -> Int? {
    byte >= ascii("0") && byte <= ascii("9") ? Int(byte - ascii("0")) : nil
}
