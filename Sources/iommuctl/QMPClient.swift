import JSON

#if canImport(Glibc)
import Glibc
#endif

func printError(_ s: String) {
    let bytes = Array((s + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// Where iommuctl connects: a Unix socket path or a TCP host and port.
enum DaemonAddress: CustomStringConvertible {
    case unix(String)
    case tcp(host: String, port: UInt16)

    var description: String {
        switch self {
        case .unix(let path): return path
        case .tcp(let host, let port): return "tcp:\(host):\(port)"
        }
    }
}

/// A minimal blocking QMP client.
final class QMPClient {
    private let fd: Int32
    private let parser = JSONStreamParser()
    private var pending: [JSONValue] = []

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Connects; a refusal is explained (no daemon, nothing listening,
    /// permission denied) with what to do about it.
    init(_ address: DaemonAddress) throws {
        switch address {
        case .unix(let path): fd = try Self.connectUnix(path)
        case .tcp(let host, let port): fd = try Self.connectTCP(host, port)
        }
    }

    private static func connectUnix(_ path: String) throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw Failure(description: "\(path): socket path too long")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0 else {
            let e = errno
            close(fd)
            switch e {
            case ENOENT:
                throw Failure(description: "\(path): no iommud there (start one with 'make run', or name its socket with --socket)")
            case ECONNREFUSED:
                throw Failure(description: "\(path): nothing accepts connections there (an iommud that exited left the socket?)")
            case EACCES, EPERM:
                throw Failure(description:
                    "\(path): permission denied (iommud's sockets are for its own user: run iommuctl as that user, or start iommud with --socket-group or --socket-mode)")
            default:
                throw Failure(description: "\(path): \(String(cString: strerror(e)))")
            }
        }
        return fd
    }

    private static func connectTCP(_ host: String, _ port: UInt16) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, String(port), &hints, &list)
        guard rc == 0, let first = list else {
            throw Failure(description: "tcp:\(host):\(port): \(String(cString: gai_strerror(rc)))")
        }
        defer { freeaddrinfo(list) }
        var failure = ECONNREFUSED
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let info = entry {
            let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), info.pointee.ai_protocol)
            if fd >= 0 {
                if connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return fd }
                failure = errno
                close(fd)
            }
            entry = info.pointee.ai_next
        }
        throw Failure(description: "tcp:\(host):\(port): \(String(cString: strerror(failure)))"
            + (failure == ECONNREFUSED ? " (is iommud listening there? --qmp tcp:HOST:PORT)" : ""))
    }

    deinit { close(fd) }

    /// The descriptor, for polling together with the terminal.
    var descriptor: Int32 { fd }

    /// Whether a message is already parsed and waiting.
    var hasPending: Bool { !pending.isEmpty }

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

/// A negotiated QMP session: commands and the events that come between.
final class QMPSession {
    let client: QMPClient
    /// Events received while waiting for replies, oldest first.
    var events: [JSONValue] = []
    private var nextID = 0

    /// Connects, reads the greeting and negotiates (unless `negotiate` is
    /// false, for running qmp_capabilities itself). A daemon that closes the
    /// connection before its greeting refused the peer's credentials.
    init(_ address: DaemonAddress, negotiate: Bool = true) throws {
        client = try QMPClient(address)
        do {
            _ = try client.receive()
        } catch {
            throw QMPClient.Failure(description:
                "\(address): iommud closed the connection at once (is your uid allowed? see --allow-uid and --socket-group)")
        }
        if negotiate {
            let reply = try execute("qmp_capabilities", JSONObject())
            if let error = reply["error"] { throw QMPClient.Failure(description: "negotiation failed: \(error)") }
        }
    }

    /// Runs `command`; returns its response (events that arrive meanwhile
    /// are kept in ``events``).
    func execute(_ command: String, _ arguments: JSONObject, id given: String? = nil) throws -> JSONValue {
        nextID += 1
        let id = given ?? "iommuctl-\(nextID)"
        var request = JSONObject()
        request.appendUnchecked("execute", .string(command))
        if !arguments.isEmpty { request.appendUnchecked("arguments", .object(arguments)) }
        request.appendUnchecked("id", .string(id))
        try client.send(.object(request))
        while true {
            let message = try client.receive()
            if message["event"] != nil {
                events.append(message)
                continue
            }
            return message
        }
    }

    /// The return value of `command`, or nil after printing its error.
    func query(_ command: String, _ arguments: JSONObject = JSONObject()) throws -> JSONValue? {
        let reply = try execute(command, arguments)
        if let error = reply["error"] {
            printError("iommuctl: \(command): \(error["desc"]?.stringValue ?? "")")
            return nil
        }
        return reply["return"]
    }
}

/// An arguments object from literal pairs.
func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONObject {
    var o = JSONObject()
    for (key, value) in pairs { o.appendUnchecked(key, value) }
    return o
}
