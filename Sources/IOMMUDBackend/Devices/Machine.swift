import LinuxKernel

/// QEMU's machine as far as VFIO sees it: the devices added with
/// `device_add` (/machine/peripheral), and the VFIO containers that mirror
/// the dimms of each address space. Address spaces are not stored: one
/// exists while a dimm or a container names it.
///
/// It changes only through the methods below, each registering its undo
/// with the command's transaction.
final class Machine {
    /// Devices in creation order.
    private(set) var devices: [DeviceObject] = []
    /// Containers in creation order.
    private(set) var containers: [any VFIOContainerModel] = []
    /// The number in the next container's name (names are not reused).
    private var nextContainer = 0
    /// QEMU's machine phase: devices added while it is `prelaunch` are
    /// coldplugged, later ones hotplugged.
    private(set) var phase: RunPhase

    /// The two phases iommud has.
    enum RunPhase: Equatable {
        case prelaunch, running
    }

    /// A machine in `phase` (`prelaunch` until the command line is
    /// realized, or `x-exit-preconfig` with `--preconfig`).
    init(phase: RunPhase = .running) {
        self.phase = phase
    }

    /// Whether a device added now is coldplugged.
    var isBuilding: Bool { phase == .prelaunch }

    /// Ends the prelaunch phase: every vIOMMU freezes. Undone by going back.
    func finishBuilding(in transaction: Transaction) {
        phase = .running
        for viommu in devices.compactMap({ $0 as? VIOMMUDevice }) { viommu.freeze(in: transaction) }
        transaction.onFailure("go back to the prelaunch phase") { [self] () throws(KernelError) in phase = .prelaunch }
    }

    /// The vIOMMU of `space`, if it has one.
    func viommu(in space: String) -> VIOMMUDevice? {
        devices.lazy.compactMap { $0 as? VIOMMUDevice }.first { $0.addressSpace == space }
    }

    /// The address space commands use when they name none.
    static let defaultAddressSpace = "system"

    /// The device `id`, or the one at QOM path `/machine/peripheral/<id>`.
    func device(_ idOrPath: String) -> DeviceObject? {
        let id = idOrPath.hasPrefix(DeviceObject.peripheral + "/")
            ? String(idOrPath.dropFirst(DeviceObject.peripheral.count + 1)) : idOrPath
        return devices.first { $0.id == id }
    }

    /// The device served over vfio-user in `space`, which it has to itself.
    func exportedDevice(in space: String) -> VFIOPCIDevice? {
        devices.lazy.compactMap { $0 as? VFIOPCIDevice }.first { $0.addressSpace == space && $0.export != nil }
    }

    /// The vfio-pci devices bound through the iommufd object `object`.
    func devices(through object: IOMMUFDObject) -> [VFIOPCIDevice] {
        devices.compactMap { $0 as? VFIOPCIDevice }.filter {
            if case .iommufd(_, let container) = $0.binding { return container.iommufd === object }
            return false
        }
    }

    /// The dimms of `space`, by address.
    func dimms(in space: String) -> [PCDIMMDevice] {
        devices.compactMap { $0 as? PCDIMMDevice }.filter { $0.addressSpace == space }.sorted { $0.addr < $1.addr }
    }

    /// The dimm whose RAM `memory` is, if any (the backend is in use then).
    func dimm(using memory: MemoryBackendObject) -> PCDIMMDevice? {
        devices.lazy.compactMap { $0 as? PCDIMMDevice }.first { $0.memory === memory }
    }

    /// The containers of `space`, oldest first.
    func containers(in space: String) -> [any VFIOContainerModel] {
        containers.filter { $0.addressSpace == space }
    }

    /// The iommufd container of `space` through `iommufd`, if there is one.
    func container(in space: String, through iommufd: IOMMUFDObject) -> IOMMUFDContainer? {
        containers.lazy.compactMap { $0 as? IOMMUFDContainer }.first { $0.addressSpace == space && $0.iommufd === iommufd }
    }

    /// The legacy containers of `space`, oldest first (QEMU tries them in turn).
    func legacyContainers(in space: String) -> [LegacyContainer] {
        containers.compactMap { $0 as? LegacyContainer }.filter { $0.addressSpace == space }
    }

    /// The IOMMU group `number` if a device of the machine opened it, with
    /// its container.
    func group(_ number: Int) -> (group: LegacyGroup, container: LegacyContainer)? {
        for case let container as LegacyContainer in containers {
            if let group = container.groups.first(where: { $0.number == number }) { return (group, container) }
        }
        return nil
    }

    /// The devices in `container`, oldest first.
    func devices(in container: any VFIOContainerModel) -> [VFIOPCIDevice] {
        devices.compactMap { $0 as? VFIOPCIDevice }.filter { $0.container === container }
    }

    /// The devices of group `group`, oldest first.
    func devices(of group: LegacyGroup) -> [VFIOPCIDevice] {
        devices.compactMap { $0 as? VFIOPCIDevice }.filter { $0.group === group }
    }

    /// A name for a new container (`container0`, `container1`, …); a name
    /// given out is not given again, even when the command fails.
    func newContainerName() -> String {
        defer { nextContainer += 1 }
        return "container\(nextContainer)"
    }

    /// Adds a device; undone by removing it.
    func add(_ device: DeviceObject, in transaction: Transaction) {
        devices.append(device)
        transaction.onFailure("forget device '\(device.id)'") { [self] () throws(KernelError) in
            devices.removeAll { $0 === device }
        }
    }

    /// Removes a device; undone by putting it back in its place.
    func remove(_ device: DeviceObject, in transaction: Transaction) {
        guard let index = devices.firstIndex(where: { $0 === device }) else { return }
        devices.remove(at: index)
        transaction.onFailure("restore device '\(device.id)'") { [self] () throws(KernelError) in
            devices.insert(device, at: min(index, devices.count))
        }
    }

    /// Adds a container; undone by removing it.
    func add(_ container: any VFIOContainerModel, in transaction: Transaction) {
        containers.append(container)
        transaction.onFailure("forget \(container.name)") { [self] () throws(KernelError) in
            containers.removeAll { $0 === container }
        }
    }

    /// Removes a container; undone by putting it back in its place.
    func remove(_ container: any VFIOContainerModel, in transaction: Transaction) {
        guard let index = containers.firstIndex(where: { $0 === container }) else { return }
        containers.remove(at: index)
        transaction.onFailure("restore \(container.name)") { [self] () throws(KernelError) in
            containers.insert(container, at: min(index, containers.count))
        }
    }
}
