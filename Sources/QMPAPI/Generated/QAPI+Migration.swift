// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// What `query-migrate` returns.
public struct MigrationInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// why the machine cannot be migrated, one entry per blocker; absent when nothing blocks it.  A vIOMMU changed to suit a coldplugged device (a synced capability) blocks it, as does an assigned device behind a vIOMMU (QEMU's VFIO blocker).
    public var blockedReasons: [String]?

    /// Creates a value from its members.
    public init(blockedReasons: [String]? = nil) {
        self.blockedReasons = blockedReasons
    }

    public static let qapiMemberNames: [String] = ["blocked-reasons"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.blockedReasons = try QAPIDecoding.optional(object, "blocked-reasons", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "blocked-reasons", blockedReasons)
    }
}

/// Handlers for the commands of schema module 'migration'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol MigrationCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// What blocks migration of the machine.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: `MigrationInfo`
    func queryMigrate(context: Context) throws(QMPError) -> MigrationInfo
}
