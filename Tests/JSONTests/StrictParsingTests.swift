import JSON
import Testing

/// What a hostile-client review found json-c let through or changed, each
/// now refused (or kept exact) as QEMU's parser does.
@Suite struct StrictParsingTests {
    func failure(_ text: String) -> JSONParseError? {
        failure(Array(text.utf8))
    }

    func failure(_ bytes: [UInt8]) -> JSONParseError? {
        do {
            _ = try JSONStreamParser.parse(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    // hostile: json-c accepted NaN, Infinity, comments, trailing commas,
    // capitalised keywords, leading zeros and "1.".
    @Test(arguments: [
        ("NaN", "stray 'N'"), ("Infinity", "stray 'I'"), ("-Infinity", "stray '-I'"), ("[1, NaN]", "stray 'N'"),
        ("[1 /* comment */]", "stray '/'"), ("// comment\n1", "stray '/'"), ("# comment\n1", "stray '#'"),
        ("[1, 2,]", "expecting value"), (#"{"a": 1,}"#, "expecting value"), ("[,1]", "expecting value"),
        ("True", "stray 'T'"), ("NULL", "stray 'N'"), ("fAlse", "invalid keyword 'f'"),
        ("007", "stray '00'"), ("-01", "stray '-01'"), ("1.", "stray '1.'"), ("[1.]", "stray '1.]'"), (".5", "stray '.'"),
        ("+1", "stray '+'"), ("1e", "stray '1e'"), ("1e+", "stray '1e+'"), ("0x10", "Expecting at most one JSON value"),
        ("[0e5]", "expected separator in list"), (#"{"a" 1}"#, "missing : in object pair"),
        (#"{"a": 1 "b": 2}"#, "expected separator in dict"), ("[1 2]", "expected separator in list"),
        ("[true false]", "expected separator in list"), ("undefined", "invalid keyword 'undefined'"),
    ])
    func notJSONIsRefused(text: String, detail: String) {
        #expect(failure(text)?.description == detail, "\(text)")
    }

    // hostile: duplicate keys were accepted, the last one winning
    // ({"id":"a",…,"id":"b"} answered with id "b"); QEMU says "duplicate key".
    @Test func duplicateKeysAreRefused() {
        #expect(failure(#"{"id": "a", "execute": "query-version", "id": "b"}"#)?.desc == "JSON parse error, duplicate key")
        #expect(failure(#"{"a": {"x": 1, "x": 1}}"#)?.description == "duplicate key")
        #expect(failure(#"{'k': 1, "k": 2}"#)?.description == "duplicate key")
        // Past the linear search: a set of the names.
        let many = (0..<40).map { #""k\#($0)": \#($0)"# }.joined(separator: ", ")
        #expect(failure("{\(many), \"k39\": 0}")?.description == "duplicate key")
        #expect(failure("{\(many), \"k40\": 0}") == nil)
        // Names compare byte for byte (QEMU's strcmp): canonically equivalent
        // but different strings are different names.
        #expect(failure(#"{"K": 1, "\u212A": 2}"#) == nil)
        #expect(failure(#"{"\u00e9": 1, "e\u0301": 2}"#) == nil)
    }

    // hostile: json-c turned overlong UTF-8, encoded surrogates and lone
    // \ud800 into U+FFFD instead of refusing them.
    @Test(arguments: [
        [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xF7, 0xBF, 0xBF, 0xBF], [0xC3], [0x80],
    ] as [[UInt8]])
    func invalidUTF8IsRefused(bytes: [UInt8]) {
        #expect(failure([0x22] + bytes + [0x22])?.description == "invalid UTF-8 sequence in string")
    }

    @Test func loneSurrogateEscapesAreRefused() {
        #expect(failure(#""\ud800""#)?.description == #"\ud800 is not a valid Unicode character"#)
        #expect(failure(#""\udc00""#)?.description == #"\udc00 is not a valid Unicode character"#)
        #expect(failure(#""\ud800x""#)?.description == #"\ud800 is not a valid Unicode character"#)
        #expect(failure(#""\ud800\n""#)?.description == #"\ud800 is not a valid Unicode character"#)
    }

    /// `\u0000` is accepted, as by QEMU (which stores it as C0 80); so is the
    /// raw C0 80. Both are U+0000, which the writer escapes back.
    @Test func nulCharacterIsAcceptedEscaped() throws {
        #expect(try JSONStreamParser.parse(#""a\u0000b""#) == .string("a\u{0}b"))
        #expect(try JSONStreamParser.parse(bytes: [0x22, 0xC0, 0x80, 0x22]) == .string("\u{0}"))
        #expect(JSONWriter.string(.string("a\u{0}b")) == #""a\u0000b""#)
        // A raw NUL is a control character: a lexical error.
        #expect(failure([0x22, 0x00, 0x22])?.description == "stray '\"'")
    }

    // hostile: integers past 64 bits were clamped (2**70 reached the kernel
    // as UINT64_MAX, 2**64 became 2**64-1); now they keep their text.
    @Test(arguments: [
        ("1180591620717411303424", "2**70"), ("18446744073709551616", "2**64"), ("-9223372036854775809", "-2**63-1"),
        ("99999999999999999999999999999999999999999", "41 digits"), ("-18446744073709551616", "-2**64"),
    ])
    func integersPast64BitsAreKeptExactly(literal: String, what: String) throws {
        let value = try JSONStreamParser.parse(literal)
        #expect(value == .numberLiteral(literal), "\(what)")
        #expect(value.typeName == "number")
        #expect(value.int64Value == nil && value.uint64Value == nil)
        #expect(JSONWriter.string(value) == literal)
        #expect(JSONWriter.string(["id": value]) == #"{"id": \#(literal)}"#)
    }

    @Test func integersAtTheEdgesKeepTheirTypes() throws {
        #expect(try JSONStreamParser.parse("9223372036854775807") == .int(Int64.max))
        #expect(try JSONStreamParser.parse("-9223372036854775808") == .int(Int64.min))
        #expect(try JSONStreamParser.parse("9223372036854775808") == .uint(1 << 63))
        #expect(try JSONStreamParser.parse("18446744073709551615") == .uint(UInt64.max))
    }

    /// QEMU's strtod gives ±inf for a float past the double range and does not
    /// refuse it; iommud keeps the literal (a `number`), so it echoes exactly
    /// rather than as QEMU's unparseable `inf`. Underflow is a plain 0.
    @Test func floatsPastTheDoubleRangeKeepTheirText() throws {
        #expect(try JSONStreamParser.parse("1e400") == .numberLiteral("1e400"))
        #expect(try JSONStreamParser.parse("-1.5E+400") == .numberLiteral("-1.5E+400"))
        #expect(try JSONStreamParser.parse("1e-400") == .double(0))
        #expect(try JSONStreamParser.parse("1.7976931348623157e308") == .double(.greatestFiniteMagnitude))
        #expect(JSONWriter.string(.numberLiteral("1e400")) == "1e400")
    }
}

/// The first error is the one QEMU's recursive descent meets first, though
/// iommud parses token by token.
@Suite struct ErrorOrderTests {
    @Test(arguments: [
        ("{[1]: 2}", "key is not a string in object"),
        (#"{{"a": 1, "a": 2}: 3}"#, "duplicate key"),
        (#"{{"a" 1}: 3}"#, "missing : in object pair"),
        (#"{"k": "\x", "k": 1}"#, "invalid escape sequence in string"),
        (#"{"k": 1, "k": "\x"}"#, "invalid escape sequence in string"),
        (#"{"k": 1, "k": 2, 3: 4}"#, "duplicate key"),
        ("[1}", "expected separator in list"),
        (#"{"a": 1]"#, "expected separator in dict"),
        (#"{"a": }"#, "expecting value"),
        ("{]", "expecting value"),
        ("[nul, ]", "invalid keyword 'nul'"),
        (#"{"a": [1, 2}}"#, "expected separator in list"),
    ])
    func firstErrorWins(text: String, detail: String) {
        var out: [JSONStreamParser.Event] = []
        JSONStreamParser().feed(Array(text.utf8)) { out.append($0) }
        #expect(out.first == .error(JSONParseError(detail)), "\(text): \(out)")
    }
}
