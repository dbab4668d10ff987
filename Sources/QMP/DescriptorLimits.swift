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

    // The errors read as the backend's limits do: what failed, the limit,
    // and the option that raises it.

    /// `getfd` of the new name `name` on a monitor that holds `namedPerMonitor` names.
    public func namedLimitReached(_ name: String) -> QMPError {
        .generic("cannot name descriptor '\(name)' on this monitor: the limit is \(namedPerMonitor) (iommud --max-named-fds)")
    }

    /// `add-fd` that would create fd set `id` beyond `fdSets`.
    public func fdSetLimitReached(_ id: Int64) -> QMPError {
        .generic("cannot add fd set \(id): the limit is \(fdSets) (iommud --max-fdsets)")
    }

    /// `add-fd` to fd set `id`, which holds `perFDSet` descriptors.
    public func fdSetFull(_ id: Int64) -> QMPError {
        .generic("cannot add a descriptor to fd set \(id): the limit is \(perFDSet) (iommud --max-fds-per-fdset)")
    }
}
