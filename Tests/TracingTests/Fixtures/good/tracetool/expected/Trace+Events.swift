// generated from Tests/TracingTests/Fixtures/good/tracetool/trace-events — do not edit (run 'make gen')

import CQemuTrace

extension Trace {
    /// The two events of QEMU's tests/tracetool/trace-events.
    ///
    /// `test_blah(void *context, const char *filename) "Blah context=%p filename=%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:test_blah` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func test_blah(context: @autoclosure () -> UnsafeRawPointer?, filename: @autoclosure () -> String) {
        if _slowPath(qemu_trace_test_blah_enabled()) {
            _test_blah(context(), filename())
        }
    }

    @usableFromInline @inline(never)
    static func _test_blah(_ context: UnsafeRawPointer?, _ filename: String) {
        if qemu_trace_test_blah_ust_enabled() {
            qemu_trace_test_blah(context, filename)
        }
        if qemu_trace_dstate_get(0) {
            TraceBackends.emit(eventID: 0, arguments: [.pointer(UInt(bitPattern: context)), .string(filename)])
        }
    }

    /// `test_wibble(void *context, int value) "Wibble context=%p value=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:test_wibble` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func test_wibble(context: @autoclosure () -> UnsafeRawPointer?, value: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_test_wibble_enabled()) {
            _test_wibble(context(), value())
        }
    }

    @usableFromInline @inline(never)
    static func _test_wibble(_ context: UnsafeRawPointer?, _ value: Int32) {
        if qemu_trace_test_wibble_ust_enabled() {
            qemu_trace_test_wibble(context, value)
        }
        if qemu_trace_dstate_get(1) {
            TraceBackends.emit(eventID: 1, arguments: [.pointer(UInt(bitPattern: context)), .int32(value)])
        }
    }
}

extension TraceEventTable {
    /// Every event of the trace-events file in file order; the index is the event id.
    static let generated: [TraceEventDescriptor] = [
        TraceEventDescriptor(
            id: 0, name: "test_blah", isAvailable: true,
            format: "Blah context=%p filename=%s",
            arguments: [("context", .pointer), ("filename", .string)]),
        TraceEventDescriptor(
            id: 1, name: "test_wibble", isAvailable: true,
            format: "Wibble context=%p value=%d",
            arguments: [("context", .pointer), ("value", .int32)]),
    ]
}
