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

    /// `getfd` of the new name `name` on a monitor that holds `namedPerMonitor` names.
    public func namedLimitReached(_ name: String) -> QMPError {
        .limitReached("cannot name descriptor '\(name)' on this monitor", namedPerMonitor, option: "--max-named-fds")
    }

    /// `add-fd` that would create fd set `id` beyond `fdSets`.
    public func fdSetLimitReached(_ id: Int64) -> QMPError {
        .limitReached("cannot add fd set \(id)", fdSets, option: "--max-fdsets")
    }

    /// `add-fd` to fd set `id`, which holds `perFDSet` descriptors.
    public func fdSetFull(_ id: Int64) -> QMPError {
        .limitReached("cannot add a descriptor to fd set \(id)", perFDSet, option: "--max-fds-per-fdset")
    }
}

extension QMPError {
    /// The one wording of every limit the daemon enforces: what failed, the
    /// limit, and the `iommud` option that raises it
    /// (`cannot add fd set 7: the limit is 64 (iommud --max-fdsets)`).
    public static func limitReached(_ what: String, _ limit: Int, option: String) -> QMPError {
        .generic("\(what): the limit is \(limit) (iommud \(option))")
    }
}
