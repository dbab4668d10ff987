import LinuxKernel
import Posix

/// The simulated host as the daemon sees it: its devices and IOMMUs, and a
/// way to play a device doing DMA.
extension SimulatedKernel {
    /// The host's assignable devices (cdev path, sysfs name, IOMMU, group).
    /// Open one with ``open(_:flags:)`` on its ``SimulatedDevice/cdevPath``
    /// (or ``LinuxKernel/VFIODevice``).
    public var devices: [SimulatedDevice] { host.devices }

    /// The host's IOMMU units.
    public var iommus: [SimulatedIOMMU] { host.iommus }

    /// What a device is doing right now, for listings.
    public struct DeviceState: Sendable, Hashable {
        /// The device.
        public var device: SimulatedDevice
        /// The iommufd descriptor it is bound through, if any.
        public var boundTo: Int32?
        /// Its object id in that iommufd (DEVICE, or ACCESS for an mdev).
        public var objectID: UInt32?
        /// What its DMA goes through: the attached HWPT id, or for an mdev
        /// the IOAS id; nil while blocked.
        public var attachedTo: UInt32?
    }

    /// The state of every host device.
    public var deviceStates: [DeviceState] {
        state { core in
            host.devices.map { device in
                guard let file = core.boundDevices[device.sysfsName], let binding = file.binding else {
                    return DeviceState(device: device)
                }
                let iommufdFD = core.files.first { entry in
                    if case .iommufd(let iommufd) = entry.value { return iommufd === binding.iommufd }
                    return false
                }?.key
                let attached: UInt32?
                switch file.dmaTarget {
                case .hwpt(let hwpt): attached = hwpt.id
                case .ioas(let ioas): attached = ioas.id
                case .legacyDomain, nil: attached = nil
                }
                return DeviceState(device: device, boundTo: iommufdFD, objectID: binding.object.id, attachedTo: attached)
            }
        }
    }

    /// Simulates `device` writing `bytes` by DMA at `iova`: the bytes land
    /// in the user memory the IOVAs translate to, and with dirty tracking on
    /// every IO page written becomes dirty (HWPT_GET_DIRTY_BITMAP reports
    /// it). All or nothing: the whole range is checked first.
    ///
    /// A physical device translates through the HWPT it is attached to (a
    /// nested HWPT through its parent: stage 1 is taken as identity); an
    /// mdev through its access's IOAS (no dirty tracking).
    ///
    /// - Parameter device: sysfs name or cdev path.
    /// - Throws: ENODEV for an unknown device; EIO while it is not bound or
    ///   not attached (DMA is blocked); EFAULT for an IOVA that is not
    ///   mapped (an IOMMU fault) or memory that is gone; EPERM for a mapping
    ///   without write permission.
    public func dmaWrite(device: String, iova: UInt64, bytes: [UInt8]) throws(Errno) {
        let result = bytes.withUnsafeBytes { source -> Result<Void, Errno> in
            do throws(Errno) {
                try dmaWrite(device: device, iova: iova, length: UInt64(source.count)) { address, offset, length throws(Errno) in
                    try UserMemory.write(address, from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + length]))
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// Simulates a DMA write of `length` bytes of `fill` at `iova` (see
    /// ``dmaWrite(device:iova:bytes:)``). The range is translated before
    /// anything is written or allocated, and the bytes go out in pieces of
    /// at most 64 KiB, so `length` costs no memory of its own.
    public func dmaWrite(device: String, iova: UInt64, length: UInt64, fill: UInt8 = 0) throws(Errno) {
        let piece = 65536
        let result = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: piece) { buffer -> Result<Void, Errno> in
            buffer.initialize(repeating: fill)
            do throws(Errno) {
                try dmaWrite(device: device, iova: iova, length: length) { address, _, count throws(Errno) in
                    var done = 0
                    while done < count {
                        let n = min(piece, count - done)
                        try UserMemory.write(address + UInt64(done), from: UnsafeRawBufferPointer(start: buffer.baseAddress, count: n))
                        done += n
                    }
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }

    /// The write path shared by both forms: translate the whole range (so
    /// an unmapped or read-only part fails before any byte lands), hand each
    /// run to `write` (user address, offset into the write, length), then
    /// let dirty tracking see the write.
    private func dmaWrite(device: String, iova: UInt64, length: UInt64,
                          _ write: (UInt64, Int, Int) throws(Errno) -> Void) throws(Errno) {
        try state { core throws(Errno) in
            let target = try Self.dmaTarget(device, core)
            let runs = try Self.translate(target, iova: iova, length: length, write: true)
            var done = 0
            for run in runs {
                try write(run.address, done, Int(run.length))
                done += Int(run.length)
            }
            switch target {
            case .hwpt(let hwpt): hwpt.pagingBase.domain.recordWrite(iova, length: length)
            case .legacyDomain(let domain): domain.recordWrite(iova, length: length)
            case .ioas: break
            }
        }
    }

    /// Simulates `device` reading `count` bytes by DMA at `iova`. Same
    /// translation and errors as ``dmaWrite(device:iova:bytes:)``, with
    /// EPERM for a mapping without read permission.
    public func dmaRead(device: String, iova: UInt64, count: Int) throws(Errno) -> [UInt8] {
        try state { core throws(Errno) in
            let target = try Self.dmaTarget(device, core)
            var bytes: [UInt8] = []
            for run in try Self.translate(target, iova: iova, length: UInt64(count), write: false) {
                bytes += try UserMemory.read(run.address, count: Int(run.length))
            }
            return bytes
        }
    }

    /// Simulates `device` raising `vector` of interrupt `index` (a
    /// vfio-pci IRQ index): the eventfd the user set with
    /// VFIO_DEVICE_SET_IRQS is signalled (INTx unless masked, and then it
    /// masks itself). Unknown device → ENODEV, an mdev → ENOTTY (no PCI
    /// function), the type not enabled by the user → EINVAL, a vector past
    /// the enabled ones → ERANGE, no eventfd for it → ENOENT.
    public func raiseInterrupt(device name: String, index: VFIOPCIIRQ, vector: UInt32) throws(Errno) {
        try state { core throws(Errno) in
            guard let device = core.host.device(name) else { throw .ENODEV }
            guard !device.isEmulated else { throw .ENOTTY }
            try core.function(of: device).interrupts.fire(index, vector: vector)
        }
    }

    // MARK: Internals

    /// Runs `body` under the kernel's lock.
    func state<T: Sendable>(_ body: (KernelCore) throws(Errno) -> T) throws(Errno) -> T {
        let result = stateLock { core -> Result<T, Errno> in
            do throws(Errno) {
                return .success(try body(core))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Runs `body` under the kernel's lock (no errors).
    func state<T: Sendable>(_ body: (KernelCore) -> T) -> T { stateLock(body) }

    /// Where `device`'s DMA goes: unknown → ENODEV, blocked → EIO. A device
    /// bound through its cdev uses what it is attached to; one whose group
    /// is in a legacy container with its backend set uses the group's type1
    /// domain (whether or not a device descriptor is open, as in Linux).
    private static func dmaTarget(_ name: String, _ core: KernelCore) throws(Errno) -> SimVFIODeviceFile.DMATarget {
        guard let device = core.host.device(name) else { throw .ENODEV }
        if let file = core.boundDevices[device.sysfsName], let target = file.dmaTarget { return target }
        if let number = device.group, let group = core.legacyGroups[number],
            let domain = group.container?.iommu?.domain(of: number) {
            return .legacyDomain(domain)
        }
        throw .EIO
    }

    /// The user memory behind `[iova, iova+length)` for `target`, as runs;
    /// a hole → EFAULT, a missing permission → EPERM.
    private static func translate(_ target: SimVFIODeviceFile.DMATarget, iova: UInt64, length: UInt64,
                                  write: Bool) throws(Errno) -> [(address: UInt64, length: UInt64)] {
        guard length > 0 else { return [] }
        let (last, overflow) = iova.addingReportingOverflow(length - 1)
        if overflow { throw .EFAULT }
        var runs: [(address: UInt64, length: UInt64)] = []
        var cursor = iova
        while true {
            let run: (address: UInt64, last: UInt64, writable: Bool, readable: Bool)
            switch target {
            case .hwpt(let hwpt):
                guard let found = hwpt.pagingBase.domain.translateRun(cursor) else { throw .EFAULT }
                run = found
            case .ioas(let ioas):
                guard let found = ioas.space.translateRun(cursor) else { throw .EFAULT }
                run = found
            case .legacyDomain(let domain):
                guard let found = domain.translateRun(cursor) else { throw .EFAULT }
                run = found
            }
            if write ? !run.writable : !run.readable { throw .EPERM }
            let end = min(run.last, last)
            runs.append((run.address, end - cursor + 1))
            if end == last { return runs }
            cursor = end + 1
        }
    }
}
