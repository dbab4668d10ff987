import JSON
import QAPIRuntime
import QMPAPI
import Testing

/// QEMU's key=value syntax and its typed reading, as `--object` and
/// `--device` use them; the error texts are qemu-storage-daemon's for the
/// same input (checked against QEMU 10.0's binary).
@Suite struct KeyvalTests {
    func parse(_ text: String, implied: String? = "qom-type") throws(QMPError) -> JSONValue {
        .object(try QAPIKeyval.parse(text, impliedKey: implied).object)
    }

    func parseError(_ text: String, implied: String? = "qom-type") -> String? {
        do {
            _ = try parse(text, implied: implied)
            return nil
        } catch {
            return error.desc
        }
    }

    @Test func pairsNestedKeysListsAndTheImpliedKey() throws {
        #expect(try parse("memory-backend-memfd,id=m,size=1G") == ["qom-type": "memory-backend-memfd", "id": "m", "size": "1G"])
        // ",," is a comma in a value; a trailing comma ends nothing.
        #expect(try parse("id=a,,b,,,x=1,") == ["id": "a,b,", "x": "1"])
        #expect(try parse("a.b=1,a.c.d=2,l.1=y,l.0=x") == ["a": ["b": "1", "c": ["d": "2"]], "l": ["x", "y"]])
        // The last of repeated keys wins; an empty value is a value.
        #expect(try parse("size=1G,size=2G,share=") == ["size": "2G", "share": ""])
        #expect(try parse("") == [:])
        // The implied key is only for a first value without '='.
        #expect(try parse("id=m") == ["id": "m"])
    }

    @Test(arguments: [
        ("memory-backend-memfd,id=m,size", "Expected '=' after parameter 'size'"),
        ("memory-backend-memfd,memory-backend-file,id=m", "Expected '=' after parameter 'memory-backend-file'"),
        ("id=m,=1", "Invalid parameter ''"),
        ("id=m,a..b=1", "Invalid parameter 'a..b'"),
        ("id=m,1a=1", "Invalid parameter '1a'"),
        ("id=m,a.b=1,a=2", "Parameters 'a.*' used inconsistently"),
        ("size=2G,size.x=1", "Parameters 'size.*' used inconsistently"),
        ("l.0=x,l.2=z", "Parameter 'l.1' missing"),
        ("l.0=x,l.a=z", "Parameters 'l.*' used inconsistently"),
    ])
    func malformedText(text: String, desc: String) {
        #expect(parseError(text) == desc)
    }

    @Test func withoutAnImpliedKeyEveryPairNeedsItsKey() {
        #expect(parseError("vfio-pci,id=x", implied: nil) == "No implicit parameter name for value 'vfio-pci'")
    }

    @Test func helpIsAFlagNotAParameter() throws {
        let alone = try QAPIKeyval.parse("help", impliedKey: "qom-type")
        #expect(alone.help && alone.object.isEmpty)
        let typed = try QAPIKeyval.parse("memory-backend-memfd,?", impliedKey: "qom-type")
        #expect(typed.help && JSONValue.object(typed.object) == ["qom-type": "memory-backend-memfd"])
        #expect(try QAPIKeyval.parse("id=help", impliedKey: "qom-type").help == false)
    }

    func object(_ text: String) throws(QMPError) -> JSONValue {
        try QAPIKeyvalSchema.input.convert(try parse(text), as: .object("ObjectOptions"))
    }

    func objectError(_ text: String) -> String? {
        do {
            _ = try object(text)
            return nil
        } catch {
            return error.desc
        }
    }

    @Test(arguments: [
        ("1G", 1 << 30), ("1g", 1 << 30), ("2M", 2 << 20), ("4k", 4096), ("4K", 4096), ("512B", 512), ("512", 512),
        ("1.5k", 1536), ("0.5M", 512 << 10), ("0x10", 16), ("010", 10), (" 2M", 2 << 20), ("1E", 1 << 60),
        ("18446744073709551615", UInt64.max),
    ] as [(String, UInt64)])
    func sizesTakeQEMUsSuffixes(text: String, bytes: UInt64) throws {
        let o = try object("memory-backend-memfd,id=m,size=\(text)")
        #expect(o["size"] == bytes.qapiJSON)
    }

    @Test(arguments: ["1X", "16E", "-1", "1.5", "1.5B", "0x1k", "", "k", "18446744073709551616", ".5k", "1 G"])
    func malformedSizes(text: String) {
        #expect(objectError("memory-backend-memfd,id=m,size=\(text)") == "Parameter 'size' expects size")
    }

    @Test func booleansTakeQEMUsWords() throws {
        for (word, value) in [("on", true), ("yes", true), ("true", true), ("y", true),
                              ("off", false), ("no", false), ("false", false), ("n", false)] {
            let o = try object("memory-backend-memfd,id=m,size=1M,share=\(word)")
            #expect(o["share"] == .bool(value), "\(word)")
        }
        #expect(objectError("memory-backend-memfd,id=m,size=1M,share=1") == "Parameter 'share' expects 'on' or 'off'")
        #expect(objectError("memory-backend-memfd,id=m,size=1M,share=maybe") == "Parameter 'share' expects 'on' or 'off'")
    }

    @Test func integersAreDecimalHexOrOctalAndNeverSized() throws {
        let input = QAPIKeyvalSchema.input
        func dimm(_ addr: String) -> JSONValue { ["driver": "pc-dimm", "id": "d", "memdev": "m", "addr": .string(addr)] }
        #expect(try input.convert(dimm("0x100000000"), as: .object("DeviceOptions"))["addr"] == 4_294_967_296)
        #expect(try input.convert(dimm("010"), as: .object("DeviceOptions"))["addr"] == 8)
        #expect(try input.convert(dimm("0"), as: .object("DeviceOptions"))["addr"] == 0)
        for bad in ["4G", "-1", "0x", "08", "1.0", "18446744073709551616"] {
            #expect(throws: QMPError.invalidValue(.root.member("addr"), expects: "integer")) {
                try input.convert(dimm(bad), as: .object("DeviceOptions"))
            }
        }
    }

    @Test func errorsComeInSchemaOrder() {
        // As QEMU's visitor: the union's tag and base first, then the branch.
        #expect(objectError("id=m,size=1G") == "Parameter 'qom-type' is missing")
        #expect(objectError("nosuch,id=m") == "Parameter 'qom-type' does not accept value 'nosuch'")
        #expect(objectError("memory-backend-memfd,size=1X") == "Parameter 'id' is missing")
        #expect(objectError("memory-backend-memfd,id=m,hugetlbsize=1Q") == "Parameter 'size' is missing")
        #expect(objectError("memory-backend-memfd,id=m,size=1M,hugetlbsize=1Q") == "Parameter 'hugetlbsize' expects size")
        // Members the schema does not know are left for the command.
        #expect(objectError("memory-backend-memfd,id=m,size=1M,bogus=1") == nil)
    }

    @Test func everyCommandWithArgumentsHasAKeyvalType() throws {
        #expect(QAPIKeyvalSchema.commands["object-add"] == .object("ObjectOptions"))
        #expect(QAPIKeyvalSchema.commands["device_add"] == .object("DeviceOptions"))
        #expect(QAPIKeyvalSchema.commands["query-version"] == nil)
        for case .object(let name) in QAPIKeyvalSchema.commands.values {
            #expect(QAPIKeyvalSchema.types[name] != nil, "\(name)")
        }
    }
}
