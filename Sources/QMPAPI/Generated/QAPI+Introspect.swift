// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// The kind of a schema entity.
public enum SchemaMetaType: String, QAPIEnum {
    /// a predefined type such as 'int' or 'bool'
    case builtin = "builtin"
    /// an enumeration type
    case `enum` = "enum"
    /// an array type
    case array = "array"
    /// an object type (struct or union)
    case object = "object"
    /// an alternate type
    case alternate = "alternate"
    /// a command
    case command = "command"
    /// an event
    case event = "event"
}

/// One schema entity.
public struct SchemaInfo: Sendable, Hashable, QAPIDecodable, QAPIObjectEncodable {
    /// the entity's name; commands and events keep theirs, types are masked
    public var name: String
    /// names of the entity's features, if it has any
    public var features: [String]?
    /// The branch selected by `meta-type`, with its members.
    public var branch: Branch

    /// The branches of the union, one per value of `SchemaMetaType`.
    public enum Branch: Sendable, Hashable {
        case builtin(SchemaInfoBuiltin)
        case `enum`(SchemaInfoEnum)
        case array(SchemaInfoArray)
        case object(SchemaInfoObject)
        case alternate(SchemaInfoAlternate)
        case command(SchemaInfoCommand)
        case event(SchemaInfoEvent)
    }

    /// the kind of entity
    public var metaType: SchemaMetaType {
        switch branch {
        case .builtin: return .builtin
        case .enum: return .enum
        case .array: return .array
        case .object: return .object
        case .alternate: return .alternate
        case .command: return .command
        case .event: return .event
        }
    }

    /// Creates a value from its members.
    public init(name: String, features: [String]? = nil, branch: Branch) {
        self.name = name
        self.features = features
        self.branch = branch
    }

    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        let object = try QAPIDecoding.object(value, at: path)
        self.name = try QAPIDecoding.member(object, "name", at: path)
        let tag: SchemaMetaType = try QAPIDecoding.member(object, "meta-type", at: path)
        self.features = try QAPIDecoding.optional(object, "features", at: path)
        var known: [String] = ["name", "meta-type", "features"]
        switch tag {
        case .builtin:
            branch = .builtin(try SchemaInfoBuiltin(qapiMembersOf: object, at: path))
            known += SchemaInfoBuiltin.qapiMemberNames
        case .enum:
            branch = .enum(try SchemaInfoEnum(qapiMembersOf: object, at: path))
            known += SchemaInfoEnum.qapiMemberNames
        case .array:
            branch = .array(try SchemaInfoArray(qapiMembersOf: object, at: path))
            known += SchemaInfoArray.qapiMemberNames
        case .object:
            branch = .object(try SchemaInfoObject(qapiMembersOf: object, at: path))
            known += SchemaInfoObject.qapiMemberNames
        case .alternate:
            branch = .alternate(try SchemaInfoAlternate(qapiMembersOf: object, at: path))
            known += SchemaInfoAlternate.qapiMemberNames
        case .command:
            branch = .command(try SchemaInfoCommand(qapiMembersOf: object, at: path))
            known += SchemaInfoCommand.qapiMemberNames
        case .event:
            branch = .event(try SchemaInfoEvent(qapiMembersOf: object, at: path))
            known += SchemaInfoEvent.qapiMemberNames
        }
        try QAPIDecoding.rejectUnexpected(object, known: known, at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "meta-type", metaType)
        QAPIEncoding.put(&object, "features", features)
        switch branch {
        case .builtin(let members): members.qapiEncodeMembers(into: &object)
        case .enum(let members): members.qapiEncodeMembers(into: &object)
        case .array(let members): members.qapiEncodeMembers(into: &object)
        case .object(let members): members.qapiEncodeMembers(into: &object)
        case .alternate(let members): members.qapiEncodeMembers(into: &object)
        case .command(let members): members.qapiEncodeMembers(into: &object)
        case .event(let members): members.qapiEncodeMembers(into: &object)
        }
    }
}

/// Additional information for a built-in type.
public struct SchemaInfoBuiltin: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the JSON type used on the wire
    public var jsonType: JSONType

    /// Creates a value from its members.
    public init(jsonType: JSONType) {
        self.jsonType = jsonType
    }

    public static let qapiMemberNames: [String] = ["json-type"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.jsonType = try QAPIDecoding.member(object, "json-type", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "json-type", jsonType)
    }
}

/// The JSON types a value can take on the wire.
public enum JSONType: String, QAPIEnum {
    /// a JSON string
    case string = "string"
    /// a JSON number
    case number = "number"
    /// a JSON number without fraction or exponent
    case int = "int"
    /// true or false
    case boolean = "boolean"
    /// the JSON null
    case null = "null"
    /// a JSON object
    case object = "object"
    /// a JSON array
    case array = "array"
    /// any JSON value
    case value = "value"
}

/// Additional information for an enumeration.
public struct SchemaInfoEnum: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the values, with their features
    public var members: [SchemaInfoEnumMember]
    /// the values' names only
    ///
    /// - Note: Deprecated: use `members` instead
    public var values: [String]

    /// Creates a value from its members.
    public init(members: [SchemaInfoEnumMember], values: [String]) {
        self.members = members
        self.values = values
    }

    public static let qapiMemberNames: [String] = ["members", "values"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.members = try QAPIDecoding.member(object, "members", at: path)
        self.values = try QAPIDecoding.member(object, "values", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "members", members)
        QAPIEncoding.put(&object, "values", values)
    }
}

/// One value of an enumeration.
public struct SchemaInfoEnumMember: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the value
    public var name: String
    /// names of the value's features, if it has any
    public var features: [String]?

    /// Creates a value from its members.
    public init(name: String, features: [String]? = nil) {
        self.name = name
        self.features = features
    }

    public static let qapiMemberNames: [String] = ["name", "features"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.features = try QAPIDecoding.optional(object, "features", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "features", features)
    }
}

/// Additional information for an array type.
public struct SchemaInfoArray: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the (masked) name of the element type
    public var elementType: String

    /// Creates a value from its members.
    public init(elementType: String) {
        self.elementType = elementType
    }

    public static let qapiMemberNames: [String] = ["element-type"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.elementType = try QAPIDecoding.member(object, "element-type", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "element-type", elementType)
    }
}

/// Additional information for an object type.
public struct SchemaInfoObject: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the members, base members first
    public var members: [SchemaInfoObjectMember]
    /// the discriminator member of a union
    public var tag: String?
    /// the branches of a union
    public var variants: [SchemaInfoObjectVariant]?

    /// Creates a value from its members.
    public init(members: [SchemaInfoObjectMember], tag: String? = nil, variants: [SchemaInfoObjectVariant]? = nil) {
        self.members = members
        self.tag = tag
        self.variants = variants
    }

    public static let qapiMemberNames: [String] = ["members", "tag", "variants"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.members = try QAPIDecoding.member(object, "members", at: path)
        self.tag = try QAPIDecoding.optional(object, "tag", at: path)
        self.variants = try QAPIDecoding.optional(object, "variants", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "members", members)
        QAPIEncoding.put(&object, "tag", tag)
        QAPIEncoding.put(&object, "variants", variants)
    }
}

/// One member of an object type.
public struct SchemaInfoObjectMember: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the member's name
    public var name: String
    /// the (masked) name of its type
    public var type: String
    /// present, with value null, when the member is optional
    public var `default`: JSONValue?
    /// names of the member's features, if it has any
    public var features: [String]?

    /// Creates a value from its members.
    public init(name: String, type: String, `default`: JSONValue? = nil, features: [String]? = nil) {
        self.name = name
        self.type = type
        self.default = `default`
        self.features = features
    }

    public static let qapiMemberNames: [String] = ["name", "type", "default", "features"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.type = try QAPIDecoding.member(object, "type", at: path)
        self.default = try QAPIDecoding.optional(object, "default", at: path)
        self.features = try QAPIDecoding.optional(object, "features", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 4)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "type", type)
        QAPIEncoding.put(&object, "default", `default`)
        QAPIEncoding.put(&object, "features", features)
    }
}

/// One branch of a union.
public struct SchemaInfoObjectVariant: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the discriminator value that selects the branch
    public var `case`: String
    /// the (masked) name of the branch's object type
    public var type: String

    /// Creates a value from its members.
    public init(`case`: String, type: String) {
        self.case = `case`
        self.type = type
    }

    public static let qapiMemberNames: [String] = ["case", "type"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.case = try QAPIDecoding.member(object, "case", at: path)
        self.type = try QAPIDecoding.member(object, "type", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "case", `case`)
        QAPIEncoding.put(&object, "type", type)
    }
}

/// Additional information for an alternate type.
public struct SchemaInfoAlternate: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the alternatives
    public var members: [SchemaInfoAlternateMember]

    /// Creates a value from its members.
    public init(members: [SchemaInfoAlternateMember]) {
        self.members = members
    }

    public static let qapiMemberNames: [String] = ["members"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.members = try QAPIDecoding.member(object, "members", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "members", members)
    }
}

/// One alternative of an alternate type.
public struct SchemaInfoAlternateMember: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the (masked) name of the alternative's type
    public var type: String

    /// Creates a value from its members.
    public init(type: String) {
        self.type = type
    }

    public static let qapiMemberNames: [String] = ["type"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.type = try QAPIDecoding.member(object, "type", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "type", type)
    }
}

/// Additional information for a command.
public struct SchemaInfoCommand: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the (masked) name of the argument object type
    public var argType: String
    /// the (masked) name of the return type
    public var retType: String
    /// present and true when the command may run out of band
    public var allowOob: Bool?

    /// Creates a value from its members.
    public init(argType: String, retType: String, allowOob: Bool? = nil) {
        self.argType = argType
        self.retType = retType
        self.allowOob = allowOob
    }

    public static let qapiMemberNames: [String] = ["arg-type", "ret-type", "allow-oob"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.argType = try QAPIDecoding.member(object, "arg-type", at: path)
        self.retType = try QAPIDecoding.member(object, "ret-type", at: path)
        self.allowOob = try QAPIDecoding.optional(object, "allow-oob", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "arg-type", argType)
        QAPIEncoding.put(&object, "ret-type", retType)
        QAPIEncoding.put(&object, "allow-oob", allowOob)
    }
}

/// Additional information for an event.
public struct SchemaInfoEvent: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the (masked) name of the event's data object type
    public var argType: String

    /// Creates a value from its members.
    public init(argType: String) {
        self.argType = argType
    }

    public static let qapiMemberNames: [String] = ["arg-type"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.argType = try QAPIDecoding.member(object, "arg-type", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "arg-type", argType)
    }
}

/// Handlers for the commands of schema module 'introspect'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol IntrospectCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Describe the commands, events and types of this daemon.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: one `SchemaInfo` per command, event and reachable type.
    func queryQmpSchema(context: Context) throws(QMPError) -> [SchemaInfo]
}
