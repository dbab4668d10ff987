/// QAPI's naming rules (QEMU `scripts/qapi/expr.py`).
enum Names {
    /// `(__RFQDN_)?(x-)?stem` where stem starts with a letter and continues with
    /// letters, digits, `-` and `_`. Returns the stem, or `nil` when the name is invalid.
    static func stem(_ name: String) -> Substring? {
        var rest = Substring(name)
        if rest.hasPrefix("__") {
            let afterUnderscores = rest.dropFirst(2)
            guard let end = afterUnderscores.firstIndex(of: "_") else { return nil }
            let rfqdn = afterUnderscores[..<end]
            guard !rfqdn.isEmpty,
                rfqdn.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
            else { return nil }
            rest = afterUnderscores[afterUnderscores.index(after: end)...]
        }
        if rest.lowercased().hasPrefix("x-") { rest = rest.dropFirst(2) }
        guard let first = rest.first, first.isASCII, first.isLetter else { return nil }
        guard rest.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            return nil
        }
        return rest
    }

    /// The C-style name used for clash detection: `-` and `.` become `_`.
    static func cName(_ name: String) -> String {
        String(name.map { $0 == "-" || $0 == "." ? "_" : $0 })
    }

    static func checkValid(_ name: String, _ what: String, _ loc: SourceLocation, _ ctx: String?) throws(SchemaDiagnostic)
        -> Substring
    {
        guard let stem = stem(name) else {
            throw SchemaDiagnostic(loc, "\(what) has an invalid name", context: ctx)
        }
        // The generator owns the whole 'q_' namespace (q_empty, q_obj_*, q_<C keyword>).
        if cName(name).hasPrefix("q_") {
            throw SchemaDiagnostic(loc, "\(what) has an invalid name: the prefix 'q_' is reserved", context: ctx)
        }
        return stem
    }

    static func checkUpper(_ name: String, _ what: String, _ loc: SourceLocation, _ ctx: String?) throws(SchemaDiagnostic) {
        let stem = try checkValid(name, what, loc, ctx)
        if stem.contains(where: { $0.isLowercase || $0 == "-" }) {
            throw SchemaDiagnostic(loc, "name of \(what) must not use lowercase or '-'", context: ctx)
        }
    }

    static func checkLower(
        _ name: String, _ what: String, _ loc: SourceLocation, _ ctx: String?,
        permitUpper: Bool = false, permitUnderscore: Bool = false
    ) throws(SchemaDiagnostic) {
        let stem = try checkValid(name, what, loc, ctx)
        if (!permitUpper && stem.contains(where: \.isUppercase)) || (!permitUnderscore && stem.contains("_")) {
            throw SchemaDiagnostic(loc, "name of \(what) must not use uppercase or '_'", context: ctx)
        }
    }

    static func checkCamel(_ name: String, _ what: String, _ loc: SourceLocation, _ ctx: String?) throws(SchemaDiagnostic) {
        let stem = try checkValid(name, what, loc, ctx)
        guard let first = stem.first, first.isUppercase, stem.contains(where: \.isLowercase),
            stem.allSatisfy({ $0.isLetter || $0.isNumber })
        else {
            throw SchemaDiagnostic(loc, "name of \(what) must use CamelCase", context: ctx)
        }
    }
}
