#if canImport(Glibc)
import Glibc
#endif
import Posix
@testable import StateJournal
import Synchronization
import Testing

/// The journal on a real file system: what was appended comes back, a torn
/// last write is cut off and never read, damage elsewhere stops the start,
/// compaction keeps the state, and a failure of any system call leaves the
/// journal holding exactly what was acknowledged.
@Suite struct StateJournalTests {
    /// A fresh directory under /tmp.
    static func directory() -> String {
        var template = Array("/tmp/iommud-journal-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        precondition(made != nil, "mkdtemp failed")
        return String(cString: template)
    }

    /// Removes what a test's journal made in `dir`, and `dir`.
    static func remove(_ dir: String) {
        for name in ["journal", "journal.new", "lock"] { unlink(dir + "/" + name) }
        rmdir(dir)
    }

    static func size(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : -1
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static func texts(_ payloads: [[UInt8]]) -> [String] { payloads.map { String(decoding: $0, as: UTF8.self) } }

    static func fileBytes(_ path: String) throws -> [UInt8] {
        try SystemCalls.live.typed.readFile(atPath: path).get()
    }

    static func overwrite(_ path: String, _ bytes: [UInt8]) {
        let fd = open(path, O_WRONLY | O_TRUNC)
        precondition(fd >= 0)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func changesComeBackInOrder() throws {
        let dir = Self.directory()
        defer { Self.remove(dir) }
        do {
            let (journal, contents) = try StateJournal.open(directory: dir)
            #expect(contents == StateJournal.Contents(snapshot: nil, changes: [], tornBytes: 0, validLength: 0))
            for text in ["a", "bb", "{\"json\": true}"] { try journal.append(Self.bytes(text)) }
            #expect(journal.recordCount == 3)
        }
        let (_, contents) = try StateJournal.open(directory: dir)
        #expect(Self.texts(contents.changes) == ["a", "bb", "{\"json\": true}"])
        #expect(contents.snapshot == nil)
        #expect(Self.size(dir + "/journal") == 3 * 24 + 1 + 2 + 14)
        let mode = { () -> mode_t in
            var status = stat()
            _ = stat(dir + "/journal", &status)
            return status.st_mode & 0o777
        }()
        #expect(mode == 0o600)
    }

    @Test func aTornLastWriteIsCutOffAtEveryLength() throws {
        let dir = Self.directory()
        defer { Self.remove(dir) }
        let path = dir + "/journal"
        do {
            let (journal, _) = try StateJournal.open(directory: dir)
            try journal.append(Self.bytes("first"))
            try journal.append(Self.bytes("second"))
            try journal.append(Self.bytes("third, never acknowledged"))
        }
        let whole = try Self.fileBytes(path)
        let good = 2 * 24 + 5 + 6
        for cut in good..<whole.count {
            Self.overwrite(path, Array(whole[..<cut]))
            do {
                let (journal, contents) = try StateJournal.open(directory: dir)
                #expect(Self.texts(contents.changes) == ["first", "second"], "cut at \(cut)")
                #expect(contents.tornBytes == cut - good)
                #expect(contents.validLength == good)
                #expect(Self.size(path) == good, "the torn bytes are cut off")
                try journal.append(Self.bytes("after"))
            }
            let (_, again) = try StateJournal.open(directory: dir)
            #expect(Self.texts(again.changes) == ["first", "second", "after"], "cut at \(cut)")
            #expect(again.tornBytes == 0)
        }
    }

    @Test func aLastRecordFailingItsChecksumIsTornAnEarlierOneIsCorruption() throws {
        let dir = Self.directory()
        defer { Self.remove(dir) }
        let path = dir + "/journal"
        do {
            let (journal, _) = try StateJournal.open(directory: dir)
            for text in ["one", "two", "three"] { try journal.append(Self.bytes(text)) }
        }
        let whole = try Self.fileBytes(path)
        var lastDamaged = whole
        lastDamaged[whole.count - 1] ^= 0x01
        Self.overwrite(path, lastDamaged)
        let (_, contents) = try StateJournal.open(directory: dir)
        #expect(Self.texts(contents.changes) == ["one", "two"])
        #expect(contents.tornBytes == 24 + 5)

        var middleDamaged = whole
        middleDamaged[24 + 3 + 24] ^= 0x01       // the second record's payload
        Self.overwrite(path, middleDamaged)
        #expect(throws: JournalError.corrupt(offset: 27, "a checksum mismatch, and a valid record follows at 54")) {
            _ = try StateJournal.open(directory: dir)
        }
        #expect(try Self.fileBytes(path) == middleDamaged, "a corrupt journal is left as it is")
    }

    @Test func recordsOutOfSequenceOrALateSnapshotAreCorruption() throws {
        let one = JournalRecord(kind: .change, sequence: 1, payload: [0x61]).bytes
        let three = JournalRecord(kind: .change, sequence: 3, payload: [0x62]).bytes
        #expect(throws: JournalError.corrupt(offset: 25, "record 3 follows record 1")) {
            _ = try JournalScan.scan(one + three)
        }
        let snapshot = JournalRecord(kind: .snapshot, sequence: 2, payload: [0x63]).bytes
        #expect(throws: JournalError.corrupt(offset: 25, "a snapshot after the first record")) {
            _ = try JournalScan.scan(one + snapshot)
        }
        let foreign = Self.bytes("not a journal at all, and long enough for a header")
        let scan = try JournalScan.scan(foreign)
        #expect(scan.records.isEmpty && scan.tornBytes == foreign.count)
    }

    @Test func compactionKeepsTheStateAndTheSequence() throws {
        let dir = Self.directory()
        defer { Self.remove(dir) }
        let path = dir + "/journal"
        do {
            let (journal, _) = try StateJournal.open(directory: dir)
            journal.compactionThreshold = 100
            var appended = 0
            while !journal.wantsCompaction {
                try journal.append(Self.bytes("change \(appended)"))
                appended += 1
            }
            #expect(appended == 4, "four 32-byte records pass 100 bytes")
            try journal.compact(snapshot: Self.bytes("state after \(appended)"))
            #expect(!journal.wantsCompaction)
            #expect(journal.recordCount == 1)
            #expect(Self.size(path) == 24 + 13)
            try journal.append(Self.bytes("later"))
        }
        let (_, contents) = try StateJournal.open(directory: dir)
        #expect(contents.snapshot.map { String(decoding: $0, as: UTF8.self) } == "state after 4")
        #expect(Self.texts(contents.changes) == ["later"])
        let scan = try JournalScan.scan(try Self.fileBytes(path))
        #expect(scan.records.map(\.sequence) == [5, 6])
        #expect(Self.size(dir + "/journal.new") == -1)
    }

    @Test func oneDaemonPerStateDirectory() throws {
        let dir = Self.directory()
        defer { Self.remove(dir) }
        do {
            let (first, _) = try StateJournal.open(directory: dir)
            #expect(throws: JournalError.locked(dir)) { _ = try StateJournal.open(directory: dir) }
            try first.append([1])
        }
        let (_, contents) = try StateJournal.open(directory: dir)
        #expect(contents.changes == [[1]])
    }

    @Test func aMissingDirectoryIsAClearError() {
        #expect(throws: JournalError.system("open /nonexistent/iommud/lock", .ENOENT)) {
            _ = try StateJournal.open(directory: "/nonexistent/iommud")
        }
    }

    @Test func aChangeIsDurableBeforeAppendReturns() throws {
        let dir = Self.directory()
        defer { Self.remove(dir) }
        let log = Mutex<[String]>([])
        let base = SystemCalls.live
        var calls = base
        calls.pwrite = { fd, buffer, count, offset in
            log.withLock { $0.append("pwrite") }
            return base.pwrite(fd, buffer, count, offset)
        }
        calls.fsync = { fd in
            log.withLock { $0.append("fsync") }
            return base.fsync(fd)
        }
        let (journal, _) = try StateJournal.open(directory: dir, system: calls)
        log.withLock { $0.removeAll() }
        try journal.append(Self.bytes("durable"))
        #expect(log.withLock { $0 } == ["pwrite", "fsync"])
    }

    /// Fails the `n`th fail-able system call (from 0) once armed.
    final class Fault: Sendable {
        let target: Int
        let seen = Mutex(0)
        let armed = Mutex(false)
        init(_ target: Int) { self.target = target }
        var calls: SystemCalls {
            SystemCalls.failing(.live) { [self] in
                guard armed.withLock({ $0 }) else { return nil }
                let n = seen.withLock { (count: inout Int) -> Int in
                    defer { count += 1 }
                    return count
                }
                return n == target ? .EIO : nil
            }
        }
        var reached: Bool { seen.withLock { $0 } > target }
    }

    @Test func everyFailingCallOfAnAppendLeavesWhatWasAcknowledged() throws {
        var failed = 0
        for target in 0..<20 {
            let dir = Self.directory()
            defer { Self.remove(dir) }
            let fault = Fault(target)
            var acknowledged = ["before"]
            do {
                let (journal, _) = try StateJournal.open(directory: dir, system: fault.calls)
                try journal.append(Self.bytes("before"))
                fault.armed.withLock { $0 = true }
                do {
                    try journal.append(Self.bytes("the change"))
                    acknowledged.append("the change")
                } catch {
                    #expect(error.errno == .EIO)
                    failed += 1
                }
                fault.armed.withLock { $0 = false }
                try journal.append(Self.bytes("after"))
                acknowledged.append("after")
            }
            let (_, contents) = try StateJournal.open(directory: dir)
            #expect(Self.texts(contents.changes) == acknowledged, "failing call \(target)")
            if !fault.reached { break }
        }
        #expect(failed == 2, "the append's pwrite and fsync each failed once")
    }

    @Test func everyFailingCallOfACompactionKeepsTheState() throws {
        var failures: [String] = []
        for target in 0..<20 {
            let dir = Self.directory()
            defer { Self.remove(dir) }
            let fault = Fault(target)
            var threw = false
            var brokenAfter = false
            do {
                let (journal, _) = try StateJournal.open(directory: dir, system: fault.calls)
                try journal.append(Self.bytes("a"))
                try journal.append(Self.bytes("b"))
                fault.armed.withLock { $0 = true }
                do {
                    try journal.compact(snapshot: Self.bytes("a+b"))
                } catch {
                    threw = true
                    failures.append(error.description)
                    fault.armed.withLock { $0 = false }
                    do {
                        try journal.append(Self.bytes("c"))
                    } catch {
                        if case .broken = error { brokenAfter = true }
                    }
                }
            }
            let (_, contents) = try StateJournal.open(directory: dir)
            let state = (contents.snapshot.map { [String(decoding: $0, as: UTF8.self)] } ?? []) + Self.texts(contents.changes)
            if brokenAfter || !threw {
                #expect(state == ["a+b"], "failing call \(target)")
            } else {
                #expect(state == ["a", "b", "c"], "failing call \(target): the journal stays usable")
            }
            #expect(Self.size(dir + "/journal.new") == -1, "failing call \(target) leaves no temporary file")
            if !fault.reached { break }
        }
        #expect(failures.count == 6, "open, write, fsync, rename of the new file; open, fsync of the directory: \(failures)")
        #expect(failures.last?.hasPrefix("fsync /tmp/") == true)
    }

    @Test func everyFailingCallOfAnOpenLeavesTheJournalReadable() throws {
        var failed = 0
        for target in 0..<20 {
            let dir = Self.directory()
            defer { Self.remove(dir) }
            do {
                let (journal, _) = try StateJournal.open(directory: dir)
                try journal.append(Self.bytes("kept"))
                try journal.append(Self.bytes("torn"))
            }
            let path = dir + "/journal"
            let whole = try Self.fileBytes(path)
            Self.overwrite(path, Array(whole.dropLast(2)))
            let fault = Fault(target)
            fault.armed.withLock { $0 = true }
            do {
                _ = try StateJournal.open(directory: dir, system: fault.calls)
            } catch {
                #expect(error.errno == .EIO, "failing call \(target)")
                failed += 1
            }
            let (_, contents) = try StateJournal.open(directory: dir)
            #expect(Self.texts(contents.changes) == ["kept"], "failing call \(target)")
            if !fault.reached { break }
        }
        #expect(failed == 7, "open lock, flock, open journal, two preads, ftruncate, fsync")
    }
}
