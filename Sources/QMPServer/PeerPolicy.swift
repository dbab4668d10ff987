#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix

/// Who may use a Unix socket of the daemon, by the peer's credentials
/// (SO_PEERCRED): the QMP sockets and the vfio-user exports share it.
public struct PeerPolicy: Sendable {
    /// Users admitted (nil: the daemon's own user and root).
    public var allowedUIDs: Set<uid_t>?
    /// Groups admitted (a peer's primary or supplementary group).
    public var allowedGIDs: Set<gid_t>

    public init(allowedUIDs: Set<uid_t>? = nil, allowedGIDs: Set<gid_t> = []) {
        self.allowedUIDs = allowedUIDs
        self.allowedGIDs = allowedGIDs
    }

    /// The process at the other end of a connected Unix socket.
    public struct Peer: Sendable, Equatable {
        public var pid: Int32
        public var uid: uid_t
        public var gid: gid_t

        public init(pid: Int32, uid: uid_t, gid: gid_t) {
            self.pid = pid
            self.uid = uid
            self.gid = gid
        }
    }

    /// The peer of `fd`.
    public static func peer(of fd: Int32) -> Result<Peer, Errno> {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
        guard iommud_peer_credentials(fd, &pid, &uid, &gid) == 0 else { return .failure(Errno.current) }
        return .success(Peer(pid: pid, uid: uid, gid: gid))
    }

    /// Why `peer`, connected on `fd`, may not use the socket; nil when it may.
    public func refusal(of peer: Peer, on fd: Int32) -> String? {
        let uids = allowedUIDs ?? [getuid(), 0]
        if uids.contains(peer.uid) || allowedGIDs.contains(peer.gid) { return nil }
        if !allowedGIDs.isEmpty {
            var groups = [UInt32](repeating: 0, count: 256)
            var count = Int32(groups.count)
            if iommud_peer_groups(fd, &groups, &count) == 0,
                groups.prefix(Int(count)).contains(where: { allowedGIDs.contains($0) })
            {
                return nil
            }
        }
        return "pid \(peer.pid) uid \(peer.uid) gid \(peer.gid) is not allowed"
    }
}
