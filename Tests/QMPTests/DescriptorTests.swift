#if canImport(Glibc)
import Glibc
#endif
import JSON
import QMP
import Testing

/// A connected socket pair: one end is handed to the daemon, the test keeps the
/// other to observe whether the daemon still holds (or has closed) its end.
final class ProbePipe {
    let readEnd: Int32
    private let writeEnd: Int32

    init() {
        var fds: [Int32] = [-1, -1]
        _ = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds)
        readEnd = fds[0]
        writeEnd = fds[1]
    }

    deinit { close(writeEnd) }

    /// Whether every copy of the daemon's end has been closed (a send then fails
    /// with EPIPE; MSG_NOSIGNAL keeps SIGPIPE away). Unlike checking the fd
    /// number, this cannot be fooled by the number being reused elsewhere.
    var readEndClosed: Bool {
        var byte: UInt8 = 0
        return send(writeEnd, &byte, 1, Int32(MSG_NOSIGNAL)) < 0 && errno == EPIPE
    }
}

@Suite struct DescriptorTests {
    func negotiated() -> SessionHarness {
        let h = SessionHarness()
        h.negotiate()
        return h
    }

    @Test func getfdWithoutADescriptorFails() {
        let h = negotiated()
        let r = h.request(#"{"execute": "getfd", "arguments": {"fdname": "x"}}"#)
        #expect(errorOf(r)?.desc == "No file descriptor supplied via SCM_RIGHTS")
    }

    @Test func getfdTakesTheFirstAndClosesTheRest() {
        let h = negotiated()
        let a = ProbePipe(), b = ProbePipe()
        h.session.receiveDescriptors([a.readEnd, b.readEnd])
        #expect(h.request(#"{"execute": "getfd", "arguments": {"fdname": "x"}}"#) == ["return": [:]])
        #expect(!a.readEndClosed)
        #expect(b.readEndClosed)
        #expect(h.session.monitor.names == ["x"])
        #expect(h.request(#"{"execute": "closefd", "arguments": {"fdname": "x"}}"#) == ["return": [:]])
        #expect(a.readEndClosed)
        #expect(h.session.monitor.names.isEmpty)
    }

    @Test func aNewBatchReplacesUnclaimedDescriptors() {
        let h = negotiated()
        let first = ProbePipe(), second = ProbePipe()
        h.session.receiveDescriptors([first.readEnd])
        h.session.receiveDescriptors([second.readEnd])
        #expect(first.readEndClosed)
        #expect(!second.readEndClosed)
        h.session.reset()  // a disconnect closes what is still pending
        #expect(second.readEndClosed)
    }

    @Test func namesMustNotStartWithADigitAndTheDescriptorIsClosed() {
        let h = negotiated()
        let p = ProbePipe()
        h.session.receiveDescriptors([p.readEnd])
        let r = h.request(#"{"execute": "getfd", "arguments": {"fdname": "1st"}}"#)
        #expect(errorOf(r)?.desc == "Parameter 'fdname' expects a name not starting with a digit")
        #expect(p.readEndClosed)
        #expect(h.session.monitor.names.isEmpty)
    }

    @Test func reusingANameClosesTheOldDescriptor() {
        let h = negotiated()
        let old = ProbePipe(), new = ProbePipe()
        h.session.receiveDescriptors([old.readEnd])
        _ = h.request(#"{"execute": "getfd", "arguments": {"fdname": "n"}}"#)
        h.session.receiveDescriptors([new.readEnd])
        _ = h.request(#"{"execute": "getfd", "arguments": {"fdname": "n"}}"#)
        #expect(old.readEndClosed)
        #expect(!new.readEndClosed)
        _ = h.request(#"{"execute": "closefd", "arguments": {"fdname": "n"}}"#)
        #expect(new.readEndClosed)
    }

    @Test func closefdOfAnUnknownName() {
        let h = negotiated()
        let r = h.request(#"{"execute": "closefd", "arguments": {"fdname": "nope"}}"#)
        #expect(errorOf(r)?.desc == "File descriptor named 'nope' not found")
    }

    @Test func namedDescriptorsOutliveTheSessionOnTheSameMonitor() {
        let h = negotiated()
        let p = ProbePipe()
        h.session.receiveDescriptors([p.readEnd])
        _ = h.request(#"{"execute": "getfd", "arguments": {"fdname": "kept"}}"#)
        h.session.reset()
        #expect(!p.readEndClosed)
        let later = QMPSession(dispatcher: h.session.dispatcher, monitor: h.session.monitor)
        _ = later.receive(#"{"execute": "qmp_capabilities"}"#)
        _ = later.receive(#"{"execute": "closefd", "arguments": {"fdname": "kept"}}"#)
        #expect(p.readEndClosed)
    }

    @Test func fdSetsAddListAndRemove() {
        let h = negotiated()
        let a = ProbePipe(), b = ProbePipe(), c = ProbePipe()
        h.session.receiveDescriptors([a.readEnd])
        let first = h.request(#"{"execute": "add-fd", "arguments": {"opaque": "rw"}}"#)
        #expect(first["return"]?["fdset-id"] == 0)
        #expect(first["return"]?["fd"] == .int(Int64(a.readEnd)))
        h.session.receiveDescriptors([b.readEnd])
        #expect(h.request(#"{"execute": "add-fd", "arguments": {"fdset-id": 5}}"#)["return"]?["fdset-id"] == 5)
        h.session.receiveDescriptors([c.readEnd])
        #expect(h.request(#"{"execute": "add-fd"}"#)["return"]?["fdset-id"] == 1)  // lowest unused

        let sets = h.request(#"{"execute": "query-fdsets"}"#)["return"]
        #expect(sets?.arrayValue?.map { $0["fdset-id"] } == [0, 1, 5])
        #expect(sets?.arrayValue?.first?["fds"] == [["fd": .int(Int64(a.readEnd)), "opaque": "rw"]])

        let missing = h.request(#"{"execute": "remove-fd", "arguments": {"fdset-id": 0, "fd": 999}}"#)
        #expect(errorOf(missing)?.desc == "File descriptor named 'fdset-id:0, fd:999' not found")
        #expect(errorOf(h.request(#"{"execute": "remove-fd", "arguments": {"fdset-id": 7}}"#))?.desc == "File descriptor named 'fdset-id:7' not found")
        #expect(!a.readEndClosed)

        #expect(h.request(#"{"execute": "remove-fd", "arguments": {"fdset-id": 0, "fd": \#(a.readEnd)}}"#) == ["return": [:]])
        #expect(a.readEndClosed)
        #expect(h.request(#"{"execute": "remove-fd", "arguments": {"fdset-id": 5}}"#) == ["return": [:]])
        #expect(b.readEndClosed)
        #expect(h.request(#"{"execute": "query-fdsets"}"#)["return"]?.arrayValue?.map { $0["fdset-id"] } == [1])
        _ = h.request(#"{"execute": "remove-fd", "arguments": {"fdset-id": 1}}"#)
        #expect(c.readEndClosed)
    }

    @Test func negativeFdSetIDIsRefusedAndTheDescriptorClosed() {
        let h = negotiated()
        let p = ProbePipe()
        h.session.receiveDescriptors([p.readEnd])
        let r = h.request(#"{"execute": "add-fd", "arguments": {"fdset-id": -1}}"#)
        #expect(errorOf(r)?.desc == "Parameter 'fdset-id' expects a non-negative value")
        #expect(p.readEndClosed)
    }
}
