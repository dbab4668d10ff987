import QAPISchema

/// Renders documentation text for Swift comments and Markdown.
enum DocText {
    /// `@name` → `` `name` ``; single-backtick references stay as they are.
    /// Names may start with a digit (enum values such as `@3d`); an `@` inside a
    /// word (`user@host`) is left alone.
    static func markdown(_ text: String) -> String {
        var out = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let startsWord = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
            if c == "@", startsWord, i + 1 < chars.count,
                chars[i + 1].isLetter || chars[i + 1].isNumber || chars[i + 1] == "_"
            {
                var j = i + 1
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "-" || chars[j] == "_" {
                    j += 1
                }
                out += "`" + String(chars[(i + 1)..<j]) + "`"
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// The summary of a definition: its body without example blocks.
    static func summary(_ doc: DocComment?) -> String? {
        guard let doc else { return nil }
        var kept: [Substring] = []
        var inExample = false
        for line in doc.body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.drop(while: { $0 == " " }).hasPrefix(".. qmp-example::") {
                inExample = true
                continue
            }
            if inExample, line.isEmpty || line.hasPrefix(" ") { continue }
            inExample = false
            kept.append(line)
        }
        while let last = kept.last, last.allSatisfy(\.isWhitespace) { kept.removeLast() }
        let text = markdown(kept.joined(separator: "\n"))
        return text.isEmpty ? nil : text
    }

    /// The documentation of `member` in `doc`.
    static func member(_ doc: DocComment?, _ name: String) -> String? {
        doc?.members.first(where: { $0.name == name }).map { markdown($0.text) }
    }

    /// The items of a section written as a list (`- a` on separate lines), which
    /// the documentation parser has folded into one line (`- a - b`); `nil` when
    /// the text is not a list.
    static func listItems(_ text: String) -> [String]? {
        let t = text.trimmingCharacters()
        guard t.hasPrefix("- ") else { return nil }
        var items: [String] = []
        var rest = t.dropFirst(2)
        while let r = rest.firstRange(of: " - ") {
            items.append(String(rest[..<r.lowerBound]).trimmingCharacters())
            rest = rest[r.upperBound...]
        }
        items.append(String(rest).trimmingCharacters())
        return items
    }

    /// Notes for the features of a definition, member or enum value, with the
    /// text of the `Features:` section of `doc` (which documents the features
    /// of a definition and of its members together).
    static func featureNotes(_ features: [Feature], doc: DocComment?) -> [String] {
        features.map { f in
            let label: String
            switch f.name {
            case "deprecated": label = "Deprecated"
            case "unstable": label = "Unstable"
            default: label = "Feature `\(f.name)`"
            }
            let text = doc?.features.first(where: { $0.name == f.name }).map { markdown($0.text) } ?? ""
            return "- Note: \(label)" + (text.isEmpty ? "." : ": " + text)
        }
    }

    /// Joins documentation paragraphs, leaving out empty ones.
    static func join(_ parts: [String?]) -> String? {
        let kept = parts.compactMap { $0 }.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept.joined(separator: "\n\n")
    }
}
