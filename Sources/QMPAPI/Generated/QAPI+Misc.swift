// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

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
}
