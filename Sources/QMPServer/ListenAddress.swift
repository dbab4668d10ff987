/// Where a listener accepts clients, in QEMU's `-qmp` syntax.
public enum ListenAddress: Sendable, Equatable, CustomStringConvertible {
    /// `unix:PATH[,server=on][,wait=off][,readonly=on|off]`: a Unix stream socket (mode 0600 unless
    /// configured otherwise). Only Unix sockets carry file descriptors.
    case unix(path: String)
    /// `tcp:HOST:PORT[,server=on][,wait=off][,readonly=on|off]`; IPv6 hosts in brackets
    /// (`tcp:[::1]:4444`). Port 0 picks a free port.
    case tcp(host: String, port: UInt16)

    /// An address that could not be parsed.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Parses a listener as `--qmp` and `--jsonrpc` take it: QEMU's
    /// `unix:PATH` or `tcp:HOST:PORT`, then comma-separated options:
    /// `server=on` and `wait=off` (QEMU's, accepted as they change nothing)
    /// and `readonly=on|off` (a read-only monitor, see ``ListenerOptions``).
    /// Any other option is an error.
    public static func parse(_ text: String) throws(ParseError) -> (address: ListenAddress, options: ListenerOptions) {
        guard let colon = text.firstIndex(of: ":") else {
            throw ParseError(description: "address '\(text)' lacks a transport; expected unix:PATH or tcp:HOST:PORT")
        }
        let transport = text[..<colon]
        let rest = text[text.index(after: colon)...]
        var parts = rest.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let target = parts.isEmpty ? "" : parts.removeFirst()
        var options = ListenerOptions()
        for option in parts {
            switch option {
            case "server=on", "server", "wait=off", "nowait": continue
            case "server=off":
                throw ParseError(description: "'\(text)': iommud only listens; server=off is not supported")
            case "wait=on":
                throw ParseError(description: "'\(text)': wait=on is not supported; iommud never waits for a client")
            case "readonly=on": options.readOnly = true
            case "readonly=off": options.readOnly = false
            case _ where option.hasPrefix("readonly"):
                throw ParseError(description: "'\(text)': '\(option)': expected readonly=on or readonly=off")
            default:
                throw ParseError(
                    description: "'\(text)': unknown option '\(option)'; the options are server=on, wait=off and readonly=on|off")
            }
        }
        return (try address(transport: transport, target: target, text: text), options)
    }

    /// The address of `transport` (`unix` or `tcp`) and `target`; `text` is
    /// the whole argument, for messages.
    private static func address(transport: Substring, target: String, text: String) throws(ParseError) -> ListenAddress {
        switch transport {
        case "unix":
            guard !target.isEmpty else { throw ParseError(description: "'\(text)': empty socket path") }
            guard target.utf8.count < 108 else {
                throw ParseError(description: "'\(text)': socket path longer than 107 bytes")
            }
            return .unix(path: target)
        case "tcp":
            let host: Substring
            let portText: Substring
            if target.hasPrefix("[") {
                guard let close = target.firstIndex(of: "]"), target[target.index(after: close)...].hasPrefix(":") else {
                    throw ParseError(description: "'\(text)': expected tcp:[IPV6]:PORT")
                }
                host = target[target.index(after: target.startIndex)..<close]
                portText = target[target.index(close, offsetBy: 2)...]
            } else {
                guard let c = target.lastIndex(of: ":") else {
                    throw ParseError(description: "'\(text)': expected tcp:HOST:PORT")
                }
                host = target[..<c]
                portText = target[target.index(after: c)...]
            }
            guard let port = UInt16(portText) else {
                throw ParseError(description: "'\(text)': port '\(portText)' is not a number from 0 to 65535")
            }
            return .tcp(host: host.isEmpty ? "localhost" : String(host), port: port)
        default:
            throw ParseError(description: "'\(text)': unsupported transport '\(transport)'; expected unix or tcp")
        }
    }

    public var description: String {
        switch self {
        case .unix(let path): return "unix:\(path)"
        case .tcp(let host, let port): return host.contains(":") ? "tcp:[\(host)]:\(port)" : "tcp:\(host):\(port)"
        }
    }
}
