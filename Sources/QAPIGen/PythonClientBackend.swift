import QAPISchema

/// Writes the generated half of the Python client (`iommud_client`): a
/// dataclass per object type, a class of constants per enum, the type table
/// the runtime decodes replies and events with, what the client knows of
/// each command (to compare with the daemon's schema at connect), and
/// `IommudClient`, one async method per command.
struct PythonClientBackend {
    let schema: Schema
    let header: String

    func generate() -> String {
        let walk = SchemaWalk(schema)
        // Event data of an implicit type gets a class of its own.
        let eventData: [(event: Event, type: ObjectType, className: String)] = walk.events.compactMap { e in
            guard let arg = e.argType else { return nil }
            return (e, arg, arg.isImplicit ? Self.camel(e.name) + "Data" : Self.className(arg.name))
        }
        let objects = walk.objects + eventData.filter { $0.type.isImplicit }.map(\.type)
        var out = """
            \(header.replacingOccurrences(of: "//", with: "#"))
            \"\"\"The schema as Python: dataclasses, enum constants, the type table
            and IommudClient's methods. Written by qapi-gen; edit the schema.\"\"\"
            from __future__ import annotations

            import dataclasses
            from typing import Any, Dict, List, Optional

            from ._runtime import ClientBase, Types


            """
        for e in walk.enums { out += enumClass(e) }
        for o in objects {
            let name = eventData.first { $0.type === o }?.className ?? Self.className(o.name)
            out += dataclass(o, name: name)
        }
        out += "TYPES = Types({\n"
        for e in walk.enums {
            out += "    \(Self.literal(e.name)): (\"enum\", [\(e.members.map { Self.literal($0.name) }.joined(separator: ", "))]),\n"
        }
        for a in walk.alternates {
            out += "    \(Self.literal(a.name)): (\"alternate\", [\(a.branches.map { Self.literal(typeRef($0.type)) }.joined(separator: ", "))]),\n"
        }
        for o in objects {
            let name = eventData.first { $0.type === o }?.className ?? Self.className(o.name)
            out += "    \(Self.literal(tableName(o, eventData))): \(tableEntry(o, className: name)),\n"
        }
        out += "})\n\n"
        out += "# What the client knows of each command: its argument members (wire names).\n"
        out += "COMMANDS: Dict[str, List[str]] = {\n"
        for c in walk.commands {
            out += "    \(Self.literal(c.name)): [\(SchemaWalk.argumentNames(of: c).map(Self.literal).joined(separator: ", "))],\n"
        }
        out += "}\n\n"
        out += "# Each event's data type in TYPES.\n"
        out += "EVENT_TYPES: Dict[str, str] = {\n"
        for (e, o, _) in eventData {
            out += "    \(Self.literal(e.name)): \(Self.literal(tableName(o, eventData))),\n"
        }
        out += "}\n\n"
        out += "SCHEMA_COMMANDS = \(walk.commands.count)\n\n\n"
        out += """
            class IommudClient(ClientBase):
                \"\"\"iommud's QMP: one async method per command (hyphens become
                underscores, arguments are keyword-only); results are the
                dataclasses above, errors IommudError.\"\"\"

                TYPES = TYPES
                COMMANDS = COMMANDS
                EVENT_TYPES = EVENT_TYPES

            """
        for c in walk.commands { out += method(c) }
        return out
    }

    // MARK: Pieces

    private func enumClass(_ e: EnumType) -> String {
        var out = "class \(Self.className(e.name)):\n"
        out += "    \"\"\"\(Self.docstring(DocText.summary(e.doc) ?? e.name))\"\"\"\n"
        for m in e.members {
            var constant = m.name.uppercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_")
            if constant.first?.isNumber == true { constant = "_" + constant }
            out += "    \(constant) = \(Self.literal(m.name))\n"
        }
        out += "    VALUES = (\(e.members.map { Self.literal($0.name) }.joined(separator: ", "))\(e.members.count == 1 ? "," : ""))\n\n\n"
        return out
    }

    private func dataclass(_ o: ObjectType, name: String) -> String {
        var out = "@dataclasses.dataclass\nclass \(name):\n"
        out += "    \"\"\"\(Self.docstring(DocText.summary(o.doc) ?? o.name))\"\"\"\n"
        for m in o.members {
            out += "    \(Self.pythonName(m.name)): Optional[\(typeHint(m.type))] = None\n"
        }
        if o.variants != nil {
            out += "    #: The members of the branch its tag selects, as that branch's dataclass.\n"
            out += "    variant: Any = None\n"
        }
        if o.members.isEmpty && o.variants == nil { out += "    pass\n" }
        return out + "\n\n"
    }

    private func tableName(_ o: ObjectType, _ eventData: [(event: Event, type: ObjectType, className: String)]) -> String {
        o.isImplicit ? (eventData.first { $0.type === o }?.className ?? o.name) : o.name
    }

    private func tableEntry(_ o: ObjectType, className: String) -> String {
        let members = o.members.map { m in
            "(\(Self.literal(m.name)), \(Self.literal(Self.pythonName(m.name))), \(Self.literal(typeRef(m.type))), \(m.optional ? "True" : "False"))"
        }
        var text = "(\"\(o.variants == nil ? "struct" : "union")\", \(className), [\(members.joined(separator: ", "))]"
        if let v = o.variants {
            let branches = v.branches.map { "\(Self.literal($0.name)): \(Self.literal($0.type.name))" }
            text += ", \(Self.literal(v.tag.name)), {\(branches.joined(separator: ", "))}"
        }
        return text + ")"
    }


    private func method(_ c: Command) -> String {
        let name = Self.pythonName(c.name)
        let members = c.argType?.members ?? []
        var parameters = ["self"]
        if !members.isEmpty || SchemaWalk.descriptorCommands.contains(c.name) || c.argType?.variants != nil { parameters.append("*") }
        if SchemaWalk.descriptorCommands.contains(c.name) { parameters.append("fd: int") }
        for m in members where !m.optional {
            parameters.append("\(Self.pythonName(m.name)): \(typeHint(m.type))")
        }
        for m in members where m.optional {
            parameters.append("\(Self.pythonName(m.name)): Optional[\(typeHint(m.type))] = None")
        }
        if c.argType?.variants != nil { parameters.append("**properties: Any") }
        let returns = c.retType.map(typeHint) ?? "None"
        var out = "    async def \(name)(\(parameters.joined(separator: ", "))) -> \(returns):\n"
        let doc = DocText.summary(c.doc) ?? c.name
        out += "        \"\"\"\(Self.docstring(doc))\"\"\"\n"
        if SchemaWalk.descriptorCommands.contains(c.name) { out += "        await self.send_fd(fd)\n" }
        var arguments = members.map { "\(Self.literal($0.name)): \(Self.pythonName($0.name))" }
        if c.argType?.variants != nil { arguments.append("**{k.replace(\"_\", \"-\"): v for k, v in properties.items()}") }
        let returnType = c.retType.map { Self.literal(typeRef($0)) } ?? "None"
        out += "        return await self._call(\(Self.literal(c.name)), {\(arguments.joined(separator: ", "))}, \(returnType))\n\n"
        return out
    }

    // MARK: Types

    private func typeRef(_ t: SchemaType) -> String {
        switch t {
        case let b as BuiltinType:
            switch b.json {
            case .int: return "int"
            case .string: return "str"
            case .boolean: return "bool"
            case .number: return "number"
            case .null: return "null"
            default: return "any"
            }
        case let a as ArrayType: return "[" + typeRef(a.element) + "]"
        default: return t.name
        }
    }

    private func typeHint(_ t: SchemaType) -> String {
        switch t {
        case let b as BuiltinType:
            switch b.json {
            case .int: return "int"
            case .string: return "str"
            case .boolean: return "bool"
            case .number: return "float"
            case .null: return "None"
            default: return "Any"
            }
        case let a as ArrayType: return "List[\(typeHint(a.element))]"
        case is EnumType: return "str"
        case is AlternateType: return "Any"
        case let o as ObjectType: return o.isImplicit ? "Any" : Self.className(o.name)
        default: return "Any"
        }
    }

    // MARK: Names and text

    static func pythonName(_ wire: String) -> String {
        var name = wire.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_")
        if pythonKeywords.contains(name) || name.first?.isNumber == true { name += "_" }
        return name
    }

    static func className(_ name: String) -> String {
        name.replacingOccurrences(of: "-", with: "_")
    }

    /// `DEVICE_DELETED` → `DeviceDeleted`.
    static func camel(_ name: String) -> String {
        name.split(whereSeparator: { $0 == "_" || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
            .joined()
    }

    static func literal(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func docstring(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { String($0.drop { $0 == " " }) }.joined(separator: " ")
        return flat.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"\"\"", with: "'''")
            .replacingOccurrences(of: "`", with: "")
    }

    static let pythonKeywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
}
