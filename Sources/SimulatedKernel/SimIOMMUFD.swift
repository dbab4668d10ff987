import CLinuxUAPI
import LinuxKernel
import Posix

/// The state behind one open `/dev/iommu` (reference §1.7): the object
/// table, the VFIO compatibility IOAS, the accounting mode and the IOMMU
/// groups its devices attach through.
final class SimIOMMUFD {
    /// The kernel it lives in (which owns it through its files).
    unowned let core: KernelCore
    var table = ObjectTable()
    /// The IOAS the VFIO compatibility ioctls act on (`IOMMU_VFIO_IOAS`).
    var vfioCompatIOAS: UInt32? = nil
    /// `IOMMU_OPTION_RLIMIT_MODE`: 0 = account pinned pages to the user, 1 = to the mm.
    var rlimitMode: UInt64 = 0
    /// Who the pins of a new mapping are charged to, per ``rlimitMode``.
    var account: LockedMemoryAccount { rlimitMode == 1 ? .process : .user }
    /// Per IOMMU group: the HWPT its devices share, and which of them are
    /// attached (the kernel's `iommufd_group`).
    var groups: [SimGroupKey: SimGroupState] = [:]
    /// What keeps this iommufd alive: its descriptor, each VFIO device bound
    /// to it, each access and fault descriptor. At zero everything in it is
    /// destroyed (reference §1.6).
    private var references = 1

    init(core: KernelCore) { self.core = core }

    /// One more holder (a bound VFIO device, an access or fault descriptor).
    func retainReference() { references += 1 }

    /// One holder less; the last one tears the iommufd down.
    func releaseReference() {
        references -= 1
        if references == 0 { teardown() }
    }

    /// Closing (reference §1.6): every object is destroyed, leaves first —
    /// mock devices with their selftest objects, nested then paging HWPTs,
    /// faults, and every IOAS with its mappings — so no page stays pinned.
    private func teardown() {
        for object in table.sorted {
            if let selftest = object as? SimSelftestObject { destroySelftest(selftest) }
        }
        for object in table.sorted {
            if let nested = object as? SimHWPTNested { destroyNested(nested) }
        }
        for object in table.sorted {
            if let paging = object as? SimHWPTPaging { destroyPaging(paging) }
        }
        for object in table.sorted {
            if let ioas = object as? SimIOAS { _ = ioas.unmapAll() }
            table.remove(object.id)
        }
        vfioCompatIOAS = nil
    }

    // MARK: Destroying objects

    /// IOMMU_DESTROY of any object (reference §1.4): unknown → ENOENT, in use
    /// or held by a driver → EBUSY; otherwise the kind's teardown runs.
    func destroy(_ id: UInt32) throws(Errno) {
        let object = try table.destroyable(id)
        switch object {
        case let ioas as SimIOAS:
            // Destroying an IOAS unmaps everything in it (reference §1.3) and
            // ends its VFIO-compat designation (§1.4).
            _ = ioas.unmapAll()
            if vfioCompatIOAS == id { vfioCompatIOAS = nil }
            table.remove(id)
        case let paging as SimHWPTPaging:
            destroyPaging(paging)
        case let nested as SimHWPTNested:
            destroyNested(nested)
        case let selftest as SimSelftestObject:
            destroySelftest(selftest)
        default:
            table.remove(id)
        }
    }

    /// Removes a paging HWPT: its domain leaves the IOAS (ranges widen,
    /// pages unpinned if it was the last domain), the IOAS and the fault
    /// lose a user.
    func destroyPaging(_ hwpt: SimHWPTPaging) {
        hwpt.ioas.space.removeDomain(hwpt.domain)
        hwpt.ioas.hwpts.removeAll { $0 === hwpt }
        hwpt.ioas.users -= 1
        hwpt.fault?.users -= 1
        table.remove(hwpt.id)
    }

    /// Removes a nested HWPT: its parent and fault lose a user.
    func destroyNested(_ hwpt: SimHWPTNested) {
        hwpt.parent.users -= 1
        hwpt.fault?.users -= 1
        table.remove(hwpt.id)
    }

    /// Destroying a selftest object: its mock device is detached and
    /// unbound (the DEVICE id and an automatic HWPT it alone used go too).
    func destroySelftest(_ selftest: SimSelftestObject) {
        detach(selftest.device)
        unbind(selftest.device)
        table.remove(selftest.id)
    }

    /// Unbinds a detached device: its DEVICE object goes (`iommufd_device_unbind`).
    func unbind(_ device: SimDevice) {
        table.remove(device.id)
    }

    /// Destroys an access (its descriptor closed, or its emulated device
    /// unbound): everything unpinned, its IOAS loses it, its id goes.
    func destroyAccess(_ access: SimAccess) {
        access.destroy()
        table.remove(access.id)
    }

    // MARK: Lookups

    /// A published object of type `T` (wrong kind or missing → ENOENT).
    func lookup<T: SimObject>(_ id: UInt32, as type: T.Type) throws(Errno) -> T { try table.lookup(id, as: type) }

    /// The FAULT with `id` (ENOENT).
    func fault(_ id: UInt32) throws(Errno) -> SimFault { try table.lookup(id, as: SimFault.self) }
}

/// The kernel's `iommufd_group` for one IOMMU group: the HWPT the group is
/// attached to and its attached devices.
struct SimGroupState {
    var hwpt: SimHWPT?
    var devices: [SimDevice] = []
}
