import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_IOAS_MAP_FILE` (Linux 6.13): maps `length` bytes of a memfd (or,
/// on newer kernels, a dma-buf) from file offset `start` into an IOAS — the
/// memory is pinned through the file, not through the caller's address
/// space. Same flags and IOVA rules as ``IOASMap``.
///
/// Kernels before 6.13 do not know the number: ENOTTY. Otherwise fails with
/// EBADF for a bad descriptor, EINVAL for a range beyond the file, and as
/// ``IOASMap`` (ENOENT, EEXIST, ENOSPC, …).
public struct IOASMapFile: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_MAP_FILE)
    /// The kernel's minimum `size`: the struct up to `iova` (its `IOCTL_OP`).
    public static let minimumSize = 40
    public static let name = "IOMMU_IOAS_MAP_FILE"
    public var uapi = iommud_ioas_map_file()

    /// - Parameters:
    ///   - file: the memfd (or dma-buf) descriptor.
    ///   - start: offset in the file.
    ///   - iova: the IOVA with ``IOASMapFlags/fixedIOVA``; ignored otherwise.
    public init(ioas: IOASID, flags: IOASMapFlags, file: Int32, start: UInt64, length: UInt64, iova: UInt64 = 0) {
        uapi.size = UInt32(MemoryLayout<iommud_ioas_map_file>.size)
        uapi.flags = flags.rawValue
        uapi.ioas_id = ioas.rawValue
        uapi.fd = file
        uapi.start = start
        uapi.length = length
        uapi.iova = iova
    }

    /// The IOVA used (chosen by the kernel without ``IOASMapFlags/fixedIOVA``).
    public var iova: UInt64 { uapi.iova }

    /// Where the mapping landed.
    public var kernelOutputs: [UInt64] {
        get { [uapi.iova] }
        set { uapi.iova = newValue.first ?? uapi.iova }
    }

    /// QEMU's `iommufd_backend_map_file_dma` (`ret` is the raw ioctl return).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_map_file_dma(
            iommufd: fd, ioas: uapi.ioas_id, iova: uapi.iova, size: uapi.length, fd: uapi.fd, start: UInt(uapi.start),
            readonly: uapi.flags & IOASMapFlags.writeable.rawValue == 0, ret: result.raw)
    }
}
