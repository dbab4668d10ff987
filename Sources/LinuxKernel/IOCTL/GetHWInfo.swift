import CLinuxUAPI
import Posix
import Tracing

/// The type of a device's IOMMU hardware information (`enum iommu_hw_info_type`).
public struct HWInfoType: RawRepresentable, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The driver reports nothing. The corresponding C constant is
    /// `IOMMU_HW_INFO_TYPE_NONE`.
    public static let none = HWInfoType(rawValue: UInt32(IOMMU_HW_INFO_TYPE_NONE.rawValue))
    /// `struct iommu_hw_info_vtd`. The corresponding C constant is
    /// `IOMMU_HW_INFO_TYPE_INTEL_VTD`.
    public static let intelVTd = HWInfoType(rawValue: UInt32(IOMMU_HW_INFO_TYPE_INTEL_VTD.rawValue))
    /// `struct iommu_test_hw_info` of the selftest mock driver. The
    /// corresponding C constant is `IOMMU_HW_INFO_TYPE_SELFTEST`.
    public static let selftest = HWInfoType(rawValue: IOMMUSelftest.hwInfoType)
}

/// `out_capabilities` of `IOMMU_GET_HW_INFO`.
public struct HWCapabilities: OptionSet, Sendable, Hashable {
    public var rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The IOMMU can track dirty IO pages (HWPT_ALLOC with
    /// ``HWPTAllocFlags/dirtyTracking``). The corresponding C constant is
    /// `IOMMU_HW_CAP_DIRTY_TRACKING`.
    public static let dirtyTracking = HWCapabilities(rawValue: UInt64(IOMMU_HW_CAP_DIRTY_TRACKING.rawValue))
    /// PASID execute permission. The corresponding C constant is `IOMMU_HW_CAP_PCI_PASID_EXEC`.
    public static let pasidExecute = HWCapabilities(rawValue: UInt64(IOMMU_HW_CAP_PCI_PASID_EXEC.rawValue))
    /// PASID privileged mode. The corresponding C constant is `IOMMU_HW_CAP_PCI_PASID_PRIV`.
    public static let pasidPrivileged = HWCapabilities(rawValue: UInt64(IOMMU_HW_CAP_PCI_PASID_PRIV.rawValue))
}

/// The Intel VT-d registers `IOMMU_GET_HW_INFO` reports (`struct iommu_hw_info_vtd`).
public struct VTdHWInfo: Sendable, Hashable {
    /// `IOMMU_HW_INFO_VTD_*` flags (bit 0: erratum 772415 SPR17).
    public var flags: UInt32
    /// The Capability register.
    public var capability: UInt64
    /// The Extended Capability register.
    public var extendedCapability: UInt64

    public init(flags: UInt32, capability: UInt64, extendedCapability: UInt64) {
        self.flags = flags
        self.capability = capability
        self.extendedCapability = extendedCapability
    }
}

/// `IOMMU_GET_HW_INFO`: the IOMMU hardware information and capabilities
/// behind a bound device, with room for `capacity` bytes of vendor data.
///
/// Fails with ENOENT for an unknown device, EOPNOTSUPP for flags this
/// kernel does not know.
public struct GetHWInfo: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_GET_HW_INFO)
    public static let name = "IOMMU_GET_HW_INFO"
    public var uapi = iommu_hw_info()
    /// The buffer the vendor data lands in; `data_uptr` points here.
    private let storage: ByteStorage

    /// - Parameters:
    ///   - device: a bound device.
    ///   - capacity: bytes of vendor data to accept (0 asks only for the
    ///     type, length and capabilities).
    public init(device: DeviceID, capacity: Int = 64) {
        storage = ByteStorage(zeroed: capacity)
        uapi.size = UInt32(MemoryLayout<iommu_hw_info>.size)
        uapi.dev_id = device.rawValue
        uapi.data_len = UInt32(capacity)
        uapi.data_uptr = capacity == 0 ? 0 : storage.address
    }

    /// The type of the vendor data.
    public var dataType: HWInfoType { HWInfoType(rawValue: uapi.out_data_type) }
    /// The length of the vendor data the kernel has (may exceed the capacity).
    public var dataLength: Int { Int(uapi.data_len) }
    /// The vendor data received (up to the capacity).
    public var data: [UInt8] { Array(storage.bytes.prefix(min(dataLength, storage.count))) }
    /// What the IOMMU can do for this device.
    public var capabilities: HWCapabilities { HWCapabilities(rawValue: uapi.out_capabilities) }
    /// log2 of the device's PASID count; 0 without PASID.
    public var maxPASIDLog2: UInt8 { uapi.out_max_pasid_log2 }

    /// The VT-d registers, when the type is ``HWInfoType/intelVTd`` and all
    /// 24 bytes arrived.
    public var vtd: VTdHWInfo? {
        let bytes = data
        guard dataType == .intelVTd, bytes.count >= 24 else { return nil }
        func word(_ offset: Int, _ count: Int) -> UInt64 {
            var value: UInt64 = 0
            for byte in 0..<count { value |= UInt64(bytes[offset + byte]) << UInt64(8 * byte) }
            return value
        }
        return VTdHWInfo(flags: UInt32(word(0, 4)), capability: word(8, 8), extendedCapability: word(16, 8))
    }

    /// iommud's `iommufd_backend_get_device_info` (`ret` is 0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_get_device_info(
            iommufd: fd, dev_id: uapi.dev_id, data_len: uapi.data_len, type: uapi.out_data_type,
            caps: uapi.out_capabilities, max_pasid_log2: uapi.out_max_pasid_log2, ret: result.negativeErrno)
    }
}
