import QAPISchema

/// A schema's definitions by kind, in source order: what the client and
/// help backends walk.
struct SchemaWalk: SchemaVisitor {
    var objects: [ObjectType] = []
    var enums: [EnumType] = []
    var alternates: [AlternateType] = []
    var commands: [Command] = []
    var events: [Event] = []

    init(_ schema: Schema) {
        schema.visit(&self)
    }

    mutating func visitStruct(_ type: ObjectType) { objects.append(type) }
    mutating func visitUnion(_ type: ObjectType) { objects.append(type) }
    mutating func visitEnum(_ type: EnumType) { enums.append(type) }
    mutating func visitAlternate(_ type: AlternateType) { alternates.append(type) }
    mutating func visitCommand(_ command: Command) { commands.append(command) }
    mutating func visitEvent(_ event: Event) { events.append(event) }
}

extension SchemaWalk {
    /// Commands that take a descriptor sent with them (SCM_RIGHTS): the
    /// clients' methods for them gain a required `fd` parameter.
    static let descriptorCommands: Set<String> = ["getfd", "add-fd"]

    /// Every argument member name of `c` (wire names), union branches'
    /// included: what a client compares with the daemon's schema.
    static func argumentNames(of c: Command) -> [String] {
        guard let arg = c.argType else { return [] }
        var names = arg.members.map(\.name)
        for branch in arg.variants?.branches ?? [] {
            for m in branch.type.members where !names.contains(m.name) { names.append(m.name) }
        }
        return names
    }
}
