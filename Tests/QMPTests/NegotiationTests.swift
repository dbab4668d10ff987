import JSON
import QMP
import Testing

@Suite struct NegotiationTests {
    @Test func greetingHasQEMUsShape() {
        let h = SessionHarness()
        let g = h.session.greeting
        #expect(g["QMP"]?["version"]?["qemu"]?["major"] == .int(IOMMUDVersion.major))
        #expect(g["QMP"]?["version"]?["package"] == .string("iommud \(IOMMUDVersion.string)"))
        #expect(g["QMP"]?["capabilities"] == ["oob"])
        let plain = SessionHarness(configuration: .init(offeredCapabilities: []))
        #expect(plain.session.greeting["QMP"]?["capabilities"] == [])
    }

    @Test(arguments: ["query-version", "query-commands", "quit", "no-such-command"])
    func everyOtherCommandFailsBeforeNegotiation(command: String) {
        let h = SessionHarness()
        let r = h.request(#"{"execute": "\#(command)", "id": 1}"#)
        #expect(errorOf(r)?.cls == "CommandNotFound")
        #expect(errorOf(r)?.desc == "Expecting capabilities negotiation with 'qmp_capabilities'")
        #expect(r["id"] == 1)
        #expect(h.quits.value == 0)
        #expect(!h.session.isNegotiated)
    }

    @Test func malformedRequestsAreStillCheckedFirst() {
        let h = SessionHarness()
        #expect(errorOf(h.request(#"{"id": 1}"#))?.desc == "QMP input lacks member 'execute'")
        #expect(errorOf(h.request(#"{"exec-oob": "qmp_capabilities"}"#))?.desc == "QMP input member 'exec-oob' is unexpected")
    }

    @Test func negotiationSucceedsOnceThenIsRefused() {
        let h = SessionHarness()
        #expect(h.request(#"{"execute": "qmp_capabilities", "id": 0}"#) == ["return": [:], "id": 0])
        #expect(h.session.isNegotiated)
        #expect(!h.session.oobEnabled)
        let again = h.request(#"{"execute": "qmp_capabilities"}"#)
        #expect(errorOf(again)?.cls == "CommandNotFound")
        #expect(errorOf(again)?.desc == "Capabilities negotiation is already complete, command ignored")
        #expect(h.request(#"{"execute": "query-version"}"#)["return"] != nil)
    }

    @Test func capabilityNotOfferedIsRefusedAndStateIsUnchanged() {
        let h = SessionHarness(configuration: .init(offeredCapabilities: []))
        let r = h.request(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}"#)
        #expect(errorOf(r)?.cls == "GenericError")
        #expect(errorOf(r)?.desc == "Capability oob not available")
        #expect(!h.session.isNegotiated)
        #expect(h.request(#"{"execute": "qmp_capabilities"}"#) == ["return": [:]])
    }

    @Test func offeredCapabilityIsEnabled() {
        let h = SessionHarness(configuration: .init(offeredCapabilities: [.oob]))
        #expect(h.request(#"{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}"#) == ["return": [:]])
        #expect(h.session.oobEnabled)
    }

    @Test(arguments: [
        (#"{"enable": ["oob", "turbo"]}"#, "Parameter 'enable[1]' does not accept value 'turbo'"),
        (#"{"enable": "oob"}"#, "Invalid parameter type for 'enable', expected: array"),
        (#"{"enable": [1]}"#, "Invalid parameter type for 'enable[0]', expected: string"),
        (#"{"enable": [], "also": 1}"#, "Parameter 'also' is unexpected"),
    ])
    func argumentsAreCheckedStrictly(arguments: String, desc: String) {
        let h = SessionHarness(configuration: .init(offeredCapabilities: [.oob]))
        let r = h.request(#"{"execute": "qmp_capabilities", "arguments": \#(arguments)}"#)
        #expect(errorOf(r)?.desc == desc)
        #expect(!h.session.isNegotiated)
    }
}
