// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// Protocol capabilities a client can enable with `qmp_capabilities`.
public enum QMPCapability: String, QAPIEnum {
    /// Out-of-band execution: commands sent with ``exec-oob`` whose schema allows it run ahead of queued in-band commands.
    case oob = "oob"
}

/// A three-part version number.
public struct VersionTriple: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the major version number
    public var major: Int64
    /// the minor version number
    public var minor: Int64
    /// the micro version number
    public var micro: Int64

    /// Creates a value from its members.
    public init(major: Int64, minor: Int64, micro: Int64) {
        self.major = major
        self.minor = minor
        self.micro = micro
    }

    public static let qapiMemberNames: [String] = ["major", "minor", "micro"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.major = try QAPIDecoding.member(object, "major", at: path)
        self.minor = try QAPIDecoding.member(object, "minor", at: path)
        self.micro = try QAPIDecoding.member(object, "micro", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "major", major)
        QAPIEncoding.put(&object, "minor", minor)
        QAPIEncoding.put(&object, "micro", micro)
    }
}

/// The version of the daemon.  The shape is QEMU's, so clients that
/// read ``qemu.major`` (qmp-shell's banner, go-qemu) work unchanged.
public struct VersionInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// iommud's own version (not a QEMU version).
    public var qemu: VersionTriple
    /// the name of the program, "iommud", followed by the version.
    public var package: String

    /// Creates a value from its members.
    public init(qemu: VersionTriple, package: String) {
        self.qemu = qemu
        self.package = package
    }

    public static let qapiMemberNames: [String] = ["qemu", "package"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.qemu = try QAPIDecoding.member(object, "qemu", at: path)
        self.package = try QAPIDecoding.member(object, "package", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "qemu", qemu)
        QAPIEncoding.put(&object, "package", package)
    }
}

/// Information about one command.
public struct CommandInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the command's name
    public var name: String

    /// Creates a value from its members.
    public init(name: String) {
        self.name = name
    }

    public static let qapiMemberNames: [String] = ["name"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.name = try QAPIDecoding.member(object, "name", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "name", name)
    }
}

/// Handlers for the commands of schema module 'control'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol ControlCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Leave capabilities negotiation mode and enable the listed
    /// capabilities.  Until this command succeeds every other command
    /// fails with CommandNotFound and no events are delivered.
    ///
    /// - Parameters:
    ///   - enable: capabilities to enable (default: none).  Enabling a capability the greeting did not offer is an error.
    ///   - context: the state of the request
    /// - Throws:
    ///   - CommandNotFound when negotiation is already complete
    ///   - GenericError when a capability is not available
    func qmpCapabilities(enable: [QMPCapability]?, context: Context) throws(QMPError)

    /// Return the version of iommud.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: the version, in `VersionInfo`'s QEMU-compatible shape.
    func queryVersion(context: Context) throws(QMPError) -> VersionInfo

    /// List the commands this monitor accepts now.  Before negotiation it
    /// is only reachable as an error (every command but
    /// `qmp_capabilities` is); afterwards it lists every command of the
    /// schema.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: one `CommandInfo` per command.
    func queryCommands(context: Context) throws(QMPError) -> [CommandInfo]

    /// Ask iommud to exit.  The reply is sent before the daemon stops
    /// (best effort: clients must also accept the connection closing), and
    /// a `SHUTDOWN` event goes to every connected client.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    func quit(context: Context) throws(QMPError)
}
