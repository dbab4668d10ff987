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
    /// `query-vfio`'s entry, given the ids of its devices.
    func info(devices: [String]) -> VFIOContainerInfo
}
