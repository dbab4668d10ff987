#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import Posix

/// One IOMMU group of the simulated host as the legacy VFIO interface sees
/// it, `/dev/vfio/<number>` (the kernel's `struct vfio_group`,
/// `drivers/vfio/group.c`).
///
/// Groups are the distinct `group` numbers of the host's devices that sit
/// behind an IOMMU. An mdev has no group in the simulation: the legacy
/// interface does not offer it (Linux gives each mdev an emulated group
/// that type1 pins through `vfio_pin_pages`; not modelled).
///
/// The descriptor can be open once at a time (a second open → EBUSY).
/// Device descriptors from GET_DEVICE_FD hold the group as the kernel's
/// hold its file: the group leaves its container only when its descriptor
/// and all its devices' descriptors are closed.
final class SimVFIOGroup {
    let number: Int
    /// Its devices, in cdev order.
    let devices: [SimulatedDevice]
    /// What type1 needs to attach it.
    let hardware: SimType1IOMMU.GroupHardware
    /// Whether `/dev/vfio/<number>` is open.
    var fileOpen = false
    /// Open device descriptors from GET_DEVICE_FD (the kernel's
    /// `container_users` − 1).
    var deviceFiles = 0
    /// The container it is attached to (which also claims DMA ownership of
    /// the group, shutting the cdev path out).
    private(set) var container: SimVFIOContainer?

    init(number: Int, devices: [SimulatedDevice], iommu: SimulatedIOMMU) {
        self.number = number
        self.devices = devices
        var regions: [Interval] = []
        for device in devices { regions += SimDevice.hostReservedRegions(device) }
        hardware = SimType1IOMMU.GroupHardware(group: number, iommu: iommu, reservedRegions: regions)
    }

    /// Whether the kernel still holds the group's file open.
    var isOpen: Bool { fileOpen || deviceFiles > 0 }

    /// Dispatches an ioctl on the group descriptor; anything unknown → ENOTTY.
    func ioctl(_ request: UInt, _ argument: UInt64, _ core: KernelCore) throws(Errno) -> Int32 {
        switch request {
        case UInt(IOMMUD_VFIO_GROUP_GET_STATUS):
            try getStatus(argument, core)
            return 0
        case UInt(IOMMUD_VFIO_GROUP_SET_CONTAINER):
            try setContainer(argument, core)
            return 0
        case UInt(IOMMUD_VFIO_GROUP_UNSET_CONTAINER):
            guard container != nil else { throw .EINVAL }
            guard deviceFiles == 0 else { throw .EBUSY }
            leaveContainer()
            return 0
        case UInt(IOMMUD_VFIO_GROUP_GET_DEVICE_FD):
            return try getDeviceFD(argument, core)
        default:
            throw .ENOTTY
        }
    }

    // MARK: VFIO_GROUP_GET_STATUS

    /// Reads `argsz`/`flags` (EFAULT); `argsz` < 8 → EINVAL. In a container:
    /// VIABLE|CONTAINER_SET; else VIABLE unless another owner (an iommufd,
    /// through a bound cdev) claimed DMA for the group. Writes 8 bytes back.
    private func getStatus(_ argument: UInt64, _ core: KernelCore) throws(Errno) {
        var status = try UserMemory.load(argument, as: vfio_group_status.self)
        guard status.argsz >= UInt32(MemoryLayout<vfio_group_status>.size) else { throw .EINVAL }
        let viable = UInt32(VFIO_GROUP_FLAGS_VIABLE), set = UInt32(VFIO_GROUP_FLAGS_CONTAINER_SET)
        if container != nil {
            status.flags = viable | set
        } else {
            status.flags = core.groupOwners[number] == nil ? viable : 0
        }
        try UserMemory.store(status, at: argument)
    }

    // MARK: VFIO_GROUP_SET_CONTAINER

    /// Reads the container descriptor, an `int` (EFAULT); not an open
    /// descriptor → EBADF; the group already in a container → EINVAL; a
    /// descriptor that is not a VFIO container → EBADFD (an iommufd as
    /// container is not modelled); the group's DMA owned through a bound
    /// cdev → EBUSY; the container's type1 backend refusing the group →
    /// its error (EINVAL, EPERM, EBUSY).
    private func setContainer(_ argument: UInt64, _ core: KernelCore) throws(Errno) {
        let fd = try UserMemory.load(argument, as: Int32.self)
        let file = core.files[fd]
        guard file != nil || fcntl(fd, F_GETFD) >= 0 else { throw .EBADF }
        guard container == nil else { throw .EINVAL }
        guard case .vfioContainer(let target)? = file else { throw .EBADFD }
        if core.groupOwners[number] != nil { throw .EBUSY }
        try target.add(self)
        container = target
    }

    /// Leaves the container (UNSET_CONTAINER, or the group's last holder
    /// closing): type1 detaches it, and the last group releases the backend.
    func leaveContainer() {
        guard let container else { return }
        self.container = nil
        container.remove(self)
    }

    // MARK: VFIO_GROUP_GET_DEVICE_FD

    /// Reads the device name, a NUL-terminated string of at most a page
    /// (EFAULT; no NUL within a page → EINVAL); no device of that name in
    /// the group → ENODEV; the group not in a container whose backend is
    /// set → EINVAL. Returns a new device descriptor that answers
    /// VFIO_DEVICE_GET_INFO (a device may be opened this way many times).
    private func getDeviceFD(_ argument: UInt64, _ core: KernelCore) throws(Errno) -> Int32 {
        let name = try Self.readString(argument, limit: Int(HostPage.size))
        guard let device = devices.first(where: { $0.sysfsName == name }) else { throw .ENODEV }
        guard let container, container.iommu != nil else { throw .EINVAL }
        let function = try core.function(of: device)
        let fd = try function.openDescriptor()
        function.open()
        core.files[fd] = .legacyDevice(SimLegacyDeviceFile(device: device, function: function, group: self))
        deviceFiles += 1
        return fd
    }

    /// `strndup_user`: the string at `address`, read up to `limit` bytes;
    /// a fault → EFAULT, no NUL within the limit → EINVAL.
    static func readString(_ address: UInt64, limit: Int) throws(Errno) -> String {
        var bytes: [UInt8] = []
        var cursor = address
        while bytes.count < limit {
            // Read up to the end of the current page, so a string ending
            // just before unmapped memory still reads.
            let inPage = Int(HostPage.size - cursor % HostPage.size)
            let chunk = try UserMemory.read(cursor, count: min(inPage, limit - bytes.count))
            if let nul = chunk.firstIndex(of: 0) {
                return String(decoding: bytes + chunk[..<nul], as: UTF8.self)
            }
            bytes += chunk
            cursor &+= UInt64(chunk.count)
        }
        throw .EINVAL
    }
}

/// A device descriptor VFIO_GROUP_GET_DEVICE_FD returned: the group path's
/// `vfio_device_file`. It answers VFIO_DEVICE_GET_INFO and the region and
/// interrupt ioctls as the cdev does; the cdev-only ioctls (BIND_IOMMUFD,
/// ATTACH/DETACH_IOMMUFD_PT) → EINVAL; anything else → ENOTTY. Its DMA
/// goes through its group's type1 domain.
final class SimLegacyDeviceFile {
    let device: SimulatedDevice
    let function: SimPCIFunction
    let group: SimVFIOGroup

    init(device: SimulatedDevice, function: SimPCIFunction, group: SimVFIOGroup) {
        self.device = device
        self.function = function
        self.group = group
    }

    func ioctl(_ request: UInt, _ argument: UInt64) throws(Errno) -> Int32 {
        if let answer = try function.ioctl(request, argument) { return answer }
        switch request {
        case UInt(IOMMUD_VFIO_DEVICE_GET_INFO):
            try SimVFIODeviceFile.writeInfo(device, to: argument)
            return 0
        case UInt(IOMMUD_VFIO_DEVICE_BIND_IOMMUFD), UInt(IOMMUD_VFIO_DEVICE_ATTACH_IOMMUFD_PT),
            UInt(IOMMUD_VFIO_DEVICE_DETACH_IOMMUFD_PT):
            throw .EINVAL
        default:
            throw .ENOTTY
        }
    }
}
