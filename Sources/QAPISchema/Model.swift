/// The JSON type a schema type travels as, in introspection's `JSONType` spelling.
public enum JSONWireType: String, Sendable {
    case string, number, int, boolean, null, object, array, value
}

/// A feature attached to a definition, member or enum value.
public struct Feature: Sendable, Hashable {
    public var name: String
    public init(name: String) { self.name = name }
    /// QAPI's special features.
    public var isSpecial: Bool { name == "deprecated" || name == "unstable" }
}

/// Anything with a name in the schema's single namespace.
public class SchemaEntity {
    /// The name as written.
    public let name: String
    /// Where the definition starts (`nil` for built-ins).
    public let location: SourceLocation?
    /// Its documentation comment.
    public internal(set) var doc: DocComment?
    /// Its features.
    public internal(set) var features: [Feature]
    /// The schema module (file) that defines it; `nil` for built-ins and implicit types.
    public let module: String?

    init(name: String, location: SourceLocation?, doc: DocComment?, features: [Feature], module: String?) {
        self.name = name
        self.location = location
        self.doc = doc
        self.features = features
        self.module = module
    }

    /// The word QEMU uses for this kind of definition (`struct`, `command`, …).
    public var meta: String { "entity" }

    /// `meta 'name'`, for messages.
    public var describe: String { "\(meta) '\(name)'" }

    public func hasFeature(_ name: String) -> Bool { features.contains { $0.name == name } }
}

/// Every type of the schema.
public class SchemaType: SchemaEntity {
    /// How values of this type look on the wire.
    public var wireType: JSONWireType { .value }
    /// Whether the type was created by the generator rather than written.
    public var isImplicit: Bool { false }
}

/// `str`, `int`, `uint32`, `size`, `number`, `bool`, `null`, `any`.
public final class BuiltinType: SchemaType {
    public let json: JSONWireType
    init(name: String, json: JSONWireType) {
        self.json = json
        super.init(name: name, location: nil, doc: nil, features: [], module: nil)
    }
    public override var meta: String { "built-in type" }
    public override var wireType: JSONWireType { json }
    /// Whether this is one of the integer types.
    public var isInteger: Bool { json == .int }

    /// The built-in types, by name.
    public static let all: [String: JSONWireType] = [
        "str": .string, "number": .number, "int": .int, "int8": .int, "int16": .int, "int32": .int,
        "int64": .int, "uint8": .int, "uint16": .int, "uint32": .int, "uint64": .int, "size": .int,
        "bool": .boolean, "null": .null, "any": .value,
    ]
}

/// One value of an enum.
public struct EnumMember: Sendable {
    public var name: String
    public var features: [Feature]
}

/// `{ 'enum': … }`.
public final class EnumType: SchemaType {
    public internal(set) var members: [EnumMember] = []
    public internal(set) var prefix: String?
    public override var meta: String { "enum" }
    public override var wireType: JSONWireType { .string }
}

/// `['T']`.
public final class ArrayType: SchemaType {
    /// Owned by the schema, like every type.
    public unowned let element: SchemaType
    init(element: SchemaType) {
        self.element = element
        super.init(name: element.name + "List", location: nil, doc: nil, features: [], module: nil)
    }
    public override var meta: String { "array type" }
    public override var wireType: JSONWireType { .array }
    public override var isImplicit: Bool { true }
}

/// A member of an object type.
public final class ObjectMember {
    public let name: String
    /// Owned by the schema.
    public unowned let type: SchemaType
    public let optional: Bool
    public let features: [Feature]
    /// The type that declares it.
    public unowned let owner: ObjectType

    init(name: String, type: SchemaType, optional: Bool, features: [Feature], owner: ObjectType) {
        self.name = name
        self.type = type
        self.optional = optional
        self.features = features
        self.owner = owner
    }

    public func hasFeature(_ name: String) -> Bool { features.contains { $0.name == name } }
}

/// A branch of a union: a discriminator value and the struct it adds.
public struct UnionBranch {
    public var name: String
    /// Owned by the schema.
    public unowned var type: ObjectType
}

/// The variant part of a union.
public struct UnionVariants {
    /// The discriminator member (an enum member of the base).
    public unowned var tag: ObjectMember
    /// The enum the discriminator takes values from.
    public unowned var tagType: EnumType
    /// Branches in the order written; enum values without a branch add no members.
    public var branches: [UnionBranch]

    /// The branch for an enum value, if it has one.
    public func branch(for value: String) -> UnionBranch? { branches.first { $0.name == value } }
}

/// `{ 'struct': … }`, `{ 'union': … }` and implicit argument/base types.
public final class ObjectType: SchemaType {
    /// Owned by the schema.
    public internal(set) unowned var base: ObjectType?
    public internal(set) var localMembers: [ObjectMember] = []
    public internal(set) var variants: UnionVariants?
    let implicit: Bool
    let isUnion: Bool

    init(name: String, location: SourceLocation?, doc: DocComment?, features: [Feature], module: String?,
         implicit: Bool, isUnion: Bool) {
        self.implicit = implicit
        self.isUnion = isUnion
        super.init(name: name, location: location, doc: doc, features: features, module: module)
    }

    public override var meta: String { isUnion ? "union" : (implicit ? "implicit type" : "struct") }
    public override var wireType: JSONWireType { .object }
    public override var isImplicit: Bool { implicit }

    /// All non-variant members: the base's first, then this type's own.
    public var members: [ObjectMember] { (base?.members ?? []) + localMembers }

    /// Whether a value may be `{}` (no required members and no variants).
    public var isEmpty: Bool { members.isEmpty && variants == nil }
}

/// A branch of an alternate.
public struct AlternateBranch {
    public var name: String
    /// Owned by the schema.
    public unowned var type: SchemaType
}

/// `{ 'alternate': … }`.
public final class AlternateType: SchemaType {
    public internal(set) var branches: [AlternateBranch] = []
    public override var meta: String { "alternate" }
}

/// `{ 'command': … }`.
public final class Command: SchemaEntity {
    /// Arguments; `nil` when the command takes none.
    public internal(set) var argType: ObjectType?
    /// Return type; `nil` when the command returns `{}`.
    public internal(set) var retType: SchemaType?
    public internal(set) var boxed = false
    public internal(set) var allowOOB = false
    public internal(set) var allowPreconfig = false
    public internal(set) var coroutine = false
    public internal(set) var successResponse = true
    public internal(set) var gen = true
    public override var meta: String { "command" }
}

/// `{ 'event': … }`.
public final class Event: SchemaEntity {
    public internal(set) var argType: ObjectType?
    public internal(set) var boxed = false
    public override var meta: String { "event" }
}

/// A checked schema: every name resolved, every rule applied.
///
/// The schema owns its types: a type's links to other types (members, array
/// elements, bases, branches) are `unowned`, because QAPI allows recursive
/// types and strong links would make cycles that are never freed. Keep the
/// schema while you use its types; reaching a type through a link after the
/// schema is gone traps.
public final class Schema {
    /// Definitions written in the schema, in source order.
    public internal(set) var entities: [SchemaEntity] = []
    /// Every type by name, including built-ins, implicit and array types.
    public private(set) var types: [String: SchemaType] = [:]
    /// Every type made for this schema, also one a later name replaced in
    /// `types`: what keeps them alive.
    private var owned: [SchemaType] = []
    /// Modules in include order.
    public internal(set) var modules: [String] = []
    /// Free-form documentation blocks (section headings and prose) with the index of
    /// the entity they precede.
    public internal(set) var freeDocs: [(doc: DocComment, before: Int, module: String)] = []
    /// The merged pragmas.
    public internal(set) var pragma = SchemaPragma()
    /// The empty argument type commands without arguments point to.
    public let emptyObject = ObjectType(
        name: "q_empty", location: nil, doc: nil, features: [], module: nil, implicit: true, isUnion: false)

    /// Commands in source order.
    public var commands: [Command] { entities.compactMap { $0 as? Command } }
    /// Events in source order.
    public var events: [Event] { entities.compactMap { $0 as? Event } }
    /// Written (non-implicit) types in source order.
    public var namedTypes: [SchemaType] { entities.compactMap { $0 as? SchemaType } }

    /// Looks up a type by name.
    public func type(named name: String) -> SchemaType? { types[name] }

    /// Names `type` and takes ownership of it.
    @discardableResult
    func adopt<T: SchemaType>(_ type: T, as name: String) -> T {
        types[name] = type
        owned.append(type)
        return type
    }
}
