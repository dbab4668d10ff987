import LinuxKernel
import QAPIRuntime
import QMPAPI

/// QEMU's HostIOMMUDevice: what the IOMMU behind an assigned device can do,
/// read once when the device is added (IOMMU_GET_HW_INFO before the attach
/// that also uses it, its IOVA ranges after), handed to the vIOMMU of its
/// address space.
struct HostIOMMUDevice {
    /// The host device's sysfs name.
    let name: String
    /// The VFIO backend it reached its container through.
    let backend: VFIOContainerBackend
    /// IOMMU_GET_HW_INFO (iommufd backend only; the legacy one has no way
    /// to ask, as QEMU's legacy HostIOMMUDevice knows nothing but AW bits).
    let hardware: Hardware?
    /// The usable IOVA ranges of its container after it joined.
    let iovaRanges: [ClosedRange<UInt64>]
    /// The page sizes the host maps for it (QEMU's `get_page_size_mask`).
    let pageSizeMask: UInt64
    /// Whether it sits behind a conventional PCI bridge (an aliased BDF).
    let aliased: Bool
    /// The HWPT it was attached to when added (QEMU's `idev->hwpt_id`).
    let defaultHWPT: HWPTID?

    /// What IOMMU_GET_HW_INFO said.
    struct Hardware {
        let type: HWInfoType
        let capabilities: HWCapabilities
        let maxPASIDLog2: UInt8
        let vtd: VTdHWInfo?
    }

    /// QEMU's `vfio_device_get_aw_bits`: one more than the highest bit of
    /// the last usable IOVA, 64 when the kernel reported no ranges.
    var awBits: Int {
        guard let last = iovaRanges.map(\.upperBound).max(), last > 0 else { return 64 }
        return 64 - last.leadingZeroBitCount
    }

    /// The host page size: QEMU's page size mask on the iommufd backend
    /// when the kernel reports no IOVA alignment (else the alignment).
    static let hostPageSize: UInt64 = 4096
}

extension HostIOMMUDevice {
    /// The device as `query-host-iommu-devices` lists it.
    func info(device: String, viommu: String?) -> HostIOMMUDeviceInfo {
        var capabilities: [IOMMUFDHWCapability]?
        if let hardware {
            var list: [IOMMUFDHWCapability] = []
            if hardware.capabilities.contains(.dirtyTracking) { list.append(.dirtyTracking) }
            if hardware.capabilities.contains(.pasidExecute) { list.append(.pasidExec) }
            if hardware.capabilities.contains(.pasidPrivileged) { list.append(.pasidPriv) }
            capabilities = list
        }
        return HostIOMMUDeviceInfo(
            device: device, name: name, backend: backend, iommuType: hardware.map { IOMMUFDCommands.describe($0.type) },
            awBits: UInt8(awBits), pageSizeMask: pageSizeMask, capabilities: capabilities,
            maxPasidLog2: hardware?.maxPASIDLog2, vtd: hardware?.vtd.map(IOMMUFDCommands.describe), aliased: aliased,
            hwptId: defaultHWPT?.rawValue, viommu: viommu)
    }
}
