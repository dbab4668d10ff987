import QAPISchema

/// Renders documentation text for Swift comments and Markdown.
enum DocText {
    /// `@name` → `` `name` ``; single-backtick references stay as they are.
    static func markdown(_ text: String) -> String {
        var out = ""
        var chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "@", i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1] == "_" {
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
        chars = []
        return out
    }

    /// The summary of a definition: its body without example blocks.
    static func summary(_ doc: DocComment?) -> String? {
        guard let doc else { return nil }
        return markdown(doc.body)
    }

    /// The documentation of `member` in `doc`.
    static func member(_ doc: DocComment?, _ name: String) -> String? {
        doc?.members.first(where: { $0.name == name }).map { markdown($0.text) }
    }
}
