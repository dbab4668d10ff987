import QAPIRuntime

/// How many descriptors clients may make the daemon hold with `getfd` and
/// `add-fd`. QEMU sets no such limits; without them one client could pin
/// every descriptor the process may open.
///
/// The defaults leave room for libvirt-style use (a few names at a time, one
/// or two descriptors per fd set) while bounding what a hostile client can
/// pin to 64 + 64 × 8 = 576 descriptors per listener.
public struct DescriptorLimits: Sendable, Equatable {
    /// Most descriptors named with `getfd` on one monitor (listener), 64 by
    /// default; `iommud --max-named-fds`.
    public var namedPerMonitor: Int
    /// Most fd sets (`add-fd`), shared by every monitor as in QEMU, 64 by
    /// default; `iommud --max-fdsets`.
    public var fdSets: Int
    /// Most descriptors in one fd set, 8 by default; `iommud --max-fds-per-fdset`.
    public var perFDSet: Int

    public init(namedPerMonitor: Int = 64, fdSets: Int = 64, perFDSet: Int = 8) {
        self.namedPerMonitor = namedPerMonitor
        self.fdSets = fdSets
        self.perFDSet = perFDSet
    }

    /// `getfd` of a new name on a monitor that holds `namedPerMonitor` names.
    public var namedLimitReached: QMPError {
        .generic("Too many named file descriptors on this monitor (limit \(namedPerMonitor); iommud --max-named-fds raises it)")
    }

    /// `add-fd` that would create an fd set beyond `fdSets`.
    public var fdSetLimitReached: QMPError {
        .generic("Too many fd sets (limit \(fdSets); iommud --max-fdsets raises it)")
    }

    /// `add-fd` to fd set `id`, which holds `perFDSet` descriptors.
    public func fdSetFull(_ id: Int64) -> QMPError {
        .generic("Too many file descriptors in fd set \(id) (limit \(perFDSet); iommud --max-fds-per-fdset raises it)")
    }
}
