#if canImport(Glibc)
import Glibc
#endif
import Posix

/// The state directory's journal: every acknowledged change, durable before
/// it is acknowledged, read back at the next start.
///
/// `DIR/journal` holds records (``JournalRecord``): at most one snapshot,
/// first, then changes in order. ``append(_:)`` writes one change and
/// fsyncs it before returning, so a change whose reply was sent survives a
/// crash. A crash during an append leaves a torn last record, which the
/// next ``open(directory:system:)`` reports and cuts off; it is never read
/// as a change. ``compact(snapshot:)`` replaces the file with one snapshot
/// record (written beside it, fsynced, renamed over it, the directory
/// fsynced), so the journal stays in proportion to the state, not to its
/// history. `DIR/lock` is held (`flock`) while the journal is open: one
/// daemon per state directory.
///
/// Not thread-safe: its owner calls it under the lock that orders changes.
public final class StateJournal {
    /// What the journal held when it was opened.
    public struct Contents: Equatable, Sendable {
        /// The state at the last compaction, if there was one.
        public var snapshot: [UInt8]?
        /// The changes since, in order.
        public var changes: [[UInt8]]
        /// Bytes of a torn last write that were cut off (0 when the file
        /// ended cleanly).
        public var tornBytes: Int
        /// Where the torn bytes began (the valid length of the file).
        public var validLength: Int
    }

    /// The state directory.
    public let directory: String
    private let system: SystemCalls.Typed
    private var file: OwnedFD
    private let lock: OwnedFD
    /// Where the next record goes.
    private var end: Int
    /// Where the last change appended begins, until another call.
    private var lastRecordStart: Int?
    private var nextSequence: UInt64
    /// The size of the last snapshot record (0 without one).
    private var snapshotBytes: Int
    /// Set once the file can no longer be trusted to hold what was
    /// acknowledged.
    private var broken: String?

    /// Compaction is due once the changes since the last snapshot exceed
    /// this many bytes and four times the snapshot.
    public var compactionThreshold = 1 << 20

    /// The journal file's path.
    public var path: String { directory + "/journal" }

    /// Records and bytes in the file now.
    public private(set) var recordCount: Int
    public var byteCount: Int { end }

    /// Whether the changes since the last snapshot outgrew it: the owner
    /// should call ``compact(snapshot:)`` with the current state.
    public var wantsCompaction: Bool {
        let changes = end - snapshotBytes
        return changes > compactionThreshold && changes > 4 * snapshotBytes
    }

    private init(directory: String, system: SystemCalls.Typed, file: consuming OwnedFD, lock: consuming OwnedFD,
                 end: Int, nextSequence: UInt64, snapshotBytes: Int, recordCount: Int)
    {
        self.directory = directory
        self.system = system
        self.file = file
        self.lock = lock
        self.end = end
        self.nextSequence = nextSequence
        self.snapshotBytes = snapshotBytes
        self.recordCount = recordCount
    }

    /// Opens (creating if needed) the journal in `directory`, which must
    /// exist: takes the directory's lock, reads every record, and cuts off
    /// a torn last write (reported in ``Contents/tornBytes``).
    public static func open(directory: String, system calls: SystemCalls = .live)
        throws(JournalError) -> (journal: StateJournal, contents: Contents)
    {
        let system = calls.typed
        let lockPath = directory + "/lock"
        let lock = OwnedFD(adopting: try call("open \(lockPath)") {
            system.create(lockPath, flags: O_RDWR | O_CLOEXEC | O_NOFOLLOW, mode: 0o600)
        })
        switch system.flock(lock.raw, LOCK_EX | LOCK_NB) {
        case .success: break
        case .failure(let e) where e == .EAGAIN: throw .locked(directory)
        case .failure(let e): throw .system("flock \(lockPath)", e)
        }
        let path = directory + "/journal"
        let file = OwnedFD(adopting: try call("open \(path)") {
            system.create(path, flags: O_RDWR | O_CLOEXEC | O_NOFOLLOW, mode: 0o600)
        })
        let bytes = try readAll(file.raw, path, system)
        let scan = try JournalScan.scan(bytes)
        if scan.tornBytes > 0 {
            try call("ftruncate \(path)") { system.ftruncate(file.raw, to: UInt64(scan.validLength)) }
            try call("fsync \(path)") { system.fsync(file.raw) }
        }
        var contents = Contents(snapshot: nil, changes: [], tornBytes: scan.tornBytes, validLength: scan.validLength)
        var snapshotBytes = 0
        for record in scan.records {
            switch record.kind {
            case .snapshot:
                contents.snapshot = record.payload
                snapshotBytes = JournalRecord.headerSize + record.payload.count
            case .change:
                contents.changes.append(record.payload)
            }
        }
        let journal = StateJournal(
            directory: directory, system: system, file: file, lock: lock, end: scan.validLength,
            nextSequence: (scan.records.last?.sequence ?? 0) + 1, snapshotBytes: snapshotBytes,
            recordCount: scan.records.count)
        return (journal, contents)
    }

    /// Appends one change and makes it durable. When this throws, the change
    /// is not in the journal (a partial write is cut off again); if even
    /// that fails, the journal refuses every later change.
    public func append(_ payload: [UInt8]) throws(JournalError) {
        if let broken { throw .broken(broken) }
        guard payload.count <= JournalRecord.maxPayload else {
            throw .system("append to \(path): a record of \(payload.count) bytes", .E2BIG)
        }
        let record = JournalRecord(kind: .change, sequence: nextSequence, payload: payload).bytes
        do throws(JournalError) {
            try writeAll(record, at: end)
            try Self.call("fsync \(path)") { system.fsync(file.raw) }
        } catch {
            // Cut off what may have been written, so the next record
            // follows the last good one; if the kernel refuses, stop.
            if case .failure = system.ftruncate(file.raw, to: UInt64(end)) {
                broken = "a failed write to \(path) (\(error)) that could not be cut off"
            }
            throw error
        }
        lastRecordStart = end
        end += record.count
        nextSequence += 1
        recordCount += 1
    }

    /// Takes back the change just appended, whose command then failed (it
    /// was recorded before a step that cannot be undone, and was never
    /// acknowledged). If the file cannot be cut back, the journal refuses
    /// every later change.
    public func retractLast() throws(JournalError) {
        if let broken { throw .broken(broken) }
        guard let start = lastRecordStart else { throw .broken("a retraction with no change to take back") }
        do throws(JournalError) {
            try Self.call("ftruncate \(path)") { system.ftruncate(file.raw, to: UInt64(start)) }
            try Self.call("fsync \(path)") { system.fsync(file.raw) }
        } catch {
            broken = "a change that could not be taken back (\(error))"
            throw error
        }
        lastRecordStart = nil
        end = start
        nextSequence -= 1
        recordCount -= 1
    }

    /// Replaces the journal with one record holding `snapshot` (the whole
    /// state now). On a failure before the new file is in place the journal
    /// is unchanged and still usable; after it, the journal is broken.
    public func compact(snapshot: [UInt8]) throws(JournalError) {
        if let broken { throw .broken(broken) }
        guard snapshot.count <= JournalRecord.maxPayload else {
            throw .system("compact \(path): a snapshot of \(snapshot.count) bytes", .E2BIG)
        }
        let record = JournalRecord(kind: .snapshot, sequence: nextSequence, payload: snapshot).bytes
        let temporary = directory + "/journal.new"
        let new = OwnedFD(adopting: try Self.call("open \(temporary)") {
            system.create(temporary, flags: O_RDWR | O_CLOEXEC | O_TRUNC | O_NOFOLLOW, mode: 0o600)
        })
        do throws(JournalError) {
            try Self.call("write \(temporary)") { system.write(new.raw, record) }
            try Self.call("fsync \(temporary)") { system.fsync(new.raw) }
            try Self.call("rename \(temporary) to \(path)") { system.rename(temporary, to: path) }
        } catch {
            system.unlink(temporary)
            throw error
        }
        // The new file is the journal now: what follows must succeed, or
        // later changes would go where no restart looks.
        file = new
        lastRecordStart = nil
        end = record.count
        nextSequence += 1
        snapshotBytes = record.count
        recordCount = 1
        do throws(JournalError) {
            let directoryFD = OwnedFD(adopting: try Self.call("open \(directory)") {
                system.open(directory, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            })
            try Self.call("fsync \(directory)") { system.fsync(directoryFD.raw) }
        } catch {
            broken = "a compaction whose rename may not be durable (\(error))"
            throw error
        }
    }

    // MARK: - Helpers

    private func writeAll(_ bytes: [UInt8], at offset: Int) throws(JournalError) {
        var done = 0
        while done < bytes.count {
            let written = try Self.call("write \(path)") {
                system.pwrite(file.raw, Array(bytes[done...]), at: UInt64(offset + done))
            }
            guard written > 0 else { throw .system("write \(path)", .EIO) }
            done += written
        }
    }

    private static func readAll(_ fd: Int32, _ path: String, _ system: SystemCalls.Typed) throws(JournalError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk = try call("read \(path)") { system.pread(fd, count: 1 << 20, at: UInt64(bytes.count)) }
            if chunk.isEmpty { return bytes }
            bytes += chunk
        }
    }

    private static func call<T>(_ what: String, _ body: () -> Result<T, Errno>) throws(JournalError) -> T {
        switch body() {
        case .success(let value): return value
        case .failure(let e): throw .system(what, e)
        }
    }
}
