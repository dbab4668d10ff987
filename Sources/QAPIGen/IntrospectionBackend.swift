import JSON
import QAPISchema

/// Builds the `query-qmp-schema` answer as QEMU's `introspect.py` does: commands
/// and events by name, every type they reach with its name masked to a number,
/// integer built-ins collapsed to `int`, arrays named `[element]`, optional
/// members carrying `"default": null`.
struct IntrospectionBackend {
    let schema: Schema
    /// Keep real type names (QEMU's `--unmask-non-abi-names`, for debugging).
    var unmask = false

    private final class State {
        var names: [ObjectIdentifier: String] = [:]
        var used: [SchemaType] = []
    }

    /// The SchemaInfo list.
    func build() -> [JSONValue] {
        let state = State()
        var result: [JSONValue] = []
        // Commands and events first, in source order; every type they reach is
        // queued (and numbered) on first use, then described.
        struct Roots: SchemaVisitor {
            var commandsAndEvents: [SchemaEntity] = []
            mutating func visitCommand(_ command: Command) { commandsAndEvents.append(command) }
            mutating func visitEvent(_ event: Event) { commandsAndEvents.append(event) }
        }
        var roots = Roots()
        schema.visit(&roots)
        for e in roots.commandsAndEvents {
            if let c = e as? Command {
                var o = base(c.name, "command", c.features)
                o.appendUnchecked("arg-type", .string(use(c.argType ?? schema.emptyObject, state)))
                o.appendUnchecked("ret-type", .string(use(c.retType ?? schema.emptyObject, state)))
                if c.allowOOB { o.appendUnchecked("allow-oob", .bool(true)) }
                result.append(.object(o))
            } else if let ev = e as? Event {
                var o = base(ev.name, "event", ev.features)
                o.appendUnchecked("arg-type", .string(use(ev.argType ?? schema.emptyObject, state)))
                result.append(.object(o))
            }
        }
        var index = 0
        while index < state.used.count {
            let t = state.used[index]
            index += 1
            result.append(.object(describe(t, state)))
        }
        return result
    }

    private func canonical(_ t: SchemaType) -> SchemaType {
        if let b = t as? BuiltinType, b.json == .int, let int = schema.type(named: "int") { return int }
        return t
    }

    private func use(_ type: SchemaType, _ state: State) -> String {
        let t = canonical(type)
        if let a = t as? ArrayType {
            let element = use(a.element, state)
            let key = ObjectIdentifier(canonical(a.element))
            if !state.used.contains(where: { ($0 as? ArrayType).map { ObjectIdentifier(canonical($0.element)) == key } ?? false }) {
                state.used.append(a)
            }
            return "[" + element + "]"
        }
        let id = ObjectIdentifier(t)
        if let name = state.names[id] { return name }
        let name: String
        if t is BuiltinType || unmask {
            name = t.name
        } else {
            name = String(state.names.values.filter { $0.first?.isNumber == true }.count)
        }
        state.names[id] = name
        state.used.append(t)
        return name
    }

    private func base(_ name: String, _ meta: String, _ features: [Feature]) -> JSONObject {
        var o = JSONObject()
        o.appendUnchecked("name", .string(name))
        o.appendUnchecked("meta-type", .string(meta))
        if !features.isEmpty { o.appendUnchecked("features", .array(features.map { .string($0.name) })) }
        return o
    }

    private func describe(_ t: SchemaType, _ state: State) -> JSONObject {
        let name = use(t, state)
        switch t {
        case let b as BuiltinType:
            var o = base(name, "builtin", [])
            o.appendUnchecked("json-type", .string(b.json.rawValue))
            return o
        case let e as EnumType:
            var o = base(name, "enum", e.features)
            o.appendUnchecked("members", .array(e.members.map { m in
                var mo = JSONObject()
                mo.appendUnchecked("name", .string(m.name))
                if !m.features.isEmpty { mo.appendUnchecked("features", .array(m.features.map { .string($0.name) })) }
                return .object(mo)
            }))
            o.appendUnchecked("values", .array(e.members.map { .string($0.name) }))
            return o
        case let a as ArrayType:
            var o = base(name, "array", [])
            o.appendUnchecked("element-type", .string(use(a.element, state)))
            return o
        case let obj as ObjectType:
            var o = base(name, "object", obj.features)
            o.appendUnchecked("members", .array(obj.members.map { m in
                var mo = JSONObject()
                mo.appendUnchecked("name", .string(m.name))
                mo.appendUnchecked("type", .string(use(m.type, state)))
                if m.optional { mo.appendUnchecked("default", .null) }
                if !m.features.isEmpty { mo.appendUnchecked("features", .array(m.features.map { .string($0.name) })) }
                return .object(mo)
            }))
            if let v = obj.variants {
                // As in QEMU's schema.py, a tag value without a branch has an
                // implicit branch of the empty object type, listed after the
                // written ones.
                let uncovered = v.tagType.members.filter { v.branch(for: $0.name) == nil }
                let cases = v.branches.map { ($0.name, $0.type) } + uncovered.map { ($0.name, schema.emptyObject) }
                o.appendUnchecked("tag", .string(v.tag.name))
                o.appendUnchecked("variants", .array(cases.map { (name, type) in
                    var vo = JSONObject()
                    vo.appendUnchecked("case", .string(name))
                    vo.appendUnchecked("type", .string(use(type, state)))
                    return .object(vo)
                }))
            }
            return o
        case let alt as AlternateType:
            var o = base(name, "alternate", alt.features)
            o.appendUnchecked("members", .array(alt.branches.map { b in
                var mo = JSONObject()
                mo.appendUnchecked("type", .string(use(b.type, state)))
                return .object(mo)
            }))
            return o
        default:
            return base(name, "builtin", [])
        }
    }

    /// The Swift source holding the introspection data, one entity per line.
    func swiftFile(header: String) -> String {
        let lines = build().map { "    " + JSONWriter.string($0) }
        var w = CodeWriter()
        w.line(header)
        w.line()
        w.doc("The answer to `query-qmp-schema`, in QEMU's `SchemaInfo` format.")
        w.block("public enum QAPIIntrospection") { w in
            w.doc("The SchemaInfo list as JSON text, one entity per line.")
            w.line("public static let json: String = #\"\"\"")
            w.line("    [")
            for (i, l) in lines.enumerated() { w.line(l + (i + 1 < lines.count ? "," : "")) }
            w.line("    ]")
            w.line("    \"\"\"#")
        }
        return w.text
    }
}
