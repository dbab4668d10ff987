/// QEMU's tokens: what the lexer hands the streamer, and the streamer the
/// parser (with the token's bytes).
enum JSONToken {
    /// QEMU's token types (`JSONTokenType`), less interpolation.
    enum Kind: UInt8 {
        case leftBrace, rightBrace, leftBracket, rightBracket, colon, comma
        /// `-?(0|[1-9][0-9]*)`.
        case integer
        /// An integer with a fraction and/or an exponent.
        case float
        /// `[a-z]+`; only `true`, `false` and `null` parse.
        case keyword
        /// Quotes included, escapes undecoded.
        case string
    }

    /// What the lexer saw inside a string, so that the common string (ASCII,
    /// no escape) is made without a decoding pass.
    struct StringFlags: OptionSet {
        let rawValue: UInt8
        /// A backslash escape.
        static let escape = StringFlags(rawValue: 1)
        /// A byte of 0x80 or more.
        static let nonASCII = StringFlags(rawValue: 2)
    }
}
