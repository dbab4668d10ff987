#if canImport(Glibc)
import Glibc
#endif
import Posix

/// A file (a client's memfd) mapped shared and writable into the daemon, so
/// what a kernel request writes there lands in the file itself — how a large
/// dirty bitmap reaches a client without a copy. Unmapped exactly once.
public struct SharedFileMapping: ~Copyable {
    /// Where the file is mapped (internal: nothing above this layer sees it).
    let address: UnsafeMutableRawPointer
    /// Bytes mapped.
    public let count: Int

    /// Maps the first `count` bytes of `fd` (which must be open read-write
    /// and at least that long).
    ///
    /// - Throws: the errno of `mmap` (EACCES for a descriptor not open for
    ///   writing, ENODEV for one that cannot be mapped, EINVAL for 0 bytes).
    public init(fd: Int32, count: Int) throws(Errno) {
        guard let mapped = mmap(nil, count, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), mapped != MAP_FAILED else {
            throw Errno.current
        }
        address = mapped
        self.count = count
    }

    deinit { munmap(address, count) }
}
