#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix

/// One open `/dev/vfio/devices/vfioN` (the kernel's `vfio_device_file`) and
/// its VFIO cdev ioctls (reference §2.23–§2.26). Their errors follow VFIO's
/// habits: EINVAL for bad sizes and unknown flags, and EINVAL for anything
/// but BIND before the device is bound.
final class SimVFIODeviceFile {
    /// A bound device: its iommufd and its object there (a DEVICE, or an
    /// ACCESS for an emulated device).
    struct Binding {
        let iommufd: SimIOMMUFD
        let object: SimObject
        /// Whether ATTACH succeeded (a second ATTACH replaces).
        var attached = false
    }

    let fd: Int32
    let device: SimulatedDevice
    /// Its PCI function: regions, interrupts, reset.
    let function: SimPCIFunction
    /// The IOMMU it sits behind; nil for an mdev.
    let iommu: SimulatedIOMMU?
    private(set) var binding: Binding?

    init(fd: Int32, device: SimulatedDevice, function: SimPCIFunction, iommu: SimulatedIOMMU?) {
        self.fd = fd
        self.device = device
        self.function = function
        self.iommu = iommu
    }

    /// Dispatches an ioctl on the device descriptor.
    func ioctl(_ request: UInt, _ argument: UInt64, _ core: KernelCore) throws(Errno) -> Int32 {
        if request == UInt(IOMMUD_VFIO_DEVICE_BIND_IOMMUFD) {
            try bind(argument, core)
            return 0
        }
        guard binding != nil else { throw .EINVAL }
        if let answer = try function.ioctl(request, argument) { return answer }
        switch request {
        case UInt(IOMMUD_VFIO_DEVICE_ATTACH_IOMMUFD_PT): try attach(argument)
        case UInt(IOMMUD_VFIO_DEVICE_DETACH_IOMMUFD_PT): try detach(argument)
        case UInt(IOMMUD_VFIO_DEVICE_GET_INFO): try getInfo(argument)
        default: throw .ENOTTY
        }
        return 0
    }

    // MARK: VFIO_DEVICE_BIND_IOMMUFD

    /// Reads the 16-byte struct (EFAULT); `argsz` below 16, flags, or a
    /// negative descriptor → EINVAL; already bound, or the device bound
    /// through another descriptor → EINVAL; `iommufd` no open descriptor →
    /// EBADF, not an iommufd → EBADFD; a device behind an IOMMU without
    /// interrupt remapping → EPERM; its group owned by another iommufd, or
    /// attached to a legacy VFIO container → EBUSY. A physical device gets a DEVICE object, an emulated one an
    /// ACCESS object; `out_devid` is written back (EFAULT undoes the bind).
    /// The binding keeps the iommufd alive.
    private func bind(_ argument: UInt64, _ core: KernelCore) throws(Errno) {
        let size = MemoryLayout<vfio_device_bind_iommufd>.size
        let cmd = try UserMemory.load(argument, as: vfio_device_bind_iommufd.self)
        guard cmd.argsz >= UInt32(size), cmd.flags == 0, cmd.iommufd >= 0 else { throw .EINVAL }
        guard binding == nil, core.boundDevices[device.sysfsName] == nil else { throw .EINVAL }
        guard let file = core.files[cmd.iommufd] else {
            throw fcntl(cmd.iommufd, F_GETFD) >= 0 ? .EBADFD : .EBADF
        }
        guard case .iommufd(let iommufd) = file else { throw .EBADFD }

        let object: SimObject
        if let iommu {
            guard iommu.registers.interruptRemapping else { throw .EPERM }
            let group = device.group ?? -1
            if let owner = core.groupOwners[group], owner.owner != ObjectIdentifier(iommufd) { throw .EBUSY }
            // A legacy container owns DMA for the group (SET_CONTAINER).
            if core.legacyGroups[group]?.container != nil { throw .EBUSY }
            let id = try iommufd.table.reserve()
            object = SimDevice(id: id, hardware: .host(device, iommu))
            core.claimGroup(group, for: iommufd)
        } else {
            let id = try iommufd.table.reserve()
            object = SimAccess(id: id, owner: .emulatedDevice)
        }
        iommufd.table.publish(object)
        iommufd.retainReference()
        binding = Binding(iommufd: iommufd, object: object)
        core.boundDevices[device.sysfsName] = self
        function.open()
        let offset = MemoryLayout<vfio_device_bind_iommufd>.offset(of: \.out_devid) ?? 12
        do throws(Errno) {
            try UserMemory.store(object.id, at: argument &+ UInt64(offset))
        } catch {
            release(core)
            throw error
        }
    }

    // MARK: VFIO_DEVICE_ATTACH_IOMMUFD_PT

    /// Reads the 12-byte struct (EFAULT); `argsz` below 12 or flags →
    /// EINVAL. A physical device: the first time attach, then replace
    /// (reference §2.22); an emulated device attaches (or moves) its access
    /// to the IOAS `pt_id` (not an IOAS → ENOENT). `pt_id` is written back
    /// (EFAULT detaches).
    private func attach(_ argument: UInt64) throws(Errno) {
        guard var binding else { throw .EINVAL }
        let size = MemoryLayout<vfio_device_attach_iommufd_pt>.size
        let cmd = try UserMemory.load(argument, as: vfio_device_attach_iommufd_pt.self)
        guard cmd.argsz >= UInt32(size), cmd.flags == 0 else { throw .EINVAL }
        let iommufd = binding.iommufd
        var pt = cmd.pt_id
        switch binding.object {
        case let device as SimDevice:
            pt = binding.attached ? try iommufd.replace(device, pt: pt) : try iommufd.attach(device, pt: pt)
        case let access as SimAccess:
            try access.changeIOAS(to: try iommufd.table.ioas(pt))
        default:
            throw .EINVAL
        }
        binding.attached = true
        self.binding = binding
        let offset = MemoryLayout<vfio_device_attach_iommufd_pt>.offset(of: \.pt_id) ?? 8
        do throws(Errno) {
            try UserMemory.store(pt, at: argument &+ UInt64(offset))
        } catch {
            detachNow()
            throw error
        }
    }

    // MARK: VFIO_DEVICE_DETACH_IOMMUFD_PT

    /// Reads the 8-byte struct (EFAULT); `argsz` below 8 or flags → EINVAL;
    /// otherwise detaches, also when nothing was attached.
    private func detach(_ argument: UInt64) throws(Errno) {
        let size = MemoryLayout<vfio_device_detach_iommufd_pt>.size
        let cmd = try UserMemory.load(argument, as: vfio_device_detach_iommufd_pt.self)
        guard cmd.argsz >= UInt32(size), cmd.flags == 0 else { throw .EINVAL }
        detachNow()
    }

    private func detachNow() {
        guard var binding else { return }
        switch binding.object {
        case let device as SimDevice: binding.iommufd.detach(device)
        case let access as SimAccess: try? access.changeIOAS(to: nil)
        default: break
        }
        binding.attached = false
        self.binding = binding
    }

    // MARK: VFIO_DEVICE_GET_INFO

    /// Reads the first 16 bytes (EFAULT); `argsz` below 16 → EINVAL.
    /// Answers PCI (and RESET when a reset works), the region and interrupt
    /// counts, no capabilities; writes back min(argsz, 24) bytes.
    private func getInfo(_ argument: UInt64) throws(Errno) {
        try Self.writeInfo(device, to: argument)
    }

    /// VFIO_DEVICE_GET_INFO's answer for `device` (also the legacy group
    /// path's device descriptors).
    static func writeInfo(_ device: SimulatedDevice, to argument: UInt64) throws(Errno) {
        let minimum = MemoryLayout<vfio_device_info>.offset(of: \.cap_offset) ?? 16
        let head = try UserMemory.read(argument, count: minimum)
        let argsz = head.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
        guard argsz >= UInt32(minimum) else { throw .EINVAL }
        var info = vfio_device_info()
        info.argsz = argsz
        info.flags = UInt32(VFIO_DEVICE_FLAGS_PCI) | (device.resetWorks ? UInt32(VFIO_DEVICE_FLAGS_RESET) : 0)
        info.num_regions = device.regionCount
        info.num_irqs = device.irqCount
        info.cap_offset = 0
        let size = MemoryLayout<vfio_device_info>.size
        let bytes = withUnsafeBytes(of: info) { Array($0.prefix(min(Int(argsz), size))) }
        try UserMemory.write(argument, bytes)
    }

    // MARK: Closing

    /// Closing the descriptor (or a failed bind): detach, unbind (the DEVICE
    /// or ACCESS object goes, the group's ownership is released), and the
    /// iommufd loses the reference the binding held.
    func release(_ core: KernelCore) {
        guard let binding else { return }
        detachNow()
        switch binding.object {
        case let device as SimDevice:
            binding.iommufd.unbind(device)
            let group = self.device.group ?? -1
            core.releaseGroup(group)
        case let access as SimAccess:
            binding.iommufd.destroyAccess(access)
        default:
            break
        }
        self.binding = nil
        core.boundDevices[device.sysfsName] = nil
        function.close()
        binding.iommufd.releaseReference()
    }

    /// What DMA from the device reaches: its attached HWPT (physical) or
    /// its access's IOAS (emulated); nil while it is blocked.
    var dmaTarget: DMATarget? {
        guard let binding else { return nil }
        switch binding.object {
        case let device as SimDevice: return device.attached.map { .hwpt($0) }
        case let access as SimAccess: return access.ioas.map { .ioas($0) }
        default: return nil
        }
    }

    /// Where a device's DMA goes.
    enum DMATarget {
        case hwpt(SimHWPT)
        case ioas(SimIOAS)
        /// The type1 domain of its group's legacy container.
        case legacyDomain(SimPagingDomain)
    }
}
