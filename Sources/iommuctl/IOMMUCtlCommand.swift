import ArgumentParser
import Dispatch
import JSON

#if canImport(Glibc)
import Glibc
#endif

/// `iommuctl`: run one QMP command against a running iommud and print the result.
@main
struct IOMMUCtlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iommuctl",
        abstract: "Run a QMP command against iommud.",
        discussion: """
            Arguments are KEY=VALUE pairs as in qmp-shell: VALUE is read as JSON when it parses \
            (numbers, true/false, null, lists, objects), otherwise as a string; dotted keys \
            build nested objects (a.b=1 gives {"a": {"b": 1}}). A single argument starting \
            with '{' is taken as the whole arguments object.

            Examples:
              iommuctl query-version
              iommuctl qmp_capabilities enable='["oob"]'
              iommuctl --socket /run/iommud.sock query-qmp-schema
              iommuctl --wait-event DEVICE_DELETED device_del id=nic0
            """)

    @Option(name: .shortAndLong, help: "The daemon's QMP socket.")
    var socket = "./iommud.sock"

    @Flag(name: .long, help: "Print the whole response compactly instead of the pretty return value.")
    var raw = false

    @Option(name: .long, help: ArgumentHelp(
        "After the reply, wait for the event NAME (one that came with the reply counts) and print it.",
        valueName: "name"))
    var waitEvent: String?

    @Option(name: .long, help: "How long --wait-event waits, in seconds.")
    var timeout: Double = 5

    @Argument(help: "The command to run.")
    var command: String

    @Argument(help: "KEY=VALUE arguments, or one JSON object.")
    var arguments: [String] = []

    func run() throws {
        let args: JSONObject
        do {
            args = try Self.parseArguments(arguments)
        } catch {
            throw ValidationError("\(error)")
        }
        var request = JSONObject()
        request.appendUnchecked("execute", .string(command))
        if !args.isEmpty { request.appendUnchecked("arguments", .object(args)) }
        request.appendUnchecked("id", "iommuctl")

        let client: QMPClient
        do {
            client = try QMPClient(path: socket)
            _ = try client.receive()  // greeting
            if command != "qmp_capabilities" {
                try client.send(["execute": "qmp_capabilities"])
                _ = try client.receive()
            }
            try client.send(.object(request))
        } catch {
            printError("iommuctl: \(socket): \(error)")
            throw ExitCode(2)
        }
        var events: [JSONValue] = []
        while true {
            let message: JSONValue
            do {
                message = try client.receive()
            } catch {
                printError("iommuctl: \(error)")
                throw ExitCode(2)
            }
            if message["event"] != nil {
                events.append(message)
                continue
            }
            if raw {
                print(JSONWriter.string(message))
            } else if let result = message["return"] {
                print(JSONWriter.string(result, pretty: true))
            }
            if let error = message["error"] {
                printError("error: \(error["class"]?.stringValue ?? "?"): \(error["desc"]?.stringValue ?? "")")
                throw ExitCode(1)
            }
            if let waitEvent { try wait(for: waitEvent, client, seen: events) }
            return
        }
    }

    /// Prints the first event called `name`, from those seen with the reply
    /// or arriving within ``timeout``; exit status 3 when none does.
    func wait(for name: String, _ client: QMPClient, seen: [JSONValue]) throws {
        var message = seen.first { $0["event"]?.stringValue == name }
        let deadline = Double(DispatchTime.now().uptimeNanoseconds) / 1e9 + timeout
        while message == nil {
            let left = deadline - Double(DispatchTime.now().uptimeNanoseconds) / 1e9
            let next: JSONValue?
            do {
                next = try client.receive(timeout: max(0, left))
            } catch {
                printError("iommuctl: \(error)")
                throw ExitCode(2)
            }
            guard let next else {
                printError("iommuctl: no \(name) event within \(timeout) s")
                throw ExitCode(3)
            }
            if next["event"]?.stringValue == name { message = next }
        }
        if let message { print(JSONWriter.string(message, pretty: !raw)) }
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

func printError(_ s: String) {
    let bytes = Array((s + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// A minimal blocking QMP client over a Unix socket.
final class QMPClient {
    private let fd: Int32
    private let parser = JSONStreamParser()
    private var pending: [JSONValue] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < 108 else { throw Failure(description: "socket path too long") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: message)
        }
    }

    deinit { close(fd) }

    func send(_ message: JSONValue) throws {
        var bytes = JSONWriter.bytes(message)
        bytes.append(0x0A)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            guard n > 0 else { throw Failure(description: "write failed: \(String(cString: strerror(errno)))") }
            offset += n
        }
    }

    /// The next message, or nil when none arrives within `timeout` seconds.
    func receive(timeout: Double) throws -> JSONValue? {
        if pending.isEmpty {
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(min(timeout * 1000, Double(Int32.max))))
            if ready == 0 { return nil }
            guard ready > 0 else { throw Failure(description: "poll failed: \(String(cString: strerror(errno)))") }
        }
        return try receive()
    }

    func receive() throws -> JSONValue {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while pending.isEmpty {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(description: "connection closed by iommud") }
            var failure: JSONParseError?
            parser.feed(Array(buffer[0..<n])) { event in
                switch event {
                case .value(let v): pending.append(v)
                case .error(let e): failure = e
                }
            }
            if let failure { throw Failure(description: "bad JSON from server: \(failure)") }
        }
        return pending.removeFirst()
    }
}
