/// A problem in a trace-events file, printed as `file:line: message`.
public struct TraceDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as it was named to the parser.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}

/// Parses and checks trace-events files (QEMU's syntax, `docs/devel/tracing.rst`):
///
/// ```
/// # comment
/// [disable ]name(type1 arg1, type2 arg2, ...) "format" [PRIx64 "more format" ...]
/// ```
///
/// Every check tracetool makes is made here, and a few it leaves to the C
/// compiler or gets wrong: argument types are validated word by word, at most
/// ten arguments (the LTTng-UST limit), only the `disable` property, no `%m`,
/// no newline, the format's conversions must match the arguments in number and
/// kind, and names must be unique.
public struct TraceEventsParser: Sendable {
    /// The most arguments an event may have (LTTng-UST's `LTTNG_UST_TP_ARGS` limit).
    public static let maxArguments = 10

    /// Creates a parser.
    public init() {}

    /// Parses `text`, the contents of the trace-events file `file` (the name
    /// used in diagnostics).
    public func parse(_ text: String, file: String) throws(TraceDiagnostic) -> [TraceEventDefinition] {
        var events: [TraceEventDefinition] = []
        var firstLine: [String: Int] = [:]
        var comment: [String] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmed()
            if line.isEmpty {
                comment = []
                continue
            }
            if line.hasPrefix("#") {
                comment.append(String(line.dropFirst()).trimmed())
                continue
            }
            func fail(_ message: String) -> TraceDiagnostic {
                TraceDiagnostic(file: file, line: lineNumber, message: message)
            }
            var event = try parseEvent(line, fail)
            event.line = lineNumber
            event.comment = comment
            comment = []
            if let first = firstLine[event.name] {
                throw fail("duplicate event '\(event.name)' (first defined at line \(first))")
            }
            firstLine[event.name] = lineNumber
            events.append(event)
        }
        return events
    }

    private func parseEvent(
        _ line: String, _ fail: (String) -> TraceDiagnostic
    ) throws(TraceDiagnostic) -> TraceEventDefinition {
        guard let open = line.firstIndex(of: "(") else {
            throw fail("expected 'name(arguments) \"format\"'")
        }
        let head = line[..<open].split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let name = head.last, line[line.index(before: open)] != " ", line[line.index(before: open)] != "\t"
        else { throw fail("expected an event name before '('") }
        guard name.isCIdentifier else { throw fail("invalid event name '\(name)'") }
        var isDisabled = false
        for property in head.dropLast() {
            guard property == "disable" else {
                let hint = property == "disabled" ? " (the property is spelled 'disable')" : " (the only property is 'disable')"
                throw fail("unknown property '\(property)'\(hint)")
            }
            guard !isDisabled else { throw fail("duplicate property 'disable'") }
            isDisabled = true
        }
        guard let close = line[open...].firstIndex(of: ")") else {
            throw fail("missing ')' after the arguments of '\(name)'")
        }
        let arguments = try parseArguments(String(line[line.index(after: open)..<close]), event: name, fail)
        let rest = String(line[line.index(after: close)...]).trimmed()
        let format = try parseFormat(rest, event: name, fail)
        try check(format, against: arguments, event: name, fail)
        return TraceEventDefinition(
            name: name, isDisabled: isDisabled, arguments: arguments, format: format, line: 0, comment: [])
    }

    // MARK: Arguments

    private func parseArguments(
        _ text: String, event: String, _ fail: (String) -> TraceDiagnostic
    ) throws(TraceDiagnostic) -> [TraceArgument] {
        let trimmed = text.trimmed()
        if trimmed == "void" { return [] }
        if trimmed.isEmpty { throw fail("'\(event)' has an empty argument list (write 'void' for no arguments)") }
        var arguments: [TraceArgument] = []
        for piece in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let arg = String(piece).trimmed()
            if arg.isEmpty { throw fail("empty argument in '\(event)'") }
            if arg == "void" { throw fail("'void' must be the only argument of '\(event)'") }
            // Split like tracetool: at the last '*' if there is one, else at the last blank.
            let typeText: String
            let argName: String
            if let star = arg.lastIndex(of: "*") {
                typeText = String(arg[...star])
                argName = String(arg[arg.index(after: star)...]).trimmed()
            } else if let blank = arg.lastIndex(where: { $0 == " " || $0 == "\t" }) {
                typeText = String(arg[..<blank])
                argName = String(arg[arg.index(after: blank)...])
            } else {
                throw fail("argument '\(arg)' of '\(event)' has no name")
            }
            guard !argName.isEmpty else { throw fail("argument '\(arg)' of '\(event)' has no name") }
            guard argName.isCIdentifier else { throw fail("invalid argument name '\(argName)' in '\(event)'") }
            if TraceType.allowedWords.contains(argName) || argName == "const" {
                throw fail("argument '\(arg)' of '\(event)' has no name")
            }
            guard !cKeywords.contains(argName) else {
                throw fail("argument name '\(argName)' of '\(event)' is a C keyword")
            }
            let type: TraceType
            do {
                type = try TraceType.parse(typeText)
            } catch .notAllowed {
                throw fail(
                    "argument '\(argName)' of '\(event)' has type '\(typeText.trimmed())', which is not allowed: "
                        + "use standard C or fixed-size integer types, and pass structs as 'void *'")
            } catch {
                throw fail("argument '\(argName)' of '\(event)' has an invalid type '\(typeText.trimmed())'")
            }
            if arguments.contains(where: { $0.name == argName }) {
                throw fail("duplicate argument '\(argName)' in '\(event)'")
            }
            arguments.append(TraceArgument(name: argName, type: type))
        }
        if arguments.count > Self.maxArguments {
            throw fail("'\(event)' has \(arguments.count) arguments; at most \(Self.maxArguments) are allowed (the LTTng-UST limit)")
        }
        return arguments
    }

    // MARK: Format

    /// `PRI…` macros and what they expand to on LP64 glibc.
    static let priMacros: [String: String] = {
        var table: [String: String] = [:]
        for conv in ["d", "i", "u", "x", "X", "o"] {
            for size in ["8", "16", "32"] { table["PRI\(conv)\(size)"] = conv }
            for size in ["64", "PTR", "MAX"] { table["PRI\(conv)\(size)"] = "l" + conv }
        }
        return table
    }()

    private func parseFormat(
        _ text: String, event: String, _ fail: (String) -> TraceDiagnostic
    ) throws(TraceDiagnostic) -> TraceFormat {
        guard !text.isEmpty else { throw fail("'\(event)' has no format string") }
        guard text.first == "\"" else { throw fail("expected a format string after the arguments of '\(event)'") }
        var decoded = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" {
                i += 1
            } else if c == "\"" {
                i += 1
                var closed = false
                while i < chars.count {
                    let d = chars[i]
                    if d == "\"" {
                        closed = true
                        i += 1
                        break
                    }
                    if d == "\\" {
                        guard i + 1 < chars.count else { break }
                        let e = chars[i + 1]
                        switch e {
                        case "n":
                            let atEnd = chars[(i + 2)...].allSatisfy { $0 == "\"" || $0 == " " || $0 == "\t" }
                            throw fail(atEnd
                                ? "the format of '\(event)' must not end with a newline (the log backend adds one)"
                                : "the format of '\(event)' must not contain a newline")
                        case "t": decoded.append("\t")
                        case "\\": decoded.append("\\")
                        case "\"": decoded.append("\"")
                        case "'": decoded.append("'")
                        default: throw fail("unsupported escape sequence '\\\(e)' in the format of '\(event)'")
                        }
                        i += 2
                        continue
                    }
                    decoded.append(d)
                    i += 1
                }
                guard closed else { throw fail("unterminated string in the format of '\(event)'") }
            } else if c.isCIdentifierStart {
                var word = ""
                while i < chars.count, chars[i].isCIdentifierPart {
                    word.append(chars[i])
                    i += 1
                }
                guard let expansion = Self.priMacros[word] else {
                    throw fail("unknown macro '\(word)' in the format of '\(event)' (only PRI… macros of <inttypes.h>)")
                }
                decoded += expansion
            } else {
                throw fail("unexpected '\(String(chars[i...]))' after the format of '\(event)'")
            }
        }
        let conversions = try parseConversions(decoded, event: event, fail)
        return TraceFormat(source: text, text: decoded, conversions: conversions)
    }

    private func parseConversions(
        _ text: String, event: String, _ fail: (String) -> TraceDiagnostic
    ) throws(TraceDiagnostic) -> [FormatConversion] {
        var result: [FormatConversion] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i] == "%" else {
                i += 1
                continue
            }
            let start = i
            i += 1
            guard i < chars.count else { throw fail("the format of '\(event)' ends inside a conversion") }
            if chars[i] == "%" {
                i += 1
                continue
            }
            while i < chars.count, "-+ #0".contains(chars[i]) { i += 1 }
            while i < chars.count, chars[i].isASCIIDigit { i += 1 }
            if i < chars.count, chars[i] == "." {
                i += 1
                while i < chars.count, chars[i].isASCIIDigit { i += 1 }
            }
            if i < chars.count, chars[i] == "*" {
                throw fail("'*' width or precision is not supported in the format of '\(event)'")
            }
            var length = ""
            while i < chars.count, "hljzt".contains(chars[i]), length.count < 2 {
                length.append(chars[i])
                i += 1
            }
            guard i < chars.count else { throw fail("the format of '\(event)' ends inside a conversion") }
            let conversion = chars[i]
            i += 1
            let spelling = String(chars[start..<i])
            if conversion == "m" {
                throw fail("the format of '\(event)' must not use '%m': pass the error number as an argument")
            }
            guard ["", "hh", "h", "l", "ll", "j", "z", "t"].contains(length),
                "diuxXocsp".contains(conversion)
            else {
                throw fail("unsupported conversion '\(spelling)' in the format of '\(event)'")
            }
            result.append(FormatConversion(spelling: spelling, length: length, conversion: conversion))
        }
        return result
    }

    /// The conversions must take the arguments in order: same count, and each
    /// conversion of the kind and width its argument has (signedness may differ,
    /// as QEMU's own formats print `uint32_t` with `%d`).
    private func check(
        _ format: TraceFormat, against arguments: [TraceArgument], event: String, _ fail: (String) -> TraceDiagnostic
    ) throws(TraceDiagnostic) {
        guard format.conversions.count == arguments.count else {
            let c = format.conversions.count
            throw fail(
                "the format of '\(event)' has \(c) conversion\(c == 1 ? "" : "s") but the event has "
                    + "\(arguments.count) argument\(arguments.count == 1 ? "" : "s")")
        }
        for (index, (conversion, argument)) in zip(format.conversions, arguments).enumerated() {
            let ok: Bool
            switch (conversion.conversion, argument.type.kind) {
            case ("s", .string): ok = conversion.length.isEmpty
            case ("p", .string), ("p", .pointer): ok = conversion.length.isEmpty
            case ("c", .integer(_, let bits)): ok = conversion.length.isEmpty && bits <= 32
            case ("c", .bool): ok = conversion.length.isEmpty
            case (_, .integer(_, let bits)) where "diuxXo".contains(conversion.conversion):
                ok = conversion.isWide ? bits == 64 : bits <= 32
            case (_, .bool) where "diuxXo".contains(conversion.conversion):
                ok = !conversion.isWide
            default: ok = false
            }
            guard ok else {
                throw fail(
                    "conversion \(index + 1) '\(conversion.spelling)' of '\(event)' does not match argument "
                        + "'\(argument.name)' of type '\(argument.type.spelling)'")
            }
        }
    }
}

/// C keywords an argument must not be named after (the name is a C parameter).
private let cKeywords: Set<String> = [
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum", "extern",
    "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while", "bool",
    "true", "false",
]

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isCIdentifierStart: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }
    var isCIdentifierPart: Bool { isCIdentifierStart || isASCIIDigit }
}

extension StringProtocol {
    /// Without leading and trailing blanks (spaces, tabs, carriage returns).
    func trimmed() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// Whether the string is a C identifier.
    var isCIdentifier: Bool {
        guard let first, first.isCIdentifierStart else { return false }
        return allSatisfy { $0.isCIdentifierPart }
    }
}
