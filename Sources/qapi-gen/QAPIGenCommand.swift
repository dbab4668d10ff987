import ArgumentParser
import QAPIGen
import QAPISchema

#if canImport(Glibc)
import Glibc
#endif

/// `qapi-gen`: turns `schema/` into the Swift API, introspection data and the
/// QMP reference. Run from the repository root (`make gen` does).
@main
struct QAPIGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qapi-gen",
        abstract: "Generate iommud's QMP API from the QAPI schema.")

    @Option(name: .long, help: "The main schema file.")
    var schema = "schema/qapi-schema.json"

    @Option(name: .long, help: "Folder for generated Swift.")
    var swiftOutput = "Sources/QMPAPI/Generated"

    @Option(name: .long, help: "Path of the Markdown reference.")
    var docs = "docs/qmp-reference.md"

    @Option(name: .long, help: "Where to write the per-command trace events (qmp_enter_/qmp_exit_).")
    var traceEvents = "tracing/qapi-commands.trace-events"

    @Option(name: .long, help: "Where to write the Python client's generated module ('' for none).")
    var pythonClient = "clients/python/iommud_client/_generated.py"

    @Option(name: .long, help: "Where to write iommuctl's command help ('' for none).")
    var commandHelp = "Sources/iommuctl/Generated/CommandHelp.swift"

    @Option(name: .long, help: "Where to write the Swift client's generated half ('' for none).")
    var swiftClient = "Sources/IommudClient/Generated/IommudClient+Schema.swift"

    @Flag(name: .long, help: "Generate no command tracing (QEMU's --suppress-tracing).")
    var suppressTracing = false

    @Flag(name: .long, help: "Only compare with the files on disk; exit 1 on any difference.")
    var check = false

    func run() throws {
        let generator = QAPIGenerator(
            schemaPath: schema, swiftOutput: swiftOutput, docsOutput: docs,
            traceEventsOutput: suppressTracing ? nil : traceEvents, pythonClientOutput: pythonClient.isEmpty ? nil : pythonClient,
            commandHelpOutput: commandHelp.isEmpty ? nil : commandHelp,
            swiftClientOutput: swiftClient.isEmpty ? nil : swiftClient,
            swiftClientTestsOutput: swiftClient.isEmpty ? nil : "Tests/QMPServerTests/Generated/EveryCommand.swift")
        let files: [GeneratedFile]
        do {
            files = try generator.generate()
        } catch {
            FileHandleStderr.write("\(error)\n")
            throw ExitCode(1)
        }
        var stale: [String] = []
        for file in files {
            let current = try? readText(file.path)
            if current == file.contents { continue }
            if check {
                stale.append(file.path)
            } else {
                try writeText(file.path, file.contents)
                print("wrote \(file.path)")
            }
        }
        if check, !stale.isEmpty {
            FileHandleStderr.write("generated files differ from the schema: \(stale.joined(separator: ", "))\nrun 'make gen'\n")
            throw ExitCode(1)
        }
    }
}

enum FileHandleStderr {
    static func write(_ s: String) {
        let bytes = Array(s.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}

struct IOFailure: Error, CustomStringConvertible {
    var description: String
}

func readText(_ path: String) throws -> String {
    try SchemaParser.readFromDisk(path)
}

func writeText(_ path: String, _ text: String) throws {
    if let slash = path.lastIndex(of: "/") {
        var dir = ""
        for part in path[..<slash].split(separator: "/") {
            dir += (dir.isEmpty && !path.hasPrefix("/") ? "" : "/") + part
            mkdir(dir, 0o755)
        }
    }
    guard let f = fopen(path, "wb") else { throw IOFailure(description: "cannot write \(path)") }
    defer { fclose(f) }
    let bytes = Array(text.utf8)
    guard fwrite(bytes, 1, bytes.count, f) == bytes.count else { throw IOFailure(description: "short write to \(path)") }
}
