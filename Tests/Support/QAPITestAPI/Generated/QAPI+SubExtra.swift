// Generated from Tests/Fixtures/qapi/good/all-features.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// Kinds of device driver.
public enum DriverKind: String, QAPIEnum {
    /// a VFIO device
    case vfio = "vfio"
    /// a mediated device
    case mdev = "mdev"
    /// no driver; no branch
    case none = "none"
}

/// The members every `Device` has.
public struct DeviceBase: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the device's identifier
    public var id: String
    /// its driver
    public var driver: DriverKind

    /// Creates a value from its members.
    public init(id: String, driver: DriverKind) {
        self.id = id
        self.driver = driver
    }

    public static let qapiMemberNames: [String] = ["id", "driver"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.id = try QAPIDecoding.member(object, "id", at: path)
        self.driver = try QAPIDecoding.member(object, "driver", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "driver", driver)
    }
}

/// Members of a VFIO device.
public struct VfioDevice: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the host address
    public var host: String
    /// the iommufd object to use
    public var iommufd: String?

    /// Creates a value from its members.
    public init(host: String, iommufd: String? = nil) {
        self.host = host
        self.iommufd = iommufd
    }

    public static let qapiMemberNames: [String] = ["host", "iommufd"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.host = try QAPIDecoding.member(object, "host", at: path)
        self.iommufd = try QAPIDecoding.optional(object, "iommufd", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "host", host)
        QAPIEncoding.put(&object, "iommufd", iommufd)
    }
}

/// Members of a mediated device.
public struct MdevDevice: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its UUID
    public var uuid: String

    /// Creates a value from its members.
    public init(uuid: String) {
        self.uuid = uuid
    }

    public static let qapiMemberNames: [String] = ["uuid"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.uuid = try QAPIDecoding.member(object, "uuid", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "uuid", uuid)
    }
}

/// A union with a named base.
public struct Device: Sendable, Hashable, QAPIDecodable, QAPIObjectEncodable {
    /// the device's identifier
    public var id: String
    /// The branch selected by `driver`, with its members.
    public var branch: Branch

    /// The branches of the union, one per value of `DriverKind`.
    public enum Branch: Sendable, Hashable {
        case vfio(VfioDevice)
        case mdev(MdevDevice)
        case none
    }

    /// its driver
    public var driver: DriverKind {
        switch branch {
        case .vfio: return .vfio
        case .mdev: return .mdev
        case .none: return .none
        }
    }

    /// Creates a value from its members.
    public init(id: String, branch: Branch) {
        self.id = id
        self.branch = branch
    }

    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        let object = try QAPIDecoding.object(value, at: path)
        self.id = try QAPIDecoding.member(object, "id", at: path)
        let tag: DriverKind = try QAPIDecoding.member(object, "driver", at: path)
        var known: [String] = ["id", "driver"]
        switch tag {
        case .vfio:
            branch = .vfio(try VfioDevice(qapiMembersOf: object, at: path))
            known += VfioDevice.qapiMemberNames
        case .mdev:
            branch = .mdev(try MdevDevice(qapiMembersOf: object, at: path))
            known += MdevDevice.qapiMemberNames
        case .none: branch = .none
        }
        try QAPIDecoding.rejectUnexpected(object, known: known, at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "driver", driver)
        switch branch {
        case .vfio(let members): members.qapiEncodeMembers(into: &object)
        case .mdev(let members): members.qapiEncodeMembers(into: &object)
        default: break
        }
    }
}

/// A structure whose base is in the other module.
public struct ExtraInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the record's identifier
    public var id: String
    /// a free-form note
    public var note: String?
    /// its weight
    public var weight: UInt64
    /// its shape
    public var shape: Shape?

    /// Creates a value from its members.
    public init(id: String, note: String? = nil, weight: UInt64, shape: Shape? = nil) {
        self.id = id
        self.note = note
        self.weight = weight
        self.shape = shape
    }

    public static let qapiMemberNames: [String] = ["id", "note", "weight", "shape"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.id = try QAPIDecoding.member(object, "id", at: path)
        self.note = try QAPIDecoding.optional(object, "note", at: path)
        self.weight = try QAPIDecoding.member(object, "weight", at: path)
        self.shape = try QAPIDecoding.optional(object, "shape", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 4)
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "note", note)
        QAPIEncoding.put(&object, "weight", weight)
        QAPIEncoding.put(&object, "shape", shape)
    }
}

/// Handlers for the commands of schema module 'sub/extra'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol SubExtraCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Add a device.  The arguments are a union with a named base, passed
    /// boxed.
    ///
    /// - Parameters:
    ///   - arguments: the arguments, as one `Device`
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError if a device with the same `id` exists
    func addDevice(_ arguments: Device, context: Context) throws(QMPError)

    /// Query extra information.
    ///
    /// - Parameters:
    ///   - color: only entries of this colour
    ///   - context: the state of the request
    /// - Returns: the entries
    func queryExtra(color: Color?, context: Context) throws(QMPError) -> [ExtraInfo]

    /// Replace extra information.  The arguments are a struct, passed
    /// boxed.
    ///
    /// - Parameters:
    ///   - arguments: the arguments, as one `ExtraInfo`
    ///   - context: the state of the request
    func updateExtra(_ arguments: ExtraInfo, context: Context) throws(QMPError)
}

extension QMPEventSink {
    /// Emitted when extra information is added.
    ///
    /// - Parameters:
    ///   - info: what was added
    public func emitExtraAdded(info: ExtraInfo) {
        var object = JSONObject()
        QAPIEncoding.put(&object, "info", info)
        emit(event: "EXTRA_ADDED", data: object.isEmpty ? nil : object)
    }
}
