// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// A new I/O address space.
public struct IOMMUFDIOASInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the IOAS's kernel id
    public var ioasId: UInt32

    /// Creates a value from its members.
    public init(ioasId: UInt32) {
        self.ioasId = ioasId
    }

    public static let qapiMemberNames: [String] = ["ioas-id"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.ioasId = try QAPIDecoding.member(object, "ioas-id", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "ioas-id", ioasId)
    }
}

/// Where a mapping landed.
public struct IOMMUFDMapInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the mapping's IO virtual address
    public var iova: UInt64

    /// Creates a value from its members.
    public init(iova: UInt64) {
        self.iova = iova
    }

    public static let qapiMemberNames: [String] = ["iova"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.iova = try QAPIDecoding.member(object, "iova", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "iova", iova)
    }
}

/// What an unmap did.
public struct IOMMUFDUnmapInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// bytes unmapped
    public var unmapped: UInt64
    /// true when nothing was mapped there; QEMU counts that as success, and so does iommud
    public var nonexistent: Bool

    /// Creates a value from its members.
    public init(unmapped: UInt64, nonexistent: Bool) {
        self.unmapped = unmapped
        self.nonexistent = nonexistent
    }

    public static let qapiMemberNames: [String] = ["unmapped", "nonexistent"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.unmapped = try QAPIDecoding.member(object, "unmapped", at: path)
        self.nonexistent = try QAPIDecoding.member(object, "nonexistent", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "unmapped", unmapped)
        QAPIEncoding.put(&object, "nonexistent", nonexistent)
    }
}

/// An inclusive range of IO virtual addresses.
public struct IOVARange: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// first address
    public var start: UInt64
    /// last address
    public var last: UInt64

    /// Creates a value from its members.
    public init(start: UInt64, last: UInt64) {
        self.start = start
        self.last = last
    }

    public static let qapiMemberNames: [String] = ["start", "last"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.start = try QAPIDecoding.member(object, "start", at: path)
        self.last = try QAPIDecoding.member(object, "last", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "start", start)
        QAPIEncoding.put(&object, "last", last)
    }
}

/// The addresses an IOAS can map.
public struct IOMMUFDIOVARanges: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the usable ranges
    public var ranges: [IOVARange]
    /// required alignment of IOVAs and sizes
    public var alignment: UInt64

    /// Creates a value from its members.
    public init(ranges: [IOVARange], alignment: UInt64) {
        self.ranges = ranges
        self.alignment = alignment
    }

    public static let qapiMemberNames: [String] = ["ranges", "alignment"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.ranges = try QAPIDecoding.member(object, "ranges", at: path)
        self.alignment = try QAPIDecoding.member(object, "alignment", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "ranges", ranges)
        QAPIEncoding.put(&object, "alignment", alignment)
    }
}

/// One DMA mapping made through iommud.
public struct IOMMUFDMappingInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// where it starts in the IOAS
    public var iova: UInt64
    /// its length in bytes
    public var size: UInt64
    /// the memory backend it maps
    public var memdev: String
    /// where in the backend it starts
    public var offset: UInt64
    /// whether DMA may only read
    public var readonly: Bool

    /// Creates a value from its members.
    public init(iova: UInt64, size: UInt64, memdev: String, offset: UInt64, readonly: Bool) {
        self.iova = iova
        self.size = size
        self.memdev = memdev
        self.offset = offset
        self.readonly = readonly
    }

    public static let qapiMemberNames: [String] = ["iova", "size", "memdev", "offset", "readonly"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.iova = try QAPIDecoding.member(object, "iova", at: path)
        self.size = try QAPIDecoding.member(object, "size", at: path)
        self.memdev = try QAPIDecoding.member(object, "memdev", at: path)
        self.offset = try QAPIDecoding.member(object, "offset", at: path)
        self.readonly = try QAPIDecoding.member(object, "readonly", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "iova", iova)
        QAPIEncoding.put(&object, "size", size)
        QAPIEncoding.put(&object, "memdev", memdev)
        QAPIEncoding.put(&object, "offset", offset)
        QAPIEncoding.put(&object, "readonly", readonly)
    }
}

/// An IOAS and what iommud mapped into it.
public struct IOMMUFDIOASDetails: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the IOAS's kernel id
    public var ioasId: UInt32
    /// its mappings, by ascending IOVA
    public var mappings: [IOMMUFDMappingInfo]

    /// Creates a value from its members.
    public init(ioasId: UInt32, mappings: [IOMMUFDMappingInfo]) {
        self.ioasId = ioasId
        self.mappings = mappings
    }

    public static let qapiMemberNames: [String] = ["ioas-id", "mappings"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.ioasId = try QAPIDecoding.member(object, "ioas-id", at: path)
        self.mappings = try QAPIDecoding.member(object, "mappings", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "ioas-id", ioasId)
        QAPIEncoding.put(&object, "mappings", mappings)
    }
}

/// An iommufd object and the kernel objects made through it.
public struct IOMMUFDObjectDetails: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the object's id
    public var id: String
    /// the kernel it talks to ("host" or "sim")
    public var kernel: String
    /// whether it holds an open /dev/iommu
    public var connected: Bool
    /// kernel objects using it (QEMU's ``users``)
    public var users: UInt32
    /// its IOASes, by ascending id
    public var ioas: [IOMMUFDIOASDetails]

    /// Creates a value from its members.
    public init(id: String, kernel: String, connected: Bool, users: UInt32, ioas: [IOMMUFDIOASDetails]) {
        self.id = id
        self.kernel = kernel
        self.connected = connected
        self.users = users
        self.ioas = ioas
    }

    public static let qapiMemberNames: [String] = ["id", "kernel", "connected", "users", "ioas"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.id = try QAPIDecoding.member(object, "id", at: path)
        self.kernel = try QAPIDecoding.member(object, "kernel", at: path)
        self.connected = try QAPIDecoding.member(object, "connected", at: path)
        self.users = try QAPIDecoding.member(object, "users", at: path)
        self.ioas = try QAPIDecoding.member(object, "ioas", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "kernel", kernel)
        QAPIEncoding.put(&object, "connected", connected)
        QAPIEncoding.put(&object, "users", users)
        QAPIEncoding.put(&object, "ioas", ioas)
    }
}

/// Options of IOMMU_OPTION.
public enum IOMMUFDOptionName: String, QAPIEnum {
    /// how pinned pages are accounted: 0 to the user (RLIMIT_MEMLOCK per user), 1 to the process (per mm).  Global; setting it needs CAP_SYS_RESOURCE and no mappings.
    case rlimitMode = "rlimit-mode"
    /// whether an IOAS may use large IOMMU pages (1, the default) or only the smallest (0).  Per IOAS.
    case hugePages = "huge-pages"
}

/// An option's value.
public struct IOMMUFDOptionValue: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the value
    public var value: UInt64

    /// Creates a value from its members.
    public init(value: UInt64) {
        self.value = value
    }

    public static let qapiMemberNames: [String] = ["value"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.value = try QAPIDecoding.member(object, "value", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "value", value)
    }
}

/// Handlers for the commands of schema module 'iommufd'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol IommufdCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Create an I/O address space (IOMMU_IOAS_ALLOC).  The iommufd object
    /// opens /dev/iommu first if it has not yet.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - context: the state of the request
    /// - Returns: the IOAS id
    /// - Throws:
    ///   - GenericError when the object does not exist or is not an iommufd object, or the kernel refuses
    func iommufdIoasAlloc(iommufd: String, context: Context) throws(QMPError) -> IOMMUFDIOASInfo

    /// Destroy a kernel object (IOMMU_DESTROY).  An IOAS is destroyed with
    /// whatever it still maps.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - id: the kernel object's id
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError with errno ENOENT when there is no such object, EBUSY while other objects use it
    func iommufdDestroy(iommufd: String, id: UInt32, context: Context) throws(QMPError)

    /// Map memory of a memory backend into an IOAS (IOMMU_IOAS_MAP), for
    /// DMA reads and (unless `readonly`) writes.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - memdev: the memory backend object's id
    ///   - offset: where in the backend the mapping starts (default: 0)
    ///   - size: bytes to map
    ///   - iova: map at exactly this address (default: the kernel chooses)
    ///   - readonly: DMA may only read (default: false)
    ///   - context: the state of the request
    /// - Returns: the mapping's IOVA
    /// - Throws:
    ///   - GenericError when an object does not exist, the range is outside the backend, or the kernel refuses (EEXIST when the range overlaps a mapping, ENOSPC when no IOVA is free, ...)
    func iommufdIoasMap(iommufd: String, ioasId: UInt32, memdev: String, offset: UInt64?, size: UInt64, iova: UInt64?, readonly: Bool?, context: Context) throws(QMPError) -> IOMMUFDMapInfo

    /// Unmap every mapping that lies entirely inside a range
    /// (IOMMU_IOAS_UNMAP); without `iova` and `size`, everything.  A range
    /// that would split a mapping is refused (ENOENT from the kernel
    /// there means "not whole mappings"; it is counted as "nonexistent"
    /// only when nothing at all is mapped in the range).
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - iova: start of the range (with `size`)
    ///   - size: length of the range (with `iova`)
    ///   - context: the state of the request
    /// - Returns: bytes unmapped
    func iommufdIoasUnmap(iommufd: String, ioasId: UInt32, iova: UInt64?, size: UInt64?, context: Context) throws(QMPError) -> IOMMUFDUnmapInfo

    /// Report the IOVA ranges an IOAS can map (IOMMU_IOAS_IOVA_RANGES):
    /// what every attached IOMMU accepts, minus reserved regions.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - context: the state of the request
    /// - Returns: the ranges and the alignment
    func iommufdIoasIovaRanges(iommufd: String, ioasId: UInt32, context: Context) throws(QMPError) -> IOMMUFDIOVARanges

    /// Describe every iommufd object and what was made through it.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: one entry per iommufd object, in creation order
    func queryIommufd(context: Context) throws(QMPError) -> [IOMMUFDObjectDetails]

    /// Map into `dst-ioas-id` the same memory that is mapped in
    /// `src-ioas-id` at `src-iova` (IOMMU_IOAS_COPY); the source range must
    /// be fully mapped.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - srcIoasId: the IOAS to copy from
    ///   - srcIova: start of the source range
    ///   - size: bytes to copy
    ///   - dstIoasId: the IOAS to copy into
    ///   - dstIova: where to map it (default: the kernel chooses)
    ///   - readonly: DMA may only read the copy (default: false)
    ///   - context: the state of the request
    /// - Returns: where the copy landed
    func iommufdIoasCopy(iommufd: String, srcIoasId: UInt32, srcIova: UInt64, size: UInt64, dstIoasId: UInt32, dstIova: UInt64?, readonly: Bool?, context: Context) throws(QMPError) -> IOMMUFDMapInfo

    /// Restrict where the kernel may place automatically chosen IOVAs in an
    /// IOAS (IOMMU_IOAS_ALLOW_IOVAS).  An empty list removes the
    /// restriction.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - ranges: the allowed ranges
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError with errno EADDRINUSE when a range overlaps a reserved region, EINVAL for malformed ranges
    func iommufdIoasAllowIovas(iommufd: String, ioasId: UInt32, ranges: [IOVARange], context: Context) throws(QMPError)

    /// Read or change an option (IOMMU_OPTION).
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - option: which option
    ///   - ioasId: the IOAS, for per-IOAS options
    ///   - value: the new value; without it the option is read
    ///   - context: the state of the request
    /// - Returns: the value (after setting, the value set)
    func iommufdOption(iommufd: String, option: IOMMUFDOptionName, ioasId: UInt32?, value: UInt64?, context: Context) throws(QMPError) -> IOMMUFDOptionValue
}
