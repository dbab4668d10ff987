import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_IOAS_CHANGE_PROCESS` (Linux 6.13): moves the pinned-page
/// accounting of every mapping of the iommufd to the calling process — what a
/// process that inherited the iommufd (a re-executed daemon, a new QEMU after
/// CPR) calls so the pages are no longer charged to the one that pinned them.
///
/// Every mapping must have been made by ``IOASMapFile``: one made by
/// ``IOASMap`` or COPY (pinned through an address space, which the new
/// process does not share) → EINVAL. A mapping still being made → EBUSY;
/// the new owner's RLIMIT_MEMLOCK exceeded → ENOMEM, nothing moved.
/// `__reserved` ≠ 0 → EOPNOTSUPP. Kernels before 6.13 do not know the
/// number: ENOTTY.
public struct IOASChangeProcess: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_CHANGE_PROCESS)
    /// The kernel's minimum `size`: the whole struct (its `IOCTL_OP`).
    public static let minimumSize = 8
    public static let name = "IOMMU_IOAS_CHANGE_PROCESS"
    public var uapi = iommud_ioas_change_process()

    public init() {
        uapi.size = UInt32(MemoryLayout<iommud_ioas_change_process>.size)
    }

    /// QEMU's `iommufd_change_process` (`ret` is whether it succeeded).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_change_process(fd: fd, ret: (try? result.get()) != nil)
    }
}
