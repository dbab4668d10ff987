import QAPISchema

/// How schema names become Swift names.
///
/// - types keep their schema spelling (`VersionInfo`); `.`/`-` become `_`;
/// - commands, members and enum values become lowerCamelCase
///   (`query-version` → `queryVersion`, `host-qmp-quit` → `hostQmpQuit`);
/// - events become `emit` + UpperCamelCase (`SHUTDOWN` → `emitShutdown`);
/// - Swift keywords are escaped with backticks; a leading digit gets `_`.
enum SwiftNames {
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw",
        "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws",
        "true", "try", "Type", "Protocol",
    ]

    /// Words split at `-`, `_`, `.` and `/` (module paths such as `sub/extra`).
    static func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == "/" }).map(String.init)
    }

    /// lowerCamelCase, unescaped.
    static func lowerCamel(_ name: String) -> String {
        let w = words(name)
        guard let first = w.first else { return "_" }
        var result = first.allSatisfy({ $0.isUppercase || $0.isNumber }) ? first.lowercased() : lowerFirst(first)
        for word in w.dropFirst() { result += upperFirst(word.allSatisfy({ $0.isUppercase || $0.isNumber }) ? word.lowercased() : word) }
        if result.first?.isNumber == true { result = "_" + result }
        return result
    }

    /// UpperCamelCase, unescaped.
    static func upperCamel(_ name: String) -> String {
        let w = words(name)
        var result = ""
        for word in w { result += upperFirst(word.allSatisfy({ $0.isUppercase || $0.isNumber }) ? word.lowercased() : word) }
        if result.first?.isNumber == true || result.isEmpty { result = "_" + result }
        return result
    }

    static func upperFirst(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }
    static func lowerFirst(_ s: String) -> String { s.prefix(1).lowercased() + s.dropFirst() }

    /// An identifier usable in declarations and at use sites.
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// Member, parameter, enum-case or method name.
    static func member(_ name: String) -> String { escaped(lowerCamel(name)) }

    /// An argument label at a call site, where only `inout`, `var` and `let` need
    /// backticks.
    static func label(_ name: String) -> String {
        let id = lowerCamel(name)
        return id == "inout" || id == "var" || id == "let" ? "`\(id)`" : id
    }

    /// A member or enum case after a `.` (`self.x`, `.x`), where keywords need no
    /// backticks except those that mean something else there.
    static func afterDot(_ name: String) -> String {
        let id = lowerCamel(name)
        return id == "self" || id == "init" ? "`\(id)`" : id
    }

    /// Names generated code uses unqualified: a schema type with one of these names
    /// would shadow them.
    static let reservedTypeNames: Set<String> = [
        "String", "Double", "Bool", "Int", "UInt", "Int8", "Int16", "Int32", "Int64", "UInt8", "UInt16", "UInt32",
        "UInt64", "Array", "Optional", "Sendable", "Hashable", "Error", "JSONValue", "JSONObject", "QAPINull",
        "QAPIPath", "QAPIDecoding", "QAPIEncoding", "QAPIDecodable", "QAPIEncodable", "QAPIObjectDecodable",
        "QAPIObjectEncodable", "QAPIEnum", "QMPError", "QMPCommandTable", "QMPCommandEntry", "QMPCommandOptions",
        "QMPEventSink", "QAPIIntrospection", "Branch", "Context",
    ]

    /// Swift type name of a schema type.
    static func typeName(_ name: String) -> String {
        var s = String(name.map { $0 == "-" || $0 == "." ? "_" : $0 })
        while s.hasPrefix("_") { s.removeFirst() }
        return s
    }

    /// Protocol name for a module's commands (`control` → `ControlCommands`,
    /// `sub/extra` → `SubExtraCommands`).
    static func commandsProtocol(_ module: String) -> String { upperCamel(module) + "Commands" }

    /// The `make(…)` parameter that takes a module's handler (`sub/extra` → `subExtra`).
    static func handlerLabel(_ module: String) -> String { escaped(lowerCamel(module)) }

    /// The file a module's declarations go to (`sub/extra` → `QAPI+SubExtra.swift`).
    static func moduleFile(_ module: String) -> String { "QAPI+\(upperCamel(module)).swift" }

    /// The Swift type a schema type maps to.
    static func swiftType(_ type: SchemaType) -> String {
        switch type {
        case let b as BuiltinType:
            switch b.name {
            case "str": return "String"
            case "number": return "Double"
            case "int", "int64": return "Int64"
            case "int8": return "Int8"
            case "int16": return "Int16"
            case "int32": return "Int32"
            case "uint8": return "UInt8"
            case "uint16": return "UInt16"
            case "uint32": return "UInt32"
            case "uint64", "size": return "UInt64"
            case "bool": return "Bool"
            case "null": return "QAPINull"
            default: return "JSONValue"
            }
        case let a as ArrayType: return "[\(swiftType(a.element))]"
        default: return typeName(type.name)
        }
    }
}
