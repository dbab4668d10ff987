import JSON
import Testing

@Suite struct JSONWriterTests {
    @Test func compactFormMatchesQEMUsWriter() {
        let v: JSONValue = ["return": ["a": 1, "b": [true, false, nil], "c": [:], "d": []], "id": "x"]
        #expect(JSONWriter.string(v) == #"{"return": {"a": 1, "b": [true, false, null], "c": {}, "d": []}, "id": "x"}"#)
    }

    @Test func outputIsASCIIWithQEMUsEscapes() {
        let v = JSONValue.string("q\"b\\s/\u{8}\u{C}\n\r\t\u{1}\u{7F}é€😀")
        #expect(JSONWriter.string(v) == #""q\"b\\s/\b\f\n\r\t\u0001\u007F\u00E9\u20AC\uD83D\uDE00""#)
        #expect(JSONWriter.bytes(v).allSatisfy { $0 < 0x80 })
    }

    @Test func integersKeepFullRange() {
        #expect(JSONWriter.string(.int(Int64.min)) == "-9223372036854775808")
        #expect(JSONWriter.string(.uint(UInt64.max)) == "18446744073709551615")
    }

    @Test func doublesUseSeventeenSignificantDigits() {
        #expect(JSONWriter.string(.double(0.5)) == "0.5")
        #expect(JSONWriter.string(.double(0.1)) == "0.10000000000000001")
        #expect(JSONWriter.string(.double(.infinity)) == "null")
    }

    @Test func prettyFormIndentsByFour() {
        let v: JSONValue = ["a": [1]]
        #expect(JSONWriter.string(v, pretty: true) == "{\n    \"a\": [\n        1\n    ]\n}")
    }

    @Test func objectKeepsInsertionOrderAndReplacesDuplicates() {
        var o = JSONObject()
        o["z"] = 1
        o["a"] = 2
        o["z"] = 3
        #expect(o.keys == ["z", "a"])
        #expect(o["z"] == 3)
        o["z"] = nil
        #expect(o.keys == ["a"])
    }
}
