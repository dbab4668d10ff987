#if canImport(Glibc)
import Glibc
#endif
import IOMMUDBackend
import JSON
import Posix
import QMPServer
import IOMMUDSimulation

/// Runs `body` on a new POSIX thread (the server loop blocks its thread, so it
/// must not run on Swift's small cooperative pool).
func startThread(_ body: @escaping @Sendable () -> Void) -> pthread_t? {
    final class Box { let body: @Sendable () -> Void; init(_ b: @escaping @Sendable () -> Void) { body = b } }
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let rc = pthread_create(&thread, nil, { raw in
        guard let raw else { return nil }
        let b = Unmanaged<AnyObject>.fromOpaque(raw).takeRetainedValue()
        (b as? Box)?.body()
        return nil
    }, box)
    return rc == 0 ? thread : nil
}

/// A daemon serving on a fresh socket path, stopped by ``stop()``.
final class RunningServer: @unchecked Sendable {
    let path: String
    let server: QMPServer
    /// The address the server listens on.
    private(set) var bound: ListenAddress = .unix(path: "")
    private var thread: pthread_t?

    /// - Parameter prepare: extra set-up (more listeners) done before the loop starts.
    init(
        options: QMPServer.Options = .init(), address: ((String) -> ListenAddress)? = nil,
        prepare: ((QMPServer, String) throws -> Void)? = nil, log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        var template = Array("/tmp/iommud-test-XXXXXX".utf8CString)
        guard let dir = mkdtemp(&template) else { throw Errno(rawValue: errno) }
        path = String(cString: dir) + "/qmp.sock"
        let ref = ServerBox()
        let dispatcher = DaemonCommands.dispatcher(onQuit: { ref.server?.requestShutdown(.hostQmpQuit) })
        server = try QMPServer(dispatcher: dispatcher, options: options, log: log)
        ref.server = server
        bound = try server.listen(on: address?(path) ?? .unix(path: path))
        try prepare?(server, path)
        let server = self.server
        thread = startThread { server.run() }
    }

    /// Shuts the server down and waits for its loop to return.
    func stop() {
        server.requestShutdown(.hostSignal)
        join()
    }

    /// Waits for the loop to return (after `quit`).
    func join() {
        if let t = thread { pthread_join(t, nil) }
        thread = nil
    }
}

final class ServerBox: @unchecked Sendable {
    var server: QMPServer?
}

/// A blocking QMP client over a Unix socket, with a receive timeout so a
/// broken server fails the test instead of hanging it.
final class RawClient {
    let fd: Int32
    private let parser = JSONStreamParser()
    private var pending: [JSONValue] = []

    /// Connects over TCP to a loopback port.
    init(tcpPort port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard rc == 0 else { throw Errno(rawValue: errno) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else { throw Errno(rawValue: errno) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }

    /// The raw bytes of the next read (for byte-exact checks).
    func readRaw() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        return n > 0 ? Array(buffer[0..<n]) : []
    }

    /// The next message, or `nil` on timeout or EOF.
    func receive() -> JSONValue? {
        while pending.isEmpty {
            let bytes = readRaw()
            if bytes.isEmpty { return nil }
            parser.feed(bytes) { if case .value(let v) = $0 { pending.append(v) } }
        }
        return pending.removeFirst()
    }

    /// Whether the server closed the connection (read returns 0).
    func isClosedByPeer() -> Bool {
        var byte: UInt8 = 0
        return read(fd, &byte, 1) == 0
    }

    /// Reads the greeting and negotiates.
    func negotiate() -> JSONValue? {
        _ = receive()
        send(#"{"execute": "qmp_capabilities"}"#)
        return receive()
    }
}
