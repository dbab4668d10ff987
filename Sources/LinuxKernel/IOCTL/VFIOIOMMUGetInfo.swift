import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_IOMMU_GET_INFO`, on a container with its backend set: the page
/// sizes and the capability chain (IOVA ranges, mapping slots left, and
/// for type1 the migration limits).
///
/// The request passes a buffer of `capacity` bytes; when the chain does not
/// fit the kernel answers with ``requiredSize`` bigger than the buffer and
/// no chain (``capabilitiesFit`` false) — retry with that capacity, as
/// QEMU's `vfio_get_iommu_info` does. Fails with EINVAL before
/// VFIO_SET_IOMMU or for a capacity below 16.
public struct VFIOIOMMUGetInfo: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_IOMMU_GET_INFO)
    public static let name = "VFIO_IOMMU_GET_INFO"
    /// `struct vfio_iommu_type1_info` followed by room for the chain.
    var uapi: [UInt8]

    /// - Parameter capacity: bytes offered, `argsz` (24 for the struct alone).
    public init(capacity: Int = 512) {
        uapi = [UInt8](repeating: 0, count: max(capacity, 4))
        let argsz = UInt32(capacity)
        for byte in 0..<4 { uapi[byte] = UInt8(truncatingIfNeeded: argsz >> (8 * UInt32(byte))) }
    }

    private var info: vfio_iommu_type1_info {
        var info = vfio_iommu_type1_info()
        withUnsafeMutableBytes(of: &info) { raw in
            for index in 0..<min(raw.count, uapi.count) { raw[index] = uapi[index] }
        }
        return info
    }

    private func u16(_ offset: Int) -> UInt16 {
        guard offset + 2 <= uapi.count else { return 0 }
        return UInt16(uapi[offset]) | UInt16(uapi[offset + 1]) << 8
    }

    private func u32(_ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(offset + $1 < uapi.count ? uapi[offset + $1] : 0) << (8 * UInt32($1)) }
    }

    private func u64(_ offset: Int) -> UInt64 { UInt64(u32(offset)) | UInt64(u32(offset + 4)) << 32 }

    /// The size the whole answer needs (`argsz` after the call).
    public var requiredSize: Int { Int(info.argsz) }
    /// Whether the capability chain was written (`cap_offset` ≠ 0).
    public var capabilitiesFit: Bool { info.cap_offset != 0 }
    /// `VFIO_IOMMU_INFO_*` flags (PGSIZES = 1, CAPS = 2).
    public var flags: UInt32 { info.flags }
    /// The IO page sizes every domain supports, one bit per size.
    public var pageSizes: UInt64 { info.iova_pgsizes }

    /// The capabilities, by id, each at its offset in the buffer.
    private var capabilities: [UInt16: Int] {
        var result: [UInt16: Int] = [:]
        var offset = Int(info.cap_offset)
        var seen = 0
        while offset != 0, offset + 8 <= uapi.count, seen < 64 {
            result[u16(offset)] = offset
            offset = Int(u32(offset + 4))
            seen += 1
        }
        return result
    }

    /// The valid IOVA ranges (IOVA_RANGE cap), inclusive; nil without it.
    public var iovaRanges: [ClosedRange<UInt64>]? {
        guard let offset = capabilities[UInt16(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE)] else { return nil }
        let count = Int(u32(offset + 8))
        return (0..<count).compactMap { index in
            let entry = offset + 16 + 16 * index
            guard entry + 16 <= uapi.count, u64(entry) <= u64(entry + 8) else { return nil }
            return u64(entry)...u64(entry + 8)
        }
    }

    /// Mapping slots left (DMA_AVAIL cap); nil without it.
    public var dmaAvailable: UInt32? {
        capabilities[UInt16(VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL)].map { u32($0 + 8) }
    }

    /// The migration cap: the dirty bitmap page size and the largest bitmap
    /// in bytes; nil without it (iommufd's compat has none).
    public var migration: (pageSize: UInt64, maxBitmapSize: UInt64)? {
        capabilities[UInt16(VFIO_IOMMU_TYPE1_INFO_CAP_MIGRATION)].map { (u64($0 + 16), u64($0 + 24)) }
    }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        uapi.withUnsafeMutableBytes { ioctl($0.baseAddress) }
    }

    /// iommud's `vfio_legacy_iommu_get_info` (0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        let info = self.info
        Trace.vfio_legacy_iommu_get_info(container: fd, flags: info.flags, iova_pgsizes: info.iova_pgsizes,
                                         ret: result.negativeErrno)
    }
}
