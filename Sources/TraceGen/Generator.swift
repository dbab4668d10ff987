#if canImport(Glibc)
import Glibc
import Posix
#endif

/// One file the generator writes, relative to the repository root.
public struct GeneratedTraceFile: Sendable, Equatable {
    /// Where the file goes, relative to the repository root.
    public var path: String
    /// Its full text.
    public var contents: String
}

/// Why generation failed.
public enum TraceGenError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The trace-events file could not be read.
    case unreadable(path: String, reason: String)
    /// The trace-events file has a bad line.
    case diagnostic(TraceDiagnostic)
    /// Two files define the same event.
    case duplicateAcrossFiles(name: String, first: String, second: String)

    /// The message for the user (`file:line: message` for a bad line).
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .diagnostic(let diagnostic): return diagnostic.description
        case .duplicateAcrossFiles(let name, let first, let second):
            return "\(second): duplicate event '\(name)' (first defined in \(first))"
        }
    }
}

/// The whole pipeline: trace-events file → parser (checks) → model → the LTTng
/// provider backend (C) and the Swift backend.
public struct TraceGenerator: Sendable {
    /// The trace-events file, relative to the repository root.
    public var eventsPath: String
    /// More trace-events files whose events follow the first file's (the
    /// per-command events qapi-gen writes). A name defined twice, in any
    /// files, is an error.
    public var extraEventsPaths: [String] = []
    /// The C target that holds the LTTng provider.
    public var cOutput: String
    /// The folder for the generated Swift (inside the `Tracing` module).
    public var swiftOutput: String

    /// Creates a generator; the defaults are the repository's own files.
    public init(
        eventsPath: String = "tracing/trace-events", cOutput: String = "Sources/CQemuTrace",
        swiftOutput: String = "Sources/Tracing/Generated"
    ) {
        self.eventsPath = eventsPath
        self.cOutput = cOutput
        self.swiftOutput = swiftOutput
    }

    /// The repository's own configuration: tracing/trace-events followed by
    /// the command events generated from the schema.
    public static let repository: TraceGenerator = {
        var g = TraceGenerator()
        g.extraEventsPaths = ["tracing/qapi-commands.trace-events"]
        return g
    }()

    /// The first line of every generated file.
    public var banner: String {
        "generated from \(([eventsPath] + extraEventsPaths).joined(separator: " and ")) — do not edit (run 'make gen')"
    }

    /// Reads the events files below `root` and generates every output file.
    public func generate(root: String = ".") throws(TraceGenError) -> [GeneratedTraceFile] {
        var texts: [(String, String)] = []
        for path in [eventsPath] + extraEventsPaths {
            do {
                texts.append((path, try readTextFile(path.hasPrefix("/") ? path : root + "/" + path)))
            } catch {
                throw .unreadable(path: path, reason: error.reason)
            }
        }
        return try generate(files: texts)
    }

    /// Generates every output file from the text of the events file.
    public func generate(text: String) throws(TraceGenError) -> [GeneratedTraceFile] {
        try generate(files: [(eventsPath, text)])
    }

    /// Generates every output file from several events files, in order.
    public func generate(files: [(path: String, text: String)]) throws(TraceGenError) -> [GeneratedTraceFile] {
        var events: [TraceEventDefinition] = []
        var definedIn: [String: String] = [:]
        for (path, text) in files {
            let parsed: [TraceEventDefinition]
            do {
                parsed = try TraceEventsParser().parse(text, file: path)
            } catch {
                throw .diagnostic(error)
            }
            for event in parsed {
                if let other = definedIn[event.name] {
                    throw .duplicateAcrossFiles(name: event.name, first: other, second: path)
                }
                definedIn[event.name] = path
            }
            events += parsed
        }
        let lttng = LTTngBackend(events: events, banner: banner)
        let swift = SwiftBackend(events: events, banner: banner)
        return [
            GeneratedTraceFile(path: cOutput + "/" + LTTngBackend.providerHeader, contents: lttng.providerHeaderText()),
            GeneratedTraceFile(path: cOutput + "/" + LTTngBackend.providerSource, contents: lttng.providerSourceText()),
            GeneratedTraceFile(path: cOutput + "/" + LTTngBackend.publicHeader, contents: lttng.publicHeaderText()),
            GeneratedTraceFile(path: swiftOutput + "/" + SwiftBackend.fileName, contents: swift.text()),
        ]
    }
}

/// A failed file operation, with `strerror`'s text.
public struct FileError: Error, Sendable {
    /// Why it failed.
    public var reason: String
}

/// Reads a whole file as UTF-8.
public func readTextFile(_ path: String) throws(FileError) -> String {
    do { return try readUTF8File(atPath: path) } catch { throw FileError(reason: error.message) }
}

/// Writes a whole file, creating missing parent folders.
public func writeTextFile(_ path: String, _ text: String) throws(FileError) {
    if let slash = path.lastIndex(of: "/") {
        var dir = path.hasPrefix("/") ? "" : "."
        for part in path[..<slash].split(separator: "/") {
            dir += "/" + part
            mkdir(dir, 0o755)
        }
    }
    guard let f = fopen(path, "wb") else { throw FileError(reason: String(cString: strerror(errno))) }
    defer { fclose(f) }
    let bytes = Array(text.utf8)
    guard fwrite(bytes, 1, bytes.count, f) == bytes.count else { throw FileError(reason: "short write") }
}
