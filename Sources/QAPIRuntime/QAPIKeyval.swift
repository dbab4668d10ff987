import JSON

/// QEMU's key=value syntax (`util/keyval.c`), as `--object` and `--device`
/// take it: `key=value` pairs separated by commas, `,,` for a comma inside a
/// value, dotted keys for nested objects (`a.b=1`), decimal fragments for
/// list elements (`a.0=x,a.1=y`), the last of repeated keys winning.  The
/// first pair may leave out its key when the caller names an implied one
/// (`memory-backend-memfd,id=m` is `qom-type=memory-backend-memfd,id=m`).
///
/// Every value comes out a string; ``QAPIKeyvalInput`` gives them the
/// schema's types.
public enum QAPIKeyval {
    /// What ``parse(_:impliedKey:)`` found.
    public struct Parsed: Sendable, Equatable {
        /// The parameters, nested by key path; scalars are strings.
        public var object: JSONObject
        /// Whether a parameter was `help` or `?` (with no `=`).
        public var help: Bool
    }

    /// Parses `text`.
    ///
    /// - Throws: QEMU's texts: `Invalid parameter 'KEY'` for a key that is
    ///   not a dotted path of names or indices, `Expected '=' after parameter
    ///   'KEY'`, `No implicit parameter name for value 'V'`, `Parameters
    ///   'a.*' used inconsistently` when a key is both a value and an object,
    ///   `Parameter 'a.1' missing` for a gap in a list.
    public static func parse(_ text: String, impliedKey: String? = nil) throws(QMPError) -> Parsed {
        var root = Node.object([:], order: [])
        var help = false
        var rest = Substring(text)
        var first = true
        while !rest.isEmpty {
            let keyEnd = rest.firstIndex { $0 == "=" || $0 == "," } ?? rest.endIndex
            let key = rest[..<keyEnd]
            let hasValue = keyEnd < rest.endIndex && rest[keyEnd] == "="
            if !hasValue, key == "help" || key == "?" {
                help = true
                rest = keyEnd < rest.endIndex ? rest[rest.index(after: keyEnd)...] : ""
                first = false
                continue
            }
            let path: [String]
            var valueStart: Substring.Index
            if hasValue {
                path = try keyPath(key)
                valueStart = rest.index(after: keyEnd)
            } else if first, let impliedKey, !key.isEmpty {
                path = [impliedKey]
                valueStart = rest.startIndex
            } else if first, impliedKey == nil, !key.isEmpty {
                throw QMPError.invalidArgument("No implicit parameter name for value '\(key)'")
            } else {
                throw QMPError.invalidArgument("Expected '=' after parameter '\(key)'")
            }
            first = false
            let (value, next) = scanValue(rest, from: &valueStart)
            try root.put(value, at: path[...], prefix: [])
            rest = next
        }
        return Parsed(object: try root.json(path: []).objectValue ?? JSONObject(), help: help)
    }

    /// The fragments of a dotted key: each a QAPI name (a letter, then
    /// letters, digits, `-` and `_`) or a list index (decimal digits).
    private static func keyPath(_ key: Substring) throws(QMPError) -> [String] {
        let fragments = key.split(separator: ".", omittingEmptySubsequences: false)
        for f in fragments where !isName(f) && !isIndex(f) {
            throw QMPError.invalidArgument("Invalid parameter '\(key)'")
        }
        return fragments.map(String.init)
    }

    private static func isName(_ s: Substring) -> Bool {
        guard let first = s.first, first.isASCII, first.isLetter else { return false }
        return s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    private static func isIndex(_ s: Substring) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The value starting at `start`, up to a lone comma (`,,` is a comma),
    /// and the text after that comma.
    private static func scanValue(_ text: Substring, from start: inout Substring.Index) -> (String, Substring) {
        var value = ""
        var i = start
        while i < text.endIndex {
            if text[i] == "," {
                let after = text.index(after: i)
                if after < text.endIndex, text[after] == "," {
                    value.append(",")
                    i = text.index(after: after)
                    continue
                }
                return (value, text[after...])
            }
            value.append(text[i])
            i = text.index(after: i)
        }
        return (value, text[text.endIndex...])
    }

    /// The parse tree before lists are recognized.
    private enum Node {
        case value(String)
        case object([String: Node], order: [String])

        mutating func put(_ value: String, at path: ArraySlice<String>, prefix: [String]) throws(QMPError) {
            guard case .object(var children, var order) = self, let key = path.first else { return }
            let here = prefix + [key]
            if path.count == 1 {
                if case .object = children[key] { throw Self.inconsistent(here) }
                if children[key] == nil { order.append(key) }
                children[key] = .value(value)
            } else {
                var child = children[key] ?? .object([:], order: [])
                if case .value = child { throw Self.inconsistent(here) }
                if children[key] == nil { order.append(key) }
                try child.put(value, at: path.dropFirst(), prefix: here)
                children[key] = child
            }
            self = .object(children, order: order)
        }

        static func inconsistent(_ path: [String]) -> QMPError {
            .invalidArgument("Parameters '\(path.joined(separator: ".")).*' used inconsistently")
        }

        /// The JSON value: an object whose keys are all indices becomes a
        /// list (QEMU's `keyval_listify`), in index order without gaps.
        func json(path: [String]) throws(QMPError) -> JSONValue {
            switch self {
            case .value(let s):
                return .string(s)
            case .object(let children, let order):
                let indices = order.filter { QAPIKeyval.isIndex($0[...]) }
                if indices.isEmpty {
                    var o = JSONObject()
                    for key in order {
                        guard let child = children[key] else { continue }
                        o.appendUnchecked(key, try child.json(path: path + [key]))
                    }
                    return .object(o)
                }
                guard indices.count == order.count else { throw Self.inconsistent(path) }
                var elements: [JSONValue] = []
                for i in 0..<children.count {
                    guard let child = children[String(i)] else {
                        throw QMPError.invalidArgument("Parameter '\((path + [String(i)]).joined(separator: "."))' missing")
                    }
                    elements.append(try child.json(path: path + [String(i)]))
                }
                return .array(elements)
            }
        }
    }
}
