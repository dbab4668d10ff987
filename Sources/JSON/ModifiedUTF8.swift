/// QEMU's rules for UTF-8 text (`util/unicode.c`): "modified UTF-8", which is
/// UTF-8 in which U+0000 may also be written as the overlong `C0 80`.
///
/// A character is valid when it lies in U+0000...U+10FFFF and is neither a
/// surrogate nor one of Unicode's 66 noncharacters (U+FDD0...U+FDEF and every
/// code point ending in FFFE or FFFF). A sequence is valid when it is
/// well-formed, encodes a valid character and is not overlong, `C0 80` aside.
enum ModifiedUTF8 {
    /// Whether QEMU accepts `codePoint` as a character (`is_valid_codepoint`).
    static func isValid(_ codePoint: Int) -> Bool {
        guard codePoint >= 0, codePoint <= 0x10FFFF else { return false }
        if codePoint >= 0xFDD0 && codePoint <= 0xFDEF || codePoint & 0xFFFE == 0xFFFE { return false }
        return !(codePoint >= 0xD800 && codePoint <= 0xDFFF)
    }

    /// Decodes the sequence at `p` as `mod_utf8_codepoint` does, reading at
    /// most `available` bytes (at least one).
    ///
    /// - Returns: the code point, or -1 for an invalid sequence, and how many
    ///   bytes it took: one for a stray continuation byte or 0xFE/0xFF, the
    ///   lead and its continuation bytes for a sequence cut short, else the
    ///   whole sequence.
    static func decode(_ p: UnsafePointer<UInt8>, available: Int) -> (codePoint: Int, length: Int) {
        let lead = p[0]
        if lead < 0x80 { return (Int(lead), 1) }
        if lead >= 0xFE || lead & 0x40 == 0 { return (-1, 1) }
        var length = 0
        var mask: UInt8 = 0x80
        while lead & mask != 0 {
            length += 1
            mask >>= 1
        }
        var codePoint = Int(lead & (mask &- 1))
        for i in 1..<length {
            let byte = i < available ? p[i] : 0
            guard byte & 0xC0 == 0x80 else { return (-1, i) }
            codePoint = codePoint << 6 | Int(byte & 0x3F)
        }
        let shortest: Int
        switch length {
        case 2: shortest = 0x80
        case 3: shortest = 0x800
        case 4: shortest = 0x10000
        case 5: shortest = 0x20_0000
        default: shortest = 0x400_0000
        }
        if !isValid(codePoint) || codePoint < shortest && !(codePoint == 0 && length == 2) { return (-1, length) }
        return (codePoint, length)
    }

    /// Appends the UTF-8 of a valid `codePoint` (U+0000 as the one byte 0x00:
    /// a Swift string holds it as such) and returns the new end.
    @inline(__always)
    static func encode(_ codePoint: Int, into out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        switch codePoint {
        case ..<0x80:
            out[0] = UInt8(truncatingIfNeeded: codePoint)
            return out + 1
        case ..<0x800:
            out[0] = 0xC0 | UInt8(truncatingIfNeeded: codePoint >> 6)
            out[1] = 0x80 | UInt8(truncatingIfNeeded: codePoint & 0x3F)
            return out + 2
        case ..<0x10000:
            out[0] = 0xE0 | UInt8(truncatingIfNeeded: codePoint >> 12)
            out[1] = 0x80 | UInt8(truncatingIfNeeded: codePoint >> 6 & 0x3F)
            out[2] = 0x80 | UInt8(truncatingIfNeeded: codePoint & 0x3F)
            return out + 3
        default:
            out[0] = 0xF0 | UInt8(truncatingIfNeeded: codePoint >> 18)
            out[1] = 0x80 | UInt8(truncatingIfNeeded: codePoint >> 12 & 0x3F)
            out[2] = 0x80 | UInt8(truncatingIfNeeded: codePoint >> 6 & 0x3F)
            out[3] = 0x80 | UInt8(truncatingIfNeeded: codePoint & 0x3F)
            return out + 4
        }
    }

    /// The characters QEMU's JSON writer would print for the C string
    /// `bytes`: it ends at the first NUL, and every invalid sequence becomes
    /// U+FFFD. Error texts that quote input (`stray '…'`) are made with this,
    /// so that iommud's reply carries the same escapes as QEMU's.
    static func writerText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress else { return "" }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count, base[i] != 0 {
            let (codePoint, length) = decode(base + i, available: bytes.count - i)
            scalars.append(Unicode.Scalar(UInt32(truncatingIfNeeded: codePoint)) ?? "\u{FFFD}")
            i += length
        }
        return String(scalars)
    }
}
