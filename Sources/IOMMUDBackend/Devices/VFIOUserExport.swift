import LinuxKernel
import Posix
import QAPIRuntime
import QMPAPI
import Tracing
import VFIOUser
import VFIOUserServer

/// A `vfio-pci` device served over vfio-user (`vfio-user=PATH`): the device
/// the client's session talks to. The client's `DMA_MAP`s become windows of
/// its memory mapped into the device's IOAS, each a command of the model
/// (a ``Transaction`` under the tree's lock), so the IOMMU stays iommud's:
/// the client reaches the IOAS only through here, and only inside the
/// windows the export allows.
///
/// Its methods run on the endpoint's thread; every state change happens
/// with the tree locked, which is what makes `@unchecked Sendable` sound.
final class VFIOUserExport: VFIOUserDevice, @unchecked Sendable {
    /// The device's id.
    let device: String
    /// The socket's path.
    let path: String
    /// The windows the client may map (inclusive ranges).
    let allowed: [ClosedRange<UInt64>]
    /// `VFIO_DEVICE_GET_INFO` of the device, read when it was added.
    let info: VFIOUserDeviceInfo
    /// The windows the client mapped, by IOVA: the memory behind each
    /// (changed only with the tree locked).
    private(set) var windows: [UInt64: MemoryBackendObject] = [:]
    /// The socket's thread, once made.
    var endpoint: VFIOUserEndpoint?
    /// The interrupt indexes the client set eventfds for (changed only with
    /// the tree locked), disabled when it leaves.
    var irqsSet: Set<UInt32> = []
    /// Whether the client started DMA logging (the container's dirty
    /// tracking), to stop when it leaves (changed with the tree locked).
    var clientLogging = false
    /// The data descriptor of the device's saving or resuming migration
    /// state (the export's own), while the client transfers its state.
    var migrationData: Int32?
    /// Whether the client changed the device's migration state.
    var migrated = false
    private(set) weak var tree: ObjectTree?
    /// Where what the client cannot be told is logged.
    let log: @Sendable (String) -> Void

    init(device: String, path: String, allowed: [ClosedRange<UInt64>], info: VFIOUserDeviceInfo, tree: ObjectTree) {
        self.device = device
        self.path = path
        self.allowed = allowed
        self.info = info
        self.tree = tree
        self.log = tree.vfioUserAccess.log
    }

    /// What `query-vfio` shows.
    func info(status: VFIOUserEndpoint.Status?) -> VFIOUserExportInfo {
        let client = status?.client.map {
            VFIOUserClientInfo(pid: Int64($0.pid), uid: Int64($0.uid), gid: Int64($0.gid), windows: Int64(windows.count))
        }
        return VFIOUserExportInfo(
            device: device, path: path,
            allow: allowed.map { VFIOUserWindow(start: $0.lowerBound, size: $0.upperBound &- $0.lowerBound &+ 1) },
            client: client, clients: Int64(status?.clients ?? 0), refusals: Int64(status?.refusals ?? 0))
    }

    // MARK: The session's device

    func deviceInfo() -> VFIOUserDeviceInfo {
        Trace.vfio_user_get_info(nregions: info.regionCount, nirqs: info.irqCount)
        return info
    }

    func dmaMap(fd: Int32, _ map: VFIOUserDMAMap) -> VFIOUserRequestError? {
        guard let tree else {
            _ = SystemCalls.live.close(fd)
            return VFIOUserRequestError(Errno.ENODEV.rawValue, "the device is gone")
        }
        let system = tree.system
        do throws(QMPError) {
            try tree.transaction { s, transaction throws(QMPError) in
                // The descriptor is ours from here: closed on failure, the
                // window's once it is made.
                var owned = true
                transaction.onFailure("close the client's descriptor") { () throws(KernelError) in
                    if owned { system.close(fd) }
                }
                let container = try self.container(in: s)
                let writable = map.flags & VFIOUserDMAMap.writeable != 0
                let memory = try MemoryBackendObject.vfioUserWindow(
                    device: device, fd: fd, offset: map.offset, size: map.size, writable: writable, system: system)
                owned = false
                transaction.onFailure("unmap the client's memory from the daemon") { () throws(KernelError) in
                    memory.finalize()
                }
                try container.map(memory, at: map.address, in: transaction)
                windows[map.address] = memory
                transaction.onFailure("forget window 0x\(String(map.address, radix: 16))") { () throws(KernelError) in
                    self.windows[map.address] = nil
                }
            }
        } catch {
            return Self.refusal(error)
        }
        Trace.vfio_user_dma_map(iova: map.address, size: map.size, off: map.offset, flags: map.flags, async_ops: false)
        return nil
    }

    func dmaUnmap(address: UInt64, size: UInt64) -> VFIOUserRequestError? {
        guard let tree else { return VFIOUserRequestError(Errno.ENODEV.rawValue, "the device is gone") }
        do throws(QMPError) {
            try tree.transaction { s, transaction throws(QMPError) in
                guard let memory = windows[address], memory.size == size else {
                    throw QMPError.generic("no window of 0x\(String(size, radix: 16)) bytes is mapped at 0x\(String(address, radix: 16))")
                }
                try container(in: s).unmap(iova: address, size: size, in: transaction)
                windows[address] = nil
                // The last step: nothing can fail after it.
                memory.finalize()
            }
        } catch {
            return Self.refusal(error)
        }
        Trace.vfio_user_dma_unmap(iova: address, size: size, flags: 0, async_ops: false)
        return nil
    }

    func clientGone() {
        guard let tree else { return }
        do throws(QMPError) {
            try tree.transaction { s, transaction throws(QMPError) in
                guard !windows.isEmpty else { return }
                try unmapAll(in: s, transaction)
                releaseUnmapped()
            }
        } catch {
            log("vfio-user '\(device)': the departed client's windows could not be unmapped: \(error.desc)")
        }
        quiesce()
        stopLoggingOfDepartedClient()
        endMigrationOfDepartedClient()
    }

    // MARK: For the device model

    /// Windows unmapped by a command that has not finished; their memory is
    /// released once it holds (``releaseUnmapped()``).
    private var unmapped: [MemoryBackendObject] = []

    /// Unmaps every window of the client in the device model's transaction
    /// (device_del, a departed client).
    func unmapAll(in s: ObjectTree.State, _ transaction: Transaction) throws(QMPError) {
        guard !windows.isEmpty else { return }
        let container = try self.container(in: s)
        for (iova, memory) in windows.sorted(by: { $0.key > $1.key }) {
            try container.unmap(iova: iova, size: memory.size, in: transaction)
            windows[iova] = nil
            unmapped.append(memory)
            transaction.onFailure("remember window 0x\(String(iova, radix: 16))") { () throws(KernelError) in
                self.windows[iova] = memory
                self.unmapped.removeAll { $0 === memory }
            }
        }
    }

    /// Releases the memory of windows unmapped by a command that succeeded.
    private func releaseUnmapped() {
        unmapped.forEach { $0.finalize() }
        unmapped = []
    }

    /// Ends the export once device_del has succeeded: the client is
    /// disconnected, the socket removed, the windows' memory released.
    func retire() {
        endpoint?.stop()
        replaceMigrationData(with: nil)
        guard let tree else { return }
        tree.system.unlink(path)
        try? tree.withState { _ in releaseUnmapped() }
    }

    /// The exported device, while it is in the machine and exported.
    private func exported(in s: ObjectTree.State) throws(QMPError) -> VFIOPCIDevice {
        guard let vfio = s.machine.device(device) as? VFIOPCIDevice, vfio.export === self else {
            throw QMPError(.deviceNotFound, "device '\(device)' is no longer exported", errno: Errno.ENODEV.name)
        }
        return vfio
    }

    /// The device's open descriptor (cdev or group's), while it is exported.
    func descriptor(in s: ObjectTree.State) throws(QMPError) -> any ExportedDeviceDescriptor {
        try exported(in: s).descriptor
    }

    /// The device's container (an IOAS, or a type1 container), while it is
    /// exported.
    func container(in s: ObjectTree.State) throws(QMPError) -> any VFIOContainerModel {
        try exported(in: s).container
    }

    /// A command of the model refused: its errno (EIO when none) and desc.
    /// `what` names the request, ahead of the desc.
    static func refusal(_ error: QMPError, _ what: String? = nil) -> VFIOUserRequestError {
        let errno = error.errno.flatMap(Errno.init(named:))?.rawValue ?? Errno.EIO.rawValue
        return VFIOUserRequestError(errno, what.map { "\($0): \(error.desc)" } ?? error.desc)
    }
}
