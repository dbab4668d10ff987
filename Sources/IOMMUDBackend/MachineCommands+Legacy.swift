import LinuxKernel
import Posix
import QAPIRuntime
import QMPAPI
import Tracing

/// `vfio-pci` on the legacy type1 backend: QEMU's `vfio_legacy_attach_device`
/// and `vfio_legacy_detach_device` — the device's IOMMU group joins the
/// first type1 container of its address space that takes it, and the
/// device descriptor comes from the group.
extension MachineCommands {
    func addLegacyVFIOPCI(id: String, _ p: VFIOPCIProperties, allowed: [ClosedRange<UInt64>]?) throws(QMPError) {
        let space = p.addressSpace ?? (p.vfioUser == nil ? Machine.defaultAddressSpace : "vfio-user:\(id)")
        let devices = try VFIOCommands.hostDevices(of: tree.kernel)
        let kernel = tree.kernel
        try tree.transaction { s, transaction throws(QMPError) in
            try Self.checkNewDevice(id, in: space, s.machine)
            if p.vfioUser != nil { try Self.checkAlone(id, in: space, s.machine) }
            let spec = p.host ?? p.sysfsdev ?? ""
            guard let host = resolveVFIODevice(spec, in: devices) else {
                throw QMPError.generic("no VFIO device '\(spec)': see query-vfio-host-devices")
            }
            guard let number = host.group, host.iommu != nil else {
                throw QMPError.generic(
                    "vfio-pci '\(id)': \(host.name) has no IOMMU group the legacy backend can use (an mdev); give 'iommufd'")
            }
            try Self.checkUnused(host.name, in: s)
            let (group, container) = try groupAndContainer(number, space: space, kernel: kernel, in: s, transaction)
            let device: LegacyDevice
            do throws(KernelError) {
                device = LegacyDevice(try group.openDevice(host.name))
            } catch {
                throw error.qmp
            }
            transaction.onFailure("close device \(host.name)") { () throws(KernelError) in device.close() }
            Trace.vfio_device_attach(name: host.name, group_id: Int32(number))
            // QEMU's vfio_device_get: the device's info, a failure fails device_add.
            var info = VFIODeviceGetInfo()
            try kernelWork { () throws(KernelError) in try device.perform(&info) }
            Trace.vfio_device_get(
                name: host.name, flags: info.flags.rawValue, num_regions: info.regionCount, num_irqs: info.irqCount)
            // QEMU's legacy host IOMMU device: the container's IOVA ranges
            // and page sizes, then the vIOMMU's check.
            let hiod = HostIOMMUDevice(
                name: host.name, backend: .legacy, hardware: nil, iovaRanges: container.iovaRanges,
                pageSizeMask: container.pageSizes, aliased: host.aliased, defaultHWPT: nil)
            try Self.plug(hiod, device: id, in: space, s.machine, transaction)
            // Last, the export's socket: a client may connect once it exists.
            let ranges = container.iovaRanges.isEmpty ? [0...UInt64.max] : container.iovaRanges
            let export = try p.vfioUser.map { path throws(QMPError) in
                try serve(id: id, at: path, allowed: allowed ?? ranges, info: info, in: transaction)
            }
            s.machine.add(
                VFIOPCIDevice(id: id, binding: .legacy(device, group, container), sysfsdev: host.sysfsPath, hostIOMMU: hiod,
                              export: export),
                in: transaction)
        }
    }

    /// Refuses a device the machine or a low-level command already uses
    /// (QEMU's "device is already attached").
    private static func checkUnused(_ name: String, in s: ObjectTree.State) throws(QMPError) {
        if let user = s.machine.devices.lazy.compactMap({ $0 as? VFIOPCIDevice }).first(where: { $0.name == name }) {
            throw QMPError.generic("\(name): device is already attached (device '\(user.id)')")
        }
        if let bound = VFIOCommands.binding(of: name, in: s) {
            throw QMPError.generic(
                "\(name) is bound through iommufd object '\(bound.object.id)' (dev-id \(bound.record.id.rawValue)); unbind it first")
        }
    }

    /// QEMU's `vfio_group_get` and `vfio_connect_container`: the group if a
    /// device of it is in the machine already (it must be in `space`), else
    /// the group opened and joined to the first container of `space` that
    /// takes it, or to a new one that then maps every dimm of the space.
    private func groupAndContainer(
        _ number: Int, space: String, kernel: any Kernel, in s: ObjectTree.State, _ transaction: Transaction
    ) throws(QMPError) -> (LegacyGroup, LegacyContainer) {
        if let (group, container) = s.machine.group(number) {
            guard container.addressSpace == space else {
                throw QMPError.generic(
                    "group \(number) used in multiple address spaces ('\(container.addressSpace)' and '\(space)')")
            }
            return (group, container)
        }
        let group = try LegacyGroup(number: number, kernel: kernel, in: transaction)
        for candidate in s.machine.legacyContainers(in: space) {
            // The first container whose SET_CONTAINER works. QEMU goes on
            // after any error; iommud only after type1's refusals of an
            // incompatible group (EINVAL, EPERM), as with auto domains: any
            // other error fails the command instead of opening a container
            // the group would not need.
            do throws(QMPError) {
                try candidate.join(group, in: transaction)
                return (group, candidate)
            } catch where error.errno == Errno.EINVAL.name || error.errno == Errno.EPERM.name {
                continue
            }
        }
        let container = try LegacyContainer(
            name: s.machine.newContainerName(), addressSpace: space, kernel: kernel, in: transaction)
        try container.join(group, in: transaction)
        for dimm in s.machine.dimms(in: space) {
            try mapDIMM(dimm, into: container, s.machine, transaction)
        }
        s.machine.add(container, in: transaction)
        return (group, container)
    }

    /// QEMU's detach on the legacy backend, what can be undone first: the
    /// container's last device unmaps every dimm; then the device
    /// descriptor is closed, the group when it was its last device (the
    /// kernel takes it out of the container), and the container when it
    /// was its last group.
    func removeLegacy(_ device: VFIOPCIDevice, _ handle: LegacyDevice, _ group: LegacyGroup,
                      _ container: LegacyContainer, in s: ObjectTree.State, _ transaction: Transaction) throws(QMPError)
    {
        let lastOfContainer = s.machine.devices(in: container).count == 1
        let lastOfGroup = s.machine.devices(of: group).count == 1
        try device.export?.unmapAll(in: s, transaction)
        if lastOfContainer {
            for dimm in s.machine.dimms(in: container.addressSpace).reversed() {
                try container.unmap(dimm, in: transaction)
            }
        }
        try transaction.prepareIrreversible()
        handle.close()
        transaction.irreversible("close device \(handle.name)")
        Trace.vfio_device_detach(name: handle.name, group_id: Int32(group.number))
        if lastOfGroup {
            try container.leave(group, in: transaction)
        }
        if lastOfContainer {
            container.close()
            s.machine.remove(container, in: transaction)
        }
        s.machine.remove(device, in: transaction)
    }
}
