import QAPISchema

/// Writes the generated half of the Swift client (`IommudClient`): a struct
/// per object type with every member optional (read leniently), a struct of
/// constants per enum (unknown values kept), one async method per command,
/// a typed accessor per event, and each command's arguments for the
/// comparison of schemas at connect.
struct SwiftClientBackend {
    let schema: Schema
    let header: String

    func swiftFile() -> String {
        let walk = SchemaWalk(schema)
        var eventTypes: [ObjectIdentifier: String] = [:]
        var implicitEvents: [ObjectType] = []
        for e in walk.events {
            guard let arg = e.argType, arg.isImplicit else { continue }
            eventTypes[ObjectIdentifier(arg)] = SwiftNames.upperCamel(e.name.lowercased()) + "Data"
            implicitEvents.append(arg)
        }
        var w = CodeWriter()
        w.line(header)
        w.line()
        w.line("import JSON")
        w.line()
        for e in walk.enums { enumStruct(e, &w) }
        for a in walk.alternates {
            w.doc(DocText.summary(a.doc))
            w.line("public typealias \(SwiftNames.typeName(a.name)) = JSONValue")
            w.line()
        }
        for o in walk.objects + implicitEvents {
            objectStruct(o, name: eventTypes[ObjectIdentifier(o)] ?? SwiftNames.typeName(o.name), &w)
        }
        w.block("extension IommudClient") { w in
            w.doc("What the client knows of each command: its argument members (wire names).")
            w.line("static let commandArguments: [String: [String]] = [")
            w.indent { w in
                for c in walk.commands {
                    w.line("\(c.name.swiftLiteral): [\(SchemaWalk.argumentNames(of: c).map(\.swiftLiteral).joined(separator: ", "))],")
                }
            }
            w.line("]")
            for c in walk.commands {
                w.line()
                method(c, &w)
            }
        }
        w.line()
        w.block("extension IommudEvent") { w in
            for e in walk.events {
                guard let arg = e.argType else { continue }
                let type = eventTypes[ObjectIdentifier(arg)] ?? SwiftNames.typeName(arg.name)
                w.doc("The data of \(e.name), when this is one.")
                w.line("public var \(SwiftNames.member(e.name.lowercased())): \(type)? { name == \(e.name.swiftLiteral) ? \(type).client(data) : nil }")
            }
        }
        return w.text
    }

    private func enumStruct(_ e: EnumType, _ w: inout CodeWriter) {
        let name = SwiftNames.typeName(e.name)
        w.doc(DocText.summary(e.doc))
        w.block("public struct \(name): ClientValue, RawRepresentable, Hashable") { w in
            w.line("public let rawValue: String")
            w.line("public init(rawValue: String) { self.rawValue = rawValue }")
            w.line("public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }")
            w.line("public var clientJSON: JSONValue { .string(rawValue) }")
            for m in e.members {
                w.line("public static let \(SwiftNames.member(m.name)) = Self(rawValue: \(m.name.swiftLiteral))")
            }
        }
        w.line()
    }

    private func objectStruct(_ o: ObjectType, name: String, _ w: inout CodeWriter) {
        w.doc(DocText.summary(o.doc))
        w.block("public struct \(name): ClientValue") { w in
            for m in o.members {
                w.doc(DocText.member(o.doc, m.name) ?? DocText.member(m.owner.doc, m.name))
                w.line("public var \(SwiftNames.member(m.name)): \(type(m.type))?")
            }
            if o.variants != nil {
                w.doc("The whole object, for the members of the branch its tag selects.")
                w.line("public var variant: JSONObject?")
            }
            let params = o.members.map { "\(SwiftNames.member($0.name)): \(type($0.type))? = nil" }
                + (o.variants != nil ? ["variant: JSONObject? = nil"] : [])
            w.block("public init(\(params.joined(separator: ", ")))") { w in
                for m in o.members { w.line("self.\(SwiftNames.afterDot(m.name)) = \(SwiftNames.member(m.name))") }
                if o.variants != nil { w.line("self.variant = variant") }
            }
            w.block("public static func client(_ json: JSONValue) -> Self?") { w in
                w.line("guard case .object(let o) = json else { return nil }")
                let args = o.members.map { m in
                    "\(SwiftNames.label(m.name)): o[\(m.name.swiftLiteral)].flatMap(\(type(m.type)).client)"
                } + (o.variants != nil ? ["variant: o"] : [])
                w.line("return Self(\(args.joined(separator: ", ")))")
            }
            w.block("public var clientJSON: JSONValue") { w in
                w.line("var o = \(o.variants != nil ? "variant ?? JSONObject()" : "JSONObject()")")
                for m in o.members {
                    w.line("if let v = \(SwiftNames.member(m.name)) { o[\(m.name.swiftLiteral)] = v.clientJSON }")
                }
                w.line("return .object(o)")
            }
        }
        w.line()
    }

    /// A test helper calling every command once with placeholder arguments
    /// (`quit` last): what each call came to, "ok" or the error's class.
    func everyCommandFile() -> String {
        let commands = SchemaWalk(schema).commands
        let ordered = commands.filter { $0.name != "quit" } + commands.filter { $0.name == "quit" }
        var w = CodeWriter()
        w.line(header)
        w.line()
        w.line("#if canImport(Glibc)")
        w.line("import Glibc")
        w.line("#endif")
        w.line("import IommudClient")
        w.line("import JSON")
        w.line()
        w.doc("Every command of the schema through the generated client, once.")
        w.block("enum EveryCommand") { w in
            w.line("static let count = \(ordered.count)")
            w.line()
            w.doc("Calls each command with placeholder arguments; `quit` goes last.")
            w.block("static func callAll(_ client: IommudClient) async -> [String: String]") { w in
                w.line("var outcome: [String: String] = [:]")
                w.line("func record(_ name: String, _ body: () async throws(IommudClientError) -> Void) async {")
                w.indent { w in
                    w.line("do throws(IommudClientError) { try await body(); outcome[name] = \"ok\" } catch {")
                    w.line("    if case .command(_, let errorClass, _, _) = error { outcome[name] = errorClass } else { outcome[name] = \"\\(error)\" }")
                    w.line("}")
                }
                w.line("}")
                for c in ordered {
                    let passesFD = SchemaWalk.descriptorCommands.contains(c.name)
                    var args: [String] = passesFD ? ["fd: fd"] : []
                    for m in c.argType?.members ?? [] where !m.optional {
                        args.append("\(SwiftNames.label(m.name)): \(placeholder(m.type))")
                    }
                    let call = "try await client.\(SwiftNames.member(c.name))(\(args.joined(separator: ", ")))"
                    let line = "await record(\(c.name.swiftLiteral)) { () throws(IommudClientError) in _ = \(call) }"
                    if passesFD {
                        // The client sends a copy (SCM_RIGHTS); this one is ours to close.
                        w.block("do") { w in
                            w.line("let fd = open(\"/dev/null\", O_RDONLY)")
                            w.line("defer { close(fd) }")
                            w.line(line)
                        }
                    } else {
                        w.line(line)
                    }
                }
                w.line("return outcome")
            }
        }
        return w.text
    }

    private func placeholder(_ t: SchemaType) -> String {
        switch t {
        case let b as BuiltinType:
            switch b.json {
            case .int: return "0"
            case .string: return "\"x\""
            case .boolean: return "false"
            case .number: return "0"
            default: return ".object(JSONObject())"
            }
        case is ArrayType: return "[]"
        case let e as EnumType: return ".init(rawValue: \((e.members.first?.name ?? "").swiftLiteral))"
        case let o as ObjectType where o.isImplicit: return ".object(JSONObject())"
        case is ObjectType: return ".init()"
        default: return ".object(JSONObject())"
        }
    }


    private func method(_ c: Command, _ w: inout CodeWriter) {
        let members = c.argType?.members ?? []
        var params: [String] = []
        if SchemaWalk.descriptorCommands.contains(c.name) { params.append("fd: Int32") }
        for m in members where !m.optional { params.append("\(SwiftNames.member(m.name)): \(type(m.type))") }
        for m in members where m.optional { params.append("\(SwiftNames.member(m.name)): \(type(m.type))? = nil") }
        if c.argType?.variants != nil { params.append("properties: [String: JSONValue] = [:]") }
        let returns: String
        let convert: String
        if let r = c.retType {
            if r is ArrayType {
                returns = type(r)
                convert = "\(type(r)).client(result) ?? []"
            } else if (r as? BuiltinType)?.json == .value {
                returns = "JSONValue"
                convert = "result"
            } else {
                returns = type(r) + "?"
                convert = "\(type(r)).client(result)"
            }
        } else {
            returns = ""
            convert = ""
        }
        w.doc(DocText.summary(c.doc))
        let signature = "public func \(SwiftNames.member(c.name))(\(params.joined(separator: ", "))) async throws(IommudClientError)"
        w.block(signature + (returns.isEmpty ? "" : " -> \(returns)")) { w in
            let mutable = !members.isEmpty
            w.line("\(mutable ? "var" : "let") a = JSONObject()")
            if c.argType?.variants != nil {
                w.line("for (key, value) in properties.sorted(by: { $0.key < $1.key }) { a[key] = value }")
            }
            for m in members {
                if m.optional {
                    w.line("if let v = \(SwiftNames.member(m.name)) { a[\(m.name.swiftLiteral)] = v.clientJSON }")
                } else {
                    w.line("a[\(m.name.swiftLiteral)] = \(SwiftNames.member(m.name)).clientJSON")
                }
            }
            let fd = SchemaWalk.descriptorCommands.contains(c.name) ? ", fd: fd" : ""
            if returns.isEmpty {
                w.line("_ = try await call(\(c.name.swiftLiteral), a\(fd))")
            } else {
                w.line("let result = try await call(\(c.name.swiftLiteral), a\(fd))")
                w.line("return \(convert)")
            }
        }
    }

    private func type(_ t: SchemaType) -> String {
        switch t {
        case let b as BuiltinType:
            switch b.json {
            case .int: return ["uint8", "uint16", "uint32", "uint64", "size"].contains(b.name) ? "UInt64" : "Int64"
            case .string: return "String"
            case .boolean: return "Bool"
            case .number: return "Double"
            default: return "JSONValue"
            }
        case let a as ArrayType: return "[\(type(a.element))]"
        case let o as ObjectType where o.isImplicit: return "JSONValue"
        default: return SwiftNames.typeName(t.name)
        }
    }
}
