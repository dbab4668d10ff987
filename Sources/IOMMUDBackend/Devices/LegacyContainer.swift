import LinuxKernel
import QAPIRuntime
import QMPAPI
import Tracing

/// QEMU's `VFIOLegacyContainer`: a type1 container on `/dev/vfio/vfio`
/// that the IOMMU groups of one address space join, and that mirrors the
/// space's dimms with VFIO_IOMMU_MAP_DMA. Type1 keeps one IOMMU domain per
/// set of groups that can share one and replays every mapping into each,
/// so the container maps each dimm once whatever the number of domains.
///
/// It owns the container descriptor; its groups own theirs. Changes go
/// through the methods below, each registering its undo.
final class LegacyContainer: VFIOContainerModel {
    let name: String
    let addressSpace: String
    let kernel: any Kernel
    /// The open container; nil once closed.
    private var container: VFIOContainer?
    /// The descriptor number (for traces and the kernel's domain count).
    let fd: Int32
    /// The type1 flavour chosen at VFIO_SET_IOMMU (nil before).
    private(set) var iommuType: VFIOExtension?
    /// Its groups, in the order they joined.
    private(set) var groups: [LegacyGroup] = []
    /// What it maps, by IOVA (one entry per dimm).
    private(set) var mappings: [VFIOMappingInfo] = []
    /// The migration capability of VFIO_IOMMU_GET_INFO: dirty bitmap page
    /// size and largest bitmap; nil when type1 cannot track dirty pages.
    private(set) var migration: (pageSize: UInt64, maxBitmapSize: UInt64)?
    /// The usable IOVA ranges VFIO_IOMMU_GET_INFO reported when the first
    /// group joined (QEMU reads them once, then); empty when it had none.
    private(set) var iovaRanges: [ClosedRange<UInt64>] = []
    /// The IOMMU page sizes it reported then (`iova_pgsizes`).
    private(set) var pageSizes: UInt64 = 0

    var backend: VFIOContainerBackend { .legacy }
    var mappedRanges: [VFIOMappingInfo] { mappings.sorted { $0.iova < $1.iova } }

    /// QEMU's `vfio_create_container`: opens `/dev/vfio/vfio` and checks the
    /// API version; undone by closing it. No group is in it yet.
    init(name: String, addressSpace: String, kernel: any Kernel, in transaction: Transaction) throws(QMPError) {
        let opened: VFIOContainer
        do throws(KernelError) {
            opened = try VFIOContainer(kernel: kernel)
        } catch {
            throw error.qmp
        }
        var version = VFIOGetAPIVersion()
        try kernelWork { () throws(KernelError) in try opened.perform(&version) }
        guard version.version == 0 else {
            throw QMPError.generic("supported vfio version: 0, reported version: \(version.version)")
        }
        self.name = name
        self.addressSpace = addressSpace
        self.kernel = kernel
        self.fd = opened.fd
        self.container = .some(opened)
        transaction.onFailure("close VFIO container \(fd)") { [self] () throws(KernelError) in close() }
    }

    /// Closes the container descriptor (its last group has gone).
    func close() { container.take()?.close() }

    /// Runs `body` on the open container (EBADF for `operation` once closed).
    private func withContainer<T>(_ operation: String, _ body: (borrowing VFIOContainer) throws(KernelError) -> T)
        throws(KernelError) -> T
    {
        try container.whileOpen(operation) { open throws(KernelError) in try body(open) }
    }

    /// Runs a request on the container.
    private func perform<R: VFIOLegacyRequest>(_ request: inout R) throws(KernelError) {
        try withContainer(R.name) { c throws(KernelError) in try c.perform(&request) }
    }

    /// QEMU's `vfio_connect_container` step for `group`: VFIO_GROUP_SET_CONTAINER,
    /// and for the first group VFIO_SET_IOMMU (type1v2 when the kernel offers
    /// it, else type1) and VFIO_IOMMU_GET_INFO. Undone by taking the group
    /// out again (the last group out releases the backend).
    ///
    /// - Throws: the kernel's error: a group type1 refuses fails SET_CONTAINER.
    func join(_ group: LegacyGroup, in transaction: Transaction) throws(QMPError) {
        try kernelWork { () throws(KernelError) in
            try withContainer("VFIO_GROUP_SET_CONTAINER") { c throws(KernelError) in try group.setContainer(c) }
        }
        let first = groups.isEmpty
        groups.append(group)
        transaction.onFailure("take group \(group.number) out of VFIO container \(fd)") { [self] () throws(KernelError) in
            var unset = VFIOGroupUnsetContainer()
            try group.perform(&unset)
            groups.removeAll { $0 === group }
            if groups.isEmpty {
                iommuType = nil
                migration = nil
                iovaRanges = []
                pageSizes = 0
            }
        }
        if first {
            let type = try kernelWork { () throws(KernelError) -> VFIOExtension in
                var v2 = VFIOCheckExtension(.type1v2)
                try perform(&v2)
                if v2.supported { return .type1v2 }
                var v1 = VFIOCheckExtension(.type1)
                try perform(&v1)
                guard v1.supported else { throw KernelError("VFIO_CHECK_EXTENSION(VFIO_TYPE1_IOMMU)", .EINVAL) }
                return .type1
            }
            var set = VFIOSetIOMMU(type)
            try kernelWork { () throws(KernelError) in try perform(&set) }
            iommuType = type
        } else {
            let before = (iovaRanges, pageSizes)
            transaction.onFailure("forget what VFIO_IOMMU_GET_INFO said with group \(group.number)") {
                [self] () throws(KernelError) in (iovaRanges, pageSizes) = before
            }
        }
        // QEMU asks once, for the first group; iommud after every group, as
        // each new domain can narrow the usable IOVA ranges.
        var info = VFIOIOMMUGetInfo()
        try kernelWork { () throws(KernelError) in
            try perform(&info)
            if !info.capabilitiesFit {
                info = VFIOIOMMUGetInfo(capacity: info.requiredSize)
                try perform(&info)
            }
        }
        if first { migration = info.migration }
        iovaRanges = info.iovaRanges ?? []
        pageSizes = info.pageSizes
    }

    /// Closes `group` (the kernel takes it out) and forgets it; cannot be
    /// undone.
    func leave(_ group: LegacyGroup, in transaction: Transaction) throws(QMPError) {
        try transaction.prepareIrreversible()
        group.close()
        groups.removeAll { $0 === group }
        transaction.irreversible("close group \(group.number)")
    }

    /// Maps `dimm` at IOVA = its address (VFIO_IOMMU_MAP_DMA, read-only when
    /// its memory is); undone by unmapping it.
    func map(_ dimm: PCDIMMDevice, in transaction: Transaction) throws(QMPError) {
        try map(dimm.memory, at: dimm.addr, in: transaction)
        Trace.vfio_listener_region_add_ram(
            iova_start: dimm.addr, iova_end: dimm.last, vaddr: UnsafeRawPointer(dimm.memory.address))
    }

    /// Unmaps `dimm` (VFIO_IOMMU_UNMAP_DMA of the whole mapping); undone by
    /// mapping it again.
    func unmap(_ dimm: PCDIMMDevice, in transaction: Transaction) throws(QMPError) {
        try unmap(iova: dimm.addr, size: dimm.size, in: transaction)
        Trace.vfio_listener_region_del(start: dimm.addr, end: dimm.last)
    }

    /// Maps all of `memory` at `iova` (VFIO_IOMMU_MAP_DMA, read-only when
    /// it is); undone by unmapping it.
    func map(_ memory: MemoryBackendObject, at iova: UInt64, in transaction: Transaction) throws(QMPError) {
        try kernelWork { () throws(KernelError) in try mapDMA(memory, at: iova) }
        transaction.onFailure("unmap [0x\(String(iova, radix: 16)), +0x\(String(memory.size, radix: 16))) of VFIO container \(fd)") {
            [self] () throws(KernelError) in try unmapDMA(iova: iova, size: memory.size)
        }
    }

    /// Unmaps the mapping at `[iova, iova+size)` (VFIO_IOMMU_UNMAP_DMA of
    /// all of it); undone by mapping its memory again.
    func unmap(iova: UInt64, size: UInt64, in transaction: Transaction) throws(QMPError) {
        guard let memory = memories[iova], memory.size == size else {
            throw QMPError.generic("VFIO container \(fd) has no mapping of 0x\(String(size, radix: 16)) bytes at 0x\(String(iova, radix: 16))")
        }
        try kernelWork { () throws(KernelError) in try unmapDMA(iova: iova, size: size) }
        transaction.onFailure("map [0x\(String(iova, radix: 16)), +0x\(String(size, radix: 16))) of VFIO container \(fd) again") {
            [self] () throws(KernelError) in try mapDMA(memory, at: iova)
        }
    }

    /// The memory behind each mapping, by IOVA.
    private var memories: [UInt64: MemoryBackendObject] = [:]

    /// VFIO_IOMMU_MAP_DMA of `memory` at `iova`, read-only when it is, and
    /// the mapping recorded.
    private func mapDMA(_ memory: MemoryBackendObject, at iova: UInt64) throws(KernelError) {
        var map = VFIOIOMMUMapDMA(
            flags: memory.isWritable ? [.read, .write] : [.read], vaddr: UInt64(UInt(bitPattern: memory.address)),
            iova: iova, size: memory.size)
        try perform(&map)
        mappings.append(VFIOMappingInfo(iova: iova, size: memory.size))
        memories[iova] = memory
    }

    /// VFIO_IOMMU_UNMAP_DMA of the whole mapping at `iova`, and the record gone.
    private func unmapDMA(iova: UInt64, size: UInt64) throws(KernelError) {
        var unmap = VFIOIOMMUUnmapDMA(iova: iova, size: size)
        try perform(&unmap)
        mappings.removeAll { $0.iova == iova }
        memories[iova] = nil
    }

    // MARK: Dirty tracking (QEMU's vfio_legacy_set_dirty_page_tracking and vfio_legacy_query_dirty_bitmap)

    private(set) var isDirtyTracking = false

    func dirtyTrackingObstacle(devices: [VFIOPCIDevice]) -> String? {
        if iommuType == .type1v2, let migration, migration.pageSize == DirtyBitmap.pageSize { return nil }
        let device = devices.first.map { "device '\($0.id)'" } ?? "the container"
        guard iommuType == .type1v2, let migration else {
            return "\(device) cannot track dirty pages: its type1 container has no migration capability"
        }
        return "\(device) cannot track dirty pages: its type1 container logs \(migration.pageSize)-byte pages, not \(DirtyBitmap.pageSize)"
    }

    /// VFIO_IOMMU_DIRTY_PAGES START or STOP; undone by the other.
    func setDirtyTracking(_ enabled: Bool, in transaction: Transaction) throws(QMPError) {
        guard enabled != isDirtyTracking else { return }
        var request = enabled ? VFIOIOMMUDirtyPages.start() : VFIOIOMMUDirtyPages.stop()
        try kernelWork { () throws(KernelError) in try perform(&request) }
        isDirtyTracking = enabled
        transaction.onFailure("\(enabled ? "stop" : "start") dirty tracking of VFIO container \(fd)") {
            [self] () throws(KernelError) in
            var back = enabled ? VFIOIOMMUDirtyPages.stop() : VFIOIOMMUDirtyPages.start()
            try perform(&back)
            isDirtyTracking = !enabled
        }
    }

    var readsPartialMappings: Bool { false }

    /// VFIO_IOMMU_DIRTY_PAGES GET_BITMAP of a whole mapping.
    func readDirtyBitmap(iova: UInt64, size: UInt64) throws(QMPError) -> [UInt64] {
        var request = VFIOIOMMUDirtyPages.getBitmap(iova: iova, size: size, pageSize: DirtyBitmap.pageSize)
        try kernelWork { () throws(KernelError) in try perform(&request) }
        return request.bitmap
    }

    /// How many IOMMU domains type1 keeps: the kernel's answer where it
    /// gives one (the simulated kernel), else 1 for a single group (a type1
    /// container with one group has exactly one domain), else unknown.
    var domainCount: Int? {
        if let count = kernel.type1DomainCount(container: fd) { return count }
        return groups.count == 1 ? 1 : nil
    }

    /// Its mappings: type1 pins each once, however many domains mirror it.
    var pinnedBytes: UInt64 { mappings.reduce(0) { $0 + $1.size } }

    /// The process's, always (type1's `vfio_lock_acct`).
    func chargedTo() throws(QMPError) -> VFIOLockedMemoryAccount { .process }

    func info(devices: [String]) throws(QMPError) -> VFIOContainerInfo {
        VFIOContainerInfo(
            id: name, backend: .legacy, addressSpace: addressSpace, devices: devices, mappings: mappedRanges,
            dirtyTracking: isDirtyTracking, pinnedBytes: pinnedBytes, chargedTo: .process, iommuType: iommuType.map { $0 == .type1v2 ? "type1v2" : "type1" },
            groups: groups.map { Int64($0.number) }, domains: domainCount.map(Int64.init))
    }
}

/// An IOMMU group the machine opened (QEMU's `VFIOGroup`): owns
/// `/dev/vfio/<N>`, shared by the group's devices in one container.
final class LegacyGroup {
    let number: Int
    /// The open group; nil once closed.
    private var group: VFIOGroup?
    /// The descriptor number.
    let fd: Int32
    let kernel: any Kernel

    /// QEMU's `vfio_group_get`: opens `/dev/vfio/<number>` and checks that
    /// it is viable; undone by closing it.
    init(number: Int, kernel: any Kernel, in transaction: Transaction) throws(QMPError) {
        let opened: VFIOGroup
        do throws(KernelError) {
            opened = try VFIOGroup(kernel: kernel, group: number)
        } catch {
            throw error.qmp
        }
        var status = VFIOGroupGetStatus()
        try kernelWork { () throws(KernelError) in try opened.perform(&status) }
        guard status.flags.contains(.viable) else {
            throw QMPError.generic(
                "group \(number) is not viable: ensure all devices within the iommu_group are bound to their vfio bus driver")
        }
        self.number = number
        self.kernel = kernel
        self.fd = opened.fd
        self.group = .some(opened)
        transaction.onFailure("close group \(number)") { [self] () throws(KernelError) in close() }
    }

    /// Runs `body` on the open group (EBADF for `operation` once closed).
    private func withGroup<T>(_ operation: String, _ body: (borrowing VFIOGroup) throws(KernelError) -> T)
        throws(KernelError) -> T
    {
        try group.whileOpen(operation) { open throws(KernelError) in try body(open) }
    }

    /// Runs a request on the group.
    func perform<R: VFIOLegacyRequest>(_ request: inout R) throws(KernelError) {
        try withGroup(R.name) { g throws(KernelError) in try g.perform(&request) }
    }

    /// VFIO_GROUP_SET_CONTAINER.
    func setContainer(_ container: borrowing VFIOContainer) throws(KernelError) {
        var request = VFIOGroupSetContainer(container: container.fd)
        try perform(&request)
    }

    /// VFIO_GROUP_GET_DEVICE_FD of `name`: the device, which closes itself
    /// when the command fails before the model owns it.
    func openDevice(_ name: String) throws(KernelError) -> VFIODevice {
        var request = VFIOGroupGetDeviceFD(name: name)
        let fd = try withGroup(VFIOGroupGetDeviceFD.name) { g throws(KernelError) in try g.perform(&request) }
        return VFIODevice(adopting: fd, kernel: kernel, name: name)
    }

    /// Closes the group descriptor: the kernel takes it out of its
    /// container once no device descriptor of it is open.
    func close() { group.take()?.close() }
}
