#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file and decodes it as UTF-8 (invalid sequences become
/// U+FFFD). Used for schema, trace-events and fixture files; errno from
/// `open` or `read` is captured at once and thrown as a typed ``Errno``.
public func readUTF8File(atPath path: String) throws(Errno) -> String {
    switch SystemCalls.live.typed.readFile(atPath: path) {
    case .success(let bytes): return String(decoding: bytes, as: UTF8.self)
    case .failure(let error): throw error.errno
    }
}
