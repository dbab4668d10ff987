// Helpers for the selftest mock driver (IOMMU_TEST_CMD) and the device
// ioctls, named after the selftest's iommufd_utils.h helpers they stand for.
// Raw structs in, errno out, so the cases read like the C they port.

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import SimulatedKernel
import Testing

// MARK: - Constants (iommufd_test.h)

let mockApertureLast: UInt64 = (1 << 31) - 1
/// `MOCK_HUGE_PAGE_SIZE`.
let mockHugePageSize = 512 * mockPageSize
let mockFlagDeviceNoDirty: UInt32 = 1 << 0
let mockFlagDeviceHugeIOVA: UInt32 = 1 << 1
let mockFlagDevicePASID: UInt32 = 1 << 2
let mockFlagAccessCreateNeedsPinPages: UInt32 = 1 << 0
let mockFlagAccessWrite: UInt32 = 1 << 0
let mockAccessRWWrite: UInt32 = 1 << 0
let mockAccessRWSlowPath: UInt32 = 1 << 2
let hwptDataSelftest: UInt32 = 0xdead
let hwInfoTypeSelftest: UInt32 = 0xfeed_beef
let invalidateDataSelftest: UInt32 = 0xdead_beef
let invalidateDataSelftestInvalid: UInt32 = 0x0dad_beef
let iotlbDefault: UInt32 = 0x0bad_beef
let devCacheDefault: UInt32 = 0xbaddad
let iotlbIDMax: UInt32 = 3
let hwptFlagNestParent = UInt32(IOMMU_HWPT_ALLOC_NEST_PARENT.rawValue)
let hwptFlagDirtyTracking = UInt32(IOMMU_HWPT_ALLOC_DIRTY_TRACKING.rawValue)
let hwptFlagFaultIDValid = UInt32(IOMMU_HWPT_FAULT_ID_VALID.rawValue)

extension Errno {
    /// `EBADFD`, which Posix does not name.
    static let EBADFD_ = Errno(rawValue: Glibc.EBADFD)
    /// `EBADE`.
    static let EBADE_ = Errno(rawValue: Glibc.EBADE)
    /// `ESPIPE`.
    static let ESPIPE_ = Errno(rawValue: Glibc.ESPIPE)
}

/// Whether the conformance kernel is the simulation (cases about the
/// simulated host's devices only make sense there).
var runningOnSimulation: Bool {
    guard let v = getenv("IOMMUD_CONFORMANCE_KERNEL") else { return true }
    return String(cString: v) != "host"
}

// MARK: - IOMMU_TEST_CMD helpers

extension IOMMUFDFixture {
    /// IOMMU_TEST_CMD with `cmd` (read back into it).
    func testCmd(_ cmd: inout IOMMUTestCommand) -> Errno? { ioctl(IOMMUSelftest.commandNumber, &cmd) }

    /// `_test_cmd_mock_domain` / `_flags`: a mock device attached to `pt`.
    func mockDomain(_ pt: UInt32, flags: UInt32? = nil) -> (stdev: UInt32, hwpt: UInt32, device: UInt32, error: Errno?) {
        var cmd = IOMMUTestCommand(op: flags == nil ? .mockDomain : .mockDomainFlags, id: pt)
        if let flags { cmd[.mockDomainFlagsDeviceFlags] = flags }
        let e = testCmd(&cmd)
        return (cmd[.mockDomainOutStdevID], cmd[.mockDomainOutHWPTID], cmd[.mockDomainOutDeviceID], e)
    }

    /// `_test_cmd_mock_domain_replace`; the HWPT now attached.
    func mockDomainReplace(_ stdev: UInt32, _ pt: UInt32) -> (hwpt: UInt32, error: Errno?) {
        var cmd = IOMMUTestCommand(op: .mockDomainReplace, id: stdev)
        cmd[.mockDomainReplacePTID] = pt
        let e = testCmd(&cmd)
        return (cmd[.mockDomainReplacePTID], e)
    }

    /// IOMMU_TEST_OP_ADD_RESERVED.
    func addReserved(_ ioas: UInt32, start: UInt64, length: UInt64) -> Errno? {
        var cmd = IOMMUTestCommand(op: .addReserved, id: ioas)
        cmd[.addReservedStart] = start
        cmd[.addReservedLength] = length
        return testCmd(&cmd)
    }

    /// `check_mock_iova` for one HWPT (MD_CHECK_MAP).
    func checkMap(_ hwpt: UInt32, iova: UInt64, length: UInt64, userAddress: UInt64) -> Errno? {
        var cmd = IOMMUTestCommand(op: .mdCheckMap, id: hwpt)
        cmd[.checkMapIOVA] = iova
        cmd[.checkMapLength] = length
        cmd[.checkMapUptr] = userAddress
        return testCmd(&cmd)
    }

    /// `check_refs` (MD_CHECK_REFS).
    func checkRefs(_ userAddress: UInt64, _ length: UInt64, _ refs: UInt32) -> Errno? {
        var cmd = IOMMUTestCommand(op: .mdCheckRefs)
        cmd[.checkRefsLength] = length
        cmd[.checkRefsUptr] = userAddress
        cmd[.checkRefsRefs] = refs
        return testCmd(&cmd)
    }

    /// `test_ioctl_set_temp_memory_limit`.
    func setTempMemoryLimit(_ limit: UInt32) -> Errno? {
        var cmd = IOMMUTestCommand(op: .setTempMemoryLimit)
        cmd[.memoryLimit] = limit
        return testCmd(&cmd)
    }

    /// `_test_cmd_create_access`; the access descriptor.
    func createAccess(_ ioas: UInt32, flags: UInt32 = 0) -> (fd: Int32, error: Errno?) {
        var cmd = IOMMUTestCommand(op: .createAccess, id: ioas)
        cmd[.createAccessFlags] = flags
        let e = testCmd(&cmd)
        return (Int32(bitPattern: cmd[.createAccessOutFD]), e)
    }

    /// `test_cmd_destroy_access`: close the access descriptor.
    func destroyAccess(_ fd: Int32) -> Errno? { closeFile(fd) }

    /// `close()` of a descriptor this kernel returned (access, fault, device).
    /// A number below 3 is what a failed create leaves in its out field;
    /// closing it would close the runner's stdio, so it is refused (EBADF).
    func closeFile(_ fd: Int32) -> Errno? {
        guard fd > 2 else { return .EBADF }
        if case .failure(let e) = kernel.close(fd) { return e }
        return nil
    }

    /// IOMMU_TEST_OP_ACCESS_PAGES; the item id.
    func accessPages(_ access: Int32, iova: UInt64, length: UInt64, userAddress: UInt64,
                     flags: UInt32 = 0) -> (id: UInt32, error: Errno?) {
        var cmd = IOMMUTestCommand(op: .accessPages, id: UInt32(bitPattern: access))
        cmd[.accessPagesFlags] = flags
        cmd[.accessPagesIOVA] = iova
        cmd[.accessPagesLength] = length
        cmd[.accessPagesUptr] = userAddress
        let e = testCmd(&cmd)
        return (cmd[.accessPagesOutID], e)
    }

    /// `_test_cmd_destroy_access_pages`.
    func destroyAccessPages(_ access: Int32, _ id: UInt32) -> Errno? {
        var cmd = IOMMUTestCommand(op: .destroyAccessPages, id: UInt32(bitPattern: access))
        cmd[.destroyAccessPagesID] = id
        return testCmd(&cmd)
    }

    /// IOMMU_TEST_OP_ACCESS_RW.
    func accessRW(_ access: Int32, iova: UInt64, length: UInt64, userAddress: UInt64, flags: UInt32) -> Errno? {
        var cmd = IOMMUTestCommand(op: .accessRW, id: UInt32(bitPattern: access))
        cmd[.accessRWIOVA] = iova
        cmd[.accessRWLength] = length
        cmd[.accessRWUptr] = userAddress
        cmd[.accessRWFlags] = flags
        return testCmd(&cmd)
    }

    /// `_test_cmd_access_replace_ioas`.
    func accessReplaceIOAS(_ access: Int32, _ ioas: UInt32) -> Errno? {
        var cmd = IOMMUTestCommand(op: .accessReplaceIOAS, id: UInt32(bitPattern: access))
        cmd[.accessReplaceIOASID] = ioas
        return testCmd(&cmd)
    }

    /// `test_cmd_hwpt_check_iotlb`.
    func checkIOTLB(_ hwpt: UInt32, slot: UInt32, expected: UInt32) -> Errno? {
        var cmd = IOMMUTestCommand(op: .mdCheckIOTLB, id: hwpt)
        cmd[.checkIOTLBID] = slot
        cmd[.checkIOTLBValue] = expected
        return testCmd(&cmd)
    }

    /// `test_cmd_dev_check_cache`.
    func checkDeviceCache(_ device: UInt32, slot: UInt32, expected: UInt32) -> Errno? {
        var cmd = IOMMUTestCommand(op: .devCheckCache, id: device)
        cmd[.checkCacheID] = slot
        cmd[.checkCacheValue] = expected
        return testCmd(&cmd)
    }

    /// `_test_cmd_mock_domain_set_dirty` (IOMMU_TEST_OP_DIRTY); the count.
    func mockDirty(_ hwpt: UInt32, length: UInt64, iova: UInt64, pageSize: UInt64,
                   bitmap: UInt64) -> (count: UInt64, error: Errno?) {
        var cmd = IOMMUTestCommand(op: .dirty, id: hwpt)
        cmd[.dirtyIOVA] = iova
        cmd[.dirtyLength] = length
        cmd[.dirtyPageSize] = pageSize
        cmd[.dirtyUptr] = bitmap
        let e = testCmd(&cmd)
        return (cmd[.dirtyOutCount], e)
    }

    /// `teardown_iommufd`: close the descriptor, open a new one and check
    /// that nothing of `buffer` stays pinned.
    func teardown(checking buffer: TestBuffer) {
        #expect(close() == nil)
        guard let again = try? kernel.open("/dev/iommu", flags: O_RDWR | O_CLOEXEC).get() else {
            Issue.record("cannot reopen /dev/iommu")
            return
        }
        var cmd = IOMMUTestCommand(op: .mdCheckRefs)
        cmd[.checkRefsLength] = buffer.size
        cmd[.checkRefsUptr] = buffer.address
        let r = withUnsafeMutableBytes(of: &cmd) { kernel.ioctl(again, IOMMUSelftest.commandNumber, $0.baseAddress) }
        #expect(throws: Never.self, "nothing of the buffer stays pinned") { try r.get() }
        _ = kernel.close(again)
    }
}

// MARK: - HWPT and device ioctl helpers

extension IOMMUFDFixture {
    /// `_test_cmd_hwpt_alloc`; the new HWPT.
    func hwptAlloc(device: UInt32, pt: UInt32, flags: UInt32 = 0, faultID: UInt32 = 0,
                   dataType: UInt32 = UInt32(IOMMU_HWPT_DATA_NONE.rawValue), data: UInt64 = 0,
                   dataLength: UInt32 = 0) -> (hwpt: UInt32, error: Errno?) {
        var cmd = iommu_hwpt_alloc()
        cmd.size = UInt32(MemoryLayout<iommu_hwpt_alloc>.size)
        cmd.flags = flags
        cmd.dev_id = device
        cmd.pt_id = pt
        cmd.data_type = dataType
        cmd.data_len = dataLength
        cmd.data_uptr = data
        cmd.fault_id = faultID
        let e = ioctl(UInt(IOMMUD_IOMMU_HWPT_ALLOC), &cmd)
        return (cmd.out_hwpt_id, e)
    }

    /// A nested HWPT with `struct iommu_hwpt_selftest` data held in `data`.
    func hwptAllocNested(device: UInt32, parent: UInt32, flags: UInt32 = 0, faultID: UInt32 = 0,
                         dataType: UInt32 = hwptDataSelftest, data: inout UInt32,
                         dataLength: UInt32 = 4, nullData: Bool = false) -> (hwpt: UInt32, error: Errno?) {
        withUnsafeMutablePointer(to: &data) { pointer in
            hwptAlloc(device: device, pt: parent, flags: flags, faultID: faultID, dataType: dataType,
                      data: nullData ? 0 : UInt64(UInt(bitPattern: pointer)), dataLength: dataLength)
        }
    }

    /// IOMMU_GET_HW_INFO into `data` (`dataLength` bytes, 0 for none).
    func getHWInfo(device: UInt32, data: UInt64, dataLength: UInt32, flags: UInt32 = 0) -> (info: iommu_hw_info, error: Errno?) {
        var cmd = iommu_hw_info()
        cmd.size = UInt32(MemoryLayout<iommu_hw_info>.size)
        cmd.flags = flags
        cmd.dev_id = device
        cmd.data_len = dataLength
        cmd.data_uptr = data
        let e = ioctl(UInt(IOMMUD_IOMMU_GET_HW_INFO), &cmd)
        return (cmd, e)
    }

    /// `_test_cmd_set_dirty_tracking`.
    func setDirtyTracking(_ hwpt: UInt32, _ enabled: Bool) -> Errno? {
        var cmd = iommu_hwpt_set_dirty_tracking()
        cmd.size = UInt32(MemoryLayout<iommu_hwpt_set_dirty_tracking>.size)
        cmd.flags = enabled ? UInt32(IOMMU_HWPT_DIRTY_TRACKING_ENABLE.rawValue) : 0
        cmd.hwpt_id = hwpt
        return ioctl(UInt(IOMMUD_IOMMU_HWPT_SET_DIRTY_TRACKING), &cmd)
    }

    /// `_test_cmd_get_dirty_bitmap`.
    func getDirtyBitmap(_ hwpt: UInt32, length: UInt64, iova: UInt64, pageSize: UInt64, bitmap: UInt64,
                        flags: UInt32) -> Errno? {
        var cmd = iommu_hwpt_get_dirty_bitmap()
        cmd.size = UInt32(MemoryLayout<iommu_hwpt_get_dirty_bitmap>.size)
        cmd.hwpt_id = hwpt
        cmd.flags = flags
        cmd.iova = iova
        cmd.length = length
        cmd.page_size = pageSize
        cmd.data = bitmap
        return ioctl(UInt(IOMMUD_IOMMU_HWPT_GET_DIRTY_BITMAP), &cmd)
    }

    /// `_test_cmd_hwpt_invalidate`; `entry_num` afterwards.
    func hwptInvalidate(_ hwpt: UInt32, requests: UInt64, dataType: UInt32, entryLength: UInt32,
                        entries: UInt32) -> (entries: UInt32, error: Errno?) {
        var cmd = iommu_hwpt_invalidate()
        cmd.size = UInt32(MemoryLayout<iommu_hwpt_invalidate>.size)
        cmd.hwpt_id = hwpt
        cmd.data_type = dataType
        cmd.data_uptr = requests
        cmd.entry_len = entryLength
        cmd.entry_num = entries
        let e = ioctl(UInt(IOMMUD_IOMMU_HWPT_INVALIDATE), &cmd)
        return (cmd.entry_num, e)
    }

    /// `_test_ioctl_fault_alloc`.
    func faultAlloc() -> (id: UInt32, fd: Int32, error: Errno?) {
        var cmd = iommu_fault_alloc()
        cmd.size = UInt32(MemoryLayout<iommu_fault_alloc>.size)
        let e = ioctl(UInt(IOMMUD_IOMMU_FAULT_QUEUE_ALLOC), &cmd)
        return (cmd.out_fault_id, Int32(bitPattern: cmd.out_fault_fd), e)
    }

    /// `read()` on a descriptor of this kernel: the simulation's fault-queue
    /// read, or the real one.
    func readFile(_ fd: Int32, count: Int) -> Result<[UInt8], Errno> {
        if let sim = kernel as? SimulatedKernel { return sim.read(fd, count: count) }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, count) }
        guard n >= 0 else { return .failure(.current) }
        return .success(Array(bytes.prefix(n)))
    }

    /// `write()` on a descriptor of this kernel.
    func writeFile(_ fd: Int32, _ bytes: [UInt8]) -> Result<Int, Errno> {
        if let sim = kernel as? SimulatedKernel { return sim.write(fd, bytes) }
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, bytes.count) }
        guard n >= 0 else { return .failure(.current) }
        return .success(n)
    }

    /// `_test_cmd_trigger_iopf`: trigger a page request on `device`, read
    /// the fault from `faultFD` and answer it with success.
    func triggerIOPF(_ device: UInt32, faultFD: Int32) -> Errno? {
        var cmd = IOMMUTestCommand(op: .triggerIOPF)
        cmd[.triggerIOPFDeviceID] = device
        cmd[.triggerIOPFPASID] = 0x1
        cmd[.triggerIOPFGroupID] = 0x2
        cmd[.triggerIOPFPerm] = UInt32(IOMMU_PGFAULT_PERM_READ.rawValue | IOMMU_PGFAULT_PERM_WRITE.rawValue)
        cmd[.triggerIOPFAddress] = 0xdead_beaf
        if let e = testCmd(&cmd) { return e }
        guard case .success(let bytes) = readFile(faultFD, count: MemoryLayout<iommu_hwpt_pgfault>.size),
            bytes.count == MemoryLayout<iommu_hwpt_pgfault>.size
        else { return .EIO }
        let fault = bytes.withUnsafeBytes { $0.loadUnaligned(as: iommu_hwpt_pgfault.self) }
        var response = iommu_hwpt_page_response(cookie: fault.cookie, code: UInt32(IOMMUFD_PAGE_RESP_SUCCESS.rawValue))
        let out = withUnsafeBytes(of: &response) { Array($0) }
        guard case .success(let n) = writeFile(faultFD, out), n > 0 else { return .EIO }
        return nil
    }
}

// MARK: - Memory

/// Anonymous shared memory of `size` bytes at a `HUGEPAGE_SIZE`-aligned
/// address, standing in for the selftests' MAP_HUGETLB buffers: this host
/// has no hugetlbfs pages reserved, and nothing the cases check depends on
/// the CPU page size behind the buffer (the simulation's IO page choice
/// follows the addresses' alignment). Asks for transparent huge pages.
final class AlignedBuffer {
    let address: UInt64
    let size: UInt64

    init(size: UInt64, alignment: UInt64 = hugePageSize) throws {
        address = try mapAligned(size: size, alignment: alignment)
        _ = madvise(UnsafeMutableRawPointer(bitPattern: UInt(address)), Int(size), MADV_HUGEPAGE)
        self.size = size
    }

    /// Takes part of it away now, as the selftest's `munmap` does: the part
    /// is replaced (atomically, `MAP_FIXED`) by an inaccessible reservation,
    /// so pinning it fails with EFAULT as for unmapped memory, but the range
    /// stays this buffer's. A plain `munmap` would free the addresses, and a
    /// case running in parallel could map something there before the kernel
    /// is asked to pin them (the proving ground saw a MAP succeed that way).
    func unmap(offset: UInt64, length: UInt64) {
        let part = UnsafeMutableRawPointer(bitPattern: UInt(address + offset))
        let reserved = mmap(part, Int(length), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1, 0)
        if reserved != part { Issue.record("cannot replace part of the buffer: errno \(Glibc.errno)") }
    }

    deinit { munmap(UnsafeMutableRawPointer(bitPattern: UInt(address)), Int(size)) }
}

/// Bitmap helpers (the selftest's `set_bit` / `test_bit` on a byte address).
enum Bits {
    static func set(_ n: UInt64, at address: UInt64) {
        guard let byte = UnsafeMutablePointer<UInt8>(bitPattern: UInt(address + n / 8)) else { return }
        byte.pointee |= 1 << UInt8(n % 8)
    }

    static func test(_ n: UInt64, at address: UInt64) -> Bool {
        guard let byte = UnsafePointer<UInt8>(bitPattern: UInt(address + n / 8)) else { return false }
        return byte.pointee & (1 << UInt8(n % 8)) != 0
    }

    static func clear(_ bytes: UInt64, at address: UInt64) {
        UnsafeMutableRawPointer(bitPattern: UInt(address))?.initializeMemory(as: UInt8.self, repeating: 0,
                                                                              count: Int(bytes))
    }
}
