import ArgumentParser
import TraceGen

#if canImport(Glibc)
import Glibc
#endif

/// `trace-gen`: turns `tracing/trace-events` into the LTTng-UST provider
/// (`Sources/CQemuTrace`) and the Swift API (`Sources/Tracing/Generated`).
/// Run from the repository root (`make gen` does).
@main
struct TraceGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace-gen",
        abstract: "Generate iommud's LTTng-UST provider and Swift tracing API from trace-events.")

    @Option(name: .long, help: "A trace-events file (repeatable; events keep the files' order).")
    var events = ["tracing/trace-events", "tracing/qapi-commands.trace-events"]

    @Option(name: .long, help: "The C target for the LTTng provider.")
    var cOutput = "Sources/CQemuTrace"

    @Option(name: .long, help: "Folder for the generated Swift.")
    var swiftOutput = "Sources/Tracing/Generated"

    @Flag(name: .long, help: "Only compare with the files on disk; exit 1 on any difference.")
    var check = false

    func run() throws {
        guard let first = events.first else { throw ValidationError("--events needs at least one file") }
        var generator = TraceGenerator(eventsPath: first, cOutput: cOutput, swiftOutput: swiftOutput)
        generator.extraEventsPaths = Array(events.dropFirst())
        let files: [GeneratedTraceFile]
        do {
            files = try generator.generate()
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        var stale: [String] = []
        for file in files {
            if (try? readTextFile(file.path)) == file.contents { continue }
            if check {
                stale.append(file.path)
                continue
            }
            do {
                try writeTextFile(file.path, file.contents)
            } catch {
                printError("\(file.path): \(error.reason)")
                throw ExitCode(1)
            }
            print("wrote \(file.path)")
        }
        if !stale.isEmpty {
            printError("generated files differ from \(events.joined(separator: ", ")): \(stale.joined(separator: ", "))\nrun 'make gen'")
            throw ExitCode(1)
        }
    }
}

private func printError(_ s: String) {
    let bytes = Array((s + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
