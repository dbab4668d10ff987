// trace-demo: fires a fixed sequence of trace events through the generated
// Swift API, for `make trace-demo` and the end-to-end LTTng test
// (Tests/interop/test_tracing.py expects exactly this sequence).
//
//   trace-demo [--trace PATTERN]... [-D FILE]   fire the sequence once
//   trace-demo --bench N                        time N calls per case (ns/call)
//
// --trace enables events for the log backend (QEMU's `--trace`), which prints
// `name text` lines to stderr, or to FILE with -D. LTTng records the events
// whenever a session enables qemu:* (independent of --trace).

import Tracing

#if canImport(Glibc)
import Glibc
#endif

/// The sequence (one event of each field kind: decimal, hex, pointer, string, bool).
func fireDemoEvents() {
    let session = UnsafeRawPointer(bitPattern: 0x7f00_dead_b000)
    let buffer = UnsafeRawPointer(bitPattern: 0x7f12_3456_7000)
    Trace.iommu_backend_set_fd(fd: 5)
    Trace.iommufd_backend_connect(fd: 5, owned: false, users: 1)
    Trace.iommufd_backend_alloc_ioas(iommufd: 5, ioas: 2)
    Trace.iommufd_backend_map_dma(
        iommufd: 5, ioas: 2, iova: 0x10_0000, size: 0x2000, vaddr: buffer, readonly: true, ret: 0)
    Trace.iommufd_backend_unmap_dma_non_exist(iommufd: 5, ioas: 2, iova: 0x20_0000, size: 0x1000, ret: -1)
    Trace.iommufd_backend_alloc_hwpt(
        iommufd: 5, dev_id: 17, pt_id: 2, flags: 0x2, hwpt_type: 1, len: 64, data_ptr: 0x8000_0000_0000,
        out_hwpt_id: 7, ret: 0)
    Trace.iommufd_backend_alloc_viommu(iommufd: 5, dev_id: 17, type: 1, hwpt_id: 7, viommu_id: 8, ret: 0)
    Trace.iommufd_backend_get_device_info(
        iommufd: 5, dev_id: 17, data_len: 24, type: 1, caps: 0x1, max_pasid_log2: 20, ret: 0)
    Trace.iommufd_cdev_connect_and_bind(iommufd: 5, name: "0000:00:01.0", devfd: 9, devid: 17)
    Trace.iommufd_cdev_fail_attach_ioas_hwpt(iommufd: 5, name: "0000:00:01.0", devfd: 9, id: 99, ret: -2)
    Trace.iommufd_cdev_pci_hot_reset_dep_devices(domain: 0, bus: 0x3a, slot: 0, function: 1, dev_id: 17)
    Trace.vfio_legacy_dma_map(container: 11, iova: 0x4000, size: 0x1000, vaddr: buffer, flags: 0x3, ret: -17)
    Trace.handle_qmp_command(mon: session, req: #"{"execute": "query-version", "id": 1}"#)
    Trace.monitor_qmp_cmd_in_band(id: "1")
    Trace.monitor_qmp_respond(mon: session, json: #"{"return": {}, "id": 1}"#)
    Trace.iommufd_backend_free_id(iommufd: 5, id: 2, ret: 0)
    Trace.iommufd_backend_disconnect(fd: 5, users: 0)
}

func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Counts how often an argument expression is evaluated.
nonisolated(unsafe) var evaluations = 0

@inline(never)
func expensiveRequestText(_ i: Int) -> String {
    evaluations += 1
    return #"{"execute": "query-version", "id": "# + String(i) + "}"
}

/// ns per call of `body` over `n` iterations.
@inline(__always)
func measure(_ label: String, _ n: Int, _ body: (Int) -> Void) {
    let start = now()
    for i in 0..<n { body(i) }
    let ns = Double(now() - start) / Double(n)
    let rounded = (ns * 100).rounded() / 100
    print("\(label): \(rounded) ns/call")
}

func bench(_ n: Int) {
    let session = UnsafeRawPointer(bitPattern: 0x7f00_dead_b000)
    measure("map_dma (7 args)", n) { i in
        Trace.iommufd_backend_map_dma(
            iommufd: 3, ioas: 1, iova: UInt64(truncatingIfNeeded: i) << 12, size: 4096, vaddr: session,
            readonly: false, ret: 0)
    }
    measure("alloc_hwpt (9 args)", n) { i in
        Trace.iommufd_backend_alloc_hwpt(
            iommufd: 3, dev_id: 1, pt_id: 2, flags: 0, hwpt_type: 0, len: 0, data_ptr: 0,
            out_hwpt_id: UInt32(truncatingIfNeeded: i), ret: 0)
    }
    evaluations = 0
    measure("handle_qmp_command (String built per call)", n) { i in
        Trace.handle_qmp_command(mon: session, req: expensiveRequestText(i))
    }
    print("argument evaluations: \(evaluations) of \(n)")
}

var arguments = CommandLine.arguments.dropFirst()
var patterns: [String] = []
var logFile: String?
var benchCount: Int?
while let argument = arguments.popFirst() {
    switch argument {
    case "--trace" where !arguments.isEmpty:
        patterns.append(arguments.removeFirst())
    case "-D" where !arguments.isEmpty:
        logFile = arguments.removeFirst()
    case "--bench" where arguments.first.flatMap({ Int($0) }) != nil:
        benchCount = Int(arguments.removeFirst())
    default:
        print("usage: trace-demo [--trace PATTERN]... [-D FILE] [--bench N]")
        exit(2)
    }
}

if !patterns.isEmpty {
    let backend: TraceLogBackend
    if let logFile {
        do {
            backend = try TraceLogBackend(path: logFile)
        } catch {
            print("trace-demo: \(error)")
            exit(1)
        }
    } else {
        backend = TraceLogBackend()
    }
    TraceBackends.add(backend)
    for unmatched in TraceEvents.apply(patterns: patterns) {
        print("trace-demo: no trace event matches '\(unmatched)'")
    }
}

if let benchCount {
    bench(benchCount)
} else {
    fireDemoEvents()
}
