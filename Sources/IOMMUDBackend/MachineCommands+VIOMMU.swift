import LinuxKernel
import QAPIRuntime
import QMP
import QMPAPI
import Tracing

/// vIOMMUs (`intel-iommu`, `virtio-iommu-pci`), the host IOMMU devices
/// they check, the machine's phases, and what blocks migration.
extension MachineCommands: RunStateCommands, ViommuCommands, MigrationCommands {
    // MARK: Phases

    public func queryStatus(context: QMPRequestContext) throws(QMPError) -> StatusInfo {
        try tree.withState { s throws(QMPError) in
            s.machine.isBuilding ? StatusInfo(running: false, status: .prelaunch) : StatusInfo(running: true, status: .running)
        }
    }

    public func queryStateJournal(context: QMPRequestContext) throws(QMPError) -> StateJournalInfo {
        guard let journal = tree.journal else {
            throw QMPError.generic("iommud was started without --state-dir: there is no state journal")
        }
        guard let report = journal.restoreReport else {
            throw QMPError.generic("the state journal in \(journal.directory) has not been restored yet")
        }
        return report
    }

    public func xExitPreconfig(context: QMPRequestContext) throws(QMPError) {
        try tree.transaction { s, transaction throws(QMPError) in
            guard s.machine.isBuilding else {
                throw QMPError.generic("The command is permitted only before machine initialization")
            }
            s.machine.finishBuilding(in: transaction)
        }
    }

    // MARK: Adding a vIOMMU

    func addIntelIOMMU(id: String, _ p: IntelIOMMUProperties) throws(QMPError) {
        let space = p.addressSpace ?? Machine.defaultAddressSpace
        try tree.transaction { s, transaction throws(QMPError) in
            try Self.checkNewVIOMMU(id, driver: "intel-iommu", in: space, s.machine)
            let viommu = try IntelIOMMUDevice(
                id: id, addressSpace: space, awBits: Int(p.awBits ?? 39), cachingMode: p.cachingMode ?? false,
                scalableMode: p.xScalableMode ?? false, flts: p.xFlts ?? false, fs1gp: p.fs1gp ?? true)
            s.machine.add(viommu, in: transaction)
        }
    }

    func addVirtioIOMMU(id: String, _ p: VirtioIOMMUPCIProperties) throws(QMPError) {
        let space = p.addressSpace ?? Machine.defaultAddressSpace
        let granule: VirtioIOMMUGranuleSize
        switch p.granule ?? .host {
        case ._4k: granule = VirtioIOMMUGranuleSize(name: "4k", bytes: 4096)
        case ._8k: granule = VirtioIOMMUGranuleSize(name: "8k", bytes: 8192)
        case ._16k: granule = VirtioIOMMUGranuleSize(name: "16k", bytes: 16384)
        case ._64k: granule = VirtioIOMMUGranuleSize(name: "64k", bytes: 65536)
        case .host: granule = VirtioIOMMUGranuleSize(name: "host", bytes: HostIOMMUDevice.hostPageSize)
        }
        try tree.transaction { s, transaction throws(QMPError) in
            try Self.checkNewVIOMMU(id, driver: "virtio-iommu-pci", in: space, s.machine)
            s.machine.add(VirtioIOMMUDevice(id: id, addressSpace: space, granule: granule), in: transaction)
        }
    }

    /// QEMU's rules for a vIOMMU: not hotpluggable, one per machine (here:
    /// per address space), and (iommud's) before the devices it
    /// translates, which would otherwise have gone unchecked.
    private static func checkNewVIOMMU(_ id: String, driver: String, in space: String, _ machine: Machine) throws(QMPError) {
        try checkNewDevice(id, in: space, machine)
        guard machine.isBuilding else { throw QMPError.generic("Device '\(driver)' does not support hotplugging") }
        guard machine.viommu(in: space) == nil else {
            throw QMPError.generic("QEMU does not support multiple vIOMMUs for x86 yet.")
        }
        if let assigned = machine.devices.lazy.compactMap({ $0 as? VFIOPCIDevice }).first(where: { $0.addressSpace == space }) {
            throw QMPError.generic(
                "\(driver) '\(id)' must come before the assigned devices of address space '\(space)' it translates: '\(assigned.id)' is there already")
        }
    }

    /// QEMU's `pci_device_set_iommu_device` for a new vfio-pci device: the
    /// vIOMMU of its address space, if any, checks (and while the machine
    /// is built, syncs against) its host IOMMU device. Errors carry QEMU's
    /// `vfio <name>: ` prefix.
    static func plug(_ hiod: HostIOMMUDevice, device id: String, in space: String, _ machine: Machine,
                     _ transaction: Transaction) throws(QMPError)
    {
        guard let viommu = machine.viommu(in: space) else { return }
        do throws(QMPError) {
            try viommu.setIOMMUDevice(hiod, device: id, coldplug: machine.isBuilding, in: transaction)
        } catch {
            throw QMPError(error.errorClass, "vfio \(hiod.name): \(error.desc)", errno: error.errno)
        }
    }

    // MARK: Queries

    public func queryHostIommuDevices(context: QMPRequestContext) throws(QMPError) -> [HostIOMMUDeviceInfo] {
        try tree.withState { s throws(QMPError) in
            s.machine.devices.compactMap { $0 as? VFIOPCIDevice }.compactMap { device in
                device.hostIOMMU?.info(device: device.id, viommu: s.machine.viommu(in: device.addressSpace)?.id)
            }
        }
    }

    /// The blockers: every vIOMMU's syncs, then every container that cannot
    /// track dirty pages (a migration needs them).
    public func queryMigrate(context: QMPRequestContext) throws(QMPError) -> MigrationInfo {
        try tree.withState { s throws(QMPError) in
            var reasons = s.machine.devices.compactMap { $0 as? VIOMMUDevice }.flatMap(\.blockers)
            for container in s.machine.containers {
                if let obstacle = container.dirtyTrackingObstacle(devices: s.machine.devices(in: container)) {
                    reasons.append(obstacle)
                }
            }
            return MigrationInfo(blockedReasons: reasons.isEmpty ? nil : reasons)
        }
    }
}
