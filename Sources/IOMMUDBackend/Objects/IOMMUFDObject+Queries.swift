import LinuxKernel
import QAPIRuntime

/// What the model answers without changing anything: counts against the
/// limits, and facts derived from the records.
extension IOMMUFDObject {
    /// Kernel objects held through this object: IOASes, HWPTs, devices.
    var kernelObjectCount: Int { ioases.count + hwpts.count + devices.count }

    /// Refuses one more kernel object once ``BackendLimits/kernelObjectsPerIOMMUFD`` are held.
    func checkRoomForKernelObject() throws(QMPError) {
        guard kernelObjectCount < limits.kernelObjectsPerIOMMUFD else {
            throw BackendLimits.reached(
                "iommufd object '\(id)' holds \(kernelObjectCount) IOASes, HWPTs and devices",
                limits.kernelObjectsPerIOMMUFD, option: "--max-iommufd-objects")
        }
    }

    /// Refuses `count` more mappings in `ioas` beyond ``BackendLimits/mappingsPerIOAS``.
    func checkRoom(forMappings count: Int, in ioas: IOASRecord) throws(QMPError) {
        guard ioas.mappings.count + count <= limits.mappingsPerIOAS else {
            throw BackendLimits.reached(
                "IOAS \(ioas.id.rawValue) of iommufd object '\(id)' holds \(ioas.mappings.count) mappings",
                limits.mappingsPerIOAS, option: "--max-mappings")
        }
    }

    /// The automatic HWPT `device` is a member of, if any.
    func automaticHWPT(of device: DeviceID) -> HWPTRecord? {
        hwpts.values.first { $0.automatic && $0.devices.contains(device) }
    }

    /// The device bound through this object as `id`.
    func device(_ id: UInt32) throws(QMPError) -> DeviceRecord {
        guard let record = devices[DeviceID(rawValue: id)] else {
            throw QMPError.generic("no device with dev-id \(id) is bound through iommufd object '\(self.id)'")
        }
        return record
    }

    /// QEMU's `hwpt_list` for `ioas`: the automatic HWPTs allocated on it,
    /// newest first (derived from the HWPT records).
    func automaticHWPTs(on ioas: IOASID) -> [HWPTID] {
        hwpts.values.filter { $0.automatic && $0.parent == ioas.object }.sorted { $0.sequence > $1.sequence }.map(\.id)
    }

    /// Who in the device model owns kernel object `id` (an IOAS of a
    /// container, an automatic HWPT on one, a device added with
    /// `device_add`), if anyone, with what kind of object it is.
    func owner(of id: ObjectID) -> (kind: String, owner: String)? {
        if let ioas = ioases[IOASID(rawValue: id.rawValue)] { return ioas.managedBy.map { ("IOAS", $0) } }
        if let hwpt = hwpts[HWPTID(rawValue: id.rawValue)] {
            // On an IOAS of a container, or nested on a HWPT that is.
            if let parent = hwpts[HWPTID(rawValue: hwpt.parent.rawValue)] {
                return owner(of: parent.id.object).map { ("HWPT", $0.owner) }
            }
            return ioases[IOASID(rawValue: hwpt.parent.rawValue)]?.managedBy.map { ("HWPT", $0) }
        }
        return devices[DeviceID(rawValue: id.rawValue)]?.managedBy.map { ("dev-id", $0) }
    }

    /// Refuses a low-level command (`iommufd-*`, `vfio-device-*`) on a
    /// kernel object the device model owns: it keeps its containers
    /// mirroring their address space, and only `device_add`/`device_del`
    /// change them.
    func checkUnmanaged(_ id: ObjectID) throws(QMPError) {
        guard let (kind, owner) = owner(of: id) else { return }
        throw QMPError.generic("\(kind) \(id.rawValue) belongs to \(owner): use device_add and device_del")
    }
}

extension IOMMUFDObject {
    /// IOMMU_IOAS_IOVA_RANGES of `ioas`, asked again with room for every
    /// range when the first answer (EMSGSIZE) says there are more.
    func iovaRanges(of ioas: IOASID) throws(KernelError) -> IOASIOVARanges {
        var capacity = 8
        while true {
            var ranges = IOASIOVARanges(ioas: ioas, capacity: capacity)
            do throws(KernelError) {
                try perform(&ranges)
                return ranges
            } catch {
                guard error.errno == .EMSGSIZE, ranges.count > capacity else { throw error }
                capacity = ranges.count
            }
        }
    }

    /// IOMMU_GET_HW_INFO of `device`: what its IOMMU is and can do.
    func hardware(of device: DeviceRecord) throws(KernelError) -> HostIOMMUDevice.Hardware {
        var hw = GetHWInfo(device: device.id)
        try perform(&hw)
        return .init(type: hw.dataType, capabilities: hw.capabilities, maxPASIDLog2: hw.maxPASIDLog2, vtd: hw.vtd)
    }

    /// QEMU's `host-iommu-device-iommufd-vfio` realize: the `hardware`
    /// read of `device` (read once, before the attach that used it) and
    /// the IOVA ranges of the IOAS it was attached in.
    func hostIOMMUDevice(
        of device: DeviceRecord, in ioas: IOASID, hardware: HostIOMMUDevice.Hardware, aliased: Bool
    ) throws(KernelError) -> HostIOMMUDevice {
        let ranges = try iovaRanges(of: ioas)
        return HostIOMMUDevice(
            name: device.name, backend: .iommufd, hardware: hardware,
            iovaRanges: ranges.ranges.map { $0.start...$0.last },
            pageSizeMask: ranges.alignment == 0 ? HostIOMMUDevice.hostPageSize : ranges.alignment,
            aliased: aliased, defaultHWPT: automaticHWPT(of: device.id)?.id)
    }
}
