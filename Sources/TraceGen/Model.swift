/// One event of a trace-events file, checked.
///
/// The line `[disable ]name(type arg, …) "format"` becomes a name, its
/// properties, typed arguments and a parsed format.
public struct TraceEventDefinition: Sendable, Hashable {
    /// The event name, e.g. `iommufd_backend_map_dma`; also the LTTng event name
    /// (`qemu:<name>`) and the Swift function name (`Trace.<name>`).
    public var name: String
    /// Whether the line has the `disable` property: the event exists in the
    /// registry (as `unavailable`) but is compiled out of every backend.
    public var isDisabled: Bool
    /// The arguments, in order (empty for `void`).
    public var arguments: [TraceArgument]
    /// The format, parsed.
    public var format: TraceFormat
    /// The 1-based line in the trace-events file.
    public var line: Int
    /// The `#` comment lines directly above the event, without the `#`.
    public var comment: [String]

    /// The line as QEMU writes it: `name(type arg, …) "format"`, with the
    /// `disable` property and the argument types in canonical spelling.
    public var declaration: String {
        let args = arguments.isEmpty ? "void" : arguments.map { "\($0.type.spelling.hasSuffix("*") ? $0.type.spelling : $0.type.spelling + " ")\($0.name)" }.joined(separator: ", ")
        return (isDisabled ? "disable " : "") + "\(name)(\(args)) \(format.source)"
    }
}

/// One argument of an event.
public struct TraceArgument: Sendable, Hashable {
    /// The argument name (a C identifier; also the Swift argument label and the LTTng field name).
    public var name: String
    /// The argument's C type.
    public var type: TraceType
}

/// A format string as written in trace-events and as the C string it denotes.
public struct TraceFormat: Sendable, Hashable {
    /// The format as written: adjacent string literals and `PRI…` macros,
    /// e.g. `" iommufd=%d iova=0x%"PRIx64`.
    public var source: String
    /// The C string it denotes on LP64 glibc (x86_64, aarch64): escapes decoded and
    /// `PRI…` macros expanded (`PRIx64` is `"lx"`), e.g. ` iommufd=%d iova=0x%lx`.
    public var text: String
    /// The conversions of `text` in order, without `%%`.
    public var conversions: [FormatConversion]
}

/// One `%…` conversion of a format.
public struct FormatConversion: Sendable, Hashable {
    /// The conversion as it appears in the expanded text, e.g. `%lx` or `%04x`.
    public var spelling: String
    /// The length modifier: `""`, `hh`, `h`, `l`, `ll`, `j`, `z` or `t`.
    public var length: String
    /// The conversion character: one of `d i u x X o c s p`.
    public var conversion: Character

    /// Whether the conversion prints hexadecimal (`%x`, `%X`, `PRIx…`) or a
    /// pointer (`%p`) — tracetool's test for an `integer_hex` LTTng field.
    public var isHex: Bool { conversion == "x" || conversion == "X" || conversion == "p" }

    /// Whether the conversion takes a 64-bit integer on LP64 (`l`, `ll`, `j`, `z`, `t`).
    var isWide: Bool { ["l", "ll", "j", "z", "t"].contains(length) }
}

/// A C type allowed in trace-events: standard integer types, fixed-size
/// integers, `bool`, `size_t`-like typedefs and pointers (structs go as `void *`).
public struct TraceType: Sendable, Hashable {
    /// What the type is, as far as the backends care.
    public enum Kind: Sendable, Hashable {
        /// An integer of `bits` width (on LP64), signed or not.
        case integer(signed: Bool, bits: Int)
        /// `bool`.
        case bool
        /// `char *` or `const char *`: a NUL-terminated string.
        case string
        /// Any other pointer (`void *`, `char **`, `uint8_t *`, …).
        case pointer
    }

    /// The canonical spelling: one space between words, `const` first, the
    /// stars after one space (`const char *`, `void *`, `unsigned long`).
    public var spelling: String
    /// The type's kind.
    public var kind: Kind
    /// The base words without `const` and stars (`["unsigned", "long"]`, `["char"]`).
    var baseWords: [String]
    /// Number of `*`.
    var stars: Int

    /// The spelling without `const` (what LTTng's `integer` fields take).
    public var unqualified: String {
        baseWords.joined(separator: " ") + (stars > 0 ? " " + String(repeating: "*", count: stars) : "")
    }

    /// The type of the C wrapper's parameter in the header Swift imports, which
    /// may only use `<stdint.h>` and `<stdbool.h>`: strings become `const char *`,
    /// other pointers `const void *`, `size_t`-like typedefs their LP64 builtin.
    public var wrapperType: String {
        switch kind {
        case .string: return "const char *"
        case .pointer: return "const void *"
        case .bool: return "bool"
        case .integer:
            switch baseWords {
            case ["size_t"]: return "unsigned long"
            case ["ssize_t"], ["ptrdiff_t"]: return "long"
            default: return baseWords.joined(separator: " ")
            }
        }
    }

    /// The Swift type the wrapper's parameter imports as (and the generated Swift API takes).
    public var swiftType: String {
        switch kind {
        case .string: return "String"
        case .pointer: return "UnsafeRawPointer?"
        case .bool: return "Bool"
        case .integer(let signed, let bits):
            switch baseWords {
            case ["char"]: return "CChar"
            case ["uintptr_t"], ["size_t"]: return "UInt"
            case ["ssize_t"], ["ptrdiff_t"]: return "Int"
            default: break
            }
            // C `long` imports as Int/UInt, `long long` and int64_t as Int64/UInt64.
            if bits == 64, baseWords.filter({ $0 == "long" }).count == 1 { return signed ? "Int" : "UInt" }
            return (signed ? "Int" : "UInt") + String(bits)
        }
    }

    /// The `TraceValue` case that carries a value of this type.
    public var valueCase: String {
        switch kind {
        case .string: return "string"
        case .pointer: return "pointer"
        case .bool: return "bool"
        case .integer(let signed, let bits): return (signed ? "int" : "uint") + String(bits)
        }
    }

    /// Words trace-events accepts in a type (QEMU's list: standard C and
    /// fixed-size integers; everything else must be passed as `void *`).
    static let allowedWords: Set<String> = [
        "int", "long", "short", "char", "bool", "unsigned", "signed", "void",
        "int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t", "uint32_t", "int64_t", "uint64_t",
        "size_t", "ssize_t", "uintptr_t", "ptrdiff_t",
    ]

    /// Typedef-like names that stand alone.
    static let namedTypes: [String: Kind] = [
        "bool": .bool,
        "int8_t": .integer(signed: true, bits: 8), "uint8_t": .integer(signed: false, bits: 8),
        "int16_t": .integer(signed: true, bits: 16), "uint16_t": .integer(signed: false, bits: 16),
        "int32_t": .integer(signed: true, bits: 32), "uint32_t": .integer(signed: false, bits: 32),
        "int64_t": .integer(signed: true, bits: 64), "uint64_t": .integer(signed: false, bits: 64),
        "size_t": .integer(signed: false, bits: 64), "ssize_t": .integer(signed: true, bits: 64),
        "uintptr_t": .integer(signed: false, bits: 64), "ptrdiff_t": .integer(signed: true, bits: 64),
    ]

    /// Why a type was rejected.
    enum Problem: Error {
        /// A word outside `allowedWords` (a struct, a typedef of the program, …).
        case notAllowed
        /// Allowed words in an impossible combination (`long char`, `void` without `*`).
        case invalid
    }

    /// Parses a type as written before the argument name (`const char*`,
    /// `unsigned int`, `void *`).
    static func parse(_ text: String) throws(Problem) -> TraceType {
        var words: [(word: String, afterStar: Bool)] = []
        var stars = 0
        var isConst = false
        var current = ""
        func flush() {
            if !current.isEmpty { words.append((current, stars > 0)); current = "" }
        }
        for ch in text {
            if ch == "*" {
                flush()
                stars += 1
            } else if ch == " " || ch == "\t" {
                flush()
            } else {
                current.append(ch)
            }
        }
        flush()
        var base: [String] = []
        for (word, afterStar) in words {
            if word == "const" {
                isConst = true
                continue
            }
            guard allowedWords.contains(word) else { throw .notAllowed }
            // `char * int` and the like: only `const` may follow a star.
            guard !afterStar else { throw .invalid }
            base.append(word)
        }
        guard !base.isEmpty else { throw .invalid }
        let spelling = (isConst ? "const " : "") + base.joined(separator: " ")
            + (stars > 0 ? " " + String(repeating: "*", count: stars) : "")
        if stars > 0 {
            // Any pointer is allowed as long as what it points to is a valid type.
            if base != ["void"] { _ = try scalarKind(base) }
            let kind: Kind = (base == ["char"] && stars == 1) ? .string : .pointer
            return TraceType(spelling: spelling, kind: kind, baseWords: base, stars: stars)
        }
        return TraceType(spelling: spelling, kind: try scalarKind(base), baseWords: base, stars: 0)
    }

    /// The kind of a non-pointer type made of `words` (without `const`).
    private static func scalarKind(_ words: [String]) throws(Problem) -> Kind {
        if words.count == 1, let named = namedTypes[words[0]] { return named }
        var signedness: Bool?
        var longs = 0
        var shorts = 0
        var chars = 0
        var ints = 0
        for word in words {
            switch word {
            case "signed", "unsigned":
                guard signedness == nil else { throw .invalid }
                signedness = word == "signed"
            case "long": longs += 1
            case "short": shorts += 1
            case "char": chars += 1
            case "int": ints += 1
            default: throw .invalid  // void, or a named type combined with others
            }
        }
        guard longs <= 2, shorts <= 1, chars <= 1, ints <= 1,
            shorts + chars <= 1, !(longs > 0 && shorts + chars > 0), !(chars > 0 && ints > 0)
        else { throw .invalid }
        let bits = chars > 0 ? 8 : shorts > 0 ? 16 : longs > 0 ? 64 : 32
        return .integer(signed: signedness ?? true, bits: bits)
    }
}
