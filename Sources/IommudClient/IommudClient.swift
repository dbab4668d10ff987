import CSocketShims
import Glibc
import JSON

/// What a call or a wait can fail with.
public enum IommudClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The daemon refused the command: its QMP class, description, and the
    /// errno's name when a system call failed.
    case command(command: String, errorClass: String, desc: String, errno: String?)
    /// No connection, or it was lost while the call or wait was pending.
    case connectionLost(String)
    /// No event came in time.
    case timeout(String)

    public var description: String {
        switch self {
        case .command(let command, let errorClass, let desc, let errno):
            return "\(command): \(errorClass): \(desc)" + (errno.map { " [\($0)]" } ?? "")
        case .connectionLost(let why): return "connection lost: \(why)"
        case .timeout(let what): return "timed out: \(what)"
        }
    }
}

/// An event: its name, its data (typed accessors are generated, one per
/// event: `event.deviceDeleted?.device`) and its timestamp.
public struct IommudEvent: Sendable {
    public let name: String
    public let data: JSONValue
    public let seconds: Int64
    public let microseconds: Int64
}

/// How the daemon's schema and the client's differ, found at connect.
public struct SchemaReport: Sendable, Equatable {
    public var missingInDaemon: [String]
    public var missingInClient: [String]
    /// Commands whose arguments differ: (only the client's, only the daemon's).
    public var arguments: [String: ([String], [String])]

    public var matches: Bool { missingInDaemon.isEmpty && missingInClient.isEmpty && arguments.isEmpty }

    public static func == (a: SchemaReport, b: SchemaReport) -> Bool {
        a.missingInDaemon == b.missingInDaemon && a.missingInClient == b.missingInClient
            && a.arguments.keys.sorted() == b.arguments.keys.sorted()
    }
}

/// A value as the client reads and writes it: leniently (nil when the JSON
/// is not of its kind, rather than an error).
public protocol ClientValue: Sendable {
    static func client(_ json: JSONValue) -> Self?
    var clientJSON: JSONValue { get }
}

extension String: ClientValue {
    public static func client(_ json: JSONValue) -> String? { json.stringValue }
    public var clientJSON: JSONValue { .string(self) }
}

extension Bool: ClientValue {
    public static func client(_ json: JSONValue) -> Bool? { json.boolValue }
    public var clientJSON: JSONValue { .bool(self) }
}

extension Int64: ClientValue {
    public static func client(_ json: JSONValue) -> Int64? { json.int64Value }
    public var clientJSON: JSONValue { .int(self) }
}

extension UInt64: ClientValue {
    public static func client(_ json: JSONValue) -> UInt64? { json.uint64Value }
    public var clientJSON: JSONValue { self <= UInt64(Int64.max) ? .int(Int64(self)) : .uint(self) }
}

extension Double: ClientValue {
    public static func client(_ json: JSONValue) -> Double? {
        switch json {
        case .double(let d): return d
        case .int(let i): return Double(i)
        case .uint(let u): return Double(u)
        default: return nil
        }
    }
    public var clientJSON: JSONValue { .double(self) }
}

extension JSONValue: ClientValue {
    public static func client(_ json: JSONValue) -> JSONValue? { json }
    public var clientJSON: JSONValue { self }
}

extension Array: ClientValue where Element: ClientValue {
    /// The elements that read as `Element` (others are dropped).
    public static func client(_ json: JSONValue) -> [Element]? { json.arrayValue?.compactMap(Element.client) }
    public var clientJSON: JSONValue { .array(map(\.clientJSON)) }
}

/// Where the daemon listens.
public enum IommudAddress: Sendable {
    case unix(String)
    case tcp(host: String, port: UInt16)
}

/// iommud's QMP for Swift programs: connect, one typed async method per
/// command (generated), typed events as an `AsyncSequence`, `waitEvent`.
///
/// Replies are decoded leniently, so a client survives a daemon of another
/// version: members it does not know are ignored, enum values it does not
/// know are kept, a member it expects but the reply lacks is nil. At
/// connect it compares schemas (``schemaReport``). A lost connection fails
/// every pending call and wait at once.
public actor IommudClient {
    private var fd: Int32 = -1
    private var nextID = 0
    private var pending: [String: CheckedContinuation<JSONValue, Error>] = [:]
    private var unread: [IommudEvent] = []
    private var waiters: [(id: Int, name: String, match: @Sendable (IommudEvent) -> Bool, resume: CheckedContinuation<IommudEvent, Error>)] = []
    private var subscribers: [AsyncStream<IommudEvent>.Continuation] = []
    private var lost: String?
    private var greeting: JSONValue?
    /// The comparison of schemas made at connect.
    public private(set) var schemaReport: SchemaReport?

    /// Most unread events kept for ``waitEvent(_:timeout:match:)``.
    public static let eventBuffer = 1024

    public init() {}

    /// Connects, negotiates capabilities and compares schemas.
    public func connect(_ address: IommudAddress, compareSchema: Bool = true) async throws(IommudClientError) {
        fd = try Self.open(address)
        lost = nil
        let messages = Self.reader(fd)
        Task { [weak self] in
            for await message in messages { await self?.deliver(message) }
            await self?.connectionEnded()
        }
        do throws(IommudClientError) {
            _ = try await call("qmp_capabilities", JSONObject())
            if compareSchema { schemaReport = compare(try await call("query-qmp-schema", JSONObject())) }
        } catch {
            // A connection that never became usable is not left open.
            disconnect()
            throw error
        }
    }

    /// Closes the connection; pending calls and waits fail.
    public func disconnect() {
        guard fd >= 0 else { return }
        shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Every event from now on, as they come; the sequence ends with the connection.
    public func events() -> AsyncStream<IommudEvent> {
        AsyncStream { continuation in subscribers.append(continuation) }
    }

    /// The first unread event `name` that `match` accepts, waiting up to
    /// `timeout` for it; events that arrived since the last wait count,
    /// even those that came before the call (so `deviceDel` then
    /// `waitEvent("DEVICE_DELETED")` cannot miss it).
    public func waitEvent(_ name: String, timeout: Duration = .seconds(30),
                          match: @escaping @Sendable (IommudEvent) -> Bool = { _ in true })
        async throws(IommudClientError) -> IommudEvent
    {
        if let index = unread.firstIndex(where: { $0.name == name && match($0) }) { return unread.remove(at: index) }
        if let lost { throw .connectionLost(lost) }
        nextID += 1
        let id = nextID
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.expire(id, name)
        }
        defer { timer.cancel() }
        do {
            return try await withCheckedThrowingContinuation { waiters.append((id, name, match, $0)) }
        } catch let error as IommudClientError {
            throw error
        } catch {
            throw .connectionLost("\(error)")
        }
    }

    private func expire(_ id: Int, _ name: String) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).resume.resume(throwing: IommudClientError.timeout("no \(name) event"))
    }

    /// Runs `command` (with descriptor `fd` attached, for getfd and add-fd)
    /// and returns its `return` value.
    public func call(_ command: String, _ arguments: JSONObject, fd passed: Int32? = nil) async throws(IommudClientError)
        -> JSONValue
    {
        if let lost { throw .connectionLost(lost) }
        nextID += 1
        let id = "c\(nextID)"
        var request = JSONObject()
        request.appendUnchecked("execute", .string(command))
        if !arguments.isEmpty { request.appendUnchecked("arguments", .object(arguments)) }
        request.appendUnchecked("id", .string(id))
        var bytes = JSONWriter.bytes(.object(request))
        bytes.append(0x0A)
        let socket = fd
        let reply: JSONValue
        do {
            reply = try await withCheckedThrowingContinuation { continuation in
                pending[id] = continuation
                if !Self.write(socket, bytes, fd: passed) {
                    pending.removeValue(forKey: id)
                    continuation.resume(throwing: IommudClientError.connectionLost("\(command): cannot write to iommud"))
                }
            }
        } catch let error as IommudClientError {
            throw error
        } catch {
            throw .connectionLost("\(error)")
        }
        if let error = reply["error"] {
            throw .command(command: command, errorClass: error["class"]?.stringValue ?? "?",
                           desc: error["desc"]?.stringValue ?? "", errno: error["errno"]?.stringValue)
        }
        return reply["return"] ?? .object(JSONObject())
    }

    // MARK: Messages

    private func deliver(_ message: JSONValue) {
        if greeting == nil, message["QMP"] != nil {
            greeting = message
            return
        }
        if let name = message["event"]?.stringValue {
            let event = IommudEvent(
                name: name, data: message["data"] ?? .object(JSONObject()),
                seconds: message["timestamp"]?["seconds"]?.int64Value ?? 0,
                microseconds: message["timestamp"]?["microseconds"]?.int64Value ?? 0)
            for s in subscribers { s.yield(event) }
            if let index = waiters.firstIndex(where: { $0.name == name && $0.match(event) }) {
                waiters.remove(at: index).resume.resume(returning: event)
            } else {
                unread.append(event)
                if unread.count > Self.eventBuffer { unread.removeFirst(unread.count - Self.eventBuffer) }
            }
            return
        }
        if let id = message["id"]?.stringValue, let continuation = pending.removeValue(forKey: id) {
            continuation.resume(returning: message)
        }
    }

    private func connectionEnded() {
        lost = "iommud closed the connection"
        if fd >= 0 { close(fd) }
        fd = -1
        for (_, continuation) in pending { continuation.resume(throwing: IommudClientError.connectionLost(lost ?? "")) }
        pending.removeAll()
        for waiter in waiters { waiter.resume.resume(throwing: IommudClientError.connectionLost(lost ?? "")) }
        waiters.removeAll()
        for s in subscribers { s.finish() }
        subscribers.removeAll()
    }

    /// Each command of a `query-qmp-schema` answer with its argument
    /// members (union branches' included): what the client compares with
    /// its own, and what iommuctl completes.
    public static func commandArguments(inSchema schema: JSONValue) -> [String: [String]] {
        var byName: [String: JSONValue] = [:]
        for e in schema.arrayValue ?? [] { if let n = e["name"]?.stringValue { byName[n] = e } }
        func members(_ type: String, _ depth: Int = 0) -> [String] {
            guard depth < 4, let entity = byName[type] else { return [] }
            var names = (entity["members"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
            for v in entity["variants"]?.arrayValue ?? [] {
                names += members(v["type"]?.stringValue ?? "", depth + 1).filter { !names.contains($0) }
            }
            return names
        }
        var commands: [String: [String]] = [:]
        for e in schema.arrayValue ?? [] where e["meta-type"]?.stringValue == "command" {
            if let name = e["name"]?.stringValue { commands[name] = members(e["arg-type"]?.stringValue ?? "") }
        }
        return commands
    }

    private func compare(_ schema: JSONValue) -> SchemaReport {
        let daemon = Self.commandArguments(inSchema: schema)
        let client = Self.commandArguments
        var arguments: [String: ([String], [String])] = [:]
        for name in Set(daemon.keys).intersection(client.keys) {
            let c = Set(client[name] ?? []), d = Set(daemon[name] ?? [])
            if c != d { arguments[name] = (c.subtracting(d).sorted(), d.subtracting(c).sorted()) }
        }
        return SchemaReport(missingInDaemon: Set(client.keys).subtracting(daemon.keys).sorted(),
                            missingInClient: Set(daemon.keys).subtracting(client.keys).sorted(), arguments: arguments)
    }

    // MARK: The socket

    private static func open(_ address: IommudAddress) throws(IommudClientError) -> Int32 {
        switch address {
        case .unix(let path):
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            var sa = sockaddr_un()
            sa.sun_family = sa_family_t(AF_UNIX)
            let bytes = Array(path.utf8)
            guard fd >= 0, bytes.count < MemoryLayout.size(ofValue: sa.sun_path) else {
                if fd >= 0 { close(fd) }
                throw .connectionLost("\(path): cannot connect")
            }
            withUnsafeMutableBytes(of: &sa.sun_path) { raw in for (i, b) in bytes.enumerated() { raw[i] = b } }
            let rc = withUnsafePointer(to: &sa) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            guard rc == 0 else {
                let e = errno
                close(fd)
                throw .connectionLost("\(path): \(String(cString: strerror(e)))")
            }
            return fd
        case .tcp(let host, let port):
            var hints = addrinfo()
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
            var list: UnsafeMutablePointer<addrinfo>?
            guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
                throw .connectionLost("tcp:\(host):\(port): cannot resolve")
            }
            defer { freeaddrinfo(list) }
            var entry: UnsafeMutablePointer<addrinfo>? = first
            while let info = entry {
                let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), 0)
                if fd >= 0 {
                    if Glibc.connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 { return fd }
                    close(fd)
                }
                entry = info.pointee.ai_next
            }
            throw .connectionLost("tcp:\(host):\(port): \(String(cString: strerror(errno)))")
        }
    }

    private static func write(_ fd: Int32, _ bytes: [UInt8], fd passed: Int32?) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n: Int = bytes.withUnsafeBytes { raw in
                let base = raw.baseAddress.map { $0 + offset }
                if offset == 0, let passed {
                    var fds = [passed]
                    return Int(iommud_send_with_fds(fd, base, UInt(raw.count), &fds, 1))
                }
                return Glibc.send(fd, base, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    /// A thread reading `fd` until it closes, yielding each message.
    private static func reader(_ fd: Int32) -> AsyncStream<JSONValue> {
        AsyncStream { continuation in
            let box = ReaderBox(fd: fd, continuation: continuation)
            var thread = pthread_t()
            let context = Unmanaged.passRetained(box).toOpaque()
            pthread_create(&thread, nil, { raw in
                guard let raw else { return nil }
                let box = Unmanaged<ReaderBox>.fromOpaque(raw).takeRetainedValue()
                box.run()
                return nil
            }, context)
            pthread_detach(thread)
        }
    }
}

/// What the reader thread needs.
private final class ReaderBox: @unchecked Sendable {
    let fd: Int32
    let continuation: AsyncStream<JSONValue>.Continuation

    init(fd: Int32, continuation: AsyncStream<JSONValue>.Continuation) {
        self.fd = fd
        self.continuation = continuation
    }

    func run() {
        let parser = JSONStreamParser()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { break }
            parser.feed(Array(buffer[0..<n])) { event in
                if case .value(let v) = event { continuation.yield(v) }
            }
        }
        continuation.finish()
    }
}
