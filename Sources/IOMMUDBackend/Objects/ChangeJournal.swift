import JSON
import LinuxKernel
import QAPIRuntime
import QMP
import QMPAPI
import StateJournal
import Synchronization

/// The state journal (`--state-dir`) as the object tree uses it: a command
/// that commits a change has it recorded, durably, before the command
/// returns, so before its reply is sent; if recording fails the command
/// fails and its transaction is rolled back.
///
/// A change is recorded as the command that made it and what it returned:
/// `{"execute": …, "arguments": …, "return": …}`. The daemon replays the
/// records at its next start, in order, through an in-process monitor.
public final class ChangeJournal: Sendable {
    private let journal: Mutex<StateJournal>
    /// The state directory.
    public let directory: String
    private let report = Mutex<StateJournalInfo?>(nil)

    /// What the replay at start restored (``JournalReplay``), for
    /// `query-state-journal`; nil until it ran.
    public internal(set) var restoreReport: StateJournalInfo? {
        get { report.withLock { $0 } }
        set { report.withLock { $0 = newValue } }
    }

    /// systemd's fd store, when the daemon runs under systemd
    /// (`NOTIFY_SOCKET`): memory backends' memfds are kept there, so guest
    /// memory outlives the process.
    public let descriptors: DescriptorStore?
    /// Where what the state layer has to say goes (the daemon's log).
    let log: @Sendable (String) -> Void
    /// The kernel calls of iommufd objects whose descriptors are kept in the
    /// fd store (``keepsKernelDescriptors``), recorded with each change and
    /// answered from the record when a restart adopts those objects; nil
    /// when kernel descriptors are not kept.
    public let kernelCalls: KernelCallBook?
    /// Whether iommufd objects made from now on keep their descriptors
    /// (from the replay at start on; not the command line's objects, which
    /// the journal does not record).
    let keeping = Atomic<Bool>(false)
    /// Kernel descriptors the fd store passed back, by stored name, while
    /// the replay adopts them (``KernelDescriptorAdoption``).
    let adopted = Mutex<[String: Int32]>([:])
    /// The object tree's end of an adoption (``ObjectTree/finishAdoption(_:)``),
    /// set by the tree that records here.
    let adoptionEnd = Mutex<(@Sendable (Set<String>) -> (failures: [String: String], closed: [String]))?>(nil)

    /// The journal's changes, oldest first, as the replay made them and
    /// commands appended them since (what compaction works on).
    private let changes = Mutex<[JSONValue]>([])
    /// The journal's size from which it is compacted (``compactIfDue()``).
    public let compactAt: Int
    /// The size at which compaction is looked at next.
    private let nextCompaction: Mutex<Int>

    /// Wraps an open journal, with the fd store if there is one; the journal
    /// is compacted when it has grown to `compactAt` bytes (and after a
    /// compaction that left it at n bytes, from 2n on).
    ///
    /// With `keepsKernelDescriptors` and a store, iommufd objects keep their
    /// `/dev/iommu` and bound VFIO device descriptors there too, so their
    /// kernel objects outlive the process (the host kernel; the simulated
    /// kernel's live in the process and die with it).
    public init(_ journal: sending StateJournal, descriptors: DescriptorStore? = nil, keepsKernelDescriptors: Bool = false,
                compactAt: Int = 1 << 20, log: @escaping @Sendable (String) -> Void = { _ in }) {
        kernelCalls = descriptors != nil && keepsKernelDescriptors ? KernelCallBook() : nil
        directory = journal.directory
        self.journal = Mutex(journal)
        self.descriptors = descriptors
        self.compactAt = compactAt
        nextCompaction = Mutex(compactAt)
        self.log = log
    }

    /// The journal file's size in bytes.
    var byteCount: Int { journal.withLock { $0.byteCount } }

    /// Sets the changes the journal holds (the replay's, as made now).
    func remember(_ made: [JSONValue]) {
        changes.withLock { $0 = made }
    }

    /// Drops the changes of objects and devices that are all gone
    /// (``JournalCompaction``) once the journal has grown past
    /// ``compactAt``: the journal is rewritten as one snapshot of the rest.
    /// Called after a command committed, under the object tree's lock (so
    /// no change is recorded meanwhile); a failure is logged (a journal
    /// broken by it refuses the next change, which fails).
    func compactIfDue() {
        let size = journal.withLock { $0.byteCount }
        guard size >= nextCompaction.withLock({ $0 }) else { return }
        let all = changes.withLock { $0 }
        let kept = JournalCompaction.live(all)
        if kept.count < all.count {
            do throws(JournalError) {
                try compact(to: kept)
                changes.withLock { $0 = kept }
                log("state journal in \(directory): compacted from \(size) bytes: \(all.count - kept.count) of "
                    + "\(all.count) changes were of objects and devices since deleted")
            } catch {
                log("warning: state journal in \(directory): compaction failed: \(error)")
            }
        }
        let now = journal.withLock { $0.byteCount }
        nextCompaction.withLock { $0 = max(compactAt, 2 * now) }
    }


    /// Results that are choices the kernel made (an IOVA it picked), by
    /// command: each result member is recorded as the argument that asks for
    /// exactly that, so the replay makes the same mapping.
    static let pinnedChoices: [String: [(result: String, argument: String)]] = [
        "iommufd-ioas-map": [("iova", "iova")],
        "iommufd-ioas-map-file": [("iova", "iova")],
        "iommufd-ioas-copy": [("iova", "dst-iova")],
    ]

    /// The record of `request` having returned `result` (nil when the
    /// command is recorded before its result is known).
    static func record(_ request: QMPChangeRequest, result: Any?, kernelCalls: [KernelCallBook.Call] = []) -> JSONObject {
        var arguments = request.arguments
        let returned = (result as? any QAPIEncodable)?.qapiJSON
        if case .object(let members)? = returned {
            for pin in pinnedChoices[request.command] ?? [] where arguments[pin.argument] == nil {
                if let value = members[pin.result] { arguments.appendUnchecked(pin.argument, value) }
            }
        }
        var record = JSONObject()
        record.appendUnchecked("execute", .string(request.command))
        record.appendUnchecked("arguments", .object(arguments))
        if let returned { record.appendUnchecked("return", returned) }
        if !kernelCalls.isEmpty { record.appendUnchecked("kernel", .array(kernelCalls.map(\.json))) }
        return record
    }

    /// Appends `record`, durable when this returns.
    func append(_ record: JSONObject) throws(QMPError) {
        let bytes = JSONWriter.bytes(.object(record))
        do throws(JournalError) {
            try journal.withLock { (journal: inout StateJournal) throws(JournalError) in try journal.append(bytes) }
            changes.withLock { $0.append(.object(record)) }
        } catch {
            throw error.qmp("the change could not be recorded in the state journal")
        }
    }

    /// Appends a continuation record (``appendContinuation(_:)``), durable
    /// when this returns; the change it continues gains the calls in memory.
    func appendContinuationRecord(_ record: JSONObject, calls: [KernelCallBook.Call]) throws(QMPError) {
        let bytes = JSONWriter.bytes(.object(record))
        do throws(JournalError) {
            try journal.withLock { (journal: inout StateJournal) throws(JournalError) in try journal.append(bytes) }
            changes.withLock { changes in
                guard case .object(var last)? = changes.last else { return }
                var before: [JSONValue] = []
                if case .array(let recorded)? = last["kernel"] { before = recorded }
                last["kernel"] = .array(before + calls.map(\.json))
                changes[changes.count - 1] = .object(last)
            }
        } catch {
            throw error.qmp("the change could not be recorded in the state journal")
        }
    }

    /// Closes the descriptors the fd store passed back that no restored
    /// object took (their objects are gone from the journal) and removes
    /// them from the store, each logged.
    public func dropUnclaimedDescriptors() {
        guard let descriptors else { return }
        for (name, _) in descriptors.closeRest() {
            var line = "warning: fd store: '\(name)' matches no restored object: closed"
            do throws(JournalError) {
                try descriptors.forget(name)
                line += " and removed from the store"
            } catch {
                line += "; removing it from the store failed: \(error)"
            }
            log(line)
        }
    }

    /// Replaces the journal with `changes`, the changes that make the
    /// state now, as one snapshot record (``JournalReplay`` reads it back).
    func compact(to changes: [JSONValue]) throws(JournalError) {
        var snapshot = JSONObject()
        snapshot.appendUnchecked("changes", .array(changes))
        let bytes = JSONWriter.bytes(.object(snapshot))
        try journal.withLock { (journal: inout StateJournal) throws(JournalError) in try journal.compact(snapshot: bytes) }
    }

    /// Takes the last record back (its command failed after it was
    /// recorded); what went wrong, if it could not be.
    func retractLast() -> String? {
        do throws(JournalError) {
            try journal.withLock { (journal: inout StateJournal) throws(JournalError) in try journal.retractLast() }
            changes.withLock { _ = $0.popLast() }
            return nil
        } catch {
            return error.description
        }
    }
}

extension JournalError {
    /// The command's error: `what`, this, and the errno's name.
    func qmp(_ what: String) -> QMPError {
        var failure = QMPError.generic("\(what): \(self)")
        failure.errno = errno?.name
        return failure
    }

    /// An undo's failure (`fd store`, with the errno; EIO when there is none).
    var undoFailure: KernelError { KernelError("fd store", errno ?? .EIO) }
}
