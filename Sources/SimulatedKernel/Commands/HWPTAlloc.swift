import CLinuxUAPI
import LinuxKernel
import Posix

/// Driver data passed by pointer (`struct iommu_user_data`).
struct UserData {
    var type: UInt32
    var length: UInt32
    var address: UInt64
}

extension Commands {
    /// IOMMU_HWPT_ALLOC (reference §2.12), in the kernel's order:
    /// `__reserved` → EOPNOTSUPP; data type NONE with data, or a type
    /// without data → EINVAL; `dev_id` not a DEVICE → ENOENT; `pt_id`
    /// missing → EINVAL; an IOAS → a paging HWPT
    /// (``SimIOMMUFD/allocatePaging(on:for:flags:hasData:attaching:)``), a
    /// paging HWPT → a nested HWPT (``SimIOMMUFD/allocateNested(on:for:flags:data:)``),
    /// anything else → EINVAL; FAULT_ID_VALID: `fault_id` not a FAULT →
    /// ENOENT (the HWPT is discarded). Writes `out_hwpt_id` back.
    static func hwptAlloc(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_hwpt_alloc.self)
        guard cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        let none = UInt32(IOMMU_HWPT_DATA_NONE.rawValue)
        if (cmd.data_type == none && cmd.data_len != 0) || (cmd.data_type != none && cmd.data_len == 0) {
            throw .EINVAL
        }
        let device = try iommufd.lookup(cmd.dev_id, as: SimDevice.self)
        guard let target = iommufd.table.lookup(cmd.pt_id) else { throw .EINVAL }
        let hwpt: SimHWPT
        switch target {
        case let ioas as SimIOAS:
            hwpt = try iommufd.allocatePaging(on: ioas, for: device, flags: cmd.flags, hasData: cmd.data_len != 0,
                                              attaching: nil)
        case let parent as SimHWPTPaging:
            let data = UserData(type: cmd.data_type, length: cmd.data_len, address: cmd.data_uptr)
            hwpt = try iommufd.allocateNested(on: parent, for: device, flags: cmd.flags, data: data)
        default:
            throw .EINVAL
        }
        if cmd.flags & SimIOMMUFD.hwptFlagFaultIDValid != 0 {
            do throws(Errno) {
                let fault = try iommufd.fault(cmd.fault_id)
                hwpt.fault = fault
                fault.users += 1
            } catch {
                iommufd.discardUnpublished(hwpt)
                throw error
            }
        }
        iommufd.table.publish(hwpt)
        cmd.out_hwpt_id = hwpt.id
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct, undo: { iommufd.discard(hwpt) })
    }
}

extension SimIOMMUFD {
    /// Allocates a nested HWPT on `parent` (`iommufd_hwpt_nested_alloc`),
    /// unpublished: flags other than FAULT_ID_VALID, or no data →
    /// EOPNOTSUPP; an automatic parent, one not allocated with NEST_PARENT,
    /// or another driver's → EINVAL; then the id is reserved, the parent
    /// gains a user and the driver reads the data. Mock driver: type other
    /// than IOMMU_HWPT_DATA_SELFTEST → EOPNOTSUPP; `iommu_hwpt_selftest`
    /// shorter than 4 bytes or longer than 8 → EINVAL; unreadable → EFAULT;
    /// the four IOTLB slots start at its `iotlb`. VT-d (Linux 6.12's
    /// `intel_nested_domain_alloc`): a unit without NEST → EOPNOTSUPP; a
    /// type other than IOMMU_HWPT_DATA_VTD_S1 → EOPNOTSUPP; the 24-byte
    /// `iommu_hwpt_vtd_s1` copied as `iommu_copy_struct_from_user` does
    /// (shorter → EINVAL, a longer one's tail not zero → E2BIG, unreadable
    /// → EFAULT); its fields are checked at attach.
    func allocateNested(on parent: SimHWPTPaging, for device: SimDevice, flags: UInt32,
                        data: UserData) throws(Errno) -> SimHWPTNested {
        if flags & ~Self.hwptFlagFaultIDValid != 0 || data.length == 0 { throw .EOPNOTSUPP }
        if parent.autoDomain || !parent.nestParent || parent.driver != device.driver { throw .EINVAL }
        let id = try table.reserve()
        parent.users += 1
        do throws(Errno) {
            if case .host(_, let iommu) = device.hardware {
                guard iommu.registers.nesting, data.type == Self.hwptDataVTdS1 else { throw .EOPNOTSUPP }
                let size = SimHWPTNested.VTdS1.size
                guard data.length >= size else { throw .EINVAL }
                let bytes = try UserMemory.read(data.address, count: Int(min(data.length, 4096)))
                guard bytes.dropFirst(size).allSatisfy({ $0 == 0 }) else { throw .E2BIG }
                return SimHWPTNested(id: id, parent: parent, vtdS1: SimHWPTNested.VTdS1(bytes))
            }
            guard data.type == IOMMUSelftest.hwptDataType else { throw .EOPNOTSUPP }
            guard data.length >= 4, data.length <= 8 else { throw .EINVAL }
            let bytes = try UserMemory.read(data.address, count: Int(data.length))
            let iotlb = UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24
            return SimHWPTNested(id: id, parent: parent, iotlb: iotlb)
        } catch {
            parent.users -= 1
            table.abort(id)
            throw error
        }
    }

    /// `IOMMU_HWPT_DATA_VTD_S1`.
    static let hwptDataVTdS1: UInt32 = 1

    /// Undoes an unpublished HWPT_ALLOC (nothing is attached to it).
    func discardUnpublished(_ hwpt: SimHWPT) {
        switch hwpt {
        case let paging as SimHWPTPaging:
            destroyUnpublishedPaging(paging)
        case let nested as SimHWPTNested:
            nested.parent.users -= 1
            nested.fault?.users -= 1
            table.abort(nested.id)
        default:
            table.abort(hwpt.id)
        }
    }

    /// Destroys a published HWPT nothing uses (a failed copy-out).
    func discard(_ hwpt: SimHWPT) {
        switch hwpt {
        case let paging as SimHWPTPaging: destroyPaging(paging)
        case let nested as SimHWPTNested: destroyNested(nested)
        default: table.remove(hwpt.id)
        }
    }
}
