/// Turns number tokens into values, never rounding an integer.
///
/// QEMU makes an integer literal an `int64` when it fits, else a `uint64`
/// when it is non-negative and fits, else a double; every other number is a
/// double from `strtod` (±inf past the double range: QEMU does not refuse
/// it). iommud keeps the first two as ``JSONValue/int(_:)`` and
/// ``JSONValue/uint(_:)`` and keeps the text of a literal that neither holds
/// — an integer past 64 bits, a float past the double range — as
/// ``JSONValue/numberLiteral(_:)``: never a clamped or rounded integer.
enum JSONNumberDecoder {
    /// `-?(0|[1-9][0-9]*)`.
    static func integer(_ token: UnsafeBufferPointer<UInt8>) -> JSONValue {
        let negative = token.first == UInt8(ascii: "-")
        var magnitude: UInt64 = 0
        for digit in token.dropFirst(negative ? 1 : 0) {
            let (tens, overflowTens) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = tens.addingReportingOverflow(UInt64(digit &- UInt8(ascii: "0")))
            if overflowTens || overflowSum { return .numberLiteral(text(token)) }
            magnitude = sum
        }
        if !negative {
            return magnitude <= UInt64(Int64.max) ? .int(Int64(magnitude)) : .uint(magnitude)
        }
        if magnitude <= UInt64(Int64.max) { return .int(-Int64(magnitude)) }
        if magnitude == Int64.min.magnitude { return .int(Int64.min) }
        return .numberLiteral(text(token))
    }

    /// A number with a fraction or an exponent.
    static func float(_ token: UnsafeBufferPointer<UInt8>) -> JSONValue {
        let literal = text(token)
        guard let value = Double(literal), value.isFinite else { return .numberLiteral(literal) }
        return .double(value)
    }

    private static func text(_ token: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: token, as: UTF8.self)
    }
}
