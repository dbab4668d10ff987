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

/// QEMU's `check_keys`: `value` must have every `required` key and nothing outside
/// `required + optional`. Unknown keys are reported with the valid ones, so a typo
/// such as `'date'` is easy to spot.
private func checkKeys(
    _ value: SchemaDict, _ source: String, required: [String], optional: [String], _ loc: SourceLocation,
    _ ctx: String?
) throws(SchemaDiagnostic) {
    let missing = required.filter { value[$0] == nil }.sorted()
    if !missing.isEmpty {
        throw SchemaDiagnostic(loc, "\(source) misses key\(missing.count > 1 ? "s" : "") \(quoteList(missing))", context: ctx)
    }
    let allowed = (required + optional).sorted()
    let unknown = value.keys.filter { !allowed.contains($0) }.sorted()
    if !unknown.isEmpty {
        throw SchemaDiagnostic(
            loc,
            "\(source) has unknown key\(unknown.count > 1 ? "s" : "") \(quoteList(unknown))\nValid keys are \(quoteList(allowed)).",
            context: ctx)
    }
}

/// A member key without its optional-marker `*`.
private func memberName(_ rawKey: String) -> String {
    rawKey.hasPrefix("*") ? String(rawKey.dropFirst()) : rawKey
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
    /// The trees of all struct definitions, enabled or not, for rules that look at
    /// what was written rather than what this configuration builds.
    var rawStructs: [String: SchemaDict] = [:]

    init(parsed: ParsedSchema, defines: Set<String>) {
        self.parsed = parsed
        self.defines = defines
    }

    var pragma: SchemaPragma { parsed.pragma }

    mutating func build() throws(SchemaDiagnostic) -> Schema {
        schema.pragma = parsed.pragma
        schema.modules = parsed.modules
        for (name, json) in BuiltinType.all {
            schema.adopt(BuiltinType(name: name, json: json), as: name)
        }
        schema.adopt(schema.emptyObject, as: "q_empty")

        // Pass 1: shape of every expression, and registration of names.
        var keptIndex: [Int] = []  // expression index -> entity index (for free docs)
        for expr in parsed.expressions {
            keptIndex.append(pending.count)
            if let p = try checkShape(expr) { pending.append(p) }
        }
        schema.freeDocs = parsed.freeDocs.map { ($0.doc, $0.before < keptIndex.count ? keptIndex[$0.before] : pending.count, $0.module) }

        // Pass 2: resolve names and apply type rules.
        for p in pending { try resolve(p) }
        // Pass 3: rules that need every type complete. Base cycles go first: the
        // other rules walk base chains and would not terminate on a cycle.
        for p in pending { try checkBaseCycle(p) }
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
        try checkKeys(tree, meta, required: allowed.required, optional: allowed.optional, loc, ctx)
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
        let enabled = try evaluateIf(tree["if"], loc, ctx, meta)
        let features = try checkFeatures(tree["features"], loc, ctx)

        // Shape of 'data' etc.
        switch meta {
        case "enum":
            guard let data = tree["data"]?.list else {
                throw SchemaDiagnostic(loc, "'data' must be an array", context: ctx)
            }
            if let prefix = tree["prefix"], prefix.string == nil {
                throw SchemaDiagnostic(loc, "'prefix' must be a string", context: ctx)
            }
            try checkEnumValuesShape(data, enumName: name, loc, ctx)
        case "struct":
            try checkMembersShape(tree["data"], loc, ctx, "'data'", typeName: name, allowTypeName: false)
            if let base = tree["base"], base.string == nil {
                throw SchemaDiagnostic(loc, "'base' should be a type name", context: ctx)
            }
        case "union":
            if tree["base"]?.string == nil {
                try checkMembersShape(tree["base"], loc, ctx, "'base'", typeName: name, allowTypeName: true)
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
                // Alternate branch names are not enum values: they follow the member rules.
                try Names.checkLower(branch, what, loc, ctx)
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

        // Types, commands and events share one namespace with the built-in types.
        if schema.types[name] is BuiltinType {
            throw SchemaDiagnostic(loc, "'\(name)' is already defined as a built-in type", context: ctx)
        }
        if meta == "struct", enabled || rawStructs[name] == nil { rawStructs[name] = tree }
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
        if let t = entity as? SchemaType { schema.adopt(t, as: name) }
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
            try checkKeys(d, what, required: ["type"], optional: ["if"], loc, ctx)
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
                try checkKeys(d, source, required: ["type"], optional: ["if", "features"], loc, ctx)
                _ = try evaluateIf(d["if"], loc, ctx, source)
                _ = try checkFeatures(d["features"], loc, ctx)
                try checkTypeRef(d["type"] ?? member, source, loc, ctx, allowArray: true)
            } else {
                try checkTypeRef(member, source, loc, ctx, allowArray: true)
            }
        }
    }

    /// Checks the values of an enum as written, whatever their conditions: names,
    /// keys, and clashes between names that map to the same C name.
    func checkEnumValuesShape(_ data: [SchemaTree], enumName: String, _ loc: SourceLocation, _ ctx: String)
        throws(SchemaDiagnostic)
    {
        let exception = pragma.memberNameExceptions.contains(enumName)
        var seen: [String: String] = [:]
        for item in data {
            let name: String
            if let s = item.string {
                name = s
            } else if let d = item.dict {
                try checkKeys(d, "'data' member", required: ["name"], optional: ["if", "features"], loc, ctx)
                guard let n = d["name"]?.string else {
                    throw SchemaDiagnostic(loc, "'data' member requires a string name", context: ctx)
                }
                name = n
            } else {
                throw SchemaDiagnostic(loc, "'data' member must be a string or an object", context: ctx)
            }
            let what = "value '\(name)'"
            // Enum values may start with a digit.
            let probe = name.first?.isNumber == true ? "d" + name : name
            try Names.checkLower(probe, what, loc, ctx, permitUpper: exception, permitUnderscore: exception)
            if let d = item.dict {
                _ = try evaluateIf(d["if"], loc, ctx, what)
                _ = try checkFeatures(d["features"], loc, ctx)
            }
            let c = Names.cName(name)
            if let other = seen[c] {
                throw SchemaDiagnostic(loc, "value '\(name)' collides with value '\(other)'", context: ctx)
            }
            seen[c] = name
        }
    }

    /// Checks a `'features'` list and returns the features enabled in this configuration.
    func checkFeatures(_ value: SchemaTree?, _ loc: SourceLocation, _ ctx: String) throws(SchemaDiagnostic) -> [Feature] {
        guard let value else { return [] }
        guard let list = value.list else { throw SchemaDiagnostic(loc, "'features' must be an array", context: ctx) }
        var result: [Feature] = []
        var seen: [String: String] = [:]
        for item in list {
            let name: String
            var enabled = true
            if let s = item.string {
                name = s
            } else if let d = item.dict {
                try checkKeys(d, "'features' member", required: ["name"], optional: ["if"], loc, ctx)
                guard let n = d["name"]?.string else {
                    throw SchemaDiagnostic(loc, "'features' member requires a string name", context: ctx)
                }
                name = n
            } else {
                throw SchemaDiagnostic(loc, "'features' member must be a string or an object", context: ctx)
            }
            try Names.checkLower(name, "feature '\(name)'", loc, ctx)
            if let d = item.dict {
                enabled = try evaluateIf(d["if"], loc, ctx, "feature '\(name)'")
            }
            if let other = seen[Names.cName(name)] {
                throw SchemaDiagnostic(loc, "feature '\(name)' collides with feature '\(other)'", context: ctx)
            }
            seen[Names.cName(name)] = name
            if enabled { result.append(Feature(name: name)) }
        }
        return result
    }

    /// Validates an `'if'` condition and evaluates it against ``defines``. `what`
    /// names the thing the condition is attached to (`struct`, `'data' member 'x'`).
    func evaluateIf(_ cond: SchemaTree?, _ loc: SourceLocation, _ ctx: String?, _ what: String) throws(SchemaDiagnostic)
        -> Bool
    {
        guard let cond else { return true }
        return try evaluateCondition(cond, loc, ctx, what)
    }

    /// A configuration symbol as QEMU spells them: `[A-Z][A-Z0-9_]*`.
    static func isConfigSymbol(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return s.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    private func evaluateCondition(_ cond: SchemaTree, _ loc: SourceLocation, _ ctx: String?, _ what: String)
        throws(SchemaDiagnostic) -> Bool
    {
        switch cond {
        case .string(let s):
            guard Self.isConfigSymbol(s) else {
                throw SchemaDiagnostic(loc, "'if' condition '\(s)' of \(what) is not a valid identifier", context: ctx)
            }
            return defines.contains(s)
        case .dict(let d):
            try checkKeys(d, "'if' condition of \(what)", required: [], optional: ["all", "any", "not"], loc, ctx)
            guard let (op, arg) = d.entries.first.map({ ($0.key, $0.value) }) else {
                throw SchemaDiagnostic(loc, "'if' condition {} of \(what) is useless", context: ctx)
            }
            guard d.entries.count == 1 else {
                throw SchemaDiagnostic(loc, "'if' condition of \(what) has conflicting keys", context: ctx)
            }
            if op == "not" { return !(try evaluateCondition(arg, loc, ctx, what)) }
            guard let items = arg.list else {
                throw SchemaDiagnostic(loc, "'\(op)' condition of \(what) must be an array", context: ctx)
            }
            guard !items.isEmpty else {
                throw SchemaDiagnostic(loc, "'if' condition [] of \(what) is useless", context: ctx)
            }
            var values: [Bool] = []
            for i in items { values.append(try evaluateCondition(i, loc, ctx, what)) }
            return op == "all" ? values.allSatisfy { $0 } : values.contains(true)
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
        schema.adopt(a, as: name)
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
                features = try checkFeatures(d["features"], loc, ctx)
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
        schema.adopt(o, as: name)
        return o
    }

    mutating func resolve(_ p: Pending) throws(SchemaDiagnostic) {
        let loc = p.expr.location
        let ctx = p.context
        let tree = p.expr.tree
        switch p.entity {
        case let e as EnumType:
            // Names, keys and clashes were checked in pass 1; keep the enabled values.
            for item in tree["data"]?.list ?? [] {
                if let name = item.string {
                    e.members.append(EnumMember(name: name, features: []))
                } else if let d = item.dict, let name = d["name"]?.string {
                    let what = "value '\(name)'"
                    guard try evaluateIf(d["if"], loc, ctx, what) else { continue }
                    e.members.append(EnumMember(name: name, features: try checkFeatures(d["features"], loc, ctx)))
                }
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
            var names: [String: ObjectMember] = [:]
            if let base = o.base, base.isImplicit {
                // A union's inline base is checked here, as part of the union.
                for m in base.localMembers {
                    if let other = names[Names.cName(m.name)] {
                        throw SchemaDiagnostic(
                            loc, "base member '\(m.name)' collides with base member '\(other.name)'", context: ctx)
                    }
                    names[Names.cName(m.name)] = m
                }
            } else {
                for m in o.base?.members ?? [] { names[Names.cName(m.name)] = m }
            }
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

    /// Rejects a struct whose chain of bases leads back to itself. The error is
    /// reported on the first type of the cycle met from `p`.
    func checkBaseCycle(_ p: Pending) throws(SchemaDiagnostic) {
        guard let o = p.entity as? ObjectType else { return }
        var chain: [ObjectType] = [o]
        var next = o.base
        while let current = next {
            if let start = chain.firstIndex(where: { $0 === current }) {
                let cycle = chain[start...].map { "'\($0.name)'" } + ["'\(current.name)'"]
                let detail = cycle.count > 2 ? " (base chain \(cycle.joined(separator: " -> ")))" : ""
                throw SchemaDiagnostic(
                    current.location ?? p.expr.location, "object '\(current.name)' contains itself\(detail)",
                    context: current.describe)
            }
            chain.append(current)
            next = current.base
        }
    }

    /// The member `name` as written in a union's base (inline, or a struct and its
    /// bases), whatever the conditions of this configuration.
    func rawBaseMember(_ name: String, in base: SchemaTree?) -> SchemaTree? {
        var current = base
        var visited: Set<String> = []
        while let b = current {
            let members: SchemaDict?
            if let inline = b.dict {
                members = inline
                current = nil
            } else if let structName = b.string, !visited.contains(structName), let tree = rawStructs[structName] {
                visited.insert(structName)
                members = tree["data"]?.dict
                current = tree["base"]
            } else {
                return nil
            }
            if let hit = members?.entries.first(where: { memberName($0.key) == name }) { return hit.value }
        }
        return nil
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
        // Checked on the written schema: whether the condition holds in this
        // configuration does not matter.
        if rawBaseMember(discriminator, in: tree["base"])?.dict?["if"] != nil {
            throw SchemaDiagnostic(loc, "discriminator member '\(discriminator)' of \(baseDescription) must not be conditional", context: ctx)
        }
        guard let tag = o.members.first(where: { $0.name == discriminator }) else {
            throw SchemaDiagnostic(loc, "discriminator '\(discriminator)' is not a member of \(baseDescription)", context: ctx)
        }
        if tag.optional {
            throw SchemaDiagnostic(loc, "discriminator member '\(discriminator)' of \(baseDescription) must not be optional", context: ctx)
        }
        guard let tagType = tag.type as? EnumType else {
            throw SchemaDiagnostic(loc, "discriminator member '\(discriminator)' of \(baseDescription) must be of enum type", context: ctx)
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

    /// Names of the members, values or branches a definition's comment documents,
    /// as written (conditional ones included, whether or not they are built here).
    func documentableMembers(_ p: Pending) -> [SchemaTree] {
        let tree = p.expr.tree
        switch p.meta {
        case "enum": return tree["data"]?.list ?? []
        case "struct", "alternate": return tree["data"]?.dict?.entries.map { .string(memberName($0.key)) } ?? []
        case "union": return tree["base"]?.dict?.entries.map { .string(memberName($0.key)) } ?? []
        default: return tree["data"]?.dict?.entries.map { .string(memberName($0.key)) } ?? []
        }
    }

    /// The written trees of members/values that may carry features documented in
    /// the definition's `Features:` section.
    func featureCarriers(_ p: Pending) -> [SchemaTree] {
        let tree = p.expr.tree
        switch p.meta {
        case "enum": return tree["data"]?.list ?? []
        case "struct": return tree["data"]?.dict?.entries.map(\.value) ?? []
        case "union": return tree["base"]?.dict?.entries.map(\.value) ?? []
        case "command", "event": return tree["data"]?.dict?.entries.map(\.value) ?? []
        default: return []
        }
    }

    static func featureNames(_ list: SchemaTree?) -> [String] {
        (list?.list ?? []).compactMap { $0.string ?? $0.dict?["name"]?.string }
    }

    func checkDoc(_ p: Pending) throws(SchemaDiagnostic) {
        guard let doc = p.expr.doc else { return }
        let loc = p.expr.location
        let ctx = p.context
        let exempt = pragma.documentationExceptions.contains(p.name)
        let documentable = documentableMembers(p).compactMap { $0.string ?? $0.dict?["name"]?.string }
        for entry in doc.members where !documentable.contains(entry.name) {
            throw SchemaDiagnostic(entry.location, "documented member '\(entry.name)' does not exist", context: ctx)
        }
        if !exempt {
            for name in documentable where !doc.members.contains(where: { $0.name == name }) {
                throw SchemaDiagnostic(loc, "member '\(name)' lacks documentation", context: ctx)
            }
        }
        // Features of the definition and of its own members/values are documented
        // together in its 'Features:' section.
        var featureNames = Self.featureNames(p.expr.tree["features"])
        for carrier in featureCarriers(p) { featureNames += Self.featureNames(carrier.dict?["features"]) }
        var unique: [String] = []
        for f in featureNames where !unique.contains(f) { unique.append(f) }
        featureNames = unique
        for entry in doc.features where !featureNames.contains(entry.name) {
            throw SchemaDiagnostic(entry.location, "documented feature '\(entry.name)' does not exist", context: ctx)
        }
        for name in featureNames where !doc.features.contains(where: { $0.name == name }) {
            throw SchemaDiagnostic(loc, "feature '\(name)' lacks documentation", context: ctx)
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
