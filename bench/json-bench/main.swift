// json-bench: what iommud's JSON parser costs per QMP message, the Swift
// counterpart of jsonc_bench.c (same messages, same loop shape): parse with a
// reused JSONStreamParser, as a connection does, and parse + serialise with
// JSONWriter.
//
//   json-bench [N]             N iterations per message (default 200000);
//                              prints one JSON object: ns per message
//   json-bench --count M N     parse only message M (0, 1, 2) N times, print
//                              nothing: for callgrind, run with two N and
//                              divide the difference in instructions
import JSON

#if canImport(Glibc)
import Glibc
#endif

let messages: [(name: String, text: String)] = [
    ("query-version request", #"{"execute": "query-version", "id": 1}"#),
    ("query-version reply",
     #"{"return": {"qemu": {"major": 0, "minor": 1, "micro": 0}, "package": "iommud 0.1.0"}, "id": 1}"#),
    ("iommufd-ioas-map request",
     #"{"execute": "iommufd-ioas-map", "arguments": {"iommufd": "i0", "ioas-id": 1, "memdev": "ram0", "#
        + #""offset": 0, "size": 4096, "iova": 4294967296}, "id": 1}"#),
]

func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func fail(_ message: String) -> Never {
    let text = "json-bench: \(message)\n"
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    exit(2)
}

/// Parses `bytes` (one message) and returns how many values came out.
@inline(never)
func parse(_ parser: JSONStreamParser, _ bytes: UnsafeRawBufferPointer, into sink: inout Int) -> JSONValue? {
    var value: JSONValue?
    parser.feed(bytes, { event in
        if case .value(let v) = event { value = v }
    })
    if value != nil { sink &+= 1 }
    return value
}

let args = CommandLine.arguments
var sink = 0
if args.count == 4, args[1] == "--count" {
    guard let m = Int(args[2]), messages.indices.contains(m), let n = Int(args[3]) else { fail("bad arguments") }
    let parser = JSONStreamParser()
    Array(messages[m].text.utf8).withUnsafeBytes { bytes in
        for _ in 0..<n { _ = parse(parser, bytes, into: &sink) }
    }
    exit(sink == n ? 0 : 1)
}

let n = args.count > 1 ? max(1, Int(args[1]) ?? 200_000) : 200_000
var results: [String] = []
for (name, text) in messages {
    let parser = JSONStreamParser()
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    let bytes = Array(text.utf8)
    let (parseNs, bothNs) = bytes.withUnsafeBytes { raw -> (Double, Double) in
        for _ in 0..<(n / 10 + 1) { _ = parse(parser, raw, into: &sink) }
        var t0 = now()
        for _ in 0..<n { _ = parse(parser, raw, into: &sink) }
        let p = Double(now() - t0) / Double(n)
        t0 = now()
        for _ in 0..<n {
            guard let v = parse(parser, raw, into: &sink) else { fail("parse failed: \(text)") }
            out.removeAll(keepingCapacity: true)
            JSONWriter.write(v, into: &out)
            sink &+= out.count
        }
        return (p, Double(now() - t0) / Double(n))
    }
    results.append(#"{"message": "\#(name)", "bytes": \#(bytes.count), "parse_ns": \#((parseNs * 10).rounded() / 10), "parse_serialise_ns": \#((bothNs * 10).rounded() / 10)}"#)
}
print(#"{"iterations": \#(n), "messages": [\#(results.joined(separator: ", "))], "sink": \#(sink)}"#)
