#if canImport(Glibc)
import Glibc
#endif
import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI

/// VFIO devices on their cdev as commands (schema module `vfio`): what QEMU's
/// `hw/vfio/iommufd.c` does when it attaches a device, in separate steps.
///
/// Each command runs under the object tree's lock and is all-or-nothing: a
/// failing step undoes the steps before it, and the model changes only once
/// every ioctl has succeeded.
public struct VFIOCommands: VfioCommands {
    public typealias Context = QMPRequestContext
    let tree: ObjectTree

    public init(tree: ObjectTree) { self.tree = tree }

    // MARK: Listing

    public func queryVfioHostDevices(context: QMPRequestContext) throws(QMPError) -> [VFIOHostDeviceInfo] {
        let devices = try hostDevices()
        return try tree.withState { s throws(QMPError) in
            devices.map { device in
                let binding = Self.binding(of: device.name, in: s)
                return VFIOHostDeviceInfo(
                    name: device.name, sysfsdev: device.sysfsPath, cdev: device.cdevPath, iommu: device.iommu,
                    group: device.group.map(Int64.init), summary: device.summary, bound: binding != nil,
                    iommufd: binding?.object.id, devId: binding?.record.id.rawValue)
            }
        }
    }

    /// The kernel's VFIO cdev devices.
    private func hostDevices() throws(QMPError) -> [VFIOHostDevice] {
        switch tree.kernel.vfioHostDevices() {
        case .success(let devices): return devices
        case .failure(let e): throw KernelError("list VFIO devices", e).qmp
        }
    }

    /// Which iommufd object bound the device called `name`, if any.
    private static func binding(of name: String, in s: ObjectTree.State)
        -> (object: IOMMUFDObject, record: DeviceRecord)?
    {
        for case let object as IOMMUFDObject in s.objects {
            if let record = object.devices.values.first(where: { $0.cdevPath != nil && $0.name == name }) {
                return (object, record)
            }
        }
        return nil
    }

    // MARK: Bind and unbind

    public func vfioDeviceBind(iommufd: String, host: String?, sysfsdev: String?, fd: String?,
                               context: QMPRequestContext) throws(QMPError) -> VFIODeviceBindInfo
    {
        // A named descriptor is consumed whatever happens, as QEMU's are.
        var passed: OwnedFD? = nil
        if let fdName = fd {
            guard let taken = context.session.monitor.takeNamed(fdName) else {
                throw QMPError.generic("File descriptor named '\(fdName)' has not been found")
            }
            passed = consume taken
        }
        let given = [host, sysfsdev, fd].compactMap { $0 }
        guard given.count == 1 else {
            throw QMPError.invalidArgument("Exactly one of 'host', 'sysfsdev' and 'fd' must be given")
        }
        let devices = fd == nil ? try hostDevices() : []
        // From here `passed` closes itself on any error until it is adopted.
        return try tree.withState { s throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            try object.checkRoomForKernelObject()
            // Find (or take) the device before touching the kernel.
            var opened: VFIODevice
            let name: String
            let cdev: String?
            let emulated: Bool
            if let fdName = fd, let taken = passed.take() {
                switch tree.kernel.adoptVFIODevice(taken, name: fdName) {
                case .success(let device):
                    // Owned from here: closed by the device's deinit on any error.
                    opened = device
                case .failure(let e) where e == .ENODEV:
                    let kind = tree.kernel.name == "sim" ? "simulated" : tree.kernel.name
                    throw QMPError.generic(
                        "the \(kind) kernel has no VFIO device behind a passed descriptor; bind by 'host' or 'sysfsdev'")
                case .failure(let e):
                    throw KernelError("adopt VFIO device descriptor", e).qmp
                }
                name = fdName
                cdev = nil
                emulated = false
            } else {
                let spec = host ?? sysfsdev ?? ""
                guard let device = resolveVFIODevice(spec, in: devices) else {
                    throw QMPError.generic("no VFIO device '\(spec)': see query-vfio-host-devices")
                }
                if let bound = Self.binding(of: device.name, in: s) {
                    throw QMPError.generic(
                        "device '\(device.name)' is already bound through iommufd object '\(bound.object.id)' as dev-id \(bound.record.id)")
                }
                do throws(KernelError) {
                    opened = try VFIODevice(kernel: tree.kernel, path: device.cdevPath, name: device.name)
                } catch {
                    throw error.qmp
                }
                name = device.name
                cdev = device.cdevPath
                emulated = device.iommu == nil
            }
            // QEMU's connect_and_bind: connect, then bind; undo in reverse.
            do throws(KernelError) {
                try object.connect()
            } catch {
                opened.close()
                throw error.qmp
            }
            guard let iommufdFD = object.fd else {
                opened.close()
                object.disconnect()
                throw QMPError.generic("iommufd object '\(iommufd)' holds no descriptor")
            }
            var bind = VFIODeviceBindIOMMUFD(iommufd: iommufdFD)
            do throws(KernelError) {
                try opened.perform(&bind)
            } catch {
                opened.close()
                object.disconnect()
                throw error.qmp
            }
            let record = DeviceRecord(id: bind.device, device: opened, name: name, cdevPath: cdev, emulated: emulated)
            object.add(record)
            return VFIODeviceBindInfo(devId: record.id.rawValue, name: name)
        }
    }

    public func vfioDeviceUnbind(iommufd: String, devId: UInt32, context: QMPRequestContext) throws(QMPError) {
        try tree.withState { s throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            let record = try object.device(devId)
            if record.attachedTo != nil { try Self.detach(record, from: object) }
            record.close()
            _ = object.removeDevice(record.id)
            object.disconnect()
        }
    }

    // MARK: Attach and detach

    public func vfioDeviceAttach(iommufd: String, devId: UInt32, ptId: UInt32, context: QMPRequestContext)
        throws(QMPError) -> VFIODeviceAttachInfo
    {
        try tree.withState { s throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            let record = try object.device(devId)
            if let ioas = object.ioases[IOASID(rawValue: ptId)] {
                if let current = record.attachedTo {
                    throw QMPError.generic("device \(devId) is attached to \(current); detach it before attaching it to IOAS \(ptId)")
                }
                if record.emulated {
                    try Self.attach(record, to: ioas.id.object)
                    return VFIODeviceAttachInfo(ptId: ptId, allocated: false)
                }
                return try Self.attachAutomatically(record, to: ioas, in: object)
            }
            // A HWPT (or an object iommud did not make): exactly that id; the
            // kernel replaces an existing attachment. An automatic HWPT
            // attached this way counts the device as its member (so the last
            // detach destroys it); a device belongs to one automatic HWPT.
            let target = object.hwpts[HWPTID(rawValue: ptId)]
            if let target, target.automatic, let member = object.automaticHWPT(of: record.id), member !== target {
                throw QMPError.generic(
                    "device \(devId) belongs to automatic HWPT \(member.id); detach it before attaching it to automatic HWPT \(ptId)")
            }
            let previous = record.attachedTo
            try Self.attach(record, to: ObjectID(rawValue: ptId))
            if let previous, let old = object.hwpts[HWPTID(rawValue: previous.rawValue)], !old.automatic {
                old.devices.remove(record.id)
            }
            target?.devices.insert(record.id)
            return VFIODeviceAttachInfo(ptId: ptId, allocated: false)
        }
    }

    public func vfioDeviceDetach(iommufd: String, devId: UInt32, context: QMPRequestContext) throws(QMPError) {
        try tree.withState { s throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            let record = try object.device(devId)
            guard record.attachedTo != nil else { throw QMPError.generic("device \(devId) is not attached") }
            try Self.detach(record, from: object)
        }
    }

    public func vfioDeviceGetInfo(iommufd: String, devId: UInt32, context: QMPRequestContext) throws(QMPError)
        -> VFIODeviceInfo
    {
        try tree.withState { s throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            let record = try object.device(devId)
            var info = VFIODeviceGetInfo()
            try kernelWork { () throws(KernelError) in try record.perform(&info) }
            var flags: [VFIODeviceFlag] = []
            if info.flags.contains(.reset) { flags.append(.reset) }
            if info.flags.contains(.pci) { flags.append(.pci) }
            if info.flags.contains(.capabilities) { flags.append(.caps) }
            return VFIODeviceInfo(
                devId: devId, name: record.name, flags: flags, numRegions: info.regionCount, numIrqs: info.irqCount,
                attachedTo: record.attachedTo?.rawValue)
        }
    }

    // MARK: Steps

    /// VFIO_DEVICE_ATTACH_IOMMUFD_PT to `pt`; records where the device went.
    private static func attach(_ record: DeviceRecord, to pt: ObjectID) throws(QMPError) {
        var request = VFIODeviceAttachIOMMUFDPT(pt: pt)
        try kernelWork { () throws(KernelError) in try record.perform(&request) }
        record.attachedTo = pt
    }

    /// QEMU's `iommufd_cdev_autodomains_get`: the first compatible automatic
    /// HWPT of the IOAS, or a new one with the flags the IOMMU supports.
    private static func attachAutomatically(_ record: DeviceRecord, to ioas: IOASRecord, in object: IOMMUFDObject)
        throws(QMPError) -> VFIODeviceAttachInfo
    {
        for id in object.automaticHWPTs(on: ioas.id) {
            var request = VFIODeviceAttachIOMMUFDPT(hwpt: id)
            do throws(KernelError) {
                try record.perform(&request)
            } catch {
                // EINVAL: the domain is incompatible with this device's IOMMU.
                if error.errno == .EINVAL { continue }
                throw error.qmp
            }
            record.attachedTo = id.object
            object.hwpts[id]?.devices.insert(record.id)
            return VFIODeviceAttachInfo(ptId: id.rawValue, allocated: false)
        }
        var hwInfo = GetHWInfo(device: record.id, capacity: 0)
        try kernelWork { () throws(KernelError) in try object.perform(&hwInfo) }
        let flags: HWPTAllocFlags = hwInfo.capabilities.contains(.dirtyTracking) ? [.dirtyTracking] : []
        var alloc = HWPTAlloc(device: record.id, ioas: ioas.id, flags: flags)
        try object.create(&alloc)
        do throws(QMPError) {
            try attach(record, to: alloc.hwpt.object)
        } catch {
            var destroy = Destroy(alloc.hwpt.object)
            do throws(KernelError) {
                try object.perform(&destroy)
                object.disconnect()
            } catch {
                // The HWPT stays in the kernel: keep it in the model (empty,
                // automatic) so iommufd-destroy can remove it later.
                object.add(HWPTRecord(
                    id: alloc.hwpt, parent: ioas.id.object, device: record.id, flags: flags, automatic: true))
            }
            throw error
        }
        let hwpt = HWPTRecord(id: alloc.hwpt, parent: ioas.id.object, device: record.id, flags: flags, automatic: true)
        hwpt.devices.insert(record.id)
        object.add(hwpt)
        return VFIODeviceAttachInfo(ptId: hwpt.id.rawValue, allocated: true)
    }

    /// QEMU's detach: VFIO_DEVICE_DETACH_IOMMUFD_PT, then the device leaves
    /// its automatic HWPT, which is destroyed when no device is left on it.
    /// A failed destroy re-attaches the device, so nothing changes.
    static func detach(_ record: DeviceRecord, from object: IOMMUFDObject) throws(QMPError) {
        guard let attached = record.attachedTo else { return }
        let auto = object.automaticHWPT(of: record.id)
        var request = VFIODeviceDetachIOMMUFDPT()
        try kernelWork { () throws(KernelError) in try record.perform(&request) }
        record.attachedTo = nil
        object.hwpts[HWPTID(rawValue: attached.rawValue)]?.devices.remove(record.id)
        guard let auto else { return }
        auto.devices.remove(record.id)
        guard auto.devices.isEmpty else { return }
        let autoID = auto.id
        var destroy = Destroy(autoID.object)
        do throws(KernelError) {
            try object.perform(&destroy)
        } catch {
            // Put the device back where it was; if even that fails, the
            // model follows the kernel: detached, and an empty automatic
            // HWPT that iommufd-destroy can remove.
            var back = VFIODeviceAttachIOMMUFDPT(pt: attached)
            if (try? record.perform(&back)) != nil {
                auto.devices.insert(record.id)
                record.attachedTo = attached
                object.hwpts[HWPTID(rawValue: attached.rawValue)]?.devices.insert(record.id)
            }
            throw error.qmp
        }
        _ = object.removeHWPT(autoID)
        object.disconnect()
    }
}
