/// One argument of a fired event, with the width and signedness of its C type.
public enum TraceValue: Sendable, Hashable {
    /// `int8_t`, `signed char`, `char`.
    case int8(Int8)
    /// `int16_t`, `short`.
    case int16(Int16)
    /// `int32_t`, `int`.
    case int32(Int32)
    /// `int64_t`, `long`, `long long`, `ssize_t`, `ptrdiff_t`.
    case int64(Int64)
    /// `uint8_t`, `unsigned char`.
    case uint8(UInt8)
    /// `uint16_t`, `unsigned short`.
    case uint16(UInt16)
    /// `uint32_t`, `unsigned`.
    case uint32(UInt32)
    /// `uint64_t`, `unsigned long`, `size_t`, `uintptr_t`.
    case uint64(UInt64)
    /// `bool`.
    case bool(Bool)
    /// `const char *`.
    case string(String)
    /// Any other pointer, as its address.
    case pointer(UInt)

    /// The value as C passes it through `...` (integers promoted to at least
    /// `int` with sign extension), widened to 64 bits; what a conversion reads.
    var bits: UInt64 {
        switch self {
        case .int8(let v): return UInt64(bitPattern: Int64(v))
        case .int16(let v): return UInt64(bitPattern: Int64(v))
        case .int32(let v): return UInt64(bitPattern: Int64(v))
        case .int64(let v): return UInt64(bitPattern: v)
        case .uint8(let v): return UInt64(v)
        case .uint16(let v): return UInt64(v)
        case .uint32(let v): return UInt64(v)
        case .uint64(let v): return v
        case .bool(let v): return v ? 1 : 0
        case .pointer(let v): return UInt64(v)
        case .string: return 0
        }
    }
}

/// The C type class of an event argument (what ``TraceValue`` case carries it).
public enum TraceValueType: Sendable, Hashable {
    /// Carried by the ``TraceValue`` case of the same name.
    case int8, int16, int32, int64, uint8, uint16, uint32, uint64, bool, string, pointer
}
