// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// A property of an object or type.
public struct ObjectPropertyInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the property's name
    public var name: String
    /// the property's type: a built-in name such as "string", "int" or "bool", or "child<TYPE>" for a child object
    public var type: String
    /// what the property is for
    public var description: String?
    /// the value it takes when not set
    public var defaultValue: JSONValue?

    /// Creates a value from its members.
    public init(name: String, type: String, description: String? = nil, defaultValue: JSONValue? = nil) {
        self.name = name
        self.type = type
        self.description = description
        self.defaultValue = defaultValue
    }

    public static let qapiMemberNames: [String] = ["name", "type", "description", "default-value"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.type = try QAPIDecoding.member(object, "type", at: path)
        self.description = try QAPIDecoding.optional(object, "description", at: path)
        self.defaultValue = try QAPIDecoding.optional(object, "default-value", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 4)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "type", type)
        QAPIEncoding.put(&object, "description", description)
        QAPIEncoding.put(&object, "default-value", defaultValue)
    }
}

/// An object type.
public struct ObjectTypeInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the type's name
    public var name: String
    /// present and true when objects of the type cannot be created
    public var abstract: Bool?
    /// the type it derives from
    public var parent: String?

    /// Creates a value from its members.
    public init(name: String, abstract: Bool? = nil, parent: String? = nil) {
        self.name = name
        self.abstract = abstract
        self.parent = parent
    }

    public static let qapiMemberNames: [String] = ["name", "abstract", "parent"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.abstract = try QAPIDecoding.optional(object, "abstract", at: path)
        self.parent = try QAPIDecoding.optional(object, "parent", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "abstract", abstract)
        QAPIEncoding.put(&object, "parent", parent)
    }
}

/// The types `object-add` can create.
public enum ObjectType: String, QAPIEnum {
    /// an IOMMUFD context, backed by /dev/iommu
    case iommufd = "iommufd"
    /// anonymous memory from memfd_create, which DMA mappings can refer to
    case memoryBackendMemfd = "memory-backend-memfd"
    /// memory from a file or a passed descriptor
    case memoryBackendFile = "memory-backend-file"
}

/// Properties of an iommufd object (as QEMU's).
public struct IOMMUFDProperties: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// a /dev/iommu descriptor the object uses instead of opening its own: the name given to `getfd` (the name is consumed), or a descriptor number iommud inherited.  Without it, iommud opens /dev/iommu when the first IOAS, HWPT or device needs it and closes it when the last one goes.
    public var fd: String?

    /// Creates a value from its members.
    public init(fd: String? = nil) {
        self.fd = fd
    }

    public static let qapiMemberNames: [String] = ["fd"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.fd = try QAPIDecoding.optional(object, "fd", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "fd", fd)
    }
}

/// Properties every memory backend has.
public struct MemoryBackendProperties: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// size of the memory in bytes; a multiple of the page size
    public var size: UInt64
    /// whether the memory is shared (MAP_SHARED) rather than private (default: true for memfd, false for files)
    public var share: Bool?
    /// touch every page at creation (default: false); refused with ENOMEM when `size` is more than the host has available (MemAvailable), which would bring the OOM killer
    public var prealloc: Bool?

    /// Creates a value from its members.
    public init(size: UInt64, share: Bool? = nil, prealloc: Bool? = nil) {
        self.size = size
        self.share = share
        self.prealloc = prealloc
    }

    public static let qapiMemberNames: [String] = ["size", "share", "prealloc"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.size = try QAPIDecoding.member(object, "size", at: path)
        self.share = try QAPIDecoding.optional(object, "share", at: path)
        self.prealloc = try QAPIDecoding.optional(object, "prealloc", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "size", size)
        QAPIEncoding.put(&object, "share", share)
        QAPIEncoding.put(&object, "prealloc", prealloc)
    }
}

/// Properties of a memory-backend-memfd object.
public struct MemoryBackendMemfdProperties: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// size of the memory in bytes; a multiple of the page size
    public var size: UInt64
    /// whether the memory is shared (MAP_SHARED) rather than private (default: true for memfd, false for files)
    public var share: Bool?
    /// touch every page at creation (default: false); refused with ENOMEM when `size` is more than the host has available (MemAvailable), which would bring the OOM killer
    public var prealloc: Bool?
    /// use huge pages (MFD_HUGETLB) (default: false)
    public var hugetlb: Bool?
    /// the huge page size, with `hugetlb` (default: the system's default)
    public var hugetlbsize: UInt64?
    /// seal the memfd against growing and shrinking (default: true)
    public var seal: Bool?

    /// Creates a value from its members.
    public init(size: UInt64, share: Bool? = nil, prealloc: Bool? = nil, hugetlb: Bool? = nil, hugetlbsize: UInt64? = nil, seal: Bool? = nil) {
        self.size = size
        self.share = share
        self.prealloc = prealloc
        self.hugetlb = hugetlb
        self.hugetlbsize = hugetlbsize
        self.seal = seal
    }

    public static let qapiMemberNames: [String] = ["size", "share", "prealloc", "hugetlb", "hugetlbsize", "seal"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.size = try QAPIDecoding.member(object, "size", at: path)
        self.share = try QAPIDecoding.optional(object, "share", at: path)
        self.prealloc = try QAPIDecoding.optional(object, "prealloc", at: path)
        self.hugetlb = try QAPIDecoding.optional(object, "hugetlb", at: path)
        self.hugetlbsize = try QAPIDecoding.optional(object, "hugetlbsize", at: path)
        self.seal = try QAPIDecoding.optional(object, "seal", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 6)
        QAPIEncoding.put(&object, "size", size)
        QAPIEncoding.put(&object, "share", share)
        QAPIEncoding.put(&object, "prealloc", prealloc)
        QAPIEncoding.put(&object, "hugetlb", hugetlb)
        QAPIEncoding.put(&object, "hugetlbsize", hugetlbsize)
        QAPIEncoding.put(&object, "seal", seal)
    }
}

/// Properties of a memory-backend-file object.
public struct MemoryBackendFileProperties: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// size of the memory in bytes; a multiple of the page size
    public var size: UInt64
    /// whether the memory is shared (MAP_SHARED) rather than private (default: true for memfd, false for files)
    public var share: Bool?
    /// touch every page at creation (default: false); refused with ENOMEM when `size` is more than the host has available (MemAvailable), which would bring the OOM killer
    public var prealloc: Bool?
    /// the file to map; "/dev/fdset/N" takes a descriptor from fd set N (see `add-fd`), as in QEMU
    public var memPath: String
    /// map the file read-only (default: false)
    public var readonly: Bool?

    /// Creates a value from its members.
    public init(size: UInt64, share: Bool? = nil, prealloc: Bool? = nil, memPath: String, readonly: Bool? = nil) {
        self.size = size
        self.share = share
        self.prealloc = prealloc
        self.memPath = memPath
        self.readonly = readonly
    }

    public static let qapiMemberNames: [String] = ["size", "share", "prealloc", "mem-path", "readonly"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.size = try QAPIDecoding.member(object, "size", at: path)
        self.share = try QAPIDecoding.optional(object, "share", at: path)
        self.prealloc = try QAPIDecoding.optional(object, "prealloc", at: path)
        self.memPath = try QAPIDecoding.member(object, "mem-path", at: path)
        self.readonly = try QAPIDecoding.optional(object, "readonly", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 5)
        QAPIEncoding.put(&object, "size", size)
        QAPIEncoding.put(&object, "share", share)
        QAPIEncoding.put(&object, "prealloc", prealloc)
        QAPIEncoding.put(&object, "mem-path", memPath)
        QAPIEncoding.put(&object, "readonly", readonly)
    }
}

/// What `object-add` creates: the type, the id, and the type's
/// properties next to them.
public struct ObjectOptions: Sendable, Hashable, QAPIDecodable, QAPIObjectEncodable {
    /// the object's id: a letter, then letters, digits, '-', '.' and '_'
    public var id: String
    /// The branch selected by `qom-type`, with its members.
    public var branch: Branch

    /// The branches of the union, one per value of `ObjectType`.
    public enum Branch: Sendable, Hashable {
        case iommufd(IOMMUFDProperties)
        case memoryBackendMemfd(MemoryBackendMemfdProperties)
        case memoryBackendFile(MemoryBackendFileProperties)
    }

    /// the type
    public var qomType: ObjectType {
        switch branch {
        case .iommufd: return .iommufd
        case .memoryBackendMemfd: return .memoryBackendMemfd
        case .memoryBackendFile: return .memoryBackendFile
        }
    }

    /// Creates a value from its members.
    public init(id: String, branch: Branch) {
        self.id = id
        self.branch = branch
    }

    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        let object = try QAPIDecoding.object(value, at: path)
        let tag: ObjectType = try QAPIDecoding.member(object, "qom-type", at: path)
        self.id = try QAPIDecoding.member(object, "id", at: path)
        var known: [String] = ["qom-type", "id"]
        switch tag {
        case .iommufd:
            branch = .iommufd(try IOMMUFDProperties(qapiMembersOf: object, at: path))
            known += IOMMUFDProperties.qapiMemberNames
        case .memoryBackendMemfd:
            branch = .memoryBackendMemfd(try MemoryBackendMemfdProperties(qapiMembersOf: object, at: path))
            known += MemoryBackendMemfdProperties.qapiMemberNames
        case .memoryBackendFile:
            branch = .memoryBackendFile(try MemoryBackendFileProperties(qapiMembersOf: object, at: path))
            known += MemoryBackendFileProperties.qapiMemberNames
        }
        try QAPIDecoding.rejectUnexpected(object, known: known, at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "qom-type", qomType)
        QAPIEncoding.put(&object, "id", id)
        switch branch {
        case .iommufd(let members): members.qapiEncodeMembers(into: &object)
        case .memoryBackendMemfd(let members): members.qapiEncodeMembers(into: &object)
        case .memoryBackendFile(let members): members.qapiEncodeMembers(into: &object)
        }
    }
}

/// Handlers for the commands of schema module 'qom'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol QomCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// List the properties of the object at `path`, children included.
    ///
    /// - Parameters:
    ///   - path: an absolute path such as "/objects/iommufd0", or a partial path (an object id) that matches exactly one object
    ///   - context: the state of the request
    /// - Returns: one `ObjectPropertyInfo` per property
    /// - Throws:
    ///   - DeviceNotFound when no object is at `path`
    ///   - GenericError when a partial `path` matches several objects
    func qomList(path: String, context: Context) throws(QMPError) -> [ObjectPropertyInfo]

    /// Read a property.
    ///
    /// - Parameters:
    ///   - path: the object, as for `qom-list`
    ///   - property: the property's name
    ///   - context: the state of the request
    /// - Returns: the value, of the property's type
    /// - Throws:
    ///   - DeviceNotFound when no object is at `path`
    ///   - GenericError when the property does not exist or cannot be read
    func qomGet(path: String, property: String, context: Context) throws(QMPError) -> JSONValue

    /// Write a property.
    ///
    /// - Parameters:
    ///   - path: the object, as for `qom-list`
    ///   - property: the property's name
    ///   - value: the new value, of the property's type
    ///   - context: the state of the request
    /// - Throws:
    ///   - DeviceNotFound when no object is at `path`
    ///   - GenericError when the property does not exist, cannot be written, or the value does not fit
    func qomSet(path: String, property: String, value: JSONValue, context: Context) throws(QMPError)

    /// List object types.
    ///
    /// - Parameters:
    ///   - implements: only types derived from this one
    ///   - abstract: include abstract types (default: false)
    ///   - context: the state of the request
    /// - Returns: the types
    func qomListTypes(implements: String?, abstract: Bool?, context: Context) throws(QMPError) -> [ObjectTypeInfo]

    /// List the properties objects of a type have.
    ///
    /// - Parameters:
    ///   - typename: the type
    ///   - context: the state of the request
    /// - Returns: its properties
    /// - Throws:
    ///   - GenericError when the type does not exist or is abstract
    func qomListProperties(typename: String, context: Context) throws(QMPError) -> [ObjectPropertyInfo]

    /// Create an object at /objects/<id>.
    ///
    /// - Parameters:
    ///   - arguments: the arguments, as one `ObjectOptions`
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when the id is malformed or taken, a property is wrong, or creating the object fails (nothing is left behind)
    func objectAdd(_ arguments: ObjectOptions, context: Context) throws(QMPError)

    /// Delete an object created with `object-add`.  An iommufd object that
    /// still has an IOAS, HWPT or bound device, or a memory backend that
    /// still has DMA mappings, is in use and cannot be deleted: deleting
    /// an object never silently tears down DMA mappings.
    ///
    /// - Parameters:
    ///   - id: the object's id
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when there is no such object, or it is in use
    func objectDel(id: String, context: Context) throws(QMPError)
}
