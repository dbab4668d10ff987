#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import CPosix
import LinuxKernel
import Posix
import Synchronization

/// A kernel in the daemon's own process that takes the same uapi structs as
/// Linux and answers with the same errno, modelled on the kernel's iommufd code
/// and its selftest mock driver (reference: kernel-iommufd.md). It is the
/// default where `/dev/iommu` is absent, and a product feature: dry runs and
/// CI for orchestration tools.
///
/// It simulates a Linux 6.12 kernel built with CONFIG_IOMMUFD_TEST and
/// CONFIG_VFIO_DEVICE_CDEV on a machine described by a ``SimulatedHost``:
///
/// - `/dev/iommu`: every IOMMUFD ioctl of 6.12 (the IOAS family, HWPT_ALLOC,
///   GET_HW_INFO, dirty tracking, HWPT_INVALIDATE, FAULT_QUEUE_ALLOC), the
///   VFIO type1 compatibility ioctls, and IOMMU_TEST_CMD (the mock driver);
/// - `/dev/vfio/devices/vfioN` for each host device: BIND_IOMMUFD,
///   ATTACH/DETACH_IOMMUFD_PT and GET_INFO;
/// - the legacy VFIO interface: containers (`/dev/vfio/vfio`) with the real
///   type1 backend and its multi-domain semantics, the host's IOMMU groups
///   (`/dev/vfio/<N>`) and the device descriptors they hand out (see
///   ``legacyContainer(_:)``);
/// - the descriptors IOMMU_TEST_CMD and FAULT_QUEUE_ALLOC return.
///
/// Descriptors are real (eventfds), so they are unique, can be closed and
/// passed around like the kernel's; what they stand for lives here. One lock
/// serialises every call, as a single-threaded model of the kernel.
///
/// Beyond the ``Kernel`` seam it offers what a simulation needs and a real
/// kernel gets from elsewhere: the host's ``devices`` and ``iommus``,
/// ``dmaWrite(device:iova:bytes:)`` / ``dmaRead(device:iova:count:)`` to
/// play a device doing DMA (which sets dirty bits), and
/// ``read(_:count:)`` / ``write(_:_:)`` for fault-queue descriptors.
public final class SimulatedKernel: Kernel {
    public let name = "sim"
    /// The machine simulated.
    public let host: SimulatedHost
    private let lock: Mutex<KernelCore>

    /// - Parameters:
    ///   - host: the IOMMUs and devices of the machine (``SimulatedHost/default``).
    ///   - selftest: whether IOMMU_TEST_CMD works (a CONFIG_IOMMUFD_TEST
    ///     kernel); without it the ioctl answers ENOTTY like a distro kernel.
    public init(host: SimulatedHost = .default, selftest: Bool = true) {
        self.host = host
        lock = Mutex(KernelCore(host: host, selftest: selftest))
    }

    deinit { lock.withLock { $0.closeAll() } }

    /// The Linux release it answers as (``SimulatedHost/kernelVersion``).
    public var version: KernelVersion { host.kernelVersion }

    /// Runs `body` holding the kernel's one lock: the only way to reach its state.
    func stateLock<T: Sendable>(_ body: (KernelCore) -> T) -> T { lock.withLock { body($0) } }

    // MARK: Kernel

    /// Opens `/dev/iommu`, the VFIO cdev of a host device, the legacy
    /// container `/dev/vfio/vfio`, or the group `/dev/vfio/<N>` of a host
    /// device behind an IOMMU; any other path → ENOENT. A device may be
    /// opened more than once; only one descriptor can bind it. A group can
    /// be open once at a time (→ EBUSY while it is; its device descriptors
    /// keep it open).
    public func open(_ path: String, flags: Int32) -> Result<Int32, Errno> {
        stateLock { core -> Result<Int32, Errno> in
            if path == "/dev/vfio/vfio" || Self.groupNumber(path) != nil {
                do throws(Errno) {
                    return .success(try openLegacy(path, core))
                } catch {
                    return .failure(error)
                }
            }
            let device = host.devices.first { $0.cdevPath == path }
            guard path == "/dev/iommu" || device != nil else { return .failure(.ENOENT) }
            if let injected = core.faults.consume() { return .failure(injected) }
            if let device {
                do throws(Errno) {
                    let function = try core.function(of: device)
                    let fd = try function.openDescriptor()
                    let iommu = device.iommu.flatMap { host.iommu(named: $0) }
                    core.files[fd] = .vfioDevice(SimVFIODeviceFile(fd: fd, device: device, function: function, iommu: iommu))
                    return .success(fd)
                } catch {
                    return .failure(error)
                }
            }
            let fd = iommud_anonymous_fd()
            guard fd >= 0 else { return .failure(.current) }
            core.files[fd] = .iommufd(SimIOMMUFD(core: core))
            return .success(fd)
        }
    }

    /// Closes a descriptor of this kernel (its `release`): an iommufd is
    /// destroyed with everything in it once no bound device, access or
    /// fault descriptor holds it; a VFIO device is detached and unbound; an
    /// access unpins and goes; a fault queue's FAULT becomes destroyable.
    public func close(_ fd: Int32) -> Result<Void, Errno> {
        stateLock { core -> Result<Void, Errno> in
            do throws(Errno) {
                try core.close(fd)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
    }

    public func ioctl(_ fd: Int32, _ request: UInt, _ argument: UnsafeMutableRawPointer?) -> Result<Int32, Errno> {
        stateLock { core -> Result<Int32, Errno> in
            guard let file = core.files[fd] else { return .failure(.EBADF) }
            if let injected = core.faults.consume() { return .failure(injected) }
            let address = UInt64(UInt(bitPattern: argument))
            do throws(Errno) {
                switch file {
                case .iommufd(let iommufd):
                    return .success(try IOMMUFDDispatch.run(request, address, iommufd))
                case .vfioDevice(let device):
                    return .success(try device.ioctl(request, address, core))
                case .vfioContainer(let container):
                    return .success(try container.ioctl(request, address))
                case .vfioGroup(let group):
                    return .success(try group.ioctl(request, address, core))
                case .legacyDevice(let device):
                    return .success(try device.ioctl(request, address))
                case .access, .fault:
                    throw .ENOTTY
                }
            } catch {
                return .failure(error)
            }
        }
    }

    /// The same as ``ioctl(_:_:_:)``, with the struct copied in and out
    /// directly: the caller vouches for its memory, so the checked copies
    /// (which turn a bad pointer into EFAULT) are not needed for it. Every
    /// other pointer the struct carries (a bitmap, user memory to map) is
    /// still checked.
    public func ioctl(_ fd: Int32, _ request: UInt, ownStruct: UnsafeMutableRawBufferPointer) -> Result<Int32, Errno> {
        iommud_vouch_memory(ownStruct.baseAddress, UInt(ownStruct.count))
        defer { iommud_unvouch_memory() }
        return ioctl(fd, request, ownStruct.baseAddress)
    }

    /// Lets `fd`, any open descriptor of the process, stand for a fresh open
    /// of `/dev/iommu`: there is no real one to pass on a machine that needs
    /// the simulation. A descriptor that is not open → EBADF; one the
    /// simulation already knows → EEXIST.
    public func adoptIOMMUFD(_ fd: Int32) -> Result<Void, Errno> {
        stateLock { core -> Result<Void, Errno> in
            guard fcntl(fd, F_GETFD) >= 0 else { return .failure(.EBADF) }
            guard core.files[fd] == nil else { return .failure(.EEXIST) }
            if let injected = core.faults.consume() { return .failure(injected) }
            core.files[fd] = .iommufd(SimIOMMUFD(core: core))
            return .success(())
        }
    }

    /// Forgets an adopted descriptor as a close would, but leaves it open.
    public func disown(_ fd: Int32) {
        stateLock { core in
            try? core.close(fd, closingDescriptor: false)
        }
    }

    /// Refuses (ENODEV): a descriptor the simulation did not hand out stands
    /// for no simulated device; devices are opened by their cdev path.
    public func adoptVFIODevice(_ fd: Int32) -> Result<Void, Errno> { .failure(.ENODEV) }

    /// The simulated host's devices.
    public func vfioHostDevices() -> Result<[VFIOHostDevice], Errno> {
        .success(host.devices.map { device in
            let bus = device.isEmulated ? "/sys/bus/mdev/devices/" : "/sys/bus/pci/devices/"
            var found = VFIOHostDevice(
                name: device.sysfsName, sysfsPath: bus + device.sysfsName, cdevPath: device.cdevPath,
                iommu: device.iommu, group: device.group, summary: device.summary)
            found.aliased = device.behindBridge
            return found
        })
    }

    // MARK: Fault injection

    /// Makes the `nth` kernel call from now (1 = the next one) fail with
    /// `errno` without doing anything — the simulation's counterpart of the
    /// kernel's `iommufd_fail_nth`, so callers can prove they roll back.
    /// Counted calls are `open`, `ioctl` and `adoptIOMMUFD`, and every
    /// system call made through ``systemCalls`` but `close` and `munmap`;
    /// `close` always works, as in Linux. A new injection replaces a pending
    /// one.
    public func injectFault(nth: Int, errno: Errno) {
        injectFaults(calls: [nth], errno: errno)
    }

    /// Makes several calls from now fail (1 = the next one), e.g. a
    /// command's step and then the undo of an earlier step, to prove a
    /// failed rollback is reported and leaves the model matching the kernel.
    public func injectFaults(calls: Set<Int>, errno: Errno) {
        precondition(calls.allSatisfy { $0 >= 1 }, "calls count from 1")
        stateLock { core in core.faults.arm(calls: calls, errno: errno) }
    }

    /// The daemon's system calls on this kernel's machine: the real ones,
    /// each counted by the fault injection like a kernel call, so the Nth
    /// call of a command fails whether it is an ioctl or a system call.
    public var systemCalls: SystemCalls {
        .failing(.live) { [weak self] in self?.stateLock { core in core.faults.consume() } }
    }

    /// Whether an injected fault is still waiting (its call has not come).
    /// Reading it does not count as a call.
    public var faultPending: Bool { stateLock { $0.faults.pending } }

    /// Drops a pending injected fault.
    public func cancelFault() { stateLock { core in core.faults.disarm() } }

    /// Every object of every open iommufd, as `fd:id:kind:users` lines in
    /// descriptor and id order — what tests compare to prove a failed
    /// command left the kernel exactly as before.
    public var objectInventory: [String] {
        stateLock { core in
            core.files.keys.sorted().flatMap { fd -> [String] in
                guard case .iommufd(let iommufd)? = core.files[fd] else { return [] }
                return iommufd.table.sorted.map { "\(fd):\($0.id):\(type(of: $0)):\($0.users)" }
            }
        }
    }

    /// Number of descriptors open on this kernel (for leak tests).
    public var openFileCount: Int { stateLock { $0.files.count } }

    /// Number of CPU pages the simulated kernel holds pinned (for leak tests).
    public var pinnedPageCount: Int { stateLock { $0.pins.pinnedPageCount } }

    /// Number of IOMMU_IOAS_MAP_FILE file ranges the simulated kernel keeps
    /// mapped (for leak tests): one per MAP_FILE while it or a copy of it
    /// is in an IOAS.
    public var fileWindowCount: Int { stateLock { $0.pins.fileWindowCount } }

    // MARK: Locked memory

    /// RLIMIT_MEMLOCK of the simulated process in bytes (rounded down to
    /// pages); nil, the default, simulates a process with CAP_IPC_LOCK:
    /// nothing is limited and iommufd charges nothing. With a limit, pins
    /// are charged as Linux charges them (iommufd: to the user, or to the
    /// process in RLIMIT_MODE 1; type1: to the process) and a pin beyond
    /// it fails with ENOMEM. A limit applies to iommufd mappings made after
    /// it is set.
    public var memlockLimit: UInt64? {
        get { stateLock { core in core.pins.memlockLimitPages.map { UInt64($0) * HostPage.size } } }
        set { stateLock { core in core.pins.memlockLimitPages = newValue.map { Int($0 / HostPage.size) } } }
    }

    /// Bytes charged to `account` (the user's or the process's `locked_vm`).
    public func lockedBytes(_ account: LockedMemoryAccount) -> UInt64 {
        stateLock { core in UInt64(core.pins.lockedPages[account, default: 0]) * HostPage.size }
    }

    /// `pread` of a device descriptor (cdev once bound, or from the group
    /// path): its regions (``SimPCIFunction/read(at:count:)``). A cdev not
    /// yet bound → EINVAL; a descriptor of this kernel that is no device →
    /// EINVAL; not one of its descriptors → EBADF. A kernel call, so fault
    /// injection counts it.
    public func readRegion(_ fd: Int32, count: Int, at offset: UInt64) -> Result<[UInt8], Errno> {
        stateLock { core -> Result<[UInt8], Errno> in
            do throws(Errno) {
                return .success(try Self.function(fd, core).read(at: offset, count: count))
            } catch {
                return .failure(error)
            }
        }
    }

    /// `pwrite` of a device descriptor; see ``readRegion(_:count:at:)``.
    public func writeRegion(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64) -> Result<Int, Errno> {
        stateLock { core -> Result<Int, Errno> in
            do throws(Errno) {
                return .success(try Self.function(fd, core).write(bytes, at: offset))
            } catch {
                return .failure(error)
            }
        }
    }

    private static func function(_ fd: Int32, _ core: KernelCore) throws(Errno) -> SimPCIFunction {
        guard let file = core.files[fd] else { throw .EBADF }
        if let injected = core.faults.consume() { throw injected }
        switch file {
        case .vfioDevice(let device) where device.binding != nil: return device.function
        case .legacyDevice(let device): return device.function
        default: throw .EINVAL
        }
    }

    // MARK: File I/O the Kernel seam lacks

    /// `read()` on a fault-queue descriptor (reference §2.17): `count` must
    /// be a multiple of `sizeof(struct iommu_hwpt_pgfault)` (40) → else
    /// ESPIPE; returns whole records (empty when none wait; a first record
    /// that does not fit → EINVAL). Any other descriptor of this kernel →
    /// EINVAL; not one of its descriptors → EBADF.
    public func read(_ fd: Int32, count: Int) -> Result<[UInt8], Errno> {
        stateLock { core -> Result<[UInt8], Errno> in
            guard let file = core.files[fd] else { return .failure(.EBADF) }
            guard case .fault(let fault, _) = file else { return .failure(.EINVAL) }
            do throws(Errno) {
                return .success(try fault.read(count: count))
            } catch {
                return .failure(error)
            }
        }
    }

    /// `write()` on a fault-queue descriptor: `struct iommu_hwpt_page_response`
    /// records (8 bytes each → else ESPIPE) answering faults read earlier
    /// (unknown cookie or code → EINVAL). Returns the bytes consumed. Any
    /// other descriptor of this kernel → EINVAL; not one of its → EBADF.
    public func write(_ fd: Int32, _ bytes: [UInt8]) -> Result<Int, Errno> {
        stateLock { core -> Result<Int, Errno> in
            guard let file = core.files[fd] else { return .failure(.EBADF) }
            guard case .fault(let fault, _) = file else { return .failure(.EINVAL) }
            do throws(Errno) {
                return .success(try fault.write(bytes))
            } catch {
                return .failure(error)
            }
        }
    }
}
