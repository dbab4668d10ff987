import LinuxKernel
import Posix

/// The hardware behind a DEVICE object.
enum SimDeviceHardware {
    /// A selftest mock device (MOCK_DOMAIN): its own group, the mock IOMMU.
    case mock(flags: IOMMUSelftest.MockDeviceFlags, serial: Int)
    /// A device of the simulated host behind a VT-d unit.
    case host(SimulatedDevice, SimulatedIOMMU)
}

/// An IOMMU group key: devices with the same key share one domain.
enum SimGroupKey: Hashable {
    /// Every mock device is alone in its group.
    case mock(Int)
    /// A host IOMMU group by number.
    case host(Int)
}

/// A device bound to an iommufd (the kernel's `iommufd_device`, a DEVICE
/// object). Its binding driver holds it (DESTROY → EBUSY); it leaves with
/// the driver's unbind (closing the VFIO device, destroying the selftest
/// object).
final class SimDevice: SimObject {
    let hardware: SimDeviceHardware
    /// The HWPT it is attached to (no PASID).
    var attached: SimHWPT?
    /// The mock device's cache slots (DEV_CHECK_CACHE).
    var cache = [UInt32](repeating: IOMMUSelftest.deviceCacheDefault, count: IOMMUSelftest.deviceCacheCount)

    init(id: UInt32, hardware: SimDeviceHardware) {
        self.hardware = hardware
        super.init(id: id)
        ownedByDriver = true
    }

    /// Its IOMMU group.
    var group: SimGroupKey {
        switch hardware {
        case .mock(_, let serial): return .mock(serial)
        case .host(let device, _): return .host(device.group ?? -1)
        }
    }

    /// The IOMMU driver its domains come from.
    var driver: SimIOMMUDriver {
        switch hardware {
        case .mock: return .mock
        case .host: return .intel
        }
    }

    /// Whether it is a selftest mock device.
    var isMock: Bool {
        if case .mock = hardware { return true }
        return false
    }

    /// `IOMMU_CAP_DIRTY_TRACKING`: mock devices unless NO_DIRTY; VT-d units
    /// with SMTS and SLADS.
    var dirtyTracking: Bool {
        switch hardware {
        case .mock(let flags, _): return !flags.contains(.noDirty)
        case .host(_, let iommu): return iommu.registers.dirtyTracking
        }
    }

    /// `IOMMU_CAP_ENFORCE_CACHE_COHERENCY`: never for the mock; VT-d with
    /// snoop control.
    var enforcesCacheCoherency: Bool {
        switch hardware {
        case .mock: return false
        case .host(_, let iommu): return iommu.registers.snoopControl
        }
    }

    /// `out_max_pasid_log2`.
    var pasidWidth: UInt8 {
        switch hardware {
        case .mock(let flags, _): return flags.contains(.pasid) ? IOMMUSelftest.pasidWidth : 0
        case .host(let device, let iommu):
            guard device.pasidWidth > 0, iommu.registers.pasid else { return 0 }
            return min(device.pasidWidth, UInt8(iommu.registers.pasidWidth))
        }
    }

    /// Whether it can take part in IO page fault handling (a fault-capable
    /// HWPT enables IOPF on it): the mock always; a PCI device with PRI
    /// behind a unit with page requests.
    var supportsPageFaults: Bool {
        switch hardware {
        case .mock: return true
        case .host(let device, let iommu): return device.pageRequests && iommu.registers.pageRequests
        }
    }

    /// The IOVA regions it must never be given (MSI window, RMRRs),
    /// inclusive: the VT-d MSI/IOAPIC window [0xfee00000, 0xfeefffff] for
    /// every device behind a VT-d unit; none for the mock.
    var reservedRegions: [Interval] {
        switch hardware {
        case .mock: return []
        case .host(let device, _): return Self.hostReservedRegions(device)
        }
    }

    /// The reserved regions of a host device behind a VT-d unit: the
    /// MSI/IOAPIC window and its RMRRs (also what a legacy type1 container
    /// excludes from its IOVA list for the device's group).
    static func hostReservedRegions(_ device: SimulatedDevice) -> [Interval] {
        [Interval(start: 0xfee0_0000, last: 0xfeef_ffff)]
            + device.reservedRegions.map { Interval(start: $0.lowerBound, last: $0.upperBound) }
    }

    /// `IOMMU_GET_HW_INFO`'s vendor data: its type and bytes.
    var hardwareInfo: (type: UInt32, data: [UInt8]) {
        func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        func le64(_ v: UInt64) -> [UInt8] { (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * UInt64($0))) } }
        switch hardware {
        case .mock:
            // struct iommu_test_hw_info { flags = 0; test_reg }
            return (IOMMUSelftest.hwInfoType, le32(0) + le32(IOMMUSelftest.hwInfoRegisterValue))
        case .host(_, let iommu):
            // struct iommu_hw_info_vtd { flags = ERRATA_772415_SPR17; __reserved; cap_reg; ecap_reg }
            return (HWInfoType.intelVTd.rawValue,
                    le32(1) + le32(0) + le64(iommu.registers.capability) + le64(iommu.registers.extendedCapability))
        }
    }

    /// The driver's paging-domain allocation (`domain_alloc_user` /
    /// `domain_alloc_paging`) for this device, after iommufd's own checks:
    /// mock → aperture [16 MiB, 2 GiB − 1], 2 KiB pages (+ 1 MiB with
    /// HUGE_IOVA), dirty ops with DIRTY_TRACKING, driver data → EOPNOTSUPP
    /// (Linux 6.12's mock takes data only for nested domains); VT-d →
    /// [0, 2^aw − 1], 4 KiB/2 MiB/1 GiB pages, NEST_PARENT without nesting
    /// support → EOPNOTSUPP, driver data → EOPNOTSUPP.
    func allocatePagingDomain(flags: UInt32, hasData: Bool) throws(Errno) -> SimPagingDomain {
        let nestParent = UInt32(1), dirty = UInt32(2)
        switch hardware {
        case .mock(let deviceFlags, _):
            if hasData { throw .EOPNOTSUPP }
            if flags & ~(nestParent | dirty) != 0 { throw .EOPNOTSUPP }
            if flags & dirty != 0 && deviceFlags.contains(.noDirty) { throw .EOPNOTSUPP }
            var pages = IOMMUSelftest.pageSize
            if deviceFlags.contains(.hugeIOVA) { pages |= IOMMUSelftest.hugePageSize }
            return SimPagingDomain(driver: .mock, apertureStart: IOMMUSelftest.apertureStart,
                                   apertureLast: IOMMUSelftest.apertureLast, pageSizeBitmap: pages,
                                   hasDirtyOps: flags & dirty != 0)
        case .host(_, let iommu):
            let registers = iommu.registers
            if flags & ~(nestParent | dirty) != 0 { throw .EOPNOTSUPP }
            if flags & nestParent != 0 && !registers.nesting { throw .EOPNOTSUPP }
            if hasData || (flags & dirty != 0 && !registers.dirtyTracking) { throw .EOPNOTSUPP }
            let width = registers.addressWidth
            return SimPagingDomain(driver: .intel, apertureStart: 0,
                                   apertureLast: width >= 64 ? .max : (1 << UInt64(width)) - 1,
                                   pageSizeBitmap: registers.pageSizeBitmap, hasDirtyOps: flags & dirty != 0,
                                   pageWalkCoherent: registers.coherent)
        }
    }

    /// The driver's check when its group first gets `hwpt`'s domain
    /// (`attach_dev`); incompatibility is EINVAL, the contract automatic
    /// domain selection relies on. Another driver's domain; mock: a domain
    /// with dirty ops on a NO_DIRTY device; VT-d: dirty ops on a unit without
    /// SLADS, enforced coherency without snoop control, another page-walk
    /// coherency, or an aperture wider than the unit translates.
    func checkAttach(_ hwpt: SimHWPT) throws(Errno) {
        guard hwpt.driver == driver else { throw .EINVAL }
        let domain = hwpt.pagingBase.domain
        switch hardware {
        case .mock(let flags, _):
            if hwpt is SimHWPTPaging && domain.hasDirtyOps && flags.contains(.noDirty) { throw .EINVAL }
        case .host(_, let iommu):
            let registers = iommu.registers
            if domain.hasDirtyOps && !registers.dirtyTracking { throw .EINVAL }
            if domain.enforcesCacheCoherency && !registers.snoopControl { throw .EINVAL }
            if domain.pageWalkCoherent != registers.coherent { throw .EINVAL }
            let width = registers.addressWidth
            if width < 64 && domain.apertureLast > (1 << UInt64(width)) - 1 { throw .EINVAL }
            // A stage-1 table (intel_pasid_setup_nested): 5 levels need
            // FL5LP, supervisor requests SRS.
            if let nested = hwpt as? SimHWPTNested, let s1 = nested.vtdS1 {
                if s1.addressWidth == 57 && !registers.firstStage5Level { throw .EINVAL }
                let flags = HWPTData.VTdS1Flags(rawValue: s1.flags)
                if flags.contains(.supervisorRequests) && !registers.supervisorRequests { throw .EINVAL }
            }
        }
    }
}
