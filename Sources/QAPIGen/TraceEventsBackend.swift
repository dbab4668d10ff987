import QAPISchema

/// Writes the per-command trace events QEMU's QAPI generator writes to
/// `qapi-commands-<module>.trace-events`: for every command,
///
///     qmp_enter_<cmd>(const char *json) "%s"
///     qmp_exit_<cmd>(const char *result, bool succeeded) "%s %d"
///
/// with `-` in the command name mapped to `_`. trace-gen reads the file next
/// to tracing/trace-events; the dispatch table fires the events.
struct TraceEventsBackend {
    let schema: Schema
    let schemaPath: String

    /// The event name stem for a command (`query-version` → `query_version`).
    static func stem(_ command: String) -> String {
        String(command.map { $0 == "-" || $0 == "." ? "_" : $0 })
    }

    func generate() -> String {
        var out = "# Generated from \(schemaPath) by qapi-gen. Do not edit: change the schema and run 'make gen'.\n"
        out += "#\n# Entry and exit of every QMP command (QEMU's qapi-commands trace events):\n"
        out += "# enter gets the arguments as JSON, exit the result as JSON or the error text.\n"
        for c in schema.commands where c.gen {
            let s = Self.stem(c.name)
            out += "\n# \(c.name)\n"
            out += "qmp_enter_\(s)(const char *json) \"%s\"\n"
            out += "qmp_exit_\(s)(const char *result, bool succeeded) \"%s %d\"\n"
        }
        return out
    }
}
