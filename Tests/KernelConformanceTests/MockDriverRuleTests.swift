// Rules of the mock driver and the HWPT ioctls from the reference (§1.4,
// §2.12–§2.16, §3.2, §3.3) that no selftest case pins down, and the real
// 7.2 kernel's mock sequence (real-kernel-vm.md §6.2). Not selftest ports;
// written against any Kernel like the rest of this target.

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

@Suite struct MockDriverRuleTests {
    /// MOCK_DOMAIN on an IOAS whose memory cannot be pinned → EFAULT (the
    /// no-domain IOAS never looked at it), and the failure undoes everything:
    /// the next MOCK_DOMAIN gets the same ids. Bad device flags → EINVAL.
    @Test func mockDomainFailuresUndoEverything() throws {
        let f = try IOASFixture(.noDomain)
        let unreadable = try TestBuffer(protection: PROT_NONE)
        #expect(f.map(unreadable.address, pageSize, iova: mockApertureStart).error == nil)
        #expect(f.iommufd.mockDomain(f.ioas).error == .EFAULT)
        #expect(f.iommufd.mockDomain(f.ioas, flags: 1 << 3).error == .EINVAL)
        #expect(f.unmap(mockApertureStart, pageSize).error == nil)
        let r = f.iommufd.mockDomain(f.ioas)
        #expect(r.error == nil)
        #expect([r.stdev, r.device, r.hwpt] == [2, 3, 4])
        // The DEVICE is held by its driver; destroying the selftest object
        // takes the device and its automatic HWPT with it.
        #expect(f.iommufd.destroy(r.device) == .EBUSY)
        #expect(f.iommufd.destroy(r.hwpt) == .EBUSY)
        #expect(f.iommufd.destroy(r.stdev) == nil)
        #expect(f.iommufd.destroy(r.device) == .ENOENT)
        #expect(f.iommufd.destroy(r.hwpt) == .ENOENT)
        #expect(f.iommufd.destroy(f.ioas) == nil)
        f.teardown()
    }

    /// HWPT_ALLOC's order (§2.12): `__reserved` → EOPNOTSUPP first; data
    /// type without data → EINVAL; unknown device → ENOENT; missing pt →
    /// EINVAL (not ENOENT); data on a paging HWPT → EOPNOTSUPP (6.12 mock);
    /// FAULT_ID_VALID with a missing fault → ENOENT and the id is not burned.
    @Test func hwptAllocOrder() throws {
        let f = try IOASFixture(.mockDomain)
        var cmd = iommu_hwpt_alloc()
        cmd.size = UInt32(MemoryLayout<iommu_hwpt_alloc>.size)
        cmd.__reserved = 1
        cmd.data_type = 5
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_HWPT_ALLOC), &cmd) == .EOPNOTSUPP)
        cmd.__reserved = 0
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_HWPT_ALLOC), &cmd) == .EINVAL)
        #expect(f.iommufd.hwptAlloc(device: 99, pt: 99).error == .ENOENT)
        #expect(f.iommufd.hwptAlloc(device: f.deviceID, pt: 99).error == .EINVAL)
        var data = iotlbDefault
        #expect(f.iommufd.hwptAllocNested(device: f.deviceID, parent: f.ioas, data: &data).error == .EOPNOTSUPP)
        // 6.12: a paging HWPT takes no FAULT_ID_VALID (EOPNOTSUPP before the
        // fault lookup; 7.x looks the fault up: ENOENT).
        #expect(f.iommufd.hwptAlloc(device: f.deviceID, pt: f.ioas, flags: hwptFlagFaultIDValid, faultID: 77).error
            == .EOPNOTSUPP)
        let next = f.iommufd.hwptAlloc(device: f.deviceID, pt: f.ioas)
        #expect(next.error == nil)
        #expect(next.hwpt == max(f.stdevID, f.hwptID, f.deviceID, f.devicePASIDID) + 1, "the failed allocations took no id")
        // A nested parent from an automatic domain → EINVAL.
        #expect(f.iommufd.hwptAllocNested(device: f.deviceID, parent: f.hwptID, data: &data).error == .EINVAL)
        f.teardown()
    }

    /// Dirty tracking's checks (§2.14, §2.15): nested or missing → ENOENT;
    /// an automatic domain → EOPNOTSUPP; GET_DIRTY_BITMAP range checks come
    /// before the dirty-ops check (length 0 → EINVAL); `page_size` is tested
    /// as a mask (3000 passes the range checks); a read while tracking is
    /// off → EINVAL (the driver's refusal, passed on since 6.12.118); with
    /// nothing dirty a NULL bitmap is never touched; DIRTY without tracking
    /// → EINVAL.
    @Test func dirtyTrackingChecks() throws {
        let f = try IOASFixture(.mockDomain)
        let fd = f.iommufd
        #expect(fd.setDirtyTracking(f.hwptID, true) == .EOPNOTSUPP)
        #expect(fd.setDirtyTracking(99, true) == .ENOENT)
        var cmd = iommu_hwpt_set_dirty_tracking()
        cmd.size = UInt32(MemoryLayout<iommu_hwpt_set_dirty_tracking>.size)
        cmd.flags = 2
        cmd.hwpt_id = f.hwptID
        #expect(fd.ioctl(UInt(IOMMUD_IOMMU_HWPT_SET_DIRTY_TRACKING), &cmd) == .EOPNOTSUPP)

        let length = 2 * pageSize
        #expect(fd.getDirtyBitmap(f.hwptID, length: length, iova: mockApertureStart + 1, pageSize: mockPageSize,
                                  bitmap: 0, flags: 0) == .EINVAL)
        #expect(fd.getDirtyBitmap(f.hwptID, length: length, iova: mockApertureStart, pageSize: 0, bitmap: 0, flags: 0)
            == .EINVAL)
        #expect(fd.getDirtyBitmap(f.hwptID, length: 0, iova: mockApertureStart, pageSize: mockPageSize, bitmap: 0,
                                  flags: 0) == .EINVAL, "length 0, before the wrap check")
        #expect(fd.getDirtyBitmap(f.hwptID, length: length, iova: .max - 10, pageSize: mockPageSize, bitmap: 0,
                                  flags: 0) == .EOVERFLOW)
        #expect(fd.getDirtyBitmap(f.hwptID, length: length, iova: mockApertureStart, pageSize: mockPageSize, bitmap: 0,
                                  flags: 0) == .EOPNOTSUPP)
        #expect(fd.getDirtyBitmap(f.hwptID, length: length, iova: mockApertureStart, pageSize: mockPageSize, bitmap: 0,
                                  flags: 2) == .EOPNOTSUPP)

        let dirty = fd.hwptAlloc(device: f.deviceID, pt: f.ioas, flags: hwptFlagDirtyTracking)
        try #require(dirty.error == nil)
        #expect(fd.map(f.ioas, userVA: f.buffer.address, length: length, iova: mockApertureStart).error == nil)
        var marks: UInt8 = 1
        let markAddress = withUnsafeMutablePointer(to: &marks) { UInt64(UInt(bitPattern: $0)) }
        #expect(fd.mockDirty(dirty.hwpt, length: length, iova: mockApertureStart, pageSize: mockPageSize,
                             bitmap: markAddress).error == .EINVAL, "tracking is off")
        #expect(fd.getDirtyBitmap(dirty.hwpt, length: length, iova: mockApertureStart, pageSize: 3000, bitmap: 0,
                                  flags: 0) == .EINVAL, "tracking is off (6.12.117 and before: success)")
        #expect(fd.setDirtyTracking(dirty.hwpt, true) == nil)
        #expect(fd.setDirtyTracking(dirty.hwpt, true) == nil, "idempotent")
        #expect(fd.getDirtyBitmap(dirty.hwpt, length: length, iova: mockApertureStart, pageSize: mockPageSize,
                                  bitmap: 0, flags: 0) == nil, "nothing dirty: the NULL bitmap is not touched")
        #expect(fd.mockDirty(dirty.hwpt, length: length, iova: mockApertureStart, pageSize: mockPageSize,
                             bitmap: markAddress).count == 1)
        // 6.12's iova_bitmap drops what it cannot write: success, bits lost.
        #expect(fd.getDirtyBitmap(dirty.hwpt, length: length, iova: mockApertureStart, pageSize: mockPageSize,
                                  bitmap: 0, flags: 0) == nil)
        // Enabling again starts from a clean slate.
        #expect(fd.setDirtyTracking(dirty.hwpt, true) == nil)
        #expect(fd.getDirtyBitmap(dirty.hwpt, length: length, iova: mockApertureStart, pageSize: mockPageSize,
                                  bitmap: 0, flags: 0) == nil)
        #expect(fd.unmap(f.ioas, iova: mockApertureStart, length: length).error == nil)
        #expect(fd.destroy(dirty.hwpt) == nil)
        f.teardown()
    }

    /// HWPT_INVALIDATE writes the struct back even on early failures:
    /// `__reserved` → EOPNOTSUPP, a missing id → ENOENT, each with entry_num 0.
    @Test func invalidateWritesBack() throws {
        let f = try IOASFixture(.noDomain)
        var cmd = iommu_hwpt_invalidate()
        cmd.size = UInt32(MemoryLayout<iommu_hwpt_invalidate>.size)
        cmd.entry_num = 5
        cmd.__reserved = 1
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_HWPT_INVALIDATE), &cmd) == .EOPNOTSUPP)
        #expect(cmd.entry_num == 0)
        cmd.__reserved = 0
        cmd.hwpt_id = 42
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_HWPT_INVALIDATE), &cmd) == .ENOENT)
        cmd.hwpt_id = f.ioas
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_HWPT_INVALIDATE), &cmd) == .ENOENT,
                "6.12 fetches a nested HWPT: an IOAS is not found (7.x: EINVAL)")
        f.teardown()
    }

    /// The test ops' own checks: slots above 3 → EINVAL; wrong objects →
    /// ENOENT; MD_CHECK_MAP misaligned → EINVAL, a mismatch → EINVAL;
    /// MD_CHECK_REFS misaligned → EINVAL, a wrong count → EIO; accesses by a
    /// descriptor that is not one → EBADFD; SET_TEMP_MEMORY_LIMIT below 12 →
    /// EINVAL; ADD_RESERVED wrap → EOVERFLOW, unknown IOAS → ENOENT.
    @Test func testOpChecks() throws {
        let f = try IOASFixture(.mockDomain)
        let fd = f.iommufd
        // DEV_CHECK_CACHE is 6.13's: 6.12 does not know the op.
        #expect(fd.checkDeviceCache(f.deviceID, slot: 4, expected: devCacheDefault) == .EOPNOTSUPP)
        #expect(fd.checkDeviceCache(f.ioas, slot: 0, expected: devCacheDefault) == .EOPNOTSUPP)
        #expect(fd.checkIOTLB(f.hwptID, slot: 0, expected: iotlbDefault) == .ENOENT, "a paging HWPT")
        #expect(fd.checkIOTLB(f.hwptID, slot: 4, expected: iotlbDefault) == .ENOENT, "6.12 looks the HWPT up before the slot")
        #expect(fd.map(f.ioas, userVA: f.buffer.address, length: pageSize, iova: mockApertureStart).error == nil)
        #expect(fd.checkMap(f.hwptID, iova: mockApertureStart + 1, length: pageSize, userAddress: f.buffer.address)
            == .EINVAL)
        #expect(fd.checkMap(f.hwptID, iova: mockApertureStart, length: pageSize, userAddress: f.buffer.address
            + pageSize) == .EINVAL)
        #expect(fd.checkMap(f.ioas, iova: mockApertureStart, length: pageSize, userAddress: f.buffer.address)
            == .ENOENT)
        #expect(fd.checkMap(f.hwptID, iova: mockApertureStart, length: 2 * pageSize, userAddress: f.buffer.address)
            == .EINVAL, "the second page is not mapped")
        #expect(fd.checkRefs(f.buffer.address + 1, pageSize, 1) == .EINVAL)
        #expect(fd.checkRefs(f.buffer.address, pageSize, 2) == .EIO)
        #expect(fd.checkRefs(f.buffer.address, pageSize, 1) == nil)
        #expect(fd.accessPages(Int32(f.iommufd.fd), iova: 0, length: 1, userAddress: 0).error == .EBADFD_)
        #expect(fd.destroyAccessPages(9999, 0) == .EBADFD_)
        #expect(fd.setTempMemoryLimit(11) == .EINVAL)
        #expect(fd.addReserved(f.ioas, start: .max, length: 2) == .EOVERFLOW)
        #expect(fd.addReserved(99, start: 0, length: 2) == .ENOENT)
        // A non-pinning access cannot pin; a pinning one checks its range.
        let rw = fd.createAccess(f.ioas)
        #expect(fd.accessPages(rw.fd, iova: mockApertureStart, length: pageSize, userAddress: 0).error == .EOPNOTSUPP)
        let pin = fd.createAccess(f.ioas, flags: mockFlagAccessCreateNeedsPinPages)
        #expect(fd.accessPages(pin.fd, iova: mockApertureStart, length: 0, userAddress: 0).error == .EINVAL)
        #expect(fd.accessPages(pin.fd, iova: mockApertureStart, length: 2 * pageSize, userAddress: 0).error == .ENOENT)
        #expect(fd.accessPages(pin.fd, iova: mockApertureStart, length: 17 << 20, userAddress: 0).error == .ENOMEM)
        #expect(fd.createAccess(f.ioas, flags: 2).error == .EOPNOTSUPP)
        #expect(fd.destroy(f.ioas) == .EBUSY)
        for access in [rw.fd, pin.fd] { #expect(fd.closeFile(access) == nil) }
        f.teardown()
    }

    /// The real 7.2 kernel's mock sequence (real-kernel-vm.md §6.2), where
    /// 6.12 agrees — except the read before tracking is enabled, 0 on 7.2.13
    /// and 6.12.117, EINVAL since 6.12.118: ids 2/3/4 for MOCK_DOMAIN, GET_HW_INFO's mock data
    /// (capabilities: DIRTY_TRACKING, 6.12 has no ATS bit), alignment 4096
    /// with HUGE_PAGES=0, a dirty HWPT, replace, DIRTY every other page (64
    /// of 128), the bitmap 0x5555…, cleared by a read, NO_CLEAR keeps it.
    @Test func realKernelMockSequence() throws {
        let f = try IOASFixture(.noDomain)
        let fd = f.iommufd
        #expect(fd.option(IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET, object: f.ioas, value: 0).error == nil)
        let mock = fd.mockDomain(f.ioas)
        #expect([mock.stdev, mock.hwpt, mock.device] == [2, 4, 3])
        let info = fd.getHWInfo(device: mock.device, data: 0, dataLength: 0)
        #expect(info.info.out_data_type == 0xfeed_beef)
        #expect(info.info.data_len == 8)
        #expect(info.info.out_capabilities == 1)
        let buffer = try AlignedBuffer(size: 256 << 10)
        #expect(fd.map(f.ioas, userVA: buffer.address, length: buffer.size, iova: mockApertureStart).error == nil)
        var ranges = iommu_ioas_iova_ranges()
        ranges.size = UInt32(MemoryLayout<iommu_ioas_iova_ranges>.size)
        ranges.ioas_id = f.ioas
        #expect(fd.ioctl(UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES), &ranges) == .EMSGSIZE)
        #expect(ranges.out_iova_alignment == 4096)
        let dirty = fd.hwptAlloc(device: mock.device, pt: f.ioas, flags: hwptFlagDirtyTracking)
        #expect(dirty.hwpt == 5)
        #expect(fd.mockDomainReplace(mock.stdev, dirty.hwpt).error == nil)
        var bitmap = [UInt64](repeating: 0, count: 2)
        bitmap.withUnsafeMutableBytes { raw in
            let address = UInt64(UInt(bitPattern: raw.baseAddress))
            let get = { (flags: UInt32) in
                fd.getDirtyBitmap(dirty.hwpt, length: buffer.size, iova: mockApertureStart, pageSize: mockPageSize,
                                  bitmap: address, flags: flags)
            }
            #expect(get(0) == .EINVAL, "before tracking is enabled (6.12.117 and before: success)")
            #expect(fd.setDirtyTracking(dirty.hwpt, true) == nil)
            raw.storeBytes(of: 0x5555_5555_5555_5555, as: UInt64.self)
            raw.storeBytes(of: 0x5555_5555_5555_5555, toByteOffset: 8, as: UInt64.self)
            #expect(fd.mockDirty(dirty.hwpt, length: buffer.size, iova: mockApertureStart, pageSize: mockPageSize,
                                 bitmap: address).count == 64)
            for flags in [UInt32(1), 0] {
                raw.storeBytes(of: 0, as: UInt64.self)
                raw.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
                #expect(get(flags) == nil)
                #expect(raw.load(as: UInt64.self) == 0x5555_5555_5555_5555)
                #expect(raw.load(fromByteOffset: 8, as: UInt64.self) == 0x5555_5555_5555_5555)
            }
            raw.storeBytes(of: 0, as: UInt64.self)
            raw.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
            #expect(get(0) == nil)
            #expect(raw.load(as: UInt64.self) == 0 && raw.load(fromByteOffset: 8, as: UInt64.self) == 0)
        }
        #expect(fd.destroy(dirty.hwpt) == .EBUSY)
        #expect(fd.mockDomainReplace(mock.stdev, f.ioas).error == nil)
        #expect(fd.destroy(dirty.hwpt) == nil)
        let noDirty = fd.mockDomain(f.ioas, flags: mockFlagDeviceNoDirty)
        #expect(fd.getHWInfo(device: noDirty.device, data: 0, dataLength: 0).info.out_capabilities == 0)
        #expect(fd.hwptAlloc(device: noDirty.device, pt: f.ioas, flags: hwptFlagDirtyTracking).error == .EOPNOTSUPP)
        #expect(fd.destroy(f.ioas) == .EBUSY)
        #expect(fd.destroy(mock.stdev) == nil)
        #expect(fd.destroy(noDirty.stdev) == nil)
        #expect(fd.unmap(f.ioas, iova: 0, length: .max).error == nil)
        #expect(fd.destroy(f.ioas) == nil)
        f.teardown()
    }
}
