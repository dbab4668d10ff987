#if canImport(Glibc)
import Glibc
#endif
import CSocketShims

/// A listening Unix stream socket. The socket file is created with mode 0600
/// (owner only) and removed when the listener closes.
final class UnixListener: EventLoopHandler {
    let fd: Int32
    let path: String
    private let onAccept: (Int32) -> Void

    init(path: String, onAccept: @escaping (Int32) -> Void) throws(Errno) {
        self.path = path
        self.onAccept = onAccept
        let fd = try systemCall { socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0) }.get()
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() where i < raw.count - 1 { raw[i] = b }
        }
        // QEMU removes a stale socket file before binding; so do we.
        unlink(path)
        // umask makes the socket 0600 from the start, with no window where others could connect.
        let oldMask = umask(0o177)
        let bound = withUnsafePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                systemCall { bind(fd, sa, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
        }
        umask(oldMask)
        do {
            _ = try bound.get()
            _ = try systemCall { listen(fd, 128) }.get()
        } catch {
            Glibc.close(fd)
            throw error
        }
        self.fd = fd
    }

    func handle(events: UInt32) {
        while true {
            let result = systemCall { iommud_accept_nonblocking(fd) }
            switch result {
            case .success(let client): onAccept(client)
            case .failure: return
            }
        }
    }

    func close() {
        Glibc.close(fd)
        unlink(path)
    }
}
