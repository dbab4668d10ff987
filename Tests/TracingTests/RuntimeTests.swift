import CQemuTrace
import Testing
import Tracing

#if canImport(Glibc)
import Glibc
#endif

/// The registry, the in-process backends and the generated API. Serialized:
/// the dynamic state is process-wide. Records are filtered by values no other
/// code uses (iommufd 12345), in case other suites fire the same events.
@Suite(.serialized) struct RuntimeTests {
    static let marker: Int32 = 12345

    @Test func registryListsEveryEventInFileOrder() throws {
        let all = TraceEvents.all
        #expect(all.count == Int(QEMU_TRACE_EVENT_COUNT))
        #expect(all.enumerated().allSatisfy { $0.offset == $0.element.id })
        #expect(all.first?.name == "iommufd_change_process")
        let mapDMA = try #require(TraceEvents.descriptor(named: "iommufd_backend_map_dma"))
        #expect(mapDMA.arguments.map(\.name) == ["iommufd", "ioas", "iova", "size", "vaddr", "readonly", "ret"])
        #expect(mapDMA.arguments.map(\.type) == [.int32, .uint32, .uint64, .uint64, .pointer, .bool, .int32])
        #expect(mapDMA.isAvailable)
        #expect(TraceEvents.descriptor(named: "monitor_protocol_event_queue")?.isAvailable == false)
    }

    @Test func getStateFollowsQEMU() throws {
        #expect(try TraceEvents.getState("iommufd_backend_map_dma") == [TraceEventInfo(name: "iommufd_backend_map_dma", state: .disabled)])
        // get-state reports unavailable events instead of failing.
        #expect(try TraceEvents.getState("monitor_protocol_event_handler") == [TraceEventInfo(name: "monitor_protocol_event_handler", state: .unavailable)])
        #expect(throws: TraceStateError.unknownEvent("no_such_event")) { try TraceEvents.getState("no_such_event") }
        // Only '*' makes a pattern: '?' alone is part of a (then unknown) name.
        #expect(throws: TraceStateError.unknownEvent("iommufd_backend_map_dm?")) {
            try TraceEvents.getState("iommufd_backend_map_dm?")
        }
        #expect(try TraceEvents.getState("no_such_*") == [])
        let unmaps = try TraceEvents.getState("iommufd_backend_unmap_dma*").map(\.name)
        #expect(unmaps == ["iommufd_backend_unmap_dma_non_exist", "iommufd_backend_unmap_dma"])
        #expect(try TraceEvents.getState("*").count == TraceEvents.all.count)
        #expect(try TraceEvents.getState("monitor_qmp_cmd_?n_band*").map(\.name) == ["monitor_qmp_cmd_in_band"])
        #expect(TraceStateError.unknownEvent("x").description == #"unknown event "x""#)
        #expect(TraceStateError.eventUnavailable("x").description == #"event "x" is disabled"#)
    }

    @Test func setStateFollowsQEMU() throws {
        try preservingStates {
            try TraceEvents.setState("vfio_legacy_group_*", enabled: true)
            #expect(!TraceEvents.isEnabled("vfio_group_put"))
            #expect(TraceEvents.isEnabled("vfio_legacy_group_get_status"))
            #expect(TraceEvents.isEnabled("vfio_legacy_group_unset_container"))
            #expect(!TraceEvents.isEnabled("vfio_legacy_set_iommu"))
            try TraceEvents.setState("vfio_legacy_group_get_status", enabled: false)
            #expect(!TraceEvents.isEnabled("vfio_legacy_group_get_status"))
            #expect(TraceEvents.isEnabled("vfio_legacy_group_set_container"))

            // An unavailable event, named or matched, is an error and changes nothing...
            #expect(throws: TraceStateError.eventUnavailable("monitor_protocol_event_handler")) {
                try TraceEvents.setState("monitor_protocol_event_handler", enabled: true)
            }
            #expect(throws: TraceStateError.eventUnavailable("monitor_protocol_event_handler")) {
                try TraceEvents.setState("monitor_protocol_*", enabled: true)
            }
            #expect(!TraceEvents.isEnabled("monitor_protocol_event_emit"))
            // ...unless ignored; then it is skipped.
            try TraceEvents.setState("monitor_protocol_*", enabled: true, ignoreUnavailable: true)
            #expect(TraceEvents.isEnabled("monitor_protocol_event_emit"))
            #expect(try TraceEvents.getState("monitor_protocol_event_queue").first?.state == .unavailable)
            #expect(throws: TraceStateError.unknownEvent("nope")) { try TraceEvents.setState("nope", enabled: true) }
            try TraceEvents.setState("nope*", enabled: true)  // a pattern that matches nothing is fine

            #expect(TraceEvents.apply(patterns: ["vfio_legacy_dma_*", "-vfio_legacy_dma_unmap", "bogus"]) == ["bogus"])
            #expect(TraceEvents.isEnabled("vfio_legacy_dma_map"))
            #expect(!TraceEvents.isEnabled("vfio_legacy_dma_unmap"))
        }
    }

    @Test func captureRecordsTypedArguments() throws {
        let capture = TraceCapture()
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }
        let saved = TraceStates.save()
        defer { saved.restore() }
        try TraceEvents.setState("iommufd_backend_map_dma", enabled: true)
        try TraceEvents.setState("iommufd_cdev_connect_and_bind", enabled: true)
        try TraceEvents.setState("iommufd_backend_unmap_dma", enabled: false)

        Trace.iommufd_backend_map_dma(
            iommufd: Self.marker, ioas: 2, iova: 0x10_0000, size: 0x2000,
            vaddr: UnsafeRawPointer(bitPattern: 0xabc000), readonly: true, ret: -1)
        Trace.iommufd_cdev_connect_and_bind(iommufd: Self.marker, name: "0000:00:01.0", devfd: 9, devid: 17)
        Trace.iommufd_backend_unmap_dma(iommufd: Self.marker, ioas: 2, iova: 0, size: 0, ret: 0)  // state off

        let records = capture.records.filter { $0.arguments.first == .int32(Self.marker) }
        #expect(records.map(\.name) == ["iommufd_backend_map_dma", "iommufd_cdev_connect_and_bind"])
        #expect(records.first?.arguments == [
            .int32(Self.marker), .uint32(2), .uint64(0x10_0000), .uint64(0x2000), .pointer(0xabc000), .bool(true), .int32(-1),
        ])
        #expect(records.first?.logLine == "iommufd_backend_map_dma  iommufd=12345 ioas=2 iova=0x100000 size=0x2000 addr=0xabc000 readonly=1 (-1)")
        #expect(records.last?.arguments == [.int32(Self.marker), .string("0000:00:01.0"), .int32(9), .int32(17)])
        #expect(capture.records(named: "iommufd_cdev_*").filter { $0.arguments.first == .int32(Self.marker) }.count == 1)

        TraceBackends.remove(capture)
        Trace.iommufd_backend_map_dma(iommufd: Self.marker, ioas: 3, iova: 0, size: 0, vaddr: nil, readonly: false, ret: 0)
        #expect(capture.records.filter { $0.arguments.first == .int32(Self.marker) }.count == 2)
        capture.clear()
        #expect(capture.records.isEmpty)
    }

    /// A disabled event never evaluates its arguments; an enabled one evaluates each once.
    @Test func argumentsAreEvaluatedOnlyWhenEnabled() throws {
        let counter = Counter()
        func expensive() -> String {
            counter.count += 1
            return "{\"execute\": \"query-version\"}"
        }
        let saved = TraceStates.save()
        defer { saved.restore() }
        let lttngRecords = qemu_trace_handle_qmp_command_ust_enabled()
        try TraceEvents.setState("handle_qmp_command", enabled: false)
        Trace.handle_qmp_command(mon: nil, req: expensive())
        if !lttngRecords {  // an LTTng session recording qemu:* on this machine would want it
            #expect(counter.count == 0)
        }
        // Disabled events (`disable`) never do.
        Trace.monitor_protocol_event_queue(event: { counter.count += 100; return 1 }(), qdict: nil, rate: 0)
        #expect(counter.count < 100)

        let capture = TraceCapture()
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }
        try TraceEvents.setState("handle_qmp_command", enabled: true)
        let before = counter.count
        let session = Counter()
        Trace.handle_qmp_command(mon: Trace.pointer(of: session), req: expensive())
        #expect(counter.count == before + 1)
        let record = try #require(capture.records(named: "handle_qmp_command").last)
        #expect(record.arguments == [.pointer(UInt(bitPattern: Trace.pointer(of: session))), .string("{\"execute\": \"query-version\"}")])
    }

    @Test func logBackendWritesQEMUsFormatToAFile() throws {
        let path = "/tmp/iommud-tracing-test-\(getpid()).log"
        defer { unlink(path) }
        let log = try TraceLogBackend(path: path)
        let saved = TraceStates.save()
        TraceBackends.add(log)
        try TraceEvents.setState("iommufd_backend_alloc_ioas", enabled: true)
        try TraceEvents.setState("iommufd_backend_connect", enabled: true)
        try TraceEvents.setState("iommufd_cdev_pci_hot_reset_dep_devices", enabled: true)
        try TraceEvents.setState("iommufd_backend_alloc_viommu", enabled: true)
        Trace.iommufd_backend_connect(fd: Self.marker, owned: true, users: 1)
        Trace.iommufd_backend_alloc_ioas(iommufd: Self.marker, ioas: 2)
        Trace.iommufd_cdev_pci_hot_reset_dep_devices(domain: 0, bus: 0x3a, slot: 0, function: 1, dev_id: Self.marker)
        Trace.iommufd_backend_alloc_viommu(iommufd: Self.marker, dev_id: 17, type: 1, hwpt_id: 7, viommu_id: 8, ret: 0)
        TraceBackends.remove(log)
        saved.restore()

        let lines = try readFile(path).split(separator: "\n").filter { $0.contains("12345") }
        #expect(lines == [
            "iommufd_backend_connect fd=12345 owned=1 users=1",
            "iommufd_backend_alloc_ioas  iommufd=12345 ioas=2",
            "iommufd_cdev_pci_hot_reset_dep_devices \t0000:3a:00.1 devid 12345",
            // QEMU's swapped labels: type= shows dev_id, dev_id= shows type.
            "iommufd_backend_alloc_viommu  iommufd=12345 type=17 dev_id=1 hwpt_id=7 viommu_id=8 (0)",
        ])
        #expect(throws: TraceLogError.self) { try TraceLogBackend(path: "/nonexistent/dir/log") }
    }

    @Test func globMatchesLikeGLib() {
        #expect(globMatch(pattern: "*", name: ""))
        #expect(globMatch(pattern: "a*c", name: "abbbc"))
        #expect(globMatch(pattern: "a*c", name: "ac"))
        #expect(!globMatch(pattern: "a*c", name: "acb"))
        #expect(globMatch(pattern: "a?c", name: "abc"))
        #expect(!globMatch(pattern: "a?c", name: "ac"))
        #expect(globMatch(pattern: "*_dma*", name: "iommufd_backend_unmap_dma_non_exist"))
        #expect(!globMatch(pattern: "IOMMUFD*", name: "iommufd_backend_map_dma"))  // case-sensitive
    }
}

/// The formatter against glibc's `vsnprintf`, conversion by conversion.
@Suite struct CFormatTests {
    static let cases: [(String, [TraceValue])] = [
        ("%d", [.int32(-5)]), ("%5d|%-5d|%05d", [.int32(42), .int32(42), .int32(-42)]), ("%+d % d", [.int32(7), .int32(7)]),
        ("%x %X %#x %#X %#x", [.int32(-1), .uint32(0xabc), .uint32(255), .uint32(255), .uint32(0)]),
        ("%o %#o %#o", [.uint32(8), .uint32(8), .uint32(0)]),
        ("%lx %lu %ld", [.uint64(0xdead_beef_cafe), .uint64(.max), .int64(.min)]),
        ("%u %d", [.uint32(4_000_000_000), .uint32(4_000_000_000)]),
        ("%hhx %hd %hhd", [.int32(0x1ff), .int32(70000), .uint8(200)]),
        ("%.3d|%.0d|%8.3x|%-8.3x|", [.int32(5), .int32(0), .uint32(0xa), .uint32(0xa)]),
        ("\t%04x:%02x:%02x.%x devid %d", [.int32(0), .int32(0x3a), .int32(0), .int32(1), .int32(17)]),
        ("%p %p|%20p|%-20p|", [.pointer(0x1234), .pointer(0), .pointer(0x7f00_dead_b000), .pointer(0x10)]),
        ("%s|%.2s|%-6s|%6s", [.string("abc"), .string("abc"), .string("ab"), .string("ab")]),
        ("%c%c", [.int32(65), .uint8(0x62)]), ("100%% %d%%", [.int32(5)]), ("%d %d", [.bool(true), .bool(false)]),
        ("%lld %llu %zu %zd %jd %td", [.int64(-1), .uint64(1), .uint64(2), .int64(-3), .int64(4), .int64(5)]),
        ("%i %hd %hhd", [.int16(-300), .int16(-2), .int8(-1)]), ("%s", [.string("héllo")]),
    ]

    static func reference(_ format: String, _ values: [TraceValue]) -> String {
        var strings: [UnsafeMutablePointer<CChar>] = []
        defer { strings.forEach { free($0) } }
        let args: [any CVarArg] = values.map { value -> any CVarArg in
            switch value {
            case .int8(let v): return Int32(v)
            case .int16(let v): return Int32(v)
            case .int32(let v): return v
            case .int64(let v): return v
            case .uint8(let v): return UInt32(v)
            case .uint16(let v): return UInt32(v)
            case .uint32(let v): return v
            case .uint64(let v): return v
            case .bool(let v): return Int32(v ? 1 : 0)
            case .pointer(let v): return v
            case .string(let s):
                guard let copy = strdup(s) else { return 0 }
                strings.append(copy)
                return copy
            }
        }
        var buffer = [CChar](repeating: 0, count: 512)
        _ = withVaList(args) { va in vsnprintf(&buffer, buffer.count, format, va) }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    @Test(arguments: 0..<cases.count)
    func matchesGlibc(_ index: Int) {
        let (format, values) = Self.cases[index]
        #expect(CFormat(format).format(values) == Self.reference(format, values), "\(format)")
    }

    @Test func missingArgumentsAndBadSpecsDoNotCrash() {
        #expect(CFormat("a=%d b=%d").format([.int32(1)]) == "a=1 b=%d")
        #expect(CFormat("%s").format([.int32(1)]) == "(invalid)")
        #expect(CFormat("%q %").format([]) == "%q %")
    }
}

/// The dynamic state of every event, to put back after a test changed some:
/// the state is process-wide, so tests restore what they touched instead of
/// turning everything off.
struct TraceStates {
    let enabled: [String: Bool]
    /// Other suites (other test targets too) change the same process-wide
    /// state; the lease keeps them out until ``restore()``.
    let lease: TraceStateLease

    static func save() -> TraceStates {
        let lease = TraceStateLease()
        return TraceStates(enabled: Dictionary(uniqueKeysWithValues: TraceEvents.all.map {
            ($0.name, TraceEvents.state(of: $0) == .enabled)
        }), lease: lease)
    }

    func restore() {
        for (name, on) in enabled where TraceEvents.isEnabled(name) != on {
            try? TraceEvents.setState(name, enabled: on)
        }
        lease.end()
    }
}

func preservingStates(_ body: () throws -> Void) rethrows {
    let saved = TraceStates.save()
    defer { saved.restore() }
    try body()
}

final class Counter: @unchecked Sendable {
    var count = 0
}

struct CannotOpen: Error {}

func readFile(_ path: String) throws -> String {
    guard let f = fopen(path, "rb") else { throw CannotOpen() }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
    }
    return String(decoding: bytes, as: UTF8.self)
}
