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
/// Each command that changes something runs as a ``Transaction`` under the
/// object tree's lock: the model's operations register their undos, so a
/// failing step undoes the steps before it.
public struct VFIOCommands: VfioCommands {
    public typealias Context = QMPRequestContext
    let tree: ObjectTree

    public init(tree: ObjectTree) { self.tree = tree }

    // MARK: Listing

    public func queryVfioHostDevices(context: QMPRequestContext) throws(QMPError) -> [VFIOHostDeviceInfo] {
        let devices = try Self.hostDevices(of: tree.kernel)
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
    static func hostDevices(of kernel: any Kernel) throws(QMPError) -> [VFIOHostDevice] {
        switch kernel.vfioHostDevices() {
        case .success(let devices): return devices
        case .failure(let e): throw KernelError("list VFIO devices", e).qmp
        }
    }

    /// Which iommufd object bound the device called `name`, if any.
    static func binding(of name: String, in s: ObjectTree.State)
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
        var passed = try Self.takeDevice(fd, context: context, system: tree.system)
        try Self.checkOneSource(host: host, sysfsdev: sysfsdev, fd: fd)
        let devices = fd == nil ? try Self.hostDevices(of: tree.kernel) : []
        // From here `passed` closes itself on any error until it is adopted.
        return try tree.transaction { s, transaction throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            let record = try Self.bind(
                &passed, fdName: fd, spec: host ?? sysfsdev, devices: devices, to: object, managedBy: nil, tree: tree,
                in: s, transaction)
            return VFIODeviceBindInfo(devId: record.id.rawValue, name: record.name)
        }
    }

    /// A VFIO cdev descriptor as QEMU's `monitor_fd_param` names it: a
    /// leading digit means a number iommud inherited (the device gets a
    /// duplicate: iommud never closes an inherited number), anything else
    /// a `getfd` name (``takeNamed(_:context:)``).
    static func takeDevice(_ spec: String?, context: QMPRequestContext, system: SystemCalls.Typed) throws(QMPError) -> OwnedFD? {
        guard let spec, let first = spec.first, first.isASCII, first.isNumber else {
            return try takeNamed(spec, context: context)
        }
        guard let number = Int32(spec), number >= 0 else {
            throw QMPError.generic("Invalid file descriptor number '\(spec)'")
        }
        switch system.fcntl(number, F_DUPFD_CLOEXEC, 0) {
        case .success(let duplicate):
            return .some(OwnedFD(adopting: duplicate))
        case .failure(.EBADF):
            throw QMPError.generic("Invalid file descriptor number '\(spec)'")
        case .failure(let e):
            throw e.qmp("duplicate inherited descriptor \(spec)")
        }
    }

    /// The descriptor a client passed with `getfd` as `name`, taken from
    /// its monitor: consumed whatever happens next, as QEMU's are.
    static func takeNamed(_ name: String?, context: QMPRequestContext) throws(QMPError) -> OwnedFD? {
        guard let name else { return nil }
        guard let taken = context.session.monitor.takeNamed(name) else {
            throw QMPError.generic("File descriptor named '\(name)' has not been found")
        }
        return .some(taken)
    }

    /// QEMU's rule for naming the device: exactly one of the three.
    static func checkOneSource(host: String?, sysfsdev: String?, fd: String?) throws(QMPError) {
        guard [host, sysfsdev, fd].compactMap({ $0 }).count == 1 else {
            throw QMPError.invalidArgument("Exactly one of 'host', 'sysfsdev' and 'fd' must be given")
        }
    }

    /// Opens the host device `spec` (or adopts the `passed` descriptor
    /// named `fdName`) and binds it to `object` within `transaction`
    /// (QEMU's getfd and connect-and-bind). Once opened, the device closes
    /// itself on any error until the model owns it.
    static func bind(
        _ passed: inout OwnedFD?, fdName: String?, spec: String?, devices: [VFIOHostDevice], to object: IOMMUFDObject,
        managedBy owner: String?, tree: ObjectTree, in s: ObjectTree.State, _ transaction: Transaction
    ) throws(QMPError) -> DeviceRecord {
        try object.checkRoomForKernelObject()
        if let fdName, let taken = passed.take() {
            switch tree.kernel.adoptVFIODevice(taken, name: fdName) {
            case .success(let device):
                return try object.bind(
                    device, name: fdName, cdevPath: nil, emulated: false, managedBy: owner, in: transaction)
            case .failure(let e) where e == .ENODEV:
                let kind = tree.kernel.name == "sim" ? "simulated" : tree.kernel.name
                throw QMPError.generic(
                    "the \(kind) kernel has no VFIO device behind a passed descriptor; bind by 'host' or 'sysfsdev'")
            case .failure(let e):
                throw KernelError("adopt VFIO device descriptor", e).qmp
            }
        }
        let spec = spec ?? ""
        guard let device = resolveVFIODevice(spec, in: devices) else {
            throw QMPError.generic("no VFIO device '\(spec)': see query-vfio-host-devices")
        }
        if let bound = binding(of: device.name, in: s) {
            let by = bound.record.managedBy.map { " (\($0))" } ?? ""
            throw QMPError.generic(
                "device '\(device.name)' is already bound through iommufd object '\(bound.object.id)' as dev-id \(bound.record.id)\(by)")
        }
        let opened: VFIODevice
        if let kept = object.keptDevice(cdevPath: device.cdevPath) {
            // The replay adopts the device bound before the restart.
            opened = VFIODevice(kept: kept, kernel: tree.kernel, path: device.cdevPath, name: device.name)
        } else {
            do throws(KernelError) {
                opened = try VFIODevice(kernel: tree.kernel, path: device.cdevPath, name: device.name)
            } catch {
                throw error.qmp
            }
        }
        return try object.bind(
            opened, name: device.name, cdevPath: device.cdevPath, emulated: device.iommu == nil, managedBy: owner,
            in: transaction)
    }

    public func vfioDeviceUnbind(iommufd: String, devId: UInt32, context: QMPRequestContext) throws(QMPError) {
        try tree.transaction { s, transaction throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            try object.checkUnmanaged(ObjectID(rawValue: devId))
            try object.unbind(try object.device(devId), in: transaction)
        }
    }

    // MARK: Attach and detach

    public func vfioDeviceAttach(iommufd: String, devId: UInt32, ptId: UInt32, context: QMPRequestContext)
        throws(QMPError) -> VFIODeviceAttachInfo
    {
        try tree.transaction { s, transaction throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            let record = try object.device(devId)
            try object.checkUnmanaged(record.id.object)
            try object.checkUnmanaged(ObjectID(rawValue: ptId))
            if let ioas = object.ioases[IOASID(rawValue: ptId)] {
                if let current = record.attachedTo {
                    throw QMPError.generic("device \(devId) is attached to \(current); detach it before attaching it to IOAS \(ptId)")
                }
                if record.emulated {
                    try kernelWork { () throws(KernelError) in try object.attach(record, to: ioas.id.object, in: transaction) }
                    return VFIODeviceAttachInfo(ptId: ptId, allocated: false)
                }
                let (hwpt, allocated) = try object.attachAutomatically(record, to: ioas, in: transaction)
                return VFIODeviceAttachInfo(ptId: hwpt.rawValue, allocated: allocated)
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
            try kernelWork { () throws(KernelError) in
                try object.attach(record, to: ObjectID(rawValue: ptId), in: transaction)
            }
            return VFIODeviceAttachInfo(ptId: ptId, allocated: false)
        }
    }

    public func vfioDeviceDetach(iommufd: String, devId: UInt32, context: QMPRequestContext) throws(QMPError) {
        try tree.transaction { s, transaction throws(QMPError) in
            let object = try IOMMUFDCommands.iommufd(iommufd, in: s)
            let record = try object.device(devId)
            try object.checkUnmanaged(record.id.object)
            guard record.attachedTo != nil else { throw QMPError.generic("device \(devId) is not attached") }
            try object.detach(record, in: transaction)
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
}
