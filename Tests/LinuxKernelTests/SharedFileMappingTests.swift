#if canImport(Glibc)
import Glibc
#endif
import CPosix
import LinuxKernel
import Testing

/// `SharedFileMapping.setBitCount()`: the bits of a memfd with holes and data
/// extents, counted from the data alone, equal a count of every byte.
@Suite struct SharedFileMappingTests {
    @Test func setBitCountReadsOnlyDataExtentsAndMissesNoBit() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let size = 64 * page + 123
        let fd = iommud_memfd_create("mapping-test", 0)
        try #require(fd >= 0)
        defer { close(fd) }
        try #require(ftruncate(fd, off_t(size)) == 0)
        // Data in a few scattered places: unaligned bytes, a whole page, the
        // last (partial) page; everything else stays a hole.
        var expected = 0
        for (offset, byte) in [(5, UInt8(0xFF)), (page * 3 + 7, 0x81), (page * 10, 0x01), (page * 40 + page - 1, 0x80),
                               (size - 1, 0x7F)] {
            var b = byte
            #expect(pwrite(fd, &b, 1, off_t(offset)) == 1)
            expected += byte.nonzeroBitCount
        }
        var full = [UInt8](repeating: 0xAA, count: page)
        #expect(pwrite(fd, &full, page, off_t(page * 20)) == page)
        expected += page * 4
        let mapping = try SharedFileMapping(fd: fd, count: size)
        #expect(mapping.setBitCount() == expected)

        // A count over all bytes says the same (the holes hold nothing).
        var all = [UInt8](repeating: 0, count: size)
        #expect(pread(fd, &all, size, 0) == size)
        #expect(all.reduce(0) { $0 + $1.nonzeroBitCount } == expected)

        // An empty file: no data at all.
        let empty = iommud_memfd_create("mapping-empty", 0)
        try #require(empty >= 0)
        defer { close(empty) }
        try #require(ftruncate(empty, off_t(page)) == 0)
        #expect(try SharedFileMapping(fd: empty, count: page).setBitCount() == 0)
    }
}
