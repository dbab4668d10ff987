import TraceGen
import Testing

/// Bad trace-events files: each `Fixtures/bad/NAME.trace-events` must fail
/// with exactly the diagnostic in `NAME.err` (`file:line: message`).
@Suite struct NegativeTraceEventsTests {
    static let directory = Paths.root + "/" + Paths.fixture("bad")

    static let cases: [String] = Paths.files(in: directory, suffix: ".err").map { String($0.dropLast(4)) }

    @Test(arguments: cases)
    func rejects(_ name: String) throws {
        var expected = try readTextFile(Self.directory + "/" + name + ".err")
        if expected.hasSuffix("\n") { expected.removeLast() }
        let text = try readTextFile(Self.directory + "/" + name + ".trace-events")
        #expect(throws: TraceDiagnostic.self) {
            _ = try TraceEventsParser().parse(text, file: name + ".trace-events")
        }
        do {
            _ = try TraceEventsParser().parse(text, file: name + ".trace-events")
        } catch {
            #expect(error.description == expected)
        }
    }

    @Test func everyDiagnosticHasACase() {
        #expect(Self.cases.count >= 35)
        for required in [
            "unknown-type", "too-many-args", "bad-property", "format-m", "format-trailing-newline",
            "mismatch-more-args", "mismatch-string", "duplicate-event",
        ] {
            #expect(Self.cases.contains(required))
        }
    }

    /// The generator reports the same diagnostic with the events file's path.
    @Test func generatorReportsFileAndLine() {
        let generator = TraceGenerator(eventsPath: "bad.trace-events")
        #expect(throws: TraceGenError.diagnostic(TraceDiagnostic(file: "bad.trace-events", line: 2, message: "unknown property 'vcpu' (the only property is 'disable')"))) {
            _ = try generator.generate(text: "# x\nvcpu test_x(int a) \"%d\"\n")
        }
        #expect(throws: TraceGenError.self) {
            _ = try TraceGenerator(eventsPath: "no/such/file").generate(root: Paths.root)
        }
    }
}
