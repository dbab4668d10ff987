import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_HWPT_SET_DIRTY_TRACKING`: starts or stops dirty tracking on a
/// paging HWPT. Starting clears every dirty bit first; both directions are
/// idempotent.
///
/// Fails with ENOENT when `hwpt` is not a paging HWPT, EOPNOTSUPP when it
/// was not allocated with ``HWPTAllocFlags/dirtyTracking`` (automatic
/// domains never are).
public struct HWPTSetDirtyTracking: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_HWPT_SET_DIRTY_TRACKING)
    /// The kernel's minimum `size`: the struct up to `__reserved`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 16
    public static let name = "IOMMU_HWPT_SET_DIRTY_TRACKING"
    public var uapi = iommu_hwpt_set_dirty_tracking()

    /// - Parameters:
    ///   - hwpt: a paging HWPT allocated with dirty tracking.
    ///   - enable: start (true) or stop (false).
    public init(hwpt: HWPTID, enable: Bool) {
        uapi.size = UInt32(MemoryLayout<iommu_hwpt_set_dirty_tracking>.size)
        uapi.flags = enable ? UInt32(IOMMU_HWPT_DIRTY_TRACKING_ENABLE.rawValue) : 0
        uapi.hwpt_id = hwpt.rawValue
    }

    /// QEMU's `iommufd_backend_set_dirty`; `ret` is QEMU's: the errno, 0 on success.
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        let errnoValue: Int32
        if case .failure(let e) = result { errnoValue = e.rawValue } else { errnoValue = 0 }
        Trace.iommufd_backend_set_dirty(iommufd: fd, hwpt_id: uapi.hwpt_id, start: uapi.flags != 0, ret: errnoValue)
    }
}
