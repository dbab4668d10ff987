/// The LTTng-UST 2.13 provider: a private provider header, the one C file that
/// creates the probes and defines the wrappers, and the public header Swift
/// imports (plain prototypes and `static inline` guards; no LTTng header).
///
/// The provider is always `qemu` and each event keeps its trace-events name, so
/// the full LTTng name is `qemu:<name>`, as with QEMU's `ust` backend. Events
/// with the `disable` property are left out.
struct LTTngBackend {
    var events: [TraceEventDefinition]
    var banner: String

    /// File name of the private provider header (`LTTNG_UST_TRACEPOINT_INCLUDE`).
    static let providerHeader = "qemu_tp.h"
    /// File name of the C file with `CREATE_PROBES`/`DEFINE` and the wrappers.
    static let providerSource = "qemu_tp.c"
    /// Path of the public header, relative to the C target.
    static let publicHeader = "include/qemu_trace.h"

    private var enabled: [(id: Int, event: TraceEventDefinition)] {
        events.enumerated().filter { !$0.element.isDisabled }.map { ($0.offset, $0.element) }
    }

    /// The LTTng field for one argument, by tracetool's rules: strings are
    /// `string`; a hex or `%p` conversion, or any pointer, gives `integer_hex`;
    /// every other integer (and `bool`) is `integer`.
    static func field(_ argument: TraceArgument, _ conversion: FormatConversion) -> String {
        let name = argument.name
        switch argument.type.kind {
        case .string:
            return "lttng_ust_field_string(\(name), \(name))"
        case .pointer:
            return "lttng_ust_field_integer_hex(\(argument.type.unqualified), \(name), \(name))"
        case .integer, .bool:
            let macro = conversion.isHex ? "lttng_ust_field_integer_hex" : "lttng_ust_field_integer"
            return "\(macro)(\(argument.type.unqualified), \(name), \(name))"
        }
    }

    func providerHeaderText() -> String {
        var w = CWriter()
        w.line("/* \(banner) */")
        w.line("/*")
        w.line(" * LTTng-UST provider 'qemu': one tracepoint per trace event that is not")
        w.line(" * 'disable'd, fields mapped as QEMU's tracetool maps them. Private to the C")
        w.line(" * target: only \(Self.providerSource) includes it, never anything Swift imports.")
        w.line(" */")
        w.line("#undef LTTNG_UST_TRACEPOINT_PROVIDER")
        w.line("#define LTTNG_UST_TRACEPOINT_PROVIDER qemu")
        w.line()
        w.line("#undef LTTNG_UST_TRACEPOINT_INCLUDE")
        w.line("#define LTTNG_UST_TRACEPOINT_INCLUDE \"\(Self.providerHeader)\"")
        w.line()
        w.line("#if !defined(QEMU_TP_H) || defined(LTTNG_UST_TRACEPOINT_HEADER_MULTI_READ)")
        w.line("#define QEMU_TP_H")
        w.line()
        w.line("#include <lttng/tracepoint.h>")
        w.line("#include <stdbool.h>")
        w.line("#include <stddef.h>")
        w.line("#include <stdint.h>")
        w.line("#include <sys/types.h>")
        for (_, event) in enabled {
            w.line()
            w.line("/* \(commentSafe(event.declaration)) */")
            w.line("LTTNG_UST_TRACEPOINT_EVENT(")
            w.line("    qemu,")
            w.line("    \(event.name),")
            let args = event.arguments.map { "\($0.type.spelling), \($0.name)" }.joined(separator: ", ")
            w.line("    LTTNG_UST_TP_ARGS(\(args)),")
            if event.arguments.isEmpty {
                w.line("    LTTNG_UST_TP_FIELDS()")
            } else {
                w.line("    LTTNG_UST_TP_FIELDS(")
                for (argument, conversion) in zip(event.arguments, event.format.conversions) {
                    w.line("        \(Self.field(argument, conversion))")
                }
                w.line("    )")
            }
            w.line(")")
        }
        w.line()
        w.line("#endif /* QEMU_TP_H */")
        w.line()
        w.line("/* Outside the include guard: tracepoint-event.h re-reads this header. */")
        w.line("#include <lttng/tracepoint-event.h>")
        return w.text
    }

    func providerSourceText() -> String {
        var w = CWriter()
        w.line("/* \(banner) */")
        w.line("/*")
        w.line(" * The one translation unit that creates the 'qemu' probes and defines the")
        w.line(" * tracepoints, plus the plain C wrappers Swift calls.")
        w.line(" */")
        w.line("#define LTTNG_UST_TRACEPOINT_CREATE_PROBES")
        w.line("#define LTTNG_UST_TRACEPOINT_DEFINE")
        w.line("#include \"\(Self.providerHeader)\"")
        w.line()
        w.line("#include \"qemu_trace.h\"")
        w.line()
        w.line("uint8_t qemu_trace_dstate[QEMU_TRACE_EVENT_COUNT];")
        for (_, event) in enabled {
            w.line()
            w.line("const volatile int *const qemu_trace_state_\(event.name) = &lttng_ust_tracepoint_qemu___\(event.name).state;")
            w.line()
            w.line("void qemu_trace_\(event.name)(\(wrapperParameters(event)))")
            w.line("{")
            let args = event.arguments.map { arg in
                arg.type.wrapperType == arg.type.spelling ? arg.name : "(\(arg.type.spelling))\(arg.name)"
            }
            w.line("    lttng_ust_tracepoint(\((["qemu", event.name] + args).joined(separator: ", ")));")
            w.line("}")
        }
        w.line()
        w.line("/* Events that are 'disable'd have no tracepoint: never recorded. */")
        w.line("static const volatile int qemu_trace_never_recorded = 0;")
        w.line()
        w.line("const volatile int *const qemu_trace_ust_state_by_id[QEMU_TRACE_EVENT_COUNT] = {")
        let available = Set(enabled.map(\.1.name))
        for event in events {
            let state = available.contains(event.name)
                ? "&lttng_ust_tracepoint_qemu___\(event.name).state" : "&qemu_trace_never_recorded"
            w.line("    \(state), /* \(event.name) */")
        }
        w.line("};")
        return w.text
    }

    func publicHeaderText() -> String {
        var w = CWriter()
        w.line("/* \(banner) */")
        w.line("/*")
        w.line(" * What Swift imports: plain wrappers around the 'qemu' tracepoints and")
        w.line(" * static inline guards. Only <stdbool.h> and <stdint.h>; no LTTng header")
        w.line(" * (those define constructors and hidden symbols that belong in one C file).")
        w.line(" *")
        w.line(" * qemu_trace_<name>_ust_enabled(): an LTTng session records qemu:<name>.")
        w.line(" * qemu_trace_<name>_enabled(): that, or the event's dynamic state is on")
        w.line(" * (QEMU's dstate: the in-process log and capture backends want it).")
        w.line(" */")
        w.line("#ifndef QEMU_TRACE_H")
        w.line("#define QEMU_TRACE_H")
        w.line()
        w.line("#include <stdbool.h>")
        w.line("#include <stdint.h>")
        w.line()
        w.line("/* Number of events in the trace-events file, 'disable'd ones included; ids are 0..<count. */")
        w.line("#define QEMU_TRACE_EVENT_COUNT \(max(events.count, 1))")
        w.line()
        w.line("/* Dynamic state per event id; read and written only through the two functions below. */")
        w.line("extern uint8_t qemu_trace_dstate[QEMU_TRACE_EVENT_COUNT];")
        w.line()
        w.line("static inline bool qemu_trace_dstate_get(uint32_t id)")
        w.line("{")
        w.line("    return __atomic_load_n(&qemu_trace_dstate[id], __ATOMIC_RELAXED) != 0;")
        w.line("}")
        w.line()
        w.line("static inline void qemu_trace_dstate_set(uint32_t id, bool on)")
        w.line("{")
        w.line("    __atomic_store_n(&qemu_trace_dstate[id], on ? 1 : 0, __ATOMIC_RELAXED);")
        w.line("}")
        w.line()
        w.line("/* Whether an LTTng session records the event with this id (for trace-event-get-state). */")
        w.line("extern const volatile int *const qemu_trace_ust_state_by_id[QEMU_TRACE_EVENT_COUNT];")
        w.line()
        w.line("static inline bool qemu_trace_ust_enabled_by_id(uint32_t id)")
        w.line("{")
        w.line("    return *qemu_trace_ust_state_by_id[id] != 0;")
        w.line("}")
        for (id, event) in enabled {
            w.line()
            w.line("/* \(id): \(commentSafe(event.declaration)) */")
            w.line("void qemu_trace_\(event.name)(\(wrapperParameters(event)));")
            w.line("extern const volatile int *const qemu_trace_state_\(event.name);")
            w.line()
            w.line("static inline bool qemu_trace_\(event.name)_ust_enabled(void)")
            w.line("{")
            w.line("    return __builtin_expect(*qemu_trace_state_\(event.name) != 0, 0);")
            w.line("}")
            w.line()
            w.line("static inline bool qemu_trace_\(event.name)_enabled(void)")
            w.line("{")
            w.line("    return __builtin_expect(*qemu_trace_state_\(event.name) != 0 || qemu_trace_dstate_get(\(id)), 0);")
            w.line("}")
        }
        w.line()
        w.line("#endif /* QEMU_TRACE_H */")
        return w.text
    }

    private func wrapperParameters(_ event: TraceEventDefinition) -> String {
        if event.arguments.isEmpty { return "void" }
        return event.arguments.map { arg in
            let type = arg.type.wrapperType
            return type.hasSuffix("*") ? "\(type)\(arg.name)" : "\(type) \(arg.name)"
        }.joined(separator: ", ")
    }
}

/// Text safe inside a C `/* */` comment.
func commentSafe(_ s: String) -> String {
    var out = ""
    var previous: Character = " "
    for c in s {
        if previous == "*" && c == "/" { out.append("\\") }
        out.append(c)
        previous = c
    }
    return out
}

/// Accumulates lines of generated text.
struct CWriter {
    private(set) var text = ""

    mutating func line(_ s: String = "") {
        text += s + "\n"
    }
}

extension TraceEventDefinition {
    /// The `LTTNG_UST_TP_FIELDS` entries of the event, one per argument.
    public var lttngFields: [String] {
        zip(arguments, format.conversions).map { LTTngBackend.field($0, $1) }
    }
}
