import QAPISchema

/// Emits the Swift API of a schema: value types, one command protocol per
/// module, event emitters, and the dispatch table.
struct SwiftBackend {
    let schema: Schema
    let header: String

    /// File name → contents.
    func generate() throws(GeneratorError) -> [(String, String)] {
        try checkSwiftNames()
        var files: [(String, String)] = []
        for module in schema.modules {
            let entities = schema.entities.filter { $0.module == module }
            guard !entities.isEmpty else { continue }
            var w = CodeWriter()
            w.line(header)
            w.line()
            w.line("import JSON")
            w.line("import QAPIRuntime")
            for e in entities {
                switch e {
                case let t as EnumType: w.line(); emitEnum(t, &w)
                case let t as ObjectType where t.variants != nil: w.line(); emitUnion(t, &w)
                case let t as ObjectType: w.line(); emitStruct(t, &w)
                case let t as AlternateType: w.line(); emitAlternate(t, &w)
                default: break
                }
            }
            let commands = entities.compactMap { $0 as? Command }
            if !commands.isEmpty { w.line(); emitCommandProtocol(module, commands, &w) }
            let events = entities.compactMap { $0 as? Event }
            if !events.isEmpty { w.line(); emitEvents(events, &w) }
            files.append(("QAPI+\(SwiftNames.upperCamel(module)).swift", w.text))
        }
        files.append(("QAPIDispatch.swift", dispatchFile()))
        return files
    }

    /// Swift names must stay distinct where schema names are (`a-b` vs `aB`).
    func checkSwiftNames() throws(GeneratorError) {
        var seen: [String: String] = [:]
        for e in schema.entities {
            let swift = e is Command ? SwiftNames.lowerCamel(e.name) : (e is Event ? "emit" + SwiftNames.upperCamel(e.name) : SwiftNames.typeName(e.name))
            if let other = seen[swift] {
                throw GeneratorError("\(e.describe) and '\(other)' map to the same Swift name '\(swift)'")
            }
            seen[swift] = e.name
        }
    }

    // MARK: Types

    func memberDoc(_ m: ObjectMember, fallback: DocComment?) -> String? {
        let doc = m.owner.isImplicit ? fallback : m.owner.doc
        return DocText.member(doc, m.name)
    }

    func emitEnum(_ t: EnumType, _ w: inout CodeWriter) {
        w.doc(DocText.summary(t.doc))
        w.block("public enum \(SwiftNames.typeName(t.name)): String, QAPIEnum") { w in
            for m in t.members {
                w.doc(DocText.member(t.doc, m.name))
                w.line("case \(SwiftNames.member(m.name)) = \(m.name.swiftLiteral)")
            }
        }
    }

    func declareMembers(_ members: [ObjectMember], doc: DocComment?, _ w: inout CodeWriter) {
        for m in members {
            w.doc(memberDoc(m, fallback: doc))
            w.line("public var \(SwiftNames.member(m.name)): \(SwiftNames.swiftType(m.type))\(m.optional ? "?" : "")")
        }
    }

    func initParameters(_ members: [ObjectMember]) -> String {
        members.map { m in
            "\(SwiftNames.member(m.name)): \(SwiftNames.swiftType(m.type))\(m.optional ? "? = nil" : "")"
        }.joined(separator: ", ")
    }

    func decodeLine(_ m: ObjectMember, object: String = "object", path: String = "path") -> String {
        "try QAPIDecoding.\(m.optional ? "optional" : "member")(\(object), \(m.name.swiftLiteral), at: \(path))"
    }

    func emitStruct(_ t: ObjectType, _ w: inout CodeWriter) {
        let name = SwiftNames.typeName(t.name)
        let members = t.members
        w.doc(DocText.summary(t.doc))
        w.block("public struct \(name): Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable") { w in
            declareMembers(members, doc: t.doc, &w)
            if !members.isEmpty { w.line() }
            w.doc("Creates a value from its members.")
            w.block("public init(\(initParameters(members)))") { w in
                for m in members { w.line("self.\(SwiftNames.lowerCamel(m.name)) = \(SwiftNames.member(m.name))") }
            }
            w.line()
            w.line("public static let qapiMemberNames: [String] = [\(members.map { $0.name.swiftLiteral }.joined(separator: ", "))]")
            w.line()
            w.block("public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError)") { w in
                for m in members { w.line("self.\(SwiftNames.lowerCamel(m.name)) = \(decodeLine(m))") }
            }
            w.line()
            w.block("public func qapiEncodeMembers(into object: inout JSONObject)") { w in
                for m in members {
                    w.line("QAPIEncoding.put(&object, \(m.name.swiftLiteral), \(SwiftNames.member(m.name)))")
                }
            }
        }
    }

    func emitUnion(_ t: ObjectType, _ w: inout CodeWriter) {
        guard let variants = t.variants else { return }
        let name = SwiftNames.typeName(t.name)
        let tagName = variants.tag.name
        let stored = t.members.filter { $0.name != tagName }
        let tagType = SwiftNames.typeName(variants.tagType.name)
        w.doc(DocText.summary(t.doc))
        w.block("public struct \(name): Sendable, Hashable, QAPIDecodable, QAPIObjectEncodable") { w in
            declareMembers(stored, doc: t.doc, &w)
            w.doc("The branch selected by `\(tagName)`, with its members.")
            w.line("public var branch: Branch")
            w.line()
            w.doc("The branches of the union, one per value of `\(variants.tagType.name)`.")
            w.block("public enum Branch: Sendable, Hashable") { w in
                for value in variants.tagType.members {
                    if let b = variants.branch(for: value.name) {
                        w.line("case \(SwiftNames.member(value.name))(\(SwiftNames.typeName(b.type.name)))")
                    } else {
                        w.line("case \(SwiftNames.member(value.name))")
                    }
                }
            }
            w.line()
            w.doc(DocText.member(t.base?.isImplicit == true ? t.doc : t.base?.doc, tagName) ?? "The discriminator.")
            w.block("public var \(SwiftNames.member(tagName)): \(tagType)") { w in
                w.block("switch branch") { w in
                    for value in variants.tagType.members {
                        let pattern = variants.branch(for: value.name) != nil ? "(_)" : ""
                        w.line("case .\(SwiftNames.lowerCamel(value.name))\(pattern): return .\(SwiftNames.lowerCamel(value.name))")
                    }
                }
            }
            w.line()
            w.doc("Creates a value from its members.")
            let params = [initParameters(stored), "branch: Branch"].filter { !$0.isEmpty }.joined(separator: ", ")
            w.block("public init(\(params))") { w in
                for m in stored { w.line("self.\(SwiftNames.lowerCamel(m.name)) = \(SwiftNames.member(m.name))") }
                w.line("self.branch = branch")
            }
            w.line()
            w.block("public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError)") { w in
                w.line("let object = try QAPIDecoding.object(value, at: path)")
                for m in t.members {
                    if m.name == tagName {
                        w.line("let tag: \(tagType) = \(decodeLine(m))")
                    } else {
                        w.line("self.\(SwiftNames.lowerCamel(m.name)) = \(decodeLine(m))")
                    }
                }
                w.line("var known: [String] = [\(t.members.map { $0.name.swiftLiteral }.joined(separator: ", "))]")
                w.block("switch tag") { w in
                    for value in variants.tagType.members {
                        let c = SwiftNames.lowerCamel(value.name)
                        if let b = variants.branch(for: value.name) {
                            let bt = SwiftNames.typeName(b.type.name)
                            w.line("case .\(c):")
                            w.indent { w in
                                w.line("branch = .\(c)(try \(bt)(qapiMembersOf: object, at: path))")
                                w.line("known += \(bt).qapiMemberNames")
                            }
                        } else {
                            w.line("case .\(c): branch = .\(c)")
                        }
                    }
                }
                w.line("try QAPIDecoding.rejectUnexpected(object, known: known, at: path)")
            }
            w.line()
            w.block("public func qapiEncodeMembers(into object: inout JSONObject)") { w in
                for m in t.members {
                    let ident = m.name == tagName ? SwiftNames.member(tagName) : SwiftNames.member(m.name)
                    w.line("QAPIEncoding.put(&object, \(m.name.swiftLiteral), \(ident))")
                }
                if !variants.branches.isEmpty {
                    w.block("switch branch") { w in
                        for b in variants.branches {
                            w.line("case .\(SwiftNames.lowerCamel(b.name))(let members): members.qapiEncodeMembers(into: &object)")
                        }
                        if variants.branches.count < variants.tagType.members.count {
                            w.line("default: break")
                        }
                    }
                }
            }
        }
    }

    func emitAlternate(_ t: AlternateType, _ w: inout CodeWriter) {
        let name = SwiftNames.typeName(t.name)
        w.doc(DocText.summary(t.doc))
        w.block("public enum \(name): Sendable, Hashable, QAPIDecodable, QAPIEncodable") { w in
            for b in t.branches {
                w.doc(DocText.member(t.doc, b.name))
                w.line("case \(SwiftNames.member(b.name))(\(SwiftNames.swiftType(b.type)))")
            }
            w.line()
            w.block("public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError)") { w in
                w.block("switch value") { w in
                    for b in t.branches {
                        let pattern: String
                        switch b.type.wireType {
                        case .string: pattern = ".string"
                        case .int: pattern = ".int, .uint"
                        case .number: pattern = ".int, .uint, .double"
                        case .boolean: pattern = ".bool"
                        case .null: pattern = ".null"
                        case .object: pattern = ".object"
                        case .array: pattern = ".array"
                        case .value: pattern = "_"
                        }
                        w.line("case \(pattern): self = .\(SwiftNames.lowerCamel(b.name))(try \(SwiftNames.swiftType(b.type))(qapi: value, at: path))")
                    }
                    w.line("default: throw QMPError.invalidType(path, expected: \(t.name.swiftLiteral))")
                }
            }
            w.line()
            w.block("public var qapiJSON: JSONValue") { w in
                w.block("switch self") { w in
                    for b in t.branches {
                        w.line("case .\(SwiftNames.lowerCamel(b.name))(let v): return v.qapiJSON")
                    }
                }
            }
        }
    }

    // MARK: Commands

    func parameters(_ c: Command) -> [String] {
        guard c.gen else { return ["arguments: JSONObject"] }
        guard let args = c.argType else { return [] }
        if c.boxed { return ["_ arguments: \(SwiftNames.typeName(args.name))"] }
        return args.members.map { m in
            "\(SwiftNames.member(m.name)): \(SwiftNames.swiftType(m.type))\(m.optional ? "?" : "")"
        }
    }

    func returnClause(_ c: Command) -> String {
        guard c.gen else { return " -> JSONValue" }
        guard let r = c.retType else { return "" }
        return " -> \(SwiftNames.swiftType(r))"
    }

    func emitCommandProtocol(_ module: String, _ commands: [Command], _ w: inout CodeWriter) {
        let proto = SwiftNames.commandsProtocol(module)
        w.doc("Handlers for the commands of schema module '\(module)'.\n\nThe dispatch table decodes arguments strictly before calling a handler,\nso handlers see only well-typed values.")
        w.block("public protocol \(proto)<Context>: Sendable") { w in
            w.doc("Per-request state the transport passes to every handler.")
            w.line("associatedtype Context")
            for c in commands {
                w.line()
                w.doc(DocText.summary(c.doc))
                if let r = c.doc?.section("Returns") { w.doc("- Returns: " + DocText.markdown(r)) }
                let params = (parameters(c) + ["context: Context"]).joined(separator: ", ")
                w.line("func \(SwiftNames.member(c.name))(\(params)) throws(QMPError)\(returnClause(c))")
            }
        }
    }

    func dispatchFile() -> String {
        var w = CodeWriter()
        w.line(header)
        w.line()
        w.line("import JSON")
        w.line("import QAPIRuntime")
        w.line()
        let modules = schema.modules.filter { m in schema.commands.contains { $0.module == m } }
        w.block("extension QMPCommandTable") { w in
            w.doc("The table of every command in the schema, each entry decoding its\narguments strictly and calling the module's handler.")
            let generics = modules.enumerated().map { "H\($0.offset): \(SwiftNames.commandsProtocol($0.element))" }
            let params = modules.enumerated().map { "\(SwiftNames.lowerCamel($0.element)): H\($0.offset)" }
            let constraints = modules.indices.map { "H\($0).Context == Context" }
            w.line("public static func make<\(generics.joined(separator: ", "))>(")
            w.indent { w in
                w.line("\(params.joined(separator: ", "))")
            }
            w.line(") -> QMPCommandTable<Context> where \(constraints.joined(separator: ", ")) {")
            w.indent { w in
                w.line("QMPCommandTable(entries: [")
                w.indent { w in
                    for c in schema.commands {
                        let handler = SwiftNames.lowerCamel(c.module ?? "")
                        emitEntry(c, handler: handler, &w)
                    }
                }
                w.line("])")
            }
            w.line("}")
        }
        return w.text
    }

    func emitEntry(_ c: Command, handler: String, _ w: inout CodeWriter) {
        var opts: [String] = []
        if c.allowOOB { opts.append("allowOOB: true") }
        if c.allowPreconfig { opts.append("allowPreconfig: true") }
        if c.hasFeature("deprecated") { opts.append("deprecated: true") }
        if c.hasFeature("unstable") { opts.append("unstable: true") }
        w.line("QMPCommandEntry(name: \(c.name.swiftLiteral), options: QMPCommandOptions(\(opts.joined(separator: ", ")))) {")
        w.indent { w in
            w.line("(arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue in")
            let method = SwiftNames.member(c.name)
            var call: String
            if !c.gen {
                w.line("return try \(handler).\(method)(arguments: arguments, context: context)")
                return
            } else if let args = c.argType {
                if c.boxed {
                    w.line("let args = try \(SwiftNames.typeName(args.name))(qapi: .object(arguments), at: .root)")
                    call = "\(handler).\(method)(args, context: context)"
                } else if !args.isImplicit {
                    w.line("let args = try \(SwiftNames.typeName(args.name))(qapi: .object(arguments), at: .root)")
                    let labels = args.members.map { "\(SwiftNames.member($0.name)): args.\(SwiftNames.member($0.name))" }
                    call = "\(handler).\(method)(\((labels + ["context: context"]).joined(separator: ", ")))"
                } else {
                    for m in args.members {
                        let ty = SwiftNames.swiftType(m.type) + (m.optional ? "?" : "")
                        w.line("let \(SwiftNames.member(m.name)): \(ty) = \(decodeLine(m, object: "arguments", path: ".root"))")
                    }
                    w.line("try QAPIDecoding.rejectUnexpected(arguments, known: [\(args.members.map { $0.name.swiftLiteral }.joined(separator: ", "))], at: .root)")
                    let labels = args.members.map { "\(SwiftNames.member($0.name)): \(SwiftNames.member($0.name))" }
                    call = "\(handler).\(method)(\((labels + ["context: context"]).joined(separator: ", ")))"
                }
            } else {
                w.line("try QAPIDecoding.rejectUnexpected(arguments, known: [], at: .root)")
                call = "\(handler).\(method)(context: context)"
            }
            if c.retType != nil {
                w.line("return try \(call).qapiJSON")
            } else {
                w.line("try \(call)")
                w.line("return .object(JSONObject())")
            }
        }
        w.line("},")
    }

    // MARK: Events

    func emitEvents(_ events: [Event], _ w: inout CodeWriter) {
        w.block("extension QMPEventSink") { w in
            for (i, e) in events.enumerated() {
                if i > 0 { w.line() }
                w.doc(DocText.summary(e.doc))
                let method = "emit" + SwiftNames.upperCamel(e.name)
                if let args = e.argType {
                    if e.boxed {
                        w.block("public func \(method)(_ data: \(SwiftNames.typeName(args.name)))") { w in
                            w.line("var object = JSONObject()")
                            w.line("data.qapiEncodeMembers(into: &object)")
                            w.line("emit(event: \(e.name.swiftLiteral), data: object.isEmpty ? nil : object)")
                        }
                    } else {
                        let params = args.members.map { m in
                            "\(SwiftNames.member(m.name)): \(SwiftNames.swiftType(m.type))\(m.optional ? "? = nil" : "")"
                        }
                        w.block("public func \(method)(\(params.joined(separator: ", ")))") { w in
                            w.line("var object = JSONObject()")
                            for m in args.members {
                                w.line("QAPIEncoding.put(&object, \(m.name.swiftLiteral), \(SwiftNames.member(m.name)))")
                            }
                            w.line("emit(event: \(e.name.swiftLiteral), data: object.isEmpty ? nil : object)")
                        }
                    }
                } else {
                    w.block("public func \(method)()") { w in
                        w.line("emit(event: \(e.name.swiftLiteral), data: nil)")
                    }
                }
            }
        }
    }
}

/// A problem the generator found that the schema checker does not (Swift naming).
public struct GeneratorError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
