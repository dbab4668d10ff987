#if canImport(Glibc)
import Glibc
#endif
import CPosix
import LinuxKernel
import Posix

/// Everything the simulated kernel knows, kept behind ``SimulatedKernel``'s
/// one lock: reaching it at all means holding the lock, so its classes
/// never cross threads unprotected.
final class KernelCore {
    /// One open descriptor of the simulated kernel.
    enum File {
        /// `/dev/iommu`.
        case iommufd(SimIOMMUFD)
        /// `/dev/vfio/devices/vfioN`.
        case vfioDevice(SimVFIODeviceFile)
        /// A selftest access (CREATE_ACCESS).
        case access(SimAccess, SimIOMMUFD)
        /// A fault queue (FAULT_QUEUE_ALLOC).
        case fault(SimFault, SimIOMMUFD)
        /// `/dev/vfio/vfio`, a legacy VFIO container.
        case vfioContainer(SimVFIOContainer)
        /// `/dev/vfio/<group>`.
        case vfioGroup(SimVFIOGroup)
        /// A device descriptor from VFIO_GROUP_GET_DEVICE_FD.
        case legacyDevice(SimLegacyDeviceFile)
    }

    /// Open descriptors by number.
    var files: [Int32: File] = [:]
    /// The armed fault injection, if any.
    var faults = FaultInjection()
    /// The machine simulated.
    let host: SimulatedHost
    /// Whether IOMMU_TEST_CMD is served (a CONFIG_IOMMUFD_TEST kernel).
    let selftest: Bool
    /// Page pins, for MD_CHECK_REFS.
    let pins = PinLedger()
    /// SET_TEMP_MEMORY_LIMIT's value (affects only batching in the kernel;
    /// recorded, not used).
    var temporaryMemoryLimit: UInt32 = 65536
    /// Who owns DMA for a host IOMMU group (`iommu_device_claim_dma_owner`).
    struct GroupOwner {
        /// The iommufd its devices are bound to.
        let owner: ObjectIdentifier
        /// How many of its devices are bound.
        var count: Int
    }

    /// DMA owners of the host IOMMU groups, by group number.
    private(set) var groupOwners: [Int: GroupOwner] = [:]
    /// The iommufd each host device is bound through, by sysfs name.
    var boundDevices: [String: SimVFIODeviceFile] = [:]
    /// The host's IOMMU groups as legacy VFIO groups, by number, created
    /// when first opened.
    var legacyGroups: [Int: SimVFIOGroup] = [:]
    /// Serial numbers for mock devices (each its own group).
    var nextMockSerial = 0
    /// The PCI functions behind host devices, by sysfs name, made when a
    /// device is first opened.
    private var functions: [String: SimPCIFunction] = [:]

    /// The PCI function of `device` (made on first use).
    func function(of device: SimulatedDevice) throws(Errno) -> SimPCIFunction {
        if let made = functions[device.sysfsName] { return made }
        let made = try SimPCIFunction(device: device)
        functions[device.sysfsName] = made
        return made
    }

    /// The Linux release simulated (``SimulatedHost/kernelVersion``).
    var version: KernelVersion { host.kernelVersion }

    init(host: SimulatedHost, selftest: Bool) {
        self.host = host
        self.selftest = selftest
    }

    /// One more device of `group` bound to `iommufd` (the caller checked
    /// that no other iommufd owns the group).
    func claimGroup(_ group: Int, for iommufd: SimIOMMUFD) {
        var owner = groupOwners[group] ?? GroupOwner(owner: ObjectIdentifier(iommufd), count: 0)
        owner.count += 1
        groupOwners[group] = owner
    }

    /// One device of `group` unbound; the last one releases the group.
    func releaseGroup(_ group: Int) {
        guard var owner = groupOwners[group] else { return }
        owner.count -= 1
        groupOwners[group] = owner.count > 0 ? owner : nil
    }

    /// A new real descriptor (an eventfd) for a simulated file.
    func newDescriptor() throws(Errno) -> Int32 {
        let fd = iommud_anonymous_fd()
        guard fd >= 0 else { throw .current }
        return fd
    }

    /// Closes a simulated file (the kernel's `release`): the descriptor must
    /// be one of ours → else EBADF.
    func close(_ fd: Int32, closingDescriptor: Bool = true) throws(Errno) {
        guard let file = files.removeValue(forKey: fd) else { throw .EBADF }
        switch file {
        case .iommufd(let iommufd):
            iommufd.releaseReference()
        case .vfioDevice(let device):
            device.release(self)
        case .access(let access, let iommufd):
            iommufd.destroyAccess(access)
            iommufd.releaseReference()
        case .fault(let fault, let iommufd):
            fault.open = false
            fault.users -= 1
            iommufd.releaseReference()
        case .vfioContainer:
            // Attached groups hold the container; it goes with the last.
            break
        case .vfioGroup(let group):
            group.fileOpen = false
            if !group.isOpen { group.leaveContainer() }
        case .legacyDevice(let device):
            device.function.close()
            device.group.deviceFiles -= 1
            if !device.group.isOpen { device.group.leaveContainer() }
        }
        if closingDescriptor { Glibc.close(fd) }
    }

    /// Tears every file down (the simulated kernel goes away).
    func closeAll() {
        for fd in files.keys.sorted() { try? close(fd) }
    }
}
