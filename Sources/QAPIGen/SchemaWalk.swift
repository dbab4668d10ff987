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
