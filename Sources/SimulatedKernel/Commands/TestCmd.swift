import CLinuxUAPI
import LinuxKernel
import Posix

extension Commands {
    /// IOMMU_TEST_CMD (reference §3): the selftest mock driver, one operation
    /// per `op`; an unknown op → EOPNOTSUPP. Linux 6.12's operations are
    /// served; the later ones (vEVENTs, PASIDs, dma-bufs) are unknown there.
    static func testCmd(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(IOMMUTestCommand.self)
        guard let op = IOMMUTestOp(rawValue: cmd.op) else { throw .EOPNOTSUPP }
        let outcome: CommandOutcome
        switch op {
        case .addReserved: outcome = try Selftest.addReserved(cmd, iommufd)
        case .mockDomain, .mockDomainFlags: outcome = try Selftest.mockDomain(&cmd, iommufd, withFlags: op == .mockDomainFlags)
        case .mockDomainReplace: outcome = try Selftest.mockDomainReplace(&cmd, iommufd)
        case .mdCheckMap: outcome = try Selftest.checkMap(cmd, iommufd)
        case .mdCheckRefs: outcome = try Selftest.checkRefs(cmd, iommufd)
        case .createAccess: outcome = try Selftest.createAccess(&cmd, iommufd)
        case .destroyAccessPages: outcome = try Selftest.destroyAccessPages(cmd, iommufd)
        case .accessPages: outcome = try Selftest.accessPages(&cmd, iommufd)
        case .accessRW: outcome = try Selftest.accessRW(cmd, iommufd)
        case .setTempMemoryLimit: outcome = try Selftest.setTemporaryMemoryLimit(cmd, iommufd)
        case .accessReplaceIOAS: outcome = try Selftest.accessReplaceIOAS(cmd, iommufd)
        case .dirty: outcome = try Selftest.dirty(&cmd, iommufd)
        case .mdCheckIOTLB: outcome = try Selftest.checkIOTLB(cmd, iommufd)
        case .triggerIOPF: outcome = try Selftest.triggerIOPF(cmd, iommufd)
        // DEV_CHECK_CACHE came with 6.13's vIOMMU work: 6.12 does not know
        // the op (measured, make vm-test). Kept modelled for a later kernel.
        case .devCheckCache: throw .EOPNOTSUPP
        }
        buffer.store(cmd)
        return outcome
    }
}

/// The operations of IOMMU_TEST_CMD (reference §3.3).
enum Selftest {
    /// The largest ACCESS_PAGES / ACCESS_RW length (16 MiB; more → ENOMEM).
    static let accessLimit: UInt64 = 16 << 20

    /// ADD_RESERVED: length 0 → EINVAL; wrap → EOVERFLOW; IOAS → ENOENT; a
    /// mapping or allowed range inside → EADDRINUSE. No owner: it stays
    /// until the IOAS goes.
    static func addReserved(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let start = cmd[.addReservedStart], length = cmd[.addReservedLength]
        guard length != 0 else { throw .EINVAL }
        let (last, overflow) = start.addingReportingOverflow(length - 1)
        if overflow { throw .EOVERFLOW }
        let ioas = try iommufd.table.ioas(cmd.id)
        try ioas.space.reserve(Interval(start: start, last: last), owner: .test)
        return CommandOutcome()
    }

    /// MOCK_DOMAIN / MOCK_DOMAIN_FLAGS: reserves the selftest object's id,
    /// creates a mock device (flags other than NO_DIRTY and HUGE_IOVA →
    /// EINVAL: the PASID flag is newer than 6.12), binds it (a new DEVICE id), attaches it to `id` (an IOAS →
    /// shared or new automatic HWPT; a HWPT → directly; ENOENT, EINVAL,
    /// EADDRINUSE, EFAULT as attach says). Any failure undoes everything.
    /// Writes the three ids back.
    static func mockDomain(_ cmd: inout IOMMUTestCommand, _ iommufd: SimIOMMUFD,
                           withFlags: Bool) throws(Errno) -> CommandOutcome {
        let stdevID = try iommufd.table.reserve()
        let flags = withFlags ? IOMMUSelftest.MockDeviceFlags(rawValue: cmd[.mockDomainFlagsDeviceFlags]) : []
        // MOCK_FLAGS_DEVICE_PASID is 6.15's: 6.12 refuses it (measured, make vm-test).
        guard flags.isSubset(of: [.noDirty, .hugeIOVA]) else {
            iommufd.table.abort(stdevID)
            throw .EINVAL
        }
        let serial = iommufd.core.nextMockSerial
        iommufd.core.nextMockSerial += 1
        let deviceID: UInt32
        do throws(Errno) {
            deviceID = try iommufd.table.reserve()
        } catch {
            iommufd.table.abort(stdevID)
            throw error
        }
        let device = SimDevice(id: deviceID, hardware: .mock(flags: flags, serial: serial))
        iommufd.table.publish(device)
        let hwptID: UInt32
        do throws(Errno) {
            hwptID = try iommufd.attach(device, pt: cmd.id)
        } catch {
            iommufd.unbind(device)
            iommufd.table.abort(stdevID)
            throw error
        }
        let selftest = SimSelftestObject(id: stdevID, device: device)
        iommufd.table.publish(selftest)
        cmd[.mockDomainOutStdevID] = stdevID
        cmd[.mockDomainOutHWPTID] = hwptID
        cmd[.mockDomainOutDeviceID] = deviceID
        return CommandOutcome(copyOut: .wholeStruct, undo: { iommufd.destroySelftest(selftest) })
    }

    /// MOCK_DOMAIN_REPLACE: `id` not a selftest object → ENOENT; then
    /// replace (reference §2.22). Writes the HWPT attached into `pt_id`.
    static func mockDomainReplace(_ cmd: inout IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let selftest = try iommufd.lookup(cmd.id, as: SimSelftestObject.self)
        cmd[.mockDomainReplacePTID] = try iommufd.replace(selftest.device, pt: cmd[.mockDomainReplacePTID])
        return CommandOutcome(copyOut: .wholeStruct)
    }

    /// MD_CHECK_MAP: `iova`, `length` and `uptr` multiples of MOCK_PAGE_SIZE
    /// and `uptr + length` not wrapping → else EINVAL; `id` not a paging
    /// HWPT → ENOENT, not the mock's → EINVAL; then per mock page: the
    /// caller's page must exist (EFAULT) and the domain must translate the
    /// IOVA to exactly that memory (EINVAL): the same address, or the same
    /// page of the same shared file (a MAP_FILE mapping seen through the
    /// caller's own mmap of the memfd).
    static func checkMap(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let iova = cmd[.checkMapIOVA], length = cmd[.checkMapLength], address = cmd[.checkMapUptr]
        let step = IOMMUSelftest.pageSize
        guard iova % step == 0, length % step == 0, address % step == 0,
            !address.addingReportingOverflow(length).overflow
        else { throw .EINVAL }
        let hwpt = try iommufd.lookup(cmd.id, as: SimHWPTPaging.self)
        guard hwpt.domain.driver == .mock else { throw .EINVAL }
        var offset: UInt64 = 0
        var checkedPage: UInt64? = nil
        while offset < length {
            let page = (address + offset) & ~(HostPage.size - 1)
            if page != checkedPage {
                guard HostPage.isReadable(page) else { throw .EFAULT }
                checkedPage = page
            }
            guard let translation = hwpt.domain.translate(iova &+ offset) else { throw .EINVAL }
            if translation.address != address + offset {
                // A MAP_FILE mapping is the file's pages, wherever the caller
                // maps them: compare the pages, not the addresses.
                guard translation.address % HostPage.size == (address + offset) % HostPage.size,
                    let mapped = UserMemory.filePage(translation.address),
                    let caller = UserMemory.filePage(address + offset),
                    mapped == caller
                else { throw .EINVAL }
            }
            offset += step
        }
        return CommandOutcome()
    }

    /// MD_CHECK_REFS: `uptr` and `length` page aligned → else EINVAL; for
    /// every page: it must exist (EFAULT) and be pinned exactly `refs`
    /// times (EIO).
    static func checkRefs(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let length = cmd[.checkRefsLength], address = cmd[.checkRefsUptr], refs = Int(cmd[.checkRefsRefs])
        guard length % HostPage.size == 0, address % HostPage.size == 0 else { throw .EINVAL }
        var page = address
        while page &- address < length {
            guard HostPage.isReadable(page) else { throw .EFAULT }
            guard iommufd.core.pins.count(page) == refs else { throw .EIO }
            page &+= HostPage.size
        }
        return CommandOutcome()
    }

    /// CREATE_ACCESS: flags other than NEEDS_PIN_PAGES → EOPNOTSUPP; a new
    /// ACCESS object (it takes an id, never returned) attached to the IOAS
    /// `id` (ENOENT; a pinning access raises the alignment to PAGE_SIZE →
    /// EADDRINUSE), and a new descriptor for it, returned.
    static func createAccess(_ cmd: inout IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let flags = IOMMUSelftest.AccessCreateFlags(rawValue: cmd[.createAccessFlags])
        guard flags.isSubset(of: .needsPinPages) else { throw .EOPNOTSUPP }
        let id = try iommufd.table.reserve()
        let access = SimAccess(id: id, owner: .selftest(pinsPages: flags.contains(.needsPinPages)))
        iommufd.table.publish(access)
        let fd: Int32
        do throws(Errno) {
            try access.changeIOAS(to: try iommufd.table.ioas(cmd.id))
            fd = try iommufd.core.newDescriptor()
        } catch {
            iommufd.destroyAccess(access)
            throw error
        }
        iommufd.core.files[fd] = .access(access, iommufd)
        iommufd.retainReference()
        cmd[.createAccessOutFD] = UInt32(bitPattern: fd)
        let core = iommufd.core
        return CommandOutcome(copyOut: .wholeStruct, undo: { try? core.close(fd) })
    }

    /// The selftest access behind the descriptor `id` (`iommufd_access_get`):
    /// anything else → EBADFD.
    static func access(_ id: UInt32, _ iommufd: SimIOMMUFD) throws(Errno) -> (SimAccess, SimIOMMUFD) {
        guard case .access(let access, let owner)? = iommufd.core.files[Int32(bitPattern: id)] else { throw .EBADFD }
        return (access, owner)
    }

    /// ACCESS_PAGES: length above 16 MiB → ENOMEM; flags other than WRITE,
    /// SYZ → EOPNOTSUPP; not an access → EBADFD; one created without
    /// NEEDS_PIN_PAGES → EOPNOTSUPP; length 0 → EINVAL; wrap → EOVERFLOW;
    /// then the pin (ENOENT, EINVAL, EPERM, EFAULT); with `uptr`, the pinned
    /// pages must be the caller's pages there → else EBADE (unpinned
    /// again). Writes the item id back.
    static func accessPages(_ cmd: inout IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let iova = cmd[.accessPagesIOVA], length = cmd[.accessPagesLength], address = cmd[.accessPagesUptr]
        guard length <= accessLimit else { throw .ENOMEM }
        let flags = IOMMUSelftest.AccessPagesFlags(rawValue: cmd[.accessPagesFlags])
        guard flags.isSubset(of: [.write, .syzkaller]) else { throw .EOPNOTSUPP }
        let (access, _) = try Self.access(cmd.id, iommufd)
        guard case .selftest(pinsPages: true) = access.owner else { throw .EOPNOTSUPP }
        guard length != 0 else { throw .EINVAL }
        if iova.addingReportingOverflow(length - 1).overflow { throw .EOVERFLOW }
        let item = try access.pin(iova: iova, length: length, write: flags.contains(.write))
        if address != 0 {
            let pinned = item.pieces.flatMap { Array(HostPage.pages($0.userAddress, $0.length)) }
            var expected = address & ~(HostPage.size - 1)
            for page in pinned {
                guard HostPage.isReadable(expected) else {
                    access.discardLastItem()
                    throw .EFAULT
                }
                guard page == expected else {
                    access.discardLastItem()
                    throw .EBADE
                }
                expected &+= HostPage.size
            }
        }
        cmd[.accessPagesOutID] = item.id
        return CommandOutcome(copyOut: .wholeStruct, undo: { try? access.unpin(item: item.id) })
    }

    /// DESTROY_ACCESS_PAGES: not an access → EBADFD; unknown item → ENOENT.
    static func destroyAccessPages(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let (access, _) = try Self.access(cmd.id, iommufd)
        try access.unpin(item: cmd[.destroyAccessPagesID])
        return CommandOutcome()
    }

    /// ACCESS_RW: length above 16 MiB → ENOMEM; flags other than WRITE,
    /// SLOW_PATH, SYZ → EOPNOTSUPP; not an access → EBADFD; a write first
    /// reads the caller's buffer (EFAULT); then the IOAS range is read or
    /// written (``IOVASpace/copy(_:write:data:)``: length 0 → EINVAL, wrap
    /// → EOVERFLOW, detached → ENOENT, hole → ENOENT, permission → EPERM);
    /// a read lands in the caller's buffer (EFAULT). No alignment needed,
    /// no domain needed.
    static func accessRW(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let iova = cmd[.accessRWIOVA], length = cmd[.accessRWLength], address = cmd[.accessRWUptr]
        guard length <= accessLimit else { throw .ENOMEM }
        let flags = IOMMUSelftest.AccessRWFlags(rawValue: cmd[.accessRWFlags])
        guard flags.isSubset(of: [.write, .slowPath, .syzkaller]) else { throw .EOPNOTSUPP }
        let (access, _) = try Self.access(cmd.id, iommufd)
        let write = flags.contains(.write)
        var data = write ? try UserMemory.read(address, count: Int(length)) : []
        guard length != 0 else { throw .EINVAL }
        let (last, overflow) = iova.addingReportingOverflow(length - 1)
        if overflow { throw .EOVERFLOW }
        guard let ioas = access.ioas else { throw .ENOENT }
        try ioas.space.copy(Interval(start: iova, last: last), write: write, data: &data)
        if !write { try UserMemory.write(address, data) }
        return CommandOutcome()
    }

    /// SET_TEMP_MEMORY_LIMIT: below 12 → EINVAL; recorded (it only changes
    /// how the kernel batches work).
    static func setTemporaryMemoryLimit(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let limit = cmd[.memoryLimit]
        guard limit >= 12 else { throw .EINVAL }
        iommufd.core.temporaryMemoryLimit = limit
        return CommandOutcome()
    }

    /// ACCESS_REPLACE_IOAS: not an access → EBADFD; not attached → ENOENT;
    /// the new IOAS → ENOENT; its alignment → EADDRINUSE. The old IOAS
    /// first gets everything the access pinned unpinned.
    static func accessReplaceIOAS(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let (access, owner) = try Self.access(cmd.id, iommufd)
        guard access.ioas != nil else { throw .ENOENT }
        try access.changeIOAS(to: try owner.table.ioas(cmd[.accessReplaceIOASID]))
        return CommandOutcome()
    }

    /// DIRTY: `page_size` 0, `length` 0, `iova` or `length` not a multiple
    /// of `page_size`, or no bitmap → EINVAL; more than 2^27 bits →
    /// EOVERFLOW; `id` not a paging HWPT → ENOENT, not the mock's → EINVAL;
    /// tracking off → EINVAL; the bitmap must be readable (EFAULT). Each
    /// set bit i marks the IO page holding `iova + i × page_size` dirty;
    /// `out_nr_dirty` counts those that hit a mapping.
    static func dirty(_ cmd: inout IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let iova = cmd[.dirtyIOVA], length = cmd[.dirtyLength], pageSize = cmd[.dirtyPageSize]
        let bitmapAddress = cmd[.dirtyUptr]
        guard pageSize != 0, length != 0, iova % pageSize == 0, length % pageSize == 0, bitmapAddress != 0 else {
            throw .EINVAL
        }
        let bits = length / pageSize
        guard bits <= 1 << 27 else { throw .EOVERFLOW }
        let hwpt = try iommufd.lookup(cmd.id, as: SimHWPTPaging.self)
        guard hwpt.domain.driver == .mock, hwpt.domain.dirtyTracking else { throw .EINVAL }
        let bitmap = try UserMemory.read(bitmapAddress, count: Int((bits + 7) / 8))
        var count: UInt64 = 0
        for (index, byte) in bitmap.enumerated() where byte != 0 {
            for bit in 0..<8 where byte & (1 << UInt8(bit)) != 0 {
                let n = UInt64(index * 8 + bit)
                guard n < bits else { break }
                if hwpt.domain.markDirty(iova &+ n &* pageSize) { count += 1 }
            }
        }
        cmd[.dirtyOutCount] = count
        return CommandOutcome(copyOut: .wholeStruct)
    }

    /// MD_CHECK_IOTLB (6.12 order): `id` not a nested HWPT → ENOENT; slot
    /// above 3 → EINVAL; not the mock's → EINVAL; the slot must hold the
    /// value → else EINVAL.
    static func checkIOTLB(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        // 6.12 looks the nested HWPT up first (ENOENT), then checks the slot.
        let hwpt = try iommufd.lookup(cmd.id, as: SimHWPTNested.self)
        let slot = cmd[.checkIOTLBID]
        guard slot <= IOMMUSelftest.iotlbIDMax else { throw .EINVAL }
        guard hwpt.driver == .mock, hwpt.iotlb[Int(slot)] == cmd[.checkIOTLBValue] else { throw .EINVAL }
        return CommandOutcome()
    }

    /// DEV_CHECK_CACHE: slot above 3 → EINVAL; `id` not a DEVICE → ENOENT,
    /// not a mock device → EINVAL; the slot must hold the value → else
    /// EINVAL (slots start at IOMMU_TEST_DEV_CACHE_DEFAULT; only vIOMMU
    /// invalidations, not in 6.12, change them).
    static func checkDeviceCache(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let slot = cmd[.checkCacheID]
        guard slot <= IOMMUSelftest.deviceCacheIDMax else { throw .EINVAL }
        let device = try iommufd.lookup(cmd.id, as: SimDevice.self)
        guard device.isMock, device.cache[Int(slot)] == cmd[.checkCacheValue] else { throw .EINVAL }
        return CommandOutcome()
    }

    /// TRIGGER_IOPF: `dev_id` not a DEVICE → ENOENT, not a mock device →
    /// EINVAL; a page request (LAST_PAGE, and PASID_VALID for a non-zero
    /// PASID) goes to the FAULT of the HWPT the device is attached to; with
    /// none it is dropped.
    static func triggerIOPF(_ cmd: IOMMUTestCommand, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let device = try iommufd.lookup(cmd[.triggerIOPFDeviceID], as: SimDevice.self)
        guard device.isMock else { throw .EINVAL }
        let pasid = cmd[.triggerIOPFPASID]
        var flags = UInt32(IOMMU_PGFAULT_FLAGS_LAST_PAGE.rawValue)
        if pasid != 0 { flags |= UInt32(IOMMU_PGFAULT_FLAGS_PASID_VALID.rawValue) }
        device.attached?.fault?.enqueue(SimFault.Record(
            flags: flags, deviceID: device.id, pasid: pasid, groupID: cmd[.triggerIOPFGroupID],
            perm: cmd[.triggerIOPFPerm], address: cmd[.triggerIOPFAddress]))
        return CommandOutcome()
    }
}
