import JSON
import QAPIRuntime
import Synchronization

/// The command a worker thread is running, as a journal of changes records
/// it: set by ``QMPDispatcher`` around each command once
/// ``QMPDispatcher/recordsChanges`` is on, read by the backend when the
/// command commits a change (QEMU keeps the current monitor the same way,
/// `monitor_cur()`).
public final class QMPChangeRequest: Sendable {
    /// The command's name.
    public let command: String
    /// Its arguments, as sent.
    public let arguments: JSONObject
    private let recordedFlag = Atomic<Bool>(false)

    public init(command: String, arguments: JSONObject) {
        self.command = command
        self.arguments = arguments
    }

    /// Marks the request recorded; false if it already was. A command whose
    /// handler commits more than one transaction is recorded once, at the
    /// first: replaying the command makes them all.
    public func markRecorded() -> Bool {
        !recordedFlag.exchange(true, ordering: .acquiringAndReleasing)
    }

    /// The request being run on this thread or task, if changes are recorded.
    @TaskLocal public static var current: QMPChangeRequest?
}

extension QMPDispatcher {
    /// Runs `body` with `request` as ``QMPChangeRequest/current``.
    func recording<T>(_ request: QMPChangeRequest, _ body: () throws(QMPError) -> T) throws(QMPError) -> T {
        let outcome: Result<T, QMPError> = QMPChangeRequest.$current.withValue(request) {
            do throws(QMPError) { return .success(try body()) } catch { return .failure(error) }
        }
        return try outcome.get()
    }
}
