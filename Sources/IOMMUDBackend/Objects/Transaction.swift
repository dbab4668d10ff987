import LinuxKernel
import Posix
import QAPIRuntime

/// One command's side effects, kept so that a failure undoes them: every
/// command is all or nothing.
///
/// Each kernel or system side effect registers its undo with
/// ``onFailure(_:undo:)`` the moment it has succeeded, usually inside the
/// model method that made it. When the command fails,
/// ``ObjectTree/transaction(_:)`` runs the log newest first; when it
/// succeeds, the log is dropped. Handlers write no rollback of their own.
///
/// An undo changes the model only after its kernel call worked, so an undo
/// that fails leaves the model matching the kernel; the failure is added to
/// the command's error (``rollBack(after:)``). A step that cannot be undone
/// (destroying a kernel object, unbinding a device) is declared with
/// ``irreversible(_:)`` once taken (after ``prepareIrreversible()`` just
/// before it); commands take such steps
/// last, and should anything fail after one, the error names it.
///
/// With a state journal, the command is recorded (``record``) once the
/// command succeeded, before the commit — or earlier, just before its first
/// irreversible step, so that a journal that cannot record it fails the
/// command while it can still be undone; a command that then fails has its
/// record taken back (``retract``).
final class Transaction {
    /// Reverts one side effect; throws when the kernel refuses.
    typealias Undo = () throws(KernelError) -> Void

    private var log: [(what: String, undo: Undo)] = []
    private var irreversibleSteps: [String] = []

    /// Records the command in the state journal, given its result (nil
    /// before the result is known). Set by the object tree when there is a
    /// journal and the command is to be recorded.
    var record: ((Any?) throws(QMPError) -> Void)?
    /// Takes the record back; what went wrong, if it could not be.
    var retract: (() -> String?)?
    private var recorded = false

    /// Records the command unless it already is (or nothing records).
    func recordChange(result: Any?) throws(QMPError) {
        guard !recorded, let record else { return }
        try record(result)
        recorded = true
    }

    /// How many undos are registered (for tests).
    var pendingUndos: Int { log.count }

    /// Registers how to revert a side effect that just succeeded; `what`
    /// names the undo in an error (`destroy HWPT 3`).
    func onFailure(_ what: String, undo: @escaping Undo) {
        log.append((what, undo))
    }

    /// Called just before a step that cannot be reverted: the command is
    /// recorded first, and if it cannot be, this throws and the command is
    /// undone.
    func prepareIrreversible() throws(QMPError) {
        try recordChange(result: nil)
    }

    /// Declares a step that cannot be reverted (`destroy HWPT 3`), once it
    /// is taken.
    func irreversible(_ what: String) {
        irreversibleSteps.append(what)
    }

    /// ``prepareIrreversible()`` inside kernel work: a journal that cannot
    /// record the command fails it as the step `what` would have.
    func prepareIrreversibleKernelStep(_ what: String) throws(KernelError) {
        do throws(QMPError) {
            try prepareIrreversible()
        } catch {
            throw KernelError("record \(what) in the state journal", error.errno.flatMap(Errno.init(named:)) ?? .EIO)
        }
    }

    /// Drops the log: the command succeeded.
    func commit() {
        log.removeAll()
        irreversibleSteps.removeAll()
        recorded = false
    }

    /// Runs the log newest first and returns `error` with what could not be
    /// undone added to its `desc` (its class and errno stay the command's).
    /// Every undo runs even when an earlier one failed: each reverts its own
    /// step, and what it depends on (an open `/dev/iommu`) is derived from
    /// what is still held.
    func rollBack(after error: QMPError) -> QMPError {
        var failed: [String] = []
        for step in log.reversed() {
            do throws(KernelError) {
                try step.undo()
            } catch {
                failed.append("\(step.what): \(error)")
            }
        }
        if recorded, let failure = retract?() {
            failed.append("taking the change back out of the state journal: \(failure)")
        }
        recorded = false
        var reported = error
        if !failed.isEmpty {
            reported.desc += "; undoing the command failed (\(failed.joined(separator: "; "))), so that much of it stays"
        }
        if !irreversibleSteps.isEmpty {
            reported.desc += "; already done and not undone: \(irreversibleSteps.joined(separator: ", "))"
        }
        commit()
        return reported
    }
}
