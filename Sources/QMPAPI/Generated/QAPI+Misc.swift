// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// Where `add-fd` put a descriptor.
public struct AddfdInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the fd set's id
    public var fdsetId: Int64
    /// the descriptor's number inside iommud
    public var fd: Int64

    /// Creates a value from its members.
    public init(fdsetId: Int64, fd: Int64) {
        self.fdsetId = fdsetId
        self.fd = fd
    }

    public static let qapiMemberNames: [String] = ["fdset-id", "fd"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.fdsetId = try QAPIDecoding.member(object, "fdset-id", at: path)
        self.fd = try QAPIDecoding.member(object, "fd", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "fdset-id", fdsetId)
        QAPIEncoding.put(&object, "fd", fd)
    }
}

/// One descriptor of an fd set.
public struct FdsetFdInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its number inside iommud
    public var fd: Int64
    /// the text given to `add-fd`
    public var opaque: String?

    /// Creates a value from its members.
    public init(fd: Int64, opaque: String? = nil) {
        self.fd = fd
        self.opaque = opaque
    }

    public static let qapiMemberNames: [String] = ["fd", "opaque"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.fd = try QAPIDecoding.member(object, "fd", at: path)
        self.opaque = try QAPIDecoding.optional(object, "opaque", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "fd", fd)
        QAPIEncoding.put(&object, "opaque", opaque)
    }
}

/// An fd set.
public struct FdsetInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its id
    public var fdsetId: Int64
    /// its descriptors
    public var fds: [FdsetFdInfo]

    /// Creates a value from its members.
    public init(fdsetId: Int64, fds: [FdsetFdInfo]) {
        self.fdsetId = fdsetId
        self.fds = fds
    }

    public static let qapiMemberNames: [String] = ["fdset-id", "fds"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.fdsetId = try QAPIDecoding.member(object, "fdset-id", at: path)
        self.fds = try QAPIDecoding.member(object, "fds", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "fdset-id", fdsetId)
        QAPIEncoding.put(&object, "fds", fds)
    }
}

/// Handlers for the commands of schema module 'misc'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol MiscCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Hold or release this client's in-band queue, so that tests can show
    /// out-of-band commands overtaking queued in-band ones.  Sent in band
    /// with `lock` true, the queue stops after this command, and its own
    /// reply is withheld, until the same client sends the command with
    /// `lock` false (normally with ``exec-oob``); then the releasing reply
    /// comes first, followed by the held reply and the queued ones in
    /// order.  A client can queue at most 8 in-band requests; after that
    /// iommud stops reading from it until the queue drains.
    ///
    /// - Parameters:
    ///   - lock: true to hold the queue, false to release it
    ///   - context: the state of the request
    /// - Note: Unstable: a test facility, not for production use
    func xOobTest(lock: Bool, context: Context) throws(QMPError)

    /// Take the descriptor the client just sent and keep it under a name,
    /// for a later command (for example an ``iommufd`` object's ``fd``
    /// property) to consume.  If the name is taken, the old descriptor is
    /// closed.  Names belong to the listener the client connected to, as a
    /// QEMU monitor's do.
    ///
    /// - Parameters:
    ///   - fdname: the name; must not start with a digit
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when no descriptor was sent
    ///   - GenericError when `fdname` starts with a digit
    func getfd(fdname: String, context: Context) throws(QMPError)

    /// Close a descriptor kept by `getfd`.
    ///
    /// - Parameters:
    ///   - fdname: its name
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when no descriptor has that name
    func closefd(fdname: String, context: Context) throws(QMPError)

    /// Add the descriptor the client just sent to an fd set.
    ///
    /// - Parameters:
    ///   - fdsetId: the set to add to (default: the lowest unused id, from 0)
    ///   - opaque: free text kept with the descriptor
    ///   - context: the state of the request
    /// - Returns: the set's id and the descriptor's number
    /// - Throws:
    ///   - GenericError when no descriptor was sent
    ///   - GenericError when `fdset-id` is negative
    func addFd(fdsetId: Int64?, opaque: String?, context: Context) throws(QMPError) -> AddfdInfo

    /// Close one descriptor of an fd set, or all of them.  A set without
    /// descriptors disappears.
    ///
    /// - Parameters:
    ///   - fdsetId: the set
    ///   - fd: the descriptor to remove (default: all of the set's)
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when the set or descriptor does not exist
    func removeFd(fdsetId: Int64, fd: Int64?, context: Context) throws(QMPError)

    /// List the fd sets.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: every set, by ascending id
    func queryFdsets(context: Context) throws(QMPError) -> [FdsetInfo]
}
