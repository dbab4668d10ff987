import CLinuxUAPI
import Posix
import Tracing

/// Flags of `IOMMU_HWPT_ALLOC`.
public struct HWPTAllocFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The HWPT may be the parent (stage 2) of nested HWPTs. The
    /// corresponding C constant is `IOMMU_HWPT_ALLOC_NEST_PARENT`.
    public static let nestParent = HWPTAllocFlags(rawValue: UInt32(IOMMU_HWPT_ALLOC_NEST_PARENT.rawValue))
    /// The HWPT tracks dirty IO pages; only devices whose IOMMU can do that
    /// may attach. The corresponding C constant is
    /// `IOMMU_HWPT_ALLOC_DIRTY_TRACKING`.
    public static let dirtyTracking = HWPTAllocFlags(rawValue: UInt32(IOMMU_HWPT_ALLOC_DIRTY_TRACKING.rawValue))
    /// `fault_id` names a FAULT that receives the HWPT's IO page faults. The
    /// corresponding C constant is `IOMMU_HWPT_FAULT_ID_VALID`.
    public static let faultIDValid = HWPTAllocFlags(rawValue: UInt32(IOMMU_HWPT_FAULT_ID_VALID.rawValue))
    /// The HWPT may be attached to a PASID of the device
    /// (`IOMMU_HWPT_ALLOC_PASID`, bit 3). New in Linux 6.13: the 6.12
    /// headers iommud builds against lack it, so it is spelled out here, and
    /// a 6.12 kernel refuses it as an unknown flag (EOPNOTSUPP).
    public static let pasid = HWPTAllocFlags(rawValue: 1 << 3)
}

/// The type of driver data passed to `IOMMU_HWPT_ALLOC` (`enum iommu_hwpt_data_type`).
public struct HWPTDataType: RawRepresentable, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// No data: a kernel-managed paging HWPT. The corresponding C constant
    /// is `IOMMU_HWPT_DATA_NONE`.
    public static let none = HWPTDataType(rawValue: UInt32(IOMMU_HWPT_DATA_NONE.rawValue))
    /// An Intel VT-d stage-1 table (`struct iommu_hwpt_vtd_s1`). The
    /// corresponding C constant is `IOMMU_HWPT_DATA_VTD_S1`.
    public static let vtdS1 = HWPTDataType(rawValue: UInt32(IOMMU_HWPT_DATA_VTD_S1.rawValue))
    /// The selftest mock driver's nested data (`struct iommu_hwpt_selftest`).
    /// The corresponding C constant is `IOMMU_HWPT_DATA_SELFTEST`.
    public static let selftest = HWPTDataType(rawValue: IOMMUSelftest.hwptDataType)
}

/// Driver data for `IOMMU_HWPT_ALLOC`: its type and bytes.
public struct HWPTData: Sendable, Hashable {
    public var type: HWPTDataType
    public var bytes: [UInt8]

    public init(type: HWPTDataType, bytes: [UInt8]) {
        self.type = type
        self.bytes = bytes
    }

    /// Flags of a VT-d stage-1 table (`IOMMU_VTD_S1_*`).
    public struct VTdS1Flags: OptionSet, Sendable, Hashable {
        public var rawValue: UInt64
        public init(rawValue: UInt64) { self.rawValue = rawValue }
        /// Supervisor requests (`IOMMU_VTD_S1_SRE`).
        public static let supervisorRequests = VTdS1Flags(rawValue: UInt64(IOMMU_VTD_S1_SRE.rawValue))
        /// Extended access flag (`IOMMU_VTD_S1_EAFE`).
        public static let extendedAccessFlag = VTdS1Flags(rawValue: UInt64(IOMMU_VTD_S1_EAFE.rawValue))
        /// Write protect (`IOMMU_VTD_S1_WPE`).
        public static let writeProtect = VTdS1Flags(rawValue: UInt64(IOMMU_VTD_S1_WPE.rawValue))
    }

    /// `struct iommu_hwpt_vtd_s1 { u64 flags; u64 pgtbl_addr; u32 addr_width;
    /// u32 __reserved; }`: a guest's VT-d stage-1 table for a nested HWPT.
    public static func vtdS1(pageTable: UInt64, addressWidth: UInt32, flags: VTdS1Flags = []) -> HWPTData {
        var data = iommu_hwpt_vtd_s1()
        data.flags = flags.rawValue
        data.pgtbl_addr = pageTable
        data.addr_width = addressWidth
        return HWPTData(type: .vtdS1, bytes: withUnsafeBytes(of: &data) { Array($0) })
    }

    /// `struct iommu_hwpt_selftest { u32 iotlb; }`: a mock nested HWPT whose
    /// IOTLB slots all start at `iotlb`.
    public static func selftest(iotlb: UInt32 = IOMMUSelftest.iotlbDefault) -> HWPTData {
        HWPTData(type: .selftest, bytes: (0..<4).map { UInt8(truncatingIfNeeded: iotlb >> (8 * $0)) })
    }
}

/// `IOMMU_HWPT_ALLOC`: allocates a hardware page table for a device's IOMMU.
///
/// On an IOAS it makes a kernel-managed paging HWPT (a "manual" domain: it
/// narrows the IOAS's ranges at once, is never chosen automatically and
/// lives until IOMMU_DESTROY); on a paging HWPT allocated with
/// ``HWPTAllocFlags/nestParent`` it makes a nested HWPT from driver data.
/// The device is not attached.
///
/// Fails with ENOENT for an unknown device or fault, EINVAL for a missing
/// or unsuitable `pt`, EOPNOTSUPP for flags or data the IOMMU does not
/// support (dirty tracking on an IOMMU without it), EADDRINUSE when
/// mappings or allowed ranges lie outside the new domain's aperture, EFAULT
/// when the IOAS's memory cannot be pinned.
public struct HWPTAlloc: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_HWPT_ALLOC)
    /// The kernel's minimum `size`: the struct up to `out_hwpt_id`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 24
    public static let name = "IOMMU_HWPT_ALLOC"
    public var uapi = iommu_hwpt_alloc()
    /// Storage for the driver data; `data_uptr` points here.
    private let storage: ByteStorage?

    /// - Parameters:
    ///   - device: the bound device whose IOMMU the HWPT is for.
    ///   - pt: an IOAS (paging HWPT) or a nest-parent HWPT (nested HWPT).
    ///   - flags: allocation flags; ``HWPTAllocFlags/faultIDValid`` is added
    ///     when `fault` is given.
    ///   - data: driver data (required for a nested HWPT).
    ///   - fault: the FAULT that receives the HWPT's page faults.
    public init(device: DeviceID, pt: ObjectID, flags: HWPTAllocFlags = [], data: HWPTData? = nil,
                fault: FaultID? = nil) {
        storage = data.map { ByteStorage($0.bytes) }
        uapi.size = UInt32(MemoryLayout<iommu_hwpt_alloc>.size)
        uapi.flags = flags.union(fault == nil ? [] : .faultIDValid).rawValue
        uapi.dev_id = device.rawValue
        uapi.pt_id = pt.rawValue
        uapi.data_type = data?.type.rawValue ?? HWPTDataType.none.rawValue
        uapi.data_len = UInt32(data?.bytes.count ?? 0)
        uapi.data_uptr = storage?.address ?? 0
        uapi.fault_id = fault?.rawValue ?? 0
    }

    /// A paging HWPT on `ioas`.
    public init(device: DeviceID, ioas: IOASID, flags: HWPTAllocFlags = [], fault: FaultID? = nil) {
        self.init(device: device, pt: ioas.object, flags: flags, fault: fault)
    }

    /// A nested HWPT on the nest parent `parent`.
    public init(device: DeviceID, parent: HWPTID, data: HWPTData, flags: HWPTAllocFlags = [], fault: FaultID? = nil) {
        self.init(device: device, pt: parent.object, flags: flags, data: data, fault: fault)
    }

    /// The new HWPT (after a successful call).
    public var hwpt: HWPTID { HWPTID(rawValue: uapi.out_hwpt_id) }

    /// The new HWPT id.
    public var kernelOutputs: [UInt64] {
        get { [UInt64(uapi.out_hwpt_id)] }
        set { uapi.out_hwpt_id = UInt32(truncatingIfNeeded: newValue.first ?? 0) }
    }

    /// QEMU's `iommufd_backend_alloc_hwpt`, with the raw ioctl return.
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_alloc_hwpt(
            iommufd: fd, dev_id: uapi.dev_id, pt_id: uapi.pt_id, flags: uapi.flags, hwpt_type: uapi.data_type,
            len: uapi.data_len, data_ptr: uapi.data_uptr, out_hwpt_id: uapi.out_hwpt_id, ret: result.raw)
    }
}

/// Bytes the kernel reads or writes through a `__u64` user pointer, alive as
/// long as the request that points at them.
final class ByteStorage {
    let pointer: UnsafeMutableRawPointer
    /// The size in bytes.
    let count: Int

    /// Storage holding `bytes`.
    init(_ bytes: [UInt8]) {
        count = bytes.count
        pointer = .allocate(byteCount: max(bytes.count, 1), alignment: 8)
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: max(bytes.count, 1))
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { pointer.copyMemory(from: base, byteCount: bytes.count) }
        }
    }

    /// `count` zero bytes.
    convenience init(zeroed count: Int) { self.init(zeroedCount: count) }

    /// `count` zero bytes, without building them first.
    init(zeroedCount count: Int) {
        self.count = count
        pointer = .allocate(byteCount: max(count, 1), alignment: 8)
        pointer.initializeMemory(as: UInt8.self, repeating: 0, count: max(count, 1))
    }

    /// The address to put in the struct.
    var address: UInt64 { UInt64(UInt(bitPattern: pointer)) }

    /// The current contents.
    var bytes: [UInt8] { Array(UnsafeRawBufferPointer(start: pointer, count: count)) }

    deinit { pointer.deallocate() }
}
