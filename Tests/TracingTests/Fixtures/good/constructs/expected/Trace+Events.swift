// generated from Tests/TracingTests/Fixtures/good/constructs/trace-events — do not edit (run 'make gen')

import CQemuTrace

extension Trace {
    /// A format made of several literals and PRI macros, starting with a space.
    ///
    /// `test_hex(uint64_t addr, uint32_t flags, int ret) " addr=0x%"PRIx64" flags=0x%x (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:test_hex` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func test_hex(addr: @autoclosure () -> UInt64, flags: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_test_hex_enabled()) {
            _test_hex(addr(), flags(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _test_hex(_ addr: UInt64, _ flags: UInt32, _ ret: Int32) {
        if qemu_trace_test_hex_ust_enabled() {
            qemu_trace_test_hex(addr, flags, ret)
        }
        if qemu_trace_dstate_get(0) {
            TraceBackends.emit(eventID: 0, arguments: [.uint64(addr), .uint32(flags), .int32(ret)])
        }
    }

    /// No arguments.
    ///
    /// `test_void(void) ""`
    ///
    /// Fires the LTTng tracepoint `qemu:test_void` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func test_void() {
        if _slowPath(qemu_trace_test_void_enabled()) {
            _test_void()
        }
    }

    @usableFromInline @inline(never)
    static func _test_void() {
        if qemu_trace_test_void_ust_enabled() {
            qemu_trace_test_void()
        }
        if qemu_trace_dstate_get(1) {
            TraceBackends.emit(eventID: 1, arguments: [])
        }
    }

    /// Spellings tracetool accepts: char* without a space, unsigned long, bool, a tab.
    ///
    /// `test_types(const char *name, char *label, unsigned long start, bool on, uint8_t small, size_t len) "\t%s %s start=%ld on=%d small=%u len=%zu"`
    ///
    /// Fires the LTTng tracepoint `qemu:test_types` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func test_types(name: @autoclosure () -> String, label: @autoclosure () -> String, start: @autoclosure () -> UInt, on: @autoclosure () -> Bool, small: @autoclosure () -> UInt8, len: @autoclosure () -> UInt) {
        if _slowPath(qemu_trace_test_types_enabled()) {
            _test_types(name(), label(), start(), on(), small(), len())
        }
    }

    @usableFromInline @inline(never)
    static func _test_types(_ name: String, _ label: String, _ start: UInt, _ on: Bool, _ small: UInt8, _ len: UInt) {
        if qemu_trace_test_types_ust_enabled() {
            qemu_trace_test_types(name, label, start, on, small, len)
        }
        if qemu_trace_dstate_get(2) {
            TraceBackends.emit(eventID: 2, arguments: [.string(name), .string(label), .uint64(UInt64(start)), .bool(on), .uint8(small), .uint64(UInt64(len))])
        }
    }

    /// Compiled out.
    ///
    /// `disable test_off(int x) "x=%d"`
    ///
    /// Compiled out (`disable`): does nothing and evaluates no argument.
    @inlinable @inline(__always)
    public static func test_off(x: @autoclosure () -> Int32) {}
}

extension TraceEventTable {
    /// Every event of the trace-events file in file order; the index is the event id.
    static let generated: [TraceEventDescriptor] = [
        TraceEventDescriptor(
            id: 0, name: "test_hex", isAvailable: true,
            format: " addr=0x%lx flags=0x%x (%d)",
            arguments: [("addr", .uint64), ("flags", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 1, name: "test_void", isAvailable: true,
            format: "",
            arguments: []),
        TraceEventDescriptor(
            id: 2, name: "test_types", isAvailable: true,
            format: "\t%s %s start=%ld on=%d small=%u len=%zu",
            arguments: [("name", .string), ("label", .string), ("start", .uint64), ("on", .bool), ("small", .uint8), ("len", .uint64)]),
        TraceEventDescriptor(
            id: 3, name: "test_off", isAvailable: false,
            format: "x=%d",
            arguments: [("x", .int32)]),
    ]
}
