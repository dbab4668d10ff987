#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix

extension Commands {
    /// IOMMU_HWPT_INVALIDATE (reference §2.16): `__reserved` → EOPNOTSUPP;
    /// entries announced but no pointer, no or more than PAGE_SIZE entry
    /// length, or more than 2^19 entries → EINVAL; `hwpt_id` missing →
    /// ENOENT, not a nested HWPT → ENOENT too (Linux 6.12); then the driver handles the
    /// entries in order and stops at the first bad one. The struct is
    /// written back even on failure, with `entry_num` = entries handled.
    static func hwptInvalidate(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_hwpt_invalidate.self)
        var handled: UInt32 = 0
        var failure: Errno? = nil
        do throws(Errno) {
            guard cmd.__reserved == 0 else { throw .EOPNOTSUPP }
            if cmd.entry_num > 0
                && (cmd.data_uptr == 0 || cmd.entry_len == 0 || UInt64(cmd.entry_len) > HostPage.size
                    || cmd.entry_num > 1 << 19)
            {
                throw .EINVAL
            }
            guard let object = iommufd.table.lookup(cmd.hwpt_id) else { throw .ENOENT }
            // 6.12 fetches the id as a HWPT_NESTED object: any other kind of
            // object is "not found" (7.x answers EINVAL; measured, make vm-test).
            guard let nested = object as? SimHWPTNested else { throw .ENOENT }
            try invalidateMock(nested, cmd, handled: &handled)
        } catch {
            failure = error
        }
        cmd.entry_num = handled
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct, errorAfterCopyOut: failure)
    }

    /// The mock's `cache_invalidate_user`: type other than
    /// IOMMU_HWPT_INVALIDATE_DATA_SELFTEST → EINVAL (even with no entries);
    /// each entry must be exactly 8 bytes → else EINVAL, readable → else
    /// EFAULT; flags other than ALL → EOPNOTSUPP; `iotlb_id` above 3 →
    /// EINVAL; ALL zeroes every slot, else slot `iotlb_id` is zeroed.
    private static func invalidateMock(_ nested: SimHWPTNested, _ cmd: iommu_hwpt_invalidate,
                                       handled: inout UInt32) throws(Errno) {
        guard nested.driver == .mock else { throw .EOPNOTSUPP }
        guard cmd.data_type == IOMMUSelftest.invalidateDataType else { throw .EINVAL }
        for index in 0..<UInt64(cmd.entry_num) {
            guard cmd.entry_len == 8 else { throw .EINVAL }
            let entry = try UserMemory.read(cmd.data_uptr &+ index &* 8, count: 8)
            let flags = UInt32(entry[0]) | UInt32(entry[1]) << 8 | UInt32(entry[2]) << 16 | UInt32(entry[3]) << 24
            let slot = UInt32(entry[4]) | UInt32(entry[5]) << 8 | UInt32(entry[6]) << 16 | UInt32(entry[7]) << 24
            guard flags & ~IOMMUSelftest.invalidateFlagAll == 0 else { throw .EOPNOTSUPP }
            guard slot <= IOMMUSelftest.iotlbIDMax else { throw .EINVAL }
            if flags & IOMMUSelftest.invalidateFlagAll != 0 {
                for i in nested.iotlb.indices { nested.iotlb[i] = 0 }
            } else {
                nested.iotlb[Int(slot)] = 0
            }
            handled += 1
        }
    }

    /// IOMMU_FAULT_QUEUE_ALLOC (reference §2.17): flags → EOPNOTSUPP; a new
    /// FAULT object and its descriptor, which holds a user of it (DESTROY →
    /// EBUSY until closed) and keeps the iommufd alive. Writes the id and
    /// descriptor back; a failed copy-out undoes both.
    static func faultQueueAlloc(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_fault_alloc.self)
        guard cmd.flags == 0 else { throw .EOPNOTSUPP }
        let id = try iommufd.table.reserve()
        let fd: Int32
        do throws(Errno) {
            fd = try iommufd.core.newDescriptor()
        } catch {
            iommufd.table.abort(id)
            throw error
        }
        let fault = SimFault(id: id, fd: fd)
        fault.users = 1
        iommufd.table.publish(fault)
        iommufd.core.files[fd] = .fault(fault, iommufd)
        iommufd.retainReference()
        cmd.out_fault_id = id
        cmd.out_fault_fd = UInt32(bitPattern: fd)
        buffer.store(cmd)
        let core = iommufd.core
        return CommandOutcome(copyOut: .wholeStruct, undo: {
            try? core.close(fd)
            iommufd.table.remove(id)
        })
    }
}
