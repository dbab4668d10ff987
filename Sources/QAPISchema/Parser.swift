#if canImport(Glibc)
import Glibc
import Posix
#endif

/// Schema-wide settings from `{ 'pragma': … }` directives.
public struct SchemaPragma: Sendable {
    /// Every definition must have a documentation comment.
    public var docRequired = false
    /// Commands whose names may use `_` (QEMU: `qmp_capabilities`).
    public var commandNameExceptions: Set<String> = []
    /// Commands that may return a non-object type.
    public var commandReturnsExceptions: Set<String> = []
    /// Definitions whose members need not all be documented.
    public var documentationExceptions: Set<String> = []
    /// Types whose member names may use upper case or `_`.
    public var memberNameExceptions: Set<String> = []

    public init() {}
}

/// The result of parsing a schema and everything it includes.
public struct ParsedSchema: Sendable {
    /// Definitions in source order (directives are consumed).
    public var expressions: [SchemaExpression]
    /// Free-form documentation blocks, with the index of the expression they precede.
    public var freeDocs: [(doc: DocComment, before: Int, module: String)]
    /// Merged pragmas.
    public var pragma: SchemaPragma
    /// Modules in the order they were first read.
    public var modules: [String]
}

/// Reads QAPI schema files: `#` comments, `##` documentation blocks, single-quoted
/// strings, `include` and `pragma` directives.
public struct SchemaParser {
    /// Reads a file's text; tests substitute an in-memory file system.
    public typealias FileReader = (String) throws -> String

    private let readFile: FileReader
    private var visited: Set<String> = []
    private var includeStack: [String] = []
    private var result = ParsedSchema(expressions: [], freeDocs: [], pragma: SchemaPragma(), modules: [])
    private var baseDirectory = ""

    public init(readFile: @escaping FileReader = SchemaParser.readFromDisk) {
        self.readFile = readFile
    }

    /// Reads a file from disk as UTF-8.
    public static func readFromDisk(_ path: String) throws -> String {
        do { return try readUTF8File(atPath: path) } catch { throw SchemaReadError(message: error.message) }
    }

    /// Parses `path` and its includes.
    public mutating func parse(path: String) throws(SchemaDiagnostic) -> ParsedSchema {
        baseDirectory = Self.directory(of: path)
        try parseFile(path, includedFrom: nil)
        return result
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    private func moduleName(_ path: String) -> String {
        var p = path
        if !baseDirectory.isEmpty, p.hasPrefix(baseDirectory + "/") { p = String(p.dropFirst(baseDirectory.count + 1)) }
        if p.hasSuffix(".json") { p = String(p.dropLast(5)) }
        return p
    }

    private mutating func parseFile(_ path: String, includedFrom: SourceLocation?) throws(SchemaDiagnostic) {
        let canonical = Self.normalize(path)
        if includeStack.contains(canonical) {
            throw SchemaDiagnostic(includedFrom ?? SourceLocation(file: path, line: 1), "inclusion loop for \(path)")
        }
        if visited.contains(canonical) { return }
        visited.insert(canonical)
        let text: String
        do {
            text = try readFile(path)
        } catch {
            let why = (error as? SchemaReadError)?.message ?? "\(error)"
            throw SchemaDiagnostic(
                includedFrom ?? SourceLocation(file: path, line: 1), "can't read \(includedFrom == nil ? "schema" : "include") file '\(path)': \(why)")
        }
        includeStack.append(canonical)
        defer { includeStack.removeLast() }
        let module = moduleName(path)
        result.modules.append(module)
        var lexer = Lexer(text: text, file: path)
        var pendingDoc: DocComment? = nil

        func flushPending(_ parser: inout SchemaParser) throws(SchemaDiagnostic) {
            guard let doc = pendingDoc else { return }
            if let symbol = doc.symbol {
                throw SchemaDiagnostic(doc.location, "documentation for '\(symbol)' is not followed by the definition")
            }
            parser.result.freeDocs.append((doc, parser.result.expressions.count, module))
            pendingDoc = nil
        }

        while true {
            let token = try lexer.next()
            switch token.kind {
            case .end:
                try flushPending(&self)
                return
            case .doc(let doc):
                try flushPending(&self)
                pendingDoc = doc
            case .punct("{"):
                let location = token.location
                let tree = try parseDict(&lexer)
                let keys = tree.keys
                if keys.contains("include") {
                    try flushPending(&self)
                    guard keys.count == 1 else {
                        throw SchemaDiagnostic(
                            location, "invalid 'include' directive: unexpected key\(Self.extraKeys(keys, "include"))")
                    }
                    guard let file = tree["include"]?.string else {
                        throw SchemaDiagnostic(location, "value of 'include' must be a string")
                    }
                    let dir = Self.directory(of: path)
                    let target = file.hasPrefix("/") || dir.isEmpty ? file : dir + "/" + file
                    try parseFile(target, includedFrom: location)
                } else if keys.contains("pragma") {
                    try flushPending(&self)
                    guard keys.count == 1 else {
                        throw SchemaDiagnostic(
                            location, "invalid 'pragma' directive: unexpected key\(Self.extraKeys(keys, "pragma"))")
                    }
                    guard let pragma = tree["pragma"]?.dict else {
                        throw SchemaDiagnostic(location, "value of 'pragma' must be an object")
                    }
                    try applyPragma(pragma, location)
                } else {
                    var doc = pendingDoc
                    if let d = doc, d.symbol == nil {
                        result.freeDocs.append((d, result.expressions.count, module))
                        doc = nil
                    }
                    pendingDoc = nil
                    result.expressions.append(SchemaExpression(tree: tree, location: location, doc: doc, module: module))
                }
            case .string, .bool, .punct("["):
                throw SchemaDiagnostic(token.location, "top-level expression must be an object")
            default:
                throw SchemaDiagnostic(token.location, "expected '{'")
            }
        }
    }

    /// ` 'a'` or `s 'a', 'b'`: the keys of a directive besides its own.
    private static func extraKeys(_ keys: [String], _ directive: String) -> String {
        let extra = keys.filter { $0 != directive }
        return (extra.count > 1 ? "s " : " ") + extra.map { "'\($0)'" }.joined(separator: ", ")
    }

    private mutating func applyPragma(_ pragma: SchemaDict, _ location: SourceLocation) throws(SchemaDiagnostic) {
        for (name, value) in pragma.entries {
            switch name {
            case "doc-required":
                guard let b = value.bool else {
                    throw SchemaDiagnostic(location, "pragma 'doc-required' must be boolean")
                }
                result.pragma.docRequired = b
            case "command-name-exceptions", "command-returns-exceptions", "documentation-exceptions",
                "member-name-exceptions":
                guard let list = value.list, list.allSatisfy({ $0.string != nil }) else {
                    throw SchemaDiagnostic(location, "pragma '\(name)' must be a list of strings")
                }
                let names = Set(list.compactMap(\.string))
                switch name {
                case "command-name-exceptions": result.pragma.commandNameExceptions.formUnion(names)
                case "command-returns-exceptions": result.pragma.commandReturnsExceptions.formUnion(names)
                case "documentation-exceptions": result.pragma.documentationExceptions.formUnion(names)
                default: result.pragma.memberNameExceptions.formUnion(names)
                }
            default:
                throw SchemaDiagnostic(location, "unknown pragma '\(name)'")
            }
        }
    }

    /// The deepest nesting of `{` and `[` a schema may have. QEMU's schemas
    /// nest four levels at most; without a bound, a few thousand `[`
    /// overflowed the stack (fuzz-qapi-schema).
    static let maxDepth = 64

    private func parseDict(_ lexer: inout Lexer, depth: Int = 1) throws(SchemaDiagnostic) -> SchemaDict {
        var dict = SchemaDict()
        var token = try lexer.nextValueToken()
        if case .punct("}") = token.kind { return dict }
        while true {
            guard case .string(let key) = token.kind else {
                throw SchemaDiagnostic(token.location, dict.entries.isEmpty ? "expected string or '}'" : "expected string")
            }
            if dict[key] != nil { throw SchemaDiagnostic(token.location, "duplicate key '\(key)'") }
            let colon = try lexer.nextValueToken()
            guard case .punct(":") = colon.kind else { throw SchemaDiagnostic(colon.location, "expected ':'") }
            let value = try parseValue(&lexer, try lexer.nextValueToken(), depth: depth)
            dict.entries.append((key, value))
            let sep = try lexer.nextValueToken()
            switch sep.kind {
            case .punct("}"): return dict
            case .punct(","):
                token = try lexer.nextValueToken()
                if case .punct("}") = token.kind {
                    throw SchemaDiagnostic(token.location, "expected string, not '}' (trailing ',' is not allowed)")
                }
            default: throw SchemaDiagnostic(sep.location, "expected ',' or '}'")
            }
        }
    }

    /// The value `token` begins, inside `depth` levels of `{` and `[`.
    private func parseValue(_ lexer: inout Lexer, _ token: Token, depth: Int) throws(SchemaDiagnostic) -> SchemaTree {
        if case .punct(let p) = token.kind, p == "{" || p == "[", depth >= Self.maxDepth {
            throw SchemaDiagnostic(token.location, "nesting deeper than \(Self.maxDepth) levels")
        }
        switch token.kind {
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .punct("{"): return .dict(try parseDict(&lexer, depth: depth + 1))
        case .punct("["):
            var items: [SchemaTree] = []
            var t = try lexer.nextValueToken()
            if case .punct("]") = t.kind { return .list(items) }
            while true {
                items.append(try parseValue(&lexer, t, depth: depth + 1))
                let sep = try lexer.nextValueToken()
                switch sep.kind {
                case .punct("]"): return .list(items)
                case .punct(","):
                    t = try lexer.nextValueToken()
                    if case .punct("]") = t.kind {
                        throw SchemaDiagnostic(
                            t.location, "expected '{', '[', string, or boolean, not ']' (trailing ',' is not allowed)")
                    }
                default: throw SchemaDiagnostic(sep.location, "expected ',' or ']'")
                }
            }
        default:
            throw SchemaDiagnostic(token.location, "expected '{', '[', string, or boolean")
        }
    }

    private static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
}

/// A file could not be read.
public struct SchemaReadError: Error {
    public var message: String
    public init(message: String) { self.message = message }
}

struct Token {
    enum Kind {
        case punct(Character)
        case string(String)
        case bool(Bool)
        case doc(DocComment)
        case end
    }
    var kind: Kind
    var location: SourceLocation
}

/// Turns schema text into tokens; `#` comments are skipped and `##` blocks become
/// documentation tokens.
struct Lexer {
    private let bytes: [UInt8]
    private let file: String
    private var pos = 0
    private var line = 1
    private var lineStart = 0

    init(text: String, file: String) {
        self.bytes = Array(text.utf8)
        self.file = file
    }

    private var column: Int { pos - lineStart + 1 }

    private func here() -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// Set while reading inside an expression, where a `##` line is an error.
    private var insideExpression = false

    /// The next token where a value is expected; documentation comments there are an error.
    mutating func nextValueToken() throws(SchemaDiagnostic) -> Token {
        insideExpression = true
        defer { insideExpression = false }
        return try next()
    }

    mutating func next() throws(SchemaDiagnostic) -> Token {
        while pos < bytes.count {
            let c = bytes[pos]
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                pos += 1
            case UInt8(ascii: "\n"):
                pos += 1
                line += 1
                lineStart = pos
            case UInt8(ascii: "#"):
                if restOfLine(from: pos).hasPrefix("##") {
                    if insideExpression {
                        // Report it here rather than reading the rest of the expression
                        // as the comment's body.
                        throw SchemaDiagnostic(location(), "documentation comment must not appear inside an expression")
                    }
                    return try docBlock()
                }
                skipLine()
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: ","), UInt8(ascii: ":"):
                let t = Token(kind: .punct(Character(Unicode.Scalar(c))), location: location())
                pos += 1
                return t
            case UInt8(ascii: "'"):
                return try stringToken()
            default:
                let loc = here()
                if matchWord("true") { return Token(kind: .bool(true), location: location(loc)) }
                if matchWord("false") { return Token(kind: .bool(false), location: location(loc)) }
                var end = pos
                while end < bytes.count, !Self.isDelimiter(bytes[end]) { end += 1 }
                let stray = String(decoding: bytes[pos..<max(end, pos + 1)], as: UTF8.self)
                throw SchemaDiagnostic(loc, "stray '\(stray)'")
            }
        }
        return Token(kind: .end, location: location())
    }

    private func location(_ l: SourceLocation? = nil) -> SourceLocation {
        var loc = l ?? here()
        loc.column = nil
        return loc
    }

    private static func isDelimiter(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || "{}[],:'#".utf8.contains(b)
    }

    private mutating func matchWord(_ word: String) -> Bool {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else { return false }
        if pos + w.count < bytes.count, !Self.isDelimiter(bytes[pos + w.count]) { return false }
        pos += w.count
        return true
    }

    private func restOfLine(from start: Int) -> String {
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private mutating func skipLine() {
        while pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
    }

    private mutating func stringToken() throws(SchemaDiagnostic) -> Token {
        let start = here()
        pos += 1
        var value: [UInt8] = []
        while true {
            guard pos < bytes.count, bytes[pos] != UInt8(ascii: "\n") else {
                throw SchemaDiagnostic(start, "missing terminating \"'\"")
            }
            let c = bytes[pos]
            if c == UInt8(ascii: "'") {
                pos += 1
                return Token(kind: .string(String(decoding: value, as: UTF8.self)), location: location(start))
            }
            if c == UInt8(ascii: "\\") {
                guard pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "\\") else {
                    let escaped = pos + 1 < bytes.count ? String(UnicodeScalar(bytes[pos + 1])) : ""
                    throw SchemaDiagnostic(here(), "unknown escape \\\(escaped)")
                }
                value.append(c)
                pos += 2
                continue
            }
            if c < 0x20 || c >= 0x7F {
                throw SchemaDiagnostic(here(), "funny character in string")
            }
            value.append(c)
            pos += 1
        }
    }

    private mutating func docBlock() throws(SchemaDiagnostic) -> Token {
        let startLine = line
        let opening = restOfLine(from: pos)
        if opening.trimmingTrailingWhitespace() != "##" {
            throw SchemaDiagnostic(here(), "junk after '##' at start of documentation comment")
        }
        skipLine()
        var lines: [(String, Int)] = []
        while true {
            // move to next line
            guard pos < bytes.count else {
                throw SchemaDiagnostic(SourceLocation(file: file, line: startLine), "documentation comment must end with '##'")
            }
            pos += 1
            line += 1
            lineStart = pos
            // skip indentation before '#'
            while pos < bytes.count, bytes[pos] == UInt8(ascii: " ") || bytes[pos] == UInt8(ascii: "\t") { pos += 1 }
            guard pos < bytes.count, bytes[pos] == UInt8(ascii: "#") else {
                throw SchemaDiagnostic(SourceLocation(file: file, line: startLine), "documentation comment must end with '##'")
            }
            let raw = restOfLine(from: pos).trimmingTrailingWhitespace()
            skipLine()
            if raw == "##" { break }
            if raw.hasPrefix("##") {
                throw SchemaDiagnostic(SourceLocation(file: file, line: line), "junk after '##' at end of documentation comment")
            }
            var text = Substring(raw.dropFirst())
            if !text.isEmpty {
                guard text.first == " " else {
                    throw SchemaDiagnostic(SourceLocation(file: file, line: line), "missing space after #")
                }
                text = text.dropFirst()
            }
            lines.append((String(text), line))
        }
        let doc = try DocComment.parse(lines: lines, file: file, start: startLine)
        return Token(kind: .doc(doc), location: SourceLocation(file: file, line: startLine))
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
