#if canImport(Glibc)
import Glibc
#endif
import JSON
import QMP
import Testing

/// Before these limits, a client could make the daemon hold any number of
/// descriptors: 10,000 `getfd` names were accepted, and fd sets grew without
/// bound. A refused request closes the descriptor it brought and changes nothing.
@Suite struct DescriptorLimitTests {
    func negotiated(_ limits: DescriptorLimits) -> SessionHarness {
        let h = SessionHarness(monitor: QMPMonitor(limits: limits))
        h.negotiate()
        return h
    }

    @Test func getfdOfANewNameBeyondTheLimitIsRefusedAndTheDescriptorClosed() {
        let h = negotiated(DescriptorLimits(namedPerMonitor: 2))
        let kept = [ProbePipe(), ProbePipe()]
        for (i, p) in kept.enumerated() {
            h.session.receiveDescriptors([p.readEnd])
            #expect(h.request(#"{"execute": "getfd", "arguments": {"fdname": "n\#(i)"}}"#) == ["return": [:]])
        }
        let extra = ProbePipe()
        h.session.receiveDescriptors([extra.readEnd])
        let r = h.request(#"{"execute": "getfd", "arguments": {"fdname": "n2"}}"#)
        #expect(errorOf(r)?.cls == "GenericError")
        #expect(errorOf(r)?.desc == "cannot name descriptor 'n2' on this monitor: the limit is 2 (iommud --max-named-fds)")
        #expect(extra.readEndClosed)
        #expect(h.session.monitor.names == ["n0", "n1"])
        #expect(kept.allSatisfy { !$0.readEndClosed })

        // Replacing a name keeps the count: allowed at the limit.
        let replacement = ProbePipe()
        h.session.receiveDescriptors([replacement.readEnd])
        #expect(h.request(#"{"execute": "getfd", "arguments": {"fdname": "n1"}}"#) == ["return": [:]])
        #expect(kept[1].readEndClosed)
        #expect(!replacement.readEndClosed)
        // A freed name makes room again.
        #expect(h.request(#"{"execute": "closefd", "arguments": {"fdname": "n0"}}"#) == ["return": [:]])
        let again = ProbePipe()
        h.session.receiveDescriptors([again.readEnd])
        #expect(h.request(#"{"execute": "getfd", "arguments": {"fdname": "n2"}}"#) == ["return": [:]])
        #expect(h.session.monitor.names == ["n1", "n2"])
    }

    @Test func addFdBeyondTheFdSetLimitIsRefusedAndChangesNothing() {
        let h = negotiated(DescriptorLimits(fdSets: 2, perFDSet: 8))
        let kept = [ProbePipe(), ProbePipe()]
        for p in kept {
            h.session.receiveDescriptors([p.readEnd])
            #expect(h.request(#"{"execute": "add-fd"}"#)["return"] != nil)
        }
        let before = h.request(#"{"execute": "query-fdsets"}"#)
        let extra = ProbePipe()
        h.session.receiveDescriptors([extra.readEnd])
        let r = h.request(#"{"execute": "add-fd", "arguments": {"fdset-id": 7}}"#)
        #expect(errorOf(r)?.cls == "GenericError")
        #expect(errorOf(r)?.desc == "cannot add fd set 7: the limit is 2 (iommud --max-fdsets)")
        #expect(extra.readEndClosed)
        #expect(h.request(#"{"execute": "query-fdsets"}"#) == before)
        // An existing set still takes descriptors.
        let more = ProbePipe()
        h.session.receiveDescriptors([more.readEnd])
        #expect(h.request(#"{"execute": "add-fd", "arguments": {"fdset-id": 1}}"#)["return"]?["fdset-id"] == 1)
        _ = h.request(#"{"execute": "remove-fd", "arguments": {"fdset-id": 0}}"#)
        _ = h.request(#"{"execute": "remove-fd", "arguments": {"fdset-id": 1}}"#)
    }

    @Test func addFdToAFullFdSetIsRefusedAndChangesNothing() {
        let h = negotiated(DescriptorLimits(fdSets: 4, perFDSet: 2))
        let kept = [ProbePipe(), ProbePipe()]
        for p in kept {
            h.session.receiveDescriptors([p.readEnd])
            #expect(h.request(#"{"execute": "add-fd", "arguments": {"fdset-id": 3}}"#)["return"]?["fdset-id"] == 3)
        }
        let before = h.request(#"{"execute": "query-fdsets"}"#)
        let extra = ProbePipe()
        h.session.receiveDescriptors([extra.readEnd])
        let r = h.request(#"{"execute": "add-fd", "arguments": {"fdset-id": 3, "opaque": "x"}}"#)
        #expect(errorOf(r)?.desc == "cannot add a descriptor to fd set 3: the limit is 2 (iommud --max-fds-per-fdset)")
        #expect(extra.readEndClosed)
        #expect(h.request(#"{"execute": "query-fdsets"}"#) == before)
        #expect(kept.allSatisfy { !$0.readEndClosed })
        _ = h.request(#"{"execute": "remove-fd", "arguments": {"fdset-id": 3}}"#)
    }

    @Test func theDefaultsAreDocumented() {
        let limits = DescriptorLimits()
        #expect(limits.namedPerMonitor == 64)
        #expect(limits.fdSets == 64)
        #expect(limits.perFDSet == 8)
    }
}
