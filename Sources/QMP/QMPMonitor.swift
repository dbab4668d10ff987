#if canImport(Glibc)
import Glibc
#endif
import QAPIRuntime
import Synchronization
import Posix

/// State that outlives a client connection, like a QEMU `Monitor`: one per
/// listener, shared by every session accepted on it. It holds the descriptors
/// named with `getfd`, which stay available after the client that sent them
/// disconnects (as in QEMU) and are closed when the daemon exits, and says
/// whether the listener is read-only.
public final class QMPMonitor: Sendable {
    private let named = Mutex<[String: Int32]>([:])
    /// How many descriptors clients of this monitor may make the daemon hold.
    public let limits: DescriptorLimits
    /// Whether clients may only query (``ReadOnlyMonitor``): other commands
    /// are refused and descriptors they send are closed on arrival.
    public let isReadOnly: Bool

    public init(readOnly: Bool = false, limits: DescriptorLimits = DescriptorLimits()) {
        self.isReadOnly = readOnly
        self.limits = limits
    }

    deinit {
        named.withLock { table in
            for fd in table.values { _ = close(fd) }
        }
    }

    /// Stores `fd` under `name`, closing any descriptor the name held before.
    public func setNamed(_ name: String, _ fd: consuming OwnedFD) {
        let raw = fd.release()
        let old = named.withLock { table in
            let previous = table[name]
            table[name] = raw
            return previous
        }
        if let old { _ = close(old) }
    }

    /// Stores `fd` under `name` as `getfd` does: like ``setNamed(_:_:)``, but
    /// a new name is refused, and `fd` closed, when the monitor already holds
    /// ``DescriptorLimits/namedPerMonitor`` names (replacing one is allowed).
    public func addNamed(_ name: String, _ fd: consuming OwnedFD) throws(QMPError) {
        let raw = fd.release()
        let limit = limits.namedPerMonitor
        let outcome: Result<Int32?, QMPError> = named.withLock { table in
            guard table[name] != nil || table.count < limit else { return .failure(limits.namedLimitReached(name)) }
            let previous = table[name]
            table[name] = raw
            return .success(previous)
        }
        switch outcome {
        case .success(let old):
            if let old { _ = close(old) }
        case .failure(let error):
            _ = close(raw)
            throw error
        }
    }

    /// How many names are held.
    public var namedCount: Int { named.withLock { $0.count } }

    /// Removes `name` and hands its descriptor to the caller (consumers such as
    /// the `iommufd` object's `fd` property take ownership this way).
    public func takeNamed(_ name: String) -> OwnedFD? {
        guard let raw = named.withLock({ $0.removeValue(forKey: name) }) else { return nil }
        return OwnedFD(adopting: raw)
    }

    /// Names currently held, sorted.
    public var names: [String] { named.withLock { $0.keys.sorted() } }
}

/// QEMU's fd sets (`add-fd`, `remove-fd`, `query-fdsets`): numbered groups of
/// descriptors shared by every monitor of the daemon.
public final class FDSetRegistry: Sendable {
    /// One descriptor of a set.
    public struct Member: Sendable, Equatable {
        public var fd: Int32
        public var opaque: String?
    }

    private let sets = Mutex<[Int64: [Member]]>([:])

    public init() {}

    deinit {
        sets.withLock { table in
            for members in table.values { for m in members { _ = close(m.fd) } }
        }
    }

    /// Adds `fd` to set `id`, or to a new set with the lowest unused id when
    /// `id` is nil.
    ///
    /// - Returns: the set's id.
    /// - Throws: GenericError, with `fd` closed and nothing changed, when a new
    ///   set would exceed ``DescriptorLimits/fdSets`` or the set already holds
    ///   ``DescriptorLimits/perFDSet`` descriptors.
    public func add(_ fd: consuming OwnedFD, to id: Int64?, opaque: String?, limits: DescriptorLimits)
        throws(QMPError) -> Int64
    {
        let raw = fd.release()
        let outcome: Result<Int64, QMPError> = sets.withLock { table in
            var chosen = id ?? 0
            if id == nil { while table[chosen] != nil { chosen += 1 } }
            let members = table[chosen]?.count ?? 0
            if members == 0, table.count >= limits.fdSets { return .failure(limits.fdSetLimitReached(chosen)) }
            if members >= limits.perFDSet { return .failure(limits.fdSetFull(chosen)) }
            table[chosen, default: []].append(Member(fd: raw, opaque: opaque))
            return .success(chosen)
        }
        if case .failure = outcome { _ = close(raw) }
        return try outcome.get()
    }

    /// Removes and closes descriptor `fd` of set `id`, or the whole set when
    /// `fd` is nil. Returns false when there is no such set or descriptor.
    public func remove(set id: Int64, fd: Int64?) -> Bool {
        let closing: [Int32]? = sets.withLock { table in
            guard var members = table[id] else { return nil }
            let removed: [Member]
            if let fd {
                guard let i = members.firstIndex(where: { Int64($0.fd) == fd }) else { return nil }
                removed = [members.remove(at: i)]
            } else {
                removed = members
                members = []
            }
            table[id] = members.isEmpty ? nil : members
            return removed.map(\.fd)
        }
        guard let closing else { return false }
        for fd in closing { _ = close(fd) }
        return true
    }

    /// Every set, by id, with its members.
    public var snapshot: [(id: Int64, members: [Member])] {
        sets.withLock { table in table.keys.sorted().map { ($0, table[$0] ?? []) } }
    }
}
