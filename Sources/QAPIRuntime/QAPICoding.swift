import JSON

/// A type generated from the schema (or a built-in) that can be read from
/// command arguments with QEMU's strict rules.
public protocol QAPIDecodable {
    /// Decodes `value`, reporting errors against `path`.
    init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError)
}

/// A type that can be written as a command result or event member.
public protocol QAPIEncodable {
    /// The value as JSON.
    var qapiJSON: JSONValue { get }
}

/// An object type whose members can be read out of a larger object (for
/// unions, whose branch members sit next to the base members).
public protocol QAPIObjectDecodable: QAPIDecodable {
    /// The wire names of every member, for the "unexpected member" check.
    static var qapiMemberNames: [String] { get }
    /// Decodes the members from `object`, without checking for extra ones.
    init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError)
}

extension QAPIObjectDecodable {
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        let object = try QAPIDecoding.object(value, at: path)
        try self.init(qapiMembersOf: object, at: path)
        try QAPIDecoding.rejectUnexpected(object, known: Self.qapiMemberNames, at: path)
    }
}

/// An object type whose members can be written into a larger object.
public protocol QAPIObjectEncodable: QAPIEncodable {
    /// Appends the members to `object`.
    func qapiEncodeMembers(into object: inout JSONObject)
}

extension QAPIObjectEncodable {
    public var qapiJSON: JSONValue {
        var o = JSONObject()
        qapiEncodeMembers(into: &o)
        return .object(o)
    }
}

/// Helpers the generated decoders call.
public enum QAPIDecoding {
    /// `value` as an object, or the QEMU type error.
    @inlinable
    public static func object(_ value: JSONValue, at path: QAPIPath) throws(QMPError) -> JSONObject {
        guard case .object(let o) = value else { throw QMPError.invalidType(path, expected: "object") }
        return o
    }

    /// Member `name`, or "Parameter … is missing".
    @inlinable
    public static func required(_ object: JSONObject, _ name: String, at path: QAPIPath) throws(QMPError) -> JSONValue {
        guard let v = object[name] else { throw QMPError.missing(path.member(name)) }
        return v
    }

    /// Decodes an optional member: `nil` when absent.
    @inlinable
    public static func optional<T: QAPIDecodable>(_ object: JSONObject, _ name: String, at path: QAPIPath)
        throws(QMPError) -> T?
    {
        guard let v = object[name] else { return nil }
        return try T(qapi: v, at: path.member(name))
    }

    /// Decodes a required member.
    @inlinable
    public static func member<T: QAPIDecodable>(_ object: JSONObject, _ name: String, at path: QAPIPath)
        throws(QMPError) -> T
    {
        try T(qapi: required(object, name, at: path), at: path.member(name))
    }

    /// Fails on the first member not in `known`, as QEMU's `check_struct` does.
    @inlinable
    public static func rejectUnexpected(_ object: JSONObject, known: [String], at path: QAPIPath) throws(QMPError) {
        for m in object where !known.contains(m.key) {
            throw QMPError.unexpected(path.member(m.key))
        }
    }

    /// The string of an enum value, or the QEMU type error.
    @inlinable
    public static func enumString(_ value: JSONValue, at path: QAPIPath) throws(QMPError) -> String {
        guard case .string(let s) = value else { throw QMPError.invalidType(path, expected: "string") }
        return s
    }
}

/// Helpers the generated encoders call.
public enum QAPIEncoding {
    /// Appends `value` as member `name`.
    @inlinable
    public static func put<T: QAPIEncodable>(_ object: inout JSONObject, _ name: String, _ value: T) {
        object.appendUnchecked(name, value.qapiJSON)
    }

    /// Appends `value` as member `name` unless it is `nil`.
    @inlinable
    public static func put<T: QAPIEncodable>(_ object: inout JSONObject, _ name: String, _ value: T?) {
        if let value { object.appendUnchecked(name, value.qapiJSON) }
    }
}

/// The schema's `null` type.
public struct QAPINull: Sendable, Hashable, QAPIDecodable, QAPIEncodable {
    public init() {}
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        guard case .null = value else { throw QMPError.invalidType(path, expected: "null") }
    }
    public var qapiJSON: JSONValue { .null }
}

extension String: QAPIDecodable, QAPIEncodable {
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        guard case .string(let s) = value else { throw QMPError.invalidType(path, expected: "string") }
        self = s
    }
    public var qapiJSON: JSONValue { .string(self) }
}

extension Bool: QAPIDecodable, QAPIEncodable {
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        guard case .bool(let b) = value else { throw QMPError.invalidType(path, expected: "boolean") }
        self = b
    }
    public var qapiJSON: JSONValue { .bool(self) }
}

extension Double: QAPIDecodable, QAPIEncodable {
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        switch value {
        case .double(let d): self = d
        case .int(let i): self = Double(i)
        case .uint(let u): self = Double(u)
        case .numberLiteral(let literal):
            // What QEMU's strtod makes of it: the nearest double, or ±inf.
            guard let d = Double(literal) else { throw QMPError.invalidType(path, expected: "number") }
            self = d
        default: throw QMPError.invalidType(path, expected: "number")
        }
    }
    public var qapiJSON: JSONValue { .double(self) }
}

extension JSONValue: QAPIDecodable, QAPIEncodable {
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) { self = value }
    public var qapiJSON: JSONValue { self }
}

extension Array: QAPIDecodable where Element: QAPIDecodable {
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        guard case .array(let elements) = value else { throw QMPError.invalidType(path, expected: "array") }
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for (i, e) in elements.enumerated() { result.append(try Element(qapi: e, at: path.element(i))) }
        self = result
    }
}

extension Array: QAPIEncodable where Element: QAPIEncodable {
    public var qapiJSON: JSONValue { .array(map(\.qapiJSON)) }
}

/// Integer built-ins: the range check names the schema type (`int8`, `uint64`, …).
public protocol QAPIInteger: FixedWidthInteger, QAPIDecodable, QAPIEncodable {
    /// The schema's name for the type, used in "expects" errors.
    static var qapiTypeName: String { get }
}

extension QAPIInteger {
    /// QEMU's input visitor reads every integer as `int64` or `uint64` first and
    /// range-checks the narrower types afterwards, so:
    /// - a signed type takes a JSON integer that fits `int64`; anything else
    ///   (a fraction, a value above `INT64_MAX`, an integer past 64 bits,
    ///   which QEMU holds as a double, a string) is a type error,
    ///   "expected: integer";
    /// - an unsigned type takes a non-negative JSON integer that fits
    ///   `uint64`; anything else (2**64 included: never clamped) is
    ///   "expects uint64", the text of QEMU's `uint64` reader;
    /// - a value outside the narrower type's range "expects" that type.
    ///
    /// (QEMU's `uint64` reader also accepts negative integers, wrapping them;
    /// iommud rejects them as out of range.)
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        let converted: Self?
        switch value {
        case .int(let i):
            converted = Self(exactly: i)
        case .uint(let u) where !Self.isSigned:
            converted = Self(exactly: u)
        default:
            if Self.isSigned { throw QMPError.invalidType(path, expected: "integer") }
            throw QMPError.invalidValue(path, expects: UInt64.qapiTypeName)
        }
        guard let v = converted else { throw QMPError.invalidValue(path, expects: Self.qapiTypeName) }
        self = v
    }
    public var qapiJSON: JSONValue {
        if Self.isSigned { return .int(Int64(self)) }
        let u = UInt64(self)
        return u <= UInt64(Int64.max) ? .int(Int64(u)) : .uint(u)
    }
}

extension Int8: QAPIInteger { public static var qapiTypeName: String { "int8_t" } }
extension Int16: QAPIInteger { public static var qapiTypeName: String { "int16_t" } }
extension Int32: QAPIInteger { public static var qapiTypeName: String { "int32_t" } }
extension Int64: QAPIInteger { public static var qapiTypeName: String { "int64" } }
extension UInt8: QAPIInteger { public static var qapiTypeName: String { "uint8_t" } }
extension UInt16: QAPIInteger { public static var qapiTypeName: String { "uint16_t" } }
extension UInt32: QAPIInteger { public static var qapiTypeName: String { "uint32_t" } }
extension UInt64: QAPIInteger { public static var qapiTypeName: String { "uint64" } }
