#if canImport(Glibc)
import Glibc
#endif
import Posix
import Tracing

/// The operations of `IOMMU_TEST_CMD` (the kernel's `enum iommu_test_op`),
/// as far as Linux 6.12's selftest mock driver has them. Later operations
/// (vEVENTs, PASID attach, dma-buf) answer EOPNOTSUPP there.
public enum IOMMUTestOp: UInt32, Sendable, CaseIterable {
    /// Reserves an IOVA range of an IOAS with no owner. The corresponding C
    /// constant is `IOMMU_TEST_OP_ADD_RESERVED`.
    case addReserved = 1
    /// Creates a mock device, binds it and attaches it to an IOAS or HWPT.
    /// The corresponding C constant is `IOMMU_TEST_OP_MOCK_DOMAIN`.
    case mockDomain = 2
    /// Checks that a mock paging domain maps an IOVA range to a user buffer.
    /// The corresponding C constant is `IOMMU_TEST_OP_MD_CHECK_MAP`.
    case mdCheckMap = 3
    /// Checks the pin count of every page of a user buffer. The corresponding
    /// C constant is `IOMMU_TEST_OP_MD_CHECK_REFS`.
    case mdCheckRefs = 4
    /// Creates an in-kernel access on an IOAS, returned as a descriptor. The
    /// corresponding C constant is `IOMMU_TEST_OP_CREATE_ACCESS`.
    case createAccess = 5
    /// Unpins what one ACCESS_PAGES pinned. The corresponding C constant is
    /// `IOMMU_TEST_OP_DESTROY_ACCESS_PAGES`.
    case destroyAccessPages = 6
    /// Pins an IOVA range through an access. The corresponding C constant is
    /// `IOMMU_TEST_OP_ACCESS_PAGES`.
    case accessPages = 7
    /// Reads or writes an IOVA range through an access. The corresponding C
    /// constant is `IOMMU_TEST_OP_ACCESS_RW`.
    case accessRW = 8
    /// Sets the kernel's temporary batch-memory limit. The corresponding C
    /// constant is `IOMMU_TEST_OP_SET_TEMP_MEMORY_LIMIT`.
    case setTempMemoryLimit = 9
    /// Replaces what a mock device is attached to. The corresponding C
    /// constant is `IOMMU_TEST_OP_MOCK_DOMAIN_REPLACE`.
    case mockDomainReplace = 10
    /// Moves an access to another IOAS. The corresponding C constant is
    /// `IOMMU_TEST_OP_ACCESS_REPLACE_IOAS`.
    case accessReplaceIOAS = 11
    /// MOCK_DOMAIN with device flags. The corresponding C constant is
    /// `IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS`.
    case mockDomainFlags = 12
    /// Marks IO pages of a mock domain dirty from a bitmap. The corresponding
    /// C constant is `IOMMU_TEST_OP_DIRTY`.
    case dirty = 13
    /// Checks one IOTLB slot of a mock nested domain. The corresponding C
    /// constant is `IOMMU_TEST_OP_MD_CHECK_IOTLB`.
    case mdCheckIOTLB = 14
    /// Queues an IO page fault for a device. The corresponding C constant is
    /// `IOMMU_TEST_OP_TRIGGER_IOPF`.
    case triggerIOPF = 15
    /// Checks one cache slot of a mock device. The corresponding C constant
    /// is `IOMMU_TEST_OP_DEV_CHECK_CACHE`.
    case devCheckCache = 16
}

/// `struct iommu_test_cmd` (72 bytes, minimum size 68): the argument of
/// `IOMMU_TEST_CMD`. It lives in the kernel's `iommufd_test.h`, which the
/// uapi headers do not ship, so its layout is spelled out here:
/// `{0: size, 4: op, 8: id, 12: __reserved, 16: a 48-byte union, 64: last}`.
///
/// The union's members are reached through typed ``Field``s at their
/// absolute byte offsets (reference §3.1), e.g.
/// `command[.mockDomainOutHWPTID]`.
public struct IOMMUTestCommand: Sendable {
    /// `size`: `MemoryLayout<IOMMUTestCommand>.size` unless testing size rules.
    public var size: UInt32
    /// `op`: an ``IOMMUTestOp`` raw value.
    public var op: UInt32
    /// `id`: the object (or, for the access operations, the descriptor) the
    /// operation acts on.
    public var id: UInt32
    /// `__reserved` (never checked by the kernel).
    public var reserved: UInt32
    private var union: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
    /// `last`: marks the end of the fields the command was introduced with.
    public var last: UInt32
    private var padding: UInt32

    /// The end offset of `last`: the smallest size the kernel accepts.
    public static let minimumSize = 68

    /// A command for `op` on object `id`, all union fields zero.
    public init(op: IOMMUTestOp, id: UInt32 = 0) {
        size = UInt32(MemoryLayout<IOMMUTestCommand>.size)
        self.op = op.rawValue
        self.id = id
        reserved = 0
        union = (0, 0, 0, 0, 0, 0)
        last = 0
        padding = 0
    }

    /// A 32-bit field of the union, by its absolute offset.
    public struct Field32: Sendable, Hashable {
        /// Byte offset in the 72-byte struct.
        public let offset: Int
        public init(offset: Int) { self.offset = offset }
    }

    /// A 64-bit field of the union, by its absolute offset.
    public struct Field64: Sendable, Hashable {
        /// Byte offset in the 72-byte struct.
        public let offset: Int
        public init(offset: Int) { self.offset = offset }
    }

    /// Reads or writes a 32-bit union field. Offsets outside the struct read
    /// as 0 and are not written.
    public subscript(field: Field32) -> UInt32 {
        get {
            guard field.offset >= 0, field.offset + 4 <= MemoryLayout<Self>.size else { return 0 }
            return withUnsafeBytes(of: self) { $0.loadUnaligned(fromByteOffset: field.offset, as: UInt32.self) }
        }
        set {
            guard field.offset >= 0, field.offset + 4 <= MemoryLayout<Self>.size else { return }
            withUnsafeMutableBytes(of: &self) { $0.storeBytes(of: newValue, toByteOffset: field.offset, as: UInt32.self) }
        }
    }

    /// Reads or writes a 64-bit union field. Offsets outside the struct read
    /// as 0 and are not written.
    public subscript(field: Field64) -> UInt64 {
        get {
            guard field.offset >= 0, field.offset + 8 <= MemoryLayout<Self>.size else { return 0 }
            return withUnsafeBytes(of: self) { $0.loadUnaligned(fromByteOffset: field.offset, as: UInt64.self) }
        }
        set {
            guard field.offset >= 0, field.offset + 8 <= MemoryLayout<Self>.size else { return }
            withUnsafeMutableBytes(of: &self) { $0.storeBytes(of: newValue, toByteOffset: field.offset, as: UInt64.self) }
        }
    }
}

extension IOMMUTestCommand.Field32 {
    /// `mock_domain.out_stdev_id` (also of MOCK_DOMAIN_FLAGS).
    public static let mockDomainOutStdevID = Self(offset: 16)
    /// `mock_domain.out_hwpt_id`.
    public static let mockDomainOutHWPTID = Self(offset: 20)
    /// `mock_domain.out_idev_id`.
    public static let mockDomainOutDeviceID = Self(offset: 24)
    /// `mock_domain_flags.dev_flags` (``IOMMUSelftest/MockDeviceFlags``).
    public static let mockDomainFlagsDeviceFlags = Self(offset: 28)
    /// `check_refs.refs`.
    public static let checkRefsRefs = Self(offset: 32)
    /// `create_access.out_access_fd`.
    public static let createAccessOutFD = Self(offset: 16)
    /// `create_access.flags` (``IOMMUSelftest/AccessCreateFlags``).
    public static let createAccessFlags = Self(offset: 20)
    /// `destroy_access_pages.access_pages_id`.
    public static let destroyAccessPagesID = Self(offset: 16)
    /// `access_pages.flags` (``IOMMUSelftest/AccessPagesFlags``).
    public static let accessPagesFlags = Self(offset: 16)
    /// `access_pages.out_access_pages_id`.
    public static let accessPagesOutID = Self(offset: 20)
    /// `access_rw.flags` (``IOMMUSelftest/AccessRWFlags``).
    public static let accessRWFlags = Self(offset: 40)
    /// `memory_limit.limit`.
    public static let memoryLimit = Self(offset: 16)
    /// `mock_domain_replace.pt_id` (in: the target; out: the HWPT attached).
    public static let mockDomainReplacePTID = Self(offset: 16)
    /// `access_replace_ioas.ioas_id`.
    public static let accessReplaceIOASID = Self(offset: 16)
    /// `dirty.flags`.
    public static let dirtyFlags = Self(offset: 16)
    /// `check_iotlb.id`: the slot.
    public static let checkIOTLBID = Self(offset: 16)
    /// `check_iotlb.iotlb`: the expected value.
    public static let checkIOTLBValue = Self(offset: 20)
    /// `trigger_iopf.dev_id`.
    public static let triggerIOPFDeviceID = Self(offset: 16)
    /// `trigger_iopf.pasid`.
    public static let triggerIOPFPASID = Self(offset: 20)
    /// `trigger_iopf.grpid`.
    public static let triggerIOPFGroupID = Self(offset: 24)
    /// `trigger_iopf.perm`.
    public static let triggerIOPFPerm = Self(offset: 28)
    /// `check_dev_cache.id`: the slot.
    public static let checkCacheID = Self(offset: 16)
    /// `check_dev_cache.cache`: the expected value.
    public static let checkCacheValue = Self(offset: 20)
}

extension IOMMUTestCommand.Field64 {
    /// `add_reserved.start`.
    public static let addReservedStart = Self(offset: 16)
    /// `add_reserved.length`.
    public static let addReservedLength = Self(offset: 24)
    /// `check_map.iova`.
    public static let checkMapIOVA = Self(offset: 16)
    /// `check_map.length`.
    public static let checkMapLength = Self(offset: 24)
    /// `check_map.uptr`.
    public static let checkMapUptr = Self(offset: 32)
    /// `check_refs.length`.
    public static let checkRefsLength = Self(offset: 16)
    /// `check_refs.uptr`.
    public static let checkRefsUptr = Self(offset: 24)
    /// `access_pages.iova`.
    public static let accessPagesIOVA = Self(offset: 24)
    /// `access_pages.length`.
    public static let accessPagesLength = Self(offset: 32)
    /// `access_pages.uptr`.
    public static let accessPagesUptr = Self(offset: 40)
    /// `access_rw.iova`.
    public static let accessRWIOVA = Self(offset: 16)
    /// `access_rw.length`.
    public static let accessRWLength = Self(offset: 24)
    /// `access_rw.uptr`.
    public static let accessRWUptr = Self(offset: 32)
    /// `dirty.iova`.
    public static let dirtyIOVA = Self(offset: 24)
    /// `dirty.length`.
    public static let dirtyLength = Self(offset: 32)
    /// `dirty.page_size`.
    public static let dirtyPageSize = Self(offset: 40)
    /// `dirty.uptr`: the bitmap.
    public static let dirtyUptr = Self(offset: 48)
    /// `dirty.out_nr_dirty`.
    public static let dirtyOutCount = Self(offset: 56)
    /// `trigger_iopf.addr`.
    public static let triggerIOPFAddress = Self(offset: 32)
}

/// Constants of the selftest mock driver (`iommufd_test.h` and the
/// selftest's own), which the uapi headers do not ship.
public enum IOMMUSelftest {
    /// `IOMMU_TEST_CMD`: `_IO(';', 0xa0)`.
    public static let commandNumber: UInt = 0x3ba0
    /// `MOCK_APERTURE_START`: the first IOVA a mock paging domain translates.
    public static let apertureStart: UInt64 = 1 << 24
    /// `MOCK_APERTURE_LAST`: the last IOVA a mock paging domain translates.
    public static let apertureLast: UInt64 = (1 << 31) - 1
    /// `MOCK_PAGE_SIZE`: the mock's smallest IO page, half a CPU page.
    public static let pageSize = UInt64(sysconf(Int32(_SC_PAGESIZE))) / 2
    /// `MOCK_HUGE_PAGE_SIZE`: the IO page a device with
    /// ``MockDeviceFlags/hugeIOVA`` adds (512 mock pages).
    public static let hugePageSize = 512 * pageSize
    /// `IOMMU_HWPT_DATA_SELFTEST`: the mock's HWPT data type
    /// (`struct iommu_hwpt_selftest { u32 iotlb; }`).
    public static let hwptDataType: UInt32 = 0xdead
    /// `IOMMU_HW_INFO_TYPE_SELFTEST`: the mock's GET_HW_INFO type.
    public static let hwInfoType: UInt32 = 0xfeed_beef
    /// `IOMMU_HW_INFO_SELFTEST_REGVAL`: `iommu_test_hw_info.test_reg`.
    public static let hwInfoRegisterValue: UInt32 = 0xdead_beef
    /// `IOMMU_HWPT_INVALIDATE_DATA_SELFTEST`: the mock's invalidation type
    /// (entries `struct iommu_hwpt_invalidate_selftest { u32 flags; u32 iotlb_id; }`).
    public static let invalidateDataType: UInt32 = 0xdead_beef
    /// `IOMMU_HWPT_INVALIDATE_DATA_SELFTEST_INVALID`.
    public static let invalidateDataTypeInvalid: UInt32 = 0x0dad_beef
    /// `IOMMU_TEST_INVALIDATE_FLAG_ALL`: invalidate every IOTLB slot.
    public static let invalidateFlagAll: UInt32 = 1
    /// `IOMMU_TEST_IOTLB_DEFAULT`.
    public static let iotlbDefault: UInt32 = 0x0bad_beef
    /// `MOCK_NESTED_DOMAIN_IOTLB_ID_MAX`.
    public static let iotlbIDMax: UInt32 = 3
    /// `MOCK_NESTED_DOMAIN_IOTLB_NUM`.
    public static let iotlbCount = 4
    /// `IOMMU_TEST_DEV_CACHE_DEFAULT`.
    public static let deviceCacheDefault: UInt32 = 0xbaddad
    /// `MOCK_DEV_CACHE_ID_MAX`.
    public static let deviceCacheIDMax: UInt32 = 3
    /// `MOCK_DEV_CACHE_NUM`.
    public static let deviceCacheCount = 4
    /// `MOCK_PASID_WIDTH`: `out_max_pasid_log2` of a PASID-capable mock device.
    public static let pasidWidth: UInt8 = 20

    /// `dev_flags` of MOCK_DOMAIN_FLAGS; any other bit → EINVAL.
    public struct MockDeviceFlags: OptionSet, Sendable, Hashable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// The device cannot track dirty pages. The corresponding C constant
        /// is `MOCK_FLAGS_DEVICE_NO_DIRTY`.
        public static let noDirty = Self(rawValue: 1 << 0)
        /// The device's paging domains also have 1 MiB IO pages. The
        /// corresponding C constant is `MOCK_FLAGS_DEVICE_HUGE_IOVA`.
        public static let hugeIOVA = Self(rawValue: 1 << 1)
        /// The device has a 20-bit PASID. The corresponding C constant is
        /// `MOCK_FLAGS_DEVICE_PASID`.
        public static let pasid = Self(rawValue: 1 << 2)
    }

    /// `create_access.flags`.
    public struct AccessCreateFlags: OptionSet, Sendable, Hashable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// The access pins pages (ACCESS_PAGES), so it needs PAGE_SIZE
        /// alignment. The corresponding C constant is
        /// `MOCK_FLAGS_ACCESS_CREATE_NEEDS_PIN_PAGES`.
        public static let needsPinPages = Self(rawValue: 1 << 0)
    }

    /// `access_pages.flags`.
    public struct AccessPagesFlags: OptionSet, Sendable, Hashable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// Pin for writing. The corresponding C constant is `MOCK_FLAGS_ACCESS_WRITE`.
        public static let write = Self(rawValue: 1 << 0)
        /// Fuzzer addressing. The corresponding C constant is `MOCK_FLAGS_ACCESS_SYZ`.
        public static let syzkaller = Self(rawValue: 1 << 16)
    }

    /// `access_rw.flags`.
    public struct AccessRWFlags: OptionSet, Sendable, Hashable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// Write the IOVA range from the buffer (else read it into the
        /// buffer). The corresponding C constant is `MOCK_ACCESS_RW_WRITE`.
        public static let write = Self(rawValue: 1 << 0)
        /// Take the kernel's slow path. The corresponding C constant is
        /// `MOCK_ACCESS_RW_SLOW_PATH`.
        public static let slowPath = Self(rawValue: 1 << 2)
        /// Fuzzer addressing. The corresponding C constant is `MOCK_FLAGS_ACCESS_SYZ`.
        public static let syzkaller = Self(rawValue: 1 << 16)
    }
}

/// `IOMMU_TEST_CMD`: one operation of the kernel's selftest mock driver
/// (CONFIG_IOMMUFD_TEST kernels and the simulated kernel only; a distro
/// kernel answers ENOTTY). Build one with the static constructors; the
/// outputs of the operation are the typed accessors.
public struct TestCmd: IOMMUFDRequest {
    public static let number = IOMMUSelftest.commandNumber
    public static let minimumSize = IOMMUTestCommand.minimumSize
    public static let name = "IOMMU_TEST_CMD"
    public var uapi: IOMMUTestCommand

    /// A command for `op` on object `id`; set union fields through ``uapi``.
    public init(op: IOMMUTestOp, id: UInt32 = 0) { uapi = IOMMUTestCommand(op: op, id: id) }

    /// ADD_RESERVED: reserve `[start, start+length)` of `ioas`.
    public static func addReserved(ioas: IOASID, start: UInt64, length: UInt64) -> TestCmd {
        var cmd = TestCmd(op: .addReserved, id: ioas.rawValue)
        cmd.uapi[.addReservedStart] = start
        cmd.uapi[.addReservedLength] = length
        return cmd
    }

    /// MOCK_DOMAIN (or MOCK_DOMAIN_FLAGS when `flags` is not empty): a new
    /// mock device attached to `pt` (an IOAS or a HWPT).
    public static func mockDomain(pt: ObjectID, flags: IOMMUSelftest.MockDeviceFlags = []) -> TestCmd {
        var cmd = TestCmd(op: flags.isEmpty ? .mockDomain : .mockDomainFlags, id: pt.rawValue)
        cmd.uapi[.mockDomainFlagsDeviceFlags] = flags.rawValue
        return cmd
    }

    /// MOCK_DOMAIN_REPLACE: move the mock device `stdev` to `pt`.
    public static func mockDomainReplace(stdev: ObjectID, pt: ObjectID) -> TestCmd {
        var cmd = TestCmd(op: .mockDomainReplace, id: stdev.rawValue)
        cmd.uapi[.mockDomainReplacePTID] = pt.rawValue
        return cmd
    }

    /// MD_CHECK_MAP: `hwpt` maps `[iova, iova+length)` to the caller's memory
    /// at `userAddress`.
    public static func checkMap(hwpt: HWPTID, iova: UInt64, length: UInt64, userAddress: UInt64) -> TestCmd {
        var cmd = TestCmd(op: .mdCheckMap, id: hwpt.rawValue)
        cmd.uapi[.checkMapIOVA] = iova
        cmd.uapi[.checkMapLength] = length
        cmd.uapi[.checkMapUptr] = userAddress
        return cmd
    }

    /// MD_CHECK_REFS: every page of `[userAddress, userAddress+length)` is
    /// pinned `refs` times.
    public static func checkRefs(userAddress: UInt64, length: UInt64, refs: UInt32) -> TestCmd {
        var cmd = TestCmd(op: .mdCheckRefs)
        cmd.uapi[.checkRefsLength] = length
        cmd.uapi[.checkRefsUptr] = userAddress
        cmd.uapi[.checkRefsRefs] = refs
        return cmd
    }

    /// CREATE_ACCESS on `ioas`; the access descriptor is ``accessFD``.
    public static func createAccess(ioas: IOASID, flags: IOMMUSelftest.AccessCreateFlags = []) -> TestCmd {
        var cmd = TestCmd(op: .createAccess, id: ioas.rawValue)
        cmd.uapi[.createAccessFlags] = flags.rawValue
        return cmd
    }

    /// ACCESS_PAGES: pin `[iova, iova+length)` through the access descriptor
    /// `accessFD`; `userAddress` (0 to skip the check) must be the memory
    /// behind it. The item is ``accessPagesID``.
    public static func accessPages(accessFD: Int32, iova: UInt64, length: UInt64, userAddress: UInt64,
                                   flags: IOMMUSelftest.AccessPagesFlags = []) -> TestCmd {
        var cmd = TestCmd(op: .accessPages, id: UInt32(bitPattern: accessFD))
        cmd.uapi[.accessPagesFlags] = flags.rawValue
        cmd.uapi[.accessPagesIOVA] = iova
        cmd.uapi[.accessPagesLength] = length
        cmd.uapi[.accessPagesUptr] = userAddress
        return cmd
    }

    /// DESTROY_ACCESS_PAGES: unpin item `pagesID` of `accessFD`.
    public static func destroyAccessPages(accessFD: Int32, pagesID: UInt32) -> TestCmd {
        var cmd = TestCmd(op: .destroyAccessPages, id: UInt32(bitPattern: accessFD))
        cmd.uapi[.destroyAccessPagesID] = pagesID
        return cmd
    }

    /// ACCESS_RW: copy `length` bytes between `[iova, …)` and the caller's
    /// memory at `userAddress`.
    public static func accessRW(accessFD: Int32, iova: UInt64, length: UInt64, userAddress: UInt64,
                                flags: IOMMUSelftest.AccessRWFlags = []) -> TestCmd {
        var cmd = TestCmd(op: .accessRW, id: UInt32(bitPattern: accessFD))
        cmd.uapi[.accessRWIOVA] = iova
        cmd.uapi[.accessRWLength] = length
        cmd.uapi[.accessRWUptr] = userAddress
        cmd.uapi[.accessRWFlags] = flags.rawValue
        return cmd
    }

    /// SET_TEMP_MEMORY_LIMIT (the selftest's default is 65536).
    public static func setTempMemoryLimit(_ limit: UInt32) -> TestCmd {
        var cmd = TestCmd(op: .setTempMemoryLimit)
        cmd.uapi[.memoryLimit] = limit
        return cmd
    }

    /// ACCESS_REPLACE_IOAS: move the access `accessFD` to `ioas`.
    public static func accessReplaceIOAS(accessFD: Int32, ioas: IOASID) -> TestCmd {
        var cmd = TestCmd(op: .accessReplaceIOAS, id: UInt32(bitPattern: accessFD))
        cmd.uapi[.accessReplaceIOASID] = ioas.rawValue
        return cmd
    }

    /// DIRTY: for every set bit i of the bitmap at `bitmapAddress`, mark the
    /// IO page holding `iova + i × pageSize` of `hwpt` dirty.
    public static func dirty(hwpt: HWPTID, iova: UInt64, length: UInt64, pageSize: UInt64,
                             bitmapAddress: UInt64) -> TestCmd {
        var cmd = TestCmd(op: .dirty, id: hwpt.rawValue)
        cmd.uapi[.dirtyIOVA] = iova
        cmd.uapi[.dirtyLength] = length
        cmd.uapi[.dirtyPageSize] = pageSize
        cmd.uapi[.dirtyUptr] = bitmapAddress
        return cmd
    }

    /// MD_CHECK_IOTLB: slot `slot` of the nested mock HWPT holds `expected`.
    public static func checkIOTLB(hwpt: HWPTID, slot: UInt32, expected: UInt32) -> TestCmd {
        var cmd = TestCmd(op: .mdCheckIOTLB, id: hwpt.rawValue)
        cmd.uapi[.checkIOTLBID] = slot
        cmd.uapi[.checkIOTLBValue] = expected
        return cmd
    }

    /// DEV_CHECK_CACHE: cache slot `slot` of mock device `device` holds `expected`.
    public static func checkDeviceCache(device: DeviceID, slot: UInt32, expected: UInt32) -> TestCmd {
        var cmd = TestCmd(op: .devCheckCache, id: device.rawValue)
        cmd.uapi[.checkCacheID] = slot
        cmd.uapi[.checkCacheValue] = expected
        return cmd
    }

    /// TRIGGER_IOPF: the device raises a page request (queued on the FAULT
    /// of the HWPT it is attached to).
    public static func triggerIOPF(device: DeviceID, pasid: UInt32, groupID: UInt32, perm: UInt32,
                                   address: UInt64) -> TestCmd {
        var cmd = TestCmd(op: .triggerIOPF)
        cmd.uapi[.triggerIOPFDeviceID] = device.rawValue
        cmd.uapi[.triggerIOPFPASID] = pasid
        cmd.uapi[.triggerIOPFGroupID] = groupID
        cmd.uapi[.triggerIOPFPerm] = perm
        cmd.uapi[.triggerIOPFAddress] = address
        return cmd
    }

    /// The selftest object of a new mock device (MOCK_DOMAIN).
    public var stdev: ObjectID { ObjectID(rawValue: uapi[.mockDomainOutStdevID]) }
    /// The HWPT the mock device was attached to (MOCK_DOMAIN), or the HWPT
    /// after a replace (MOCK_DOMAIN_REPLACE).
    public var hwpt: HWPTID {
        let op = IOMMUTestOp(rawValue: uapi.op)
        return HWPTID(rawValue: op == .mockDomainReplace ? uapi[.mockDomainReplacePTID] : uapi[.mockDomainOutHWPTID])
    }
    /// The DEVICE object of a new mock device (MOCK_DOMAIN).
    public var device: DeviceID { DeviceID(rawValue: uapi[.mockDomainOutDeviceID]) }
    /// The access descriptor (CREATE_ACCESS).
    public var accessFD: Int32 { Int32(bitPattern: uapi[.createAccessOutFD]) }
    /// The pinned item (ACCESS_PAGES).
    public var accessPagesID: UInt32 { uapi[.accessPagesOutID] }
    /// How many IO pages were marked dirty (DIRTY).
    public var dirtyCount: UInt64 { uapi[.dirtyOutCount] }

    /// Fires `iommufd_backend_test_cmd` (iommud's event; `ret` is 0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_test_cmd(iommufd: fd, op: uapi.op, id: uapi.id, ret: result.negativeErrno)
    }
}
