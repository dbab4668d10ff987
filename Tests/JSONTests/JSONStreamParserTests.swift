import JSON
import Testing

@Suite struct JSONStreamParserTests {
    /// Escaped surrogate pairs decode to their character. json-c 0.16 turned
    /// a pair whose high half has 0x36 or 0x37 in its low six bits
    /// (`\uD836\uDC00`, 1 in 32 astral characters) into U+FFFD; this test
    /// pinned that bug until iommud parsed JSON itself.
    @Test func escapedSurrogatePairsDecode() throws {
        #expect(try JSONStreamParser.parse(#""\uD835\uDC00""#) == .string("\u{1D400}"))
        #expect(try JSONStreamParser.parse(#""\uD836\uDC00""#) == .string("\u{1D800}"))
        #expect(try JSONStreamParser.parse(#""\uDB37\uDFFF""#) == .string("\u{DDFFF}"))
        #expect(try JSONStreamParser.parse("\"\u{1D800}\"") == .string("\u{1D800}"))
    }

    func events(_ chunks: [String], limits: JSONStreamLimits = JSONStreamLimits()) -> [JSONStreamParser.Event] {
        let parser = JSONStreamParser(limits: limits)
        var out: [JSONStreamParser.Event] = []
        for c in chunks { parser.feed(Array(c.utf8)) { out.append($0) } }
        return out
    }

    func values(_ evs: [JSONStreamParser.Event]) -> [JSONValue] {
        evs.compactMap { if case .value(let v) = $0 { return v } else { return nil } }
    }

    func errors(_ evs: [JSONStreamParser.Event]) -> [String] {
        evs.compactMap { if case .error(let e) = $0 { return e.description } else { return nil } }
    }

    @Test func framesByBracesNotNewlines() {
        let evs = events([#"{"a": 1}{"b": 2} {"c":"#, #" [3,"#, "\n4]}"])
        #expect(values(evs) == [["a": 1], ["b": 2], ["c": [3, 4]]])
    }

    @Test func oneMessageSplitIntoSingleBytes() {
        let text = #"{"execute": "query-version", "id": {"n": [1, 2.5, "x"]}}"#
        let evs = events(text.map { String($0) })
        #expect(values(evs) == [["execute": "query-version", "id": ["n": [1, 2.5, "x"]]]])
    }

    @Test func acceptsSingleQuotedStrings() {
        #expect(values(events(["{'execute': 'quit'}"])) == [["execute": "quit"]])
    }

    @Test func integersKeepQEMUsTypes() {
        let evs = events([#"[9223372036854775807, 9223372036854775808, -1, 1.0, 1e2]"#])
        #expect(values(evs) == [[.int(Int64.max), .uint(9_223_372_036_854_775_808), -1, .double(1), .double(100)]])
    }

    @Test func scalarsNeedADelimiter() {
        #expect(values(events(["null"])).isEmpty)
        #expect(values(events(["null", " "])) == [nil])
    }

    @Test func syntaxErrorDropsTheMessageOnceAndRecovers() {
        let evs = events([#"{bad} {"a": {"b" 1}, "c": "}"} {"ok": true}"#])
        #expect(errors(evs).count == 2)
        #expect(values(evs) == [["ok": true]])
    }

    /// QEMU's error token is the bad token so far, the control byte included.
    @Test func controlCharacterResetsAPartialMessage() {
        let evs = events([#"{"execute": "qu"#, "\u{1B}", #"{"execute": "quit"}"#])
        #expect(errors(evs) == ["stray '\"qu\u{1B}'"])
        #expect(values(evs) == [["execute": "quit"]])
    }

    @Test func invalidUTF8IsRejected() {
        let parser = JSONStreamParser()
        var out: [JSONStreamParser.Event] = []
        parser.feed([0x22, 0xC3, 0x28, 0x22, 0x20]) { out.append($0) }
        #expect(errors(out) == ["invalid UTF-8 sequence in string"])
    }

    @Test func nestingDepthIsLimited() {
        let deep = String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
        #expect(errors(events([deep], limits: JSONStreamLimits(maxDepth: 10))) == ["JSON nesting depth limit exceeded"])
        #expect(values(events([deep], limits: JSONStreamLimits(maxDepth: 30))).count == 1)
    }

    @Test func messageSizeIsLimited() {
        let big = "[" + String(repeating: "1,", count: 100) + "1]"
        let evs = events([String(big.prefix(50)), String(big.dropFirst(50)), " {\"x\": 1}"], limits: JSONStreamLimits(maxMessageBytes: 64))
        #expect(errors(evs) == ["JSON token size limit exceeded"])
        #expect(values(evs) == [["x": 1]])
    }

    @Test func theLimitIsPerMessageNotPerRead() {
        let many = String(repeating: #"{"execute": "query-version"} "#, count: 50)
        let evs = events([many], limits: JSONStreamLimits(maxMessageBytes: 40))
        #expect(errors(evs).isEmpty)
        #expect(values(evs).count == 50)
    }

    @Test func anOversizedMessageSpanningReadsIsSkippedAsAUnit() {
        let big = #"{"a": [""# + String(repeating: "x", count: 200) + #"", {"b": "}"}]}"#
        let chunks = [#"{"ok": 1}"#, String(big.prefix(70)), String(big.dropFirst(70).prefix(90)), String(big.dropFirst(160)), #" {"ok": 2}"#]
        let evs = events(chunks, limits: JSONStreamLimits(maxMessageBytes: 64))
        #expect(errors(evs) == ["JSON token size limit exceeded"])
        #expect(values(evs) == [["ok": 1], ["ok": 2]])
    }

    @Test func aBrokenMessageSpanningReadsIsSkippedAsAUnit() {
        let evs = events([#"{"a": {"b": [1, "#, #"2 3], "c": "]}"}, "#, #"{"d": 4}} {"ok": true}"#])
        #expect(errors(evs).count == 1)
        #expect(values(evs) == [["ok": true]])
    }

    @Test func feedingStopsBetweenMessagesWhenAsked() {
        let parser = JSONStreamParser()
        let text = Array(#"{"n": 1} {"n": 2} {"n": 3}"#.utf8)
        var seen: [JSONValue] = []
        let consumed = text.withUnsafeBytes { raw in
            parser.feed(raw, until: { event in
                if case .value(let v) = event { seen.append(v) }
                return seen.count < 2
            })
        }
        #expect(seen == [["n": 1], ["n": 2]])
        let rest = Array(text[consumed...])
        #expect(String(decoding: rest, as: UTF8.self) == #" {"n": 3}"#)
        parser.feed(rest) { if case .value(let v) = $0 { seen.append(v) } }
        #expect(seen.last == ["n": 3])
    }

    @Test func parseOneValue() throws {
        #expect(try JSONStreamParser.parse(#"{"a": "\u00e9"}"#) == ["a": "é"])
        #expect(throws: JSONParseError.self) { try JSONStreamParser.parse("{") }
    }
}

@Suite struct JSONQEMULexicalRulesTests {
    /// A raw control character in a string is a lexical error whose token is
    /// the string so far; recovery then skips to the `}`, which QEMU reads as
    /// a message of its own (`expecting value`). (json-c accepted these bytes;
    /// iommud's old scanner reported "invalid control character in string".)
    @Test(arguments: [
        ("{\"a\": \"x\ny\"}", "stray '\"x\n'"), ("{\"a\": \"x\ty\"}", "stray '\"x\t'"),
        ("{'a': 'x\ry'}", "stray ''x\r'"),
    ])
    func rawControlCharactersInStringsAreErrors(text: String, stray: String) {
        let parser = JSONStreamParser()
        var out: [JSONStreamParser.Event] = []
        parser.feed(Array((text + #" {"ok": 1}"#).utf8)) { out.append($0) }
        #expect(out == [.error(JSONParseError(stray)), .error(JSONParseError("expecting value")), .value(["ok": 1])])
    }

    @Test func whitespaceOutsideStringsIsFine() {
        let parser = JSONStreamParser()
        var out: [JSONStreamParser.Event] = []
        parser.feed(Array("{\n\t\"a\":\r\n 1}".utf8)) { out.append($0) }
        #expect(out == [.value(["a": 1])])
    }
}
