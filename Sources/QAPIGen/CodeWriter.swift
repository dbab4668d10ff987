/// Accumulates generated source text with indentation.
struct CodeWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ s: String = "") {
        if s.isEmpty {
            text += "\n"
        } else {
            text += String(repeating: "    ", count: depth) + s + "\n"
        }
    }

    /// Appends another writer's text as it is.
    mutating func append(_ other: CodeWriter?) {
        if let other { text += other.text }
    }

    mutating func indent(_ body: (inout CodeWriter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    /// `header {` … `}` with the body indented; `header {}` when the body is empty.
    mutating func block(_ header: String, _ body: (inout CodeWriter) -> Void) {
        let before = text
        line(header + " {")
        let mark = text.utf8.count
        indent(body)
        if text.utf8.count == mark {
            text = before
            line(header + " {}")
        } else {
            line("}")
        }
    }

    /// `switch subject {` … `}` with the `case` labels at the switch's own
    /// indentation, as Swift style has it; `body` indents multi-line cases itself.
    mutating func switchBlock(_ subject: String, _ body: (inout CodeWriter) -> Void) {
        line("switch \(subject) {")
        body(&self)
        line("}")
    }

    /// Writes `text` as `///` doc-comment lines.
    mutating func doc(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        for l in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = l.trimmingTrailingSpaces()
            line(trimmed.isEmpty ? "///" : "/// " + trimmed)
        }
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// The text as a Swift string literal.
    var swiftLiteral: String {
        var out = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
