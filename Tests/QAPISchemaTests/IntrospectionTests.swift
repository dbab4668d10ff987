import JSON
import QAPIGen
import QAPISchema
import QAPITestAPI
import Testing

/// `query-qmp-schema` data for the all-features schema, checked against QEMU's
/// rules (`scripts/qapi/introspect.py`, `qapi/introspect.json`).
@Suite struct IntrospectionTests {
    static func loadSchema() throws -> Schema {
        try SchemaChecker.load(
            path: RepositoryPaths.fixture("good/all-features.json"), defines: QAPIGenerator.defaultDefines)
    }

    static func info(unmask: Bool = false) throws -> Info {
        Info(QAPIGenerator.introspection(try loadSchema(), unmask: unmask))
    }

    /// The SchemaInfo list with lookups by name.
    struct Info {
        let entries: [JSONObject]

        init(_ values: [JSONValue]) { entries = values.compactMap(\.objectValue) }

        /// The entry named `name`; `[:]` when there is none, so that member
        /// checks on it fail rather than crash.
        subscript(name: String) -> JSONObject {
            entries.first { $0.string("name") == name } ?? JSONObject()
        }

        func named(_ name: String) -> JSONObject? { entries.first { $0.string("name") == name } }

        func names(meta: String) -> [String] {
            entries.filter { $0.string("meta-type") == meta }.compactMap { $0.string("name") }
        }

        /// The entry of the type that member `member` of object `object` has.
        func memberType(_ object: JSONObject, _ member: String) -> JSONObject {
            self[object.member(member)?.string("type") ?? ""]
        }

        /// Every type name a command, event or type refers to, in list order.
        var references: [String] {
            entries.flatMap { e -> [String] in
                switch e.string("meta-type") {
                case "command": return [e.string("arg-type"), e.string("ret-type")].compactMap { $0 }
                case "event": return [e.string("arg-type")].compactMap { $0 }
                case "array": return [e.string("element-type")].compactMap { $0 }
                case "object", "alternate":
                    return e.objects("members").compactMap { $0.string("type") }
                        + e.objects("variants").compactMap { $0.string("type") }
                default: return []
                }
            }
        }
    }

    static let commands = [
        "ping", "set-options", "describe-record", "draw", "list-records", "check-builtins", "query-counter", "echo",
        "legacy_reset", "x-frobnicate", "legacy-add", "add-device", "query-extra", "update-extra",
    ]
    static let events = ["HEARTBEAT", "COLOR_CHANGED", "RECORD_CHANGED", "RECORD_ADDED", "EXTRA_ADDED"]

    @Test func commandsAndEventsKeepTheirNames() throws {
        let info = try Self.info()
        #expect(info.names(meta: "command") == Self.commands)
        #expect(info.names(meta: "event") == Self.events)
        // Names are unique across meta-types.
        let names = info.entries.compactMap { $0.string("name") }
        #expect(Set(names).count == names.count)
    }

    @Test func typeNamesAreMaskedInOrderOfFirstUse() throws {
        let info = try Self.info()
        let builtins: Set<String> = ["str", "int", "number", "bool", "null", "any"]
        let types = info.entries.filter { !["command", "event"].contains($0.string("meta-type")) }
        var masked: [String] = []
        for t in types {
            let name = t.string("name") ?? ""
            if t.string("meta-type") == "builtin" {
                #expect(builtins.contains(name))
            } else if t.string("meta-type") == "array" {
                #expect(name.hasPrefix("[") && name.hasSuffix("]"))
            } else {
                #expect(!name.isEmpty && name.allSatisfy(\.isNumber), "\(name) is not masked")
                masked.append(name)
            }
        }
        // "0", "1", … with no gaps, each defined once…
        #expect(masked.sorted { Int($0)! < Int($1)! } == (0..<masked.count).map(String.init))
        // …and numbered in the order references first mention them.
        var firstUse: [String] = []
        for reference in info.references {
            let stem = String(reference.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" }))
            if stem.allSatisfy(\.isNumber), !firstUse.contains(stem) { firstUse.append(stem) }
        }
        #expect(firstUse == (0..<masked.count).map(String.init))
        // Concretely: the first command's argument type is the first type used,
        // and one type keeps one name wherever it is used.
        #expect(info["ping"].string("arg-type") == "0")
        #expect(info["set-options"].string("arg-type") == "1")
        #expect(info["describe-record"].string("arg-type") == "2")
        #expect(info["describe-record"].string("ret-type") == "2")
        #expect(info["RECORD_CHANGED"].string("arg-type") == "2")
        #expect(info["legacy-add"].string("ret-type") == info["RECORD_ADDED"].string("arg-type"))
        // No schema name leaks.
        for schemaName in ["Record", "DetailedRecord", "Color", "Shape", "q_empty", "q_obj_set-options-arg", "RecordList"] {
            #expect(info.named(schemaName) == nil)
        }
    }

    @Test func arraysAreNamedAfterTheirElementType() throws {
        let info = try Self.info()
        let arrays = info.entries.filter { $0.string("meta-type") == "array" }
        #expect(arrays.count == 5)
        for a in arrays {
            #expect(a.string("name") == "[" + (a.string("element-type") ?? "?") + "]")
        }
        let records = info["list-records"].string("ret-type") ?? ""
        #expect(records == "[" + (info["RECORD_ADDED"].string("arg-type") ?? "?") + "]")
        #expect(info[records].string("meta-type") == "array")
        #expect(info[info[records].string("element-type") ?? ""].objects("members").map { $0.string("name") } == ["id", "note"])
    }

    @Test func integerBuiltinsCollapseToInt() throws {
        let info = try Self.info()
        #expect(info.names(meta: "builtin").sorted() == ["any", "bool", "int", "null", "number", "str"])
        let jsonTypes = Dictionary(uniqueKeysWithValues: info.entries.filter { $0.string("meta-type") == "builtin" }
            .map { ($0.string("name")!, $0.string("json-type")!) })
        #expect(jsonTypes == ["str": "string", "int": "int", "number": "number", "bool": "boolean", "null": "null", "any": "value"])

        let builtins = info[info["check-builtins"].string("ret-type") ?? ""]
        let types = Dictionary(uniqueKeysWithValues: builtins.objects("members").map { ($0.string("name")!, $0.string("type")!) })
        for integer in ["int", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "size"] {
            #expect(types[integer] == "int", "\(integer)")
        }
        #expect(types["str"] == "str")
        #expect(types["number"] == "number")
        #expect(types["bool"] == "bool")
        #expect(types["null"] == "null")
        #expect(types["any"] == "any")
        // ['size'] and ['int'] are the same array type, [int].
        #expect(types["sizes"] == "[int]")
        #expect(info.names(meta: "array").filter { $0 == "[int]" }.count == 1)
        #expect(info["[int]"].string("element-type") == "int")
        // Integer members of other types too.
        let rect = info.entries.first { $0.objects("members").map { $0.string("name") } == ["width", "height"] }
        #expect(rect?.objects("members").map { $0.string("type") } == ["int", "int"])
    }

    @Test func optionalMembersCarryDefaultNull() throws {
        let info = try Self.info()
        let args = info[info["set-options"].string("arg-type") ?? ""]
        #expect(args.objects("members").map { $0.string("name") } == ["in", "case", "default", "values", "extra"])
        #expect(args.objects("members").map { $0["default"] } == [nil, nil, .null, .null, .null])
        // Everywhere: `default` is absent or null, and member objects have only
        // QEMU's keys.
        for e in info.entries where e.string("meta-type") == "object" {
            for m in e.objects("members") {
                #expect(m["default"] == nil || m["default"] == .null)
                #expect(Set(m.keys).isSubset(of: ["name", "type", "default", "features"]))
            }
        }
        let builtins = info[info["check-builtins"].string("ret-type") ?? ""]
        #expect(builtins.member("opt-any")?["default"] == .null)
        #expect(builtins.member("any")?["default"] == nil)
    }

    @Test func unionsFlattenTheirBaseAndListEveryCase() throws {
        let info = try Self.info()
        let empty = info["ping"].string("arg-type")

        // Inline base.
        let shape = info[info["draw"].string("arg-type") ?? ""]
        #expect(shape.string("meta-type") == "object")
        #expect(shape.objects("members").map { $0.string("name") } == ["kind", "label"])
        #expect(shape.string("tag") == "kind")
        let shapeVariants = shape.objects("variants")
        #expect(shapeVariants.map { $0.string("case") } == ["circle", "rect", "point", "1d-line"])
        #expect(shapeVariants.allSatisfy { Set($0.keys) == ["case", "type"] })
        #expect(info[shapeVariants[0].string("type") ?? ""].objects("members").map { $0.string("name") } == ["radius"])
        #expect(info[shapeVariants[1].string("type") ?? ""].objects("members").map { $0.string("name") } == ["width", "height"])
        // Tag values without a branch get QEMU's implicit empty branch (schema.py
        // adds a 'q_empty' variant for each), after the written ones.
        #expect(shapeVariants[2].string("type") == empty)
        #expect(shapeVariants[3].string("type") == empty)

        // Named base: its members are flattened into the union's.
        let device = info[info["add-device"].string("arg-type") ?? ""]
        #expect(device.objects("members").map { $0.string("name") } == ["id", "driver"])
        #expect(device.string("tag") == "driver")
        #expect(device.objects("variants").map { $0.string("case") } == ["vfio", "mdev", "none"])
        #expect(device.objects("variants").last?.string("type") == empty)
        #expect(info.memberType(device, "driver").string("meta-type") == "enum")

        // Structs have neither.
        let record = info[info["describe-record"].string("arg-type") ?? ""]
        #expect(record["tag"] == nil)
        #expect(record["variants"] == nil)
        // Base members come first.
        #expect(record.objects("members").prefix(2).map { $0.string("name") } == ["id", "note"])
    }

    @Test func alternatesListTheirMemberTypes() throws {
        let info = try Self.info()
        let setOptions = info[info["set-options"].string("arg-type") ?? ""]
        let values = info.memberType(setOptions, "values")
        let value = info[values.string("element-type") ?? ""]
        #expect(value.string("meta-type") == "alternate")
        let record = info["RECORD_ADDED"].string("arg-type") ?? "?"
        #expect(value.objects("members").map { $0.string("type") } == ["str", "number", "bool", "null", record, "[int]"])
        #expect(value.objects("members").allSatisfy { $0.keys == ["type"] })

        let level = info.memberType(info[info["x-frobnicate"].string("arg-type") ?? ""], "level")
        #expect(level.string("meta-type") == "alternate")
        let color = info.memberType(setOptions, "default").string("name")
        #expect(level.objects("members").map { $0.string("type") } == [color, "int"])
    }

    @Test func enumsHaveMembersAndValues() throws {
        let info = try Self.info()
        let color = info.memberType(info[info["set-options"].string("arg-type") ?? ""], "default")
        let names = ["red", "dark-green", "3d", "default", "sepia", "linux-blue"]
        #expect(color.string("meta-type") == "enum")
        #expect(color.objects("members").map { $0.string("name") } == names)
        #expect(color.strings("values") == names)
        #expect(color.objects("members").map { $0.strings("features") } == [nil, nil, nil, nil, ["deprecated"], ["unstable"]])
        // The prefix is a C matter: not introspected.
        #expect(Set(color.keys) == ["name", "meta-type", "members", "values"])

        let shape = info[info["draw"].string("arg-type") ?? ""]
        #expect(info.memberType(shape, "kind").strings("values") == ["circle", "rect", "point", "1d-line"])
    }

    @Test func featuresAppearOnlyWhenPresent() throws {
        let info = try Self.info()
        let withFeatures = info.entries.filter { $0["features"] != nil }.map { ($0.string("name")!, $0.strings("features")!) }
        let record = info["RECORD_ADDED"].string("arg-type") ?? "?"
        let legacy = info.memberType(info[info["check-builtins"].string("arg-type") ?? ""], "legacy").string("name") ?? "?"
        let value = info[info.memberType(info[info["set-options"].string("arg-type") ?? ""], "values")
            .string("element-type") ?? ""].string("name") ?? "?"
        #expect(record != legacy)
        #expect(withFeatures.map(\.0) == ["legacy_reset", "x-frobnicate", "COLOR_CHANGED", "RECORD_CHANGED", value, legacy])
        #expect(withFeatures.map(\.1) == [["deprecated"], ["unstable"], ["unstable"], ["deprecated"], ["shiny"], ["deprecated"]])

        // Member features.
        let detailed = info[info["describe-record"].string("arg-type") ?? ""]
        let memberFeatures = detailed.objects("members").filter { $0["features"] != nil }
        #expect(memberFeatures.map { $0.string("name") } == ["old-field", "linux-only"])
        #expect(memberFeatures.map { $0.strings("features") } == [["deprecated"], ["unstable"]])
        #expect(detailed.member("old-field")?.keys == ["name", "type", "features"])
    }

    @Test func allowOOBOnlyWhenSet() throws {
        let info = try Self.info()
        #expect(info.entries.filter { $0["allow-oob"] != nil }.map { $0.string("name") } == ["ping"])
        #expect(info["ping"]["allow-oob"] == .bool(true))
        // Preconfig and coroutine are not introspected.
        #expect(info.entries.allSatisfy { $0["allow-preconfig"] == nil && $0["coroutine"] == nil })
        #expect(info["legacy_reset"].keys == ["name", "meta-type", "features", "arg-type", "ret-type"])
    }

    @Test func commandsWithoutArgumentsOrReturnsPointToTheEmptyObject() throws {
        let info = try Self.info()
        let empty = info["ping"].string("arg-type") ?? "?"
        #expect(info[empty].string("meta-type") == "object")
        #expect(info[empty].keys == ["name", "meta-type", "members"])
        #expect(info[empty].objects("members").isEmpty)
        for (name, key) in [
            ("ping", "ret-type"), ("set-options", "ret-type"), ("query-counter", "arg-type"),
            ("legacy_reset", "arg-type"), ("legacy_reset", "ret-type"), ("add-device", "ret-type"),
            ("HEARTBEAT", "arg-type"),
        ] {
            #expect(info[name].string(key) == empty, "\(name) \(key)")
        }
        // A command with a return type or arguments does not.
        #expect(info["query-counter"].string("ret-type") == "int")
        #expect(info["echo"].string("ret-type") == "any")
        #expect(info["set-options"].string("arg-type") != empty)
        // The schema's own empty struct is a different type.
        let emptyStruct = info.memberType(info[info["check-builtins"].string("arg-type") ?? ""], "empty")
        #expect(emptyStruct.objects("members").isEmpty)
        #expect(emptyStruct.string("name") != empty)
    }

    @Test func onlyReachableTypesAppear() throws {
        let info = try Self.info()
        let defined = info.entries.filter { !["command", "event"].contains($0.string("meta-type")) }.compactMap { $0.string("name") }
        #expect(Set(defined) == Set(info.references))
        // `Unused` is used by nothing; `Win32Options` only by a compiled-out command.
        let memberLists = info.entries.map { $0.objects("members").compactMap { $0.string("name") } }
        #expect(!memberLists.contains(["unused"]))
        #expect(!memberLists.contains(["path"]))
        // Types used only through another type are reached.
        #expect(memberLists.contains(["Legacy_Name", "camelValue"]))
        #expect(memberLists.contains(["uuid"]))
        // But the Swift API has them all.
        _ = Unused(unused: "generated anyway")
        _ = Win32Options(path: "generated anyway")
    }

    @Test func falseConditionsAreLeftOut() throws {
        let info = try Self.info()
        #expect(info.named("win32-only") == nil)
        // True conditions keep a branch, a member and an enum value.
        let shape = info[info["draw"].string("arg-type") ?? ""]
        #expect(shape.objects("variants").contains { $0.string("case") == "rect" && $0.string("type") != info["ping"].string("arg-type") })
        #expect(info[info["describe-record"].string("arg-type") ?? ""].member("linux-only") != nil)
        #expect(info[info["set-options"].string("arg-type") ?? ""].member("default") != nil)
        // A compound condition that holds: { 'all': [ 'CONFIG_LINUX', { 'not': 'CONFIG_WIN32' } ] }.
        #expect(info.named("HEARTBEAT") != nil)
    }

    @Test func unmaskedNamesAreTheSchemaNames() throws {
        let info = try Self.info(unmask: true)
        #expect(info["ping"].string("arg-type") == "q_empty")
        #expect(info["set-options"].string("arg-type") == "q_obj_set-options-arg")
        #expect(info["describe-record"].string("arg-type") == "DetailedRecord")
        #expect(info["list-records"].string("ret-type") == "[Record]")
        #expect(info["draw"].string("arg-type") == "Shape")
        #expect(info["Shape"].objects("variants").last?.string("type") == "q_empty")
        // Integers still collapse.
        #expect(info["Builtins"].member("sizes")?.string("type") == "[int]")
        #expect(info["Builtins"].member("u8")?.string("type") == "int")
    }

    @Test func generatedSwiftHoldsTheSameData() throws {
        let fromSwift = try JSONStreamParser.parse(QAPITestAPI.QAPIIntrospection.json)
        #expect(fromSwift == .array(QAPIGenerator.introspection(try Self.loadSchema())))
    }
}

extension JSONObject {
    fileprivate func string(_ key: String) -> String? { self[key]?.stringValue }
    fileprivate func objects(_ key: String) -> [JSONObject] { self[key]?.arrayValue?.compactMap(\.objectValue) ?? [] }
    fileprivate func strings(_ key: String) -> [String]? { self[key]?.arrayValue?.map { $0.stringValue ?? "?" } }
    /// The member object named `name` in `members`.
    fileprivate func member(_ name: String) -> JSONObject? { objects("members").first { $0.string("name") == name } }
}
