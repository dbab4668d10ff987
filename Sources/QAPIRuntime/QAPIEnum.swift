import JSON

/// A schema enum: a string on the wire; a value outside the schema is rejected
/// with QEMU's "does not accept value" error.
public protocol QAPIEnum: RawRepresentable, CaseIterable, Sendable, Hashable, QAPIDecodable, QAPIEncodable
where RawValue == String {}

extension QAPIEnum {
    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        let s = try QAPIDecoding.enumString(value, at: path)
        guard let v = Self(rawValue: s) else { throw QMPError.badEnumValue(path, s) }
        self = v
    }

    public var qapiJSON: JSONValue { .string(rawValue) }
}
