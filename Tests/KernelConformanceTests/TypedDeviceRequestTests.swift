#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import SimulatedKernel
import Testing

/// The typed requests of the device side, end to end through ``IOMMUFD``
/// and ``VFIODevice``: they must carry the right numbers, sizes and fields
/// for the kernel to answer as the raw-struct tests expect.
@Suite struct TypedDeviceRequestTests {
    @Test func numbersAndNames() {
        #expect(HWPTAlloc.number == 0x3b89 && HWPTAlloc.name == "IOMMU_HWPT_ALLOC")
        #expect(GetHWInfo.number == 0x3b8a && GetHWInfo.name == "IOMMU_GET_HW_INFO")
        #expect(HWPTSetDirtyTracking.number == 0x3b8b && HWPTSetDirtyTracking.name == "IOMMU_HWPT_SET_DIRTY_TRACKING")
        #expect(HWPTGetDirtyBitmap.number == 0x3b8c && HWPTGetDirtyBitmap.name == "IOMMU_HWPT_GET_DIRTY_BITMAP")
        #expect(HWPTInvalidate.number == 0x3b8d && HWPTInvalidate.name == "IOMMU_HWPT_INVALIDATE")
        #expect(FaultQueueAlloc.number == 0x3b8e && FaultQueueAlloc.name == "IOMMU_FAULT_QUEUE_ALLOC")
        #expect(TestCmd.number == 0x3ba0 && TestCmd.name == "IOMMU_TEST_CMD")
        #expect(VFIODeviceBindIOMMUFD.number == 0x3b76 && VFIODeviceBindIOMMUFD.name == "VFIO_DEVICE_BIND_IOMMUFD")
        #expect(VFIODeviceAttachIOMMUFDPT.number == 0x3b77)
        #expect(VFIODeviceDetachIOMMUFDPT.number == 0x3b78)
        #expect(VFIODeviceGetInfo.number == 0x3b6b)
        #expect(VFIODeviceGetRegionInfo.number == 0x3b6c && VFIODeviceGetIRQInfo.number == 0x3b6d)
        #expect(VFIODeviceSetIRQs.number == 0x3b6e && VFIODeviceReset.number == 0x3b6f)
        #expect(HWPTAllocFlags.dirtyTracking.rawValue == 2 && HWPTAllocFlags.faultIDValid.rawValue == 4)
        #expect(HWPTDataType.selftest.rawValue == 0xdead && HWInfoType.selftest.rawValue == 0xfeed_beef)
        #expect(IOMMUSelftest.MockDeviceFlags.hugeIOVA.rawValue == 2 && IOMMUSelftest.MockDeviceFlags.pasid.rawValue == 4)
    }

    /// `struct iommu_test_cmd` as reference §3.1 lays it out: 72 bytes,
    /// `last` ending at 68, the union at 16.
    @Test func testCommandLayout() {
        #expect(MemoryLayout<IOMMUTestCommand>.size == 72)
        #expect(MemoryLayout<IOMMUTestCommand>.offset(of: \.op) == 4)
        #expect(MemoryLayout<IOMMUTestCommand>.offset(of: \.id) == 8)
        #expect(MemoryLayout<IOMMUTestCommand>.offset(of: \.reserved) == 12)
        #expect(MemoryLayout<IOMMUTestCommand>.offset(of: \.last) == 64)
        #expect(IOMMUTestCommand.minimumSize == 68)
        var cmd = IOMMUTestCommand(op: .dirty, id: 7)
        cmd[.dirtyOutCount] = 0x1122_3344_5566_7788
        cmd[.mockDomainOutHWPTID] = 0xaabb_ccdd
        let bytes = withUnsafeBytes(of: cmd) { Array($0) }
        #expect(bytes[0..<4] == [72, 0, 0, 0])
        #expect(bytes[4..<8] == [13, 0, 0, 0])
        #expect(bytes[56..<64] == [0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11])
        #expect(bytes[20..<24] == [0xdd, 0xcc, 0xbb, 0xaa])
        #expect(cmd[IOMMUTestCommand.Field64(offset: 70)] == 0, "outside the struct reads 0")
    }

    /// IOMMU_TEST_CMD's own size rules (§3.1 with §0.2): 67 bytes → EINVAL,
    /// 68 accepted, a non-zero byte past 72 → E2BIG, an unknown op →
    /// EOPNOTSUPP; nr 0x8f…0x9f are holes (ENOTTY); without
    /// CONFIG_IOMMUFD_TEST the command does not exist (ENOTTY).
    @Test func testCommandSizeRules() throws {
        let f = try IOMMUFDFixture()
        var cmd = IOMMUTestCommand(op: .setTempMemoryLimit)
        cmd[.memoryLimit] = 65536
        cmd.size = 67
        #expect(f.testCmd(&cmd) == .EINVAL)
        cmd.size = 68
        #expect(f.testCmd(&cmd) == nil)
        var longer = withUnsafeBytes(of: cmd) { Array($0) } + [0, 0, 0, 1]
        longer[0] = 76
        #expect(f.ioctl(IOMMUSelftest.commandNumber, bytes: &longer) == .E2BIG)
        longer[75] = 0
        #expect(f.ioctl(IOMMUSelftest.commandNumber, bytes: &longer) == nil)
        var unknown = IOMMUTestCommand(op: .addReserved)
        unknown.op = 17
        #expect(f.testCmd(&unknown) == .EOPNOTSUPP)
        #expect(f.ioctl(ioNumber(0x95), &cmd) == .ENOTTY)

        let plain = SimulatedKernel(selftest: false)
        let fd = try plain.open("/dev/iommu", flags: O_RDWR).get()
        let r = withUnsafeMutableBytes(of: &cmd) { plain.ioctl(fd, IOMMUSelftest.commandNumber, $0.baseAddress) }
        #expect(r.map { _ in 0 } == .failure(.ENOTTY))
        _ = plain.close(fd)
    }

    /// The mock driver through TestCmd and the HWPT requests through their
    /// typed forms: MOCK_DOMAIN ids, GET_HW_INFO's mock data, a dirty HWPT
    /// whose bitmap reports what DIRTY marked, a nested HWPT invalidated
    /// entry by entry, a fault queue.
    @Test func mockDriverThroughTypedRequests() throws {
        let iommufd = try IOMMUFD(kernel: ConformanceKernel.make())
        let buffer = try TestBuffer()
        var memory = TestCmd.setTempMemoryLimit(65536)
        try iommufd.perform(&memory)
        var alloc = IOASAlloc()
        try iommufd.perform(&alloc)
        var mock = TestCmd.mockDomain(pt: alloc.ioas.object)
        try iommufd.perform(&mock)
        #expect(mock.stdev.rawValue == 2 && mock.device.rawValue == 3 && mock.hwpt.rawValue == 4)

        var info = GetHWInfo(device: mock.device, capacity: 16)
        try iommufd.perform(&info)
        #expect(info.dataType == .selftest)
        #expect(info.dataLength == 8)
        #expect(info.data == [0, 0, 0, 0, 0xef, 0xbe, 0xad, 0xde])
        #expect(info.capabilities.contains(.dirtyTracking))
        #expect(info.vtd == nil)

        var dirty = HWPTAlloc(device: mock.device, ioas: alloc.ioas, flags: [.dirtyTracking])
        try iommufd.perform(&dirty)
        var map = IOASMap(ioas: alloc.ioas, flags: [.fixedIOVA, .readable, .writeable], userVA: buffer.address,
                          length: buffer.size, iova: mockApertureStart)
        try iommufd.perform(&map)
        var on = HWPTSetDirtyTracking(hwpt: dirty.hwpt, enable: true)
        try iommufd.perform(&on)
        var marks: UInt64 = 0b1001
        let mark = withUnsafeMutableBytes(of: &marks) { UInt64(UInt(bitPattern: $0.baseAddress)) }
        var setDirty = TestCmd.dirty(hwpt: dirty.hwpt, iova: mockApertureStart, length: buffer.size,
                                     pageSize: mockPageSize, bitmapAddress: mark)
        try iommufd.perform(&setDirty)
        #expect(setDirty.dirtyCount == 2)
        var bitmap = HWPTGetDirtyBitmap(hwpt: dirty.hwpt, iova: mockApertureStart, length: buffer.size,
                                        pageSize: mockPageSize)
        try iommufd.perform(&bitmap)
        #expect(bitmap.dirtyIOVAs == [mockApertureStart, mockApertureStart + 3 * mockPageSize])
        var check = TestCmd.checkMap(hwpt: dirty.hwpt, iova: mockApertureStart, length: buffer.size,
                                     userAddress: buffer.address)
        try iommufd.perform(&check)
        var refs = TestCmd.checkRefs(userAddress: buffer.address, length: buffer.size, refs: 1)
        try iommufd.perform(&refs)

        var parent = HWPTAlloc(device: mock.device, ioas: alloc.ioas, flags: [.nestParent])
        try iommufd.perform(&parent)
        var nested = HWPTAlloc(device: mock.device, parent: parent.hwpt, data: .selftest(iotlb: 0x55))
        try iommufd.perform(&nested)
        var slot = TestCmd.checkIOTLB(hwpt: nested.hwpt, slot: 2, expected: 0x55)
        try iommufd.perform(&slot)
        var invalidate = HWPTInvalidate.selftest(hwpt: nested.hwpt, entries: [(0, 2), (0xff, 0)])
        #expect(throws: KernelError("IOMMU_HWPT_INVALIDATE", .EOPNOTSUPP)) { try iommufd.perform(&invalidate) }
        #expect(invalidate.handled == 1)
        var cleared = TestCmd.checkIOTLB(hwpt: nested.hwpt, slot: 2, expected: 0)
        try iommufd.perform(&cleared)

        var fault = FaultQueueAlloc()
        try iommufd.perform(&fault)
        #expect(fault.fd >= 0)
        var busy = Destroy(fault.fault.object)
        #expect(throws: KernelError("IOMMU_DESTROY", .EBUSY)) { try iommufd.perform(&busy) }
        _ = iommufd.kernel.close(fault.fd)

        var replace = TestCmd.mockDomainReplace(stdev: mock.stdev, pt: nested.hwpt.object)
        try iommufd.perform(&replace)
        #expect(replace.hwpt == nested.hwpt)
        // DEV_CHECK_CACHE is 6.13's: a 6.12 kernel does not know the op.
        var cache = TestCmd.checkDeviceCache(device: mock.device, slot: 0, expected: IOMMUSelftest.deviceCacheDefault)
        #expect(throws: KernelError("IOMMU_TEST_CMD", .EOPNOTSUPP)) { try iommufd.perform(&cache) }
    }

    /// Access operations through TestCmd: create, pin (the item id), read
    /// and write, replace the IOAS, unpin.
    @Test func accessThroughTypedRequests() throws {
        let iommufd = try IOMMUFD(kernel: ConformanceKernel.make())
        let buffer = try TestBuffer()
        var alloc = IOASAlloc()
        try iommufd.perform(&alloc)
        var other = IOASAlloc()
        try iommufd.perform(&other)
        var map = IOASMap(ioas: alloc.ioas, flags: [.fixedIOVA, .readable, .writeable], userVA: buffer.address,
                          length: buffer.size, iova: 1 << 20)
        try iommufd.perform(&map)
        var create = TestCmd.createAccess(ioas: alloc.ioas, flags: [.needsPinPages])
        try iommufd.perform(&create)
        defer { _ = iommufd.kernel.close(create.accessFD) }
        var pin = TestCmd.accessPages(accessFD: create.accessFD, iova: 1 << 20, length: pageSize,
                                      userAddress: buffer.address, flags: [.write])
        try iommufd.perform(&pin)
        #expect(pin.accessPagesID == 0)
        var wrong = TestCmd.accessPages(accessFD: create.accessFD, iova: 1 << 20, length: pageSize,
                                        userAddress: buffer.address + pageSize)
        #expect(throws: KernelError("IOMMU_TEST_CMD", Errno.EBADE_)) { try iommufd.perform(&wrong) }
        var data: [UInt8] = [1, 2, 3, 4]
        try data.withUnsafeMutableBytes { raw in
            var write = TestCmd.accessRW(accessFD: create.accessFD, iova: (1 << 20) + 5, length: 4,
                                         userAddress: UInt64(UInt(bitPattern: raw.baseAddress)), flags: [.write])
            try iommufd.perform(&write)
        }
        #expect(buffer.bytes(offset: 5, count: 4) == [1, 2, 3, 4])
        var unpin = TestCmd.destroyAccessPages(accessFD: create.accessFD, pagesID: pin.accessPagesID)
        try iommufd.perform(&unpin)
        var move = TestCmd.accessReplaceIOAS(accessFD: create.accessFD, ioas: other.ioas)
        try iommufd.perform(&move)
        var destroyOld = Destroy(alloc.ioas.object)
        try iommufd.perform(&destroyOld)
        var reserve = TestCmd.addReserved(ioas: other.ioas, start: 0, length: 0)
        #expect(throws: KernelError("IOMMU_TEST_CMD", .EINVAL)) { try iommufd.perform(&reserve) }
    }

    /// A VFIO device through ``VFIODevice``: open, bind (the device id),
    /// GET_INFO, attach to an IOAS (the automatic HWPT), GET_HW_INFO's VT-d
    /// registers, detach, close (which unbinds).
    @Test(.enabled(if: runningOnSimulation, "needs the simulated host's devices"))
    func vfioDeviceLifecycle() throws {
        let kernel = SimulatedKernel()
        let iommufd = try IOMMUFD(kernel: kernel)
        var alloc = IOASAlloc()
        try iommufd.perform(&alloc)
        var device = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio3", name: "0000:b1:00.0")
        #expect(device.iommufd == -1)
        var bind = VFIODeviceBindIOMMUFD(iommufd: iommufd)
        try device.perform(&bind)
        #expect(device.iommufd == iommufd.fd)
        #expect(bind.device.rawValue == 2)
        var info = VFIODeviceGetInfo()
        try device.perform(&info)
        #expect(info.flags == [.pci, .reset])
        #expect(info.regionCount == 9 && info.irqCount == 5)
        var attach = VFIODeviceAttachIOMMUFDPT(ioas: alloc.ioas)
        try device.perform(&attach)
        #expect(attach.hwpt.rawValue == 3)
        var hw = GetHWInfo(device: bind.device)
        try iommufd.perform(&hw)
        #expect(hw.dataType == .intelVTd)
        let dmar1 = try #require(kernel.iommus.first { $0.name == "dmar1" })
        #expect(hw.vtd == VTdHWInfo(flags: 1, capability: dmar1.registers.capability,
                                    extendedCapability: dmar1.registers.extendedCapability))
        #expect(hw.capabilities.isEmpty)
        #expect(hw.maxPASIDLog2 == 20)
        var noDirty = HWPTAlloc(device: bind.device, ioas: alloc.ioas, flags: [.dirtyTracking])
        #expect(throws: KernelError("IOMMU_HWPT_ALLOC", .EOPNOTSUPP)) { try iommufd.perform(&noDirty) }
        var detach = VFIODeviceDetachIOMMUFDPT()
        try device.perform(&detach)
        var gone = Destroy(attach.hwpt.object)
        #expect(throws: KernelError("IOMMU_DESTROY", .ENOENT)) { try iommufd.perform(&gone) }
        device.close()
        var unbound = Destroy(bind.device.object)
        #expect(throws: KernelError("IOMMU_DESTROY", .ENOENT)) { try iommufd.perform(&unbound) }
        #expect(throws: KernelError("open /dev/vfio/devices/vfio7", .ENOENT)) {
            _ = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio7")
        }
    }
}
