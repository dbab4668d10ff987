import CLinuxUAPI
import Posix
import Tracing

/// The type of the entries of `IOMMU_HWPT_INVALIDATE` (`enum iommu_hwpt_invalidate_data_type`).
public struct HWPTInvalidateDataType: RawRepresentable, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `struct iommu_hwpt_vtd_s1_invalidate` entries. The corresponding C
    /// constant is `IOMMU_HWPT_INVALIDATE_DATA_VTD_S1`.
    public static let vtdS1 = HWPTInvalidateDataType(rawValue: UInt32(IOMMU_HWPT_INVALIDATE_DATA_VTD_S1.rawValue))
    /// The selftest mock's `struct iommu_hwpt_invalidate_selftest` entries.
    /// The corresponding C constant is `IOMMU_HWPT_INVALIDATE_DATA_SELFTEST`.
    public static let selftest = HWPTInvalidateDataType(rawValue: IOMMUSelftest.invalidateDataType)
}

/// `IOMMU_HWPT_INVALIDATE`: hands cache-invalidation entries of a
/// user-managed (nested) HWPT to the driver, which handles them in order
/// and stops at the first bad one; ``handled`` says how many it did. With
/// no entries it only checks that the type is supported.
///
/// Fails with ENOENT for an unknown id, EINVAL for a HWPT that is not
/// nested, a wrong type or a malformed entry, EOPNOTSUPP for entry flags
/// the driver does not know.
public struct HWPTInvalidate: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_HWPT_INVALIDATE)
    /// The kernel's minimum `size`: the struct up to `__reserved`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 32
    public static let name = "IOMMU_HWPT_INVALIDATE"
    public var uapi = iommu_hwpt_invalidate()
    /// The entries; `data_uptr` points here.
    private let storage: ByteStorage?
    /// The number of entries asked for (`entry_num` is overwritten by the kernel).
    public let requested: UInt32

    /// - Parameters:
    ///   - hwpt: a nested HWPT.
    ///   - dataType: the entries' type.
    ///   - entryLength: bytes per entry.
    ///   - entries: the entries, each `entryLength` bytes (shorter ones are
    ///     zero-padded); empty to probe the type.
    public init(hwpt: HWPTID, dataType: HWPTInvalidateDataType, entryLength: UInt32, entries: [[UInt8]]) {
        let length = Int(entryLength)
        var bytes: [UInt8] = []
        for entry in entries { bytes += entry.prefix(length) + [UInt8](repeating: 0, count: max(0, length - entry.count)) }
        storage = entries.isEmpty ? nil : ByteStorage(bytes)
        requested = UInt32(entries.count)
        uapi.size = UInt32(MemoryLayout<iommu_hwpt_invalidate>.size)
        uapi.hwpt_id = hwpt.rawValue
        uapi.data_uptr = storage?.address ?? 0
        uapi.data_type = dataType.rawValue
        uapi.entry_len = entryLength
        uapi.entry_num = requested
    }

    /// VT-d stage-1 IOTLB invalidations (`struct
    /// iommu_hwpt_vtd_s1_invalidate { u64 addr; u64 npages; u32 flags; u32
    /// __reserved; }`, `IOMMU_VTD_INV_FLAGS_LEAF` in `flags`).
    public static func vtdS1(hwpt: HWPTID, entries: [(address: UInt64, pages: UInt64, leaf: Bool)]) -> HWPTInvalidate {
        let encoded = entries.map { entry -> [UInt8] in
            var record = iommu_hwpt_vtd_s1_invalidate()
            record.addr = entry.address
            record.npages = entry.pages
            record.flags = entry.leaf ? UInt32(IOMMU_VTD_INV_FLAGS_LEAF.rawValue) : 0
            return withUnsafeBytes(of: &record) { Array($0) }
        }
        return HWPTInvalidate(hwpt: hwpt, dataType: .vtdS1,
                              entryLength: UInt32(MemoryLayout<iommu_hwpt_vtd_s1_invalidate>.size), entries: encoded)
    }

    /// Selftest entries `{flags, iotlb_id}` for a mock nested HWPT.
    public static func selftest(hwpt: HWPTID, entries: [(flags: UInt32, iotlbID: UInt32)]) -> HWPTInvalidate {
        func le(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        return HWPTInvalidate(hwpt: hwpt, dataType: .selftest, entryLength: 8,
                              entries: entries.map { le($0.flags) + le($0.iotlbID) })
    }

    /// How many entries the driver handled (written back even on failure).
    public var handled: UInt32 { uapi.entry_num }

    /// QEMU's `iommufd_backend_invalidate_cache`: entries asked for, entries
    /// done, and QEMU's `ret` (the errno, 0 on success).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        let errnoValue: Int32
        if case .failure(let e) = result { errnoValue = e.rawValue } else { errnoValue = 0 }
        Trace.iommufd_backend_invalidate_cache(
            iommufd: fd, id: uapi.hwpt_id, data_type: uapi.data_type, entry_len: uapi.entry_len, entry_num: requested,
            done_num: uapi.entry_num, data_ptr: uapi.data_uptr, ret: errnoValue)
    }
}
