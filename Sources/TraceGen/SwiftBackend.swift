/// The Swift API: `Trace.<name>(arg: …)` per event, with an inline enabled
/// check before any argument is evaluated, and the event table the runtime
/// registry is built from.
struct SwiftBackend {
    var events: [TraceEventDefinition]
    var banner: String

    /// File name of the generated Swift, inside the Swift output folder.
    static let fileName = "Trace+Events.swift"

    func text() -> String {
        var w = CWriter()
        w.line("// \(banner)")
        w.line()
        w.line("import CQemuTrace")
        w.line()
        w.line("extension Trace {")
        for (id, event) in events.enumerated() {
            if id > 0 { w.line() }
            emitFunction(&w, id: id, event: event)
        }
        w.line("}")
        w.line()
        w.line("extension TraceEventTable {")
        w.line("    /// Every event of the trace-events file in file order; the index is the event id.")
        w.line("    static let generated: [TraceEventDescriptor] = [")
        for (id, event) in events.enumerated() {
            let args = event.arguments.map { "(\(swiftString($0.name)), .\($0.type.valueCase))" }
            w.line("        TraceEventDescriptor(")
            w.line("            id: \(id), name: \(swiftString(event.name)), isAvailable: \(!event.isDisabled),")
            w.line("            format: \(swiftString(event.format.text)),")
            w.line("            arguments: [\(args.joined(separator: ", "))]),")
        }
        w.line("    ]")
        w.line("}")
        return w.text
    }

    private func emitFunction(_ w: inout CWriter, id: Int, event: TraceEventDefinition) {
        // QEMU's section markers (`# iommufd.c`) name a source file, not the event.
        let comment = event.comment.filter { !$0.isEmpty && !isSourceFileMarker($0) }
        for line in comment {
            w.line("    /// \(line)")
        }
        if !comment.isEmpty { w.line("    ///") }
        w.line("    /// `\(event.declaration)`")
        w.line("    ///")
        if event.isDisabled {
            w.line("    /// Compiled out (`disable`): does nothing and evaluates no argument.")
        } else {
            w.line("    /// Fires the LTTng tracepoint `qemu:\(event.name)` when a session records it, and")
            w.line("    /// the in-process backends when the event's state is enabled. The arguments")
            w.line("    /// are evaluated only then.")
        }
        let params = event.arguments.map { arg in
            "\(swiftIdentifier(arg.name)): @autoclosure () -> \(arg.type.swiftType)"
        }
        let signature = "public static func \(event.name)(\(params.joined(separator: ", ")))"
        w.line("    @inlinable @inline(__always)")
        if event.isDisabled {
            w.line("    \(signature) {}")
            return
        }
        w.line("    \(signature) {")
        w.line("        if _slowPath(qemu_trace_\(event.name)_enabled()) {")
        w.line("            _\(event.name)(\(event.arguments.map { "\(swiftIdentifier($0.name))()" }.joined(separator: ", ")))")
        w.line("        }")
        w.line("    }")
        w.line()
        let inner = event.arguments.map { "_ \(swiftIdentifier($0.name)): \($0.type.swiftType)" }
        w.line("    @usableFromInline @inline(never)")
        w.line("    static func _\(event.name)(\(inner.joined(separator: ", "))) {")
        w.line("        if qemu_trace_\(event.name)_ust_enabled() {")
        w.line("            qemu_trace_\(event.name)(\(event.arguments.map { swiftIdentifier($0.name) }.joined(separator: ", ")))")
        w.line("        }")
        w.line("        if qemu_trace_dstate_get(\(id)) {")
        let values = event.arguments.map { arg -> String in
            let name = swiftIdentifier(arg.name)
            switch arg.type.kind {
            case .pointer: return ".pointer(UInt(bitPattern: \(name)))"
            case .integer(let signed, let bits):
                let target = (signed ? "Int" : "UInt") + String(bits)
                return arg.type.swiftType == target ? ".\(arg.type.valueCase)(\(name))" : ".\(arg.type.valueCase)(\(target)(\(name)))"
            default: return ".\(arg.type.valueCase)(\(name))"
            }
        }
        w.line("            TraceBackends.emit(eventID: \(id), arguments: [\(values.joined(separator: ", "))])")
        w.line("        }")
        w.line("    }")
    }
}

/// Whether a comment line is a QEMU-style section marker such as `iommufd.c`
/// or `listener.c (dirty tracking only; …)`.
func isSourceFileMarker(_ line: String) -> Bool {
    let first = line.split(separator: " ").first.map(String.init) ?? ""
    return first.hasSuffix(".c") && first.allSatisfy { $0.isCIdentifierPart || $0 == "." || $0 == "-" }
}

/// Swift keywords that need backticks as identifiers.
private let swiftKeywords: Set<String> = [
    "as", "associatedtype", "break", "case", "catch", "class", "continue", "default", "defer", "deinit", "do",
    "else", "enum", "extension", "fallthrough", "false", "fileprivate", "for", "func", "guard", "if", "import",
    "in", "init", "inout", "internal", "is", "let", "nil", "operator", "private", "precedencegroup", "protocol",
    "public", "repeat", "rethrows", "return", "self", "Self", "static", "struct", "subscript", "super", "switch",
    "throw", "throws", "true", "try", "typealias", "var", "where", "while", "Any", "some", "any",
]

func swiftIdentifier(_ name: String) -> String {
    swiftKeywords.contains(name) ? "`\(name)`" : name
}

/// A Swift string literal denoting `s`.
func swiftString(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\t": out += "\\t"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7f {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
