import JSON
import QAPISchema
import QMP
import Testing

/// `query-commands` and `query-qmp-schema` must describe exactly the schema in
/// `schema/`, and the introspection data must be self-consistent.
@Suite struct IntrospectionConsistencyTests {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { if let s = path.lastIndex(of: "/") { path = String(path[..<s]) } }
        return path
    }()

    func schemaCommands() throws -> [String] {
        let schema = try SchemaChecker.load(path: Self.root + "/schema/qapi-schema.json")
        return schema.commands.map(\.name)
    }

    @Test func queryCommandsListsEverySchemaCommand() throws {
        let h = SessionHarness()
        h.negotiate()
        let listed = h.request(#"{"execute": "query-commands"}"#)["return"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(listed == (try schemaCommands()))
    }

    @Test func querySchemaDescribesEveryCommandAndResolvesEveryTypeName() throws {
        let h = SessionHarness()
        h.negotiate()
        guard let infos = h.request(#"{"execute": "query-qmp-schema"}"#)["return"]?.arrayValue else {
            Issue.record("no return")
            return
        }
        var byName: [String: JSONValue] = [:]
        for info in infos {
            let name = info["name"]?.stringValue ?? ""
            #expect(byName[name] == nil, "duplicate entity \(name)")
            byName[name] = info
        }
        let commands = infos.filter { $0["meta-type"] == "command" }.compactMap { $0["name"]?.stringValue }
        #expect(commands == (try schemaCommands()))
        #expect(byName["SHUTDOWN"]?["meta-type"] == "event")

        // Every type reference names an entity in the list.
        func check(_ ref: JSONValue?, _ context: String) {
            guard let name = ref?.stringValue else { Issue.record("missing type in \(context)"); return }
            #expect(byName[name] != nil, "\(context) refers to unknown '\(name)'")
        }
        for info in infos {
            let n = info["name"]?.stringValue ?? "?"
            switch info["meta-type"]?.stringValue {
            case "command": check(info["arg-type"], n); check(info["ret-type"], n)
            case "event": check(info["arg-type"], n)
            case "array": check(info["element-type"], n)
            case "object":
                for m in info["members"]?.arrayValue ?? [] { check(m["type"], n) }
                for v in info["variants"]?.arrayValue ?? [] { check(v["type"], n) }
            case "alternate":
                for m in info["members"]?.arrayValue ?? [] { check(m["type"], n) }
            default: break
            }
        }
        // Type names are masked; integer types collapse to "int".
        #expect(byName["VersionInfo"] == nil)
        #expect(byName["int64"] == nil)
        #expect(byName["int"]?["json-type"] == "int")
        let versionCommand = byName["query-version"]
        let versionType = versionCommand?["ret-type"]?.stringValue.flatMap { byName[$0] }
        let qemu = versionType?["members"]?.arrayValue?.first { $0["name"] == "qemu" }
        let triple = qemu?["type"]?.stringValue.flatMap { byName[$0] }
        #expect(triple?["members"]?.arrayValue?.map { $0["type"] } == ["int", "int", "int"])
    }
}
