import Posix

/// The kinds of iommufd object (the kernel's `enum iommufd_object_type`).
enum SimObjectKind: Equatable {
    case ioas(SimIOAS)
    case device
    case hwptPaging
    case hwptNested
    case access
    case fault
    case selftest

    static func == (a: SimObjectKind, b: SimObjectKind) -> Bool {
        switch (a, b) {
        case (.ioas(let x), .ioas(let y)): return x === y
        case (.device, .device), (.hwptPaging, .hwptPaging), (.hwptNested, .hwptNested), (.access, .access),
            (.fault, .fault), (.selftest, .selftest):
            return true
        default: return false
        }
    }
}

/// One object in an iommufd's id table.
final class SimObject {
    let id: UInt32
    var kind: SimObjectKind
    /// References besides the table's own: other objects using this one
    /// (reference §1.3). DESTROY succeeds only when this is zero.
    var users = 0
    /// Held by its creator's driver (devices, accesses): DESTROY is always EBUSY.
    var ownedByDriver = false

    init(id: UInt32, kind: SimObjectKind) {
        self.id = id
        self.kind = kind
    }
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

    /// The published IOAS with `id`; missing or of another kind → ENOENT.
    func ioas(_ id: UInt32) throws(Errno) -> SimIOAS {
        guard case .ioas(let ioas)? = objects[id]?.kind else { throw .ENOENT }
        return ioas
    }

    /// IOMMU_DESTROY's rules (reference §1.4).
    mutating func destroy(_ id: UInt32) throws(Errno) -> SimObject {
        guard let object = objects[id] else { throw .ENOENT }
        guard object.users == 0, !object.ownedByDriver else { throw .EBUSY }
        objects[id] = nil
        return object
    }
}
