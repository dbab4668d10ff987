// Generated from Tests/Fixtures/qapi/good/all-features.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// A colour.  The enumeration has a C prefix, a value that starts with
/// a digit, a value named like a Swift keyword, a value with features
/// and a conditional value.
public enum Color: String, QAPIEnum {
    /// plain red
    case red = "red"
    /// a value whose name needs camel-casing
    case darkGreen = "dark-green"
    /// a value that starts with a digit
    case _3d = "3d"
    /// a value named like a Swift keyword
    case `default` = "default"
    /// an old value
    ///
    /// - Note: Deprecated: `sepia` will be removed
    case sepia = "sepia"
    /// a value present only on Linux
    ///
    /// - Note: Unstable: `linux-blue` may change
    case linuxBlue = "linux-blue"
}

/// The kinds of `Shape`.
public enum ShapeKind: String, QAPIEnum {
    /// a circle
    case circle = "circle"
    /// a rectangle
    case rect = "rect"
    /// a point (no members beyond the base)
    case point = "point"
    /// a line (no members beyond the base)
    case _1dLine = "1d-line"
}

/// One member of every built-in type.
public struct Builtins: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// a string
    public var str: String
    /// an integer
    public var int: Int64
    /// an 8-bit integer
    public var i8: Int8
    /// a 16-bit integer
    public var i16: Int16
    /// a 32-bit integer
    public var i32: Int32
    /// a 64-bit integer
    public var i64: Int64
    /// an 8-bit unsigned integer
    public var u8: UInt8
    /// a 16-bit unsigned integer
    public var u16: UInt16
    /// a 32-bit unsigned integer
    public var u32: UInt32
    /// a 64-bit unsigned integer
    public var u64: UInt64
    /// a size in bytes
    public var size: UInt64
    /// a floating-point number
    public var number: Double
    /// a boolean
    public var bool: Bool
    /// JSON null
    public var null: QAPINull
    /// any JSON value
    public var any: JSONValue
    /// any JSON value, or absent; present as null is not the same as absent
    public var optAny: JSONValue?
    /// sizes, an array of an integer type other than int
    public var sizes: [UInt64]?

    /// Creates a value from its members.
    public init(str: String, int: Int64, i8: Int8, i16: Int16, i32: Int32, i64: Int64, u8: UInt8, u16: UInt16, u32: UInt32, u64: UInt64, size: UInt64, number: Double, bool: Bool, null: QAPINull, any: JSONValue, optAny: JSONValue? = nil, sizes: [UInt64]? = nil) {
        self.str = str
        self.int = int
        self.i8 = i8
        self.i16 = i16
        self.i32 = i32
        self.i64 = i64
        self.u8 = u8
        self.u16 = u16
        self.u32 = u32
        self.u64 = u64
        self.size = size
        self.number = number
        self.bool = bool
        self.null = null
        self.any = any
        self.optAny = optAny
        self.sizes = sizes
    }

    public static let qapiMemberNames: [String] = ["str", "int", "i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "size", "number", "bool", "null", "any", "opt-any", "sizes"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.str = try QAPIDecoding.member(object, "str", at: path)
        self.int = try QAPIDecoding.member(object, "int", at: path)
        self.i8 = try QAPIDecoding.member(object, "i8", at: path)
        self.i16 = try QAPIDecoding.member(object, "i16", at: path)
        self.i32 = try QAPIDecoding.member(object, "i32", at: path)
        self.i64 = try QAPIDecoding.member(object, "i64", at: path)
        self.u8 = try QAPIDecoding.member(object, "u8", at: path)
        self.u16 = try QAPIDecoding.member(object, "u16", at: path)
        self.u32 = try QAPIDecoding.member(object, "u32", at: path)
        self.u64 = try QAPIDecoding.member(object, "u64", at: path)
        self.size = try QAPIDecoding.member(object, "size", at: path)
        self.number = try QAPIDecoding.member(object, "number", at: path)
        self.bool = try QAPIDecoding.member(object, "bool", at: path)
        self.null = try QAPIDecoding.member(object, "null", at: path)
        self.any = try QAPIDecoding.member(object, "any", at: path)
        self.optAny = try QAPIDecoding.optional(object, "opt-any", at: path)
        self.sizes = try QAPIDecoding.optional(object, "sizes", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 17)
        QAPIEncoding.put(&object, "str", str)
        QAPIEncoding.put(&object, "int", int)
        QAPIEncoding.put(&object, "i8", i8)
        QAPIEncoding.put(&object, "i16", i16)
        QAPIEncoding.put(&object, "i32", i32)
        QAPIEncoding.put(&object, "i64", i64)
        QAPIEncoding.put(&object, "u8", u8)
        QAPIEncoding.put(&object, "u16", u16)
        QAPIEncoding.put(&object, "u32", u32)
        QAPIEncoding.put(&object, "u64", u64)
        QAPIEncoding.put(&object, "size", size)
        QAPIEncoding.put(&object, "number", number)
        QAPIEncoding.put(&object, "bool", bool)
        QAPIEncoding.put(&object, "null", null)
        QAPIEncoding.put(&object, "any", any)
        QAPIEncoding.put(&object, "opt-any", optAny)
        QAPIEncoding.put(&object, "sizes", sizes)
    }
}

/// A record: the base of `DetailedRecord` and `ExtraInfo`.
public struct Record: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the record's identifier
    public var id: String
    /// a free-form note
    public var note: String?

    /// Creates a value from its members.
    public init(id: String, note: String? = nil) {
        self.id = id
        self.note = note
    }

    public static let qapiMemberNames: [String] = ["id", "note"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.id = try QAPIDecoding.member(object, "id", at: path)
        self.note = try QAPIDecoding.optional(object, "note", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "note", note)
    }
}

/// A record with more detail.  Its members come after those of its
/// base, `Record`.
public struct DetailedRecord: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the record's identifier
    public var id: String
    /// a free-form note
    public var note: String?
    /// the record's colours
    public var colors: [Color]
    /// nested records
    public var children: [Record]?
    /// a member named like a Swift keyword
    public var `default`: Bool
    /// another one
    public var `case`: Int8
    /// a member whose name needs camel-casing
    public var longMemberName: UInt16
    /// a member with features
    ///
    /// - Note: Deprecated: `old-field` is ignored
    public var oldField: Int64
    /// a member present only on Linux
    ///
    /// - Note: Unstable: `linux-only` may change
    public var linuxOnly: String?

    /// Creates a value from its members.
    public init(id: String, note: String? = nil, colors: [Color], children: [Record]? = nil, `default`: Bool, `case`: Int8, longMemberName: UInt16, oldField: Int64, linuxOnly: String? = nil) {
        self.id = id
        self.note = note
        self.colors = colors
        self.children = children
        self.default = `default`
        self.case = `case`
        self.longMemberName = longMemberName
        self.oldField = oldField
        self.linuxOnly = linuxOnly
    }

    public static let qapiMemberNames: [String] = ["id", "note", "colors", "children", "default", "case", "long-member-name", "old-field", "linux-only"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.id = try QAPIDecoding.member(object, "id", at: path)
        self.note = try QAPIDecoding.optional(object, "note", at: path)
        self.colors = try QAPIDecoding.member(object, "colors", at: path)
        self.children = try QAPIDecoding.optional(object, "children", at: path)
        self.default = try QAPIDecoding.member(object, "default", at: path)
        self.case = try QAPIDecoding.member(object, "case", at: path)
        self.longMemberName = try QAPIDecoding.member(object, "long-member-name", at: path)
        self.oldField = try QAPIDecoding.member(object, "old-field", at: path)
        self.linuxOnly = try QAPIDecoding.optional(object, "linux-only", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 9)
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "note", note)
        QAPIEncoding.put(&object, "colors", colors)
        QAPIEncoding.put(&object, "children", children)
        QAPIEncoding.put(&object, "default", `default`)
        QAPIEncoding.put(&object, "case", `case`)
        QAPIEncoding.put(&object, "long-member-name", longMemberName)
        QAPIEncoding.put(&object, "old-field", oldField)
        QAPIEncoding.put(&object, "linux-only", linuxOnly)
    }
}

/// A structure whose member names are exempt from the naming rules.
///
/// - Note: Deprecated: Old clients only.
public struct LegacyRecord: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// an upper-case name with an underscore
    public var legacyName: String
    /// a camel-case name
    public var camelValue: Int32

    /// Creates a value from its members.
    public init(legacyName: String, camelValue: Int32) {
        self.legacyName = legacyName
        self.camelValue = camelValue
    }

    public static let qapiMemberNames: [String] = ["Legacy_Name", "camelValue"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.legacyName = try QAPIDecoding.member(object, "Legacy_Name", at: path)
        self.camelValue = try QAPIDecoding.member(object, "camelValue", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "Legacy_Name", legacyName)
        QAPIEncoding.put(&object, "camelValue", camelValue)
    }
}

/// A structure without members.
public struct Empty: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// Creates a value from its members.
    public init() {}

    public static let qapiMemberNames: [String] = []

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {}

    public func qapiEncodeMembers(into object: inout JSONObject) {}
}

/// A structure no command or event uses; introspection leaves it out.
public struct Unused: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// never seen
    public var unused: String

    /// Creates a value from its members.
    public init(unused: String) {
        self.unused = unused
    }

    public static let qapiMemberNames: [String] = ["unused"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.unused = try QAPIDecoding.member(object, "unused", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "unused", unused)
    }
}

/// A circle's members.
public struct Circle: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the radius
    public var radius: Double

    /// Creates a value from its members.
    public init(radius: Double) {
        self.radius = radius
    }

    public static let qapiMemberNames: [String] = ["radius"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.radius = try QAPIDecoding.member(object, "radius", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "radius", radius)
    }
}

/// A rectangle's members.
public struct Rect: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the width
    public var width: UInt32
    /// the height
    public var height: UInt32

    /// Creates a value from its members.
    public init(width: UInt32, height: UInt32) {
        self.width = width
        self.height = height
    }

    public static let qapiMemberNames: [String] = ["width", "height"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.width = try QAPIDecoding.member(object, "width", at: path)
        self.height = try QAPIDecoding.member(object, "height", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "width", width)
        QAPIEncoding.put(&object, "height", height)
    }
}

/// A union with an inline base and a conditional branch.  `point` and
/// `1d-line` have no branch.
public struct Shape: Sendable, Hashable, QAPIDecodable, QAPIObjectEncodable {
    /// a label to draw next to the shape
    public var label: String?
    /// The branch selected by `kind`, with its members.
    public var branch: Branch

    /// The branches of the union, one per value of `ShapeKind`.
    public enum Branch: Sendable, Hashable {
        case circle(Circle)
        case rect(Rect)
        case point
        case _1dLine
    }

    /// what kind of shape
    public var kind: ShapeKind {
        switch branch {
        case .circle: return .circle
        case .rect: return .rect
        case .point: return .point
        case ._1dLine: return ._1dLine
        }
    }

    /// Creates a value from its members.
    public init(label: String? = nil, branch: Branch) {
        self.label = label
        self.branch = branch
    }

    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        let object = try QAPIDecoding.object(value, at: path)
        let tag: ShapeKind = try QAPIDecoding.member(object, "kind", at: path)
        self.label = try QAPIDecoding.optional(object, "label", at: path)
        var known: [String] = ["kind", "label"]
        switch tag {
        case .circle:
            branch = .circle(try Circle(qapiMembersOf: object, at: path))
            known += Circle.qapiMemberNames
        case .rect:
            branch = .rect(try Rect(qapiMembersOf: object, at: path))
            known += Rect.qapiMemberNames
        case .point: branch = .point
        case ._1dLine: branch = ._1dLine
        }
        try QAPIDecoding.rejectUnexpected(object, known: known, at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "kind", kind)
        QAPIEncoding.put(&object, "label", label)
        switch branch {
        case .circle(let members): members.qapiEncodeMembers(into: &object)
        case .rect(let members): members.qapiEncodeMembers(into: &object)
        default: break
        }
    }
}

/// An alternate with one branch per JSON type.
///
/// - Note: Feature `shiny`: A feature that is neither deprecated nor unstable.
public enum Value: Sendable, Hashable, QAPIDecodable, QAPIEncodable {
    /// a string
    case s(String)
    /// a number
    case n(Double)
    /// a boolean
    case b(Bool)
    /// JSON null
    case null(QAPINull)
    /// an object
    case record(Record)
    /// an array
    case list([Int64])

    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        switch value {
        case .string: self = .s(try String(qapi: value, at: path))
        case .int, .uint, .double, .numberLiteral: self = .n(try Double(qapi: value, at: path))
        case .bool: self = .b(try Bool(qapi: value, at: path))
        case .null: self = .null(try QAPINull(qapi: value, at: path))
        case .object: self = .record(try Record(qapi: value, at: path))
        case .array: self = .list(try [Int64](qapi: value, at: path))
        }
    }

    public var qapiJSON: JSONValue {
        switch self {
        case .s(let v): return v.qapiJSON
        case .n(let v): return v.qapiJSON
        case .b(let v): return v.qapiJSON
        case .null(let v): return v.qapiJSON
        case .record(let v): return v.qapiJSON
        case .list(let v): return v.qapiJSON
        }
    }
}

/// An alternate of an enumeration and an integer type.
public enum ColorOrLevel: Sendable, Hashable, QAPIDecodable, QAPIEncodable {
    /// a colour
    case color(Color)
    /// a level
    case level(UInt8)

    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        switch value {
        case .string: self = .color(try Color(qapi: value, at: path))
        case .int, .uint, .double, .numberLiteral: self = .level(try UInt8(qapi: value, at: path))
        default: throw QMPError.invalidType(path, expected: "ColorOrLevel")
        }
    }

    public var qapiJSON: JSONValue {
        switch self {
        case .color(let v): return v.qapiJSON
        case .level(let v): return v.qapiJSON
        }
    }
}

/// Options that exist only on Windows; used only by a command that is
/// compiled out.
public struct Win32Options: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// a path
    public var path: String

    /// Creates a value from its members.
    public init(path: String) {
        self.path = path
    }

    public static let qapiMemberNames: [String] = ["path"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.path = try QAPIDecoding.member(object, "path", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "path", path)
    }
}

/// Handlers for the commands of schema module 'all-features'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol AllFeaturesCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Do nothing.  Allowed out of band and before configuration.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    func ping(context: Context) throws(QMPError)

    /// Set options.  The arguments are given inline, some named like Swift
    /// keywords.
    ///
    /// - Parameters:
    ///   - in: where to set them
    ///   - case: which case
    ///   - default: the default colour
    ///   - values: values of every JSON type
    ///   - extra: anything else
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError if `in` is empty
    func setOptions(`in`: String, `case`: Int64, `default`: Color?, values: [Value]?, extra: JSONValue?, context: Context) throws(QMPError)

    /// Describe a record.  The arguments are the members of a struct.
    ///
    /// - Parameters:
    ///   - id: the record's identifier
    ///   - note: a free-form note
    ///   - colors: the record's colours
    ///   - children: nested records
    ///   - default: a member named like a Swift keyword
    ///   - case: another one
    ///   - longMemberName: a member whose name needs camel-casing
    ///   - oldField: a member with features (deprecated)
    ///   - linuxOnly: a member present only on Linux (unstable)
    ///   - context: the state of the request
    /// - Returns: the record, as given
    func describeRecord(id: String, note: String?, colors: [Color], children: [Record]?, `default`: Bool, `case`: Int8, longMemberName: UInt16, oldField: Int64, linuxOnly: String?, context: Context) throws(QMPError) -> DetailedRecord

    /// Draw a shape.  The arguments are a union, passed boxed.
    ///
    /// - Parameters:
    ///   - arguments: the arguments, as one `Shape`
    ///   - context: the state of the request
    /// - Returns: the shape drawn
    /// - Throws:
    ///   - GenericError if the shape is too big
    func draw(_ arguments: Shape, context: Context) throws(QMPError) -> Shape

    /// List records.
    ///
    /// - Parameters:
    ///   - filter: only records whose identifier starts with this
    ///   - context: the state of the request
    /// - Returns: the records
    func listRecords(filter: String?, context: Context) throws(QMPError) -> [Record]

    /// Check values of every built-in type, nested one level down.
    ///
    /// - Parameters:
    ///   - builtins: one value of every built-in type
    ///   - legacy: a record with exempt member names
    ///   - empty: an empty object
    ///   - context: the state of the request
    /// - Returns: `builtins`, as given
    func checkBuiltins(builtins: Builtins, legacy: LegacyRecord?, empty: Empty?, context: Context) throws(QMPError) -> Builtins

    /// Return a counter: a built-in type, thanks to the pragma.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: the counter
    func queryCounter(context: Context) throws(QMPError) -> Int64

    /// Return the argument.
    ///
    /// - Parameters:
    ///   - value: what to return
    ///   - context: the state of the request
    /// - Returns: `value`
    func echo(value: JSONValue, context: Context) throws(QMPError) -> JSONValue

    /// Reset, under an old name.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Note: Deprecated: Use `set-options` instead.
    func legacyReset(context: Context) throws(QMPError)

    /// Frobnicate.  Experimental.
    ///
    /// - Parameters:
    ///   - level: how much
    ///   - context: the state of the request
    /// - Note: Unstable: This command is experimental.
    func xFrobnicate(level: ColorOrLevel, context: Context) throws(QMPError)

    /// Add something.  There is no generated marshaller: the handler gets
    /// the arguments as they came.
    ///
    /// - Parameters:
    ///   - arguments: the arguments as the client sent them, not checked against the schema
    ///   - context: the state of the request
    /// - Returns: whatever the handler wants
    func legacyAdd(arguments: JSONObject, context: Context) throws(QMPError) -> JSONValue
}

extension QMPEventSink {
    /// Emitted periodically.  No data.
    public func emitHeartbeat() {
        emit(event: "HEARTBEAT", data: nil)
    }

    /// Emitted when the colour changes.
    ///
    /// - Parameters:
    ///   - old: the previous colour
    ///   - new: the new colour
    ///   - in: where
    /// - Note: Unstable: The event may change.
    public func emitColorChanged(old: Color, new: Color, `in`: String? = nil) {
        var object = JSONObject()
        QAPIEncoding.put(&object, "old", old)
        QAPIEncoding.put(&object, "new", new)
        QAPIEncoding.put(&object, "in", `in`)
        emit(event: "COLOR_CHANGED", data: object.isEmpty ? nil : object)
    }

    /// Emitted when a record changes; the data is a struct, boxed.
    ///
    /// - Parameters:
    ///   - data: the event's members, as one `DetailedRecord`
    /// - Note: Deprecated: Use `RECORD_ADDED`.
    public func emitRecordChanged(_ data: DetailedRecord) {
        var object = JSONObject()
        data.qapiEncodeMembers(into: &object)
        emit(event: "RECORD_CHANGED", data: object.isEmpty ? nil : object)
    }

    /// Emitted when a record is added; the data is a struct, not boxed.
    ///
    /// - Parameters:
    ///   - id: the record's identifier
    ///   - note: a free-form note
    public func emitRecordAdded(id: String, note: String? = nil) {
        var object = JSONObject()
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "note", note)
        emit(event: "RECORD_ADDED", data: object.isEmpty ? nil : object)
    }
}
