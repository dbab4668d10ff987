/// A `##`-delimited documentation comment, split into QAPI's sections.
///
/// ```
/// ##
/// # @query-version:
/// #
/// # Returns the version.          <- body
/// #
/// # @member: text                 <- members (or enum values, branches)
/// #     continuation
/// #
/// # Features:
/// # @deprecated: text             <- features
/// #
/// # Returns: the version          <- tagged sections (Since, Returns, Errors, TODO)
/// ##
/// ```
public struct DocComment: Sendable {
    /// A `@name: text` entry.
    public struct Entry: Sendable {
        public var name: String
        public var text: String
        public var location: SourceLocation
    }

    /// A tagged section such as `Since: 0.1`.
    public struct Tagged: Sendable {
        public var tag: String
        public var text: String
        public var location: SourceLocation
    }

    /// The tags QAPI recognises.
    public static let tags: Set<String> = ["Since", "Returns", "Errors", "TODO"]

    /// The documented definition (`@symbol:` on the first line), or `nil` for a
    /// free-form block.
    public var symbol: String?
    /// Where the block starts (its opening `##`).
    public var location: SourceLocation
    /// Text before the first member, with line breaks and indentation kept.
    public var body: String
    /// `@member:` entries in order.
    public var members: [Entry]
    /// Entries in the `Features:` section.
    public var features: [Entry]
    /// Tagged sections in order.
    public var tagged: [Tagged]
    /// Free text after the members and sections (examples, notes).
    public var trailing: String

    /// The text of the first section tagged `tag`.
    public func section(_ tag: String) -> String? {
        tagged.first(where: { $0.tag == tag })?.text
    }

    /// Splits the lines of a block (without their leading `#`) into sections.
    static func parse(lines: [(text: String, line: Int)], file: String, start: Int) throws(SchemaDiagnostic)
        -> DocComment
    {
        var doc = DocComment(
            symbol: nil, location: SourceLocation(file: file, line: start), body: "", members: [],
            features: [], tagged: [], trailing: "")
        enum Open { case none, member, feature, tagged }
        var open = Open.none
        var inFeatures = false
        var sawStructure = false  // a member, feature list or tag has been seen
        var bodyLines: [String] = []
        var trailingLines: [String] = []
        var index = 0

        // The first non-blank line may name the symbol.
        while index < lines.count, lines[index].text.allSatisfy(\.isWhitespace) { index += 1 }
        if index < lines.count, lines[index].text.hasPrefix("@") {
            // A block whose first line starts with '@' documents a definition, and that
            // line must be exactly '@NAME:'.
            let text = lines[index].text
            let loc = SourceLocation(file: file, line: lines[index].line)
            guard let colon = text.firstIndex(of: ":") else {
                throw SchemaDiagnostic(loc, "missing ':' after '\(text)'")
            }
            let name = String(text[text.index(after: text.startIndex)..<colon])
            if name.isEmpty { throw SchemaDiagnostic(loc, "name required after '@'") }
            if text.index(after: colon) != text.endIndex {
                throw SchemaDiagnostic(loc, "text after '@\(name):' must start on a new line")
            }
            doc.symbol = name
            index += 1
        }

        func appendText(_ s: String) {
            let t = s.drop(while: \.isWhitespace)
            switch open {
            case .member: doc.members[doc.members.count - 1].text += " " + t
            case .feature: doc.features[doc.features.count - 1].text += " " + t
            case .tagged: doc.tagged[doc.tagged.count - 1].text += " " + t
            case .none: break
            }
        }

        while index < lines.count {
            let (text, line) = lines[index]
            index += 1
            let loc = SourceLocation(file: file, line: line)
            if text.allSatisfy(\.isWhitespace) {
                open = .none
                if sawStructure { trailingLines.append("") } else { bodyLines.append("") }
                continue
            }
            if let (name, rest) = Self.entryLine(text) {
                sawStructure = true
                let entry = Entry(name: name, text: rest, location: loc)
                if inFeatures {
                    if doc.features.contains(where: { $0.name == name }) {
                        throw SchemaDiagnostic(loc, "duplicated entry for feature '\(name)'")
                    }
                    doc.features.append(entry)
                    open = .feature
                } else {
                    if doc.members.contains(where: { $0.name == name }) {
                        throw SchemaDiagnostic(loc, "duplicated entry for member '\(name)'")
                    }
                    doc.members.append(entry)
                    open = .member
                }
                continue
            }
            if text == "Features:" {
                if inFeatures { throw SchemaDiagnostic(loc, "duplicated 'Features:' line") }
                sawStructure = true
                inFeatures = true
                open = .none
                continue
            }
            if let (tag, rest) = Self.tagLine(text) {
                sawStructure = true
                if tag != "TODO", doc.tagged.contains(where: { $0.tag == tag }) {
                    throw SchemaDiagnostic(loc, "duplicated '\(tag)' section")
                }
                doc.tagged.append(Tagged(tag: tag, text: rest, location: loc))
                open = .tagged
                inFeatures = false
                continue
            }
            if open != .none {
                appendText(text)
                continue
            }
            if let colon = Self.unknownTag(text) {
                throw SchemaDiagnostic(loc, "unknown section tag '\(colon):'; expected one of Since, Returns, Errors, TODO")
            }
            if sawStructure { trailingLines.append(text) } else { bodyLines.append(text) }
        }
        doc.body = Self.trimBlankEdges(bodyLines)
        doc.trailing = Self.trimBlankEdges(trailingLines)
        return doc
    }

    /// `@name: text` (text may be empty).
    static func entryLine(_ text: String) -> (String, String)? {
        guard text.hasPrefix("@"), let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[text.index(after: text.startIndex)..<colon]
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
        else { return nil }
        let rest = text[text.index(after: colon)...].drop(while: \.isWhitespace)
        return (String(name), String(rest))
    }

    /// `Tag: text` for a recognised tag.
    static func tagLine(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let tag = String(text[..<colon])
        guard tags.contains(tag) else { return nil }
        return (tag, String(text[text.index(after: colon)...].drop(while: \.isWhitespace)))
    }

    /// A line that looks like a tag in the wrong case (`since: 1.0`), which QAPI rejects
    /// rather than silently treating as text.
    static func unknownTag(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let word = String(text[..<colon])
        guard !tags.contains(word), tags.contains(where: { $0.lowercased() == word.lowercased() }) else { return nil }
        return word
    }

    static func trimBlankEdges(_ lines: [String]) -> String {
        var l = lines[...]
        while let f = l.first, f.allSatisfy(\.isWhitespace) { l = l.dropFirst() }
        while let f = l.last, f.allSatisfy(\.isWhitespace) { l = l.dropLast() }
        return l.joined(separator: "\n")
    }
}
