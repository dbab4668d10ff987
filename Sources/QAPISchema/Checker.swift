/// Turns parsed expressions into a checked ``Schema``, applying QAPI's rules in
/// QEMU's order: expression shape first (keys, names, flags, documentation
/// presence), then name resolution, then type rules and clashes, then
/// documentation contents.
public struct SchemaChecker {
    /// Configuration symbols that `'if'` conditions test (e.g. `CONFIG_LINUX`).
    public var defines: Set<String>

    public init(defines: Set<String> = []) { self.defines = defines }

    static let metas = ["enum", "struct", "union", "alternate", "command", "event"]

    static let allowedKeys: [String: (required: [String], optional: [String])] = [
        "enum": (["enum", "data"], ["prefix", "if", "features"]),
        "struct": (["struct", "data"], ["base", "if", "features"]),
        "union": (["union", "base", "discriminator", "data"], ["if", "features"]),
        "alternate": (["alternate", "data"], ["if", "features"]),
        "command": (
            ["command"],
            ["data", "returns", "boxed", "if", "features", "gen", "success-response", "allow-oob",
             "allow-preconfig", "coroutine"]
        ),
        "event": (["event"], ["data", "boxed", "if", "features"]),
    ]

    /// Checks `parsed` and builds the model.
    public func check(_ parsed: ParsedSchema) throws(SchemaDiagnostic) -> Schema {
        var builder = ModelBuilder(parsed: parsed, defines: defines)
        return try builder.build()
    }

    /// Parses and checks the schema at `path`.
    public static func load(
        path: String, defines: Set<String> = [], readFile: @escaping SchemaParser.FileReader = SchemaParser.readFromDisk
    ) throws(SchemaDiagnostic) -> Schema {
        var parser = SchemaParser(readFile: readFile)
        let parsed = try parser.parse(path: path)
        return try SchemaChecker(defines: defines).check(parsed)
    }
}

private func quoteList(_ names: [String]) -> String {
    names.map { "'\($0)'" }.joined(separator: ", ")
}

/// A definition after the shape checks, waiting for name resolution.
private struct Pending {
    var expr: SchemaExpression
    var meta: String
    var name: String
    var context: String
    var entity: SchemaEntity
}

private struct ModelBuilder {
    let parsed: ParsedSchema
    let defines: Set<String>
    let schema = Schema()
    var pending: [Pending] = []
    var definedAt: [String: SourceLocation] = [:]

    init(parsed: ParsedSchema, defines: Set<String>) {
        self.parsed = parsed
        self.defines = defines
    }

    var pragma: SchemaPragma { parsed.pragma }

    mutating func build() throws(SchemaDiagnostic) -> Schema {
        schema.pragma = parsed.pragma
        schema.modules = parsed.modules
        for (name, json) in BuiltinType.all {
            schema.types[name] = BuiltinType(name: name, json: json)
        }
        schema.types["q_empty"] = schema.emptyObject

        // Pass 1: shape of every expression, and registration of names.
        var keptIndex: [Int] = []  // expression index -> entity index (for free docs)
        for expr in parsed.expressions {
            keptIndex.append(pending.count)
            if let p = try checkShape(expr) { pending.append(p) }
        }
        schema.freeDocs = parsed.freeDocs.map { ($0.doc, $0.before < keptIndex.count ? keptIndex[$0.before] : pending.count, $0.module) }

        // Pass 2: resolve names and apply type rules.
        for p in pending { try resolve(p) }
        // Pass 3: rules that need every type complete (clashes, cycles, alternates).
        for p in pending { try checkResolved(p) }
        // Pass 4: documentation contents.
        for p in pending { try checkDoc(p) }
        schema.entities = pending.map(\.entity)
        return schema
    }

    // MARK: Pass 1

    mutating func checkShape(_ expr: SchemaExpression) throws(SchemaDiagnostic) -> Pending? {
        let loc = expr.location
        let tree = expr.tree
        let metas = SchemaChecker.metas.filter { tree[$0] != nil }
        guard let meta = metas.first else {
            throw SchemaDiagnostic(loc, "expression is missing metatype")
        }
        if metas.count > 1 {
            throw SchemaDiagnostic(loc, "expression has conflicting metatypes \(quoteList(metas))")
        }
        guard let name = tree[meta]?.string else {
            throw SchemaDiagnostic(loc, "'\(meta)' requires a string name")
        }
        let ctx = "\(meta) '\(name)'"
        // Keys
        let allowed = SchemaChecker.allowedKeys[meta] ?? ([], [])
        let missing = allowed.required.filter { tree[$0] == nil }
        if !missing.isEmpty {
            throw SchemaDiagnostic(loc, "\(meta) misses key\(missing.count > 1 ? "s" : "") \(quoteList(missing))", context: ctx)
        }
        let unknown = tree.keys.filter { !allowed.required.contains($0) && !allowed.optional.contains($0) }
        if !unknown.isEmpty {
            throw SchemaDiagnostic(loc, "\(meta) has unknown key\(unknown.count > 1 ? "s" : "") \(quoteList(unknown))", context: ctx)
        }
        // Name
        switch meta {
        case "event": try Names.checkUpper(name, meta, loc, ctx)
        case "command":
            try Names.checkLower(name, meta, loc, ctx, permitUnderscore: pragma.commandNameExceptions.contains(name))
        default:
            try Names.checkCamel(name, meta, loc, ctx)
        }
        if name.hasSuffix("List") {
            throw SchemaDiagnostic(loc, "\(meta) name should not end in 'List'", context: ctx)
        }
        // Documentation presence
        if let doc = expr.doc, let symbol = doc.symbol, symbol != name {
            throw SchemaDiagnostic(doc.location, "documentation comment is for '\(symbol)'", context: ctx)
        }
        if pragma.docRequired, expr.doc == nil {
            throw SchemaDiagnostic(loc, "documentation comment required", context: ctx)
        }
        // Flags
        for flag in ["boxed", "allow-oob", "allow-preconfig", "coroutine"] {
            if let v = tree[flag], v.bool != true {
                throw SchemaDiagnostic(loc, "flag '\(flag)' may only use true value", context: ctx)
            }
        }
        for flag in ["gen", "success-response"] {
            if let v = tree[flag], v.bool != false {
                throw SchemaDiagnostic(loc, "flag '\(flag)' may only use false value", context: ctx)
            }
        }
        if tree["allow-oob"] != nil, tree["coroutine"] != nil {
            throw SchemaDiagnostic(loc, "flags 'allow-oob' and 'coroutine' are incompatible", context: ctx)
        }
        // Conditions and features
        let enabled = try evaluateIf(tree["if"], loc, ctx, "'if'")
        let features = try checkFeatures(tree["features"], loc, ctx, "'features'")

        // Shape of 'data' etc.
        switch meta {
        case "enum":
            guard let data = tree["data"]?.list else {
                throw SchemaDiagnostic(loc, "'data' must be an array", context: ctx)
            }
            if let prefix = tree["prefix"], prefix.string == nil {
                throw SchemaDiagnostic(loc, "'prefix' must be a string", context: ctx)
            }
            _ = data
        case "struct":
            try checkMembersShape(tree["data"], loc, ctx, "'data'", typeName: name, allowTypeName: false)
            if let base = tree["base"], base.string == nil {
                throw SchemaDiagnostic(loc, "'base' should be a type name", context: ctx)
            }
        case "union":
            if tree["base"]?.string == nil {
                try checkMembersShape(tree["base"], loc, ctx, "'base'", typeName: name, allowTypeName: false)
            }
            guard tree["discriminator"]?.string != nil else {
                throw SchemaDiagnostic(loc, "'discriminator' requires a string name", context: ctx)
            }
            guard let data = tree["data"]?.dict else {
                throw SchemaDiagnostic(loc, "'data' must be an object", context: ctx)
            }
            for (branch, value) in data.entries {
                let what = "'data' member '\(branch)'"
                try checkBranchName(branch, what, loc, ctx)
                try checkTypeRef(branchType(value, what, loc, ctx), what, loc, ctx, allowArray: false)
            }
        case "alternate":
            guard let data = tree["data"]?.dict else {
                throw SchemaDiagnostic(loc, "'data' must be an object", context: ctx)
            }
            if data.entries.isEmpty { throw SchemaDiagnostic(loc, "'data' must not be empty", context: ctx) }
            for (branch, value) in data.entries {
                let what = "'data' member '\(branch)'"
                if branch.hasPrefix("*") {
                    throw SchemaDiagnostic(loc, "\(what) of alternate cannot be optional", context: ctx)
                }
                try checkBranchName(branch, what, loc, ctx)
                try checkTypeRef(branchType(value, what, loc, ctx), what, loc, ctx, allowArray: true)
            }
        case "command", "event":
            if let data = tree["data"] {
                try checkMembersShape(data, loc, ctx, "'data'", typeName: name, allowTypeName: true)
            }
            if tree["boxed"] != nil, tree["data"]?.string == nil {
                throw SchemaDiagnostic(loc, "'boxed': true requires 'data' to be a type name", context: ctx)
            }
            if let returns = tree["returns"] {
                try checkTypeRef(returns, "'returns'", loc, ctx, allowArray: true)
            }
        default: break
        }

        guard enabled else { return nil }
        if let previous = definedAt[name] {
            throw SchemaDiagnostic(loc, "'\(name)' is already defined at \(previous)", context: ctx)
        }
        definedAt[name] = loc

        let entity: SchemaEntity
        switch meta {
        case "enum":
            let e = EnumType(name: name, location: loc, doc: expr.doc, features: features, module: expr.module)
            e.prefix = tree["prefix"]?.string
            entity = e
        case "struct", "union":
            entity = ObjectType(
                name: name, location: loc, doc: expr.doc, features: features, module: expr.module, implicit: false,
                isUnion: meta == "union")
        case "alternate":
            entity = AlternateType(name: name, location: loc, doc: expr.doc, features: features, module: expr.module)
        case "command":
            let c = Command(name: name, location: loc, doc: expr.doc, features: features, module: expr.module)
            c.boxed = tree["boxed"] != nil
            c.allowOOB = tree["allow-oob"] != nil
            c.allowPreconfig = tree["allow-preconfig"] != nil
            c.coroutine = tree["coroutine"] != nil
            c.successResponse = tree["success-response"] == nil
            c.gen = tree["gen"] == nil
            entity = c
        default:
            let e = Event(name: name, location: loc, doc: expr.doc, features: features, module: expr.module)
            e.boxed = tree["boxed"] != nil
            entity = e
        }
        if let t = entity as? SchemaType { schema.types[name] = t }
        return Pending(expr: expr, meta: meta, name: name, context: ctx, entity: entity)
    }

    func checkBranchName(_ name: String, _ what: String, _ loc: SourceLocation, _ ctx: String) throws(SchemaDiagnostic) {
        // Branch names are enum values: they may start with a digit.
        let probe = name.first?.isNumber == true ? "d" + name : name
        try Names.checkLower(probe, what, loc, ctx, permitUpper: true, permitUnderscore: true)
    }

    func branchType(_ value: SchemaTree, _ what: String, _ loc: SourceLocation, _ ctx: String) throws(SchemaDiagnostic)
        -> SchemaTree
    {
        if let d = value.dict {
            let unknown = d.keys.filter { $0 != "type" && $0 != "if" }
            guard d["type"] != nil else { throw SchemaDiagnostic(loc, "\(what) misses key 'type'", context: ctx) }
            if !unknown.isEmpty {
                throw SchemaDiagnostic(loc, "\(what) has unknown key\(unknown.count > 1 ? "s" : "") \(quoteList(unknown))", context: ctx)
            }
            _ = try evaluateIf(d["if"], loc, ctx, what)
            return d["type"] ?? value
        }
        return value
    }

    func checkTypeRef(_ value: SchemaTree, _ what: String, _ loc: SourceLocation, _ ctx: String, allowArray: Bool)
        throws(SchemaDiagnostic)
    {
        switch value {
        case .string: return
        case .list(let items):
            guard allowArray else { throw SchemaDiagnostic(loc, "\(what) cannot be an array", context: ctx) }
            guard items.count == 1, items[0].string != nil else {
                throw SchemaDiagnostic(loc, "\(what): array type must contain single type name", context: ctx)
            }
        default:
            throw SchemaDiagnostic(loc, "\(what) should be a type name", context: ctx)
        }
    }

    func checkMembersShape(
        _ value: SchemaTree?, _ loc: SourceLocation, _ ctx: String, _ what: String, typeName: String,
        allowTypeName: Bool
    ) throws(SchemaDiagnostic) {
        guard let value else { return }
        if value.string != nil {
            if allowTypeName { return }
            throw SchemaDiagnostic(loc, "\(what) should be an object", context: ctx)
        }
        guard let dict = value.dict else {
            throw SchemaDiagnostic(loc, "\(what) should be an object\(allowTypeName ? " or type name" : "")", context: ctx)
        }
        let exception = pragma.memberNameExceptions.contains(typeName)
        for (rawKey, member) in dict.entries {
            let key = rawKey.hasPrefix("*") ? String(rawKey.dropFirst()) : rawKey
            let source = "\(what) member '\(key)'"
            try Names.checkLower(key, source, loc, ctx, permitUpper: exception, permitUnderscore: exception)
            let c = Names.cName(key)
            if c == "u" || c.hasPrefix("has_") {
                throw SchemaDiagnostic(loc, "\(source) uses reserved name", context: ctx)
            }
            if let d = member.dict {
                let unknown = d.keys.filter { !["type", "if", "features"].contains($0) }
                guard let t = d["type"] else { throw SchemaDiagnostic(loc, "\(source) misses key 'type'", context: ctx) }
                if !unknown.isEmpty {
                    throw SchemaDiagnostic(loc, "\(source) has unknown key\(unknown.count > 1 ? "s" : "") \(quoteList(unknown))", context: ctx)
                }
                try checkTypeRef(t, source, loc, ctx, allowArray: true)
                _ = try evaluateIf(d["if"], loc, ctx, source)
                _ = try checkFeatures(d["features"], loc, ctx, source)
            } else {
                try checkTypeRef(member, source, loc, ctx, allowArray: true)
            }
        }
    }

    func checkFeatures(_ value: SchemaTree?, _ loc: SourceLocation, _ ctx: String, _ what: String)
        throws(SchemaDiagnostic) -> [Feature]
    {
        guard let value else { return [] }
        guard let list = value.list else { throw SchemaDiagnostic(loc, "\(what) must be an array", context: ctx) }
        var result: [Feature] = []
        for item in list {
            let name: String
            var enabled = true
            if let s = item.string {
                name = s
            } else if let d = item.dict {
                guard let n = d["name"]?.string else {
                    throw SchemaDiagnostic(loc, "feature of \(what) misses key 'name'", context: ctx)
                }
                let unknown = d.keys.filter { $0 != "name" && $0 != "if" }
                if !unknown.isEmpty {
                    throw SchemaDiagnostic(loc, "feature '\(n)' has unknown key\(unknown.count > 1 ? "s" : "") \(quoteList(unknown))", context: ctx)
                }
                name = n
                enabled = try evaluateIf(d["if"], loc, ctx, "feature '\(n)'")
            } else {
                throw SchemaDiagnostic(loc, "\(what) member must be a string or an object", context: ctx)
            }
            try Names.checkLower(name, "feature '\(name)'", loc, ctx)
            if result.contains(where: { Names.cName($0.name) == Names.cName(name) }) {
                throw SchemaDiagnostic(loc, "feature '\(name)' collides with feature '\(name)'", context: ctx)
            }
            if enabled { result.append(Feature(name: name)) }
        }
        return result
    }

    /// Validates an `'if'` condition and evaluates it against ``defines``.
    func evaluateIf(_ cond: SchemaTree?, _ loc: SourceLocation, _ ctx: String?, _ what: String) throws(SchemaDiagnostic)
        -> Bool
    {
        guard let cond else { return true }
        switch cond {
        case .string(let s):
            guard !s.isEmpty, s.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw SchemaDiagnostic(loc, "'if' condition '\(s)' of \(what) is not a valid identifier", context: ctx)
            }
            return defines.contains(s)
        case .dict(let d):
            guard d.entries.count == 1, let (op, arg) = d.entries.first.map({ ($0.key, $0.value) }) else {
                throw SchemaDiagnostic(loc, "'if' condition of \(what) has conflicting keys", context: ctx)
            }
            switch op {
            case "not":
                return !(try evaluateIf(arg, loc, ctx, what))
            case "all", "any":
                guard let items = arg.list, !items.isEmpty else {
                    throw SchemaDiagnostic(loc, "'if' condition [] of \(what) is useless", context: ctx)
                }
                var values: [Bool] = []
                for i in items { values.append(try evaluateIf(i, loc, ctx, what)) }
                return op == "all" ? values.allSatisfy { $0 } : values.contains(true)
            default:
                throw SchemaDiagnostic(loc, "'if' condition of \(what) has unknown key '\(op)'", context: ctx)
            }
        default:
            throw SchemaDiagnostic(loc, "'if' condition of \(what) must be a string or an object", context: ctx)
        }
    }

    // MARK: Pass 2

    func lookup(_ name: String, _ what: String, _ loc: SourceLocation, _ ctx: String) throws(SchemaDiagnostic) -> SchemaType {
        guard let t = schema.types[name] else {
            throw SchemaDiagnostic(loc, "\(what) uses unknown type '\(name)'", context: ctx)
        }
        return t
    }

    func resolveRef(_ ref: SchemaTree, _ what: String, _ loc: SourceLocation, _ ctx: String) throws(SchemaDiagnostic)
        -> SchemaType
    {
        if let s = ref.string { return try lookup(s, what, loc, ctx) }
        let elementName = ref.list?.first?.string ?? ""
        let element = try lookup(elementName, what, loc, ctx)
        return arrayOf(element)
    }

    func arrayOf(_ element: SchemaType) -> ArrayType {
        let name = element.name + "List"
        if let a = schema.types[name] as? ArrayType { return a }
        let a = ArrayType(element: element)
        schema.types[name] = a
        return a
    }

    /// Builds members of `owner` from a members dictionary.
    func makeMembers(_ dict: SchemaDict, owner: ObjectType, _ loc: SourceLocation, _ ctx: String, what: String)
        throws(SchemaDiagnostic) -> [ObjectMember]
    {
        var result: [ObjectMember] = []
        for (rawKey, value) in dict.entries {
            let optional = rawKey.hasPrefix("*")
            let key = optional ? String(rawKey.dropFirst()) : rawKey
            let source = "\(what) member '\(key)'"
            var ref = value
            var features: [Feature] = []
            if let d = value.dict {
                guard try evaluateIf(d["if"], loc, ctx, source) else { continue }
                ref = d["type"] ?? value
                features = try checkFeatures(d["features"], loc, ctx, source)
            }
            let type = try resolveRef(ref, "member '\(key)'", loc, ctx)
            let m = ObjectMember(name: key, type: type, optional: optional, features: features, owner: owner)
            result.append(m)
        }
        return result
    }

    func implicitObject(_ name: String, _ dict: SchemaDict, _ p: Pending, what: String) throws(SchemaDiagnostic) -> ObjectType {
        let o = ObjectType(
            name: name, location: p.expr.location, doc: nil, features: [], module: p.expr.module, implicit: true,
            isUnion: false)
        o.localMembers = try makeMembers(dict, owner: o, p.expr.location, p.context, what: what)
        schema.types[name] = o
        return o
    }

    mutating func resolve(_ p: Pending) throws(SchemaDiagnostic) {
        let loc = p.expr.location
        let ctx = p.context
        let tree = p.expr.tree
        switch p.entity {
        case let e as EnumType:
            var seen: [String: String] = [:]
            let exception = pragma.memberNameExceptions.contains(p.name)
            for item in tree["data"]?.list ?? [] {
                var name: String
                var features: [Feature] = []
                if let s = item.string {
                    name = s
                } else if let d = item.dict {
                    guard let n = d["name"]?.string else {
                        throw SchemaDiagnostic(loc, "'data' member misses key 'name'", context: ctx)
                    }
                    name = n
                    let unknown = d.keys.filter { !["name", "if", "features"].contains($0) }
                    if !unknown.isEmpty {
                        throw SchemaDiagnostic(loc, "value '\(n)' has unknown key\(unknown.count > 1 ? "s" : "") \(quoteList(unknown))", context: ctx)
                    }
                    features = try checkFeatures(d["features"], loc, ctx, "value '\(n)'")
                    guard try evaluateIf(d["if"], loc, ctx, "value '\(n)'") else { continue }
                } else {
                    throw SchemaDiagnostic(loc, "'data' member must be a string or an object", context: ctx)
                }
                let probe = name.first?.isNumber == true ? "d" + name : name
                try Names.checkLower(probe, "value '\(name)'", loc, ctx, permitUpper: exception, permitUnderscore: exception)
                let c = Names.cName(name)
                if let other = seen[c] {
                    throw SchemaDiagnostic(loc, "value '\(name)' collides with value '\(other)'", context: ctx)
                }
                seen[c] = name
                e.members.append(EnumMember(name: name, features: features))
            }
        case let o as ObjectType where !o.isUnion:
            if let baseName = tree["base"]?.string {
                let b = try lookup(baseName, "'base'", loc, ctx)
                guard let bo = b as? ObjectType, !bo.isUnion, !bo.isImplicit else {
                    throw SchemaDiagnostic(loc, "'base' requires a struct type, \(b.describe) isn't", context: ctx)
                }
                o.base = bo
            }
            o.localMembers = try makeMembers(tree["data"]?.dict ?? SchemaDict(), owner: o, loc, ctx, what: "'data'")
        case let o as ObjectType:
            // union
            if let baseName = tree["base"]?.string {
                let b = try lookup(baseName, "'base'", loc, ctx)
                guard let bo = b as? ObjectType, !bo.isUnion, !bo.isImplicit else {
                    throw SchemaDiagnostic(loc, "'base' requires a struct type, \(b.describe) isn't", context: ctx)
                }
                o.base = bo
            } else if let dict = tree["base"]?.dict {
                o.base = try implicitObject("q_obj_\(p.name)-base", dict, p, what: "'base'")
            }
        case let a as AlternateType:
            for (branch, value) in tree["data"]?.dict?.entries ?? [] {
                var ref = value
                if let d = value.dict {
                    guard try evaluateIf(d["if"], loc, ctx, "branch '\(branch)'") else { continue }
                    ref = d["type"] ?? value
                }
                let t = try resolveRef(ref, "branch '\(branch)'", loc, ctx)
                a.branches.append(AlternateBranch(name: branch, type: t))
            }
        case let c as Command:
            if let data = tree["data"] {
                c.argType = try argumentType(data, p, boxed: c.boxed, what: "'data'")
            }
            if let returns = tree["returns"] {
                let t = try resolveRef(returns, "'returns'", loc, ctx)
                if !pragma.commandReturnsExceptions.contains(c.name) {
                    let ok = t is ObjectType || ((t as? ArrayType)?.element is ObjectType)
                    if !ok {
                        throw SchemaDiagnostic(loc, "'returns' cannot take \(t.describe)", context: ctx)
                    }
                }
                c.retType = t
            }
        case let e as Event:
            if let data = tree["data"] {
                e.argType = try argumentType(data, p, boxed: e.boxed, what: "'data'")
            }
        default: break
        }
    }

    func argumentType(_ data: SchemaTree, _ p: Pending, boxed: Bool, what: String) throws(SchemaDiagnostic) -> ObjectType {
        let loc = p.expr.location
        if let name = data.string {
            let t = try lookup(name, what, loc, p.context)
            guard let o = t as? ObjectType, !o.isImplicit else {
                throw SchemaDiagnostic(loc, "\(what) requires a struct\(boxed ? " or union" : "") type, \(t.describe) isn't", context: p.context)
            }
            if o.isUnion && !boxed {
                throw SchemaDiagnostic(loc, "\(what) can take \(o.describe) only with 'boxed': true", context: p.context)
            }
            return o
        }
        return try implicitObject("q_obj_\(p.name)-arg", data.dict ?? SchemaDict(), p, what: what)
    }

    // MARK: Pass 3

    func checkResolved(_ p: Pending) throws(SchemaDiagnostic) {
        let loc = p.expr.location
        let ctx = p.context
        switch p.entity {
        case let o as ObjectType:
            // Base cycles
            var seen: [ObjectIdentifier] = [ObjectIdentifier(o)]
            var b = o.base
            while let current = b {
                if seen.contains(ObjectIdentifier(current)) {
                    throw SchemaDiagnostic(loc, "object '\(o.name)' contains itself", context: ctx)
                }
                seen.append(ObjectIdentifier(current))
                b = current.base
            }
            let baseMembers = o.base?.members ?? []
            var names: [String: ObjectMember] = [:]
            for m in baseMembers { names[Names.cName(m.name)] = m }
            for m in o.localMembers {
                if let other = names[Names.cName(m.name)] {
                    throw SchemaDiagnostic(loc, "member '\(m.name)' collides with \(describe(other, relativeTo: o))", context: ctx)
                }
                names[Names.cName(m.name)] = m
            }
            if o.isUnion { try checkUnion(o, p, names) }
        case let a as AlternateType:
            var categories: [String: String] = [:]
            for branch in a.branches {
                let category: String
                switch branch.type {
                case let b as BuiltinType:
                    switch b.json {
                    case .string: category = "string"
                    case .int, .number: category = "number"
                    case .boolean: category = "boolean"
                    case .null: category = "null"
                    default:
                        throw SchemaDiagnostic(loc, "branch '\(branch.name)' cannot use \(b.describe)", context: ctx)
                    }
                case is EnumType: category = "string"
                case is ObjectType: category = "object"
                case is ArrayType: category = "array"
                default:
                    throw SchemaDiagnostic(loc, "branch '\(branch.name)' cannot use \(branch.type.describe)", context: ctx)
                }
                if let other = categories[category] {
                    throw SchemaDiagnostic(loc, "branch '\(branch.name)' can't be distinguished from '\(other)'", context: ctx)
                }
                categories[category] = branch.name
            }
        case let c as Command:
            if let args = c.argType { try checkArgClashes(args, loc, ctx) }
        case let e as Event:
            if let args = e.argType { try checkArgClashes(args, loc, ctx) }
        default: break
        }
    }

    func describe(_ m: ObjectMember, relativeTo o: ObjectType) -> String {
        if m.owner === o { return "member '\(m.name)'" }
        if m.owner.isImplicit { return "base member '\(m.name)'" }
        return "member '\(m.name)' of type '\(m.owner.name)'"
    }

    func checkArgClashes(_ args: ObjectType, _ loc: SourceLocation, _ ctx: String) throws(SchemaDiagnostic) {
        guard args.isImplicit else { return }
        var names: [String: ObjectMember] = [:]
        for m in args.members {
            if let other = names[Names.cName(m.name)] {
                throw SchemaDiagnostic(loc, "member '\(m.name)' collides with member '\(other.name)'", context: ctx)
            }
            names[Names.cName(m.name)] = m
        }
    }

    func checkUnion(_ o: ObjectType, _ p: Pending, _ baseNames: [String: ObjectMember]) throws(SchemaDiagnostic) {
        let loc = p.expr.location
        let ctx = p.context
        let tree = p.expr.tree
        let discriminator = tree["discriminator"]?.string ?? ""
        let baseDescription = o.base.map { $0.isImplicit ? "base" : "base type '\($0.name)'" } ?? "base"
        guard let tag = o.members.first(where: { $0.name == discriminator }) else {
            throw SchemaDiagnostic(loc, "discriminator '\(discriminator)' is not a member of \(baseDescription)", context: ctx)
        }
        if tag.optional {
            throw SchemaDiagnostic(loc, "discriminator member '\(discriminator)' of \(baseDescription) must not be optional", context: ctx)
        }
        guard let tagType = tag.type as? EnumType else {
            throw SchemaDiagnostic(loc, "discriminator member '\(discriminator)' of \(baseDescription) must be of enum type", context: ctx)
        }
        if let baseTree = tree["base"]?.dict,
            let raw = baseTree.entries.first(where: { $0.key == discriminator })?.value.dict, raw["if"] != nil
        {
            throw SchemaDiagnostic(loc, "discriminator member '\(discriminator)' of \(baseDescription) must not be conditional", context: ctx)
        }
        var branches: [UnionBranch] = []
        for (branch, value) in tree["data"]?.dict?.entries ?? [] {
            var ref = value
            if let d = value.dict {
                guard try evaluateIf(d["if"], loc, ctx, "branch '\(branch)'") else { continue }
                ref = d["type"] ?? value
            }
            guard tagType.members.contains(where: { $0.name == branch }) else {
                throw SchemaDiagnostic(loc, "branch '\(branch)' is not a value of \(tagType.describe)", context: ctx)
            }
            let t = try resolveRef(ref, "branch '\(branch)'", loc, ctx)
            guard let bo = t as? ObjectType, !bo.isUnion else {
                throw SchemaDiagnostic(loc, "branch '\(branch)' cannot use \(t.describe)", context: ctx)
            }
            for m in bo.members {
                if let other = baseNames[Names.cName(m.name)] {
                    throw SchemaDiagnostic(
                        loc,
                        "member '\(m.name)' of type '\(bo.name)' (branch '\(branch)') collides with \(describe(other, relativeTo: o))",
                        context: ctx)
                }
            }
            branches.append(UnionBranch(name: branch, type: bo))
        }
        o.variants = UnionVariants(tag: tag, tagType: tagType, branches: branches)
    }

    // MARK: Pass 4

    func checkDoc(_ p: Pending) throws(SchemaDiagnostic) {
        guard let doc = p.expr.doc else { return }
        let ctx = p.context
        let exempt = pragma.documentationExceptions.contains(p.name)
        var documentable: [String] = []
        switch p.entity {
        case let e as EnumType: documentable = e.members.map(\.name)
        case let o as ObjectType:
            documentable = o.localMembers.map(\.name)
            if o.isUnion, let base = o.base, base.isImplicit { documentable = base.localMembers.map(\.name) }
        case let a as AlternateType: documentable = a.branches.map(\.name)
        case let c as Command: if let a = c.argType, a.isImplicit { documentable = a.localMembers.map(\.name) }
        case let e as Event: if let a = e.argType, a.isImplicit { documentable = a.localMembers.map(\.name) }
        default: break
        }
        for entry in doc.members where !documentable.contains(entry.name) {
            throw SchemaDiagnostic(entry.location, "documented member '\(entry.name)' does not exist", context: ctx)
        }
        if !exempt {
            for name in documentable where !doc.members.contains(where: { $0.name == name }) {
                throw SchemaDiagnostic(doc.location, "member '\(name)' lacks documentation", context: ctx)
            }
        }
        // Features of the definition and of its own members/values are documented
        // together in its 'Features:' section.
        var featureNames = p.entity.features.map(\.name)
        switch p.entity {
        case let e as EnumType: featureNames += e.members.flatMap { $0.features.map(\.name) }
        case let o as ObjectType:
            let own = (o.isUnion && o.base?.isImplicit == true) ? (o.base?.localMembers ?? []) : o.localMembers
            featureNames += own.flatMap { $0.features.map(\.name) }
        case let c as Command: if let a = c.argType, a.isImplicit { featureNames += a.localMembers.flatMap { $0.features.map(\.name) } }
        case let e as Event: if let a = e.argType, a.isImplicit { featureNames += a.localMembers.flatMap { $0.features.map(\.name) } }
        default: break
        }
        var unique: [String] = []
        for f in featureNames where !unique.contains(f) { unique.append(f) }
        featureNames = unique
        for entry in doc.features where !featureNames.contains(entry.name) {
            throw SchemaDiagnostic(entry.location, "documented feature '\(entry.name)' does not exist", context: ctx)
        }
        for name in featureNames where !doc.features.contains(where: { $0.name == name }) {
            throw SchemaDiagnostic(doc.location, "feature '\(name)' lacks documentation", context: ctx)
        }
        for section in doc.tagged where section.tag == "Returns" || section.tag == "Errors" {
            guard let c = p.entity as? Command else {
                throw SchemaDiagnostic(section.location, "'\(section.tag)' section is only valid for commands", context: ctx)
            }
            if section.tag == "Returns", c.retType == nil {
                throw SchemaDiagnostic(section.location, "'Returns' section, but command doesn't return anything", context: ctx)
            }
        }
    }
}
