import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import Tracing

/// `vfio-pci` on the iommufd backend: QEMU's `iommufd_cdev_attach` and
/// `iommufd_cdev_detach`, with one container per (address space, iommufd
/// object).
extension MachineCommands {
    func addVFIOPCI(id: String, _ p: VFIOPCIProperties, context: QMPRequestContext) throws(QMPError) {
        var passed = try VFIOCommands.takeDevice(p.fd, context: context, system: tree.system)
        try VFIOCommands.checkOneSource(host: p.host, sysfsdev: p.sysfsdev, fd: p.fd)
        let allowed = try Self.exportWindows(id: id, p)
        guard let iommufdID = p.iommufd else {
            guard p.fd == nil else {
                throw QMPError.generic(
                    "vfio-pci '\(id)': a passed descriptor is a VFIO cdev, which needs 'iommufd'; name the device with 'host' or 'sysfsdev' for the legacy backend")
            }
            return try addLegacyVFIOPCI(id: id, p, allowed: allowed)
        }
        let space = p.addressSpace ?? (p.vfioUser == nil ? Machine.defaultAddressSpace : "vfio-user:\(id)")
        let devices = p.fd == nil ? try VFIOCommands.hostDevices(of: tree.kernel) : []
        // From here `passed` closes itself on any error until it is adopted.
        try tree.transaction { s, transaction throws(QMPError) in
            try Self.checkNewDevice(id, in: space, s.machine)
            if p.vfioUser != nil { try Self.checkAlone(id, in: space, s.machine) }
            let object = try IOMMUFDCommands.iommufd(iommufdID, in: s)
            try Self.checkIOMMUFD(id, exporting: p.vfioUser != nil, object, s.machine)
            // QEMU's getfd and connect-and-bind.
            let record = try VFIOCommands.bind(
                &passed, fdName: p.fd, spec: p.host ?? p.sysfsdev, devices: devices, to: object,
                managedBy: "device '\(id)'", tree: tree, in: s, transaction)
            // The container of the space through this object, or a new one:
            // an IOAS that will mirror the space's dimms.
            let existing = s.machine.container(in: space, through: object)
            let container: IOMMUFDContainer
            if let existing {
                container = existing
            } else {
                let ioas = try object.allocateIOAS(managedBy: IOMMUFDContainer.owner(of: space), in: transaction)
                Trace.iommufd_cdev_alloc_ioas(iommufd: object.fd ?? -1, ioas_id: Int32(bitPattern: ioas.id.rawValue))
                container = IOMMUFDContainer(
                    name: s.machine.newContainerName(), addressSpace: space, iommufd: object, ioas: ioas)
            }
            // attach_container: an mdev to the IOAS, others by auto domains
            // (nest parents when the vIOMMU nests the guest's tables).
            // QEMU traces a failure to join an existing container and tries
            // the next; iommud has one container per object and reports it.
            let viommu = s.machine.viommu(in: space)
            // IOMMU_GET_HW_INFO once (none for an mdev), as part of the
            // attach: its dirty tracking flags a new automatic HWPT, and it
            // is the host IOMMU device's.
            var hardware: HostIOMMUDevice.Hardware?
            do throws(QMPError) {
                if record.emulated {
                    try kernelWork { () throws(KernelError) in
                        try object.attach(record, to: container.ioas.id.object, in: transaction)
                    }
                } else {
                    let read = try kernelWork { () throws(KernelError) in try object.hardware(of: record) }
                    hardware = read
                    let extra: HWPTAllocFlags = viommu?.wantsNestParent == true ? [.nestParent] : []
                    do throws(QMPError) {
                        _ = try object.attachAutomatically(
                            record, to: container.ioas, extraFlags: extra, capabilities: read.capabilities,
                            in: transaction)
                    } catch where !extra.isEmpty && error.errno == Errno.EOPNOTSUPP.name {
                        throw QMPError(error.errorClass,
                            "vfio \(record.name): \(viommu?.typeName ?? "the vIOMMU") '\(viommu?.id ?? "")' has x-flts=on, which needs a nest-parent HWPT the host IOMMU cannot make: \(error.desc)",
                            errno: error.errno)
                    }
                }
            } catch {
                if existing != nil { Trace.iommufd_cdev_fail_attach_existing_container(msg: error.desc) }
                throw error
            }
            if existing == nil {
                // The memory listener's replay: every dimm of the space.
                for dimm in s.machine.dimms(in: space) {
                    try mapDIMM(dimm, into: container, s.machine, transaction)
                }
                s.machine.add(container, in: transaction)
            }
            // QEMU reads the device's info once attached (its trace event
            // iommufd_cdev_device_info fires); a failure fails device_add.
            var info = VFIODeviceGetInfo()
            try kernelWork { () throws(KernelError) in try record.perform(&info) }
            let host = record.cdevPath == nil ? nil : devices.first { $0.name == record.name }
            // QEMU's host IOMMU device (none for an mdev), then the vIOMMU's check.
            var hiod: HostIOMMUDevice?
            if let hardware {
                let read = try kernelWork { () throws(KernelError) in
                    try object.hostIOMMUDevice(
                        of: record, in: container.ioas.id, hardware: hardware, aliased: host?.aliased ?? false)
                }
                try Self.plug(read, device: id, in: space, s.machine, transaction)
                hiod = read
            }
            // Last, the export's socket: a client may connect once it exists.
            let export = try p.vfioUser.map { path throws(QMPError) in
                try serve(id: id, at: path, allowed: allowed ?? hiod?.iovaRanges ?? [0...UInt64.max], info: info,
                          in: transaction)
            }
            s.machine.add(
                VFIOPCIDevice(id: id, binding: .iommufd(record, container), sysfsdev: host?.sysfsPath, hostIOMMU: hiod,
                              export: export),
                in: transaction)
        }
    }

    /// QEMU's detach, ordered so that what can be undone comes first: the
    /// container's last device unmaps the dimms, then the device is
    /// detached (its automatic HWPT destroyed when it was the last on it),
    /// the container's IOAS destroyed, and the device closed.
    func removeVFIOPCI(_ device: VFIOPCIDevice, in s: ObjectTree.State, _ transaction: Transaction) throws(QMPError) {
        switch device.binding {
        case .iommufd(let record, let container): try removeIOMMUFD(device, record, container, in: s, transaction)
        case .legacy(let handle, let group, let container):
            try removeLegacy(device, handle, group, container, in: s, transaction)
        }
    }

    private func removeIOMMUFD(_ device: VFIOPCIDevice, _ record: DeviceRecord, _ container: IOMMUFDContainer,
                               in s: ObjectTree.State, _ transaction: Transaction) throws(QMPError)
    {
        let object = container.iommufd
        try device.export?.unmapAll(in: s, transaction)
        let last = s.machine.devices(in: container).count == 1
        if last {
            for dimm in s.machine.dimms(in: container.addressSpace).reversed() {
                try container.unmap(dimm, in: transaction)
            }
        }
        try object.detach(record, in: transaction)
        if last {
            try object.destroy(container.ioas.id.object, in: transaction)
            s.machine.remove(container, in: transaction)
        }
        try object.unbind(record, in: transaction)
        s.machine.remove(device, in: transaction)
    }

}
