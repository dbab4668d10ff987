import JSON
import Testing

/// QEMU's `tests/unit/check-qjson.c`, its cases taken as facts about what
/// QEMU's parser accepts and refuses (`qobject_from_json` is
/// ``JSONStreamParser/parse(bytes:)``). Before iommud parsed JSON itself,
/// json-c accepted most of the refused ones.
@Suite struct CheckQJSONTests {
    func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONParseError> {
        Result { () throws(JSONParseError) in try JSONStreamParser.parse(bytes: bytes) }
    }

    func parse(_ text: String) -> Result<JSONValue, JSONParseError> { parse(Array(text.utf8)) }

    func error(_ text: String) -> String? {
        if case .failure(let e) = parse(text) { return e.desc }
        return nil
    }

    /// `escaped_string`: each content in double and in single quotes.
    static let escapes: [(json: String, text: String?)] = [
        (#"\b\f\n\r\t\\\""#, "\u{8}\u{C}\n\r\t\\\""),
        (#"\/\'"#, "/'"),
        (#"single byte utf-8 \u0020"#, "single byte utf-8  "),
        (#"double byte utf-8 \u00A2"#, "double byte utf-8 \u{A2}"),
        (#"triple byte utf-8 \u20AC"#, "triple byte utf-8 \u{20AC}"),
        (#"quadruple byte utf-8 \uD834\uDD1E"#, "quadruple byte utf-8 \u{1D11E}"),
        (#"\"#, nil),
        (#"\z"#, nil),
        (#"\ux"#, nil),
        (#"\u1x"#, nil),
        (#"\u12x"#, nil),
        (#"\u123x"#, nil),
        (#"\u12345"#, "\u{1234}5"),
        // QEMU holds U+0000 as C0 80 (modified UTF-8); a Swift string holds it as itself.
        (#"\u0000x"#, "\u{0}x"),
        (#"unpaired leading surrogate \uD800"#, nil),
        (#"unpaired leading surrogate \uD800\uCAFE"#, nil),
        (#"unpaired leading surrogate \uD800\uD801\uDC02"#, nil),
        (#"unpaired trailing surrogate \uDC00"#, nil),
        (#"backward surrogate pair \uDC00\uD800"#, nil),
        (#"noncharacter U+FDD0 \uFDD0"#, nil),
        (#"noncharacter U+FDEF \uFDEF"#, nil),
        (#"noncharacter U+1FFFE \uD87F\uDFFE"#, nil),
        (#"noncharacter U+10FFFF \uDC3F\uDFFF"#, nil),
    ]

    @Test(arguments: escapes)
    func escapedString(json: String, text: String?) {
        for quote in ["\"", "'"] {
            switch parse(quote + json + quote) {
            case .success(let v): #expect(v == text.map { .string($0) }, "\(quote)\(json)\(quote)")
            case .failure(let e): #expect(text == nil, "\(quote)\(json)\(quote): \(e)")
            }
        }
    }

    /// The error texts of QEMU's `parse_string` for bad escapes: a bad `\u`
    /// escape is quoted from the input (up to six bytes, or twelve for a
    /// pair), the closing quote included when it falls inside.
    @Test func escapeErrorTexts() {
        #expect(error(#""\z""#) == "JSON parse error, invalid escape sequence in string")
        #expect(error(#""\ud800""#) == #"JSON parse error, \ud800 is not a valid Unicode character"#)
        #expect(error(#""\uD800\uCAFE""#) == #"JSON parse error, \uD800 is not a valid Unicode character"#)
        #expect(error(#""\uD87F\uDFFE""#) == #"JSON parse error, \uD87F\uDFFE is not a valid Unicode character"#)
        #expect(error(#""\uFFFF""#) == #"JSON parse error, \uFFFF is not a valid Unicode character"#)
        #expect(error(#""\u12""#) == #"JSON parse error, \u12" is not a valid Unicode character"#)
        #expect(error(#"'\u1x'"#) == #"JSON parse error, \u1x' is not a valid Unicode character"#)
    }

    /// `string_with_quotes`: the other quote needs no escape.
    @Test func stringWithQuotes() throws {
        #expect(try JSONStreamParser.parse(#""the bee's knees""#) == "the bee's knees")
        #expect(try JSONStreamParser.parse(#"'double quote "'"#) == "double quote \"")
    }

    /// `utf8_string` (Markus Kuhn's decoder test): raw bytes inside a string.
    static let utf8Cases: [(name: String, bytes: [UInt8], text: String?)] = [
        ("some German", Array("Falsches Üben von Xylophonmusik quält jeden größeren Zwerg.".utf8), "Falsches Üben von Xylophonmusik quält jeden größeren Zwerg."),
        ("some Greek", [0xCE, 0xBA, 0xE1, 0xBD, 0xB9, 0xCF, 0x83, 0xCE, 0xBC, 0xCE, 0xB5], "κόσμε"),
        ("'%' when not interpolating", Array("100%".utf8), "100%"),
        ("2.1.1 U+0020", [0x20], " "),
        ("2.1.2 U+0080", [0xC2, 0x80], "\u{80}"),
        ("2.1.3 U+0800", [0xE0, 0xA0, 0x80], "\u{800}"),
        ("2.1.4 U+10000", [0xF0, 0x90, 0x80, 0x80], "\u{10000}"),
        ("2.1.5 five bytes", [0xF8, 0x88, 0x80, 0x80, 0x80], nil),
        ("2.1.6 six bytes", [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80], nil),
        ("2.2.1 U+007F", [0x7F], "\u{7F}"),
        ("2.2.2 U+07FF", [0xDF, 0xBF], "\u{7FF}"),
        ("2.2.3 U+FFFC", [0xEF, 0xBF, 0xBC], "\u{FFFC}"),
        ("2.2.4 U+1FFFFF", [0xF7, 0xBF, 0xBF, 0xBF], nil),
        ("2.2.5 U+3FFFFFF", [0xFB, 0xBF, 0xBF, 0xBF, 0xBF], nil),
        ("2.2.6 U+7FFFFFFF", [0xFD, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF], nil),
        ("2.3 U+D7FF", [0xED, 0x9F, 0xBF], "\u{D7FF}"),
        ("2.3 U+E000", [0xEE, 0x80, 0x80], "\u{E000}"),
        ("2.3 U+FFFD", [0xEF, 0xBF, 0xBD], "\u{FFFD}"),
        ("2.3 U+10FFFD", [0xF4, 0x8F, 0xBF, 0xBD], "\u{10FFFD}"),
        ("2.3 U+110000", [0xF4, 0x90, 0x80, 0x80], nil),
        ("3.1.1 first continuation byte", [0x80], nil),
        ("3.1.2 last continuation byte", [0xBF], nil),
        ("3.1.3 two continuation bytes", [0x80, 0xBF], nil),
        ("3.1.9 every continuation byte", Array(0x80...0xBF), nil),
        ("3.2.1 lonely C0 and C1", [0xC0, 0x20, 0xC1, 0x20], nil),
        ("3.2.1 lonely DF", [0xDF, 0x20], nil),
        ("3.2.2 lonely E0", [0xE0, 0x20], nil),
        ("3.2.3 lonely F0", [0xF0, 0x20], nil),
        ("3.2.4 lonely F8", [0xF8, 0x20], nil),
        ("3.2.5 lonely FC", [0xFC, 0x20], nil),
        ("3.3.1 C0 cut short", [0xC0], nil),
        ("3.3.2 E0 80 cut short", [0xE0, 0x80], nil),
        ("3.3.3 F0 80 80 cut short", [0xF0, 0x80, 0x80], nil),
        ("3.3.7 EF BF cut short", [0xEF, 0xBF], nil),
        ("3.3.8 F7 BF BF cut short", [0xF7, 0xBF, 0xBF], nil),
        ("4.1 overlong / in two bytes", [0xC0, 0xAF], nil),
        ("4.1 overlong / in three bytes", [0xE0, 0x80, 0xAF], nil),
        ("4.1 overlong / in four bytes", [0xF0, 0x80, 0x80, 0xAF], nil),
        ("4.2 overlong U+007F", [0xC1, 0xBF], nil),
        ("4.2 overlong U+07FF", [0xE0, 0x9F, 0xBF], nil),
        ("4.2 overlong U+FFFC", [0xF0, 0x8F, 0xBF, 0xBC], nil),
        ("4.3 C0 80 is U+0000 (modified UTF-8)", [0xC0, 0x80], "\u{0}"),
        ("4.3 overlong NUL in three bytes", [0xE0, 0x80, 0x80], nil),
        ("4.3 overlong NUL in four bytes", [0xF0, 0x80, 0x80, 0x80], nil),
        ("5.1 U+D800", [0xED, 0xA0, 0x80], nil),
        ("5.1 U+DB7F", [0xED, 0xAD, 0xBF], nil),
        ("5.1 U+DFFF", [0xED, 0xBF, 0xBF], nil),
        ("5.2 U+D800 U+DC00", [0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80], nil),
        ("5.3 U+FFFE", [0xEF, 0xBF, 0xBE], nil),
        ("5.3 U+FFFF", [0xEF, 0xBF, 0xBF], nil),
        ("5.3 U+FDD0", [0xEF, 0xB7, 0x90], nil),
        ("5.3 U+FDEF", [0xEF, 0xB7, 0xAF], nil),
        ("5.3 U+1FFFE", [0xF0, 0x9F, 0xBF, 0xBE], nil),
        ("5.3 U+10FFFF", [0xF4, 0x8F, 0xBF, 0xBF], nil),
    ]

    @Test(arguments: utf8Cases)
    func utf8String(name: String, bytes: [UInt8], text: String?) {
        for quote: UInt8 in [0x22, 0x27] {
            switch parse([quote] + bytes + [quote]) {
            case .success(let v): #expect(v == text.map { .string($0) }, "\(name)")
            case .failure(let e):
                #expect(text == nil, "\(name): \(e)")
                #expect(e.desc == "JSON parse error, invalid UTF-8 sequence in string", "\(name)")
            }
        }
    }

    /// 0xFE and 0xFF never occur in UTF-8 (3.5): the lexer refuses them, and
    /// so any control character (section 0), before the parser sees the string.
    @Test func impossibleBytesAndControlsAreLexicalErrors() {
        for bad: UInt8 in [0xFE, 0xFF] + Array(0x01...0x1F) {
            guard case .failure(let e) = parse([0x22, 0x61, bad, 0x22]) else {
                Issue.record("byte \(bad) accepted")
                continue
            }
            #expect(e.description.hasPrefix("stray '\"a"), "byte \(bad): \(e)")
        }
    }

    @Test func intNumber() throws {
        for (text, value) in [("0", 0), ("1234", 1234), ("1", 1), ("-32", -32), ("-0", 0)] as [(String, Int64)] {
            #expect(try JSONStreamParser.parse(text) == .int(value), "\(text)")
        }
        #expect(JSONWriter.string(try JSONStreamParser.parse("-0")) == "0")
    }

    @Test func uintNumber() throws {
        #expect(try JSONStreamParser.parse("9223372036854775808") == .uint(1 << 63))
        #expect(try JSONStreamParser.parse("18446744073709551615") == .uint(UInt64.max))
        #expect(JSONWriter.string(.uint(UInt64.max)) == "18446744073709551615")
    }

    /// `float_number`. QEMU makes the last two (integers past 64 bits)
    /// doubles and writes them as `1.8446744073709552e+19` and
    /// `-9.2233720368547758e+18`; iommud keeps and writes their text.
    @Test func floatNumber() throws {
        let cases: [(String, Double, String)] = [
            ("32.43", 32.43, "32.43"), ("0.222", 0.222, "0.222"),
            ("-32.12313", -32.12313, "-32.123130000000003"), ("-32.20e-10", -32.20e-10, "-3.22e-09"),
        ]
        for (text, value, rewritten) in cases {
            let v = try JSONStreamParser.parse(text)
            #expect(v == .double(value), "\(text)")
            #expect(JSONWriter.string(v) == rewritten)
        }
        #expect(try JSONStreamParser.parse("18446744073709551616") == .numberLiteral("18446744073709551616"))
        #expect(try JSONStreamParser.parse("-9223372036854775809") == .numberLiteral("-9223372036854775809"))
    }

    @Test func keywordLiteral() throws {
        #expect(try JSONStreamParser.parse("true") == true)
        #expect(try JSONStreamParser.parse("false") == false)
        #expect(try JSONStreamParser.parse("null") == .null)
    }

    @Test func simpleDictListAndWhitespace() throws {
        #expect(try JSONStreamParser.parse(#"{"foo": 42, "bar": "hello world"}"#) == ["foo": 42, "bar": "hello world"])
        #expect(try JSONStreamParser.parse("{}") == [:])
        #expect(try JSONStreamParser.parse("[43,42]") == [43, 42])
        #expect(try JSONStreamParser.parse("[{}]") == [[:]])
        #expect(try JSONStreamParser.parse(" [ 43 , 42 ]") == [43, 42])
        #expect(try JSONStreamParser.parse("\t[ 43 , { 'h' : 'b' },\r\n\t[ ], 42 ]\n") == [43, ["h": "b"], [], 42])
    }

    /// `large_dict`: gen_test_json(10, 100).
    @Test func largeDict() throws {
        func generate(_ level: Int, _ elements: Int) -> String {
            if level == 0 { return "[" + (0..<elements).map(String.init).joined(separator: ", ") + "]" }
            return "{" + (0..<level).map { "'key\($0)': " + generate($0, elements) }.joined(separator: ",") + "}"
        }
        let value = try JSONStreamParser.parse(generate(10, 100))
        #expect(value.objectValue?.count == 10)
        #expect(value["key9"]?["key0"]?.arrayValue?.count == 100)
    }

    @Test func errors() {
        #expect(error("") == "Expecting a JSON value")
        #expect(error("\n ") == "Expecting a JSON value")
        #expect(error("@") == "JSON parse error, stray '@'")
        #expect(error("{\u{1}") == "JSON parse error, stray '\u{1}'")
        if case .success = parse(Array("[0".utf8) + [0xFF] + Array("]".utf8)) { Issue.record("[0\\xFF] accepted") }
        #expect(error("00") == "JSON parse error, stray '00'")
        #expect(error("[1e") == "JSON parse error, stray '1e'")
        #expect(error("truer") == "JSON parse error, invalid keyword 'truer'")
        #expect(error("\"abc") == "JSON parse error, stray '\"abc'")
        #expect(error("'abc") == "JSON parse error, stray ''abc'")
        #expect(error("\"abc\\\"") == "JSON parse error, stray '\"abc\\\"'")
        #expect(error("[32") == "JSON parse error, premature EOI")
        #expect(error("[32,") == "JSON parse error, premature EOI")
        #expect(error("[32,}") == "JSON parse error, expecting value")
        #expect(error("{'abc':32") == "JSON parse error, premature EOI")
        #expect(error("{'abc':32,") == "JSON parse error, premature EOI")
        #expect(error("{'abc':32,}") == "JSON parse error, expecting value")
        #expect(error("{32:'abc'}") == "JSON parse error, key is not a string in object")
        #expect(error("nul") == "JSON parse error, invalid keyword 'nul'")
        #expect(error("false true") == "Expecting at most one JSON value")
        #expect(error("} true") == "JSON parse error, expecting value")
    }

    /// `limits_nesting`: 1024 levels parse, 1025 do not.
    @Test func nestingLimit() throws {
        func nest(_ n: Int) -> String {
            String(repeating: "[", count: n - 1) + "{}" + String(repeating: "]", count: n - 1)
        }
        #expect(throws: Never.self) { try JSONStreamParser.parse(nest(1024)) }
        #expect(error(nest(1025)) == "JSON nesting depth limit exceeded")
    }
}
