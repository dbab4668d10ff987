#if canImport(Glibc)
import Glibc
#endif

/// Listening sockets handed over by systemd (sd_listen_fds(3)): `LISTEN_PID`
/// must be this process, `LISTEN_FDS` counts descriptors from 3 on, and
/// `LISTEN_FDNAMES` (colon-separated) names them (`FileDescriptorName=` in the
/// .socket unit). The variables are removed once read, so children do not
/// inherit them.
public struct ActivatedSocket: Sendable, Equatable {
    /// The descriptor (3, 4, …).
    public var fd: Int32
    /// Its name from `LISTEN_FDNAMES`, or `"unknown"` as systemd says when unnamed.
    public var name: String
    /// The address it is bound to.
    public var address: ListenAddress

    /// Reads and clears the activation variables; empty when the daemon was not
    /// socket-activated.
    public static func takeFromEnvironment() -> [ActivatedSocket] {
        takeFromEnvironment(storedNamesStartWith: nil).sockets
    }

    /// The same, setting aside the descriptors whose name starts with
    /// `prefix`: the ones a file descriptor store passed back (by name,
    /// without the prefix; made close-on-exec, otherwise untouched).
    public static func takeFromEnvironment(storedNamesStartWith prefix: String?)
        -> (sockets: [ActivatedSocket], stored: [String: Int32])
    {
        defer {
            unsetenv("LISTEN_PID")
            unsetenv("LISTEN_FDS")
            unsetenv("LISTEN_FDNAMES")
        }
        guard let pidText = getenv("LISTEN_PID").map({ String(cString: $0) }), let pid = Int32(pidText),
            pid == getpid(), let countText = getenv("LISTEN_FDS").map({ String(cString: $0) }),
            let count = Int32(countText), count > 0
        else { return ([], [:]) }
        let names = getenv("LISTEN_FDNAMES").map { String(cString: $0).split(separator: ":", omittingEmptySubsequences: false).map(String.init) } ?? []
        var result: [ActivatedSocket] = []
        var stored: [String: Int32] = [:]
        for i in 0..<count {
            let fd = 3 + i
            let flags = fcntl(fd, F_GETFL)
            guard flags >= 0 else { continue }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            let name = Int(i) < names.count ? names[Int(i)] : "unknown"
            if let prefix, name.hasPrefix(prefix) {
                stored[String(name.dropFirst(prefix.count))] = fd
                continue
            }
            _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
            guard let address = boundAddress(fd) else { continue }
            result.append(ActivatedSocket(fd: fd, name: name, address: address))
        }
        return (result, stored)
    }

    /// What `fd` is bound to (Unix path or TCP host and port).
    static func boundAddress(_ fd: Int32) -> ListenAddress? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let rc = withUnsafeMutablePointer(to: &storage) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard rc == 0 else { return nil }
        let family = Int32(storage.ss_family)
        return withUnsafePointer(to: &storage) { p -> ListenAddress? in
            switch family {
            case AF_UNIX:
                return p.withMemoryRebound(to: sockaddr_un.self, capacity: 1) { un in
                    withUnsafeBytes(of: un.pointee.sun_path) { raw in
                        .unix(path: String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self))
                    }
                }
            case AF_INET:
                return p.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
                    var a = sin.pointee.sin_addr
                    var text = [CChar](repeating: 0, count: 64)
                    inet_ntop(AF_INET, &a, &text, 64)
                    return .tcp(host: String(decoding: text.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self), port: UInt16(bigEndian: sin.pointee.sin_port))
                }
            case AF_INET6:
                return p.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { sin in
                    var a = sin.pointee.sin6_addr
                    var text = [CChar](repeating: 0, count: 64)
                    inet_ntop(AF_INET6, &a, &text, 64)
                    return .tcp(host: String(decoding: text.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self), port: UInt16(bigEndian: sin.pointee.sin6_port))
                }
            default:
                return nil
            }
        }
    }
}
