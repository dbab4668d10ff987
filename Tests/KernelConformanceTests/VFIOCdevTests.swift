// The VFIO cdev ioctls (reference §2.23–§2.26) on the simulated host's
// devices, and what they drive in the iommufd (§2.12–§2.15, §2.22): device
// binding, attach / replace / detach with automatic domains, HWPT_ALLOC and
// GET_HW_INFO on VT-d devices, dirty tracking fed by simulated DMA. No
// selftest covers these (the selftests use the mock driver); the expected
// answers are the reference's and, where it lists them, the real 6.12/7.2
// kernel's (real-kernel-vm.md §6.1). They need the simulated topology, so
// they run on the simulation only.

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import SimulatedKernel
import Testing

/// The default simulated host's devices.
enum HostDevice {
    /// 0000:17:00.0, behind dmar0 (dirty tracking), group 12.
    static let nic0 = "/dev/vfio/devices/vfio0"
    /// 0000:17:00.1, the same group.
    static let nic1 = "/dev/vfio/devices/vfio1"
    /// 0000:65:00.0, behind dmar0, group 30.
    static let nvme = "/dev/vfio/devices/vfio2"
    /// 0000:b1:00.0, behind dmar1 (no dirty tracking), group 45, PASID.
    static let gpu = "/dev/vfio/devices/vfio3"
    /// The mdev (no IOMMU).
    static let mdev = "/dev/vfio/devices/vfio4"
}

/// An iommufd with an IOAS on a simulated kernel, and helpers for VFIO
/// device descriptors opened on the same kernel.
final class CdevFixture {
    let kernel: SimulatedKernel
    let iommufd: IOMMUFDFixture
    let ioas: UInt32
    let buffer: TestBuffer

    init() throws {
        let kernel = SimulatedKernel()
        self.kernel = kernel
        iommufd = try IOMMUFDFixture(kernel: kernel)
        let (id, error) = iommufd.ioasAlloc()
        if let error { throw error }
        ioas = id
        buffer = try TestBuffer()
    }

    func open(_ path: String) throws -> Int32 { try kernel.open(path, flags: O_RDWR | O_CLOEXEC).get() }

    func ioctl<T>(_ fd: Int32, _ request: UInt, _ value: inout T) -> Errno? {
        let r = withUnsafeMutableBytes(of: &value) { kernel.ioctl(fd, request, $0.baseAddress) }
        if case .failure(let e) = r { return e }
        return nil
    }

    /// VFIO_DEVICE_BIND_IOMMUFD; the device id.
    func bind(_ device: Int32, iommufd: Int32? = nil, argsz: UInt32? = nil,
              flags: UInt32 = 0) -> (id: UInt32, error: Errno?) {
        var cmd = vfio_device_bind_iommufd()
        cmd.argsz = argsz ?? UInt32(MemoryLayout<vfio_device_bind_iommufd>.size)
        cmd.flags = flags
        cmd.iommufd = iommufd ?? self.iommufd.fd
        let e = ioctl(device, UInt(IOMMUD_VFIO_DEVICE_BIND_IOMMUFD), &cmd)
        return (cmd.out_devid, e)
    }

    /// VFIO_DEVICE_ATTACH_IOMMUFD_PT; `pt_id` afterwards.
    func attach(_ device: Int32, _ pt: UInt32, argsz: UInt32? = nil, flags: UInt32 = 0) -> (pt: UInt32, error: Errno?) {
        var cmd = vfio_device_attach_iommufd_pt()
        cmd.argsz = argsz ?? UInt32(MemoryLayout<vfio_device_attach_iommufd_pt>.size)
        cmd.flags = flags
        cmd.pt_id = pt
        let e = ioctl(device, UInt(IOMMUD_VFIO_DEVICE_ATTACH_IOMMUFD_PT), &cmd)
        return (cmd.pt_id, e)
    }

    /// VFIO_DEVICE_DETACH_IOMMUFD_PT.
    func detach(_ device: Int32, argsz: UInt32? = nil, flags: UInt32 = 0) -> Errno? {
        var cmd = vfio_device_detach_iommufd_pt()
        cmd.argsz = argsz ?? UInt32(MemoryLayout<vfio_device_detach_iommufd_pt>.size)
        cmd.flags = flags
        return ioctl(device, UInt(IOMMUD_VFIO_DEVICE_DETACH_IOMMUFD_PT), &cmd)
    }

    /// IOMMU_IOAS_IOVA_RANGES of the fixture's IOAS: the ranges and alignment.
    func ranges(_ ioas: UInt32? = nil) -> (ranges: [[UInt64]], alignment: UInt64) {
        var entries = [iommu_iova_range](repeating: iommu_iova_range(), count: 8)
        return entries.withUnsafeMutableBufferPointer { array in
            var cmd = iommu_ioas_iova_ranges()
            cmd.size = UInt32(MemoryLayout<iommu_ioas_iova_ranges>.size)
            cmd.ioas_id = ioas ?? self.ioas
            cmd.num_iovas = 8
            cmd.allowed_iovas = UInt64(UInt(bitPattern: array.baseAddress))
            _ = iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES), &cmd)
            return ((0..<Int(cmd.num_iovas)).map { [array[$0].start, array[$0].last] }, cmd.out_iova_alignment)
        }
    }
}

@Suite(.enabled(if: runningOnSimulation, "needs the simulated host's devices"))
struct VFIOCdevTests {
    /// Only the host's cdevs exist; every other ioctl before BIND → EINVAL
    /// (the cdev cannot be used until bound), as on the real kernel.
    @Test func unboundDeviceAnswersEINVAL() throws {
        let f = try CdevFixture()
        #expect(throws: Errno.ENOENT) { try f.open("/dev/vfio/devices/vfio9") }
        let dev = try f.open(HostDevice.nic0)
        #expect(f.attach(dev, f.ioas).error == .EINVAL)
        #expect(f.detach(dev) == .EINVAL)
        var info = vfio_device_info()
        info.argsz = UInt32(MemoryLayout<vfio_device_info>.size)
        #expect(f.ioctl(dev, UInt(IOMMUD_VFIO_DEVICE_GET_INFO), &info) == .EINVAL)
        #expect(throws: Never.self) { try f.kernel.close(dev).get() }
    }

    /// BIND_IOMMUFD's checks: argsz below 16, flags, a negative descriptor →
    /// EINVAL; a descriptor that is not open → EBADF; open but not an
    /// iommufd → EBADFD; success gives the next free id (after the IOAS);
    /// binding twice, or through a second descriptor of the device → EINVAL.
    @Test func bindRules() throws {
        let f = try CdevFixture()
        let dev = try f.open(HostDevice.nic0)
        #expect(f.bind(dev, argsz: 15).error == .EINVAL)
        #expect(f.bind(dev, flags: 1).error == .EINVAL)
        #expect(f.bind(dev, iommufd: -1).error == .EINVAL)
        #expect(f.bind(dev, iommufd: 9999).error == .EBADF)
        #expect(f.bind(dev, iommufd: dev).error == .EBADFD_)
        var pipes: [Int32] = [0, 0]
        try #require(pipe(&pipes) == 0)
        defer { close(pipes[0]); close(pipes[1]) }
        #expect(f.bind(dev, iommufd: pipes[0]).error == .EBADFD_)
        let bound = f.bind(dev)
        #expect(bound.error == nil)
        #expect(bound.id == 2)
        #expect(f.bind(dev).error == .EINVAL)
        let again = try f.open(HostDevice.nic0)
        #expect(f.bind(again).error == .EINVAL)
        // The DEVICE object is held by VFIO.
        #expect(f.iommufd.destroy(bound.id) == .EBUSY)
        _ = f.kernel.close(again)
        _ = f.kernel.close(dev)
        #expect(f.iommufd.destroy(bound.id) == .ENOENT, "closing the device unbinds it")
    }

    /// A group belongs to one iommufd: its other function binds to the same
    /// iommufd, not to another (EBUSY).
    @Test func groupOwnership() throws {
        let f = try CdevFixture()
        let other = try IOMMUFDFixture(kernel: f.kernel)
        let nic0 = try f.open(HostDevice.nic0), nic1 = try f.open(HostDevice.nic1)
        #expect(f.bind(nic0).error == nil)
        #expect(f.bind(nic1, iommufd: other.fd).error == .EBUSY)
        #expect(f.bind(nic1).error == nil)
        _ = f.kernel.close(nic0)
        _ = f.kernel.close(nic1)
        let again = try f.open(HostDevice.nic1)
        #expect(f.bind(again, iommufd: other.fd).error == nil, "released with its last device")
        _ = f.kernel.close(again)
    }

    /// GET_INFO: argsz below 16 → EINVAL; PCI|RESET, 9 regions, 5 IRQs;
    /// only min(argsz, 24) bytes are written.
    @Test func getInfo() throws {
        let f = try CdevFixture()
        let dev = try f.open(HostDevice.nvme)
        #expect(f.bind(dev).error == nil)
        var info = vfio_device_info()
        info.argsz = 15
        #expect(f.ioctl(dev, UInt(IOMMUD_VFIO_DEVICE_GET_INFO), &info) == .EINVAL)
        info.argsz = 16
        info.cap_offset = 0xdead
        #expect(f.ioctl(dev, UInt(IOMMUD_VFIO_DEVICE_GET_INFO), &info) == nil)
        #expect(info.flags == UInt32(VFIO_DEVICE_FLAGS_PCI | VFIO_DEVICE_FLAGS_RESET))
        #expect(info.num_regions == 9)
        #expect(info.num_irqs == 5)
        #expect(info.cap_offset == 0xdead, "beyond argsz is not written")
        _ = f.kernel.close(dev)
    }

    /// GET_HW_INFO on VT-d devices: type INTEL_VTD, 24 bytes (flags with the
    /// SPR17 erratum bit, cap, ecap), DIRTY_TRACKING only behind dmar0, the
    /// GPU's PASID width; an mdev's id is an ACCESS → ENOENT.
    @Test func hardwareInfo() throws {
        let f = try CdevFixture()
        let nic = try f.open(HostDevice.nic0), gpu = try f.open(HostDevice.gpu), mdev = try f.open(HostDevice.mdev)
        let nicID = f.bind(nic).id, gpuID = f.bind(gpu).id, mdevID = f.bind(mdev).id
        var data = [UInt8](repeating: 0xff, count: 64)
        try data.withUnsafeMutableBytes { raw in
            let address = UInt64(UInt(bitPattern: raw.baseAddress))
            let r = f.iommufd.getHWInfo(device: nicID, data: address, dataLength: 64)
            #expect(r.error == nil)
            #expect(r.info.out_data_type == UInt32(IOMMU_HW_INFO_TYPE_INTEL_VTD.rawValue))
            #expect(r.info.data_len == 24)
            #expect(r.info.out_capabilities == UInt64(IOMMU_HW_CAP_DIRTY_TRACKING.rawValue))
            #expect(r.info.out_max_pasid_log2 == 0)
            let dmar0 = try #require(f.kernel.iommus.first { $0.name == "dmar0" })
            #expect(raw.loadUnaligned(as: UInt32.self) == UInt32(IOMMU_HW_INFO_VTD_ERRATA_772415_SPR17.rawValue))
            #expect(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == dmar0.registers.capability)
            #expect(raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self) == dmar0.registers.extendedCapability)
            #expect(raw[24..<64].allSatisfy { $0 == 0 }, "the rest of the buffer is zeroed")
            let g = f.iommufd.getHWInfo(device: gpuID, data: address, dataLength: 24)
            #expect(g.error == nil)
            #expect(g.info.out_capabilities == 0, "dmar1 has no SLADS")
            #expect(g.info.out_max_pasid_log2 == 20)
        }
        #expect(f.iommufd.getHWInfo(device: mdevID, data: 0, dataLength: 0).error == .ENOENT)
        for fd in [nic, gpu, mdev] { _ = f.kernel.close(fd) }
    }

    /// HWPT_ALLOC for VT-d devices: DIRTY_TRACKING behind dmar0 works and
    /// behind dmar1 → EOPNOTSUPP; NEST_PARENT → EOPNOTSUPP (no NEST); data
    /// type VTD_S1 without data → EINVAL; an unknown flag → EOPNOTSUPP; an
    /// unknown device → ENOENT; a manual HWPT narrows the IOAS at once
    /// (aperture only: the MSI window comes with a device attach).
    @Test func hwptAllocOnVTd() throws {
        let f = try CdevFixture()
        let nic = try f.open(HostDevice.nic0), gpu = try f.open(HostDevice.gpu)
        let nicID = f.bind(nic).id, gpuID = f.bind(gpu).id
        let dirty = f.iommufd.hwptAlloc(device: nicID, pt: f.ioas, flags: hwptFlagDirtyTracking)
        #expect(dirty.error == nil)
        #expect(f.iommufd.hwptAlloc(device: gpuID, pt: f.ioas, flags: hwptFlagDirtyTracking).error == .EOPNOTSUPP)
        #expect(f.iommufd.hwptAlloc(device: nicID, pt: f.ioas, flags: hwptFlagNestParent).error == .EOPNOTSUPP)
        #expect(f.iommufd.hwptAlloc(device: nicID, pt: f.ioas,
                                    dataType: UInt32(IOMMU_HWPT_DATA_VTD_S1.rawValue)).error == .EINVAL)
        #expect(f.iommufd.hwptAlloc(device: nicID, pt: f.ioas, flags: 0x80).error == .EOPNOTSUPP)
        #expect(f.iommufd.hwptAlloc(device: 99, pt: f.ioas).error == .ENOENT)
        #expect(f.ranges().ranges == [[0, (1 << 48) - 1]])
        #expect(f.ranges().alignment == 4096)
        #expect(f.iommufd.destroy(f.ioas) == .EBUSY)
        #expect(f.iommufd.destroy(dirty.hwpt) == nil)
        #expect(f.ranges().ranges == [[0, UInt64.max]])
        for fd in [nic, gpu] { _ = f.kernel.close(fd) }
    }

    /// Attach to an IOAS makes an automatic HWPT (the next free id) and
    /// inserts the MSI window; a fixed map there → EINVAL; the HWPT and the
    /// IOAS are busy; a device behind the other VT-d unit shares the
    /// automatic HWPT; detach is idempotent and the automatic HWPT dies with
    /// its last device.
    @Test func attachToIOASSharesTheAutomaticDomain() throws {
        let f = try CdevFixture()
        let nic = try f.open(HostDevice.nic0), gpu = try f.open(HostDevice.gpu)
        #expect(f.bind(nic).error == nil)
        #expect(f.bind(gpu).error == nil)
        let a = f.attach(nic, f.ioas)
        #expect(a.error == nil)
        #expect(a.pt == 4, "IOAS 1, devices 2 and 3, then the automatic HWPT")
        let r = f.ranges()
        #expect(r.ranges == [[0, 0xfedf_ffff], [0xfef0_0000, (1 << 48) - 1]])
        #expect(r.alignment == 4096)
        #expect(f.iommufd.map(f.ioas, userVA: f.buffer.address, length: pageSize, iova: 0xfee0_0000).error == .EINVAL)
        #expect(f.iommufd.destroy(a.pt) == .EBUSY)
        #expect(f.iommufd.destroy(f.ioas) == .EBUSY)
        let b = f.attach(gpu, f.ioas)
        #expect(b.error == nil)
        #expect(b.pt == a.pt, "compatible units share one automatic HWPT")
        #expect(f.detach(nic) == nil)
        #expect(f.detach(nic) == nil, "detach is idempotent")
        #expect(f.iommufd.destroy(a.pt) == .EBUSY, "the GPU still uses it")
        #expect(f.detach(gpu) == nil)
        #expect(f.iommufd.destroy(a.pt) == .ENOENT, "gone with its last device")
        #expect(f.ranges().ranges == [[0, UInt64.max]])
        #expect(f.iommufd.destroy(f.ioas) == nil)
        for fd in [nic, gpu] { _ = f.kernel.close(fd) }
    }

    /// QEMU's automatic-domain helper on this host: HWPT_ALLOC with
    /// DIRTY_TRACKING for the dmar0 device, attach; the dmar1 device cannot
    /// use that HWPT (EINVAL, "try the next"), gets one without dirty
    /// tracking. A second ATTACH replaces; a manual HWPT survives detach.
    @Test func userspaceAutomaticDomains() throws {
        let f = try CdevFixture()
        let nic = try f.open(HostDevice.nic0), gpu = try f.open(HostDevice.gpu)
        let nicID = f.bind(nic).id, gpuID = f.bind(gpu).id
        let dirty = f.iommufd.hwptAlloc(device: nicID, pt: f.ioas, flags: hwptFlagDirtyTracking)
        try #require(dirty.error == nil)
        #expect(f.attach(nic, dirty.hwpt).pt == dirty.hwpt)
        #expect(f.attach(gpu, dirty.hwpt).error == .EINVAL)
        let plain = f.iommufd.hwptAlloc(device: gpuID, pt: f.ioas)
        try #require(plain.error == nil)
        #expect(f.attach(gpu, plain.hwpt).error == nil)
        // Replace: the NIC moves to the plain HWPT (dmar0 can use it).
        #expect(f.attach(nic, plain.hwpt).pt == plain.hwpt)
        #expect(f.iommufd.destroy(dirty.hwpt) == nil, "no longer used")
        #expect(f.detach(nic) == nil)
        #expect(f.detach(gpu) == nil)
        #expect(f.iommufd.destroy(plain.hwpt) == nil, "a manual HWPT survives detach until destroyed")
        for fd in [nic, gpu] { _ = f.kernel.close(fd) }
    }

    /// One group, one domain: its second function may attach only to the
    /// HWPT the first is on (EINVAL otherwise).
    @Test func groupSharesOneDomain() throws {
        let f = try CdevFixture()
        let nic0 = try f.open(HostDevice.nic0), nic1 = try f.open(HostDevice.nic1)
        let id0 = f.bind(nic0).id
        #expect(f.bind(nic1).error == nil)
        let a = f.iommufd.hwptAlloc(device: id0, pt: f.ioas)
        let b = f.iommufd.hwptAlloc(device: id0, pt: f.ioas)
        try #require(a.error == nil && b.error == nil)
        #expect(f.attach(nic0, a.hwpt).error == nil)
        #expect(f.attach(nic1, b.hwpt).error == .EINVAL)
        #expect(f.attach(nic1, a.hwpt).error == nil)
        // Replacing moves the whole group.
        #expect(f.attach(nic1, b.hwpt).error == nil)
        #expect(f.iommufd.destroy(a.hwpt) == nil, "no device of the group is on it any more")
        for fd in [nic0, nic1] { _ = f.kernel.close(fd) }
        #expect(f.iommufd.destroy(b.hwpt) == nil)
    }

    /// ATTACH's own checks: argsz below 12 or flags → EINVAL; missing pt →
    /// ENOENT; a pt of another kind (the device itself) → EINVAL; a mapping
    /// over the MSI window → EADDRINUSE on attach.
    @Test func attachRules() throws {
        let f = try CdevFixture()
        let nic = try f.open(HostDevice.nic0)
        let id = f.bind(nic).id
        #expect(f.attach(nic, f.ioas, argsz: 11).error == .EINVAL)
        #expect(f.attach(nic, f.ioas, flags: 1).error == .EINVAL)
        #expect(f.attach(nic, 99).error == .ENOENT)
        #expect(f.attach(nic, id).error == .EINVAL)
        #expect(f.detach(nic, argsz: 7) == .EINVAL)
        #expect(f.detach(nic, flags: 1) == .EINVAL)
        #expect(f.iommufd.map(f.ioas, userVA: f.buffer.address, length: pageSize, iova: 0xfee0_0000).error == nil)
        #expect(f.attach(nic, f.ioas).error == .EADDRINUSE)
        #expect(f.iommufd.unmap(f.ioas, iova: 0, length: .max).error == nil)
        #expect(f.attach(nic, f.ioas).error == nil)
        _ = f.kernel.close(nic)
    }

    /// An mdev binds as an ACCESS and attaches to an IOAS only (a HWPT →
    /// ENOENT); `pt_id` stays the IOAS; the IOAS needs PAGE_SIZE alignment
    /// and is busy while attached.
    @Test func mdevAttachesThroughAnAccess() throws {
        let f = try CdevFixture()
        let mdev = try f.open(HostDevice.mdev), nic = try f.open(HostDevice.nic0)
        let nicID = f.bind(nic).id
        let accessID = f.bind(mdev).id
        #expect(f.iommufd.destroy(accessID) == .EBUSY)
        let hwpt = f.iommufd.hwptAlloc(device: nicID, pt: f.ioas)
        try #require(hwpt.error == nil)
        #expect(f.attach(mdev, hwpt.hwpt).error == .ENOENT)
        #expect(f.iommufd.destroy(hwpt.hwpt) == nil)
        let a = f.attach(mdev, f.ioas)
        #expect(a.error == nil)
        #expect(a.pt == f.ioas)
        #expect(f.ranges().alignment == pageSize)
        #expect(f.iommufd.destroy(f.ioas) == .EBUSY)
        #expect(f.detach(mdev) == nil)
        #expect(f.ranges().alignment == 1)
        _ = f.kernel.close(mdev)
        #expect(f.iommufd.destroy(accessID) == .ENOENT)
        _ = f.kernel.close(nic)
    }

    /// A bound device keeps its iommufd alive after the iommufd's own
    /// descriptor is closed; closing the device then tears everything down
    /// and unpins.
    @Test func boundDeviceKeepsTheIOMMUFDAlive() throws {
        let f = try CdevFixture()
        let nic = try f.open(HostDevice.nic0)
        #expect(f.bind(nic).error == nil)
        #expect(f.iommufd.map(f.ioas, userVA: f.buffer.address, length: f.buffer.size, iova: 1 << 32).error == nil)
        #expect(f.attach(nic, f.ioas).error == nil)
        #expect(f.kernel.pinnedPageCount == Int(f.buffer.size / pageSize))
        #expect(f.iommufd.close() == nil)
        #expect(f.detach(nic) == nil, "the iommufd behind the device still exists")
        #expect(f.attach(nic, f.ioas).error == nil)
        _ = f.kernel.close(nic)
        #expect(f.kernel.pinnedPageCount == 0)
        #expect(f.kernel.openFileCount == 0)
    }

    /// Dirty tracking end to end: the dmar0 device on a DIRTY_TRACKING
    /// HWPT; DMA writes land in the buffer; with tracking on they set the
    /// bits of the pages written, read once (cleared) or kept (NO_CLEAR);
    /// with tracking off nothing is recorded and a read is EINVAL. DMA
    /// errors: not attached → EIO, unmapped → EFAULT, read-only → EPERM,
    /// unknown device → ENODEV.
    @Test func dmaWritesSetDirtyBits() throws {
        let f = try CdevFixture()
        let nic = try f.open(HostDevice.nic0)
        let nicID = f.bind(nic).id
        let name = "0000:17:00.0"
        #expect(throws: Errno.EIO) { try f.kernel.dmaWrite(device: name, iova: 0, length: 1) }
        #expect(throws: Errno.ENODEV) { try f.kernel.dmaWrite(device: "0000:00:00.0", iova: 0, length: 1) }
        let hwpt = f.iommufd.hwptAlloc(device: nicID, pt: f.ioas, flags: hwptFlagDirtyTracking)
        try #require(hwpt.error == nil)
        #expect(f.attach(nic, hwpt.hwpt).error == nil)
        let base: UInt64 = 1 << 32
        #expect(f.iommufd.map(f.ioas, userVA: f.buffer.address, length: f.buffer.size, iova: base).error == nil)
        #expect(f.iommufd.map(f.ioas, userVA: f.buffer.address, length: pageSize, iova: 2 << 32,
                              flags: UInt32(IOMMU_IOAS_MAP_READABLE.rawValue)).error == nil)

        // Tracking off: the write lands; VT-d refuses to read the dirty bits
        // (EINVAL, passed on since Linux 6.12.118), and the write is not
        // among them once tracking is on.
        try f.kernel.dmaWrite(device: name, iova: base + 10, bytes: [1, 2, 3])
        #expect(f.buffer.bytes(offset: 10, count: 3) == [1, 2, 3])
        var bitmap = [UInt64](repeating: 0, count: 1)
        func read(_ flags: UInt32 = 0, expecting expected: Errno? = nil) -> UInt64 {
            bitmap[0] = 0
            let e = bitmap.withUnsafeMutableBytes { raw in
                f.iommufd.getDirtyBitmap(hwpt.hwpt, length: f.buffer.size, iova: base, pageSize: pageSize,
                                         bitmap: UInt64(UInt(bitPattern: raw.baseAddress)), flags: flags)
            }
            #expect(e == expected)
            return bitmap[0]
        }
        #expect(read(expecting: .EINVAL) == 0)

        #expect(f.iommufd.setDirtyTracking(hwpt.hwpt, true) == nil)
        #expect(read() == 0)
        try f.kernel.dmaWrite(device: name, iova: base + pageSize * 3 + 100, length: pageSize, fill: 7)
        try f.kernel.dmaWrite(device: name, iova: base + pageSize * 9, bytes: [9])
        #expect(try f.kernel.dmaRead(device: name, iova: base + pageSize * 3 + 100, count: 2) == [7, 7])
        #expect(read(UInt32(IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR.rawValue)) == 0b10_0001_1000)
        #expect(read() == 0b10_0001_1000)
        #expect(read() == 0, "read and cleared")

        #expect(throws: Errno.EFAULT) { try f.kernel.dmaWrite(device: name, iova: 3 << 32, length: 1) }
        #expect(throws: Errno.EPERM) { try f.kernel.dmaWrite(device: name, iova: 2 << 32, length: 1) }
        #expect(try f.kernel.dmaRead(device: name, iova: (2 << 32) + 10, count: 3) == [1, 2, 3])
        let state = f.kernel.deviceStates.first { $0.device.sysfsName == name }
        #expect(state?.attachedTo == hwpt.hwpt)
        #expect(state?.objectID == nicID)
        #expect(state?.boundTo == f.iommufd.fd)
        _ = f.kernel.close(nic)
    }

    /// The default topology: two VT-d units (dmar0 with dirty tracking from
    /// SMTS + SLADS, dmar1 without), five devices, one of them an mdev.
    @Test func defaultTopology() {
        let kernel = SimulatedKernel()
        #expect(kernel.iommus.map(\.name) == ["dmar0", "dmar1"])
        #expect(kernel.iommus.map(\.dirtyTracking) == [true, false])
        let dmar0 = kernel.iommus[0].registers
        #expect(dmar0.extendedCapability & (1 << 45) != 0, "ECAP.SLADS")
        #expect(dmar0.extendedCapability & (1 << 43) != 0, "ECAP.SMTS")
        #expect(kernel.iommus[1].registers.extendedCapability & (1 << 45) == 0)
        #expect(dmar0.addressWidth == 48)
        #expect(dmar0.pageSizeBitmap == (1 << 12) | (1 << 21) | (1 << 30))
        #expect(dmar0.snoopControl && dmar0.interruptRemapping && !dmar0.nesting)
        #expect(kernel.devices.map(\.cdevPath) == (0..<5).map { "/dev/vfio/devices/vfio\($0)" })
        #expect(kernel.devices.map(\.iommu) == ["dmar0", "dmar0", "dmar0", "dmar1", nil])
        #expect(kernel.devices.filter(\.isEmulated).count == 1)
        #expect(kernel.deviceStates.allSatisfy { $0.boundTo == nil })
    }
}

@Suite struct FaultQueueTests {
    /// FAULT_QUEUE_ALLOC: flags → EOPNOTSUPP; the FAULT is busy while its
    /// descriptor is open; read and write sizes must be whole records
    /// (ESPIPE); an empty queue reads nothing; an IOPF on a mock device
    /// attached to a fault-capable nested HWPT arrives with its fields and
    /// the lowest free cookie (from 1); an unknown cookie → EINVAL.
    @Test func faultQueue() throws {
        let f = try IOASFixture(.mockDomain)
        let fd = f.iommufd
        var cmd = iommu_fault_alloc()
        cmd.size = UInt32(MemoryLayout<iommu_fault_alloc>.size)
        cmd.flags = 1
        #expect(fd.ioctl(UInt(IOMMUD_IOMMU_FAULT_QUEUE_ALLOC), &cmd) == .EOPNOTSUPP)
        let fault = fd.faultAlloc()
        try #require(fault.error == nil)
        #expect(fd.destroy(fault.id) == .EBUSY)
        let recordSize = MemoryLayout<iommu_hwpt_pgfault>.size
        #expect(fd.readFile(fault.fd, count: recordSize + 1) == .failure(.ESPIPE_))
        #expect(fd.readFile(fault.fd, count: recordSize) == .success([]))
        #expect(fd.writeFile(fault.fd, [0, 0, 0]) == .failure(.ESPIPE_))

        let parent = fd.hwptAlloc(device: f.deviceID, pt: f.ioas, flags: hwptFlagNestParent)
        var data = iotlbDefault
        let iopf = fd.hwptAllocNested(device: f.deviceID, parent: parent.hwpt, flags: hwptFlagFaultIDValid,
                                      faultID: fault.id, data: &data)
        try #require(iopf.error == nil)
        #expect(fd.destroy(fault.id) == .EBUSY)
        #expect(fd.mockDomainReplace(f.stdevID, iopf.hwpt).error == nil)

        var trigger = IOMMUTestCommand(op: .triggerIOPF)
        trigger[.triggerIOPFDeviceID] = f.deviceID
        trigger[.triggerIOPFPASID] = 5
        trigger[.triggerIOPFGroupID] = 6
        trigger[.triggerIOPFPerm] = UInt32(IOMMU_PGFAULT_PERM_WRITE.rawValue)
        trigger[.triggerIOPFAddress] = 0x1234_5000
        #expect(fd.testCmd(&trigger) == nil)
        let read = try fd.readFile(fault.fd, count: 2 * recordSize).get()
        #expect(read.count == recordSize)
        let record = read.withUnsafeBytes { $0.loadUnaligned(as: iommu_hwpt_pgfault.self) }
        #expect(record.flags == UInt32(IOMMU_PGFAULT_FLAGS_PASID_VALID.rawValue | IOMMU_PGFAULT_FLAGS_LAST_PAGE.rawValue))
        #expect(record.dev_id == f.deviceID)
        #expect(record.pasid == 5)
        #expect(record.grpid == 6)
        #expect(record.perm == UInt32(IOMMU_PGFAULT_PERM_WRITE.rawValue))
        #expect(record.addr == 0x1234_5000)
        #expect(record.cookie == 1, "cookies start at 1 (XA_FLAGS_ALLOC1)")
        var response = iommu_hwpt_page_response(cookie: 0, code: 0)
        #expect(fd.writeFile(fault.fd, withUnsafeBytes(of: &response) { Array($0) }) == .failure(.EINVAL))
        response.cookie = 1
        #expect(fd.writeFile(fault.fd, withUnsafeBytes(of: &response) { Array($0) }) == .success(8))

        #expect(fd.mockDomainReplace(f.stdevID, f.ioas).error == nil)
        #expect(fd.destroy(iopf.hwpt) == nil)
        #expect(fd.closeFile(fault.fd) == nil)
        #expect(fd.destroy(fault.id) == nil)
        f.teardown()
    }

    /// The fault descriptor is a real eventfd whose readability follows the
    /// queue, so a daemon can poll it.
    @Test(.enabled(if: runningOnSimulation)) func faultDescriptorPollsReadable() throws {
        let f = try IOASFixture(.mockDomain)
        let fd = f.iommufd
        let fault = fd.faultAlloc()
        let parent = fd.hwptAlloc(device: f.deviceID, pt: f.ioas, flags: hwptFlagNestParent)
        var data = iotlbDefault
        let iopf = fd.hwptAllocNested(device: f.deviceID, parent: parent.hwpt, flags: hwptFlagFaultIDValid,
                                      faultID: fault.id, data: &data)
        #expect(fd.mockDomainReplace(f.stdevID, iopf.hwpt).error == nil)
        func readable() -> Bool {
            var p = pollfd(fd: fault.fd, events: Int16(POLLIN), revents: 0)
            return poll(&p, 1, 0) == 1
        }
        #expect(!readable())
        var trigger = IOMMUTestCommand(op: .triggerIOPF)
        trigger[.triggerIOPFDeviceID] = f.deviceID
        #expect(fd.testCmd(&trigger) == nil)
        #expect(readable())
        _ = fd.readFile(fault.fd, count: MemoryLayout<iommu_hwpt_pgfault>.size)
        #expect(!readable())
        f.teardown()
    }
}
