// swift-tools-version:6.0
//
// iommud — a QMP management daemon for Linux IOMMUFD.
//
// Layers, bottom to top (imports flow one way, upwards). Every target
// declares each package module it imports (`make check` builds with
// --explicit-target-dependency-import-check error, so an undeclared import
// fails the build):
//
//   Posix             errno with names, the divertable system-call table
//   JSON              Swift values, QEMU's JSON lexer/streamer/parser, QEMU-compatible writer
//   StateJournal      --state-dir's journal: checksummed records, fsync before ack, torn tails, compaction
//   QAPISchema        schema language: parser -> checker -> model (no JSON runtime)
//   QAPIGen           generator backends over the model (Swift, introspection, docs)
//   QAPIRuntime       what generated code needs at run time (errors, decoding, tables)
//   QMPAPI            code generated from schema/ (committed, drift-checked)
//   QMP               the wire protocol: sessions, negotiation, request validation, dispatch
//   CSocketShims      C helpers for socket calls Swift cannot reach (accept4, signalfd, CMSG_*)
//   QMPServer         sockets: epoll loop, listeners, connections
//   CLinuxUAPI        <linux/iommufd.h> and <linux/vfio.h>, ioctl numbers as constants
//   LinuxKernel       the Kernel seam, typed ioctl requests, the host kernel
//   SimulatedKernel   a kernel in-process: same uapi bytes in, same errno out
//   IOMMUDBackend     command handlers (backend objects); knows no simulation
//   IOMMUDSimulation  the simulated kernel plugged in: kernel choice, --sim-topology, x-sim-*
//   iommud, iommuctl, qapi-gen   executables
//
// Tracing, beside the layers (any layer may import Tracing):
//
//   TraceGen          trace-events parser -> model -> backends (LTTng provider C, Swift API)
//   CQemuTrace        generated LTTng-UST 2.13 provider 'qemu' (C; links lttng-ust)
//   Tracing           generated Trace.<event>(...) API + registry, log and capture backends
//   trace-gen, trace-demo        executables
//
// Fuzzing, beside everything (make fuzz; docs/reliability.md, Fuzzing):
//
//   fuzz-*            one libFuzzer target each: LLVMFuzzerTestOneInput, no main
import PackageDescription

let package = Package(
    name: "iommud",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "iommud", targets: ["iommud"]),
        .executable(name: "iommuctl", targets: ["iommuctl"]),
        .executable(name: "vfio-user-probe", targets: ["vfio-user-probe"]),
        .library(name: "IommudClient", targets: ["IommudClient"]),
        .executable(name: "qapi-gen", targets: ["qapi-gen"]),
        .executable(name: "trace-gen", targets: ["trace-gen"]),
        .executable(name: "trace-demo", targets: ["trace-demo"]),
        .executable(name: "iommud-bench", targets: ["iommud-bench"]),
        .executable(name: "json-bench", targets: ["json-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // POSIX basics shared by the socket and kernel layers: errno, syscalls
        .target(name: "CPosix"),
        .target(name: "Posix", dependencies: ["CPosix", "CSocketShims"]),

        // JSON layer
        .target(name: "JSON"),
        // The state directory's journal (issue 21): opaque payloads, durable records.
        .target(name: "StateJournal", dependencies: ["Posix"]),

        // Schema language and generator
        .target(name: "QAPISchema", dependencies: ["Posix"]),
        .target(name: "QAPIGen", dependencies: ["QAPISchema", "JSON"]),
        .executableTarget(
            name: "qapi-gen",
            dependencies: ["QAPIGen", "QAPISchema", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Generated API and its runtime
        .target(name: "QAPIRuntime", dependencies: ["JSON"]),
        .target(name: "QMPAPI", dependencies: ["QAPIRuntime", "JSON", "Tracing"]),

        // Wire protocol and transport
        .target(name: "QMP", dependencies: ["QMPAPI", "QAPIRuntime", "JSON", "Posix", "Tracing"]),
        .target(name: "CSocketShims"),
        .target(name: "QMPServer", dependencies: ["QMP", "QMPAPI", "QAPIRuntime", "JSON", "CSocketShims", "Posix", "Tracing"]),

        // Kernel interface: uapi headers, typed ioctls, the host kernel
        .target(name: "CLinuxUAPI"),
        .target(name: "LinuxKernel", dependencies: ["CLinuxUAPI", "Posix", "Tracing"]),
        .target(name: "SimulatedKernel", dependencies: ["LinuxKernel", "CLinuxUAPI", "CPosix", "Posix"]),

        // Tracing: tracing/trace-events -> LTTng-UST provider + Swift API (make gen).
        // The provider's private header is found through headerSearchPath(".") (lttng's
        // tracepoint-event.h re-includes it by name); no LTTng header is public.
        .target(name: "TraceGen", dependencies: ["Posix"]),
        .executableTarget(
            name: "trace-gen",
            dependencies: ["TraceGen", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(
            name: "CQemuTrace",
            cSettings: [.headerSearchPath(".")],
            linkerSettings: [.linkedLibrary("lttng-ust"), .linkedLibrary("lttng-ust-common"), .linkedLibrary("dl")]),
        .target(name: "Tracing", dependencies: ["CQemuTrace"]),
        .executableTarget(name: "trace-demo", dependencies: ["Tracing"]),

        // In-process side of the benchmarks (make bench): typed ioctls on the simulated kernel.
        .executableTarget(name: "iommud-bench", dependencies: ["LinuxKernel", "SimulatedKernel", "CPosix"], path: "bench/iommud-bench"),
        // The JSON parser alone, per message (make bench; jsonc_bench.c is json-c's side).
        .executableTarget(name: "json-bench", dependencies: ["JSON"], path: "bench/json-bench"),

        // Backend objects
        .target(
            name: "IOMMUDBackend",
            dependencies: [
                "QMP", "QMPAPI", "QAPIRuntime", "JSON", "LinuxKernel", "Posix", "CPosix", "Tracing", "VFIOUser",
                "VFIOUserServer", "StateJournal",
            ]),

        // The simulated kernel plugged into the backend: kernel selection,
        // --sim-topology loading and the x-sim-* commands.
        .target(
            name: "IOMMUDSimulation",
            dependencies: [
                "IOMMUDBackend", "SimulatedKernel", "LinuxKernel", "QMP", "QMPAPI", "QAPIRuntime", "JSON", "Posix",
            ]),

        // Executables
        .executableTarget(
            name: "iommud",
            dependencies: [
                "QMPServer", "QMP", "IOMMUDBackend", "IOMMUDSimulation", "LinuxKernel", "Tracing", "VFIOUserServer",
                "StateJournal", "JSON", "Posix",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The vfio-user protocol: messages, framing, negotiation (issue 19).
        .target(name: "VFIOUser", dependencies: ["JSON"]),
        // A vfio-user export's socket and serving thread (peer rules shared with QMP's sockets).
        .target(name: "VFIOUserServer", dependencies: ["VFIOUser", "QMPServer", "CSocketShims", "Posix", "Tracing"]),
        .testTarget(name: "VFIOUserTests", dependencies: ["VFIOUser", "JSON"]),
        // A vfio-user client for tools and tests, and the probe built on it.
        .target(name: "VFIOUserClient", dependencies: ["VFIOUser", "CSocketShims"]),
        .executableTarget(name: "vfio-user-probe", dependencies: ["VFIOUserClient", "VFIOUser", "CSocketShims", "CPosix"]),
        // The Swift client library: its runtime and, generated from the
        // schema, its types and methods.
        .target(name: "IommudClient", dependencies: ["JSON", "CSocketShims"]),
        .executableTarget(
            name: "iommuctl",
            dependencies: ["JSON", "IommudClient", .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Code generated from the test schema that uses every schema feature
        // (committed like QMPAPI, drift-checked, and exercised by QAPISchemaTests).
        .target(name: "QAPITestAPI", dependencies: ["QAPIRuntime", "JSON"], path: "Tests/Support/QAPITestAPI"),

        // Tests, one target per layer
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(
            name: "QAPISchemaTests", dependencies: ["QAPISchema", "QAPIGen", "QAPITestAPI", "QAPIRuntime", "JSON"]),
        .testTarget(
            name: "QMPTests",
            dependencies: [
                "QMP", "QMPAPI", "IOMMUDBackend", "IOMMUDSimulation", "QAPIRuntime", "JSON", "QAPIGen", "QAPISchema",
                "Tracing",
            ]),
        .testTarget(
            name: "QMPServerTests",
            dependencies: [
                "QMPServer", "QMP", "QMPAPI", "IOMMUDBackend", "IOMMUDSimulation", "JSON", "Posix", "Tracing", "IommudClient",
            ]),
        .testTarget(
            name: "IOMMUDBackendTests",
            dependencies: [
                "IOMMUDBackend", "IOMMUDSimulation", "LinuxKernel", "SimulatedKernel", "QMP", "QAPIRuntime", "JSON",
                "Posix", "CPosix", "Tracing", "VFIOUser", "VFIOUserClient", "CSocketShims", "StateJournal",
            ]),
        .testTarget(name: "StateJournalTests", dependencies: ["StateJournal", "Posix", "CSocketShims"]),
        .testTarget(name: "LinuxKernelTests", dependencies: ["LinuxKernel", "CLinuxUAPI", "CPosix", "Posix"]),
        .testTarget(
            name: "TracingTests", dependencies: ["TraceGen", "Tracing", "CQemuTrace"], exclude: ["Fixtures"]),
        .testTarget(name: "KernelConformanceTests", dependencies: ["SimulatedKernel", "LinuxKernel", "CLinuxUAPI", "Posix", "Tracing"]),

        // Fuzz targets (make fuzz): libFuzzer's main comes with --sanitize=fuzzer;
        // an ordinary build links them with an empty main that does nothing.
        .executableTarget(name: "fuzz-json", dependencies: ["JSON"], path: "fuzz/fuzz-json"),
        .executableTarget(
            name: "fuzz-qmp-session",
            dependencies: ["IOMMUDBackend", "IOMMUDSimulation", "LinuxKernel", "Posix", "QMP", "SimulatedKernel", "Tracing"],
            path: "fuzz/fuzz-qmp-session"),
        .executableTarget(name: "fuzz-qapi-schema", dependencies: ["QAPISchema"], path: "fuzz/fuzz-qapi-schema"),
        .executableTarget(name: "fuzz-trace-events", dependencies: ["TraceGen"], path: "fuzz/fuzz-trace-events"),
        .executableTarget(
            name: "fuzz-sim-topology", dependencies: ["IOMMUDSimulation", "SimulatedKernel"], path: "fuzz/fuzz-sim-topology"),
        .executableTarget(
            name: "fuzz-sim-ioctl", dependencies: ["CLinuxUAPI", "LinuxKernel", "SimulatedKernel"], path: "fuzz/fuzz-sim-ioctl"),
        .executableTarget(name: "fuzz-vfio-user", dependencies: ["VFIOUser"], path: "fuzz/fuzz-vfio-user"),
    ]
)
