import JSON
import QMP
import Testing

/// QEMU's `qmp/oob` behaviour: `exec-oob` overtakes queued in-band requests,
/// in-band requests run strictly in order (malformed ones and parse errors
/// included), and at most 8 wait in the queue.
@Suite struct OutOfBandTests {
    func oobSession() -> SessionHarness {
        let h = SessionHarness()
        #expect(h.request(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}"#) == ["return": [:]])
        return h
    }

    @Test func greetingOffersOOB() {
        #expect(SessionHarness().session.greeting["QMP"]?["capabilities"] == ["oob"])
    }

    @Test func outOfBandOvertakesHeldInBandRequests() {
        let h = oobSession()
        let rs = h.send("""
            {"execute": "x-oob-test", "arguments": {"lock": true}, "id": "lock"}
            {"execute": "query-version", "id": "in-1"}
            {"id": "err-2"}
            {"execute": "query-version", "id": 3,,}
            {"exec-oob": "query-version", "id": "oob-no"}
            {"execute": "query-commands", "id": "in-4"}
            {"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": "unlock"}
            """)
        #expect(rs.map { $0["id"] ?? "none" } == ["oob-no", "unlock", "lock", "in-1", "err-2", "none", "in-4"])
        #expect(errorOf(rs[0])?.desc == "The command query-version does not support OOB")
        #expect(rs[1] == ["return": [:], "id": "unlock"])
        #expect(errorOf(rs[4])?.desc == "QMP input lacks member 'execute'")
        #expect(errorOf(rs[5])?.desc.hasPrefix("JSON parse error") == true)
        #expect(rs[6]["return"] != nil)
    }

    @Test func nothingIsAnsweredWhileHeld() {
        let h = oobSession()
        #expect(h.send(#"{"execute": "x-oob-test", "arguments": {"lock": true}, "id": 1}"#).isEmpty)
        #expect(h.send(#"{"execute": "query-version", "id": 2}"#).isEmpty)
        #expect(h.session.isInBandHeld)
        #expect(h.session.queuedInBand == 1)
        let rs = h.send(#"{"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": 3}"#)
        #expect(rs.map { $0["id"] } == [3, 1, 2])
        #expect(!h.session.isInBandHeld)
    }

    @Test func atMostEightInBandRequestsQueueThenReadingPauses() {
        let h = oobSession()
        _ = h.send(#"{"execute": "x-oob-test", "arguments": {"lock": true}, "id": 0}"#)
        let request = #"{"execute": "query-version"} "#
        let text = Array(String(repeating: request, count: 12).utf8)
        var out: [UInt8] = []
        let consumed = text.withUnsafeBytes { h.session.receive($0, into: &out) }
        #expect(h.session.queuedInBand == QMPSession.maxQueuedInBand)
        #expect(h.session.isReadingPaused)
        #expect(consumed < text.count)
        #expect(consumed >= 8 * (request.utf8.count - 1))
        #expect(consumed <= 8 * request.utf8.count)
        #expect(out.isEmpty)
    }

    @Test func outOfBandLockHoldsTheQueueButAnswersAtOnce() {
        let h = oobSession()
        let rs = h.send(#"{"exec-oob": "x-oob-test", "arguments": {"lock": true}, "id": "l"}{"execute": "query-version", "id": "q"}"#)
        #expect(rs.map { $0["id"] } == ["l"])
        let after = h.send(#"{"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": "u"}"#)
        #expect(after.map { $0["id"] } == ["u", "q"])
    }

    @Test func withoutOOBEnabledExecOOBFailsAtOnceAheadOfTheQueue() {
        let h = SessionHarness()
        h.negotiate()
        let rs = h.send("""
            {"execute": "x-oob-test", "arguments": {"lock": true}, "id": 1}
            {"execute": "query-version", "id": 2}
            {"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": 3}
            """)
        #expect(rs.map { $0["id"] } == [3])
        #expect(errorOf(rs[0])?.desc == "QMP input member 'exec-oob' is unexpected")
        #expect(h.session.isInBandHeld)
    }
}
