import JSON
import QMP
import Testing
import Tracing

/// The monitor's QEMU trace events (monitor/trace-events): every request is
/// traced as received, queued in band or run out of band, and every response
/// as sent; trace-event-get/set-state drive the log backend's state.
@Suite(.serialized) struct MonitorTraceTests {
    func withCapture(_ pattern: String, _ body: (TraceCapture) throws -> Void) throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let saved = Dictionary(uniqueKeysWithValues: TraceEvents.all.map { ($0.name, TraceEvents.state(of: $0) == .enabled) })
        defer { for (n, on) in saved where TraceEvents.isEnabled(n) != on { try? TraceEvents.setState(n, enabled: on) } }
        try TraceEvents.setState(pattern, enabled: true, ignoreUnavailable: true)
        let capture = TraceCapture()
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }
        try body(capture)
    }

    @Test func requestsAndResponsesAreTraced() throws {
        try withCapture("*") { capture in
            let h = SessionHarness()
            h.negotiate()
            _ = h.send(#"{"execute": "query-version", "id": "v"}{"exec-oob": "x-oob-test", "id": 2}{]"#)
            let me = UInt(bitPattern: Trace.pointer(of: h.session))
            let mine = capture.records.filter { r in
                r.arguments.contains(.pointer(me)) || r.name.hasPrefix("monitor_qmp_cmd") || r.name == "monitor_qmp_err_in_band"
                    || r.name == "monitor_qmp_in_band_dequeue"
            }
            let names = mine.map(\.name)
            #expect(names.filter { $0 == "handle_qmp_command" }.count == 3)
            #expect(names.contains("monitor_qmp_cmd_in_band"))
            #expect(names.contains("monitor_qmp_cmd_out_of_band"))
            #expect(names.contains("monitor_qmp_err_in_band"))
            let handled = mine.filter { $0.name == "handle_qmp_command" }.map(\.arguments.last)
            #expect(handled.contains(.string(#"{"execute": "query-version", "id": "v"}"#)))
            let responses = mine.filter { $0.name == "monitor_qmp_respond" }.compactMap { r -> String? in
                if case .string(let s)? = r.arguments.last { return s }
                return nil
            }
            #expect(responses.count == 4)
            #expect(responses.contains { $0.hasPrefix(#"{"return": {"qemu": "#) && $0.hasSuffix(#""id": "v"}"#) })
        }
    }

    /// QEMU's qapi-commands events: enter with the arguments as JSON, exit
    /// with the result as JSON (true) or the error text (false).
    @Test func everyCommandIsTracedOnEntryAndExit() throws {
        try withCapture("qmp_*") { capture in
            let h = SessionHarness()
            h.negotiate()
            _ = h.request(#"{"execute": "qom-list", "arguments": {"path": "/objects"}}"#)
            _ = h.request(#"{"execute": "object-del", "arguments": {"id": "nope-\#(UInt32.random(in: 0...UInt32.max))"}}"#)
            let records = capture.records.filter { $0.name.hasPrefix("qmp_") }
            let enter = records.last { $0.name == "qmp_enter_qom_list" }
            #expect(enter?.arguments == [.string(#"{"path": "/objects"}"#)])
            let exit = records.last { $0.name == "qmp_exit_qom_list" }
            #expect(exit?.arguments == [.string(#"[{"name": "type", "type": "string"}]"#), .bool(true)])
            let failed = records.last { $0.name == "qmp_exit_object_del" }
            if case .string(let text)? = failed?.arguments.first {
                #expect(text.hasPrefix("object 'nope-") && text.hasSuffix("' not found"))
            } else {
                Issue.record("no qmp_exit_object_del")
            }
            #expect(failed?.arguments.last == .bool(false))
            #expect(TraceEvents.descriptor(named: "qmp_enter_qmp_capabilities") != nil)
        }
    }

    @Test func getAndSetStateThroughQMP() throws {
        try withCapture("no_such_event_*") { _ in
            let h = SessionHarness()
            h.negotiate()
            #expect(h.request(#"{"execute": "trace-event-set-state", "arguments": {"name": "iommufd_backend_map_dma", "enable": true}}"#) == ["return": [:]])
            #expect(h.request(#"{"execute": "trace-event-get-state", "arguments": {"name": "iommufd_backend_map_dma"}}"#)
                == ["return": [["name": "iommufd_backend_map_dma", "state": "enabled", "ust-enabled": false]]])
            let unknown = h.request(#"{"execute": "trace-event-get-state", "arguments": {"name": "nope"}}"#)
            #expect(errorOf(unknown)?.desc == #"unknown event "nope""#)
            #expect(h.request(#"{"execute": "trace-event-get-state", "arguments": {"name": "nope*"}}"#) == ["return": []])
            let unavailable = h.request(#"{"execute": "trace-event-set-state", "arguments": {"name": "monitor_protocol_event_queue", "enable": true}}"#)
            #expect(errorOf(unavailable)?.desc == #"event "monitor_protocol_event_queue" is disabled"#)
            #expect(h.request(#"{"execute": "trace-event-get-state", "arguments": {"name": "monitor_protocol_event_queue"}}"#)
                == ["return": [["name": "monitor_protocol_event_queue", "state": "unavailable"]]])
            #expect(h.request(#"{"execute": "trace-event-set-state", "arguments": {"name": "monitor_protocol_*", "enable": true, "ignore-unavailable": true}}"#) == ["return": [:]])
        }
    }
}
