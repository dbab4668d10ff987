import JSON

/// How a schema type is read from key=value text: what QEMU's keyval
/// input visitor needs to know, and introspection does not say (it shows
/// every integer type as `int`, so `size` and its suffixes are lost).
public indirect enum QAPIKeyvalType: Sendable, Equatable {
    /// `str`, `any`, `null` and enums: the text itself.
    case string
    /// `int`, `int8` … `int64`: decimal, `0x` hex or `0` octal.
    case signed
    /// `uint8` … `uint64`: as ``signed``, never negative.
    case unsigned
    /// `size`: an integer or a decimal fraction with a suffix (`B`, `K`,
    /// `M`, `G`, `T`, `P`, `E`, powers of 1024).
    case size
    /// `bool`: `on`/`yes`/`true`/`y` or `off`/`no`/`false`/`n`.
    case boolean
    /// `number`: a C floating-point literal.
    case number
    /// A list of elements of this type.
    case list(QAPIKeyvalType)
    /// An object type, by its schema name.
    case object(String)
    /// An alternate of these branches, tried in order.
    case alternate([QAPIKeyvalType])
}

/// An object type's members, in the order QEMU's visitor reads them.
public struct QAPIKeyvalObject: Sendable {
    /// One member.
    public struct Member: Sendable {
        public var name: String
        public var type: QAPIKeyvalType
        public var optional: Bool
        public init(_ name: String, _ type: QAPIKeyvalType, optional: Bool = false) {
            self.name = name
            self.type = type
            self.optional = optional
        }
    }

    /// Every non-variant member: the base's, then the type's own.
    public var members: [Member]
    /// The discriminator member of a union.
    public var tag: String?
    /// The discriminator's values.
    public var tagValues: [String]
    /// The object type adding each value's members.
    public var variants: [String: String]

    public init(members: [Member], tag: String? = nil, tagValues: [String] = [], variants: [String: String] = [:]) {
        self.members = members
        self.tag = tag
        self.tagValues = tagValues
        self.variants = variants
    }

    /// The members of a union's branch `value` after the base's.
    public func members(for value: String, in types: [String: QAPIKeyvalObject]) -> [Member] {
        members + (variants[value].flatMap { types[$0]?.members } ?? [])
    }
}

/// QEMU's keyval input visitor: gives the strings of a ``QAPIKeyval``
/// parse the schema's types, member by member in schema order, with
/// QEMU's texts (`Parameter 'size' expects size`).  Required members are
/// checked on the way, so the first error is the one QEMU reports; members
/// the schema does not know are left for the command's strict decoding
/// (`Parameter 'x' is unexpected`).
public struct QAPIKeyvalInput: Sendable {
    /// The object types by schema name.
    public var types: [String: QAPIKeyvalObject]

    public init(types: [String: QAPIKeyvalObject]) {
        self.types = types
    }

    /// `value` with its strings read as `type` expects.
    public func convert(_ value: JSONValue, as type: QAPIKeyvalType, at path: QAPIPath = .root) throws(QMPError) -> JSONValue {
        switch type {
        case .string:
            return value
        case .list(let element):
            guard case .array(let elements) = value else { return value }
            var out: [JSONValue] = []
            for (i, e) in elements.enumerated() { out.append(try convert(e, as: element, at: path.element(i))) }
            return .array(out)
        case .object(let name):
            guard case .object(let o) = value, let object = types[name] else { return value }
            return .object(try convert(o, object, at: path))
        case .alternate(let branches):
            return try alternate(value, branches, at: path)
        case .signed, .unsigned, .size, .boolean, .number:
            guard case .string(let text) = value else { return value }
            return try scalar(text, type, at: path)
        }
    }

    private func convert(_ o: JSONObject, _ object: QAPIKeyvalObject, at path: QAPIPath) throws(QMPError) -> JSONObject {
        var members = object.members
        if let tag = object.tag, case .string(let value)? = o[tag] {
            guard object.tagValues.contains(value) else { throw QMPError.badEnumValue(path.member(tag), value) }
            members = object.members(for: value, in: types)
        }
        var out = o
        for m in members {
            guard let v = o[m.name] else {
                if !m.optional { throw QMPError.missing(path.member(m.name)) }
                continue
            }
            out[m.name] = try convert(v, as: m.type, at: path.member(m.name))
        }
        return out
    }

    /// QEMU's keyval alternates: a string goes to a string branch if there
    /// is one, else to the first scalar branch that reads it; an object to
    /// the object branch.
    private func alternate(_ value: JSONValue, _ branches: [QAPIKeyvalType], at path: QAPIPath) throws(QMPError) -> JSONValue {
        switch value {
        case .string(let text):
            if branches.contains(.string) { return value }
            for b in branches {
                switch b {
                case .signed, .unsigned, .size, .boolean, .number:
                    if let v = try? scalar(text, b, at: path) { return v }
                default: continue
                }
            }
            return value
        case .object:
            for case .object(let name) in branches { return try convert(value, as: .object(name), at: path) }
            return value
        default:
            return value
        }
    }

    private func scalar(_ text: String, _ type: QAPIKeyvalType, at path: QAPIPath) throws(QMPError) -> JSONValue {
        switch type {
        case .boolean:
            switch text {
            case "on", "yes", "true", "y": return .bool(true)
            case "off", "no", "false", "n": return .bool(false)
            default: throw QMPError.invalidValue(path, expects: "'on' or 'off'")
            }
        case .number:
            guard let d = Double(text.trimmingLeadingSpace) else { throw QMPError.invalidValue(path, expects: "number") }
            return .double(d)
        case .size:
            guard let v = KeyvalNumbers.size(text) else { throw QMPError.invalidValue(path, expects: "size") }
            return UInt64(v).qapiJSON
        case .signed:
            guard let v = KeyvalNumbers.integer(text) else { throw QMPError.invalidValue(path, expects: "integer") }
            if v.negative {
                guard v.magnitude <= Int64.min.magnitude else { throw QMPError.invalidValue(path, expects: "integer") }
                return .int(v.magnitude == Int64.min.magnitude ? Int64.min : -Int64(v.magnitude))
            }
            guard let i = Int64(exactly: v.magnitude) else { throw QMPError.invalidValue(path, expects: "integer") }
            return .int(i)
        default:
            guard let v = KeyvalNumbers.integer(text), !v.negative || v.magnitude == 0 else {
                throw QMPError.invalidValue(path, expects: "integer")
            }
            return v.magnitude.qapiJSON
        }
    }
}

/// The number syntaxes of QEMU's `qemu_strtoi64` (base 0) and `qemu_strtosz`.
enum KeyvalNumbers {
    /// A whole integer: leading white space, a sign, then `0x` hex, `0`
    /// octal or decimal digits to the end; `nil` otherwise or past 64 bits.
    static func integer(_ text: String) -> (negative: Bool, magnitude: UInt64)? {
        var s = Substring(text.trimmingLeadingSpace)
        var negative = false
        if s.first == "-" || s.first == "+" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        let (digits, radix) = splitRadix(s)
        guard !digits.isEmpty, let magnitude = UInt64(digits, radix: radix) else {
            // "0" alone is octal zero.
            if digits.isEmpty, radix == 8 { return (negative, 0) }
            return nil
        }
        return (negative, magnitude)
    }

    /// `qemu_strtosz`: a non-negative integer (hex only without a fraction
    /// or suffix) or a decimal with a fraction, then an optional suffix;
    /// a fraction needs a suffix other than `B`; the result below 2^64.
    static func size(_ text: String) -> UInt64? {
        let s = Substring(text.trimmingLeadingSpace)
        guard let first = s.first, first.isASCII, first.isNumber || first == "." else { return nil }
        let (hexDigits, radix) = splitRadix(s)
        if radix == 16 { return UInt64(hexDigits, radix: 16) }
        let numberEnd = s.firstIndex { !($0.isASCII && ($0.isNumber || $0 == ".")) } ?? s.endIndex
        let number = s[..<numberEnd]
        let suffix = s[numberEnd...]
        let shift: UInt64
        switch suffix.lowercased() {
        case "": shift = 0
        case "b": shift = 0
        case "k": shift = 10
        case "m": shift = 20
        case "g": shift = 30
        case "t": shift = 40
        case "p": shift = 50
        case "e": shift = 60
        default: return nil
        }
        let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholeText = parts.first, !wholeText.isEmpty, let whole = UInt64(wholeText) else { return nil }
        let multiplier = UInt64(1) << shift
        let (product, overflow) = whole.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        guard parts.count == 2 else { return product }
        // A fraction: digits after the point, and a real unit.
        let fractionText = parts[1]
        guard shift > 0, fractionText.allSatisfy({ $0.isASCII && $0.isNumber }),
              let fraction = Double("0." + (fractionText.isEmpty ? "0" : fractionText))
        else { return nil }
        let extra = UInt64(fraction * Double(multiplier))
        let (sum, carried) = product.addingReportingOverflow(extra)
        return carried ? nil : sum
    }

    /// Digits and radix after a C prefix: `0x` hex, a leading `0` octal.
    private static func splitRadix(_ s: Substring) -> (Substring, Int) {
        if s.hasPrefix("0x") || s.hasPrefix("0X") { return (s.dropFirst(2), 16) }
        if s.hasPrefix("0") { return (s.dropFirst(), 8) }
        return (s, 10)
    }
}

extension String {
    /// The text without the white space C's `strto*` functions skip.
    var trimmingLeadingSpace: String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" })
    }
}
