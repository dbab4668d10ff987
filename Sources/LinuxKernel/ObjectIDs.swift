/// Kernel object ids handed out by `/dev/iommu`. Each kind has its own type so
/// an IOAS id cannot be passed where a HWPT id is meant; ``ObjectID`` is the
/// untyped form `IOMMU_DESTROY` takes.

/// Any iommufd object id (IOAS, HWPT, device, fault queue, …).
public struct ObjectID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// An I/O address space (`IOMMU_IOAS_ALLOC`).
public struct IOASID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public var object: ObjectID { ObjectID(rawValue: rawValue) }
    public var description: String { String(rawValue) }
}

/// A hardware page table (`IOMMU_HWPT_ALLOC`).
public struct HWPTID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public var object: ObjectID { ObjectID(rawValue: rawValue) }
    public var description: String { String(rawValue) }
}

/// A device bound to an iommufd (`VFIO_DEVICE_BIND_IOMMUFD`).
public struct DeviceID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public var object: ObjectID { ObjectID(rawValue: rawValue) }
    public var description: String { String(rawValue) }
}
