#if canImport(Glibc)
import Glibc
#endif

extension SystemCalls {
    /// The calls as Swift results, errno captured at once. `close` and
    /// `munmap` never fail for a caller (Linux releases the descriptor or
    /// mapping whatever they answer), so they return nothing.
    public var typed: Typed { Typed(calls: self) }

    /// ``SystemCalls`` as `Result`s with typed errno.
    public struct Typed: Sendable {
        let calls: SystemCalls

        public func open(_ path: String, flags: Int32) -> Result<Int32, Errno> {
            systemCall { calls.open(path, flags) }
        }

        public func close(_ fd: Int32) {
            _ = calls.close(fd)
        }

        /// Opens `path`, creating it with `mode` if it does not exist
        /// (`O_CREAT` is added to `flags`).
        public func create(_ path: String, flags: Int32, mode: mode_t) -> Result<Int32, Errno> {
            systemCall { calls.create(path, flags, mode) }
        }

        /// Makes `fd`'s data and metadata durable (a directory's: its entries).
        public func fsync(_ fd: Int32) -> Result<Void, Errno> {
            systemCall { calls.fsync(fd) }.map { _ in () }
        }

        /// `flock(2)`: `LOCK_EX | LOCK_NB` takes an exclusive lock or fails
        /// with EWOULDBLOCK at once.
        public func flock(_ fd: Int32, _ operation: Int32) -> Result<Void, Errno> {
            systemCall { calls.flock(fd, operation) }.map { _ in () }
        }

        /// A datagram Unix socket connected to `path` (close-on-exec).
        public func connectedDatagramSocket(to path: String) -> Result<Int32, Errno> {
            let fd: Int32
            switch systemCall({ calls.unixSocket(Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)) }) {
            case .success(let made): fd = made
            case .failure(let e): return .failure(e)
            }
            if case .failure(let e) = systemCall({ calls.connectUnix(fd, path) }) {
                _ = calls.close(fd)
                return .failure(e)
            }
            return .success(fd)
        }

        /// Sends `bytes` with `descriptors` (SCM_RIGHTS) in one message on
        /// connected socket `fd`; a short send is EMSGSIZE.
        public func send(_ fd: Int32, _ bytes: [UInt8], descriptors: [Int32]) -> Result<Void, Errno> {
            let sent = bytes.withUnsafeBytes { raw in systemCall { calls.sendDescriptors(fd, raw, descriptors) } }
            switch sent {
            case .success(let count) where count == bytes.count: return .success(())
            case .success: return .failure(.EMSGSIZE)
            case .failure(let e): return .failure(e)
            }
        }

        /// `rename(2)`.
        public func rename(_ from: String, to: String) -> Result<Void, Errno> {
            systemCall { calls.rename(from, to) }.map { _ in () }
        }

        /// `fcntl` with an integer argument; its value.
        public func fcntl(_ fd: Int32, _ command: Int32, _ argument: Int32 = 0) -> Result<Int32, Errno> {
            systemCall { calls.fcntl(fd, command, argument) }
        }

        public func memfdCreate(_ name: String, flags: UInt32) -> Result<Int32, Errno> {
            systemCall { calls.memfdCreate(name, flags) }
        }

        public func ftruncate(_ fd: Int32, to length: UInt64) -> Result<Void, Errno> {
            guard length <= UInt64(Int64.max) else { return .failure(.EINVAL) }
            return systemCall { calls.ftruncate(fd, Int64(length)) }.map { _ in () }
        }

        public func fstat(_ fd: Int32) -> Result<stat, Errno> {
            var status = Glibc.stat()
            return systemCall { calls.fstat(fd, &status) }.map { _ in status }
        }

        /// A mapping of `length` bytes of `fd` from `offset`.
        public func mmap(length: Int, protection: Int32, flags: Int32, fd: Int32, offset: UInt64 = 0) -> Result<UnsafeMutableRawPointer, Errno> {
            guard offset <= UInt64(Int64.max) else { return .failure(.EINVAL) }
            while true {
                if let address = calls.mmap(length, protection, flags, fd, Int64(offset)), address != MAP_FAILED { return .success(address) }
                let e = Errno.current
                if e != .EINTR { return .failure(e) }
            }
        }

        public func munmap(_ address: UnsafeMutableRawPointer, length: Int) {
            _ = calls.munmap(address, length)
        }

        /// Up to `count` bytes read from `fd` (none at its end).
        public func read(_ fd: Int32, count: Int) -> Result<[UInt8], Errno> {
            guard count >= 0 else { return .failure(.EINVAL) }
            var bytes = [UInt8](repeating: 0, count: count)
            let result = bytes.withUnsafeMutableBytes { raw in systemCall { calls.read(fd, raw.baseAddress, count) } }
            return result.map { Array(bytes.prefix($0)) }
        }

        /// Writes all of `bytes` to `fd` (a short write is continued).
        public func write(_ fd: Int32, _ bytes: [UInt8]) -> Result<Void, Errno> {
            var done = 0
            while done < bytes.count {
                let result = bytes.withUnsafeBytes { raw in
                    systemCall { calls.write(fd, raw.baseAddress.map { $0 + done }, raw.count - done) }
                }
                switch result {
                case .success(let n) where n > 0: done += n
                case .success: return .failure(.EIO)
                case .failure(let e): return .failure(e)
                }
            }
            return .success(())
        }

        /// Up to `count` bytes of `fd` from `offset` (fewer at its end).
        public func pread(_ fd: Int32, count: Int, at offset: UInt64) -> Result<[UInt8], Errno> {
            guard offset <= UInt64(Int64.max), count >= 0 else { return .failure(.EINVAL) }
            var bytes = [UInt8](repeating: 0, count: count)
            let result = bytes.withUnsafeMutableBytes { raw in
                systemCall { calls.pread(fd, raw.baseAddress, count, Int64(offset)) }
            }
            return result.map { Array(bytes.prefix($0)) }
        }

        /// Writes `bytes` to `fd` at `offset`; how many were written.
        public func pwrite(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64) -> Result<Int, Errno> {
            guard offset <= UInt64(Int64.max) else { return .failure(.EINVAL) }
            return bytes.withUnsafeBytes { raw in
                systemCall { calls.pwrite(fd, raw.baseAddress, raw.count, Int64(offset)) }
            }
        }

        /// The whole file at `path`, at most `limit` bytes of it.
        public func readFile(atPath path: String, limit: Int = .max) -> Result<[UInt8], FileReadError> {
            let fd: Int32
            switch open(path, flags: O_RDONLY | O_CLOEXEC) {
            case .success(let opened): fd = opened
            case .failure(let e): return .failure(.open(e))
            }
            defer { close(fd) }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let result = chunk.withUnsafeMutableBytes { buffer in systemCall { calls.read(fd, buffer.baseAddress, buffer.count) } }
                switch result {
                case .success(0): return .success(bytes)
                case .success(let count):
                    bytes.append(contentsOf: chunk[0..<count])
                    if bytes.count > limit { return .failure(.tooLarge(limit)) }
                case .failure(let e): return .failure(.read(e))
                }
            }
        }
    }
}

/// Why ``SystemCalls/Typed/readFile(atPath:limit:)`` failed: which call, or
/// the file was larger than the limit.
public enum FileReadError: Error, Sendable, Equatable {
    case open(Errno)
    case read(Errno)
    case tooLarge(Int)

    /// The errno of the failed call (EFBIG for a file over the limit).
    public var errno: Errno {
        switch self {
        case .open(let e), .read(let e): e
        case .tooLarge: Errno(rawValue: EFBIG)
        }
    }
}
