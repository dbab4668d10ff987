/// A JSON value as QMP carries it.
///
/// Integers keep QEMU's distinction: a number without fraction or exponent is an
/// integer, held as ``int(_:)`` when it fits `Int64` and as ``uint(_:)`` when it is a
/// non-negative value above `Int64.max`. A literal neither holds, or a float past
/// the range of `Double`, is ``numberLiteral(_:)``, its text kept exactly. Everything
/// else numeric is ``double(_:)``.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    /// A number literal that no other case holds without changing it: an
    /// integer below `Int64.min` or above `UInt64.max` (`18446744073709551616`),
    /// or a float whose value overflows `Double` (`1e400`). The text is the
    /// literal exactly as received.
    ///
    /// QEMU parses such a literal as a double (rounded, or ±inf), so its type
    /// is `number`: an integer parameter refuses it with QEMU's type error
    /// (never a clamped value), a `number` parameter takes it as a `Double`.
    /// ``JSONWriter`` writes the text back unchanged, so an `id` echoes exactly
    /// (QEMU would echo the double, `1.8446744073709552e+19`).
    case numberLiteral(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The JSON type name as QEMU's input visitor spells it in
    /// "Invalid parameter type" errors (`integer`, `number`, `string`, …).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int, .uint: return "integer"
        case .double, .numberLiteral: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// The object, if this value is one.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The array, if this value is one.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The string, if this value is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The boolean, if this value is one.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The value as `Int64`, if it is an integer that fits.
    public var int64Value: Int64? {
        switch self {
        case .int(let i): return i
        case .uint(let u): return u <= UInt64(Int64.max) ? Int64(u) : nil
        default: return nil
        }
    }

    /// The value as `UInt64`, if it is a non-negative integer.
    public var uint64Value: UInt64? {
        switch self {
        case .int(let i): return i >= 0 ? UInt64(i) : nil
        case .uint(let u): return u
        default: return nil
        }
    }

    /// The member `key` when this value is an object.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { JSONObject.Member(key: $0.0, value: $0.1) }))
    }
}

extension JSONValue: CustomStringConvertible {
    /// The value in QEMU's compact wire format.
    public var description: String { JSONWriter.string(self) }
}
