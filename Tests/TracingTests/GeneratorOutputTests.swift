import TraceGen
import Testing

/// Golden outputs (QEMU's `tests/tracetool/` idea) and drift of the committed
/// generated files.
@Suite struct GeneratorOutputTests {
    /// The generator for a golden fixture: `Fixtures/good/<name>/trace-events`
    /// with its expected output in `Fixtures/good/<name>/expected/`.
    /// `make gen` rewrites the expected files; review their diff.
    static func golden(_ name: String) -> TraceGenerator {
        let dir = Paths.fixture("good/\(name)")
        return TraceGenerator(eventsPath: dir + "/trace-events", cOutput: dir + "/expected", swiftOutput: dir + "/expected")
    }

    static func assertMatchesCommitted(_ generator: TraceGenerator) throws {
        let files = try generator.generate(root: Paths.root)
        #expect(files.count == 4)
        for file in files {
            let committed = try? readTextFile(Paths.root + "/" + file.path)
            #expect(committed == file.contents, "\(file.path) differs from a fresh generation; run 'make gen'")
        }
    }

    @Test(arguments: ["tracetool", "constructs"])
    func goldenOutput(_ name: String) throws {
        try Self.assertMatchesCommitted(Self.golden(name))
    }

    /// QEMU's two test events, field by field as tracetool maps them.
    @Test func tracetoolEventsMapLikeTracetool() throws {
        let files = try Self.golden("tracetool").generate(root: Paths.root)
        let provider = try #require(files.first { $0.path.hasSuffix("/qemu_tp.h") }).contents
        #expect(provider.contains("""
            LTTNG_UST_TRACEPOINT_EVENT(
                qemu,
                test_blah,
                LTTNG_UST_TP_ARGS(void *, context, const char *, filename),
                LTTNG_UST_TP_FIELDS(
                    lttng_ust_field_integer_hex(void *, context, context)
                    lttng_ust_field_string(filename, filename)
                )
            )
            """))
        #expect(provider.contains("""
                    lttng_ust_field_integer_hex(void *, context, context)
                    lttng_ust_field_integer(int, value, value)
            """))
        let source = try #require(files.first { $0.path.hasSuffix("/qemu_tp.c") }).contents
        #expect(source.contains("#define LTTNG_UST_TRACEPOINT_CREATE_PROBES\n#define LTTNG_UST_TRACEPOINT_DEFINE\n"))
        for file in files {
            #expect(file.contents.contains("generated from Tests/TracingTests/Fixtures/good/tracetool/trace-events — do not edit"))
        }
    }

    /// The public header may only include <stdbool.h> and <stdint.h>.
    @Test func publicHeaderIncludesNoLTTngHeader() throws {
        let files = try TraceGenerator.repository.generate(root: Paths.root)
        let header = try #require(files.first { $0.path == "Sources/CQemuTrace/include/qemu_trace.h" }).contents
        let includes = header.split(separator: "\n").filter { $0.hasPrefix("#include") }
        #expect(includes == ["#include <stdbool.h>", "#include <stdint.h>"])
    }

    @Test func committedFilesMatchTraceEvents() throws {
        let generator = TraceGenerator.repository
        try Self.assertMatchesCommitted(generator)
        #expect(try generator.generate(root: Paths.root).map(\.path) == [
            "Sources/CQemuTrace/qemu_tp.h",
            "Sources/CQemuTrace/qemu_tp.c",
            "Sources/CQemuTrace/include/qemu_trace.h",
            "Sources/Tracing/Generated/Trace+Events.swift",
        ])
        // Nothing stale is compiled with them.
        #expect(Paths.files(in: Paths.root + "/Sources/CQemuTrace") == ["qemu_tp.c", "qemu_tp.h"])
        #expect(Paths.files(in: Paths.root + "/Sources/CQemuTrace/include") == ["qemu_trace.h"])
        #expect(Paths.files(in: Paths.root + "/Sources/Tracing/Generated") == ["Trace+Events.swift"])
    }
}
