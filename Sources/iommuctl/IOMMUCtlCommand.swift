import ArgumentParser
import Dispatch
import JSON

#if canImport(Glibc)
import Glibc
#endif

/// `iommuctl`: run QMP commands against a running iommud, interactively or
/// one at a time; read the schema's documentation; watch events; see the
/// daemon's objects as a tree.
@main
struct IOMMUCtlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iommuctl",
        abstract: "Run QMP commands against iommud.",
        discussion: """
            COMMAND is a QMP command, or one of:
              shell              an interactive shell (line editing, history, completion of
                                 command and argument names); reads commands from standard
                                 input when that is not a terminal
              help [COMMAND]     the schema's documentation of COMMAND, or a list of commands
              events             print events as they come; with --wait NAME, wait for one
              graph              the daemon's objects, containers, HWPTs and devices as a tree

            Arguments are KEY=VALUE pairs as in qmp-shell: VALUE is read as JSON when it parses \
            (numbers, true/false, null, lists, objects), otherwise as a string; dotted keys \
            build nested objects (a.b=1 gives {"a": {"b": 1}}). A single argument starting \
            with '{' is taken as the whole arguments object.

            Exit status: 0 success, 1 the command failed, 2 no connection, 3 no event in time.

            Examples:
              iommuctl query-version
              iommuctl --socket /run/iommud.sock shell
              iommuctl help device_add
              iommuctl --wait-event DEVICE_DELETED device_del id=nic0
              iommuctl events --wait DEVICE_DELETED --timeout 10
              iommuctl graph
            Completion scripts: iommuctl --generate-completion-script bash (or zsh, fish).
            """,
        version: "iommuctl 0.1.0")

    @Option(name: .shortAndLong, help: "The daemon's QMP socket.")
    var socket = "./iommud.sock"

    @Option(name: .long, help: ArgumentHelp("Connect over TCP instead (an iommud started with --qmp tcp:HOST:PORT).",
                                            valueName: "host:port"))
    var tcp: String?

    @Flag(name: .long, help: "Print the whole response compactly instead of the pretty return value.")
    var raw = false

    @Flag(name: .long, help: "Print the whole response as pretty JSON (replies and events).")
    var json = false

    @Option(name: .long, help: ArgumentHelp(
        "After the reply, wait for the event NAME (one that came with the reply counts) and print it.",
        valueName: "name"))
    var waitEvent: String?

    @Option(name: .long, help: ArgumentHelp("With 'events': wait for the event NAME, print it and exit.", valueName: "name"))
    var wait: String?

    @Option(name: .long, help: "How long --wait-event and --wait wait, in seconds.")
    var timeout: Double = 5

    @Argument(help: "The command to run (or shell, help, events, graph).")
    var command: String

    @Argument(help: "KEY=VALUE arguments, or one JSON object.")
    var arguments: [String] = []

    func run() throws {
        switch command {
        case "help": return try Help.print(arguments.first)
        case "shell": return try Shell(session: connect(), json: json).run()
        case "events": return try Events(session: connect(), wait: wait, timeout: timeout, json: json || !raw).run()
        case "graph": return try Graph(session: connect()).print()
        default: return try runOne()
        }
    }

    /// The daemon's address from --tcp or --socket.
    func address() throws -> DaemonAddress {
        guard let tcp else { return .unix(socket) }
        guard let colon = tcp.lastIndex(of: ":"), let port = UInt16(tcp[tcp.index(after: colon)...]) else {
            throw ValidationError("--tcp wants HOST:PORT, not '\(tcp)'")
        }
        return .tcp(host: String(tcp[..<colon]).trimmingBrackets, port: port)
    }

    func connect(negotiate: Bool = true) throws -> QMPSession {
        let address = try address()
        do {
            return try QMPSession(address, negotiate: negotiate)
        } catch {
            printError("iommuctl: \(error)")
            throw ExitCode(2)
        }
    }

    func runOne() throws {
        let args: JSONObject
        do {
            args = try Self.parseArguments(arguments)
        } catch {
            throw ValidationError("\(error)")
        }
        let session = try connect(negotiate: command != "qmp_capabilities")
        let message: JSONValue
        do {
            message = try session.execute(command, args, id: "iommuctl")
        } catch {
            printError("iommuctl: \(error)")
            throw ExitCode(2)
        }
        if raw {
            print(JSONWriter.string(message))
        } else if json {
            print(JSONWriter.string(message, pretty: true))
        } else if let result = message["return"] {
            print(JSONWriter.string(result, pretty: true))
        }
        if let error = message["error"] {
            printError(Self.describe(error))
            throw ExitCode(1)
        }
        if let waitEvent { try wait(for: waitEvent, session) }
    }

    /// `error: CLASS: DESC`, with the errno and a hint where one helps.
    static func describe(_ error: JSONValue) -> String {
        var text = "error: \(error["class"]?.stringValue ?? "?"): \(error["desc"]?.stringValue ?? "")"
        if let errno = error["errno"]?.stringValue {
            text += " [\(errno)]"
            switch errno {
            case "EPERM", "EACCES": text += "\nhint: the kernel refused iommud; is it running with access to /dev/iommu and /dev/vfio?"
            case "EBUSY": text += "\nhint: something still uses the object; query-iommufd and query-vfio show what"
            default: break
            }
        }
        if error["class"]?.stringValue == "CommandNotFound" { text += "\nhint: 'iommuctl help' lists the commands" }
        return text
    }

    /// Prints the first event called `name`, from those seen with the reply
    /// or arriving within ``timeout``; exit status 3 when none does.
    func wait(for name: String, _ session: QMPSession) throws {
        guard let event = try Events.next(name, session, timeout: timeout) else {
            printError("iommuctl: no \(name) event within \(timeout) s")
            throw ExitCode(3)
        }
        print(JSONWriter.string(event, pretty: !raw))
    }

    struct ArgumentError: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses qmp-shell style `key=value` pairs (or one JSON object).
    static func parseArguments(_ items: [String]) throws -> JSONObject {
        if items.count == 1, items[0].hasPrefix("{") {
            guard case .object(let o) = try JSONStreamParser.parse(items[0]) else {
                throw ArgumentError(description: "arguments must be a JSON object")
            }
            return o
        }
        var root = JSONObject()
        for item in items {
            guard let eq = item.firstIndex(of: "="), eq != item.startIndex else {
                throw ArgumentError(description: "expected KEY=VALUE, got '\(item)'")
            }
            let keyPath = item[..<eq].split(separator: ".").map(String.init)
            let text = String(item[item.index(after: eq)...])
            let value = (try? JSONStreamParser.parse(text)) ?? .string(text)
            root = insert(value, at: keyPath[...], into: root)
        }
        return root
    }

    static func insert(_ value: JSONValue, at path: ArraySlice<String>, into object: JSONObject) -> JSONObject {
        var object = object
        guard let key = path.first else { return object }
        if path.count == 1 {
            object[key] = value
        } else {
            let child = object[key]?.objectValue ?? JSONObject()
            object[key] = .object(insert(value, at: path.dropFirst(), into: child))
        }
        return object
    }
}

extension String {
    /// `[::1]` → `::1`.
    var trimmingBrackets: String {
        hasPrefix("[") && hasSuffix("]") ? String(dropFirst().dropLast()) : self
    }
}

/// `iommuctl help [COMMAND]`: the schema's documentation.
enum Help {
    static func print(_ command: String?) throws {
        guard let command else {
            Swift.print("Commands (iommuctl help COMMAND for one):")
            let width = CommandHelp.summaries.map(\.name.count).max() ?? 0
            for (name, summary) in CommandHelp.summaries {
                Swift.print("  " + name + String(repeating: " ", count: width - name.count + 2) + summary)
            }
            return
        }
        guard let text = CommandHelp.text[command] else {
            printError("iommuctl: no command '\(command)'; 'iommuctl help' lists them")
            throw ExitCode(1)
        }
        Swift.print(text, terminator: "")
    }
}

/// `iommuctl events`: events as they come.
struct Events {
    let session: QMPSession
    let wait: String?
    let timeout: Double
    let json: Bool

    func run() throws {
        if let wait {
            guard let event = try Self.next(wait, session, timeout: timeout) else {
                printError("iommuctl: no \(wait) event within \(timeout) s")
                throw ExitCode(3)
            }
            Swift.print(JSONWriter.string(event, pretty: json))
            return
        }
        while true {
            let event: JSONValue
            do {
                event = try session.client.receive()
            } catch {
                printError("iommuctl: \(error)")
                throw ExitCode(2)
            }
            Swift.print(JSONWriter.string(event, pretty: json))
            fflush(nil)
        }
    }

    /// The first event `name`: one already received, or the next within
    /// `timeout` seconds; nil when none comes.
    static func next(_ name: String, _ session: QMPSession, timeout: Double) throws -> JSONValue? {
        if let index = session.events.firstIndex(where: { $0["event"]?.stringValue == name }) {
            return session.events.remove(at: index)
        }
        let deadline = Double(DispatchTime.now().uptimeNanoseconds) / 1e9 + timeout
        while true {
            let left = deadline - Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            let next: JSONValue?
            do {
                next = try session.client.receive(timeout: max(0, left))
            } catch {
                printError("iommuctl: \(error)")
                throw ExitCode(2)
            }
            guard let next else { return nil }
            if next["event"]?.stringValue == name { return next }
        }
    }
}
