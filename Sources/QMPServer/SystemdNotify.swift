import CSocketShims
import Glibc

/// sd_notify(3) without libsystemd: state lines (`READY=1`, `STATUS=…`,
/// `STOPPING=1`, `WATCHDOG=1`) as one datagram to `NOTIFY_SOCKET` (a path,
/// or an abstract address when it starts with `@`). Nothing happens when
/// the variable is unset (not started by systemd with `Type=notify`).
public enum SystemdNotify {
    /// The socket systemd listens on, read once at start (the variable is
    /// removed, so children do not inherit it).
    nonisolated(unsafe) private static var address: String?
    /// The watchdog interval `WATCHDOG_USEC` asks for, when it is this process's.
    nonisolated(unsafe) private(set) static var watchdogMicroseconds: UInt64?

    /// Reads NOTIFY_SOCKET and WATCHDOG_USEC/WATCHDOG_PID (call once, from
    /// the main thread, before any other thread starts).
    public static func takeFromEnvironment() {
        address = getenv("NOTIFY_SOCKET").map { String(cString: $0) }
        if let text = getenv("WATCHDOG_USEC").map({ String(cString: $0) }), let usec = UInt64(text), usec > 0 {
            let pid = getenv("WATCHDOG_PID").map { String(cString: $0) }
            if pid == nil || pid == String(getpid()) { watchdogMicroseconds = usec }
        }
        unsetenv("NOTIFY_SOCKET")
        unsetenv("WATCHDOG_USEC")
        unsetenv("WATCHDOG_PID")
    }

    /// `NOTIFY_SOCKET` as read at start (nil when unset).
    public static var socketPath: String? { address }

    /// Whether systemd waits for notifications.
    public static var isEnabled: Bool { address != nil }

    /// Sends `state` (newline-separated assignments); failures are ignored,
    /// as sd_notify's callers do. Never blocks (it runs on the event loop):
    /// a full socket drops the datagram.
    public static func send(_ state: String) {
        guard let path = address, !path.isEmpty else { return }
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var sa = sockaddr_un()
        sa.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
        guard bytes.count < MemoryLayout.size(ofValue: sa.sun_path) else { return }
        withUnsafeMutableBytes(of: &sa.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (bytes.first == 0 ? 0 : 1))
        let message = Array(state.utf8)
        _ = withUnsafePointer(to: &sa) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                message.withUnsafeBytes { sendto(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT), sa, length) }
            }
        }
    }
}

extension QMPServer {
    /// With `WatchdogSec=` set, sends `WATCHDOG=1` from the main event loop
    /// every half interval: a loop that hangs stops the pings, and systemd
    /// restarts the daemon.
    public func startWatchdog() {
        guard let usec = SystemdNotify.watchdogMicroseconds else { return }
        let interval = max(Int(usec / 2000), 1)
        func ping() {
            SystemdNotify.send("WATCHDOG=1")
            loop.schedule(after: interval, ping)
        }
        loop.schedule(after: interval, ping)
    }
}
