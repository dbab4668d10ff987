import Posix

/// One object of an iommufd's id table (the kernel's `struct
/// iommufd_object`, which every object type embeds). Each kind of object is
/// a subclass: ``SimIOAS``, ``SimDevice``, ``SimHWPTPaging``,
/// ``SimHWPTNested``, ``SimAccess``, ``SimFault``, ``SimSelftestObject``.
class SimObject {
    let id: UInt32
    /// References besides the table's own: other objects using this one
    /// (reference §1.3). DESTROY succeeds only when this is zero.
    var users = 0
    /// Held by its creator's driver (devices, accesses): DESTROY is always EBUSY.
    var ownedByDriver = false

    init(id: UInt32) { self.id = id }
}

/// An iommufd's id space (reference §1.2): ids 1 … 2^31−1, lowest free first,
/// reused after destruction; an id is reserved while its object is being built
/// and invisible until published; a failed creation releases it.
struct ObjectTable {
    private(set) var objects: [UInt32: SimObject] = [:]
    private var reserved: Set<UInt32> = []
    static let maxID: UInt32 = (1 << 31) - 1

    /// Reserves the lowest free id.
    mutating func reserve() throws(Errno) -> UInt32 {
        var id: UInt32 = 1
        while objects[id] != nil || reserved.contains(id) {
            id += 1
            if id > Self.maxID { throw .ENOSPC }
        }
        reserved.insert(id)
        return id
    }

    /// Makes a reserved id's object visible.
    mutating func publish(_ object: SimObject) {
        reserved.remove(object.id)
        objects[object.id] = object
    }

    /// Releases a reservation after a failed creation.
    mutating func abort(_ id: UInt32) { reserved.remove(id) }

    /// The published object with `id`, whatever its kind.
    func lookup(_ id: UInt32) -> SimObject? { objects[id] }

    /// The published object with `id` if it is a `T`; missing or of another
    /// kind → ENOENT (reference §1.5).
    func lookup<T: SimObject>(_ id: UInt32, as type: T.Type) throws(Errno) -> T {
        guard let object = objects[id] as? T else { throw .ENOENT }
        return object
    }

    /// The published IOAS with `id`; missing or of another kind → ENOENT.
    func ioas(_ id: UInt32) throws(Errno) -> SimIOAS { try lookup(id, as: SimIOAS.self) }

    /// IOMMU_DESTROY's checks (reference §1.4): unknown → ENOENT, in use or
    /// held by a driver → EBUSY. Does not remove it; see ``remove(_:)``.
    func destroyable(_ id: UInt32) throws(Errno) -> SimObject {
        guard let object = objects[id] else { throw .ENOENT }
        guard object.users == 0, !object.ownedByDriver else { throw .EBUSY }
        return object
    }

    /// Drops a published object (its id becomes free).
    mutating func remove(_ id: UInt32) { objects[id] = nil }

    /// Every published object, by ascending id.
    var sorted: [SimObject] { objects.keys.sorted().compactMap { objects[$0] } }
}
