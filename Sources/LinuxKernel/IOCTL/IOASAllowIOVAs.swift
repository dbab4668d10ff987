import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_IOAS_ALLOW_IOVAS`: replaces an IOAS's allowed list — the IOVA
/// ranges that must stay usable. Automatic IOVA allocation then picks only
/// from them, and anything that would reserve part of them (attaching a
/// device whose aperture excludes them) fails with EADDRINUSE. An empty list
/// clears it.
///
/// Fails with EINVAL for a range whose `start` is not below `last` or that
/// overlaps another range of the list, EADDRINUSE when a range is already
/// reserved, ENOENT for an unknown IOAS.
public struct IOASAllowIOVAs: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_ALLOW_IOVAS)
    /// The kernel's minimum `size`: the struct up to `allowed_iovas`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 24
    public static let name = "IOMMU_IOAS_ALLOW_IOVAS"
    public var uapi = iommu_ioas_allow_iovas()
    /// Storage for the ranges; `allowed_iovas` points here.
    private let storage: AllowedRangeStorage

    /// - Parameters:
    ///   - ioas: the IOAS whose list is replaced.
    ///   - ranges: the new list (inclusive ranges); empty clears it.
    public init(ioas: IOASID, ranges: [IOVARange]) {
        storage = AllowedRangeStorage(ranges)
        uapi.size = UInt32(MemoryLayout<iommu_ioas_allow_iovas>.size)
        uapi.ioas_id = ioas.rawValue
        uapi.num_iovas = UInt32(ranges.count)
        uapi.allowed_iovas = UInt64(UInt(bitPattern: storage.pointer))
    }

    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_allow_iovas(iommufd: fd, ioas: uapi.ioas_id, num_iovas: uapi.num_iovas, ret: result.negativeErrno)
    }
}

/// The C array of `iommu_iova_range` the kernel reads, alive as long as the
/// request that points at it.
private final class AllowedRangeStorage {
    let pointer: UnsafeMutablePointer<iommu_iova_range>

    init(_ ranges: [IOVARange]) {
        pointer = .allocate(capacity: max(ranges.count, 1))
        pointer.initialize(repeating: iommu_iova_range(), count: max(ranges.count, 1))
        for (index, range) in ranges.enumerated() {
            pointer[index] = iommu_iova_range(start: range.start, last: range.last)
        }
    }

    deinit { pointer.deallocate() }
}
