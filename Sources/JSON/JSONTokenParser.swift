/// QEMU's JSON parser (`qobject/json-parser.c`) over the tokens of one
/// message: the same grammar, the same first error, the same words.
///
/// QEMU parses by recursive descent; this walks the same decisions with an
/// explicit stack, so nesting costs no call depth. A key is parsed as a whole
/// value before it is found not to be a string, as in QEMU, so an error inside
/// it comes first. Values are collected on flat stacks that keep their
/// capacity from message to message.
struct JSONTokenParser {
    /// An open array or object.
    private struct Frame {
        var isObject: Bool
        /// Where the container's values (and, for an object, keys) begin.
        var valuesStart: Int
        var keysStart: Int
        /// An object's key whose value is being parsed.
        var pendingKey: String?
        /// An object's keys (their UTF-8), once it has too many for a linear search.
        var keySet: Set<[UInt8]>?
    }

    /// Members up to which a duplicate key is searched for linearly.
    private static let linearKeySearch = 16

    private var frames: [Frame] = []
    private var values: [JSONValue] = []
    private var keys: [String] = []

    /// Parses `tokens`, whose bytes are at `base`, as one value.
    mutating func parse(_ tokens: UnsafeBufferPointer<JSONToken>, base: UnsafePointer<UInt8>)
        throws(JSONParseError) -> JSONValue
    {
        defer {
            frames.removeAll(keepingCapacity: frames.capacity <= 64)
            values.removeAll(keepingCapacity: values.capacity <= 256)
            keys.removeAll(keepingCapacity: keys.capacity <= 256)
        }
        var next = 0
        func peek() -> JSONToken? { next < tokens.count ? tokens[next] : nil }
        func pop() throws(JSONParseError) -> JSONToken {
            guard next < tokens.count else { throw JSONParseError("premature EOI") }
            next += 1
            return tokens[next - 1]
        }

        while true {
            // A value is expected (QEMU's parse_value).
            let token = try pop()
            var value: JSONValue
            switch token.kind {
            case .leftBrace, .leftBracket:
                let isObject = token.kind == .leftBrace
                guard let first = peek() else { throw JSONParseError("premature EOI") }
                if first.kind == (isObject ? .rightBrace : .rightBracket) {
                    next += 1
                    value = isObject ? .object(JSONObject()) : .array([])
                } else {
                    frames.append(Frame(isObject: isObject, valuesStart: values.count, keysStart: keys.count))
                    continue
                }
            case .string:
                value = .string(try JSONStringDecoder.decode(base + token.start, count: token.count, flags: token.flags))
            case .integer:
                value = JSONNumberDecoder.integer(base + token.start, count: token.count)
            case .float:
                value = JSONNumberDecoder.float(base + token.start, count: token.count)
            case .keyword:
                value = try Self.keyword(base + token.start, count: token.count)
            case .rightBrace, .rightBracket, .colon, .comma:
                throw JSONParseError("expecting value")
            }

            // A value is complete: place it, and close every container it completes.
            while let top = frames.indices.last {
                if !frames[top].isObject {
                    values.append(value)
                    let separator = try pop()
                    if separator.kind == .comma { break }
                    guard separator.kind == .rightBracket else { throw JSONParseError("expected separator in list") }
                    value = .array(Array(values[frames[top].valuesStart...]))
                } else if let key = frames[top].pendingKey {
                    try insert(key: key, value, into: top)
                    let separator = try pop()
                    if separator.kind == .comma {
                        guard peek() != nil else { throw JSONParseError("premature EOI") }
                        break
                    }
                    guard separator.kind == .rightBrace else { throw JSONParseError("expected separator in dict") }
                    value = .object(JSONObject(uncheckedMembers: keys[frames[top].keysStart...], values[frames[top].valuesStart...]))
                    keys.removeSubrange(frames[top].keysStart...)
                } else {
                    // `value` was in a key's place.
                    guard case .string(let key) = value else { throw JSONParseError("key is not a string in object") }
                    guard try pop().kind == .colon else { throw JSONParseError("missing : in object pair") }
                    frames[top].pendingKey = key
                    break
                }
                values.removeSubrange(frames[top].valuesStart...)
                frames.removeLast()
            }
            if frames.isEmpty { return value }
        }
    }

    /// Adds a member to the object `frames[top]`; `duplicate key` if it has one
    /// by that name (QEMU checks after parsing the value). Names are compared
    /// byte for byte, as QEMU's `strcmp` does, not by Swift's canonical
    /// equivalence (under which `"\u212A"`, KELVIN SIGN, equals `"K"`).
    private mutating func insert(key: String, _ value: JSONValue, into top: Int) throws(JSONParseError) {
        let start = frames[top].keysStart
        if keys.count - start < Self.linearKeySearch {
            for i in start..<keys.count where Self.sameBytes(keys[i], key) { throw JSONParseError("duplicate key") }
        } else {
            if frames[top].keySet == nil { frames[top].keySet = Set(keys[start...].map { Array($0.utf8) }) }
            guard frames[top].keySet?.insert(Array(key.utf8)).inserted ?? false else {
                throw JSONParseError("duplicate key")
            }
        }
        keys.append(key)
        values.append(value)
        frames[top].pendingKey = nil
    }

    @inline(__always)
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    private static func keyword(_ p: UnsafePointer<UInt8>, count: Int) throws(JSONParseError) -> JSONValue {
        let bytes = UnsafeBufferPointer(start: p, count: count)
        if bytes.elementsEqual("true".utf8) { return .bool(true) }
        if bytes.elementsEqual("false".utf8) { return .bool(false) }
        if bytes.elementsEqual("null".utf8) { return .null }
        throw JSONParseError("invalid keyword '\(String(decoding: bytes, as: UTF8.self))'")
    }
}
