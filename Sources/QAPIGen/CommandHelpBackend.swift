import QAPISchema

/// Writes what `iommuctl help` prints: each command's documentation from
/// the schema as plain text (what it does, its arguments with their types,
/// what it returns, its errors, examples), and a one-line summary of each.
struct CommandHelpBackend {
    let schema: Schema
    let header: String

    func swiftFile() -> String {
        let commands = SchemaWalk(schema).commands
        var w = CodeWriter()
        w.line(header)
        w.line()
        w.doc("The schema's documentation of each command, as `iommuctl help` prints it.")
        w.block("enum CommandHelp") { w in
            w.doc("Every command with the first sentence of its documentation, in schema order.")
            w.line("static let summaries: [(name: String, summary: String)] = [")
            w.indent { w in
                for c in commands {
                    w.line("(\(c.name.swiftLiteral), \(firstSentence(DocText.summary(c.doc) ?? "").swiftLiteral)),")
                }
            }
            w.line("]")
            w.line()
            w.doc("Each command's whole documentation.")
            w.line("static let text: [String: String] = [")
            w.indent { w in
                for c in commands { w.line("\(c.name.swiftLiteral): \(text(c).swiftLiteral),") }
            }
            w.line("]")
        }
        return w.text
    }

    private func firstSentence(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { String($0.drop { $0 == " " }) }.joined(separator: " ")
        var previous: Character = " "
        for (i, ch) in zip(flat.indices, flat) {
            if previous == ".", ch == " " { return String(flat[..<flat.index(before: i)]) + "." }
            previous = ch
        }
        return flat
    }

    private func text(_ c: Command) -> String {
        var out = c.name + "\n"
        if let doc = c.doc, !doc.body.isEmpty { out += "\n" + indent(doc.body) + "\n" }
        let members = c.argType?.members ?? []
        var branches: [(String, ObjectType)] = []
        if let v = c.argType?.variants { branches = v.branches.map { ($0.name, $0.type) } }
        if !members.isEmpty {
            out += "\nArguments:\n"
            for m in members { out += argument(m, doc: memberDoc(c, m)) }
            for (value, type) in branches where !type.members.isEmpty {
                out += "  with \(c.argType?.variants?.tag.name ?? "")=\(value):\n"
                for m in type.members { out += "  " + argument(m, doc: DocText.member(type.doc, m.name)) }
            }
        }
        if let returns = c.retType {
            out += "\nReturns: \(typeName(returns))\n"
            if let text = c.doc?.section("Returns") { out += indent(text) + "\n" }
        }
        for section in c.doc?.tagged ?? [] where !["TODO", "Since", "Returns"].contains(section.tag) {
            out += "\n\(section.tag):\n"
            if let items = DocText.listItems(section.text) {
                out += items.map { "  - " + $0 + "\n" }.joined()
            } else {
                out += indent(section.text) + "\n"
            }
        }
        if let trailing = c.doc?.trailing, !trailing.isEmpty { out += "\n" + indent(trailing) + "\n" }
        if let since = c.doc?.section("Since") { out += "\nSince: \(since)\n" }
        return out
    }

    private func memberDoc(_ c: Command, _ m: ObjectMember) -> String? {
        DocText.member(c.doc, m.name) ?? DocText.member(m.owner.doc, m.name)
    }

    private func argument(_ m: ObjectMember, doc: String?) -> String {
        let head = "  \(m.name): \(typeName(m.type))\(m.optional ? " (optional)" : "")"
        guard let doc, !doc.isEmpty else { return head + "\n" }
        let flat = doc.split(whereSeparator: \.isNewline).map { String($0.drop { $0 == " " }) }.joined(separator: " ")
        return head + "\n      " + flat + "\n"
    }

    private func typeName(_ t: SchemaType) -> String {
        if let a = t as? ArrayType { return "[" + typeName(a.element) + "]" }
        return t.name
    }

    private func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }
            .joined(separator: "\n").trimmingTrailingNewlines
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.last == "\n" { s.removeLast() }
        return s
    }
}
