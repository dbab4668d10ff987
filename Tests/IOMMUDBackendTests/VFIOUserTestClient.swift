#if canImport(Glibc)
import Glibc
#endif
import CPosix
import CSocketShims
import VFIOUser
import VFIOUserClient

/// The tests' vfio-user client: the library's, as a VMM holds one.
typealias VFIOUserTestClient = VFIOUserConnection

/// Guest RAM as QEMU's memory-backend-memfd,share=on makes it.
struct SharedMemory: ~Copyable {
    let fd: Int32
    init(size: Int) {
        fd = iommud_memfd_create("vfio-user-test", IOMMUD_MFD_CLOEXEC)
        ftruncate(fd, off_t(size))
    }
    deinit { close(fd) }

    /// The byte at `offset`, read through the file (not a mapping).
    func byte(at offset: Int) -> UInt8 {
        var b: UInt8 = 0
        _ = pread(fd, &b, 1, off_t(offset))
        return b
    }
}
