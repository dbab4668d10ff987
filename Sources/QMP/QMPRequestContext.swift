import JSON
import QAPIRuntime

/// What a command handler may know about the request it serves: which monitor
/// (client session) sent it and how.
///
/// Handlers run on the session's thread and must not keep the context. A
/// value, so a request allocates no context object.
public struct QMPRequestContext {
    /// The monitor the request came in on.
    public unowned let session: QMPSession
    /// Whether the request was sent with `exec-oob`.
    public let isOutOfBand: Bool

    init(session: QMPSession, isOutOfBand: Bool) {
        self.session = session
        self.isOutOfBand = isOutOfBand
    }

    /// The dispatcher serving the request (for `query-commands`).
    public var dispatcher: QMPDispatcher { session.dispatcher }
}
