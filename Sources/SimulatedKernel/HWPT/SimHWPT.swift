import Posix

/// A hardware page table object (the kernel's `iommufd_hw_pagetable`):
/// ``SimHWPTPaging`` or ``SimHWPTNested``. Its users are the devices
/// attached to it and, for a paging one, its nested children.
class SimHWPT: SimObject {
    /// The FAULT that receives its IO page faults (`IOMMU_HWPT_FAULT_ID_VALID`).
    var fault: SimFault?

    /// The paging HWPT whose IOAS an attachment touches: itself, or a nested
    /// HWPT's parent.
    var pagingBase: SimHWPTPaging {
        preconditionFailure("abstract")
    }

    /// The driver that owns it.
    var driver: SimIOMMUDriver {
        preconditionFailure("abstract")
    }
}

/// A kernel-managed HWPT on an IOAS (`iommufd_hwpt_paging`): a paging
/// domain that mirrors the IOAS.
final class SimHWPTPaging: SimHWPT {
    /// The IOAS it mirrors (which counts it as a user).
    let ioas: SimIOAS
    let domain: SimPagingDomain
    /// Made by attaching a device to an IOAS: found by the automatic
    /// search, destroyed with its last device.
    var autoDomain = false
    /// Allocated with `IOMMU_HWPT_ALLOC_NEST_PARENT`.
    let nestParent: Bool

    init(id: UInt32, ioas: SimIOAS, domain: SimPagingDomain, nestParent: Bool) {
        self.ioas = ioas
        self.domain = domain
        self.nestParent = nestParent
        super.init(id: id)
    }

    override var pagingBase: SimHWPTPaging { self }
    override var driver: SimIOMMUDriver { domain.driver }
}

/// A user-managed HWPT nested on a nest-parent paging HWPT
/// (`iommufd_hwpt_nested`). Only the mock driver makes them here: four
/// "IOTLB" slots that HWPT_INVALIDATE clears.
final class SimHWPTNested: SimHWPT {
    /// The nest parent (which counts it as a user).
    let parent: SimHWPTPaging
    /// The mock's IOTLB slots (`MOCK_NESTED_DOMAIN_IOTLB_NUM`).
    var iotlb: [UInt32]
    /// A VT-d guest's stage-1 table (nil for the mock's).
    let vtdS1: VTdS1?

    /// `struct iommu_hwpt_vtd_s1`: flags, page table, address width.
    struct VTdS1 {
        static let size = 24
        let flags: UInt64
        let pageTable: UInt64
        let addressWidth: UInt32

        /// Reads the little-endian struct from at least ``size`` bytes.
        init(_ bytes: [UInt8]) {
            func le(_ offset: Int, _ count: Int) -> UInt64 {
                (0..<count).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
            }
            flags = le(0, 8)
            pageTable = le(8, 8)
            addressWidth = UInt32(le(16, 4))
        }
    }

    init(id: UInt32, parent: SimHWPTPaging, iotlb: UInt32) {
        self.parent = parent
        self.iotlb = [UInt32](repeating: iotlb, count: 4)
        self.vtdS1 = nil
        super.init(id: id)
    }

    init(id: UInt32, parent: SimHWPTPaging, vtdS1: VTdS1) {
        self.parent = parent
        self.iotlb = []
        self.vtdS1 = vtdS1
        super.init(id: id)
    }

    override var pagingBase: SimHWPTPaging { parent }
    override var driver: SimIOMMUDriver { parent.driver }
}

/// The SELFTEST object MOCK_DOMAIN creates: it owns a mock device and its
/// DEVICE object; destroying it detaches and unbinds the device.
final class SimSelftestObject: SimObject {
    /// The mock device's DEVICE object.
    let device: SimDevice

    init(id: UInt32, device: SimDevice) {
        self.device = device
        super.init(id: id)
    }
}
