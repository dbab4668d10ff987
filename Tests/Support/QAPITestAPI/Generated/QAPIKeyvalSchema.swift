// Generated from Tests/Fixtures/qapi/good/all-features.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import QAPIRuntime

/// The commands' arguments as key=value text reads them (QEMU's keyval
/// input visitor): the command line's `--object` and `--device`.
public enum QAPIKeyvalSchema {
    /// Each command's argument type (commands that take arguments).
    public static let commands: [String: QAPIKeyvalType] = [
        "set-options": .object("q_obj_set-options-arg"),
        "describe-record": .object("DetailedRecord"),
        "draw": .object("Shape"),
        "list-records": .object("q_obj_list-records-arg"),
        "check-builtins": .object("q_obj_check-builtins-arg"),
        "echo": .object("q_obj_echo-arg"),
        "x-frobnicate": .object("q_obj_x-frobnicate-arg"),
        "legacy-add": .object("q_obj_legacy-add-arg"),
        "add-device": .object("Device"),
        "query-extra": .object("q_obj_query-extra-arg"),
        "update-extra": .object("ExtraInfo"),
    ]

    /// The object types the arguments reach, by schema name.
    public static let types: [String: QAPIKeyvalObject] = [
        "q_obj_set-options-arg": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("in", .string), QAPIKeyvalObject.Member("case", .signed), QAPIKeyvalObject.Member("default", .string, optional: true), QAPIKeyvalObject.Member("values", .list(.alternate([.string, .number, .boolean, .string, .object("Record"), .list(.signed)])), optional: true), QAPIKeyvalObject.Member("extra", .string, optional: true)]),
        "DetailedRecord": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("id", .string), QAPIKeyvalObject.Member("note", .string, optional: true), QAPIKeyvalObject.Member("colors", .list(.string)), QAPIKeyvalObject.Member("children", .list(.object("Record")), optional: true), QAPIKeyvalObject.Member("default", .boolean), QAPIKeyvalObject.Member("case", .signed), QAPIKeyvalObject.Member("long-member-name", .unsigned), QAPIKeyvalObject.Member("old-field", .signed), QAPIKeyvalObject.Member("linux-only", .string, optional: true)]),
        "Shape": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("kind", .string), QAPIKeyvalObject.Member("label", .string, optional: true)], tag: "kind", tagValues: ["circle", "rect", "point", "1d-line"], variants: ["circle": "Circle", "rect": "Rect"]),
        "q_obj_list-records-arg": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("filter", .string, optional: true)]),
        "q_obj_check-builtins-arg": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("builtins", .object("Builtins")), QAPIKeyvalObject.Member("legacy", .object("LegacyRecord"), optional: true), QAPIKeyvalObject.Member("empty", .object("Empty"), optional: true)]),
        "q_obj_echo-arg": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("value", .string)]),
        "q_obj_x-frobnicate-arg": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("level", .alternate([.string, .unsigned]))]),
        "q_obj_legacy-add-arg": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("driver", .string)]),
        "Device": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("id", .string), QAPIKeyvalObject.Member("driver", .string)], tag: "driver", tagValues: ["vfio", "mdev", "none"], variants: ["vfio": "VfioDevice", "mdev": "MdevDevice"]),
        "q_obj_query-extra-arg": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("color", .string, optional: true)]),
        "ExtraInfo": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("id", .string), QAPIKeyvalObject.Member("note", .string, optional: true), QAPIKeyvalObject.Member("weight", .size), QAPIKeyvalObject.Member("shape", .object("Shape"), optional: true)]),
        "Record": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("id", .string), QAPIKeyvalObject.Member("note", .string, optional: true)]),
        "Circle": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("radius", .number)]),
        "Rect": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("width", .unsigned), QAPIKeyvalObject.Member("height", .unsigned)]),
        "Builtins": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("str", .string), QAPIKeyvalObject.Member("int", .signed), QAPIKeyvalObject.Member("i8", .signed), QAPIKeyvalObject.Member("i16", .signed), QAPIKeyvalObject.Member("i32", .signed), QAPIKeyvalObject.Member("i64", .signed), QAPIKeyvalObject.Member("u8", .unsigned), QAPIKeyvalObject.Member("u16", .unsigned), QAPIKeyvalObject.Member("u32", .unsigned), QAPIKeyvalObject.Member("u64", .unsigned), QAPIKeyvalObject.Member("size", .size), QAPIKeyvalObject.Member("number", .number), QAPIKeyvalObject.Member("bool", .boolean), QAPIKeyvalObject.Member("null", .string), QAPIKeyvalObject.Member("any", .string), QAPIKeyvalObject.Member("opt-any", .string, optional: true), QAPIKeyvalObject.Member("sizes", .list(.size), optional: true)]),
        "LegacyRecord": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("Legacy_Name", .string), QAPIKeyvalObject.Member("camelValue", .signed)]),
        "Empty": QAPIKeyvalObject(members: []),
        "VfioDevice": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("host", .string), QAPIKeyvalObject.Member("iommufd", .string, optional: true)]),
        "MdevDevice": QAPIKeyvalObject(members: [QAPIKeyvalObject.Member("uuid", .string)]),
    ]

    /// A reader of these types.
    public static let input = QAPIKeyvalInput(types: types)
}
