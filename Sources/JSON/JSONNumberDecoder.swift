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
    /// `-?(0|[1-9][0-9]*)`, `count` bytes at `p`.
    static func integer(_ p: UnsafePointer<UInt8>, count: Int) -> JSONValue {
        let negative = p[0] == UInt8(ascii: "-")
        var magnitude: UInt64 = 0
        for i in (negative ? 1 : 0)..<count {
            let (tens, overflowTens) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = tens.addingReportingOverflow(UInt64(p[i] &- UInt8(ascii: "0")))
            if overflowTens || overflowSum { return .numberLiteral(text(p, count)) }
            magnitude = sum
        }
        if !negative {
            return magnitude <= UInt64(Int64.max) ? .int(Int64(magnitude)) : .uint(magnitude)
        }
        if magnitude <= UInt64(Int64.max) { return .int(-Int64(magnitude)) }
        if magnitude == Int64.min.magnitude { return .int(Int64.min) }
        return .numberLiteral(text(p, count))
    }

    /// A number with a fraction or an exponent, `count` bytes at `p`.
    static func float(_ p: UnsafePointer<UInt8>, count: Int) -> JSONValue {
        let literal = text(p, count)
        guard let value = Double(literal), value.isFinite else { return .numberLiteral(literal) }
        return .double(value)
    }

    private static func text(_ p: UnsafePointer<UInt8>, _ count: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: p, count: count), as: UTF8.self)
    }
}
