/// Turns a string token into its text, as QEMU's `parse_string` does.
///
/// - Escapes: `\"`, `\'` (QEMU's extension, in both kinds of string), `\\`,
///   `\/`, `\b`, `\f`, `\n`, `\r`, `\t` and `\uXXXX`. A high surrogate must be
///   followed by a `\u` escape of a low surrogate; the pair is one character.
///   Any other escape is `invalid escape sequence in string`.
/// - A `\u` escape must give a valid character (no lone surrogate, no
///   noncharacter): else `\uXXXX is not a valid Unicode character`. `\u0000`
///   is valid and gives U+0000, as in QEMU (which holds it as `C0 80`).
/// - Raw bytes must be valid modified UTF-8 (``ModifiedUTF8``): no overlong
///   form but `C0 80` (U+0000), no encoded surrogate or noncharacter, nothing
///   above U+10FFFF; else `invalid UTF-8 sequence in string`.
enum JSONStringDecoder {
    /// Decodes a string token, quotes included.
    static func decode(_ token: UnsafeBufferPointer<UInt8>, flags: JSONToken.StringFlags) throws(JSONParseError)
        -> String
    {
        guard let p = token.baseAddress, token.count >= 2 else { return "" }
        let count = token.count
        if flags.isEmpty { return String(decoding: UnsafeBufferPointer(start: p + 1, count: count - 2), as: UTF8.self) }
        var failure: JSONParseError?
        // Every escape and sequence decodes to no more bytes than it takes.
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            guard let start = buffer.baseAddress else { return 0 }
            do throws(JSONParseError) {
                return try decodeBody(p, count: count, into: start) - start
            } catch {
                failure = error
                return 0
            }
        }
        if let failure { throw failure }
        return text
    }

    private static func decodeBody(_ p: UnsafePointer<UInt8>, count: Int, into start: UnsafeMutablePointer<UInt8>)
        throws(JSONParseError) -> UnsafeMutablePointer<UInt8>
    {
        var out = start
        let end = count - 1  // the closing quote
        var i = 1
        while i < end {
            let b = p[i]
            if b < 0x80 && b != 0x5C {
                out.pointee = b
                out += 1
                i += 1
                continue
            }
            if b != 0x5C {
                let (codePoint, length) = ModifiedUTF8.decode(p + i, available: end - i)
                guard codePoint >= 0 else { throw JSONParseError("invalid UTF-8 sequence in string") }
                out = ModifiedUTF8.encode(codePoint, into: out)
                i += length
                continue
            }
            let escape = i
            let c = p[i + 1]
            i += 2
            let simple: UInt8
            switch c {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = c
            case UInt8(ascii: "b"): simple = 0x08
            case UInt8(ascii: "f"): simple = 0x0C
            case UInt8(ascii: "n"): simple = 0x0A
            case UInt8(ascii: "r"): simple = 0x0D
            case UInt8(ascii: "t"): simple = 0x09
            case UInt8(ascii: "u"):
                var codePoint = hex4(p, at: i, count: count)
                i += 4
                if codePoint >= 0xD800 && codePoint <= 0xDBFF && i + 1 < count
                    && p[i] == UInt8(ascii: "\\") && p[i + 1] == UInt8(ascii: "u")
                {
                    let low = hex4(p, at: i + 2, count: count)
                    if low >= 0xDC00 && low <= 0xDFFF {
                        codePoint = 0x10000 + (codePoint & 0x3FF) << 10 | low & 0x3FF
                        i += 6
                    } else {
                        codePoint = -1
                    }
                }
                guard ModifiedUTF8.isValid(codePoint) else {
                    // QEMU quotes the escape (and a partner) from the token,
                    // which ends after the closing quote.
                    let quoted = UnsafeBufferPointer(start: p + escape, count: min(i, count) - escape)
                    throw JSONParseError("\(ModifiedUTF8.writerText(quoted)) is not a valid Unicode character")
                }
                out = ModifiedUTF8.encode(codePoint, into: out)
                continue
            default:
                throw JSONParseError("invalid escape sequence in string")
            }
            out.pointee = simple
            out += 1
        }
        return out
    }

    /// The value of four hex digits at `p[i]`, or -1 if any of them (within
    /// the token) is not one (QEMU's `cvt4hex`).
    private static func hex4(_ p: UnsafePointer<UInt8>, at i: Int, count: Int) -> Int {
        var value = 0
        for k in i..<(i + 4) {
            guard k < count else { return -1 }
            let c = p[k]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: return -1
            }
            value = value << 4 | Int(digit)
        }
        return value
    }
}
