import QAPISchema

/// Emits the Swift API of a schema: value types, one command protocol per
/// module, event emitters, and the dispatch table.
struct SwiftBackend {
    let schema: Schema
    let header: String
    /// Whether dispatch entries fire `qmp_enter_<cmd>`/`qmp_exit_<cmd>`.
    var traced = false

    /// Per-module output, filled by walking the schema.
    private struct ModuleCollector: SchemaVisitor {
        let backend: SwiftBackend
        var module = ""
        var types: [String: CodeWriter] = [:]
        var commands: [String: [Command]] = [:]
        var events: [String: [Event]] = [:]

        mutating func visitModule(_ module: String) { self.module = module }
        mutating func visitEnum(_ type: EnumType) { emit { [backend] in backend.emitEnum(type, &$0) } }
        mutating func visitStruct(_ type: ObjectType) { emit { [backend] in backend.emitStruct(type, &$0) } }
        mutating func visitUnion(_ type: ObjectType) { emit { [backend] in backend.emitUnion(type, &$0) } }
        mutating func visitAlternate(_ type: AlternateType) { emit { [backend] in backend.emitAlternate(type, &$0) } }
        mutating func visitCommand(_ command: Command) { commands[module, default: []].append(command) }
        mutating func visitEvent(_ event: Event) { events[module, default: []].append(event) }

        private mutating func emit(_ body: (inout CodeWriter) -> Void) {
            var w = types[module] ?? CodeWriter()
            w.line()
            body(&w)
            types[module] = w
        }
    }

    /// File name → contents.
    func generate() throws(GeneratorError) -> [(String, String)] {
        try checkSwiftNames()
        var collector = ModuleCollector(backend: self)
        schema.visit(&collector)
        var files: [(String, String)] = []
        for module in schema.modules {
            let commands = collector.commands[module] ?? []
            let events = collector.events[module] ?? []
            guard collector.types[module] != nil || !commands.isEmpty || !events.isEmpty else { continue }
            var w = CodeWriter()
            w.line(header)
            w.line()
            w.line("import JSON")
            w.line("import QAPIRuntime")
            w.append(collector.types[module])
            if !commands.isEmpty { w.line(); emitCommandProtocol(module, commands, &w) }
            if !events.isEmpty { w.line(); emitEvents(events, &w) }
            files.append((SwiftNames.moduleFile(module), w.text))
        }
        files.append(("QAPIDispatch.swift", dispatchFile()))
        return files
    }

    // MARK: Swift names

    /// Schema names that are distinct (or allowed) in QAPI but not in Swift:
    /// `a-b` and `aB` both become `aB`; a type named `String` would shadow
    /// Swift's; a member named `self` cannot be a memberwise-init parameter; a
    /// command argument named `context` would clash with the handler's context
    /// parameter.
    func checkSwiftNames() throws(GeneratorError) {
        var seen: [String: String] = [:]
        for e in schema.entities {
            let swift =
                e is Command
                ? SwiftNames.lowerCamel(e.name)
                : (e is Event ? "emit" + SwiftNames.upperCamel(e.name) : SwiftNames.typeName(e.name))
            if let other = seen[swift] {
                throw GeneratorError("\(e.describe) and '\(other)' map to the same Swift name '\(swift)'")
            }
            seen[swift] = e.name
            if e is SchemaType, SwiftNames.reservedTypeNames.contains(swift) {
                throw GeneratorError("\(e.describe): Swift name '\(swift)' is used by generated code; rename the type")
            }
        }
        var moduleNames: [String: String] = [:]
        for module in schema.modules where schema.entities.contains(where: { $0.module == module }) {
            let swift = SwiftNames.upperCamel(module)
            if let other = moduleNames[swift] {
                throw GeneratorError("modules '\(module)' and '\(other)' map to the same Swift name '\(swift)'")
            }
            moduleNames[swift] = module
        }
        for e in schema.entities {
            switch e {
            case let t as EnumType:
                try checkDistinct(t.members.map(\.name), in: t.describe, what: "values")
            case let t as ObjectType:
                try checkMembers(t.members, in: t.describe)
                if let v = t.variants, t.members.contains(where: { SwiftNames.lowerCamel($0.name) == "branch" }) {
                    throw GeneratorError(
                        "\(t.describe): member named 'branch' clashes with the property holding the union's branch '\(v.tag.name)' selects")
                }
            case let t as AlternateType:
                try checkDistinct(t.branches.map(\.name), in: t.describe, what: "branches")
            case let c as Command where c.gen:
                guard let args = c.argType else { break }
                try checkMembers(args.members, in: c.describe)
                if !c.boxed {
                    let reserved = args.isImplicit ? ["context", "arguments"] : ["context"]
                    try checkReserved(args.members, reserved, in: c.describe, because: "the dispatch table's parameter")
                }
            case let ev as Event:
                guard let args = ev.argType else { break }
                try checkMembers(args.members, in: ev.describe)
                if !ev.boxed {
                    try checkReserved(args.members, ["object"], in: ev.describe, because: "the emitter's local variable")
                }
            default: break
            }
        }
    }

    private func checkDistinct(_ names: [String], in owner: String, what: String) throws(GeneratorError) {
        var seen: [String: String] = [:]
        for name in names {
            let swift = SwiftNames.lowerCamel(name)
            if let other = seen[swift] {
                throw GeneratorError("\(owner): \(what) '\(other)' and '\(name)' map to the same Swift name '\(swift)'")
            }
            seen[swift] = name
        }
    }

    private func checkMembers(_ members: [ObjectMember], in owner: String) throws(GeneratorError) {
        try checkDistinct(members.map(\.name), in: owner, what: "members")
        if let m = members.first(where: { SwiftNames.lowerCamel($0.name) == "self" }) {
            throw GeneratorError("\(owner): member '\(m.name)' cannot be a Swift property or parameter named 'self'")
        }
    }

    private func checkReserved(_ members: [ObjectMember], _ reserved: [String], in owner: String, because what: String)
        throws(GeneratorError)
    {
        if let m = members.first(where: { reserved.contains(SwiftNames.lowerCamel($0.name)) }) {
            throw GeneratorError("\(owner): member '\(m.name)' clashes with \(what) '\(SwiftNames.lowerCamel(m.name))'")
        }
    }

    // MARK: Documentation

    /// The documentation of a member: from the comment of the type that declares
    /// it, or `fallback` (the command's or event's) for implicit argument types.
    func memberDoc(_ m: ObjectMember, fallback: DocComment?) -> String? {
        let doc = m.owner.isImplicit ? fallback : m.owner.doc
        let notes = DocText.featureNotes(m.features, doc: doc)
        return DocText.join([DocText.member(doc, m.name), notes.isEmpty ? nil : notes.joined(separator: "\n")])
    }

    /// A member's documentation in a parameter list: its text, and the names of
    /// its features in parentheses.
    func parameterDoc(_ m: ObjectMember, fallback: DocComment?) -> String? {
        let text = DocText.member(m.owner.isImplicit ? fallback : m.owner.doc, m.name)
        guard !m.features.isEmpty else { return text }
        let features = "(" + m.features.map(\.name).joined(separator: ", ") + ")"
        return text.map { $0 + " " + features } ?? features
    }

    /// A definition's summary followed by notes for its features.
    func entityDoc(_ e: SchemaEntity) -> String? {
        let notes = DocText.featureNotes(e.features, doc: e.doc)
        return DocText.join([DocText.summary(e.doc), notes.isEmpty ? nil : notes.joined(separator: "\n")])
    }

    /// A `- Parameters:` list.
    func parameterList(_ params: [(name: String, doc: String?)]) -> String {
        var lines = ["- Parameters:"]
        for p in params {
            let text = (p.doc ?? "").split(separator: "\n").map { $0.trimmingTrailingSpaces() }.joined(separator: " ")
            lines.append("  - \(p.name):" + (text.isEmpty ? "" : " " + text))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Types

    func emitEnum(_ t: EnumType, _ w: inout CodeWriter) {
        w.doc(entityDoc(t))
        w.block("public enum \(SwiftNames.typeName(t.name)): String, QAPIEnum") { w in
            for m in t.members {
                let notes = DocText.featureNotes(m.features, doc: t.doc)
                w.doc(DocText.join([DocText.member(t.doc, m.name), notes.isEmpty ? nil : notes.joined(separator: "\n")]))
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
        w.doc(entityDoc(t))
        w.block("public struct \(name): Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable") { w in
            declareMembers(members, doc: t.doc, &w)
            if !members.isEmpty { w.line() }
            w.doc("Creates a value from its members.")
            w.block("public init(\(initParameters(members)))") { w in
                for m in members { w.line("self.\(SwiftNames.afterDot(m.name)) = \(SwiftNames.member(m.name))") }
            }
            w.line()
            w.line("public static let qapiMemberNames: [String] = [\(members.map { $0.name.swiftLiteral }.joined(separator: ", "))]")
            w.line()
            w.block("public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError)") { w in
                for m in members { w.line("self.\(SwiftNames.afterDot(m.name)) = \(decodeLine(m))") }
            }
            w.line()
            w.block("public func qapiEncodeMembers(into object: inout JSONObject)") { w in
                // One allocation for the members rather than growth by doubling.
                if members.count > 1 { w.line("object.reserveCapacity(object.count + \(members.count))") }
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
        w.doc(entityDoc(t))
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
                w.switchBlock("branch") { w in
                    for value in variants.tagType.members {
                        let c = SwiftNames.afterDot(value.name)
                        w.line("case .\(c): return .\(c)")
                    }
                }
            }
            w.line()
            w.doc("Creates a value from its members.")
            let params = [initParameters(stored), "branch: Branch"].filter { !$0.isEmpty }.joined(separator: ", ")
            w.block("public init(\(params))") { w in
                for m in stored { w.line("self.\(SwiftNames.afterDot(m.name)) = \(SwiftNames.member(m.name))") }
                w.line("self.branch = branch")
            }
            w.line()
            w.block("public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError)") { w in
                w.line("let object = try QAPIDecoding.object(value, at: path)")
                for m in t.members {
                    if m.name == tagName {
                        w.line("let tag: \(tagType) = \(decodeLine(m))")
                    } else {
                        w.line("self.\(SwiftNames.afterDot(m.name)) = \(decodeLine(m))")
                    }
                }
                w.line("var known: [String] = [\(t.members.map { $0.name.swiftLiteral }.joined(separator: ", "))]")
                w.switchBlock("tag") { w in
                    for value in variants.tagType.members {
                        let c = SwiftNames.afterDot(value.name)
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
                    w.line("QAPIEncoding.put(&object, \(m.name.swiftLiteral), \(SwiftNames.member(m.name)))")
                }
                if !variants.branches.isEmpty {
                    w.switchBlock("branch") { w in
                        for b in variants.branches {
                            w.line("case .\(SwiftNames.afterDot(b.name))(let members): members.qapiEncodeMembers(into: &object)")
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
        w.doc(entityDoc(t))
        w.block("public enum \(name): Sendable, Hashable, QAPIDecodable, QAPIEncodable") { w in
            for b in t.branches {
                w.doc(DocText.member(t.doc, b.name))
                w.line("case \(SwiftNames.member(b.name))(\(SwiftNames.swiftType(b.type)))")
            }
            w.line()
            w.block("public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError)") { w in
                w.switchBlock("value") { w in
                    var covered: Set<String> = []
                    for b in t.branches {
                        // The branch is chosen by JSON type alone, as QEMU does by QType:
                        // any number selects an integer branch, whose decoder then
                        // reports a fraction or a value out of range.
                        let pattern: String
                        switch b.type.wireType {
                        case .string: pattern = ".string"
                        case .int, .number: pattern = ".int, .uint, .double, .numberLiteral"
                        case .boolean: pattern = ".bool"
                        case .null: pattern = ".null"
                        case .object: pattern = ".object"
                        case .array: pattern = ".array"
                        case .value: pattern = "_"
                        }
                        covered.insert(pattern)
                        w.line("case \(pattern): self = .\(SwiftNames.afterDot(b.name))(try \(SwiftNames.swiftType(b.type))(qapi: value, at: path))")
                    }
                    // Every JSON type has a branch: a default case would never run.
                    let everyType: Set<String> = [".string", ".int, .uint, .double, .numberLiteral", ".bool", ".null", ".object", ".array"]
                    if !covered.contains("_"), !everyType.isSubset(of: covered) {
                        w.line("default: throw QMPError.invalidType(path, expected: \(t.name.swiftLiteral))")
                    }
                }
            }
            w.line()
            w.block("public var qapiJSON: JSONValue") { w in
                w.switchBlock("self") { w in
                    for b in t.branches {
                        w.line("case .\(SwiftNames.afterDot(b.name))(let v): return v.qapiJSON")
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

    /// The documentation of a handler: summary, parameters, return value, errors
    /// and feature notes.
    func handlerDoc(_ c: Command) -> String? {
        var params: [(name: String, doc: String?)] = []
        if !c.gen {
            params.append(("arguments", "the arguments as the client sent them, not checked against the schema"))
        } else if let args = c.argType {
            if c.boxed {
                params.append(("arguments", "the arguments, as one `\(args.name)`"))
            } else {
                params += args.members.map { (SwiftNames.lowerCamel($0.name), parameterDoc($0, fallback: c.doc)) }
            }
        }
        params.append(("context", "the state of the request"))
        var tags = [parameterList(params)]
        if let r = c.doc?.section("Returns") { tags.append("- Returns: " + DocText.markdown(r)) }
        if let errors = c.doc?.section("Errors") {
            if let items = DocText.listItems(errors) {
                tags.append((["- Throws:"] + items.map { "  - " + DocText.markdown($0) }).joined(separator: "\n"))
            } else {
                tags.append("- Throws: " + DocText.markdown(errors.trimmingCharacters()))
            }
        }
        tags += DocText.featureNotes(c.features, doc: c.doc)
        return DocText.join([DocText.summary(c.doc), tags.joined(separator: "\n")])
    }

    func emitCommandProtocol(_ module: String, _ commands: [Command], _ w: inout CodeWriter) {
        let proto = SwiftNames.commandsProtocol(module)
        w.doc("Handlers for the commands of schema module '\(module)'.\n\nThe dispatch table decodes arguments strictly before calling a handler,\nso handlers see only well-typed values.")
        w.block("public protocol \(proto)<Context>: Sendable") { w in
            w.doc("Per-request state the transport passes to every handler.")
            w.line("associatedtype Context")
            for c in commands {
                w.line()
                w.doc(handlerDoc(c))
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
        if traced { w.line("import Tracing") }
        w.line()
        let modules = schema.modules.filter { m in schema.commands.contains { $0.module == m } }
        w.doc("Every event of the schema, numbered in schema order as QEMU's `QAPIEvent`\nenum numbers them (the number the `monitor_protocol_event_*` trace events show).")
        w.block("public enum QAPIEventIndex") { w in
            w.doc("Event names in schema order.")
            w.line("public static let names: [String] = [\(schema.events.map { $0.name.swiftLiteral }.joined(separator: ", "))]")
            w.line()
            w.doc("The number of event `name`, if the schema has it.")
            w.block("public static func index(of name: String) -> UInt32?") { w in
                w.line("names.firstIndex(of: name).map { UInt32($0) }")
            }
        }
        w.line()
        w.block("extension QMPCommandTable") { w in
            w.doc("The table of every command in the schema, each entry decoding its\narguments strictly and calling the module's handler.")
            guard !modules.isEmpty else {
                w.block("public static func make() -> QMPCommandTable<Context>") { w in
                    w.line("QMPCommandTable(entries: [])")
                }
                return
            }
            let generics = modules.enumerated().map { "H\($0.offset): \(SwiftNames.commandsProtocol($0.element))" }
            // Internal names get a "Handlers" suffix so a command argument
            // named like a module (e.g. `iommufd`) cannot shadow its handler.
            let params = modules.enumerated().map {
                "\(SwiftNames.handlerLabel($0.element)) \(SwiftNames.handlerLabel($0.element))Handlers: H\($0.offset)"
            }
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
                        emitEntry(c, handler: SwiftNames.handlerLabel(c.module ?? "") + "Handlers", &w)
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
            guard traced, c.gen else {
                emitEntryBody(c, handler: handler, &w)
                return
            }
            // QEMU's qapi-commands tracing: enter with the arguments as JSON,
            // exit with the result as JSON or the error text.
            let stem = TraceEventsBackend.stem(c.name)
            w.line("Trace.qmp_enter_\(stem)(json: JSONWriter.string(.object(arguments)))")
            w.line("do throws(QMPError) {")
            w.indent { w in
                w.line("let result = try { () throws(QMPError) -> JSONValue in")
                w.indent { w in emitEntryBody(c, handler: handler, &w) }
                w.line("}()")
                w.line("Trace.qmp_exit_\(stem)(result: JSONWriter.string(result), succeeded: true)")
                w.line("return result")
            }
            w.line("} catch {")
            w.indent { w in
                w.line("Trace.qmp_exit_\(stem)(result: error.desc, succeeded: false)")
                w.line("throw error")
            }
            w.line("}")
        }
        w.line("},")
    }

    /// Decodes the arguments, calls the handler and returns the result's JSON.
    func emitEntryBody(_ c: Command, handler: String, _ w: inout CodeWriter) {
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
                let labels = args.members.map { "\(SwiftNames.label($0.name)): args.\(SwiftNames.afterDot($0.name))" }
                call = "\(handler).\(method)(\((labels + ["context: context"]).joined(separator: ", ")))"
            } else {
                for m in args.members {
                    let ty = SwiftNames.swiftType(m.type) + (m.optional ? "?" : "")
                    w.line("let \(SwiftNames.member(m.name)): \(ty) = \(decodeLine(m, object: "arguments", path: ".root"))")
                }
                w.line("try QAPIDecoding.rejectUnexpected(arguments, known: [\(args.members.map { $0.name.swiftLiteral }.joined(separator: ", "))], at: .root)")
                let labels = args.members.map { "\(SwiftNames.label($0.name)): \(SwiftNames.member($0.name))" }
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

    // MARK: Events

    func emitEvents(_ events: [Event], _ w: inout CodeWriter) {
        w.block("extension QMPEventSink") { w in
            for (i, e) in events.enumerated() {
                if i > 0 { w.line() }
                let method = "emit" + SwiftNames.upperCamel(e.name)
                let notes = DocText.featureNotes(e.features, doc: e.doc).joined(separator: "\n")
                if let args = e.argType {
                    if e.boxed {
                        let params = parameterList([("data", "the event's members, as one `\(args.name)`")])
                        w.doc(DocText.join([DocText.summary(e.doc), params + (notes.isEmpty ? "" : "\n" + notes)]))
                        w.block("public func \(method)(_ data: \(SwiftNames.typeName(args.name)))") { w in
                            w.line("var object = JSONObject()")
                            w.line("data.qapiEncodeMembers(into: &object)")
                            w.line("emit(event: \(e.name.swiftLiteral), data: object.isEmpty ? nil : object)")
                        }
                    } else {
                        let docs = args.members.map { (SwiftNames.lowerCamel($0.name), parameterDoc($0, fallback: e.doc)) }
                        let params = docs.isEmpty ? "" : parameterList(docs)
                        let tags = [params, notes].filter { !$0.isEmpty }.joined(separator: "\n")
                        w.doc(DocText.join([DocText.summary(e.doc), tags]))
                        let decl = args.members.map { m in
                            "\(SwiftNames.member(m.name)): \(SwiftNames.swiftType(m.type))\(m.optional ? "? = nil" : "")"
                        }
                        w.block("public func \(method)(\(decl.joined(separator: ", ")))") { w in
                            w.line("var object = JSONObject()")
                            for m in args.members {
                                w.line("QAPIEncoding.put(&object, \(m.name.swiftLiteral), \(SwiftNames.member(m.name)))")
                            }
                            w.line("emit(event: \(e.name.swiftLiteral), data: object.isEmpty ? nil : object)")
                        }
                    }
                } else {
                    w.doc(DocText.join([DocText.summary(e.doc), notes]))
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
