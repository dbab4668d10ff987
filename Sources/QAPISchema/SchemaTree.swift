/// A value in a schema expression: QAPI's JSON subset (single-quoted strings,
/// booleans, lists, and objects with string keys; no numbers, no null).
public indirect enum SchemaTree: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case list([SchemaTree])
    case dict(SchemaDict)

    /// The string, if this is one.
    public var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The dictionary, if this is one.
    public var dict: SchemaDict? {
        if case .dict(let d) = self { return d }
        return nil
    }

    /// The list, if this is one.
    public var list: [SchemaTree]? {
        if case .list(let l) = self { return l }
        return nil
    }

    /// The boolean, if this is one.
    public var bool: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

/// An object in a schema expression; keeps the order keys were written in.
public struct SchemaDict: Sendable, Equatable {
    public var entries: [(key: String, value: SchemaTree)]

    public init(_ entries: [(key: String, value: SchemaTree)] = []) { self.entries = entries }

    public subscript(key: String) -> SchemaTree? {
        entries.first(where: { $0.key == key })?.value
    }

    public var keys: [String] { entries.map(\.key) }

    public static func == (a: SchemaDict, b: SchemaDict) -> Bool {
        a.entries.count == b.entries.count
            && zip(a.entries, b.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// One top-level expression with where it was written and the documentation
/// comment that precedes it.
public struct SchemaExpression: Sendable {
    public var tree: SchemaDict
    public var location: SourceLocation
    public var doc: DocComment?
    /// The schema file (module) that holds the expression, as named relative to the
    /// main schema's folder.
    public var module: String
}
