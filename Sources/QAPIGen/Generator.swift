import JSON
import QAPISchema

/// One file the generator writes, relative to the repository root.
public struct GeneratedFile: Sendable, Equatable {
    public var path: String
    public var contents: String
}

/// The whole pipeline: parse → check → model → backends.
public struct QAPIGenerator: Sendable {
    /// Where the schema's main file is, relative to the repository root.
    public var schemaPath: String
    /// Folder for generated Swift.
    public var swiftOutput: String
    /// Path of the Markdown reference.
    public var docsOutput: String
    /// Configuration symbols for `'if'` conditions.
    public var defines: Set<String>
    /// Where to write the per-command trace events; `nil` suppresses command
    /// tracing altogether (QEMU's `--suppress-tracing`): no events file and no
    /// trace calls in the dispatch table.
    public var traceEventsOutput: String?
    /// Where to write the Python client's generated module; `nil` for none.
    public var pythonClientOutput: String?
    /// Where to write iommuctl's command help; `nil` for none.
    public var commandHelpOutput: String?
    /// Where to write the Swift client's generated half; `nil` for none.
    public var swiftClientOutput: String?
    /// Where to write the test helper calling every command through it.
    public var swiftClientTestsOutput: String?

    public init(
        schemaPath: String = "schema/qapi-schema.json", swiftOutput: String = "Sources/QMPAPI/Generated",
        docsOutput: String = "docs/qmp-reference.md", defines: Set<String> = QAPIGenerator.defaultDefines,
        traceEventsOutput: String? = nil, pythonClientOutput: String? = nil, commandHelpOutput: String? = nil,
        swiftClientOutput: String? = nil, swiftClientTestsOutput: String? = nil
    ) {
        self.schemaPath = schemaPath
        self.swiftOutput = swiftOutput
        self.docsOutput = docsOutput
        self.defines = defines
        self.traceEventsOutput = traceEventsOutput
        self.pythonClientOutput = pythonClientOutput
        self.commandHelpOutput = commandHelpOutput
        self.swiftClientOutput = swiftClientOutput
        self.swiftClientTestsOutput = swiftClientTestsOutput
    }

    /// The daemon's own configuration: schema/ into Sources/QMPAPI, with
    /// command tracing into tracing/qapi-commands.trace-events.
    public static let daemon = QAPIGenerator(
        traceEventsOutput: "tracing/qapi-commands.trace-events",
        pythonClientOutput: "clients/python/iommud_client/_generated.py",
        commandHelpOutput: "Sources/iommuctl/Generated/CommandHelp.swift",
        swiftClientOutput: "Sources/IommudClient/Generated/IommudClient+Schema.swift",
        swiftClientTestsOutput: "Tests/QMPServerTests/Generated/EveryCommand.swift")

    /// The configuration iommud is built for.
    public static let defaultDefines: Set<String> = ["CONFIG_LINUX", "CONFIG_POSIX", "CONFIG_IOMMUFD"]

    /// Errors from any stage.
    public enum Failure: Error, CustomStringConvertible {
        case schema(SchemaDiagnostic)
        case generator(GeneratorError)
        public var description: String {
            switch self {
            case .schema(let d): return d.description
            case .generator(let g): return g.description
            }
        }
    }

    /// Runs the pipeline with files read relative to `root`.
    public func generate(root: String = ".") throws(Failure) -> [GeneratedFile] {
        let schema: Schema
        do {
            schema = try SchemaChecker.load(path: schemaPath, defines: defines) { path in
                try SchemaParser.readFromDisk(root == "." || path.hasPrefix("/") ? path : root + "/" + path)
            }
        } catch {
            throw .schema(error)
        }
        return try generate(schema: schema)
    }

    /// Runs the backends on a checked schema.
    public func generate(schema: Schema) throws(Failure) -> [GeneratedFile] {
        let header = "// Generated from \(schemaPath) by qapi-gen. Do not edit: change the schema and run 'make gen'."
        var files: [GeneratedFile] = []
        do {
            for (name, text) in try SwiftBackend(schema: schema, header: header, traced: traceEventsOutput != nil).generate() {
                files.append(GeneratedFile(path: swiftOutput + "/" + name, contents: text))
            }
        } catch {
            throw .generator(error)
        }
        files.append(GeneratedFile(
            path: swiftOutput + "/QAPIIntrospection.swift",
            contents: IntrospectionBackend(schema: schema).swiftFile(header: header)))
        files.append(GeneratedFile(
            path: swiftOutput + "/QAPIKeyvalSchema.swift", contents: KeyvalBackend(schema: schema).swiftFile(header: header)))
        files.append(GeneratedFile(path: docsOutput, contents: MarkdownBackend(schema: schema, header: header).generate() + "\n"))
        if let swiftClientOutput {
            files.append(GeneratedFile(
                path: swiftClientOutput, contents: SwiftClientBackend(schema: schema, header: header).swiftFile()))
        }
        if let swiftClientTestsOutput {
            files.append(GeneratedFile(
                path: swiftClientTestsOutput,
                contents: SwiftClientBackend(schema: schema, header: header).everyCommandFile()))
        }
        if let commandHelpOutput {
            files.append(GeneratedFile(
                path: commandHelpOutput, contents: CommandHelpBackend(schema: schema, header: header).swiftFile()))
        }
        if let pythonClientOutput {
            files.append(GeneratedFile(
                path: pythonClientOutput, contents: PythonClientBackend(schema: schema, header: header).generate()))
        }
        if let traceEventsOutput {
            files.append(GeneratedFile(
                path: traceEventsOutput, contents: TraceEventsBackend(schema: schema, schemaPath: schemaPath).generate()))
        }
        return files
    }

    /// The introspection list for a checked schema (for tests and tools).
    public static func introspection(_ schema: Schema, unmask: Bool = false) -> [JSONValue] {
        IntrospectionBackend(schema: schema, unmask: unmask).build()
    }
}
