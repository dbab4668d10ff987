import JSON
import Testing

/// Framing as QEMU's json-streamer frames: by balance, not by read; a scalar
/// ends with its token; a lexical error costs one error and the lexer
/// recovers at the next structural or control character.
@Suite struct FramingTests {
    func events(_ chunks: [[UInt8]], limits: JSONStreamLimits = JSONStreamLimits()) -> [JSONStreamParser.Event] {
        let parser = JSONStreamParser(limits: limits)
        var out: [JSONStreamParser.Event] = []
        for c in chunks { parser.feed(c) { out.append($0) } }
        return out
    }

    func events(_ chunks: [String]) -> [JSONStreamParser.Event] { events(chunks.map { Array($0.utf8) }) }

    func values(_ evs: [JSONStreamParser.Event]) -> [JSONValue] {
        evs.compactMap { if case .value(let v) = $0 { return v } else { return nil } }
    }

    func errors(_ evs: [JSONStreamParser.Event]) -> [String] {
        evs.compactMap { if case .error(let e) = $0 { return e.desc } else { return nil } }
    }

    /// Messages of every kind, errors and recoveries among them.
    static let stream: [UInt8] = Array(#"{"execute": "query-version", "id": 1}{'a': ["\u00e9\uD834\uDD1E", -1.5e3, true, null]} 42 "s" 18446744073709551616 {"x": "é😀"}"#.utf8)
        + [0xFF] + Array(#"{"ok": [1, {"b": 2}]}{"bad": [1,]}}"#.utf8) + [0x01] + Array(#" {"n": "\\\"'"}  -0 true"#.utf8)
        + Array("\n[]".utf8)

    @Test func theStreamHasEveryKindOfEvent() {
        let evs = events([Self.stream])
        #expect(values(evs) == [
            ["execute": "query-version", "id": 1], ["a": ["é\u{1D11E}", -1500.0, true, nil]], 42, "s",
            .numberLiteral("18446744073709551616"), ["x": "é😀"], ["ok": [1, ["b": 2]]], ["n": "\\\"'"], 0, true, [],
        ])
        #expect(errors(evs) == [
            "JSON parse error, stray '\u{FFFD}'", "JSON parse error, expecting value", "JSON parse error, expecting value",
            "JSON parse error, stray '\u{1}'",
        ])
    }

    // hostile: framing must not depend on where reads split the stream.
    @Test func everySplitPointGivesTheSameEvents() {
        let whole = events([Self.stream])
        for k in 0...Self.stream.count {
            let split = events([Array(Self.stream[..<k]), Array(Self.stream[k...])])
            #expect(split == whole, "split at \(k)")
        }
    }

    @Test func byteByByteGivesTheSameEvents() {
        #expect(events(Self.stream.map { [$0] }) == events([Self.stream]))
    }

    @Test func randomSplitsGiveTheSameEvents() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let whole = events([Self.stream])
        for _ in 0..<200 {
            var chunks: [[UInt8]] = []
            var i = 0
            while i < Self.stream.count {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let n = min(Self.stream.count - i, Int(state >> 60) + 1)
                chunks.append(Array(Self.stream[i..<(i + n)]))
                i += n
            }
            #expect(events(chunks) == whole)
        }
    }

    // hostile: a bare scalar in one write and a request in the next: the
    // request was swallowed. The scalar ends at the request's `{`.
    @Test(arguments: ["true", "42", "null", "-1.5e3", "false", "0", "\"s\""])
    func bareScalarThenRequestInTheNextWrite(scalar: String) throws {
        let request = #"{"execute": "query-version", "id": 1}"#
        let evs = events([scalar, request])
        #expect(evs == [.value(try JSONStreamParser.parse(scalar)), .value(try JSONStreamParser.parse(request))])
    }

    @Test func aNumberAtTheEndOfAReadWaitsForTheNextByte() {
        let parser = JSONStreamParser()
        var out: [JSONStreamParser.Event] = []
        parser.feed(Array("4".utf8)) { out.append($0) }
        parser.feed(Array("2".utf8)) { out.append($0) }
        #expect(out.isEmpty && parser.hasPartialMessage)
        parser.feed(Array("{".utf8)) { out.append($0) }
        #expect(out == [.value(42)])
        #expect(parser.hasPartialMessage)
    }

    /// The byte that ends a number is not consumed by the event's `feed`.
    @Test func theLookaheadByteIsNotConsumed() {
        let parser = JSONStreamParser()
        let consumed = Array(#"42{"a": 1}"#.utf8).withUnsafeBytes { parser.feed($0, until: { _ in false }) }
        #expect(consumed == 2)
        #expect(!parser.hasPartialMessage)
    }

    /// QEMU's `qmp-test` `qmp/protocol` malformed inputs, each followed by a
    /// command that must be answered: one error, then the command.
    static let qmpTestCases: [(name: String, bytes: [UInt8], stray: String)] = [
        ("syntax error", Array("{]\n".utf8), "JSON parse error, expecting value"),
        ("impossible byte outside string", Array("{".utf8) + [0xFF], "JSON parse error, stray '\u{FFFD}'"),
        ("funny control character outside string", Array("{".utf8) + [0x01], "JSON parse error, stray '\u{1}'"),
        ("impossible byte in string", Array("{'bad ".utf8) + [0xFF], "JSON parse error, stray ''bad \u{FFFD}'"),
        ("control character in string", Array("{'execute': 'nonexistent', 'id':'\n".utf8), "JSON parse error, stray ''\n'"),
        ("interpolation", Array("%%p".utf8), "JSON parse error, stray '%'"),
    ]

    @Test(arguments: qmpTestCases)
    func qmpTestMalformedInputRecovers(name: String, bytes: [UInt8], stray: String) throws {
        let command = "{ 'execute': 'no-such-cmd' }"
        let evs = events([bytes, Array(command.utf8)])
        #expect(errors(evs) == [stray], "\(name)")
        #expect(values(evs) == [try JSONStreamParser.parse(command)], "\(name)")
        #expect(evs.last == .value(try JSONStreamParser.parse(command)), "\(name)")
    }

    // hostile: after bad input (a raw NUL, 0xFF or CRLF inside a string, and
    // the rest) the next request was swallowed and never answered.
    static let badInputs: [(name: String, bytes: [UInt8])] = [
        ("NUL in a string", Array(#"{"execute": "query-version", "id": "a"#.utf8) + [0x00] + Array(#""}"#.utf8)),
        ("0xFF in a string", Array(#"{"execute": "query-version", "id": "a"#.utf8) + [0xFF] + Array(#""}"#.utf8)),
        ("CRLF in a string", Array("{\"execute\": \"query-version\", \"id\": \"a\r\n\"}".utf8)),
        ("0xFF outside strings", [0xFF]),
        ("ESC outside strings", [0x1B]),
        ("invalid UTF-8 in a string", Array(#"{"id": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)),
        ("bad escape", Array(#"{"id": "\x"}"#.utf8)),
        ("lone surrogate", Array(#"{"id": "\ud800"}"#.utf8)),
        ("duplicate key", Array(#"{"id": 1, "id": 2}"#.utf8)),
        ("trailing comma", Array(#"{"id": 1,}"#.utf8)),
        ("NaN", Array(#"{"id": NaN}"#.utf8)),
        ("comment", Array(#"{"id": 1 /* x */}"#.utf8)),
        ("True", Array("True".utf8)),
        ("leading zero", Array(#"{"id": 007}"#.utf8)),
        ("unbalanced", Array("{]".utf8)),
        ("a stray closer", Array("]".utf8)),
        ("non-string key", Array("{1: 2}".utf8)),
    ]

    @Test(arguments: badInputs)
    func theNextRequestIsAValueAfterBadInput(name: String, bytes: [UInt8]) throws {
        let request = #"{"execute": "query-version", "id": "next"}"#
        let expected = try JSONStreamParser.parse(request)
        for chunks in [[bytes, Array("\n".utf8), Array(request.utf8)], [bytes + Array("\n".utf8) + Array(request.utf8)]] {
            let evs = events(chunks)
            #expect(!errors(evs).isEmpty, "\(name)")
            #expect(values(evs) == [expected], "\(name): \(evs)")
            #expect(evs.last == .value(expected), "\(name)")
        }
    }

    @Test func tokenCountIsLimited() {
        let limits = JSONStreamLimits(maxTokens: 6)
        let evs = events([Array("[1, 2, 3] [1, 2] ".utf8)], limits: limits)
        #expect(errors(evs) == ["JSON token count limit exceeded"])
        #expect(values(evs) == [[1, 2]])
    }

    @Test func partialMessages() {
        let parser = JSONStreamParser()
        #expect(!parser.hasPartialMessage)
        parser.feed(Array(#"{"a""#.utf8)) { _ in }
        #expect(parser.hasPartialMessage)
        parser.reset()
        #expect(!parser.hasPartialMessage)
        var out: [JSONStreamParser.Event] = []
        parser.feed([0xFF, 0x61]) { out.append($0) }
        #expect(out.count == 1 && !parser.hasPartialMessage)
        parser.feed(Array(#""tail"#.utf8)) { out.append($0) }
        #expect(!parser.hasPartialMessage, "recovery skips a quote")
    }
}

/// The lexer reads plain string bytes eight at a time: every special byte
/// must still be seen wherever it falls in a word.
@Suite struct LongStringTests {
    func parse(_ bytes: [UInt8]) -> Result<JSONValue, JSONParseError> {
        Result { () throws(JSONParseError) in try JSONStreamParser.parse(bytes: bytes) }
    }

    @Test func specialBytesAtEveryOffset() throws {
        let a = UInt8(ascii: "a")
        for length in 0..<20 {
            for at in 0...length {
                let head = [UInt8](repeating: a, count: at)
                let tail = [UInt8](repeating: a, count: length - at)
                let plain = String(repeating: "a", count: at)
                let rest = String(repeating: "a", count: length - at)
                #expect(try parse([0x22] + head + [0x5C, 0x6E] + tail + [0x22]).get() == .string(plain + "\n" + rest))
                #expect(try parse([0x22] + head + [0xC3, 0xA9] + tail + [0x22]).get() == .string(plain + "é" + rest))
                #expect(try parse([0x22] + head + [0x27] + tail + [0x22]).get() == .string(plain + "'" + rest))
                #expect(try parse([0x27] + head + [0x22] + tail + [0x27]).get() == .string(plain + "\"" + rest))
                #expect(try parse([0x22] + head + [0x7F] + tail + [0x22]).get() == .string(plain + "\u{7F}" + rest))
                for bad: UInt8 in [0x00, 0x01, 0x1F, 0x09, 0xFE, 0xFF] {
                    guard case .failure(let e) = parse([0x22] + head + [bad] + tail + [0x22]) else {
                        Issue.record("byte \(bad) at \(at) of \(length) accepted")
                        continue
                    }
                    #expect(e.description.hasPrefix("stray"))
                }
                #expect(try parse([0x22] + head + tail + [0x22]).get() == .string(plain + rest))
            }
        }
    }
}
