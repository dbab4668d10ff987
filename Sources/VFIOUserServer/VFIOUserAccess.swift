import Posix
import QMPServer

/// Who may use a vfio-user export and how its socket is made: the QMP
/// sockets' rules (`--socket-mode`, `--socket-group`, `--allow-uid`,
/// `--allow-gid`), so one set of options governs every socket the daemon
/// offers.
public struct VFIOUserAccess: Sendable {
    /// The socket file's mode and group.
    public var permissions = UnixSocketPermissions()
    /// Who may connect.
    public var peers = PeerPolicy()
    /// Where connections and refusals are logged.
    public var log: @Sendable (String) -> Void = { ServerLog.write($0) }

    public init() {}
}
