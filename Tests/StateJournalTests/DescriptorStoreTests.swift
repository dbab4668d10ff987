#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix
import StateJournal
import Synchronization
import Testing

/// The fd store's side of systemd's protocol, against a datagram socket
/// standing in for systemd's: what is sent, with which descriptor, and what
/// a failing call leaves.
@Suite struct DescriptorStoreTests {
    /// A bound datagram socket in a fresh directory (systemd's side).
    final class Receiver {
        let directory = StateJournalTests.directory()
        var path: String { directory + "/notify" }
        let fd: Int32

        init() {
            fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            precondition(SystemCalls.live.bindUnix(fd, path) == 0, "bind")
        }

        /// The next message and the descriptors it carried (nil if none waits).
        func receive() -> (text: String, fds: [Int32])? {
            var bytes = [UInt8](repeating: 0, count: 4096)
            var fds = [Int32](repeating: -1, count: 8)
            var count: Int32 = 0
            var truncated: Int32 = 0
            let n = iommud_recv_with_fds(fd, &bytes, UInt(bytes.count), &fds, 8, &count, &truncated)
            guard n >= 0 else { return nil }
            return (String(decoding: bytes[..<n], as: UTF8.self), Array(fds[..<Int(count)]))
        }

        deinit {
            close(fd)
            unlink(path)
            rmdir(directory)
        }
    }

    /// A close-on-exec memfd (MFD_CLOEXEC is 1).
    static func memfd(_ name: String) -> Int32 { SystemCalls.live.memfdCreate(name, 1) }

    static func inode(_ fd: Int32) -> UInt {
        var status = stat()
        return fstat(fd, &status) == 0 ? UInt(status.st_ino) : 0
    }

    @Test func keepSendsTheDescriptorUnderItsNameAndForgetRemovesIt() throws {
        let receiver = Receiver()
        _ = fcntl(receiver.fd, F_SETFL, O_NONBLOCK)
        let memory = Self.memfd("kept")
        defer { close(memory) }
        let store = DescriptorStore(socketPath: receiver.path, inherited: [:], system: .live)
        try store.keep(memory, name: "memfd.ram")
        let stored = try #require(receiver.receive())
        #expect(stored.text == "FDSTORE=1\nFDNAME=state.memfd.ram")
        #expect(stored.fds.count == 1)
        #expect(stored.fds.first.map(Self.inode) == Self.inode(memory), "the same file, as a new descriptor")
        stored.fds.forEach { close($0) }
        try store.forget("memfd.ram")
        let removed = try #require(receiver.receive())
        #expect(removed.text == "FDSTOREREMOVE=1\nFDNAME=state.memfd.ram")
        #expect(removed.fds.isEmpty)
        #expect(receiver.receive() == nil)
    }

    @Test func passedBackDescriptorsAreTakenOnceAndTheRestClosed() {
        let a = Self.memfd("a")
        let b = Self.memfd("b")
        let store = DescriptorStore(socketPath: "/nonexistent", inherited: ["memfd.a": a, "memfd.b": b], system: .live)
        #expect(store.take("memfd.a") == a)
        #expect(store.take("memfd.a") == nil)
        close(a)
        let rest = store.closeRest()
        #expect(rest.map(\.name) == ["memfd.b"])
        #expect(fcntl(b, F_GETFD) == -1 && errno == EBADF, "closed")
        #expect(store.closeRest().isEmpty)
    }

    /// Each counted call (socket, sendmsg; a connect is never failed by
    /// `SystemCalls.failing`) failing: the errno comes back as the store's
    /// error, nothing is stored, and the next call works.
    @Test(arguments: [1, 2])
    func aFailingCallIsTheStoresError(nth: Int) throws {
        let receiver = Receiver()
        _ = fcntl(receiver.fd, F_SETFL, O_NONBLOCK)
        let count = Mutex(0)
        let failing = SystemCalls.failing(.live) {
            count.withLock { calls in
                calls += 1
                return calls == nth ? Errno(rawValue: ENOBUFS) : nil
            }
        }
        let store = DescriptorStore(socketPath: receiver.path, inherited: [:], system: failing)
        let memory = Self.memfd("kept")
        defer { close(memory) }
        do throws(JournalError) {
            try store.keep(memory, name: "memfd.ram")
            Issue.record("keep succeeded with call \(nth) failing")
        } catch {
            #expect(error.errno == Errno(rawValue: ENOBUFS), "\(error)")
        }
        #expect(receiver.receive() == nil, "nothing was stored")
        try store.keep(memory, name: "memfd.ram")
        let stored = try #require(receiver.receive())
        #expect(stored.text == "FDSTORE=1\nFDNAME=state.memfd.ram")
        stored.fds.forEach { close($0) }
    }
}
