/// The trace events of `tracing/trace-events`, one static function each:
/// `Trace.iommufd_backend_map_dma(iommufd: fd, ioas: id, …)`.
///
/// The functions are generated (`Generated/TraceEvents.swift`). Each checks,
/// inline and before evaluating any argument, whether anyone wants the event:
/// an LTTng session recording `qemu:<name>`, or the event's dynamic state
/// (``TraceEvents/setState(_:enabled:ignoreUnavailable:)``) for the in-process
/// backends (``TraceLogBackend``, ``TraceCapture``). A disabled event costs a
/// few loads; its argument expressions are never run.
public enum Trace {
    /// The address of an object, for `void *` arguments such as `mon`
    /// (QEMU passes the monitor's address; iommud passes its session's).
    @inlinable
    public static func pointer(of object: AnyObject) -> UnsafeRawPointer {
        UnsafeRawPointer(Unmanaged.passUnretained(object).toOpaque())
    }
}
