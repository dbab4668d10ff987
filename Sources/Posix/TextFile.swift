#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file and decodes it as UTF-8 (invalid sequences become
/// U+FFFD). Used for schema, trace-events and fixture files; errno from
/// `open` or `read` is captured at once and thrown as a typed ``Errno``.
public func readUTF8File(atPath path: String) throws(Errno) -> String {
    let fd: Int32
    switch systemCall({ open(path, O_RDONLY | O_CLOEXEC) }) {
    case .success(let opened): fd = opened
    case .failure(let error): throw error
    }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let result = chunk.withUnsafeMutableBytes { buffer in
            systemCall { read(fd, buffer.baseAddress, buffer.count) }
        }
        switch result {
        case .success(0): return String(decoding: bytes, as: UTF8.self)
        case .success(let count): bytes.append(contentsOf: chunk[0..<count])
        case .failure(let error): throw error
        }
    }
}
