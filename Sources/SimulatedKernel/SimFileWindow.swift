#if canImport(Glibc)
import Glibc
#endif
import CPosix
import Posix

/// The memory behind an `IOMMU_IOAS_MAP_FILE` mapping: the file range mapped
/// shared into the simulated kernel's own process, so pinning, the mock
/// domain's reads and an access's DMA see the file's pages exactly as the
/// kernel's folios would. Unmapped when the last area (or copy) using it
/// goes.
final class SimFileWindow {
    /// Where `start` of the file appears in this process.
    let address: UInt64
    private let base: UnsafeMutableRawPointer
    private let mappedLength: Int

    /// Whether the file is a memfd (shmem or hugetlbfs: only those can be
    /// sealed, so F_GET_SEALS tells), the only files the kernel's
    /// `memfd_pin_folios` pins; anything else is EINVAL once pages are
    /// pinned.
    let isMemfd: Bool

    /// Maps `[start, start+length)` of `fd` (`start` need not be page
    /// aligned: the window starts at its page, the address keeps the
    /// offset). Not a descriptor → EBADF. A file that is no memfd is not
    /// mapped (the kernel looks at it only when it pins): the window is
    /// inaccessible memory of the right size.
    init(fd: Int32, start: UInt64, length: UInt64) throws(Errno) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .EBADF }
        isMemfd = fcntl(fd, IOMMUD_F_GET_SEALS) >= 0
        let offset = start % HostPage.size
        let total = offset + length
        guard total <= UInt64(Int.max), start - offset <= UInt64(Int64.max) else { throw .ENOMEM }
        let flags = fcntl(fd, F_GETFL)
        let protection = flags >= 0 && flags & O_ACCMODE == O_RDWR ? PROT_READ | PROT_WRITE : PROT_READ
        let mapped = isMemfd
            ? mmap(nil, Int(total), protection, MAP_SHARED, fd, off_t(start - offset))
            : mmap(nil, Int(total), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let base = mapped, base != MAP_FAILED else { throw Errno.current }
        self.base = base
        self.mappedLength = Int(total)
        self.address = UInt64(UInt(bitPattern: base)) + offset
    }

    deinit { munmap(base, mappedLength) }

    /// Whether `[start, start+length)` of `fd` can be pinned now: a memfd,
    /// and the range inside the file (the kernel's `memfd_pin_folios`; else
    /// EINVAL).
    func pinnable(fd: Int32, start: UInt64, length: UInt64) -> Bool {
        guard isMemfd else { return false }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 0 else { return false }
        let (end, overflow) = start.addingReportingOverflow(length)
        return !overflow && end <= UInt64(info.st_size)
    }
}
