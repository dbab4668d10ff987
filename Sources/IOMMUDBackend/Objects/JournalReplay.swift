import JSON
import LinuxKernel
import QAPIRuntime
import QMP
import QMPAPI
import StateJournal

/// Makes the state journal's changes again at start, in order, through an
/// in-process monitor, as their clients made them.
///
/// The kernel picks the ids of the objects it makes. Made again on a new
/// `/dev/iommu`, an object can get another id than the one its change
/// returned — after a change before it failed (a device gone from the
/// host), or on a kernel that numbers otherwise. The replay compares each
/// kernel id a change returns with the recorded one, per iommufd object,
/// and makes later changes that name the old id with the new one; a later
/// change that names an id whose object could not be made again is not
/// made at all (the id may now be another object's). What changed is kept
/// for `query-state-journal`.
///
/// When an id changed or a change could not be made again, the journal is
/// rewritten as one snapshot
/// of the changes as they were made now — new ids, failed changes left
/// out — so that what clients do next, with the ids they see now, is
/// recorded in the same numbering as what came before.
public struct JournalReplay {
    /// Result and argument members that hold kernel object ids of the
    /// command's `iommufd`.
    static let kernelIDMembers: Set<String> = [
        "ioas-id", "hwpt-id", "dev-id", "pt-id", "src-ioas-id", "dst-ioas-id", "fault-id",
    ]
    /// Commands whose `id` argument is a kernel object id.
    static let commandsWithKernelID: Set<String> = ["iommufd-destroy"]

    private struct Key: Hashable {
        let iommufd: String
        let id: UInt64
    }

    /// Old kernel id → the one it has now.
    private var translated: [Key: UInt64] = [:]
    /// Ids whose objects could not be made again.
    private var lost: Set<Key> = []
    private(set) var failed: [StateJournalFailure] = []
    private(set) var changedIDs: [StateJournalIdChange] = []
    private(set) var restored = 0
    /// The iommufd objects whose kernel objects are being adopted.
    private var adopting: Set<String> = []
    /// The changes as made now (ids translated, failures left out).
    private var made: [JSONValue] = []

    /// Replays `contents` (the snapshot's changes, then the ones after it)
    /// with `dispatcher`, keeps the report in `journal`
    /// (``ChangeJournal/restoreReport``) and rewrites the journal if it
    /// must. Returns the lines to log.
    ///
    /// - Throws: a journal that cannot be rewritten after ids changed (the
    ///   daemon cannot record what comes next consistently), or a snapshot
    ///   that is not one this daemon wrote.
    public static func run(_ contents: StateJournal.Contents, journal: ChangeJournal, with dispatcher: QMPDispatcher)
        throws(JournalError) -> [String]
    {
        var changes: [[UInt8]] = []
        if let snapshot = contents.snapshot {
            guard case .object(let object)? = try? JSONStreamParser.parse(bytes: snapshot),
                  case .array(let recorded)? = object["changes"]
            else {
                throw .corrupt(offset: 0, "its snapshot is not a list of changes")
            }
            changes = recorded.map { JSONWriter.bytes($0) }
        }
        changes = ChangeJournal.joiningContinuations(changes + contents.changes)
        var replay = JournalReplay()
        var log: [String] = []
        let session = QMPSession(dispatcher: dispatcher)
        try? session.negotiate(enable: [])
        let owners = journal.beginKeepingKernelDescriptors()
        replay.adopting = owners
        if !owners.isEmpty {
            log.append("fd store: adopting the kernel objects of iommufd object\(owners.count == 1 ? "" : "s") "
                + owners.sorted().map { "'\($0)'" }.joined(separator: ", ") + ": the journal's kernel calls are answered from it")
        }
        for (index, payload) in changes.enumerated() {
            log += replay.make(Int64(index + 1), payload, dispatcher: dispatcher, session: session, calls: journal.kernelCalls)
        }
        if !owners.isEmpty { log += try adopt(owners, journal: journal) }
        let total = changes.count
        let kept = JournalCompaction.live(replay.made)
        if !replay.changedIDs.isEmpty || !replay.failed.isEmpty || kept.count < replay.made.count {
            try journal.compact(to: kept)
            let dropped = replay.made.count - kept.count
            log.append("state journal in \(journal.directory): rewritten with the \(kept.count) changes as made now"
                + (dropped > 0 ? " (\(dropped) of objects and devices since deleted dropped)" : ""))
        }
        journal.remember(kept)
        journal.restoreReport = StateJournalInfo(
            directory: journal.directory, records: Int64(total), restored: Int64(replay.restored), failed: replay.failed,
            changedIds: replay.changedIDs, tornBytes: Int64(contents.tornBytes))
        if total == 0 {
            log.append("state journal in \(journal.directory): empty, nothing to restore")
        } else {
            log.append("state journal in \(journal.directory): restored \(replay.restored) of \(total) changes"
                + (replay.changedIDs.isEmpty ? "" : ", \(replay.changedIDs.count) kernel id\(replay.changedIDs.count == 1 ? "" : "s") changed"))
        }
        return log
    }

    /// Makes change `number` again; the lines to log. With `calls`, the
    /// kernel calls recorded with it answer the calls on adopted objects.
    private mutating func make(_ number: Int64, _ payload: [UInt8], dispatcher: QMPDispatcher, session: QMPSession,
                               calls: KernelCallBook?) -> [String]
    {
        guard case .object(let record)? = try? JSONStreamParser.parse(bytes: payload),
              case .string(let command)? = record["execute"], case .object(var arguments)? = record["arguments"]
        else {
            return fail(number, "?", "the record is not a command")
        }
        var recorded: [KernelCallBook.Call] = []
        if case .array(let entries)? = record["kernel"] {
            recorded = entries.compactMap(KernelCallBook.Call.init(json:))
        }
        let change = "change \(number) (\(command))"
        calls?.beginChange()
        calls?.expect(recorded)
        defer { calls?.finishChange(change) }
        let iommufd = arguments["iommufd"]?.stringValue
        if let iommufd {
            for member in arguments.keys where Self.namesKernelID(member, in: command) {
                guard let old = arguments[member]?.uint64Value else { continue }
                let key = Key(iommufd: iommufd, id: old)
                if lost.contains(key) {
                    return fail(number, command, "it names \(member) \(old) of '\(iommufd)', whose object could not be restored")
                }
                if let now = translated[key] { arguments[member] = .uint(now) }
            }
        }
        let result: JSONValue
        do throws(QMPError) {
            let outcome: Result<JSONValue, QMPError> = KernelCallBook.$change.withValue(change) {
                do throws(QMPError) {
                    return .success(try dispatcher.run(command, arguments: arguments, session: session))
                } catch {
                    return .failure(error)
                }
            }
            result = try outcome.get()
        } catch {
            if let iommufd, case .object(let returned)? = record["return"] {
                for member in returned where Self.kernelIDMembers.contains(member.key) {
                    guard let old = member.value.uint64Value else { continue }
                    let key = Key(iommufd: iommufd, id: old)
                    lost.insert(key)
                    translated[key] = nil
                }
            }
            return fail(number, command, error.desc)
        }
        restored += 1
        var remade = JSONObject()
        remade.appendUnchecked("execute", .string(command))
        remade.appendUnchecked("arguments", .object(arguments))
        if record["return"] != nil { remade.appendUnchecked("return", result) }
        // The calls of adopted objects as recorded, the others' as made now.
        let kernel = recorded.filter { adopting.contains($0.owner) } + (calls?.recorded ?? [])
        if !kernel.isEmpty { remade.appendUnchecked("kernel", .array(kernel.map(\.json))) }
        made.append(.object(remade))
        guard let iommufd, case .object(let recorded)? = record["return"], case .object(let now) = result else { return [] }
        var log: [String] = []
        for member in recorded where Self.kernelIDMembers.contains(member.key) {
            guard let old = member.value.uint64Value, let new = now[member.key]?.uint64Value else { continue }
            // The kernel may have given the old number to this object after
            // the one that had it was gone: what held before is forgotten.
            let key = Key(iommufd: iommufd, id: old)
            lost.remove(key)
            translated[key] = old == new ? nil : new
            guard old != new else { continue }
            changedIDs.append(StateJournalIdChange(
                iommufd: iommufd, member: member.key, record: number, recorded: UInt32(truncatingIfNeeded: old),
                restored: UInt32(truncatingIfNeeded: new)))
            log.append("warning: state journal change \(number) (\(command)): \(member.key) of '\(iommufd)' is \(new) now, "
                + "was \(old); later changes naming \(old) use \(new)")
        }
        return log
    }

    /// Ends the adoption of `owners`' kernel objects (after every change
    /// was replayed): those whose replay matched and whose objects check out
    /// keep the descriptors the fd store passed back; descriptors no object
    /// holds any more are closed and removed from the store. If any owner
    /// is not adopted, its descriptors are removed and closed (destroying
    /// its kernel objects) and the replay fails: the next start makes them
    /// anew from the journal.
    private static func adopt(_ owners: Set<String>, journal: ChangeJournal)
        throws(JournalError) -> [String]
    {
        let end = journal.adoptionEnd.withLock { $0 }
        let (failures, closed) = end?(owners) ?? (owners.reduce(into: [:]) { $0[$1] = "no object tree took them" }, [])
        // Closed: a failed owner's (its kernel objects go, and the next
        // start makes them anew), or one no restored object holds any more.
        if let store = journal.descriptors {
            for name in closed { journal.forgetKernelDescriptor(name, in: store) }
        }
        guard failures.isEmpty else {
            let what = failures.sorted { $0.key < $1.key }.map { "'\($0.key)': \($0.value)" }.joined(separator: "; ")
            throw .notAdopted(what)
        }
        var log = ["fd store: adopted the kernel objects of " + owners.sorted().map { "'\($0)'" }.joined(separator: ", ")
            + ": kernel ids unchanged, nothing made again"]
        if !closed.isEmpty {
            log.append("fd store: closed and removed \(closed.joined(separator: ", ")): no restored object holds them")
        }
        return log
    }

    private static func namesKernelID(_ member: String, in command: String) -> Bool {
        kernelIDMembers.contains(member) || (member == "id" && commandsWithKernelID.contains(command))
    }

    private mutating func fail(_ number: Int64, _ command: String, _ why: String) -> [String] {
        failed.append(StateJournalFailure(record: number, execute: command, desc: why))
        return ["warning: state journal change \(number) (\(command)) could not be restored: \(why)"]
    }
}
