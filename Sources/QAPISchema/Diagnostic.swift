/// Where something in a schema file is.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file name as given to the parser (relative paths stay relative).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, for lexical errors only.
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}

/// A schema error, printed as QEMU's QAPI generator prints them: an optional
/// context line (`file: In struct 'Foo':`) and `file:line: message`.
public struct SchemaDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    /// The definition being checked, e.g. `struct 'Foo'`; `nil` for file-level errors.
    public var context: String?

    public init(_ location: SourceLocation, _ message: String, context: String? = nil) {
        self.location = location
        self.message = message
        self.context = context
    }

    public var description: String {
        var text = ""
        if let context { text += "\(location.file): In \(context):\n" }
        text += "\(location): \(message)"
        return text
    }
}
