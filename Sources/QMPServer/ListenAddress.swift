/// Where a listener accepts clients, in QEMU's `-qmp` syntax.
public enum ListenAddress: Sendable, Equatable, CustomStringConvertible {
    /// `unix:PATH[,server=on][,wait=off]`: a Unix stream socket, created 0600.
    case unix(path: String)

    /// An address that could not be parsed.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Parses `unix:PATH` with QEMU's optional `server=on` and `wait=off`.
    public init(parsing text: String) throws(ParseError) {
        guard let colon = text.firstIndex(of: ":") else {
            throw ParseError(description: "address '\(text)' lacks a transport; expected unix:PATH")
        }
        let transport = text[..<colon]
        let rest = text[text.index(after: colon)...]
        var parts = rest.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let target = parts.isEmpty ? "" : parts.removeFirst()
        for option in parts {
            switch option {
            case "server=on", "server", "wait=off", "nowait": continue
            case "server=off":
                throw ParseError(description: "'\(text)': iommud only listens; server=off is not supported")
            case "wait=on":
                throw ParseError(description: "'\(text)': wait=on is not supported; iommud never waits for a client")
            default:
                throw ParseError(description: "'\(text)': unknown option '\(option)'")
            }
        }
        switch transport {
        case "unix":
            guard !target.isEmpty else { throw ParseError(description: "'\(text)': empty socket path") }
            guard target.utf8.count < 108 else {
                throw ParseError(description: "'\(text)': socket path longer than 107 bytes")
            }
            self = .unix(path: target)
        default:
            throw ParseError(description: "'\(text)': unsupported transport '\(transport)'; expected unix:PATH")
        }
    }

    public var description: String {
        switch self {
        case .unix(let path): return "unix:\(path)"
        }
    }
}
