import QAPISchema

/// Writes `docs/qmp-reference.md` from the schema's documentation comments:
/// free-form blocks become headings and prose, each definition a section with
/// its members, features, return value, errors, version and examples.
struct MarkdownBackend {
    let schema: Schema
    let header: String

    /// Collects the page by walking the schema: free-form blocks and
    /// definitions in the order they were written.
    private struct PageWriter: SchemaVisitor {
        let backend: MarkdownBackend
        var out = ""
        mutating func visitFreeDoc(_ doc: DocComment) { out += backend.renderFree(doc) }
        mutating func visitEnum(_ type: EnumType) { out += backend.render(type) }
        mutating func visitStruct(_ type: ObjectType) { out += backend.render(type) }
        mutating func visitUnion(_ type: ObjectType) { out += backend.render(type) }
        mutating func visitAlternate(_ type: AlternateType) { out += backend.render(type) }
        mutating func visitCommand(_ command: Command) { out += backend.render(command) }
        mutating func visitEvent(_ event: Event) { out += backend.render(event) }
    }

    func generate() -> String {
        var page = PageWriter(backend: self)
        page.out = "<!-- \(header.replacingOccurrences(of: "// ", with: "")) -->\n\n"
        schema.visit(&page)
        var out = page.out
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    /// Headings: `= Title` → `##`, `== Sub` → `###`; rST-style `****` title
    /// blocks → `#`.
    func renderFree(_ doc: DocComment) -> String {
        var lines = doc.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = ""
        if lines.count >= 3, lines[0].allSatisfy({ $0 == "*" }), !lines[0].isEmpty,
            lines[2].allSatisfy({ $0 == "*" })
        {
            out += "# \(lines[1].trimmingCharacters())\n\n"
            lines.removeFirst(3)
        }
        var text = lines.joined(separator: "\n")
        if text.hasPrefix("= ") || text.hasPrefix("== ") {
            let firstLine = text.prefix(while: { $0 != "\n" })
            let level = firstLine.hasPrefix("== ") ? "###" : "##"
            out += "\(level) \(firstLine.drop(while: { $0 == "=" }).trimmingCharacters())\n\n"
            text = String(text.dropFirst(firstLine.count))
        }
        let prose = renderProse(text)
        if !prose.isEmpty { out += prose + "\n\n" }
        return out
    }

    func render(_ e: SchemaEntity) -> String {
        let kind: String
        switch e {
        case is Command: kind = "Command"
        case is Event: kind = "Event"
        case is EnumType: kind = "Enum"
        case let o as ObjectType: kind = o.variants != nil ? "Union" : "Struct"
        case is AlternateType: kind = "Alternate"
        default: kind = "Definition"
        }
        var out = "#### `\(e.name)` (\(kind))\n\n"
        let doc = e.doc
        if let body = doc?.body, !body.isEmpty { out += renderProse(body) + "\n\n" }

        switch e {
        case let c as Command:
            if let args = c.argType {
                if args.isImplicit {
                    out += "Arguments:\n\n" + memberTable(args.members, doc: doc)
                } else {
                    out += "Arguments: the members of [`\(args.name)`](#\(anchor(args.name)))"
                        + (c.boxed ? " (boxed)" : "") + ".\n\n"
                }
            } else {
                out += "Arguments: none.\n\n"
            }
            if let r = c.retType {
                out += "Returns: \(typeLink(r))"
                if let text = doc?.section("Returns") { out += " — " + renderInline(text) }
                out += "\n\n"
            } else {
                out += "Returns: `{}`\n\n"
            }
            var flags: [String] = []
            if c.allowOOB { flags.append("may run out of band (`exec-oob`)") }
            if c.allowPreconfig { flags.append("allowed before configuration is complete") }
            if !c.gen { flags.append("arguments are passed to the handler unchecked") }
            if !flags.isEmpty { out += "Options: " + flags.joined(separator: "; ") + ".\n\n" }
        case let ev as Event:
            if let args = ev.argType, !args.members.isEmpty {
                out += "Data:\n\n" + memberTable(args.members, doc: args.isImplicit ? doc : args.doc)
            } else {
                out += "Data: none.\n\n"
            }
        case let en as EnumType:
            out += "| Value | Description |\n|---|---|\n"
            for m in en.members {
                var text = DocText.member(doc, m.name) ?? ""
                if !m.features.isEmpty { text += " *(features: \(m.features.map(\.name).joined(separator: ", ")))*" }
                out += "| `\(m.name)` | \(escapeCell(text)) |\n"
            }
            out += "\n"
        case let o as ObjectType:
            if let base = o.base, !base.isImplicit {
                out += "Base: [`\(base.name)`](#\(anchor(base.name)))\n\n"
            }
            let own = o.base?.isImplicit == true ? o.members : o.localMembers
            if !own.isEmpty {
                out += "Members:\n\n" + memberTable(own, doc: doc)
            }
            if let v = o.variants {
                out += "Discriminator: `\(v.tag.name)`\n\n| Value | Adds the members of |\n|---|---|\n"
                for value in v.tagType.members {
                    let target = v.branch(for: value.name).map { "[`\($0.type.name)`](#\(anchor($0.type.name)))" } ?? "nothing"
                    out += "| `\(value.name)` | \(target) |\n"
                }
                out += "\n"
            }
        case let a as AlternateType:
            out += "| Alternative | Type | Description |\n|---|---|---|\n"
            for b in a.branches {
                out += "| `\(b.name)` | \(typeLink(b.type)) | \(escapeCell(DocText.member(doc, b.name) ?? "")) |\n"
            }
            out += "\n"
        default: break
        }

        if let doc, !doc.features.isEmpty {
            out += "Features:\n\n"
            for f in doc.features { out += "- `\(f.name)`: \(renderInline(f.text))\n" }
            out += "\n"
        }
        if let errors = doc?.section("Errors") {
            if let items = DocText.listItems(errors) {
                out += "Errors:\n\n" + items.map { "- " + renderInline($0) + "\n" }.joined() + "\n"
            } else {
                out += "Errors: " + renderInline(errors.trimmingCharacters()) + "\n\n"
            }
        }
        if let since = doc?.section("Since") { out += "Since: \(since)\n\n" }
        if let trailing = doc?.trailing, !trailing.isEmpty { out += renderProse(trailing) + "\n\n" }
        return out
    }

    func memberTable(_ members: [ObjectMember], doc: DocComment?) -> String {
        var out = "| Name | Type | Required | Description |\n|---|---|---|---|\n"
        for m in members {
            let d = m.owner.isImplicit ? doc : m.owner.doc
            var text = DocText.member(d, m.name) ?? ""
            if !m.features.isEmpty { text += " *(features: \(m.features.map(\.name).joined(separator: ", ")))*" }
            out += "| `\(m.name)` | \(typeLink(m.type)) | \(m.optional ? "no" : "yes") | \(escapeCell(text)) |\n"
        }
        return out + "\n"
    }

    func typeLink(_ t: SchemaType) -> String {
        if let a = t as? ArrayType { return "array of " + typeLink(a.element) }
        if t is BuiltinType { return "`\(t.name)`" }
        return "[`\(t.name)`](#\(anchor(t.name)))"
    }

    /// GitHub's heading anchor for `#### \`name\` (Kind)`.
    func anchor(_ name: String) -> String {
        let kind: String
        switch schema.type(named: name) {
        case is EnumType: kind = "enum"
        case let o as ObjectType: kind = o.variants != nil ? "union" : "struct"
        case is AlternateType: kind = "alternate"
        default: kind = "struct"
        }
        return name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } + "-" + kind
    }

    func escapeCell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    func renderInline(_ s: String) -> String { DocText.markdown(s) }

    /// Prose with `.. qmp-example::` blocks turned into fenced code; the
    /// directive's `:title:` option becomes the example's caption, and its
    /// other options (`:annotated:`) are dropped.
    func renderProse(_ text: String) -> String {
        var out: [String] = []
        var inExample = false
        var exampleLines: [String] = []
        func flushExample() {
            while let l = exampleLines.last, l.trimmingCharacters().isEmpty { exampleLines.removeLast() }
            let indent = exampleLines.filter { !$0.trimmingCharacters().isEmpty }
                .map { $0.prefix(while: { $0 == " " }).count }.min() ?? 0
            out.append("```")
            for l in exampleLines { out.append(String(l.dropFirst(min(indent, l.count)))) }
            out.append("```")
            exampleLines = []
        }
        var inOptions = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.trimmingCharacters().hasPrefix(".. qmp-example::") {
                if inExample { flushExample() }
                inExample = true
                inOptions = true
                out.append("Example:")
                out.append("")
                continue
            }
            if inOptions {
                let option = line.trimmingCharacters()
                if line.hasPrefix(" "), option.hasPrefix(":") {
                    if option.hasPrefix(":title:") {
                        out[out.count - 2] = "Example: " + DocText.markdown(String(option.dropFirst(7)).trimmingCharacters())
                    }
                    continue
                }
                inOptions = false
            }
            if inExample {
                if line.isEmpty || line.hasPrefix(" ") {
                    if !(exampleLines.isEmpty && line.isEmpty) { exampleLines.append(line) }
                    continue
                }
                flushExample()
                inExample = false
                out.append("")
            }
            out.append(DocText.markdown(line))
        }
        if inExample { flushExample() }
        return out.joined(separator: "\n").trimmingCharacters()
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return String(self) }
        var result = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            result += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return result + rest
    }
}
