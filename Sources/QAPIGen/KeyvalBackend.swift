import QAPISchema

/// Writes `QAPIKeyvalSchema.swift`: every command's argument type as
/// key=value text reads it (`QAPIKeyvalType`), with the exact built-in
/// types introspection collapses (a `size` takes suffixes, an `int` does
/// not), so `--object` and `--device` read their values as QEMU's keyval
/// input visitor does.
struct KeyvalBackend {
    let schema: Schema

    private final class State {
        var objects: [String: ObjectType] = [:]
        var queue: [ObjectType] = []
    }

    func swiftFile(header: String) -> String {
        let state = State()
        let commands = SchemaWalk(schema).commands
        var w = CodeWriter()
        w.line(header)
        w.line()
        w.line("import QAPIRuntime")
        w.line()
        w.doc("""
            The commands' arguments as key=value text reads them (QEMU's keyval
            input visitor): the command line's `--object` and `--device`.
            """)
        w.block("public enum QAPIKeyvalSchema") { w in
            w.doc("Each command's argument type (commands that take arguments).")
            w.line("public static let commands: [String: QAPIKeyvalType] = [")
            w.indent { w in
                for c in commands {
                    guard let arg = c.argType, !arg.isEmpty else { continue }
                    w.line("\(c.name.swiftLiteral): \(type(arg, state)),")
                }
            }
            w.line("]")
            w.line()
            w.doc("The object types the arguments reach, by schema name.")
            w.line("public static let types: [String: QAPIKeyvalObject] = [")
            w.indent { w in
                var index = 0
                while index < state.queue.count {
                    let o = state.queue[index]
                    index += 1
                    w.line("\(o.name.swiftLiteral): \(object(o, state)),")
                }
            }
            w.line("]")
            w.line()
            w.doc("A reader of these types.")
            w.line("public static let input = QAPIKeyvalInput(types: types)")
        }
        return w.text
    }

    private func type(_ t: SchemaType, _ state: State) -> String {
        switch t {
        case let b as BuiltinType:
            switch b.name {
            case "int", "int8", "int16", "int32", "int64": return ".signed"
            case "uint8", "uint16", "uint32", "uint64": return ".unsigned"
            case "size": return ".size"
            case "bool": return ".boolean"
            case "number": return ".number"
            default: return ".string"
            }
        case is EnumType:
            return ".string"
        case let a as ArrayType:
            return ".list(\(type(a.element, state)))"
        case let o as ObjectType:
            if state.objects[o.name] == nil {
                state.objects[o.name] = o
                state.queue.append(o)
            }
            return ".object(\(o.name.swiftLiteral))"
        case let alt as AlternateType:
            return ".alternate([\(alt.branches.map { type($0.type, state) }.joined(separator: ", "))])"
        default:
            return ".string"
        }
    }

    private func object(_ o: ObjectType, _ state: State) -> String {
        let members = o.members.map { m in
            "QAPIKeyvalObject.Member(\(m.name.swiftLiteral), \(type(m.type, state))\(m.optional ? ", optional: true" : ""))"
        }
        var text = "QAPIKeyvalObject(members: [\(members.joined(separator: ", "))]"
        if let v = o.variants {
            let values = v.tagType.members.map { $0.name.swiftLiteral }
            let branches = v.branches.map { "\($0.name.swiftLiteral): \(type($0.type, state).dropFirst(".object(".count).dropLast())" }
            text += ", tag: \(v.tag.name.swiftLiteral), tagValues: [\(values.joined(separator: ", "))]"
            text += ", variants: [\(branches.isEmpty ? ":" : branches.joined(separator: ", "))]"
        }
        return text + ")"
    }
}
