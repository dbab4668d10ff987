#if canImport(Glibc)
import Glibc
#endif
import Posix
import Synchronization

/// systemd's file descriptor store (sd_pid_notify_with_fds(3)): descriptors
/// the daemon hands to systemd with `FDSTORE=1` and a name outlive the
/// process, and come back at its next start as `LISTEN_FDS` named in
/// `LISTEN_FDNAMES`. The unit needs `FileDescriptorStoreMax=` (and
/// `FileDescriptorStorePreserve=yes` to keep them over a stop).
///
/// Every name starts with ``namePrefix``, which tells stored descriptors
/// from activated sockets at start. Messages go, blocking, through the
/// system-call funnel on one datagram socket connected to `NOTIFY_SOCKET`:
/// a descriptor is stored (or removed) when ``keep(_:name:)`` (or
/// ``forget(_:)``) returns.
public final class DescriptorStore: Sendable {
    /// What every stored name starts with.
    public static let namePrefix = "state."

    /// Where systemd listens (`NOTIFY_SOCKET`, a path).
    public let socketPath: String
    private let system: SystemCalls.Typed
    private let socket = Mutex<Int32?>(nil)
    private let inherited: Mutex<[String: Int32]>

    /// A store at `socketPath`, with the descriptors systemd passed back at
    /// this start (`inherited`, by name without ``namePrefix``).
    public init(socketPath: String, inherited: [String: Int32], system: SystemCalls) {
        self.socketPath = socketPath
        self.system = system.typed
        self.inherited = Mutex(inherited)
    }

    /// Stores `fd` (systemd keeps its own duplicate) as `name`.
    public func keep(_ fd: Int32, name: String) throws(JournalError) {
        try send("FDSTORE=1\nFDNAME=\(Self.namePrefix)\(name)", descriptors: [fd], what: "store \(name)")
    }

    /// Removes what is stored as `name`.
    public func forget(_ name: String) throws(JournalError) {
        try send("FDSTOREREMOVE=1\nFDNAME=\(Self.namePrefix)\(name)", descriptors: [], what: "remove \(name)")
    }

    /// The descriptor systemd passed back as `name`, which the caller now
    /// owns (nil when none was, or it was taken).
    public func take(_ name: String) -> Int32? {
        inherited.withLock { $0.removeValue(forKey: name) }
    }

    /// The names of the passed-back descriptors not taken yet.
    public var passedBackNames: [String] {
        inherited.withLock { $0.keys.sorted() }
    }

    /// Closes the passed-back descriptors nothing took; what they were.
    public func closeRest() -> [(name: String, fd: Int32)] {
        let rest = inherited.withLock { all in
            defer { all.removeAll() }
            return all.sorted { $0.key < $1.key }.map { (name: $0.key, fd: $0.value) }
        }
        for (_, fd) in rest { system.close(fd) }
        return rest
    }

    private func send(_ text: String, descriptors: [Int32], what: String) throws(JournalError) {
        try socket.withLock { (socket: inout Int32?) throws(JournalError) in
            let fd: Int32
            if let open = socket {
                fd = open
            } else {
                switch system.connectedDatagramSocket(to: socketPath) {
                case .success(let connected): fd = connected
                case .failure(let e): throw .system("fd store: connect to NOTIFY_SOCKET \(socketPath)", e)
                }
                socket = fd
            }
            if case .failure(let e) = system.send(fd, Array(text.utf8), descriptors: descriptors) {
                throw .system("fd store: \(what)", e)
            }
        }
    }

    deinit {
        if let fd = socket.withLock({ $0 }) { system.close(fd) }
    }
}
