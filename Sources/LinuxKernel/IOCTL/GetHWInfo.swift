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
    /// ARM SMMUv3 ID registers (`struct iommu_hw_info_arm_smmuv3`,
    /// `IOMMU_HW_INFO_TYPE_ARM_SMMUV3` = 2). Newer than the 6.12 headers
    /// iommud builds against, so spelled out here.
    public static let armSMMUv3 = HWInfoType(rawValue: 2)
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

    /// Bits `low ..< low+width` of `register`.
    private static func field(_ register: UInt64, _ low: Int, _ width: Int) -> UInt64 {
        (register >> UInt64(low)) & ((1 << UInt64(width)) - 1)
    }

    // Capability register fields, as the VT-d specification and Linux's
    // `cap_*` accessors lay them out.

    /// MGAW (bits 21:16) + 1: the widest guest address the unit translates.
    public var maximumGuestAddressWidth: Int { Int(Self.field(capability, 16, 6)) + 1 }
    /// SAGAW (bits 12:8): second-stage table depths (bit 1: 39-bit,
    /// bit 2: 48-bit, bit 3: 57-bit).
    public var supportedAdjustedGuestAddressWidths: UInt64 { Self.field(capability, 8, 5) }
    /// The address width of a second-stage table: the deepest SAGAW level,
    /// capped at MGAW.
    public var addressWidth: Int {
        let sagaw = supportedAdjustedGuestAddressWidths
        let deepest = sagaw & 0b1000 != 0 ? 57 : sagaw & 0b100 != 0 ? 48 : 39
        return min(deepest, maximumGuestAddressWidth)
    }
    /// The second-stage page sizes: 4 KiB, and 2 MiB / 1 GiB per SLLPS
    /// (bits 37:34).
    public var pageSizes: [UInt64] {
        let sllps = Self.field(capability, 34, 4)
        var sizes: [UInt64] = [1 << 12]
        if sllps & 0b01 != 0 { sizes.append(1 << 21) }
        if sllps & 0b10 != 0 { sizes.append(1 << 30) }
        return sizes
    }
    /// FL1GP (bit 56): first-stage 1 GiB pages.
    public var firstStage1GPages: Bool { Self.field(capability, 56, 1) != 0 }

    // Extended capability register fields (`ecap_*`).

    /// C (bit 0): page-walk coherency.
    public var coherent: Bool { Self.field(extendedCapability, 0, 1) != 0 }
    /// IR (bit 3): interrupt remapping.
    public var interruptRemapping: Bool { Self.field(extendedCapability, 3, 1) != 0 }
    /// SC (bit 7): snoop control.
    public var snoopControl: Bool { Self.field(extendedCapability, 7, 1) != 0 }
    /// NEST (bit 26): nested translation.
    public var nested: Bool { Self.field(extendedCapability, 26, 1) != 0 }
    /// PRS (bit 29): page requests.
    public var pageRequests: Bool { Self.field(extendedCapability, 29, 1) != 0 }
    /// PSS (bits 39:35) + 1: PASID width in bits.
    public var pasidWidth: Int { Int(Self.field(extendedCapability, 35, 5)) + 1 }
    /// PASID (bit 40).
    public var pasid: Bool { Self.field(extendedCapability, 40, 1) != 0 }
    /// SMTS (bit 43): scalable-mode translation.
    public var scalableMode: Bool { Self.field(extendedCapability, 43, 1) != 0 }
    /// SLADS (bit 45): second-stage accessed/dirty bits.
    public var secondStageAccessedDirty: Bool { Self.field(extendedCapability, 45, 1) != 0 }
    /// FLTS (bit 47): first-stage translation.
    public var firstStage: Bool { Self.field(extendedCapability, 47, 1) != 0 }

    /// Whether the unit can track dirty pages (Linux's `ssads_supported`:
    /// SMTS and SLADS).
    public var dirtyTracking: Bool { scalableMode && secondStageAccessedDirty }
    /// Whether the unit can nest (scalable mode with NEST).
    public var nesting: Bool { scalableMode && nested }
    /// `IOMMU_HW_INFO_VTD_ERRATA_772415_SPR17`: nest-parent tables ignore
    /// read-only (QEMU then maps no read-only sections).
    public var errata772415: Bool { flags & 1 != 0 }
}

/// The ARM SMMUv3 ID registers `IOMMU_GET_HW_INFO` reports
/// (`struct iommu_hw_info_arm_smmuv3`, 40 bytes).
public struct SMMUv3HWInfo: Sendable, Hashable {
    /// Vendor flags.
    public var flags: UInt32
    /// IDR0 … IDR5.
    public var idr: [UInt32]
    /// IIDR: implementation identification.
    public var iidr: UInt32
    /// AIDR: architecture version.
    public var aidr: UInt32

    /// The registers as read from the vendor data.
    public init(flags: UInt32, idr: [UInt32], iidr: UInt32, aidr: UInt32) {
        self.flags = flags
        self.idr = idr
        self.iidr = iidr
        self.aidr = aidr
    }

    private func field(_ index: Int, _ low: Int, _ width: Int) -> UInt32 {
        guard index < idr.count else { return 0 }
        return (idr[index] >> UInt32(low)) & ((1 << UInt32(width)) - 1)
    }

    /// IDR0.S1P (bit 1): stage-1 translation.
    public var stage1: Bool { field(0, 1, 1) != 0 }
    /// IDR0.S2P (bit 0): stage-2 translation.
    public var stage2: Bool { field(0, 0, 1) != 0 }
    /// IDR0.HTTU (bits 7:6) = 2: hardware updates of access and dirty state.
    public var hardwareDirty: Bool { field(0, 6, 2) == 2 }
    /// IDR1.SSIDSIZE (bits 10:6): substream id bits.
    public var substreamIDBits: Int { Int(field(1, 6, 5)) }
    /// IDR5.OAS (bits 2:0): output address size in bits.
    public var outputAddressBits: Int {
        switch field(5, 0, 3) {
        case 0: return 32
        case 1: return 36
        case 2: return 40
        case 3: return 42
        case 4: return 44
        case 5: return 48
        default: return 52
        }
    }
}

/// `IOMMU_GET_HW_INFO`: the IOMMU hardware information and capabilities
/// behind a bound device, with room for `capacity` bytes of vendor data.
///
/// Fails with ENOENT for an unknown device, EOPNOTSUPP for flags this
/// kernel does not know.
public struct GetHWInfo: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_GET_HW_INFO)
    /// The kernel's minimum `size`: the struct up to `__reserved`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 32
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

    /// The SMMUv3 registers, when the type is ``HWInfoType/armSMMUv3`` and
    /// all 40 bytes arrived.
    public var smmuv3: SMMUv3HWInfo? {
        let bytes = data
        guard dataType == .armSMMUv3, bytes.count >= 40 else { return nil }
        func word(_ offset: Int) -> UInt32 {
            (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << UInt32(8 * $1) }
        }
        return SMMUv3HWInfo(flags: word(0), idr: (0..<6).map { word(8 + 4 * $0) }, iidr: word(32), aidr: word(36))
    }

    /// iommud's `iommufd_backend_get_device_info` (`ret` is 0 or −errno).
    /// It only looks.
    public var changesKernelState: Bool { false }

    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_get_device_info(
            iommufd: fd, dev_id: uapi.dev_id, data_len: uapi.data_len, type: uapi.out_data_type,
            caps: uapi.out_capabilities, max_pasid_log2: uapi.out_max_pasid_log2, ret: result.negativeErrno)
    }
}
