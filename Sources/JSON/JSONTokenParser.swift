/// QEMU's JSON parser (`qobject/json-parser.c`), fed one token at a time as
/// the streamer frames a message: the same grammar, the same first error,
/// the same words.
///
/// QEMU collects a message's tokens and then parses them by recursive
/// descent, stopping at the first token that does not fit. Its decisions
/// depend only on the tokens so far (one token of lookahead), so taking each
/// token as it comes reaches the same first error at the same token; the
/// error is held until the streamer ends the message, as QEMU reports it
/// then. A key is parsed as a whole value before it is found not to be a
/// string, as in QEMU, so an error inside it comes first. Nesting lives on an
/// explicit stack, not the call stack.
struct JSONTokenParser {
    /// What the next token must be.
    private enum Expect {
        /// A value (top level, array element, key, member value).
        case value
        /// A value, or the open container's closer (right after `[` or `{`).
        case valueOrClose
        /// `:` after a key.
        case colon
        /// `,` or the open container's closer, after an element or member.
        case separator
        /// Nothing: the top-level value is complete.
        case done
    }

    /// An open array or object, its contents built in place.
    private struct Frame {
        var isObject: Bool
        var elements: [JSONValue] = []
        var members: [JSONObject.Member] = []
        /// The key whose value comes next; `nil` while a key is expected.
        var pendingKey: String?
        /// The object's keys (their UTF-8), once there are too many for a
        /// linear search for duplicates.
        var keySet: Set<[UInt8]>?

        init(isObject: Bool) {
            self.isObject = isObject
            if isObject { members.reserveCapacity(4) } else { elements.reserveCapacity(4) }
        }
    }

    /// Members up to which a duplicate key is searched for linearly.
    private static let linearKeySearch = 16

    private var expect = Expect.value
    private var frames: [Frame] = []
    private var result: JSONValue = .null
    /// The first error of the message, if any; later tokens are ignored.
    private(set) var error: JSONParseError?

    /// Starts a new message.
    mutating func reset() {
        expect = .value
        if !frames.isEmpty { frames.removeAll(keepingCapacity: frames.capacity <= 64) }
        result = .null
        error = nil
    }

    /// The message's outcome once the streamer has ended it: its value, its
    /// first error, or `premature EOI` if it stopped short (only at the end
    /// of input). Resets the parser.
    mutating func finish() -> JSONStreamParser.Event {
        defer { reset() }
        if let error { return .error(error) }
        guard case .done = expect else { return .error(JSONParseError("premature EOI")) }
        return .value(result)
    }

    /// Takes the next token; `bytes` are its bytes (strings, numbers and
    /// keywords are decoded now, in order, as QEMU's parser reaches them).
    mutating func take(_ kind: JSONToken.Kind, _ bytes: UnsafeBufferPointer<UInt8>, flags: JSONToken.StringFlags) {
        guard error == nil else { return }
        do throws(JSONParseError) {
            try step(kind, bytes, flags)
        } catch {
            self.error = error
        }
    }

    private mutating func step(_ kind: JSONToken.Kind, _ bytes: UnsafeBufferPointer<UInt8>,
                               _ flags: JSONToken.StringFlags) throws(JSONParseError)
    {
        switch expect {
        case .value, .valueOrClose:
            if case .valueOrClose = expect, let top = frames.indices.last,
                kind == (frames[top].isObject ? .rightBrace : .rightBracket)
            {
                try close()
                return
            }
            switch kind {
            case .leftBrace, .leftBracket:
                frames.append(Frame(isObject: kind == .leftBrace))
                expect = .valueOrClose
            case .string:
                try place(.string(try JSONStringDecoder.decode(bytes, flags: flags)))
            case .integer:
                try place(JSONNumberDecoder.integer(bytes))
            case .float:
                try place(JSONNumberDecoder.float(bytes))
            case .keyword:
                try place(try Self.keyword(bytes))
            case .rightBrace, .rightBracket, .colon, .comma:
                throw JSONParseError("expecting value")
            }
        case .colon:
            guard kind == .colon else { throw JSONParseError("missing : in object pair") }
            expect = .value
        case .separator:
            guard let top = frames.indices.last else { return }
            let isObject = frames[top].isObject
            if kind == .comma {
                expect = .value
            } else if kind == (isObject ? .rightBrace : .rightBracket) {
                try close()
            } else {
                throw JSONParseError(isObject ? "expected separator in dict" : "expected separator in list")
            }
        case .done:
            break
        }
    }

    /// Closes the innermost container and places it in its parent.
    private mutating func close() throws(JSONParseError) {
        let frame = frames.removeLast()
        try place(frame.isObject ? .object(JSONObject(uncheckedMembers: frame.members)) : .array(frame.elements))
    }

    /// A complete value goes where the innermost container expects it.
    private mutating func place(_ value: JSONValue) throws(JSONParseError) {
        guard let top = frames.indices.last else {
            result = value
            expect = .done
            return
        }
        if !frames[top].isObject {
            frames[top].elements.append(value)
            expect = .separator
        } else if let key = frames[top].pendingKey {
            try checkUnique(key, in: top)
            frames[top].members.append(JSONObject.Member(key: key, value: value))
            frames[top].pendingKey = nil
            expect = .separator
        } else {
            // `value` stood where a key goes.
            guard case .string(let key) = value else { throw JSONParseError("key is not a string in object") }
            frames[top].pendingKey = key
            expect = .colon
        }
    }

    /// `duplicate key` if the object `frames[top]` has a member `key` (QEMU
    /// checks once the value is parsed). Names compare byte for byte, as with
    /// QEMU's `strcmp`, not by Swift's canonical equivalence (under which
    /// `"\u{212A}"`, KELVIN SIGN, equals `"K"`).
    private mutating func checkUnique(_ key: String, in top: Int) throws(JSONParseError) {
        let count = frames[top].members.count
        if count < Self.linearKeySearch {
            let length = key.utf8.count
            for member in frames[top].members
            where member.key.utf8.count == length && member.key == key && member.key.utf8.elementsEqual(key.utf8) {
                throw JSONParseError("duplicate key")
            }
            return
        }
        if frames[top].keySet == nil { frames[top].keySet = Set(frames[top].members.map { Array($0.key.utf8) }) }
        guard frames[top].keySet?.insert(Array(key.utf8)).inserted ?? false else { throw JSONParseError("duplicate key") }
    }

    private static func keyword(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        if bytes.elementsEqual("true".utf8) { return .bool(true) }
        if bytes.elementsEqual("false".utf8) { return .bool(false) }
        if bytes.elementsEqual("null".utf8) { return .null }
        throw JSONParseError("invalid keyword '\(String(decoding: bytes, as: UTF8.self))'")
    }
}
