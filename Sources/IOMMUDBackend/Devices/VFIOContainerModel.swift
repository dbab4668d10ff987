import QAPIRuntime
import QMPAPI

/// QEMU's `VFIOContainer` base class: what a container does whatever its
/// backend. A container mirrors the dimms of one address space (QEMU's
/// memory listener) into the IOMMU its devices reach: an IOAS of an
/// iommufd object (``IOMMUFDContainer``) or a type1 container on
/// `/dev/vfio/vfio` (``LegacyContainer``).
///
/// Each operation registers its undo with the command's transaction.
protocol VFIOContainerModel: AnyObject {
    /// Its name in the machine (`container0`), stable while it exists.
    var name: String { get }
    /// The address space it mirrors.
    var addressSpace: String { get }
    /// Its backend.
    var backend: VFIOContainerBackend { get }
    /// What it maps, by IOVA.
    var mappedRanges: [VFIOMappingInfo] { get }

    /// The listener adding a RAM section: maps `dimm` at IOVA = its address.
    func map(_ dimm: PCDIMMDevice, in transaction: Transaction) throws(QMPError)
    /// The listener deleting a RAM section: unmaps `dimm`.
    func unmap(_ dimm: PCDIMMDevice, in transaction: Transaction) throws(QMPError)
    /// Maps all of `memory` at `iova` (a vfio-user client's window).
    func map(_ memory: MemoryBackendObject, at iova: UInt64, in transaction: Transaction) throws(QMPError)
    /// Unmaps the mapping at `[iova, iova+size)`, made by one map.
    func unmap(iova: UInt64, size: UInt64, in transaction: Transaction) throws(QMPError)
    /// `query-vfio`'s entry, given the ids of its devices.
    func info(devices: [String]) throws(QMPError) -> VFIOContainerInfo

    /// Guest RAM the kernel holds pinned for it.
    var pinnedBytes: UInt64 { get }
    /// Whose locked memory its pins count against (may ask the kernel).
    func chargedTo() throws(QMPError) -> VFIOLockedMemoryAccount

    /// Whether dirty tracking runs (derived from the kernel objects' state).
    var isDirtyTracking: Bool { get }
    /// Why it cannot track dirty pages, naming a device of `devices` (its
    /// devices), or nil when it can.
    func dirtyTrackingObstacle(devices: [VFIOPCIDevice]) -> String?
    /// Starts or stops dirty tracking; undone by setting it back.
    func setDirtyTracking(_ enabled: Bool, in transaction: Transaction) throws(QMPError)
    /// Reads and clears the dirty bits of `[iova, iova+size)`, which lies in
    /// one mapping: one bit per ``DirtyBitmap/pageSize`` page from `iova`.
    func readDirtyBitmap(iova: UInt64, size: UInt64) throws(QMPError) -> [UInt64]
    /// Whether ``readDirtyBitmap(iova:size:)`` can read part of a mapping
    /// (iommufd) or only whole ones (type1).
    var readsPartialMappings: Bool { get }
}
