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

    /// The file (borrowed: the caller keeps it open while the mapping lives).
    let fd: Int32
    /// The calls that map, seek and unmap it.
    private let system: SystemCalls

    /// Maps the first `count` bytes of `fd` (which must be open read-write
    /// and at least that long, and stay open while mapped).
    ///
    /// - Throws: the errno of `mmap` (EACCES for a descriptor not open for
    ///   writing, ENODEV for one that cannot be mapped, EINVAL for 0 bytes).
    public init(fd: Int32, count: Int, system: SystemCalls = .live) throws(Errno) {
        address = try system.typed.mmap(length: count, protection: PROT_READ | PROT_WRITE, flags: MAP_SHARED, fd: fd).get()
        self.count = count
        self.fd = fd
        self.system = system
    }

    /// Writes `words` (a bitmap's 64-bit words) little-endian from the
    /// start of the mapping; what does not fit is left out.
    public func store(_ words: [UInt64]) {
        let target = address.bindMemory(to: UInt64.self, capacity: count / 8)
        for (index, word) in words.prefix(count / 8).enumerated() where word != 0 {
            target[index] = word.littleEndian
        }
    }

    /// The number of 1 bits in the mapped bytes, reading only the extents
    /// the file holds data for (`lseek` `SEEK_DATA`/`SEEK_HOLE`): a hole
    /// reads as zeroes, and touching it would make a memfd allocate a page.
    /// A file that cannot say where its holes are is read in full.
    public func setBitCount() -> Int {
        var total = 0
        var offset = 0
        while offset < count {
            let data = system.lseek(fd, Int64(offset), Self.seekData)
            if data < 0 {
                // ENXIO: nothing but a hole from here on.
                if Errno.current == Errno(rawValue: ENXIO) { break }
                return oneBits(in: UnsafeRawBufferPointer(start: address, count: count))
            }
            let start = min(Int(data), count)
            let hole = system.lseek(fd, Int64(start), Self.seekHole)
            let end = hole < 0 ? count : min(Int(hole), count)
            guard end > start else { break }
            total += oneBits(in: UnsafeRawBufferPointer(start: address + start, count: end - start))
            offset = end
        }
        return total
    }

    /// `SEEK_DATA` and `SEEK_HOLE` (Linux values; Glibc exports them only
    /// under `_GNU_SOURCE`).
    private static let seekData: Int32 = 3
    private static let seekHole: Int32 = 4

    deinit { _ = system.munmap(address, count) }
}
