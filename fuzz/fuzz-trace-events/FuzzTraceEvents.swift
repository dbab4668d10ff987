/// fuzz-trace-events: the trace-events parser (``TraceEventsParser``, QEMU's
/// `trace-events` syntax: `name(args) "format"` lines, properties such as
/// `disable`, comments), fed an arbitrary file.
///
/// A crash means a trace-events file makes `trace-gen` (and so `make gen`)
/// trap instead of printing a diagnostic with the line.
import TraceGen

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTraceEvents(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? TraceEventsParser().parse(text, file: "trace-events")
    return 0
}
