#if canImport(Glibc)
import Glibc
#endif

/// Could not open the log file.
public struct TraceLogError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path given.
    public var path: String
    /// `strerror`'s text.
    public var reason: String

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}

/// QEMU's `log` backend: prints `name formatted-text` and a newline for every
/// event whose dynamic state is on, to standard error or to a file (QEMU's
/// `-D FILE`). Each line is one `write`, so lines from several threads do not
/// interleave.
public final class TraceLogBackend: TraceBackend {
    private let fd: Int32
    private let ownsDescriptor: Bool

    /// Logs to standard error.
    public init() {
        fd = 2
        ownsDescriptor = false
    }

    /// Logs to `path`, truncating it (or appending to it), like `-D FILE`.
    public init(path: String, append: Bool = false) throws(TraceLogError) {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        let opened = open(path, flags, 0o644)
        guard opened >= 0 else { throw TraceLogError(path: path, reason: String(cString: strerror(errno))) }
        fd = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// Writes the record's log line.
    public func record(_ record: TraceRecord) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        record.appendLogLine(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
