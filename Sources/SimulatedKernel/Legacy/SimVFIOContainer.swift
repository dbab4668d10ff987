import CLinuxUAPI
import Posix

/// One legacy VFIO container, `/dev/vfio/vfio` (the kernel's
/// `struct vfio_container` in `drivers/vfio/container.c`, reference §5.1).
///
/// Groups join it with VFIO_GROUP_SET_CONTAINER; VFIO_SET_IOMMU then
/// creates its type1 backend (``SimType1IOMMU``). Each attached group holds
/// it, so it outlives its descriptor until the last group leaves; the last
/// group leaving also releases the backend (every mapping unpinned) and
/// returns the container to its unset state.
final class SimVFIOContainer {
    /// Its groups, in the order they joined.
    private(set) var groups: [SimVFIOGroup] = []
    /// The type1 backend, after VFIO_SET_IOMMU.
    private(set) var iommu: SimType1IOMMU?
    let ledger: PinLedger

    init(ledger: PinLedger) {
        self.ledger = ledger
    }

    /// Dispatches an ioctl on the container descriptor: GET_API_VERSION,
    /// CHECK_EXTENSION and SET_IOMMU always; everything else goes to the
    /// backend (ENOTTY for what it does not know), and before SET_IOMMU
    /// answers EINVAL (`vfio_fops_unl_ioctl`'s default).
    func ioctl(_ request: UInt, _ argument: UInt64) throws(Errno) -> Int32 {
        switch request {
        case UInt(IOMMUD_VFIO_GET_API_VERSION):
            return VFIO_API_VERSION
        case UInt(IOMMUD_VFIO_CHECK_EXTENSION):
            return checkExtension(argument)
        case UInt(IOMMUD_VFIO_SET_IOMMU):
            try setIOMMU(argument)
            return 0
        default:
            guard let iommu else { throw .EINVAL }
            return try SimType1Ioctls.run(request, argument, iommu)
        }
    }

    /// VFIO_CHECK_EXTENSION: TYPE1, TYPE1v2 and UNMAP_ALL → 1 always;
    /// with the backend set, UPDATE_VADDR → 1 (no emulated groups exist in
    /// the simulation) and DMA_CC_IOMMU → 1 when every domain enforces cache
    /// coherency; everything else (NOIOMMU, the nesting type, …) → 0.
    func checkExtension(_ argument: UInt64) -> Int32 {
        switch argument {
        case UInt64(VFIO_TYPE1_IOMMU), UInt64(VFIO_TYPE1v2_IOMMU), UInt64(VFIO_UNMAP_ALL):
            return 1
        case UInt64(VFIO_UPDATE_VADDR):
            return iommu == nil ? 0 : 1
        case UInt64(VFIO_DMA_CC_IOMMU):
            guard let iommu else { return 0 }
            return iommu.allDomainsEnforceCoherency ? 1 : 0
        default:
            return 0
        }
    }

    /// VFIO_SET_IOMMU (`vfio_ioctl_set_iommu`): no group yet, or a backend
    /// already set → EINVAL; a type no backend claims (CHECK_EXTENSION ≤ 0)
    /// → ENODEV; a type type1 claims but cannot open (UNMAP_ALL) → EINVAL.
    /// Then every group attaches in order; the first failure undoes the
    /// backend and is returned.
    func setIOMMU(_ argument: UInt64) throws(Errno) {
        guard !groups.isEmpty, iommu == nil else { throw .EINVAL }
        guard checkExtension(argument) > 0 else { throw .ENODEV }
        let v2: Bool
        switch argument {
        case UInt64(VFIO_TYPE1_IOMMU): v2 = false
        case UInt64(VFIO_TYPE1v2_IOMMU): v2 = true
        default: throw .EINVAL
        }
        let backend = SimType1IOMMU(v2: v2, ledger: ledger)
        for group in groups {
            do throws(Errno) {
                try backend.attach(group.hardware)
            } catch {
                backend.release()
                throw error
            }
        }
        iommu = backend
    }

    /// `vfio_container_attach_group` after the DMA-ownership claim: with a
    /// backend the group attaches to it first (its errors are returned and
    /// nothing changes).
    func add(_ group: SimVFIOGroup) throws(Errno) {
        if let iommu { try iommu.attach(group.hardware) }
        groups.append(group)
    }

    /// `__vfio_group_unset_container`: the group leaves the backend; the
    /// last group out releases the backend.
    func remove(_ group: SimVFIOGroup) {
        groups.removeAll { $0 === group }
        iommu?.detach(group: group.number)
        if groups.isEmpty, let iommu {
            iommu.release()
            self.iommu = nil
        }
    }
}
