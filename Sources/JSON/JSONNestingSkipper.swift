/// Skips what is left of a message that broke one of the stream limits,
/// following its nesting (strings, single- or double-quoted, with escapes,
/// do not count) until it closes.
///
/// This is iommud's one departure from QEMU's streamer, which after a limit
/// error resets its counts and goes on lexing the rest of the message as new
/// input: its inner objects would then be taken as requests. A control byte
/// (other than tab, CR, LF) or 0xFE/0xFF still ends the skip, as it ends
/// QEMU's error recovery.
struct JSONNestingSkipper {
    /// Containers open.
    var depth: Int
    /// The quote of the string being skipped, or 0.
    var quote: UInt8
    /// Whether the last byte was a backslash inside a string.
    var escaped: Bool

    /// Skips from `p[i]`. Returns `true` once the message has closed (`i` is
    /// after it) or at a byte that forces a restart (`i` is at it, unread);
    /// `false` when the input ran out first.
    mutating func skip(_ p: UnsafePointer<UInt8>, _ count: Int, _ i: inout Int) -> Bool {
        while i < count {
            let b = p[i]
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D || b >= 0xFE { return true }
            i += 1
            if quote != 0 {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == quote {
                    quote = 0
                    if depth <= 0 { return true }
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = b
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 0 { return true }
            default: break
            }
        }
        return false
    }
}
