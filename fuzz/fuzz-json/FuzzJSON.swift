/// fuzz-json: QEMU's JSON lexer, streamer and parser as QMP uses them
/// (``JSONStreamParser``), fed an arbitrary byte stream.
///
/// The first input byte chooses how the rest is cut into reads (its low six
/// bits + 1 bytes per read, 64 meaning all at once) and, by its top bit,
/// small limits instead of QEMU's, so the limit errors and the skipping after
/// them are reached (the events are compared only under QEMU's). The stream is parsed twice, whole and in those reads,
/// and then every value parsed is written with ``JSONWriter`` and parsed
/// again.
///
/// A crash means the parser trapped (an overflow, an index out of range, a
/// stack overflow from nesting) or ASan caught a bad access. A failed
/// `precondition` means the events depend on how the bytes were cut into
/// reads (a connection would then see different replies for the same bytes),
/// or the writer's text does not parse back to the value it came from (a
/// double with an integral value coming back an integer excepted: QEMU's
/// `%.17g` writes `2.0` as `2`).
import JSON

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let control = data[0]
    let input = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    let smallLimits = control & 0x80 != 0
    let limits = smallLimits ? JSONStreamLimits(maxMessageBytes: 256, maxDepth: 8, maxTokens: 64) : JSONStreamLimits()
    let readSize = Int(control & 0x3f) + 1

    let whole = events(of: input, readSize: input.count, limits: limits)
    let cut = events(of: input, readSize: readSize, limits: limits)
    // Under limits smaller than one read, a lexical error longer than the
    // token limit is `stray` when it ends in the read it began in and the
    // token size limit when it spans reads (docs/reliability.md, Fuzzing).
    // The daemon's limits (QEMU's, 64 MiB) are far above its reads.
    precondition(smallLimits || whole == cut, "events depend on how the stream is cut into reads")

    for case .value(let value) in whole {
        let text = JSONWriter.bytes(value)
        let again = try? JSONStreamParser.parse(bytes: text)
        precondition(again.map { sameValue($0, value) } == true, "written value does not parse back: \(String(decoding: text, as: UTF8.self))")
    }
    return 0
}

/// Whether `a` is `b` as the writer's text can carry it: a double with an
/// integral value is written as QEMU writes it (`%.17g`, so `2.0` is `2`) and
/// comes back an integer.
private func sameValue(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.int(let i), .double(let d)), (.double(let d), .int(let i)): return Double(i) == d
    case (.uint(let u), .double(let d)), (.double(let d), .uint(let u)): return Double(u) == d
    case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { sameValue($0, $1) }
    case (.object(let x), .object(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && sameValue($0.value, $1.value) }
    default: return a == b
    }
}

/// The events of `input` fed to a fresh parser `readSize` bytes at a time.
private func events(of input: UnsafeRawBufferPointer, readSize: Int, limits: JSONStreamLimits)
    -> [JSONStreamParser.Event]
{
    let parser = JSONStreamParser(limits: limits)
    var events: [JSONStreamParser.Event] = []
    var start = 0
    repeat {
        let end = min(input.count, start + max(readSize, 1))
        parser.feed(UnsafeRawBufferPointer(rebasing: input[start..<end])) { events.append($0) }
        start = end
    } while start < input.count
    return events
}
