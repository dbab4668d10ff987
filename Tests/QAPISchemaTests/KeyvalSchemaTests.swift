import JSON
import QAPIRuntime
import QAPITestAPI
import Testing

/// The generated keyval types of the all-features schema: every built-in
/// keeps its exact type (introspection's `int` is `size` here), and
/// nested objects, lists, unions and alternates read key=value text as
/// QEMU's keyval visitor does.
@Suite struct KeyvalSchemaTests {
    func read(_ command: String, _ text: String) throws(QMPError) -> JSONValue {
        let parsed = try QAPIKeyval.parse(text)
        return try QAPIKeyvalSchema.input.convert(.object(parsed.object), as: QAPIKeyvalSchema.commands[command] ?? .string)
    }

    @Test func builtinsKeepTheirExactTypes() throws {
        let text = "builtins.str=s,builtins.int=-0x10,builtins.i8=7,builtins.i16=1,builtins.i32=1,builtins.i64=1,"
            + "builtins.u8=255,builtins.u16=1,builtins.u32=1,builtins.u64=18446744073709551615,builtins.size=1k,"
            + "builtins.number=2.5,builtins.bool=on,builtins.null=,builtins.any=x,builtins.sizes.0=1M,builtins.sizes.1=0x10"
        let b = try read("check-builtins", text)["builtins"]
        #expect(b?["int"] == -16 && b?["u64"] == .uint(UInt64.max) && b?["size"] == 1024)
        #expect(b?["number"] == 2.5 && b?["bool"] == true && b?["str"] == "s" && b?["any"] == "x")
        #expect(b?["sizes"] == [1_048_576, 16])
    }

    @Test func nestedListsOfObjectsAndUnionBranches() throws {
        let r = try read("describe-record", "id=r,colors.0=red,colors.1=blue,children.0.id=c,default=no,case=3,long-member-name=4,old-field=5")
        #expect(r == ["id": "r", "colors": ["red", "blue"], "children": [["id": "c"]], "default": false, "case": 3,
                      "long-member-name": 4, "old-field": 5])
        #expect(try read("draw", "kind=circle,radius=1.5") == ["kind": "circle", "radius": 1.5])
        #expect(try read("draw", "kind=rect,width=0x2,height=3") == ["kind": "rect", "width": 2, "height": 3])
        #expect(throws: QMPError.invalidValue(.root.member("width"), expects: "integer")) { try read("draw", "kind=rect,width=2k,height=1") }
        #expect(throws: QMPError.missing(.root.member("colors"))) { try read("describe-record", "id=r,default=no") }
        #expect(throws: QMPError.missing(.root.member("children").element(0).member("id"))) {
            try read("describe-record", "id=r,colors.0=a,children.0.note=n")
        }
    }

    @Test func alternatesPreferTheirStringBranch() throws {
        // A string branch takes the text as it is; the command decides.
        #expect(try read("x-frobnicate", "level=5") == ["level": "5"])
    }
}
