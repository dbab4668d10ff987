import LinuxKernel
import QAPIRuntime
import QMPAPI
import Tracing

/// QEMU's `VFIOIOMMUFDContainer`: an IOAS of an iommufd object that
/// mirrors the dimms of one address space, and the automatic HWPTs its
/// devices are attached to (derived from the iommufd object's records).
final class IOMMUFDContainer: VFIOContainerModel {
    let name: String
    let addressSpace: String
    let iommufd: IOMMUFDObject
    let ioas: IOASRecord

    init(name: String, addressSpace: String, iommufd: IOMMUFDObject, ioas: IOASRecord) {
        self.name = name
        self.addressSpace = addressSpace
        self.iommufd = iommufd
        self.ioas = ioas
    }

    /// What the device model calls the owner of its kernel objects.
    static func owner(of space: String) -> String { "the VFIO container of address space '\(space)'" }

    /// QEMU's `hwpt_list`: its automatic HWPTs, newest first.
    var hwpts: [HWPTID] { iommufd.automaticHWPTs(on: ioas.id) }

    var backend: VFIOContainerBackend { .iommufd }

    var mappedRanges: [VFIOMappingInfo] {
        ioas.mappings.sorted { $0.iova < $1.iova }.map { VFIOMappingInfo(iova: $0.iova, size: $0.size) }
    }

    func info(devices: [String]) throws(QMPError) -> VFIOContainerInfo {
        VFIOContainerInfo(
            id: name, backend: .iommufd, addressSpace: addressSpace, devices: devices, mappings: mappedRanges,
            dirtyTracking: isDirtyTracking, pinnedBytes: pinnedBytes, chargedTo: try chargedTo(), iommufd: iommufd.id,
            ioasId: ioas.id.rawValue, hwpts: hwpts.map(\.rawValue))
    }

    // MARK: Locked memory

    /// Its mappings, once a HWPT (a domain) needs them pinned; an IOAS with
    /// only an mdev pins nothing until the mdev's DMA does.
    var pinnedBytes: UInt64 {
        hwpts.isEmpty ? 0 : ioas.mappings.reduce(0) { $0 + $1.size }
    }

    /// Nobody's when the kernel limits nothing (iommufd then charges
    /// nothing); else what IOMMU_OPTION RLIMIT_MODE says of its iommufd.
    func chargedTo() throws(QMPError) -> VFIOLockedMemoryAccount {
        guard iommufd.kernelMemlockLimit != nil else { return .none }
        var option = Option(.rlimitMode, .get)
        try kernelWork { () throws(KernelError) in try iommufd.perform(&option) }
        return option.value == 1 ? .process : .user
    }

    // MARK: Dirty tracking (QEMU's iommufd_set_dirty_page_tracking and iommufd_query_dirty_bitmap)

    /// Its automatic HWPTs' records.
    private var hwptRecords: [HWPTRecord] { hwpts.compactMap { iommufd.hwpts[$0] } }

    var isDirtyTracking: Bool {
        let records = hwptRecords
        return !records.isEmpty && records.allSatisfy(\.dirtyTracking)
    }

    func dirtyTrackingObstacle(devices: [VFIOPCIDevice]) -> String? {
        for device in devices {
            guard case .iommufd(let record, _) = device.binding else { continue }
            guard let hwpt = iommufd.automaticHWPT(of: record.id) else {
                return "device '\(device.id)' cannot track dirty pages: an mdev's DMA goes through the IOAS, which has no dirty bits"
            }
            if !hwpt.flags.contains(.dirtyTracking) {
                return "device '\(device.id)' cannot track dirty pages: its HWPT \(hwpt.id.rawValue) was allocated without dirty tracking (its IOMMU has none)"
            }
        }
        return nil
    }

    /// IOMMU_HWPT_SET_DIRTY_TRACKING on every HWPT (each undone by the model).
    func setDirtyTracking(_ enabled: Bool, in transaction: Transaction) throws(QMPError) {
        for hwpt in hwptRecords where hwpt.dirtyTracking != enabled {
            try kernelWork { () throws(KernelError) in try iommufd.setDirtyTracking(hwpt.id, enabled, in: transaction) }
        }
    }

    var readsPartialMappings: Bool { true }

    /// IOMMU_HWPT_GET_DIRTY_BITMAP of every HWPT, ORed.
    func readDirtyBitmap(iova: UInt64, size: UInt64) throws(QMPError) -> [UInt64] {
        var words: [UInt64] = []
        for hwpt in hwptRecords {
            var request = HWPTGetDirtyBitmap(hwpt: hwpt.id, iova: iova, length: size, pageSize: DirtyBitmap.pageSize)
            try kernelWork { () throws(KernelError) in try iommufd.perform(&request) }
            DirtyBitmap.or(request.bitmap, into: &words)
        }
        return words
    }

    /// QEMU's memory listener adding a RAM section: maps `dimm` at IOVA =
    /// its address (read-only when its memory is); undone by unmapping it.
    func map(_ dimm: PCDIMMDevice, in transaction: Transaction) throws(QMPError) {
        try map(dimm.memory, at: dimm.addr, in: transaction)
        Trace.vfio_listener_region_add_ram(
            iova_start: dimm.addr, iova_end: dimm.last, vaddr: UnsafeRawPointer(dimm.memory.address))
    }

    /// Maps all of `memory` at `iova` (read-only when it is); undone by
    /// unmapping it.
    func map(_ memory: MemoryBackendObject, at iova: UInt64, in transaction: Transaction) throws(QMPError) {
        try iommufd.checkRoom(forMappings: 1, in: ioas)
        let readonly = !memory.isWritable
        var map = IOASMap(
            ioas: ioas.id, flags: readonly ? [.readable, .fixedIOVA] : [.readable, .writeable, .fixedIOVA],
            userVA: UInt64(UInt(bitPattern: memory.address)), length: memory.size, iova: iova)
        try kernelWork { () throws(KernelError) in
            try iommufd.map(&map, into: ioas, in: transaction) { _ in
                (iova, [MappingRecord(iova: iova, size: memory.size, memdev: memory, offset: 0, readonly: readonly)])
            }
        }
    }

    /// Unmaps `[iova, iova+size)`; undone by mapping it again.
    func unmap(iova: UInt64, size: UInt64, in transaction: Transaction) throws(QMPError) {
        try kernelWork { () throws(KernelError) in
            _ = try iommufd.unmap(ioas.id, iova: iova, length: size, in: transaction)
        }
    }

    /// QEMU's memory listener deleting a RAM section: unmaps `dimm`; undone
    /// by mapping it again.
    func unmap(_ dimm: PCDIMMDevice, in transaction: Transaction) throws(QMPError) {
        try unmap(iova: dimm.addr, size: dimm.size, in: transaction)
        Trace.vfio_listener_region_del(start: dimm.addr, end: dimm.last)
    }
}
