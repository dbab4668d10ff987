#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import SimulatedKernel
import Testing

/// The legacy VFIO container (`/dev/vfio/vfio`) with the type1 backend and
/// the group descriptors (`/dev/vfio/<N>`), reference §5.1, through the
/// typed requests. The default simulated host: groups 12 (0000:17:00.0 and
/// .1) and 30 (0000:65:00.0) behind dmar0, group 45 (0000:b1:00.0) behind
/// dmar1; the mdev has no group.
///
/// These run on the simulated kernel only: the conformance machines have
/// no VFIO groups to spare.
@Suite struct VFIOLegacyContainerTests: KernelErrnoChecking {
    /// A raw ioctl on `fd` with `value`'s bytes; the errno or nil.
    func raw<T>(_ kernel: SimulatedKernel, _ fd: Int32, _ request: UInt, _ value: inout T) -> Errno? {
        let result = withUnsafeMutableBytes(of: &value) { kernel.ioctl(fd, request, $0.baseAddress) }
        if case .failure(let e) = result { return e }
        return nil
    }

    // MARK: Container before VFIO_SET_IOMMU

    @Test func apiVersionAndExtensionsBeforeSetIOMMU() throws {
        let kernel = SimulatedKernel()
        let container = try VFIOContainer(kernel: kernel)
        var version = VFIOGetAPIVersion()
        #expect(try container.perform(&version) == 0)
        #expect(version.version == VFIO_API_VERSION)
        for (ext, answer) in [(VFIOExtension.type1, true), (.type1v2, true), (.unmapAll, true),
                              (.updateVaddr, false), (.dmaCoherent, false), (.noIOMMU, false),
                              (VFIOExtension(rawValue: 42), false)] {
            var check = VFIOCheckExtension(ext)
            try container.perform(&check)
            #expect(check.supported == answer, "extension \(ext.rawValue)")
        }
        // Everything else needs the backend: EINVAL, not ENOTTY.
        var info = VFIOIOMMUGetInfo()
        #expect(errno { try container.perform(&info) } == .EINVAL)
        let buffer = try TestBuffer()
        var map = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: 0x10_0000, size: pageSize)
        #expect(errno { try container.perform(&map) } == .EINVAL)
        var start = VFIOIOMMUDirtyPages.start()
        #expect(errno { try container.perform(&start) } == .EINVAL)
        #expect(kernel.ioctl(container.fd, ioNumber(99), nil) == .failure(.EINVAL))
    }

    @Test func setIOMMURules() throws {
        let kernel = SimulatedKernel()
        let container = try VFIOContainer(kernel: kernel)
        var noGroup = VFIOSetIOMMU(.type1v2)
        #expect(errno { try container.perform(&noGroup) } == .EINVAL, "no group in the container")
        let group = try VFIOGroup(kernel: kernel, group: 12)
        try group.setContainer(container)
        var unknown = VFIOSetIOMMU(VFIOExtension(rawValue: 42))
        #expect(errno { try container.perform(&unknown) } == .ENODEV, "no backend offers it")
        var coherent = VFIOSetIOMMU(.dmaCoherent)
        #expect(errno { try container.perform(&coherent) } == .ENODEV, "CHECK_EXTENSION(DMA_CC) is 0 without a backend")
        var unmapAll = VFIOSetIOMMU(.unmapAll)
        #expect(errno { try container.perform(&unmapAll) } == .EINVAL, "type1 claims it but cannot open it")
        #expect(kernel.legacyContainer(container.fd)?.type1v2 == nil)
        var v2 = VFIOSetIOMMU(.type1v2)
        try container.perform(&v2)
        #expect(kernel.legacyContainer(container.fd)?.type1v2 == true)
        var again = VFIOSetIOMMU(.type1v2)
        #expect(errno { try container.perform(&again) } == .EINVAL, "a backend is already set")
        for (ext, answer) in [(VFIOExtension.updateVaddr, true), (.dmaCoherent, true), (.type1, true)] {
            var check = VFIOCheckExtension(ext)
            try container.perform(&check)
            #expect(check.supported == answer, "extension \(ext.rawValue)")
        }
        #expect(kernel.ioctl(container.fd, ioNumber(99), nil) == .failure(.ENOTTY), "the backend's own default")
    }

    // MARK: Groups

    @Test func groupOpenAndStatus() throws {
        let kernel = SimulatedKernel()
        #expect(kernel.legacyGroupNumbers == [12, 30, 45], "the mdev has no group")
        #expect(errno { _ = try VFIOGroup(kernel: kernel, group: 99) } == .ENOENT)
        let group = try VFIOGroup(kernel: kernel, group: 12)
        #expect(errno { _ = try VFIOGroup(kernel: kernel, group: 12) } == .EBUSY, "one open at a time")

        var status = VFIOGroupGetStatus()
        try group.perform(&status)
        #expect(status.flags == [.viable])
        var short = vfio_group_status(argsz: 4, flags: 0)
        #expect(raw(kernel, group.fd, UInt(IOMMUD_VFIO_GROUP_GET_STATUS), &short) == .EINVAL)
        #expect(kernel.ioctl(group.fd, ioNumber(99), nil) == .failure(.ENOTTY))

        var notOpen = VFIOGroupSetContainer(container: 987_654)
        #expect(errno { try group.perform(&notOpen) } == .EBADF)
        let iommufd = try IOMMUFD(kernel: kernel)
        var notContainer = VFIOGroupSetContainer(container: iommufd.fd)
        #expect(errno { try group.perform(&notContainer) } == .EBADFD_)
        var unsetNothing = VFIOGroupUnsetContainer()
        #expect(errno { try group.perform(&unsetNothing) } == .EINVAL)

        let container = try VFIOContainer(kernel: kernel)
        try group.setContainer(container)
        try group.perform(&status)
        #expect(status.flags == [.viable, .containerSet])
        #expect(errno { try group.setContainer(container) } == .EINVAL, "already in a container")
        var unset = VFIOGroupUnsetContainer()
        try group.perform(&unset)
        try group.perform(&status)
        #expect(status.flags == [.viable])
        #expect(kernel.legacyContainer(container.fd)?.groups == [])
    }

    @Test func getDeviceFD() throws {
        let kernel = SimulatedKernel()
        let container = try VFIOContainer(kernel: kernel)
        let group = try VFIOGroup(kernel: kernel, group: 12)
        var early = VFIOGroupGetDeviceFD(name: "0000:17:00.0")
        #expect(errno { try group.perform(&early) } == .EINVAL, "not in a container")
        try group.setContainer(container)
        #expect(errno { try group.perform(&early) } == .EINVAL, "no backend yet")
        var set = VFIOSetIOMMU(.type1v2)
        try container.perform(&set)

        var unknown = VFIOGroupGetDeviceFD(name: "0000:00:00.0")
        #expect(errno { try group.perform(&unknown) } == .ENODEV)
        var otherGroup = VFIOGroupGetDeviceFD(name: "0000:65:00.0")
        #expect(errno { try group.perform(&otherGroup) } == .ENODEV, "a device of group 30")

        var device = try group.openDevice("0000:17:00.1")
        var info = VFIODeviceGetInfo()
        try device.perform(&info)
        #expect(info.flags == [.pci, .reset])
        #expect(info.regionCount == 9 && info.irqCount == 5)
        var bind = VFIODeviceBindIOMMUFD(iommufd: try IOMMUFD(kernel: kernel))
        #expect(errno { try device.perform(&bind) } == .EINVAL, "BIND is for cdev descriptors")
        var second = try group.openDevice("0000:17:00.1")
        try second.perform(&info)

        var unset = VFIOGroupUnsetContainer()
        #expect(errno { try group.perform(&unset) } == .EBUSY, "device descriptors are open")
        device.close()
        second.close()
        try group.perform(&unset)
    }

    // MARK: Multi-domain

    /// Groups behind dmar0 and dmar1 get a domain each; a mapping made
    /// before the second group joined is replayed into its domain (the
    /// second device reads what the first wrote); a second group behind
    /// dmar0 joins the first domain; the pages are pinned and accounted once.
    @Test func domainPerUnitWithReplayAndAccountingOnce() throws {
        let kernel = SimulatedKernel()
        let buffer = try TestBuffer()
        let iova: UInt64 = 0x10_0000, length = 4 * pageSize
        let f = try LegacyFixture(kernel, groups: [12])
        var map = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: iova, size: length)
        try f.perform(&map)
        try kernel.dmaWrite(device: "0000:17:00.0", iova: iova + pageSize, bytes: Array("type1".utf8))
        #expect(buffer.bytes(offset: pageSize, count: 5) == Array("type1".utf8))
        #expect(throws: Errno.EIO) { try kernel.dmaRead(device: "0000:b1:00.0", iova: iova, count: 1) }

        let gpu = try VFIOGroup(kernel: kernel, group: 45)
        try gpu.join(f.container)
        #expect(kernel.legacyContainer(f.container)?.domains == [[12], [45]], "dmar1 cannot share dmar0's domain")
        #expect(try kernel.dmaRead(device: "0000:b1:00.0", iova: iova + pageSize, count: 5) == Array("type1".utf8),
                "the mapping was replayed into the new domain")

        let nvme = try VFIOGroup(kernel: kernel, group: 30)
        try nvme.join(f.container)
        #expect(kernel.legacyContainer(f.container)?.domains == [[12, 30], [45]], "same unit: same domain")
        #expect(try kernel.dmaRead(device: "0000:65:00.0", iova: iova + pageSize, count: 5) == Array("type1".utf8))

        let state = try #require(kernel.legacyContainer(f.container))
        #expect(state.accountedPages == 4, "accounted once per mapping, not per domain")
        #expect(kernel.pinnedPageCount == 4)
        let iommufd = try IOMMUFD(kernel: kernel)
        var once = TestCmd.checkRefs(userAddress: buffer.address, length: length, refs: 1)
        try iommufd.perform(&once)
        var twice = TestCmd.checkRefs(userAddress: buffer.address, length: length, refs: 2)
        #expect(throws: KernelError.self) { try iommufd.perform(&twice) }

        // A mapping made now reaches every domain.
        var later = VFIOIOMMUMapDMA(vaddr: buffer.address + 8 * pageSize, iova: 0x40_0000, size: pageSize)
        try f.perform(&later)
        try kernel.dmaWrite(device: "0000:b1:00.0", iova: 0x40_0000, bytes: [0xa5])
        #expect(try kernel.dmaRead(device: "0000:17:00.1", iova: 0x40_0000, count: 1) == [0xa5])
        #expect(kernel.legacyContainer(f.container)?.accountedPages == 5)

        // Leaving: the dmar1 domain goes with its group.
        var unset = VFIOGroupUnsetContainer()
        try gpu.perform(&unset)
        #expect(kernel.legacyContainer(f.container)?.domains == [[12, 30]])
        #expect(throws: Errno.EIO) { try kernel.dmaRead(device: "0000:b1:00.0", iova: iova, count: 1) }
    }

    /// Type1's attach checks on a host with a 39-bit unit and a device with
    /// an RMRR: a mapping outside the new aperture or on a reserved region
    /// refuses the group (EINVAL); a unit without interrupt remapping →
    /// EPERM; nothing changes.
    @Test func attachRefusals() throws {
        var narrow = VTdRegisters.sapphireRapidsLike(slads: false)
        narrow.addressWidth = 39
        var noIR = VTdRegisters.sapphireRapidsLike(slads: false)
        noIR.interruptRemapping = false
        let host = SimulatedHost(
            iommus: [SimulatedIOMMU(name: "dmar0", registers: .sapphireRapidsLike()),
                     SimulatedIOMMU(name: "dmar1", registers: narrow),
                     SimulatedIOMMU(name: "dmar2", registers: noIR)],
            devices: [
                SimulatedDevice(sysfsName: "0000:01:00.0", cdevPath: "/dev/vfio/devices/vfio0", iommu: "dmar0", group: 1),
                SimulatedDevice(sysfsName: "0000:02:00.0", cdevPath: "/dev/vfio/devices/vfio1", iommu: "dmar1", group: 2),
                SimulatedDevice(sysfsName: "0000:03:00.0", cdevPath: "/dev/vfio/devices/vfio2", iommu: "dmar0", group: 3,
                                reservedRegions: [0x20_0000...0x2f_ffff]),
                SimulatedDevice(sysfsName: "0000:04:00.0", cdevPath: "/dev/vfio/devices/vfio3", iommu: "dmar2", group: 4),
            ])
        let kernel = SimulatedKernel(host: host)
        let buffer = try TestBuffer()
        let f = try LegacyFixture(kernel, groups: [1])
        var high = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: 1 << 40, size: pageSize)
        try f.perform(&high)
        var rmrr = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: 0x20_0000, size: pageSize)
        try f.perform(&rmrr)

        let narrowGroup = try VFIOGroup(kernel: kernel, group: 2)
        #expect(errno { try narrowGroup.join(f.container) } == .EINVAL, "aperture would exclude a mapping")
        let reserved = try VFIOGroup(kernel: kernel, group: 3)
        #expect(errno { try reserved.join(f.container) } == .EINVAL, "RMRR overlaps a mapping")
        let unsafe = try VFIOGroup(kernel: kernel, group: 4)
        #expect(errno { try unsafe.join(f.container) } == .EPERM, "interrupts not isolated")
        #expect(kernel.legacyContainer(f.container)?.groups == [1])
        var status = VFIOGroupGetStatus()
        try reserved.perform(&status)
        #expect(status.flags == [.viable], "a refused group is left out")

        // Without the offending mappings both join; the 39-bit unit narrows the list.
        var unmapAll = VFIOIOMMUUnmapDMA(iova: 0, size: 0, flags: [.all])
        try f.perform(&unmapAll)
        try narrowGroup.join(f.container)
        try reserved.join(f.container)
        var info = VFIOIOMMUGetInfo()
        try f.perform(&info)
        let ranges = try #require(info.iovaRanges)
        #expect(ranges == [0...0x1f_ffff, 0x30_0000...0xfedf_ffff, 0xfef0_0000...(1 << 39) - 1])
        #expect(kernel.legacyContainer(f.container)?.domains == [[1, 3], [2]])
    }

    // MARK: MAP_DMA

    @Test func mapDMARules() throws {
        let kernel = SimulatedKernel()
        let buffer = try TestBuffer()
        let f = try LegacyFixture(kernel, groups: [12])
        let va = buffer.address, iova: UInt64 = 0x10_0000

        var short = VFIOIOMMUMapDMA(vaddr: va, iova: iova, size: pageSize)
        short.uapi.argsz = 31
        #expect(errno { try f.perform(&short) } == .EINVAL)
        var unknownFlag = VFIOIOMMUMapDMA(flags: VFIODMAMapFlags(rawValue: 8), vaddr: va, iova: iova, size: pageSize)
        #expect(errno { try f.perform(&unknownFlag) } == .EINVAL)
        var empty = VFIOIOMMUMapDMA(vaddr: va, iova: iova, size: 0)
        #expect(errno { try f.perform(&empty) } == .EINVAL)
        var noProt = VFIOIOMMUMapDMA(flags: [], vaddr: va, iova: iova, size: pageSize)
        #expect(errno { try f.perform(&noProt) } == .EINVAL, "type1 refuses flags 0 (iommufd's compat does not)")
        var both = VFIOIOMMUMapDMA(flags: [.read, .vaddr], vaddr: va, iova: iova, size: pageSize)
        #expect(errno { try f.perform(&both) } == .EINVAL)
        var unaligned = VFIOIOMMUMapDMA(vaddr: va + 1, iova: iova, size: pageSize)
        #expect(errno { try f.perform(&unaligned) } == .EINVAL)
        var unalignedIOVA = VFIOIOMMUMapDMA(vaddr: va, iova: iova + 512, size: pageSize)
        #expect(errno { try f.perform(&unalignedIOVA) } == .EINVAL)
        var wrap = VFIOIOMMUMapDMA(vaddr: va, iova: UInt64.max - pageSize + 1, size: 2 * pageSize)
        #expect(errno { try f.perform(&wrap) } == .EOVERFLOW)
        var msi = VFIOIOMMUMapDMA(vaddr: va, iova: 0xfee0_0000, size: pageSize)
        #expect(errno { try f.perform(&msi) } == .EINVAL, "the MSI window is not in the IOVA list")
        var beyond = VFIOIOMMUMapDMA(vaddr: va, iova: 1 << 48, size: pageSize)
        #expect(errno { try f.perform(&beyond) } == .EINVAL, "outside the 48-bit aperture")
        let unreadable = try TestBuffer(protection: PROT_NONE)
        var fault = VFIOIOMMUMapDMA(vaddr: unreadable.address, iova: iova, size: pageSize)
        #expect(errno { try f.perform(&fault) } == .EFAULT)
        #expect(kernel.pinnedPageCount == 0 && kernel.legacyContainer(f.container)?.mappings == [])

        var good = VFIOIOMMUMapDMA(flags: [.read], vaddr: va, iova: iova, size: 2 * pageSize)
        try f.perform(&good)
        var overlap = VFIOIOMMUMapDMA(vaddr: va, iova: iova + pageSize, size: 2 * pageSize)
        #expect(errno { try f.perform(&overlap) } == .EEXIST)
        #expect(throws: Errno.EPERM) { try kernel.dmaWrite(device: "0000:17:00.0", iova: iova, bytes: [1]) }

        // VADDR: only a mapping whose vaddr was invalidated, exactly.
        var newVA = VFIOIOMMUMapDMA(flags: [.vaddr], vaddr: va + 4 * pageSize, iova: 0x80_0000, size: 2 * pageSize)
        #expect(errno { try f.perform(&newVA) } == .ENOENT)
        newVA = VFIOIOMMUMapDMA(flags: [.vaddr], vaddr: va + 4 * pageSize, iova: iova, size: 2 * pageSize)
        #expect(errno { try f.perform(&newVA) } == .EINVAL, "vaddr not invalidated")
        var invalidate = VFIOIOMMUUnmapDMA(iova: iova, size: 2 * pageSize, flags: [.vaddr])
        try f.perform(&invalidate)
        #expect(invalidate.unmapped == 2 * pageSize)
        #expect(kernel.legacyContainer(f.container)?.mappings == [iova...iova + 2 * pageSize - 1], "still mapped")
        let gpu = try VFIOGroup(kernel: kernel, group: 45)
        #expect(errno { try gpu.join(f.container) } == .EBUSY, "no attach while vaddrs are invalid")
        #expect(errno { try f.perform(&invalidate) } == .EINVAL, "already invalid")
        var partial = VFIOIOMMUMapDMA(flags: [.vaddr], vaddr: va, iova: iova, size: pageSize)
        #expect(errno { try f.perform(&partial) } == .EINVAL, "not the whole mapping")
        try f.perform(&newVA)
        try gpu.join(f.container)
    }

    // MARK: UNMAP_DMA

    /// Type1v2: only whole mappings; a bisecting range → EINVAL, an empty
    /// range → success with 0 bytes, and the flags' rules.
    @Test func unmapWholeMappingsOnlyV2() throws {
        let kernel = SimulatedKernel()
        let buffer = try TestBuffer()
        let f = try LegacyFixture(kernel, groups: [12])
        let iova: UInt64 = 0x10_0000, two = 2 * pageSize
        var first = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: iova, size: two)
        try f.perform(&first)
        var second = VFIOIOMMUMapDMA(vaddr: buffer.address + two, iova: iova + two, size: two)
        try f.perform(&second)

        for (start, size) in [(iova, pageSize), (iova + pageSize, pageSize), (iova + pageSize, two),
                              (iova, 3 * pageSize)] {
            var bisect = VFIOIOMMUUnmapDMA(iova: start, size: size)
            #expect(errno { try f.perform(&bisect) } == .EINVAL, "[\(start), +\(size)) bisects")
        }
        var short = VFIOIOMMUUnmapDMA(iova: iova, size: two)
        short.uapi.argsz = 23
        #expect(errno { try f.perform(&short) } == .EINVAL)
        var unknown = VFIOIOMMUUnmapDMA(iova: iova, size: two, flags: VFIODMAUnmapFlags(rawValue: 8))
        #expect(errno { try f.perform(&unknown) } == .EINVAL)
        var unaligned = VFIOIOMMUUnmapDMA(iova: iova + 1, size: two)
        #expect(errno { try f.perform(&unaligned) } == .EINVAL)
        var zero = VFIOIOMMUUnmapDMA(iova: iova, size: 0)
        #expect(errno { try f.perform(&zero) } == .EINVAL)
        var wrap = VFIOIOMMUUnmapDMA(iova: UInt64.max - pageSize + 1, size: two)
        #expect(errno { try f.perform(&wrap) } == .EOVERFLOW)
        var allWithRange = VFIOIOMMUUnmapDMA(iova: 0, size: two, flags: [.all])
        #expect(errno { try f.perform(&allWithRange) } == .EINVAL)
        var bitmapAndAll = VFIOIOMMUUnmapDMA(iova: 0, size: 0, flags: [.all, .getDirtyBitmap])
        #expect(errno { try f.perform(&bitmapAndAll) } == .EINVAL)
        #expect(kernel.legacyContainer(f.container)?.mappings.count == 2, "nothing removed by failures")

        var hole = VFIOIOMMUUnmapDMA(iova: 0x100_0000, size: two)
        try f.perform(&hole)
        #expect(hole.unmapped == 0)
        var whole = VFIOIOMMUUnmapDMA(iova: iova, size: two)
        try f.perform(&whole)
        #expect(whole.unmapped == two)
        #expect(throws: Errno.EFAULT) { try kernel.dmaRead(device: "0000:17:00.0", iova: iova, count: 1) }
        var wide = VFIOIOMMUUnmapDMA(iova: 0, size: 1 << 30)
        try f.perform(&wide)
        #expect(wide.unmapped == two, "a wide range takes every whole mapping in it")
        #expect(kernel.pinnedPageCount == 0 && kernel.legacyContainer(f.container)?.accountedPages == 0)

        try f.perform(&first)
        try f.perform(&second)
        var all = VFIOIOMMUUnmapDMA(iova: 0, size: 0, flags: [.all])
        try f.perform(&all)
        #expect(all.unmapped == 2 * two)
        #expect(kernel.pinnedPageCount == 0)
    }

    /// Type1 (v1): an unmap starting inside a mapping succeeds with 0 bytes;
    /// one covering a mapping's first IOVA removes it whole; no dirty pages.
    @Test func unmapV1Semantics() throws {
        let kernel = SimulatedKernel()
        let buffer = try TestBuffer()
        let f = try LegacyFixture(kernel, groups: [12], type: .type1)
        #expect(kernel.legacyContainer(f.container)?.type1v2 == false)
        let iova: UInt64 = 0x10_0000
        var map = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: iova, size: 4 * pageSize)
        try f.perform(&map)
        var inside = VFIOIOMMUUnmapDMA(iova: iova + pageSize, size: pageSize)
        try f.perform(&inside)
        #expect(inside.unmapped == 0)
        #expect(kernel.legacyContainer(f.container)?.mappings.count == 1)
        var head = VFIOIOMMUUnmapDMA(iova: iova, size: pageSize)
        try f.perform(&head)
        #expect(head.unmapped == 4 * pageSize, "the whole mapping goes, past the range's end")
        #expect(kernel.pinnedPageCount == 0)
        var start = VFIOIOMMUDirtyPages.start()
        #expect(errno { try f.perform(&start) } == .EACCES)
    }

    // MARK: GET_INFO

    @Test func getInfoCapabilities() throws {
        let kernel = SimulatedKernel()
        let buffer = try TestBuffer()
        let f = try LegacyFixture(kernel, groups: [12])
        var info = VFIOIOMMUGetInfo()
        try f.perform(&info)
        #expect(info.flags == UInt32(VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS))
        #expect(info.pageSizes == pageSize | 2 << 20 | 1 << 30)
        #expect(info.capabilitiesFit)
        let ranges = try #require(info.iovaRanges)
        #expect(ranges.map(\.lowerBound) == [0, 0xfef0_0000])
        #expect(ranges.map(\.upperBound) == [0xfedf_ffff, (1 << 48) - 1])
        #expect(ranges == [0...0xfedf_ffff, 0xfef0_0000...(1 << 48) - 1])
        #expect(info.dmaAvailable == 65535)
        #expect(info.migration?.pageSize == pageSize)
        #expect(info.migration?.maxBitmapSize == 0x1000_0000)
        #expect(info.requiredSize == 512, "argsz stays when everything fits")
        let needed = 24 + 32 + 16 + 16 + 2 * 16  // MIGRATION, DMA_AVAIL padded to 8 bytes, IOVA_RANGE

        var map = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: 0x10_0000, size: pageSize)
        try f.perform(&map)
        try f.perform(&info)
        #expect(info.dmaAvailable == 65534)

        var small = VFIOIOMMUGetInfo(capacity: 24)
        try f.perform(&small)
        #expect(!small.capabilitiesFit && small.requiredSize == needed)
        #expect(small.pageSizes == info.pageSizes)
        var minimal = VFIOIOMMUGetInfo(capacity: 16)
        try f.perform(&minimal)
        #expect(minimal.requiredSize == needed)
        var tooSmall = VFIOIOMMUGetInfo(capacity: 15)
        #expect(errno { try f.perform(&tooSmall) } == .EINVAL)
    }

    // MARK: DIRTY_PAGES

    /// Type1 has no dirty bits: after START every page of a mapping is
    /// reported dirty, the one a device wrote included.
    @Test func dirtyPagesAfterDMAWrite() throws {
        let kernel = SimulatedKernel()
        let buffer = try TestBuffer()
        let f = try LegacyFixture(kernel, groups: [12])
        let iova: UInt64 = 0x10_0000
        var map = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: iova, size: 4 * pageSize)
        try f.perform(&map)

        var early = VFIOIOMMUDirtyPages.getBitmap(iova: iova, size: 4 * pageSize, pageSize: pageSize)
        #expect(errno { try f.perform(&early) } == .EINVAL, "tracking not started")
        var start = VFIOIOMMUDirtyPages.start()
        try f.perform(&start)
        try f.perform(&start)
        #expect(kernel.legacyContainer(f.container)?.dirtyTracking == true)
        try kernel.dmaWrite(device: "0000:17:00.0", iova: iova + 2 * pageSize, bytes: [7])

        var get = VFIOIOMMUDirtyPages.getBitmap(iova: iova, size: 8 * pageSize, pageSize: pageSize)
        try f.perform(&get)
        #expect(get.isDirty(iova + 2 * pageSize))
        #expect(get.dirtyCount == 4, "every page of the mapping, none beyond it")
        #expect(!get.isDirty(iova + 4 * pageSize))

        var wrongPage = VFIOIOMMUDirtyPages.getBitmap(iova: iova, size: 4 * pageSize, pageSize: 2 * pageSize)
        #expect(errno { try f.perform(&wrongPage) } == .EINVAL)
        var bisect = VFIOIOMMUDirtyPages.getBitmap(iova: iova, size: 2 * pageSize, pageSize: pageSize)
        #expect(errno { try f.perform(&bisect) } == .EINVAL)
        var empty = VFIOIOMMUDirtyPages.getBitmap(iova: iova, size: 0, pageSize: pageSize)
        #expect(errno { try f.perform(&empty) } == .EINVAL)
        var wrap = VFIOIOMMUDirtyPages.getBitmap(iova: UInt64.max - pageSize + 1, size: 2 * pageSize, pageSize: pageSize)
        #expect(errno { try f.perform(&wrap) } == .EOVERFLOW)
        var twoFlags = VFIOIOMMUDirtyPages.start()
        twoFlags.uapi.flags = UInt32(VFIO_IOMMU_DIRTY_PAGES_FLAG_START | VFIO_IOMMU_DIRTY_PAGES_FLAG_STOP)
        #expect(errno { try f.perform(&twoFlags) } == .EINVAL)
        var noFlags = VFIOIOMMUDirtyPages.start()
        noFlags.uapi.flags = 0
        #expect(errno { try f.perform(&noFlags) } == .EINVAL)

        var unmap = VFIOIOMMUUnmapDMA.gettingDirtyBitmap(iova: iova, size: 4 * pageSize, pageSize: pageSize)
        try f.perform(&unmap)
        #expect(unmap.unmapped == 4 * pageSize)
        #expect(unmap.dirtyBitmap.first == 0b1111)

        var stop = VFIOIOMMUDirtyPages.stop()
        try f.perform(&stop)
        try f.perform(&stop)
        var late = VFIOIOMMUDirtyPages.getBitmap(iova: iova, size: 4 * pageSize, pageSize: pageSize)
        #expect(errno { try f.perform(&late) } == .EINVAL, "tracking stopped")
        try f.perform(&map)
        var unmapNoTracking = VFIOIOMMUUnmapDMA.gettingDirtyBitmap(iova: iova, size: 4 * pageSize, pageSize: pageSize)
        #expect(errno { try f.perform(&unmapNoTracking) } == .EINVAL)
    }

    // MARK: iommufd vs container

    /// A group with a device bound to an iommufd cannot join a container
    /// (EBUSY, and it is not viable); a group in a container shuts its
    /// devices' cdev binds out (EBUSY).
    @Test func cdevAndContainerExcludeEachOther() throws {
        let kernel = SimulatedKernel()
        let iommufd = try IOMMUFD(kernel: kernel)
        var cdev = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio0")
        var bind = VFIODeviceBindIOMMUFD(iommufd: iommufd)
        try cdev.perform(&bind)

        let container = try VFIOContainer(kernel: kernel)
        let group = try VFIOGroup(kernel: kernel, group: 12)
        var status = VFIOGroupGetStatus()
        try group.perform(&status)
        #expect(status.flags == [], "owned by the iommufd: not viable")
        #expect(errno { try group.setContainer(container) } == .EBUSY)
        cdev.close()
        try group.perform(&status)
        #expect(status.flags == [.viable])
        try group.setContainer(container)

        var other = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio1")
        var bindOther = VFIODeviceBindIOMMUFD(iommufd: iommufd)
        #expect(errno { try other.perform(&bindOther) } == .EBUSY, "group 12 is in a container")
        var nvme = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio2")
        var bindNVMe = VFIODeviceBindIOMMUFD(iommufd: iommufd)
        try nvme.perform(&bindNVMe)
        var unset = VFIOGroupUnsetContainer()
        try group.perform(&unset)
        try other.perform(&bindOther)
    }

    // MARK: Release

    /// Closing the descriptors releases everything, whichever goes first:
    /// device descriptors hold their group, groups hold the container, and
    /// the last group out unmaps and unpins. Raw descriptors, to choose the
    /// order of the closes.
    @Test(arguments: [false, true]) func closingReleasesEverything(containerFirst: Bool) throws {
        let kernel = SimulatedKernel()
        let buffer = try TestBuffer()
        #expect(kernel.openFileCount == 0)
        let container = try kernel.open("/dev/vfio/vfio", flags: O_RDWR).get()
        let first = try kernel.open("/dev/vfio/12", flags: O_RDWR).get()
        let second = try kernel.open("/dev/vfio/45", flags: O_RDWR).get()
        for group in [first, second] {
            var join = VFIOGroupSetContainer(container: container)
            try kernel.perform(&join, on: group)
        }
        var set = VFIOSetIOMMU(.type1v2)
        try kernel.perform(&set, on: container)
        var map = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: 0x10_0000, size: 8 * pageSize)
        try kernel.perform(&map, on: container)
        var get = VFIOGroupGetDeviceFD(name: "0000:17:00.0")
        let device = try kernel.perform(&get, on: first)
        #expect(kernel.openFileCount == 4)
        #expect(kernel.pinnedPageCount == 8)

        if containerFirst {
            #expect(throws: Never.self) { try kernel.close(container).get() }
            #expect(kernel.pinnedPageCount == 8, "the groups hold the container")
        }
        #expect(throws: Never.self) { try kernel.close(second).get() }
        #expect(kernel.pinnedPageCount == 8)
        #expect(throws: Never.self) { try kernel.close(first).get() }
        #expect(kernel.pinnedPageCount == 8, "the device descriptor holds its group")
        #expect(try kernel.dmaRead(device: "0000:17:00.0", iova: 0x10_0000, count: 1).count == 1)
        #expect(kernel.open("/dev/vfio/12", flags: O_RDWR) == .failure(.EBUSY), "still open through its device")
        #expect(throws: Never.self) { try kernel.close(device).get() }
        #expect(kernel.pinnedPageCount == 0)
        #expect(throws: Errno.EIO) { try kernel.dmaRead(device: "0000:17:00.0", iova: 0x10_0000, count: 1) }
        if !containerFirst {
            #expect(kernel.legacyContainer(container)?.type1v2 == nil, "back to the unset state")
            #expect(kernel.legacyContainer(container)?.mappings == [])
            #expect(throws: Never.self) { try kernel.close(container).get() }
        }
        #expect(kernel.openFileCount == 0)
        // The group can be opened again and is free.
        let again = try VFIOGroup(kernel: kernel, group: 12)
        var status = VFIOGroupGetStatus()
        try again.perform(&status)
        #expect(status.flags == [.viable])
    }
}

/// A legacy container (raw descriptor) with groups in it and its backend
/// set; closes everything at the end.
final class LegacyFixture {
    let kernel: SimulatedKernel
    let container: Int32
    private(set) var groups: [Int32] = []

    init(_ kernel: SimulatedKernel, groups numbers: [Int], type: VFIOExtension = .type1v2) throws {
        self.kernel = kernel
        container = try kernel.open("/dev/vfio/vfio", flags: O_RDWR).get()
        for number in numbers {
            let group = try kernel.open("/dev/vfio/\(number)", flags: O_RDWR).get()
            groups.append(group)
            var join = VFIOGroupSetContainer(container: container)
            try kernel.perform(&join, on: group)
        }
        var set = VFIOSetIOMMU(type)
        try kernel.perform(&set, on: container)
    }

    /// Runs a typed request on the container.
    @discardableResult
    func perform<R: VFIOLegacyRequest>(_ request: inout R) throws(KernelError) -> Int32 {
        try kernel.perform(&request, on: container)
    }

    deinit {
        for group in groups { _ = kernel.close(group) }
        _ = kernel.close(container)
    }
}

extension VFIOGroup {
    /// VFIO_GROUP_SET_CONTAINER with a raw container descriptor.
    func join(_ container: Int32) throws(KernelError) {
        var request = VFIOGroupSetContainer(container: container)
        try perform(&request)
    }
}
