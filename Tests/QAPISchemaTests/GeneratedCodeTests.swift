import JSON
import QAPIGen
import QAPIRuntime
import QAPISchema
import QAPITestAPI
import Testing

/// The Swift generated from the all-features schema (target QAPITestAPI):
/// strict decoding with QEMU's error texts, encoding, and dispatch through the
/// generated command table.
@Suite struct GeneratedCodeTests {
    // MARK: Helpers

    static func json(_ text: String) throws -> JSONValue { try JSONStreamParser.parse(text) }

    static func decode<T: QAPIDecodable>(_: T.Type, _ text: String) throws -> T {
        try T(qapi: json(text), at: .root)
    }

    /// The `desc` of the error decoding `text` as a `T` fails with, or `nil`.
    static func decodeError<T: QAPIDecodable>(_: T.Type, _ text: String) throws -> String? {
        let value = try json(text)
        do {
            _ = try T(qapi: value, at: .root)
            return nil
        } catch {
            return error.desc
        }
    }

    /// A valid `Builtins` object as JSON text, in schema order, with some
    /// members replaced, removed or added.
    static func builtinsJSON(replacing: [String: String] = [:], removing: Set<String> = [], adding: String? = nil) -> String {
        let members: [(String, String)] = [
            ("str", #""s""#), ("int", "-1"), ("i8", "-128"), ("i16", "-32768"), ("i32", "-2147483648"),
            ("i64", "-9223372036854775808"), ("u8", "255"), ("u16", "65535"), ("u32", "4294967295"),
            ("u64", "18446744073709551615"), ("size", "18446744073709551615"), ("number", "2.5"), ("bool", "true"),
            ("null", "null"), ("any", #"{"nested": [1, "two", null]}"#),
        ]
        var parts = members.filter { !removing.contains($0.0) }.map { #""\#($0.0)": \#(replacing[$0.0] ?? $0.1)"# }
        for (key, value) in replacing where !members.contains(where: { $0.0 == key }) {
            parts.append(#""\#(key)": \#(value)"#)
        }
        if let adding { parts.append(adding) }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    /// The `Builtins` value `builtinsJSON()` describes.
    static let builtins = Builtins(
        str: "s", int: -1, i8: .min, i16: .min, i32: .min, i64: .min, u8: .max, u16: .max, u32: .max, u64: .max,
        size: .max, number: 2.5, bool: true, null: QAPINull(), any: ["nested": [1, "two", nil]])

    // MARK: Structs and built-in types

    @Test func decodesEveryBuiltin() throws {
        let b = try Self.decode(Builtins.self, Self.builtinsJSON())
        #expect(b == Self.builtins)
        #expect(b.u64 == UInt64.max)
        #expect(b.i64 == Int64.min)
        #expect(b.optAny == nil)
        #expect(b.sizes == nil)
    }

    @Test(arguments: [
        // Signed: a JSON integer that fits int64, then the type's range.
        ("i8", "127", nil),
        ("i8", "128", "Parameter 'i8' expects int8_t"),
        ("i8", "-129", "Parameter 'i8' expects int8_t"),
        ("i16", "32768", "Parameter 'i16' expects int16_t"),
        ("i16", "-32769", "Parameter 'i16' expects int16_t"),
        ("i32", "2147483648", "Parameter 'i32' expects int32_t"),
        ("i32", "-2147483649", "Parameter 'i32' expects int32_t"),
        ("i64", "9223372036854775807", nil),
        ("i64", "9223372036854775808", "Invalid parameter type for 'i64', expected: integer"),
        ("int", "18446744073709551615", "Invalid parameter type for 'int', expected: integer"),
        ("int", "1.5", "Invalid parameter type for 'int', expected: integer"),
        ("i8", "1.0", "Invalid parameter type for 'i8', expected: integer"),
        ("int", #""1""#, "Invalid parameter type for 'int', expected: integer"),
        // Unsigned: QEMU reads a uint64 first, whose error names uint64.
        ("u8", "0", nil),
        ("u8", "256", "Parameter 'u8' expects uint8_t"),
        ("u8", "-1", "Parameter 'u8' expects uint8_t"),
        ("u16", "65536", "Parameter 'u16' expects uint16_t"),
        ("u32", "4294967296", "Parameter 'u32' expects uint32_t"),
        ("u64", "-1", "Parameter 'u64' expects uint64"),
        ("u8", #""1""#, "Parameter 'u8' expects uint64"),
        ("u8", "2.5", "Parameter 'u8' expects uint64"),
        ("size", "true", "Parameter 'size' expects uint64"),
        ("size", "-1", "Parameter 'size' expects uint64"),
        // Other types.
        ("number", "18446744073709551615", nil),
        ("number", "-3", nil),
        ("number", #""2.5""#, "Invalid parameter type for 'number', expected: number"),
        ("str", "1", "Invalid parameter type for 'str', expected: string"),
        ("str", "null", "Invalid parameter type for 'str', expected: string"),
        ("bool", "0", "Invalid parameter type for 'bool', expected: boolean"),
        ("null", "0", "Invalid parameter type for 'null', expected: null"),
        ("null", "{}", "Invalid parameter type for 'null', expected: null"),
        ("any", "[1, {\"a\": null}]", nil),
        ("any", "null", nil),
        // Arrays: the list, then each element by index.
        ("sizes", "[]", nil),
        ("sizes", "[1, -2]", "Parameter 'sizes[1]' expects uint64"),
        ("sizes", "{}", "Invalid parameter type for 'sizes', expected: array"),
    ] as [(String, String, String?)])
    func builtinMember(member: String, value: String, error: String?) throws {
        let text = Self.builtinsJSON(replacing: [member: value])
        #expect(try Self.decodeError(Builtins.self, text) == error)
        if error == nil {
            // The value decoded is the value given.
            let b = try Self.decode(Builtins.self, text)
            var encoded = JSONObject()
            b.qapiEncodeMembers(into: &encoded)
            let given = try Self.json(value)
            // Numbers are written back as doubles; everything else as given.
            #expect(encoded[member] == (member == "number" ? .double(try Double(qapi: given, at: .root)) : given))
        }
    }

    @Test func missingAndUnexpectedMembers() throws {
        #expect(try Self.decodeError(Record.self, "{}") == "Parameter 'id' is missing")
        #expect(try Self.decodeError(Record.self, #"{"id": "a", "bogus": 1}"#) == "Parameter 'bogus' is unexpected")
        // Missing members are reported before unexpected ones, whatever the order.
        #expect(try Self.decodeError(Record.self, #"{"bogus": 1}"#) == "Parameter 'id' is missing")
        // Members are checked in schema order, base members first.
        #expect(try Self.decodeError(DetailedRecord.self, #"{"colors": 1}"#) == "Parameter 'id' is missing")
        #expect(
            try Self.decodeError(DetailedRecord.self, #"{"id": "a", "note": 1, "colors": 1}"#)
                == "Invalid parameter type for 'note', expected: string")
        #expect(try Self.decodeError(Builtins.self, Self.builtinsJSON(removing: ["u8"])) == "Parameter 'u8' is missing")
        #expect(
            try Self.decodeError(Builtins.self, Self.builtinsJSON(removing: ["u8"], adding: #""extra": 1"#))
                == "Parameter 'u8' is missing")
        #expect(
            try Self.decodeError(Builtins.self, Self.builtinsJSON(adding: #""extra": 1"#))
                == "Parameter 'extra' is unexpected")
        #expect(try Self.decodeError(Empty.self, "{}") == nil)
        #expect(try Self.decodeError(Empty.self, #"{"a": 1}"#) == "Parameter 'a' is unexpected")
        // The arguments object itself is called 'null', as in QEMU.
        #expect(try Self.decodeError(Record.self, "[]") == "Invalid parameter type for 'null', expected: object")
    }

    @Test func nestedMembersAreDottedAndElementsIndexed() throws {
        let base = #""id": "r", "colors": ["red"], "default": false, "case": 1, "long-member-name": 2, "old-field": 3"#
        #expect(
            try Self.decodeError(DetailedRecord.self, #"{\#(base), "children": [{"id": "a"}, {"note": "b"}]}"#)
                == "Parameter 'children[1].id' is missing")
        #expect(
            try Self.decodeError(DetailedRecord.self, #"{\#(base), "children": [{"id": "a", "x": 1}]}"#)
                == "Parameter 'children[0].x' is unexpected")
        #expect(
            try Self.decodeError(DetailedRecord.self, #"{\#(base), "children": [{"id": "a"}, 7]}"#)
                == "Invalid parameter type for 'children[1]', expected: object")
        #expect(
            try Self.decodeError(ExtraInfo.self, #"{"id": "e", "weight": 1, "shape": {"kind": "rect", "width": 1}}"#)
                == "Parameter 'shape.height' is missing")
        #expect(
            try Self.decodeError(ExtraInfo.self, #"{"id": "e", "weight": 1, "shape": {"kind": "point", "label": 5}}"#)
                == "Invalid parameter type for 'shape.label', expected: string")
    }

    @Test func enumValues() throws {
        #expect(Color.allCases.map(\.rawValue) == ["red", "dark-green", "3d", "default", "sepia", "linux-blue"])
        #expect(Color._3d.rawValue == "3d")
        #expect(Color.default.qapiJSON == "default")
        #expect(try Self.decode(Color.self, #""dark-green""#) == .darkGreen)
        #expect(try Self.decode([Color].self, #"["sepia", "linux-blue"]"#) == [.sepia, .linuxBlue])
        #expect(try Self.decodeError(Color.self, #""DARK-GREEN""#) == "Parameter 'null' does not accept value 'DARK-GREEN'")
        let base = #""id": "r", "default": false, "case": 1, "long-member-name": 2, "old-field": 3"#
        #expect(
            try Self.decodeError(DetailedRecord.self, #"{\#(base), "colors": ["red", "blue"]}"#)
                == "Parameter 'colors[1]' does not accept value 'blue'")
        #expect(
            try Self.decodeError(DetailedRecord.self, #"{\#(base), "colors": [1]}"#)
                == "Invalid parameter type for 'colors[0]', expected: string")
        #expect(
            try Self.decodeError(DetailedRecord.self, #"{\#(base), "colors": "red"}"#)
                == "Invalid parameter type for 'colors', expected: array")
    }

    @Test func optionalAnyPresentAsNullIsNotAbsent() throws {
        let present = try Self.decode(Builtins.self, Self.builtinsJSON(adding: #""opt-any": null"#))
        let absent = try Self.decode(Builtins.self, Self.builtinsJSON())
        #expect(present.optAny == .some(.null))
        #expect(absent.optAny == nil)
        #expect(present != absent)
        #expect(present.qapiJSON["opt-any"] == .null)
        #expect(present.qapiJSON.objectValue?.keys.contains("opt-any") == true)
        #expect(absent.qapiJSON.objectValue?.keys.contains("opt-any") == false)
        // Other optional members must have their type when present.
        #expect(
            try Self.decodeError(Record.self, #"{"id": "a", "note": null}"#)
                == "Invalid parameter type for 'note', expected: string")
    }

    @Test func encodingRoundTrips() throws {
        // Decoding JSON written in schema order and encoding it again gives the
        // same JSON, members in the same order.
        let text = Self.builtinsJSON(adding: #""opt-any": [true], "sizes": [0, 18446744073709551615]"#)
        let decoded = try Self.decode(Builtins.self, text)
        #expect(decoded.qapiJSON == (try Self.json(text)))
        #expect(decoded.sizes == [0, .max])

        // Encoding a value and decoding it gives the value back.
        let record = DetailedRecord(
            id: "r", note: "n", colors: [.red, ._3d, .default], children: [Record(id: "c")], default: true,
            case: -5, longMemberName: 7, oldField: 9, linuxOnly: "l")
        #expect(try DetailedRecord(qapi: record.qapiJSON, at: .root) == record)
        #expect(record.default == true)
        #expect(record.case == -5)
        #expect(record.qapiJSON.objectValue?.keys == [
            "id", "note", "colors", "children", "default", "case", "long-member-name", "old-field", "linux-only",
        ])
        #expect(record.qapiJSON["colors"] == ["red", "3d", "default"])
        // Absent optional members are not encoded.
        let bare = DetailedRecord(id: "r", colors: [], default: false, case: 0, longMemberName: 0, oldField: 0)
        #expect(bare.qapiJSON.objectValue?.keys == ["id", "colors", "default", "case", "long-member-name", "old-field"])

        let legacy = try Self.decode(LegacyRecord.self, #"{"Legacy_Name": "n", "camelValue": 5}"#)
        #expect(legacy == LegacyRecord(legacyName: "n", camelValue: 5))
        #expect(legacy.qapiJSON == ["Legacy_Name": "n", "camelValue": 5])
        #expect(
            try Self.decodeError(LegacyRecord.self, #"{"legacy-name": "n", "camelValue": 5}"#)
                == "Parameter 'Legacy_Name' is missing")

        let extra = ExtraInfo(id: "e", weight: .max, shape: Shape(branch: .circle(Circle(radius: 0.5))))
        #expect(try ExtraInfo(qapi: extra.qapiJSON, at: .root) == extra)
        #expect(extra.qapiJSON == (try Self.json(#"{"id": "e", "weight": 18446744073709551615, "shape": {"kind": "circle", "radius": 0.5}}"#)))
    }

    // MARK: Unions

    @Test func unionBranchIsSelectedByTheDiscriminator() throws {
        let circle = try Self.decode(Shape.self, #"{"kind": "circle", "radius": 1.5, "label": "c"}"#)
        #expect(circle == Shape(label: "c", branch: .circle(Circle(radius: 1.5))))
        #expect(circle.kind == .circle)
        let rect = try Self.decode(Shape.self, #"{"width": 1, "kind": "rect", "height": 2}"#)
        #expect(rect.branch == .rect(Rect(width: 1, height: 2)))
        #expect(rect.kind == .rect)
        #expect(rect.label == nil)
        let point = try Self.decode(Shape.self, #"{"kind": "point"}"#)
        #expect(point.branch == .point)
        #expect(try Self.decode(Shape.self, #"{"kind": "1d-line"}"#).kind == ._1dLine)

        let device = try Self.decode(Device.self, #"{"id": "d", "driver": "vfio", "host": "0000:00:01.0"}"#)
        #expect(device == Device(id: "d", branch: .vfio(VfioDevice(host: "0000:00:01.0"))))
        #expect(device.driver == .vfio)
        #expect(try Self.decode(Device.self, #"{"id": "d", "driver": "none"}"#).branch == Device.Branch.none)
    }

    @Test func unionMembersAreCheckedAcrossBaseAndBranch() throws {
        // Base members first (the discriminator in its place), then the branch's.
        #expect(try Self.decodeError(Shape.self, "{}") == "Parameter 'kind' is missing")
        #expect(try Self.decodeError(Shape.self, #"{"radius": 1}"#) == "Parameter 'kind' is missing")
        #expect(try Self.decodeError(Shape.self, #"{"kind": "hexagon"}"#) == "Parameter 'kind' does not accept value 'hexagon'")
        #expect(try Self.decodeError(Shape.self, #"{"kind": "circle", "label": 1}"#) == "Invalid parameter type for 'label', expected: string")
        #expect(try Self.decodeError(Shape.self, #"{"kind": "circle"}"#) == "Parameter 'radius' is missing")
        #expect(try Self.decodeError(Device.self, #"{"driver": "vfio"}"#) == "Parameter 'id' is missing")
        #expect(try Self.decodeError(Device.self, #"{"id": "d", "driver": "mdev"}"#) == "Parameter 'uuid' is missing")
        // Members of another branch, or of none, are unexpected.
        #expect(try Self.decodeError(Shape.self, #"{"kind": "point", "radius": 1}"#) == "Parameter 'radius' is unexpected")
        #expect(try Self.decodeError(Shape.self, #"{"kind": "circle", "radius": 1, "width": 2}"#) == "Parameter 'width' is unexpected")
        #expect(try Self.decodeError(Device.self, #"{"id": "d", "driver": "none", "host": "h"}"#) == "Parameter 'host' is unexpected")
        // Base and branch members together are all expected.
        #expect(try Self.decodeError(Shape.self, #"{"kind": "circle", "radius": 1, "label": "l"}"#) == nil)
        #expect(try Self.decodeError(Shape.self, #"{"kind": "circle", "radius": 1, "label": "l", "x": 0}"#) == "Parameter 'x' is unexpected")
        #expect(try Self.decodeError(Shape.self, "[]") == "Invalid parameter type for 'null', expected: object")
    }

    @Test func unionEncodesBaseThenBranchMembers() throws {
        let shape = Shape(label: "l", branch: .rect(Rect(width: 3, height: 4)))
        #expect(shape.qapiJSON == (try Self.json(#"{"kind": "rect", "label": "l", "width": 3, "height": 4}"#)))
        #expect(Shape(branch: .point).qapiJSON == ["kind": "point"])
        #expect(try Shape(qapi: shape.qapiJSON, at: .root) == shape)
        let device = Device(id: "m", branch: .mdev(MdevDevice(uuid: "u")))
        #expect(device.qapiJSON == (try Self.json(#"{"id": "m", "driver": "mdev", "uuid": "u"}"#)))
        #expect(try Device(qapi: device.qapiJSON, at: .root) == device)
    }

    // MARK: Alternates

    @Test(arguments: [
        (#""text""#, Value.s("text")),
        ("1", Value.n(1)),
        ("-2.5", Value.n(-2.5)),
        ("18446744073709551615", Value.n(18446744073709551615.0)),
        ("true", Value.b(true)),
        ("null", Value.null(QAPINull())),
        (#"{"id": "r"}"#, Value.record(Record(id: "r"))),
        ("[1, -2]", Value.list([1, -2])),
        ("[]", Value.list([])),
    ])
    func alternateIsChosenByJSONType(text: String, expected: Value) throws {
        let value = try Self.decode(Value.self, text)
        #expect(value == expected)
        #expect(try Value(qapi: value.qapiJSON, at: .root) == value)
    }

    @Test func alternateErrors() throws {
        // The chosen branch's own errors.
        #expect(try Self.decodeError(Value.self, #"{"note": "n"}"#) == "Parameter 'id' is missing")
        #expect(try Self.decodeError(Value.self, "[1.5]") == "Invalid parameter type for '[0]', expected: integer")
        #expect(try Self.decodeError(ColorOrLevel.self, #""blue""#) == "Parameter 'null' does not accept value 'blue'")
        #expect(try Self.decodeError(ColorOrLevel.self, "256") == "Parameter 'null' expects uint8_t")
        // Any number selects the integer branch, which then rejects a fraction.
        #expect(try Self.decodeError(ColorOrLevel.self, "2.5") == "Parameter 'null' expects uint64")
        // A JSON type with no branch names the alternate.
        #expect(try Self.decodeError(ColorOrLevel.self, "true") == "Invalid parameter type for 'null', expected: ColorOrLevel")
        #expect(try Self.decodeError(ColorOrLevel.self, "null") == "Invalid parameter type for 'null', expected: ColorOrLevel")
        #expect(try Self.decodeError(ColorOrLevel.self, "{}") == "Invalid parameter type for 'null', expected: ColorOrLevel")
        #expect(try Self.decode(ColorOrLevel.self, #""sepia""#) == .color(.sepia))
        #expect(try Self.decode(ColorOrLevel.self, "255") == .level(255))
        #expect(ColorOrLevel.level(7).qapiJSON == 7)
        #expect(ColorOrLevel.color(._3d).qapiJSON == "3d")
    }

    // MARK: Dispatch

    /// What the handlers saw during one request.
    final class Context {
        var calls: [String] = []
        var options: (`in`: String, `case`: Int64, `default`: Color?, values: [Value]?, extra: JSONValue?)?
        var record: (id: String, `default`: Bool, `case`: Int8, linuxOnly: String?)?
        var shape: Shape?
        var level: ColorOrLevel?
        var raw: JSONObject?
        var device: Device?
        var extra: ExtraInfo?
        var color: Color??
    }

    /// Both modules' handlers.
    struct Handlers: AllFeaturesCommands, SubExtraCommands {
        typealias Context = GeneratedCodeTests.Context

        func ping(context: Context) throws(QMPError) { context.calls.append("ping") }

        func setOptions(`in`: String, `case`: Int64, `default`: Color?, values: [Value]?, extra: JSONValue?, context: Context)
            throws(QMPError)
        {
            context.calls.append("set-options")
            context.options = (`in`, `case`, `default`, values, extra)
        }

        func describeRecord(
            id: String, note: String?, colors: [Color], children: [Record]?, `default`: Bool, `case`: Int8,
            longMemberName: UInt16, oldField: Int64, linuxOnly: String?, context: Context
        ) throws(QMPError) -> DetailedRecord {
            context.calls.append("describe-record")
            context.record = (id, `default`, `case`, linuxOnly)
            return DetailedRecord(
                id: id, note: note, colors: colors, children: children, default: `default`, case: `case`,
                longMemberName: longMemberName, oldField: oldField, linuxOnly: linuxOnly)
        }

        func draw(_ arguments: Shape, context: Context) throws(QMPError) -> Shape {
            context.calls.append("draw")
            context.shape = arguments
            if case .circle(let c) = arguments.branch, c.radius > 100 { throw QMPError.generic("the shape is too big") }
            return arguments
        }

        func listRecords(filter: String?, context: Context) throws(QMPError) -> [Record] {
            context.calls.append("list-records")
            return [Record(id: "a"), Record(id: "b", note: filter)]
        }

        func checkBuiltins(builtins: Builtins, legacy: LegacyRecord?, empty: Empty?, context: Context) throws(QMPError)
            -> Builtins
        {
            context.calls.append("check-builtins")
            return builtins
        }

        func queryCounter(context: Context) throws(QMPError) -> Int64 {
            context.calls.append("query-counter")
            return 42
        }

        func echo(value: JSONValue, context: Context) throws(QMPError) -> JSONValue {
            context.calls.append("echo")
            return value
        }

        func legacyReset(context: Context) throws(QMPError) { context.calls.append("legacy_reset") }

        func xFrobnicate(level: ColorOrLevel, context: Context) throws(QMPError) {
            context.calls.append("x-frobnicate")
            context.level = level
        }

        func legacyAdd(arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue {
            context.calls.append("legacy-add")
            context.raw = arguments
            return ["received": .int(Int64(arguments.count))]
        }

        func addDevice(_ arguments: Device, context: Context) throws(QMPError) {
            context.calls.append("add-device")
            context.device = arguments
        }

        func queryExtra(color: Color?, context: Context) throws(QMPError) -> [ExtraInfo] {
            context.calls.append("query-extra")
            context.color = .some(color)
            return [ExtraInfo(id: "x", weight: 3)]
        }

        func updateExtra(_ arguments: ExtraInfo, context: Context) throws(QMPError) {
            context.calls.append("update-extra")
            context.extra = arguments
        }
    }

    static let table: QMPCommandTable<Context> = .make(allFeatures: Handlers(), subExtra: Handlers())

    /// Runs `command` with `arguments` (JSON text): its `return` value or its
    /// error's `desc`.
    static func run(_ command: String, _ arguments: String = "{}", in context: Context) throws -> Result<JSONValue, QMPError> {
        guard let entry = table[command], case .object(let args) = try json(arguments) else {
            Issue.record("no command \(command), or arguments not an object")
            return .failure(.generic("test setup"))
        }
        do {
            return .success(try entry.run(args, context))
        } catch {
            return .failure(error)
        }
    }

    @Test func tableHasEveryCommandInSchemaOrder() {
        #expect(Self.table.names == IntrospectionTests.commands)
        #expect(Self.table["win32-only"] == nil)
        #expect(Self.table["ping"]?.name == "ping")
    }

    /// The hashed lookup finds every name, misses near-misses, and lets a
    /// later duplicate win; a table with far more names than its initial
    /// slots still finds them all.
    @Test func tableLookupFindsExactlyItsNames() {
        for name in Self.table.names { #expect(Self.table[name]?.name == name) }
        for miss in ["", "pin", "pingg", "PING", "ping ", "ping\u{0}"] { #expect(Self.table[miss] == nil) }
        typealias Table = QMPCommandTable<Int>
        func entry(_ name: String, _ value: Int64) -> QMPCommandEntry<Int> {
            QMPCommandEntry(name: name, options: QMPCommandOptions()) { _, _ in .int(value) }
        }
        let names = (0..<300).map { "command-\($0)" }
        let big = Table(entries: names.enumerated().map { entry($1, Int64($0)) } + [entry("command-7", -1)])
        for (i, name) in names.enumerated() {
            #expect((try? big[name]?.run(JSONObject(), 0)) == .int(name == "command-7" ? -1 : Int64(i)))
        }
        #expect(big["command-300"] == nil)
    }

    @Test func tableEntriesCarryTheCommandOptions() {
        let special: [String: QMPCommandOptions] = [
            "ping": QMPCommandOptions(allowOOB: true, allowPreconfig: true),
            "legacy_reset": QMPCommandOptions(allowPreconfig: true, deprecated: true),
            "x-frobnicate": QMPCommandOptions(unstable: true),
            "query-extra": QMPCommandOptions(allowPreconfig: true),
        ]
        for entry in Self.table.entries {
            #expect(entry.options == special[entry.name] ?? QMPCommandOptions(), "\(entry.name)")
        }
        #expect(Self.table.entries.filter(\.options.allowOOB).map(\.name) == ["ping"])
    }

    @Test(arguments: [
        ("ping", #"{"x": 1}"#, "Parameter 'x' is unexpected"),
        ("set-options", #"{"in": "a"}"#, "Parameter 'case' is missing"),
        ("set-options", #"{"case": 1, "bogus": 1}"#, "Parameter 'in' is missing"),
        ("set-options", #"{"in": "a", "case": 1, "bogus": 1}"#, "Parameter 'bogus' is unexpected"),
        ("set-options", #"{"in": "a", "case": 1, "default": "blue"}"#, "Parameter 'default' does not accept value 'blue'"),
        ("set-options", #"{"in": "a", "case": 1, "values": [1, true, {"id": 2}]}"#, "Invalid parameter type for 'values[2].id', expected: string"),
        ("set-options", #"{"in": "a", "case": 1, "values": [[1, 0.5]]}"#, "Invalid parameter type for 'values[0][1]', expected: integer"),
        ("describe-record", #"{"id": "r"}"#, "Parameter 'colors' is missing"),
        ("describe-record", #"{"id": "r", "colors": [], "default": true, "case": 128, "long-member-name": 1, "old-field": 1}"#, "Parameter 'case' expects int8_t"),
        ("draw", #"{"kind": "circle"}"#, "Parameter 'radius' is missing"),
        ("draw", #"{"kind": "point", "radius": 1}"#, "Parameter 'radius' is unexpected"),
        ("draw", #"{"radius": 1}"#, "Parameter 'kind' is missing"),
        ("list-records", #"{"filter": null}"#, "Invalid parameter type for 'filter', expected: string"),
        ("check-builtins", "{}", "Parameter 'builtins' is missing"),
        ("check-builtins", #"{"builtins": []}"#, "Invalid parameter type for 'builtins', expected: object"),
        ("check-builtins", #"{"builtins": \#(builtinsJSON(replacing: ["u8": "256"]))}"#, "Parameter 'builtins.u8' expects uint8_t"),
        ("check-builtins", #"{"builtins": \#(builtinsJSON(removing: ["u8"]))}"#, "Parameter 'builtins.u8' is missing"),
        ("check-builtins", #"{"builtins": \#(builtinsJSON(replacing: ["sizes": "[1, 2.5]"]))}"#, "Parameter 'builtins.sizes[1]' expects uint64"),
        ("check-builtins", #"{"builtins": \#(builtinsJSON()), "empty": {"a": 1}}"#, "Parameter 'empty.a' is unexpected"),
        ("check-builtins", #"{"builtins": \#(builtinsJSON()), "legacy": {"Legacy_Name": "n", "camelValue": 1, "legacy-name": 1}}"#, "Parameter 'legacy.legacy-name' is unexpected"),
        ("query-counter", #"{"x": null}"#, "Parameter 'x' is unexpected"),
        ("echo", "{}", "Parameter 'value' is missing"),
        ("legacy_reset", #"{"force": true}"#, "Parameter 'force' is unexpected"),
        ("x-frobnicate", #"{"level": true}"#, "Invalid parameter type for 'level', expected: ColorOrLevel"),
        ("x-frobnicate", #"{"level": 256}"#, "Parameter 'level' expects uint8_t"),
        ("x-frobnicate", #"{"level": "blue"}"#, "Parameter 'level' does not accept value 'blue'"),
        ("add-device", #"{"id": "d", "driver": "mdev"}"#, "Parameter 'uuid' is missing"),
        ("add-device", #"{"id": "d", "driver": "none", "host": "h"}"#, "Parameter 'host' is unexpected"),
        ("query-extra", #"{"color": 1}"#, "Invalid parameter type for 'color', expected: string"),
        ("update-extra", #"{"id": "x", "weight": 1, "shape": {"kind": "rect", "width": 1}}"#, "Parameter 'shape.height' is missing"),
        ("update-extra", #"{"id": "x", "weight": -1}"#, "Parameter 'weight' expects uint64"),
    ])
    func argumentErrorsComeBeforeTheHandler(command: String, arguments: String, error: String) throws {
        let context = Context()
        let result = try Self.run(command, arguments, in: context)
        #expect(result == .failure(.invalidArgument(error)))
        #expect(context.calls.isEmpty)
    }

    @Test func commandsWithoutReturnsReturnAnEmptyObject() throws {
        let context = Context()
        #expect(try Self.run("ping", in: context) == .success(.object(JSONObject())))
        #expect(try Self.run("legacy_reset", in: context) == .success(.object(JSONObject())))
        #expect(try Self.run("set-options", #"{"in": "x", "case": 0}"#, in: context) == .success(.object(JSONObject())))
        #expect(try Self.run("add-device", #"{"id": "d", "driver": "none"}"#, in: context) == .success(.object(JSONObject())))
        #expect(context.calls == ["ping", "legacy_reset", "set-options", "add-device"])
    }

    @Test func inlineArgumentsReachTheHandler() throws {
        let context = Context()
        let args = #"{"extra": {"k": [null]}, "values": ["a", 1, true, null, {"id": "r"}, [1, 2]], "default": "3d", "case": -7, "in": "here"}"#
        #expect(try Self.run("set-options", args, in: context) == .success(.object(JSONObject())))
        #expect(context.calls == ["set-options"])
        #expect(context.options?.in == "here")
        #expect(context.options?.case == -7)
        #expect(context.options?.default == ._3d)
        #expect(context.options?.values == [.s("a"), .n(1), .b(true), .null(QAPINull()), .record(Record(id: "r")), .list([1, 2])])
        #expect(context.options?.extra == ["k": [nil]])

        let bare = Context()
        _ = try Self.run("set-options", #"{"in": "", "case": 0}"#, in: bare)
        #expect(bare.options?.default == nil)
        #expect(bare.options?.values == nil)
        #expect(bare.options?.extra == nil)
        // Optional `any` present as null reaches the handler as null, not as absent.
        let null = Context()
        _ = try Self.run("set-options", #"{"in": "", "case": 0, "extra": null}"#, in: null)
        #expect(null.options?.extra == .some(.null))
    }

    @Test func structArgumentsAreFlattenedIntoParameters() throws {
        let context = Context()
        let args = #"{"id": "r", "colors": ["red"], "default": true, "case": -1, "long-member-name": 65535, "old-field": 0, "linux-only": "yes"}"#
        let result = try Self.run("describe-record", args, in: context)
        #expect(context.calls == ["describe-record"])
        #expect(context.record?.id == "r")
        #expect(context.record?.default == true)
        #expect(context.record?.case == -1)
        #expect(context.record?.linuxOnly == "yes")
        // The returned struct is encoded, members in schema order.
        #expect(result == .success(try Self.json(args)))
    }

    @Test func boxedArgumentsArriveAsOneValue() throws {
        let context = Context()
        let circle = #"{"kind": "circle", "label": "c", "radius": 2.5}"#
        #expect(try Self.run("draw", circle, in: context) == .success(try Self.json(circle)))
        #expect(context.shape == Shape(label: "c", branch: .circle(Circle(radius: 2.5))))
        // A handler's own error passes through.
        #expect(try Self.run("draw", #"{"kind": "circle", "radius": 101}"#, in: context) == .failure(.generic("the shape is too big")))

        #expect(try Self.run("add-device", #"{"id": "d0", "driver": "vfio", "host": "h", "iommufd": "i"}"#, in: context) == .success(.object(JSONObject())))
        #expect(context.device == Device(id: "d0", branch: .vfio(VfioDevice(host: "h", iommufd: "i"))))

        #expect(try Self.run("update-extra", #"{"id": "x", "weight": 5, "shape": {"kind": "point"}}"#, in: context) == .success(.object(JSONObject())))
        #expect(context.extra == ExtraInfo(id: "x", weight: 5, shape: Shape(branch: .point)))
        #expect(context.calls == ["draw", "draw", "add-device", "update-extra"])
    }

    @Test func returnValuesAreEncoded() throws {
        let context = Context()
        #expect(try Self.run("list-records", #"{"filter": "f"}"#, in: context) == .success(try Self.json(#"[{"id": "a"}, {"id": "b", "note": "f"}]"#)))
        #expect(try Self.run("list-records", in: context) == .success(try Self.json(#"[{"id": "a"}, {"id": "b"}]"#)))
        #expect(try Self.run("query-counter", in: context) == .success(.int(42)))
        #expect(try Self.run("echo", #"{"value": [1, {"a": null}]}"#, in: context) == .success(try Self.json(#"[1, {"a": null}]"#)))
        #expect(try Self.run("echo", #"{"value": null}"#, in: context) == .success(.null))
        let builtins = Self.builtinsJSON(adding: #""sizes": [7]"#)
        #expect(try Self.run("check-builtins", #"{"builtins": \#(builtins), "empty": {}}"#, in: context) == .success(try Self.json(builtins)))
        #expect(try Self.run("query-extra", #"{"color": "red"}"#, in: context) == .success(try Self.json(#"[{"id": "x", "weight": 3}]"#)))
        #expect(context.color == .some(.red))
        #expect(try Self.run("x-frobnicate", #"{"level": 9}"#, in: context) == .success(.object(JSONObject())))
        #expect(context.level == .level(9))
        #expect(context.calls == ["list-records", "list-records", "query-counter", "echo", "echo", "check-builtins", "query-extra", "x-frobnicate"])
    }

    @Test func genFalseCommandGetsTheArgumentsUnchecked() throws {
        let context = Context()
        // Neither the declared member's type nor unknown members are checked.
        let result = try Self.run("legacy-add", #"{"driver": 1, "anything": [true]}"#, in: context)
        #expect(result == .success(["received": 2]))
        #expect(context.raw == (try Self.json(#"{"driver": 1, "anything": [true]}"#)).objectValue)
        #expect(try Self.run("legacy-add", in: context) == .success(["received": 0]))
        #expect(context.calls == ["legacy-add", "legacy-add"])
    }

    // MARK: Events

    /// Records emitted events.
    final class RecordingSink: QMPEventSink, @unchecked Sendable {
        var events: [(name: String, data: JSONObject?)] = []
        func emit(event name: String, data: JSONObject?) { events.append((name, data)) }
    }

    @Test func eventEmitters() throws {
        let sink = RecordingSink()
        sink.emitHeartbeat()
        sink.emitColorChanged(old: .red, new: ._3d)
        sink.emitColorChanged(old: .default, new: .sepia, in: "there")
        sink.emitRecordChanged(
            DetailedRecord(id: "r", colors: [], default: false, case: 1, longMemberName: 2, oldField: 3))
        sink.emitRecordAdded(id: "a")
        sink.emitExtraAdded(info: ExtraInfo(id: "e", weight: 1))
        #expect(sink.events.map(\.name) == ["HEARTBEAT", "COLOR_CHANGED", "COLOR_CHANGED", "RECORD_CHANGED", "RECORD_ADDED", "EXTRA_ADDED"])
        let data = sink.events.map { $0.data.map(JSONValue.object) }
        #expect(data[0] == nil)
        #expect(data[1] == (try Self.json(#"{"old": "red", "new": "3d"}"#)))
        #expect(data[2] == (try Self.json(#"{"old": "default", "new": "sepia", "in": "there"}"#)))
        #expect(data[3] == (try Self.json(#"{"id": "r", "colors": [], "default": false, "case": 1, "long-member-name": 2, "old-field": 3}"#)))
        #expect(data[4] == ["id": "a"])
        #expect(data[5] == (try Self.json(#"{"info": {"id": "e", "weight": 1}}"#)))
    }
}

/// The generator's checks of names that are fine in QAPI but not in Swift, and
/// its handling of schemas without commands.
@Suite struct SwiftNamingTests {
    struct NoSuchFile: Error {}

    /// What generating from some schema files gave.
    enum Outcome: Equatable {
        case files([GeneratedFile])
        case failure(String)
    }

    /// Generates from in-memory schema files (the first is the main one).
    static func generate(_ files: [(String, String)]) -> Outcome {
        let contents = Dictionary(uniqueKeysWithValues: files)
        do {
            let schema = try SchemaChecker.load(path: files[0].0, defines: QAPIGenerator.defaultDefines) { path in
                guard let text = contents[path] else { throw NoSuchFile() }
                return text
            }
            return .files(try QAPIGenerator(schemaPath: files[0].0, swiftOutput: "out", docsOutput: "out.md").generate(schema: schema))
        } catch {
            return .failure("\(error)")
        }
    }

    /// The error generating from `schema` gives, or `nil` when it succeeds.
    static func error(_ schema: String) -> String? {
        if case .failure(let text) = generate([("t.json", schema)]) { return text }
        return nil
    }

    @Test func namesThatCollideInSwiftAreRejected() {
        let members = """
            { 'pragma': { 'member-name-exceptions': [ 'Foo', 'Kind' ] } }
            { 'struct': 'Foo', 'data': { 'a-b': 'str', 'aB': 'str' } }
            """
        #expect(Self.error(members) == "struct 'Foo': members 'a-b' and 'aB' map to the same Swift name 'aB'")
        let values = """
            { 'pragma': { 'member-name-exceptions': [ 'Kind' ] } }
            { 'enum': 'Kind', 'data': [ 'x-y', 'xY' ] }
            """
        #expect(Self.error(values) == "enum 'Kind': values 'x-y' and 'xY' map to the same Swift name 'xY'")
        // Without any exception: a digit after a dash is not upper-cased.
        let branches = "{ 'alternate': 'Alt', 'data': { 'one-2': 'str', 'one2': 'int' } }"
        #expect(Self.error(branches) == "alternate 'Alt': branches 'one-2' and 'one2' map to the same Swift name 'one2'")
        let arguments = "{ 'command': 'cmd', 'data': { 'y-1': 'str', '*y1': 'int' } }"
        #expect(Self.error(arguments) == "command 'cmd': members 'y-1' and 'y1' map to the same Swift name 'y1'")
    }

    @Test func namesGeneratedCodeNeedsAreRejected() {
        #expect(Self.error("{ 'struct': 'String', 'data': {} }")?.contains("Swift name 'String' is used by generated code") == true)
        #expect(Self.error("{ 'struct': 'Branch', 'data': {} }")?.contains("Swift name 'Branch'") == true)
        #expect(Self.error("{ 'struct': 'Foo', 'data': { 'self': 'str' } }") == "struct 'Foo': member 'self' cannot be a Swift property or parameter named 'self'")
        #expect(
            Self.error("{ 'command': 'cmd', 'data': { 'context': 'str' } }")
                == "command 'cmd': member 'context' clashes with the dispatch table's parameter 'context'")
        #expect(
            Self.error("{ 'command': 'cmd', 'data': { 'arguments': 'str' } }")
                == "command 'cmd': member 'arguments' clashes with the dispatch table's parameter 'arguments'")
        #expect(
            Self.error("{ 'event': 'EV', 'data': { 'object': 'str' } }")
                == "event 'EV': member 'object' clashes with the emitter's local variable 'object'")
        let union = """
            { 'enum': 'Kind', 'data': [ 'a' ] }
            { 'struct': 'Foo', 'data': {} }
            { 'union': 'Un', 'base': { 'kind': 'Kind', 'branch': 'str' }, 'discriminator': 'kind',
              'data': { 'a': 'Foo' } }
            """
        #expect(Self.error(union)?.hasPrefix("union 'Un': member named 'branch' clashes") == true)
        // The same names are fine where nothing clashes with them.
        #expect(Self.error("{ 'struct': 'Foo', 'data': { 'context': 'str', 'arguments': 'str', 'object': 'str', 'branch': 'str' } }") == nil)
        #expect(Self.error("{ 'struct': 'Foo', 'data': {} }\n{ 'command': 'cmd', 'data': 'Foo', 'boxed': true }") == nil)
    }

    @Test func modulesAreNamedByTheirPath() throws {
        let files = [
            ("t.json", "{ 'include': 'sub/x-y.json' }\n{ 'command': 'one' }"),
            ("sub/x-y.json", "{ 'command': 'two' }"),
        ]
        guard case .files(let generated) = Self.generate(files) else {
            Issue.record("generation failed")
            return
        }
        #expect(generated.map(\.path) == ["out/QAPI+T.swift", "out/QAPI+SubXY.swift", "out/QAPIDispatch.swift", "out/QAPIIntrospection.swift", "out/QAPIKeyvalSchema.swift", "out.md"])
        let dispatch = generated.first { $0.path == "out/QAPIDispatch.swift" }?.contents ?? ""
        #expect(dispatch.contains("make<H0: TCommands, H1: SubXYCommands>("))
        #expect(dispatch.contains("t tHandlers: H0, subXY subXYHandlers: H1"))
        #expect(dispatch.contains("try subXYHandlers.two(context: context)"))
        // Two modules may not share a Swift name.
        let clash = Self.generate([
            ("t.json", "{ 'include': 'a-b.json' }\n{ 'include': 'a_b.json' }"),
            ("a-b.json", "{ 'command': 'one' }"), ("a_b.json", "{ 'command': 'two' }"),
        ])
        #expect(clash == .failure("modules 'a_b' and 'a-b' map to the same Swift name 'AB'"))
    }

    @Test func schemaWithoutCommandsHasAnEmptyTable() throws {
        guard case .files(let generated) = Self.generate([("t.json", "{ 'event': 'EV' }")]) else {
            Issue.record("generation failed")
            return
        }
        let dispatch = generated.first { $0.path == "out/QAPIDispatch.swift" }?.contents ?? ""
        #expect(dispatch.contains("public static func make() -> QMPCommandTable<Context> {"))
        #expect(dispatch.contains("QMPCommandTable(entries: [])"))
        #expect(!dispatch.contains("make<"))
    }
}

/// A command argument named like a schema module must not shadow that
/// module's handler inside the generated dispatch table (the daemon's own
/// `iommufd` module has commands with an `iommufd` argument).
@Suite struct HandlerShadowingTests {
    @Test func anArgumentNamedLikeItsModuleStillReachesTheHandler() throws {
        let schema = try SchemaChecker.load(path: "iommufd.json") { path in
            guard path == "iommufd.json" else { throw SchemaReadError(message: "no such file") }
            return "{ 'command': 'iommufd-ioas-alloc', 'data': { 'iommufd': 'str' } }"
        }
        let files = try QAPIGenerator(schemaPath: "iommufd.json", swiftOutput: "out", docsOutput: "out.md").generate(schema: schema)
        let dispatch = files.first { $0.path == "out/QAPIDispatch.swift" }?.contents ?? ""
        #expect(dispatch.contains("let iommufd: String = try QAPIDecoding.member(arguments, \"iommufd\", at: .root)"))
        #expect(dispatch.contains("try iommufdHandlers.iommufdIoasAlloc(iommufd: iommufd, context: context)"))
    }
}
