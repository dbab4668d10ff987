import IOMMUDBackend
import JSON
import QMP
import Testing
import IOMMUDSimulation

/// A read-only monitor (`--qmp ADDRESS,readonly=on`) runs only commands that
/// look; everything else is refused, changes nothing, and descriptors sent to
/// it are closed on arrival.
@Suite struct ReadOnlyMonitorTests {
    func readOnly() -> SessionHarness {
        let h = SessionHarness(monitor: QMPMonitor(readOnly: true))
        #expect(h.negotiate() == ["return": [:]])
        return h
    }

    static let refusedDesc = "Command object-add has been disabled: this monitor is read-only"

    @Test func queriesRunEverythingElseIsRefusedAndChangesNothing() {
        let h = readOnly()
        #expect(h.request(#"{"execute": "query-version"}"#)["return"]?["package"] != nil)
        let objects = h.request(#"{"execute": "qom-list", "arguments": {"path": "/objects"}}"#)
        #expect(objects["return"] != nil)
        let r = h.request(#"{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "x"}, "id": 7}"#)
        #expect(errorOf(r)?.cls == "GenericError")
        #expect(errorOf(r)?.desc == Self.refusedDesc)
        #expect(r["id"] == 7)
        #expect(h.request(#"{"execute": "qom-list", "arguments": {"path": "/objects"}}"#) == objects)
        #expect(h.request(#"{"execute": "qom-get", "arguments": {"path": "/objects", "property": "type"}}"#)
            == ["return": "container"])
        #expect(h.request(#"{"execute": "trace-event-get-state", "arguments": {"name": "qmp_enter_quit"}}"#)["return"] != nil)
        let set = h.request(#"{"execute": "trace-event-set-state", "arguments": {"name": "qmp_enter_quit", "enable": true}}"#)
        #expect(errorOf(set)?.desc == "Command trace-event-set-state has been disabled: this monitor is read-only")
    }

    @Test func quitAndTheOOBTestHookAreRefused() {
        let h = readOnly()
        #expect(errorOf(h.request(#"{"execute": "quit"}"#))?.desc == "Command quit has been disabled: this monitor is read-only")
        #expect(h.quits.value == 0)
        #expect(errorOf(h.request(#"{"execute": "x-oob-test", "arguments": {"lock": true}}"#)) != nil)
        #expect(!h.session.isInBandHeld)
    }

    @Test func unknownCommandsAndNegotiationKeepTheirErrors() {
        let h = SessionHarness(monitor: QMPMonitor(readOnly: true))
        let early = h.request(#"{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "x"}}"#)
        #expect(errorOf(early)?.cls == "CommandNotFound")
        #expect(errorOf(early)?.desc == "Expecting capabilities negotiation with 'qmp_capabilities'")
        h.negotiate()
        let unknown = h.request(#"{"execute": "no-such-command"}"#)
        #expect(errorOf(unknown)?.cls == "CommandNotFound")
        // Refused before the arguments are looked at.
        let bad = h.request(#"{"execute": "object-add", "arguments": {"bogus": 1}}"#)
        #expect(errorOf(bad)?.desc == Self.refusedDesc)
    }

    @Test func descriptorsAreClosedOnArrivalAndGetfdIsRefused() {
        let h = readOnly()
        let p = ProbePipe()
        h.session.receiveDescriptors([p.readEnd])
        #expect(p.readEndClosed)
        #expect(h.session.pendingDescriptorCount == 0)
        let r = h.request(#"{"execute": "getfd", "arguments": {"fdname": "x"}}"#)
        #expect(errorOf(r)?.desc == "Command getfd has been disabled: this monitor is read-only")
        #expect(errorOf(h.request(#"{"execute": "add-fd"}"#))?.desc == "Command add-fd has been disabled: this monitor is read-only")
        #expect(h.request(#"{"execute": "query-fdsets"}"#) == ["return": []])
        #expect(h.session.monitor.names.isEmpty)
    }

    @Test func queryCommandsListsWhatRunsTheSchemaStaysComplete() {
        let h = readOnly()
        let full = SessionHarness()
        full.negotiate()
        let listed = h.request(#"{"execute": "query-commands"}"#)["return"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        let all = full.request(#"{"execute": "query-commands"}"#)["return"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        // Every command is classified by the rule, so a new command is refused
        // on a read-only monitor unless it is a query.
        let expected = all.filter { $0.hasPrefix("query-") || ["qmp_capabilities", "qom-list", "qom-get", "trace-event-get-state"].contains($0) }
        #expect(Set(listed) == Set(expected))
        #expect(listed.contains("query-qmp-schema") && !listed.contains("object-add") && !listed.contains("getfd"))
        #expect(h.request(#"{"execute": "query-qmp-schema"}"#) == full.request(#"{"execute": "query-qmp-schema"}"#))
        // And every listed command really runs (no read-only refusal).
        for name in listed where name != "qmp_capabilities" {
            let r = h.request(#"{"execute": "\#(name)"}"#)
            #expect(errorOf(r)?.desc.contains("read-only") != true, "\(name) is listed but refused")
        }
    }

    @Test func jsonRPCOnAReadOnlyMonitor() {
        let rpc = JSONRPCSession(dispatcher: DaemonCommands.dispatcher(onQuit: {}), monitor: QMPMonitor(readOnly: true))
        func reply(_ text: String) -> JSONValue? {
            var values: [JSONValue] = []
            JSONStreamParser().feed(rpc.receive(text)) { if case .value(let v) = $0 { values.append(v) } }
            return values.first
        }
        #expect(reply(#"{"jsonrpc": "2.0", "method": "query-version", "id": 1}"#)?["result"]?["package"] != nil)
        let refused = reply(#"{"jsonrpc": "2.0", "method": "object-add", "params": {"qom-type": "iommufd", "id": "x"}, "id": 2}"#)
        #expect(refused?["error"] == [
            "code": -32000, "message": .string(Self.refusedDesc), "data": ["class": "GenericError"],
        ])
        let objects = reply(#"{"jsonrpc": "2.0", "method": "qom-list", "params": {"path": "/objects"}, "id": 3}"#)
        #expect(objects?["result"] == [["name": "type", "type": "string"]])
        let commands = reply(#"{"jsonrpc": "2.0", "method": "query-commands", "id": 4}"#)?["result"]?.arrayValue ?? []
        #expect(!commands.contains(["name": "quit"]))
        #expect(commands.contains(["name": "query-version"]))
    }
}
