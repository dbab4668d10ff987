#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import CPosix
import LinuxKernel
import Posix
import SimulatedKernel
import Testing
import Tracing

/// "Every ioctl fires an LTTng-UST tracepoint": each typed request, issued
/// through the simulated kernel, fires its trace-events event with the real
/// arguments and result; and every event of tracing/trace-events has code
/// that fires it. Serialized: the trace state is process-wide.
@Suite(.serialized) struct TraceCoverageTests {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { if let s = path.lastIndex(of: "/") { path = String(path[..<s]) } }
        return path
    }()

    /// Runs `body` with the iommufd_backend, iommufd_cdev and vfio_device events (and iommufd_change_process) on
    /// and a capture backend,
    /// restoring the previous state.
    func capturing(_ body: (TraceCapture) throws -> Void) throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let saved = Dictionary(uniqueKeysWithValues: TraceEvents.all.map { ($0.name, TraceEvents.state(of: $0) == .enabled) })
        defer {
            for (name, on) in saved where TraceEvents.isEnabled(name) != on { try? TraceEvents.setState(name, enabled: on) }
        }
        try TraceEvents.setState("iommufd_backend_*", enabled: true)
        try TraceEvents.setState("iommufd_cdev_*", enabled: true)
        try TraceEvents.setState("iommufd_change_process", enabled: true)
        try TraceEvents.setState("vfio_device_*", enabled: true)
        // Only this thread's events: parallel tests fire the same events
        // (the same simulated device names, reused descriptor numbers), and
        // every body here runs synchronously on the test's thread.
        let capture = TraceCapture(onlyThisThread: true)
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }
        try body(capture)
    }

    /// Every typed request file in Sources/LinuxKernel/IOCTL, by the uapi name
    /// it declares, mapped to the event it must fire.
    static let expectedEvents: [String: String] = [
        "IOMMU_DESTROY": "iommufd_backend_free_id",
        "IOMMU_IOAS_ALLOC": "iommufd_backend_alloc_ioas",
        "IOMMU_IOAS_MAP": "iommufd_backend_map_dma",
        "IOMMU_IOAS_MAP_FILE": "iommufd_backend_map_file_dma",
        "IOMMU_IOAS_CHANGE_PROCESS": "iommufd_change_process",
        "IOMMU_IOAS_UNMAP": "iommufd_backend_unmap_dma",
        "IOMMU_IOAS_IOVA_RANGES": "iommufd_backend_get_iova_ranges",
        "IOMMU_IOAS_ALLOW_IOVAS": "iommufd_backend_allow_iovas",
        "IOMMU_IOAS_COPY": "iommufd_backend_copy_dma",
        "IOMMU_OPTION": "iommufd_backend_set_option",
        "IOMMU_VFIO_IOAS": "iommufd_backend_vfio_ioas",
        "IOMMU_HWPT_ALLOC": "iommufd_backend_alloc_hwpt",
        "IOMMU_GET_HW_INFO": "iommufd_backend_get_device_info",
        "IOMMU_HWPT_SET_DIRTY_TRACKING": "iommufd_backend_set_dirty",
        "IOMMU_HWPT_GET_DIRTY_BITMAP": "iommufd_backend_get_dirty_bitmap",
        "IOMMU_HWPT_INVALIDATE": "iommufd_backend_invalidate_cache",
        "IOMMU_FAULT_QUEUE_ALLOC": "iommufd_backend_alloc_fault_queue",
        "IOMMU_TEST_CMD": "iommufd_backend_test_cmd",
        "VFIO_DEVICE_BIND_IOMMUFD": "iommufd_cdev_connect_and_bind",
        "VFIO_DEVICE_ATTACH_IOMMUFD_PT": "iommufd_cdev_attach_ioas_hwpt",
        "VFIO_DEVICE_DETACH_IOMMUFD_PT": "iommufd_cdev_detach_ioas_hwpt",
        "VFIO_DEVICE_GET_INFO": "iommufd_cdev_device_info",
        "VFIO_DEVICE_GET_REGION_INFO": "vfio_device_get_region_info",
        "VFIO_DEVICE_GET_IRQ_INFO": "vfio_device_get_irq_info",
        "VFIO_DEVICE_SET_IRQS": "vfio_device_set_irqs",
        "VFIO_DEVICE_RESET": "vfio_device_reset",
        "VFIO_DEVICE_FEATURE": "vfio_device_feature",
        "VFIO_GET_API_VERSION": "vfio_legacy_get_api_version",
        "VFIO_CHECK_EXTENSION": "vfio_legacy_check_extension",
        "VFIO_SET_IOMMU": "vfio_legacy_set_iommu",
        "VFIO_IOMMU_GET_INFO": "vfio_legacy_iommu_get_info",
        "VFIO_IOMMU_MAP_DMA": "vfio_legacy_dma_map",
        "VFIO_IOMMU_UNMAP_DMA": "vfio_legacy_dma_unmap",
        "VFIO_IOMMU_DIRTY_PAGES": "vfio_legacy_dirty_pages",
        "VFIO_GROUP_GET_STATUS": "vfio_legacy_group_get_status",
        "VFIO_GROUP_SET_CONTAINER": "vfio_legacy_group_set_container",
        "VFIO_GROUP_UNSET_CONTAINER": "vfio_legacy_group_unset_container",
        "VFIO_GROUP_GET_DEVICE_FD": "vfio_legacy_group_get_device_fd",
    ]

    /// The device side: the mock driver, HWPTs, dirty tracking, invalidation,
    /// fault queues and the VFIO cdev requests (on their device descriptor),
    /// each firing its event with the real arguments; the cdev requests fire
    /// QEMU's `iommufd_cdev_*` on success and iommud's `iommufd_cdev_fail_*`
    /// on failure.
    @Test func everyDeviceRequestFiresItsEventWithTheRealArguments() throws {
        try capturing { capture in
            let kernel = SimulatedKernel()
            let iommufd = try IOMMUFD(kernel: kernel)
            let fd = iommufd.fd
            let buffer = try TestBuffer()
            var alloc = IOASAlloc()
            try iommufd.perform(&alloc)
            let ioas = alloc.ioas

            var mock = TestCmd.mockDomain(pt: ioas.object)
            try iommufd.perform(&mock)
            var info = GetHWInfo(device: mock.device)
            try iommufd.perform(&info)
            var dirty = HWPTAlloc(device: mock.device, ioas: ioas, flags: [.dirtyTracking])
            try iommufd.perform(&dirty)
            var enable = HWPTSetDirtyTracking(hwpt: dirty.hwpt, enable: true)
            try iommufd.perform(&enable)
            var map = IOASMap(ioas: ioas, flags: [.fixedIOVA, .readable, .writeable], userVA: buffer.address,
                              length: pageSize, iova: mockApertureStart)
            try iommufd.perform(&map)
            var bitmap = HWPTGetDirtyBitmap(hwpt: dirty.hwpt, iova: mockApertureStart, length: pageSize,
                                            pageSize: mockPageSize, flags: [.noClear])
            try iommufd.perform(&bitmap)
            var parent = HWPTAlloc(device: mock.device, ioas: ioas, flags: [.nestParent])
            try iommufd.perform(&parent)
            var nested = HWPTAlloc(device: mock.device, parent: parent.hwpt, data: .selftest())
            try iommufd.perform(&nested)
            var invalidate = HWPTInvalidate.selftest(hwpt: nested.hwpt, entries: [(0, 1), (0, 9)])
            #expect(throws: KernelError("IOMMU_HWPT_INVALIDATE", .EINVAL)) { try iommufd.perform(&invalidate) }
            var fault = FaultQueueAlloc()
            try iommufd.perform(&fault)
            defer { _ = kernel.close(fault.fd) }

            var device = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio0", name: "0000:17:00.0")
            var bind = VFIODeviceBindIOMMUFD(iommufd: iommufd)
            try device.perform(&bind)
            var attach = VFIODeviceAttachIOMMUFDPT(ioas: ioas)
            try device.perform(&attach)
            var getInfo = VFIODeviceGetInfo()
            try device.perform(&getInfo)
            var detach = VFIODeviceDetachIOMMUFDPT()
            try device.perform(&detach)
            var bindAgain = VFIODeviceBindIOMMUFD(iommufd: iommufd)
            #expect(throws: KernelError("VFIO_DEVICE_BIND_IOMMUFD", .EINVAL)) { try device.perform(&bindAgain) }
            var attachMissing = VFIODeviceAttachIOMMUFDPT(pt: ObjectID(rawValue: 999))
            #expect(throws: KernelError("VFIO_DEVICE_ATTACH_IOMMUFD_PT", .ENOENT)) { try device.perform(&attachMissing) }
            var unbound = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio2")
            var detachUnbound = VFIODeviceDetachIOMMUFDPT()
            #expect(throws: KernelError("VFIO_DEVICE_DETACH_IOMMUFD_PT", .EINVAL)) { try unbound.perform(&detachUnbound) }
            var infoUnbound = VFIODeviceGetInfo()
            #expect(throws: KernelError("VFIO_DEVICE_GET_INFO", .EINVAL)) { try unbound.perform(&infoUnbound) }

            let names = capture.records.map(\.name).filter { $0.hasPrefix("iommufd_") }
            let mine = capture.records.filter { record in
                record.arguments.first == .int32(fd) || record.arguments.contains(.string("0000:17:00.0"))
                    || record.arguments.contains(.string("vfio2"))
                    || record.arguments.contains(.string("/dev/vfio/devices/vfio0"))
                    || record.arguments.contains(.string("/dev/vfio/devices/vfio2"))
            }
            #expect(mine.map(\.name) == [
                "iommufd_backend_alloc_ioas", "iommufd_backend_test_cmd", "iommufd_backend_get_device_info",
                "iommufd_backend_alloc_hwpt", "iommufd_backend_set_dirty", "iommufd_backend_map_dma",
                "iommufd_backend_get_dirty_bitmap", "iommufd_backend_alloc_hwpt", "iommufd_backend_alloc_hwpt",
                "iommufd_backend_invalidate_cache", "iommufd_backend_alloc_fault_queue",
                "iommufd_cdev_getfd", "iommufd_cdev_connect_and_bind", "iommufd_cdev_attach_ioas_hwpt",
                "iommufd_cdev_device_info", "iommufd_cdev_detach_ioas_hwpt", "iommufd_cdev_fail_connect_and_bind",
                "iommufd_cdev_fail_attach_ioas_hwpt", "iommufd_cdev_getfd", "iommufd_cdev_fail_detach_ioas_hwpt",
                "iommufd_cdev_fail_device_info",
            ], "all: \(names)")
            guard mine.count == 21 else { return }
            let ioasID = ioas.rawValue
            #expect(mine[1].arguments == [.int32(fd), .uint32(IOMMUTestOp.mockDomain.rawValue), .uint32(ioasID), .int32(0)])
            #expect(mine[2].arguments == [.int32(fd), .uint32(mock.device.rawValue), .uint32(8),
                                          .uint32(0xfeed_beef), .uint64(1), .uint8(0), .int32(0)])
            #expect(mine[3].arguments == [.int32(fd), .uint32(mock.device.rawValue), .uint32(ioasID), .uint32(2),
                                          .uint32(0), .uint32(0), .uint64(0), .uint32(dirty.hwpt.rawValue), .int32(0)])
            #expect(mine[4].arguments == [.int32(fd), .uint32(dirty.hwpt.rawValue), .bool(true), .int32(0)])
            #expect(mine[6].arguments == [.int32(fd), .uint32(dirty.hwpt.rawValue), .uint64(mockApertureStart),
                                          .uint64(pageSize), .uint64(1), .uint64(mockPageSize), .int32(0)])
            #expect(mine[9].arguments.prefix(6) == [.int32(fd), .uint32(nested.hwpt.rawValue),
                                                    .uint32(0xdead_beef), .uint32(8), .uint32(2), .uint32(1)])
            #expect(mine[9].arguments.last == .int32(Errno.EINVAL.rawValue), "QEMU's ret: the errno")
            #expect(mine[10].arguments == [.int32(fd), .uint32(0), .uint32(fault.fault.rawValue), .int32(fault.fd),
                                           .int32(0)])
            #expect(mine[12].arguments == [.int32(fd), .string("0000:17:00.0"), .int32(device.fd),
                                           .int32(Int32(bind.device.rawValue))])
            #expect(mine[13].arguments == [.int32(fd), .string("0000:17:00.0"), .int32(device.fd),
                                           .int32(Int32(ioasID))])
            #expect(mine[14].arguments == [.string("0000:17:00.0"), .int32(device.fd), .int32(5), .int32(9), .int32(3)])
            #expect(mine[15].arguments == [.int32(fd), .string("0000:17:00.0")])
            #expect(mine[16].arguments.last == .int32(-Errno.EINVAL.rawValue))
            #expect(mine[17].arguments == [.int32(fd), .string("0000:17:00.0"), .int32(device.fd), .int32(999),
                                           .int32(-Errno.ENOENT.rawValue)])
            #expect(mine[19].arguments == [.int32(-1), .string("vfio2"), .int32(-Errno.EINVAL.rawValue)])
            #expect(mine[20].arguments == [.string("vfio2"), .int32(unbound.fd), .int32(-Errno.EINVAL.rawValue)])
        }
    }

    @Test func everyTypedIoctlFiresItsEventWithTheRealArguments() throws {
        try capturing { capture in
            let kernel = SimulatedKernel()
            let iommufd = try IOMMUFD(kernel: kernel)
            let fd = iommufd.fd
            let page = UInt64(sysconf(Int32(_SC_PAGESIZE)))
            let buffer = try #require(mmap(nil, Int(4 * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
            defer { munmap(buffer, Int(4 * page)) }
            let va = UInt64(UInt(bitPattern: buffer))

            var alloc = IOASAlloc()
            try iommufd.perform(&alloc)
            let ioas = alloc.ioas
            var map = IOASMap(ioas: ioas, flags: [.fixedIOVA, .readable], userVA: va, length: page, iova: 0x10_0000)
            try iommufd.perform(&map)
            var ranges = IOASIOVARanges(ioas: ioas)
            try iommufd.perform(&ranges)
            var allow = IOASAllowIOVAs(ioas: ioas, ranges: [])
            try iommufd.perform(&allow)
            var copy = IOASCopy(destination: ioas, source: ioas, flags: [.fixedIOVA, .readable], length: page, srcIOVA: 0x10_0000, dstIOVA: 0x20_0000)
            try iommufd.perform(&copy)
            var option = Option(.hugePages, .get, object: ioas.object)
            try iommufd.perform(&option)
            var vfio = VFIOIOAS(.set, ioas: ioas)
            try iommufd.perform(&vfio)
            var unmap = IOASUnmap(ioas: ioas, iova: 0, length: .max)
            try iommufd.perform(&unmap)
            var unmapAgain = IOASUnmap(ioas: ioas, iova: 0x10_0000, length: page)
            #expect(throws: KernelError.self) { try iommufd.perform(&unmapAgain) }
            var destroy = Destroy(ioas.object)
            try iommufd.perform(&destroy)
            var destroyAgain = Destroy(ioas.object)
            #expect(throws: KernelError.self) { try iommufd.perform(&destroyAgain) }
            // 6.12 has no IOMMU_IOAS_MAP_FILE: ENOTTY, traced all the same.
            var mapFile = IOASMapFile(ioas: ioas, flags: [.readable], file: 0, start: 0, length: page)
            #expect(throws: KernelError("IOMMU_IOAS_MAP_FILE", .ENOTTY)) { try iommufd.perform(&mapFile) }
            var change = IOASChangeProcess()
            #expect(throws: KernelError("IOMMU_IOAS_CHANGE_PROCESS", .ENOTTY)) { try iommufd.perform(&change) }

            let mine = capture.records.filter { $0.arguments.first == .int32(fd) }
            #expect(mine.map(\.name) == [
                "iommufd_backend_alloc_ioas", "iommufd_backend_map_dma", "iommufd_backend_get_iova_ranges",
                "iommufd_backend_allow_iovas", "iommufd_backend_copy_dma", "iommufd_backend_set_option",
                "iommufd_backend_vfio_ioas", "iommufd_backend_unmap_dma", "iommufd_backend_unmap_dma_non_exist",
                "iommufd_backend_free_id", "iommufd_backend_free_id", "iommufd_backend_map_file_dma",
                "iommufd_change_process",
            ])
            #expect(mine[12].arguments == [.int32(fd), .bool(false)], "QEMU's ret: whether it succeeded")
            #expect(mine[0].arguments == [.int32(fd), .uint32(ioas.rawValue)])
            #expect(mine[1].arguments == [.int32(fd), .uint32(ioas.rawValue), .uint64(0x10_0000), .uint64(page), .pointer(UInt(va)), .bool(true), .int32(0)])
            #expect(mine[2].arguments == [.int32(fd), .uint32(ioas.rawValue), .uint32(1), .uint64(1), .int32(0)])
            #expect(mine[7].arguments == [.int32(fd), .uint32(ioas.rawValue), .uint64(0), .uint64(2 * page), .int32(0)],
                    "unmap reports the bytes unmapped")
            #expect(mine[8].arguments.last == .int32(-1), "QEMU's raw return for the non-existent unmap")
            #expect(mine[9].arguments == [.int32(fd), .uint32(ioas.rawValue), .int32(0)])
            #expect(mine[10].arguments == [.int32(fd), .uint32(ioas.rawValue), .int32(-1)])
            #expect(mine[10].logLine == "iommufd_backend_free_id  iommufd=\(fd) id=\(ioas.rawValue) (-1)")
            #expect(mine[11].arguments == [.int32(fd), .uint32(ioas.rawValue), .uint64(0), .uint64(page), .int32(0), .uint64(0), .bool(true), .int32(-1)])
        }
    }

    /// On a kernel with the file commands (the simulation set to 6.13):
    /// MAP_FILE's event carries the memfd and offset and QEMU's raw return,
    /// CHANGE_PROCESS's whether it succeeded.
    @Test func fileMappingEventsOn6_13() throws {
        try capturing { capture in
            var host = SimulatedHost.default
            host.kernelVersion = .linux6_13
            let iommufd = try IOMMUFD(kernel: SimulatedKernel(host: host))
            let fd = iommufd.fd
            let page = UInt64(sysconf(Int32(_SC_PAGESIZE)))
            let memfd = iommud_memfd_create("iommud-trace", IOMMUD_MFD_CLOEXEC)
            try #require(memfd >= 0 && ftruncate(memfd, off_t(2 * page)) == 0)
            defer { close(memfd) }
            var alloc = IOASAlloc()
            try iommufd.perform(&alloc)
            var map = IOASMapFile(ioas: alloc.ioas, flags: [.fixedIOVA, .readable], file: memfd, start: page,
                                  length: page, iova: 0x10_0000)
            try iommufd.perform(&map)
            var change = IOASChangeProcess()
            try iommufd.perform(&change)

            let mine = capture.records.filter { $0.arguments.first == .int32(fd) }
            #expect(mine.map(\.name) == ["iommufd_backend_alloc_ioas", "iommufd_backend_map_file_dma", "iommufd_change_process"])
            #expect(mine[1].arguments == [.int32(fd), .uint32(alloc.ioas.rawValue), .uint64(0x10_0000), .uint64(page),
                                          .int32(memfd), .uint64(page), .bool(true), .int32(0)])
            #expect(mine[2].arguments == [.int32(fd), .bool(true)])
        }
    }

    /// The legacy container: each typed request on a container or group
    /// fires its `vfio_legacy_*` event (ret = the value or −errno), and the
    /// owners fire QEMU's `vfio_group_put` / `vfio_container_disconnect` when
    /// they close.
    @Test func everyLegacyRequestFiresItsEvent() throws {
        try capturing { capture in
            try TraceEvents.setState("vfio_*", enabled: true)
            let kernel = SimulatedKernel()
            let buffer = try TestBuffer()
            var containerFD: Int32 = -1, groupFD: Int32 = -1
            do {
                let container = try VFIOContainer(kernel: kernel)
                let group = try VFIOGroup(kernel: kernel, group: 30)
                containerFD = container.fd
                groupFD = group.fd
                var version = VFIOGetAPIVersion()
                try container.perform(&version)
                var check = VFIOCheckExtension(.type1v2)
                try container.perform(&check)
                var status = VFIOGroupGetStatus()
                try group.perform(&status)
                try group.setContainer(container)
                var set = VFIOSetIOMMU(.type1v2)
                try container.perform(&set)
                var info = VFIOIOMMUGetInfo()
                try container.perform(&info)
                var map = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: 0x10_0000, size: 2 * pageSize)
                try container.perform(&map)
                var start = VFIOIOMMUDirtyPages.start()
                try container.perform(&start)
                var unmap = VFIOIOMMUUnmapDMA(iova: 0x10_0000, size: pageSize)
                #expect(throws: KernelError("VFIO_IOMMU_UNMAP_DMA", .EINVAL)) { try container.perform(&unmap) }
                let device = try group.openDevice("0000:65:00.0")
                var missing = VFIOGroupGetDeviceFD(name: "nope")
                #expect(throws: KernelError("VFIO_GROUP_GET_DEVICE_FD", .ENODEV)) { try group.perform(&missing) }
                device.close()
                var unset = VFIOGroupUnsetContainer()
                try group.perform(&unset)
            }
            let mine = capture.records.filter { record in
                record.name.hasPrefix("vfio_")
                    && (record.arguments.first == .int32(containerFD) || record.arguments.first == .int32(groupFD))
            }
            #expect(mine.map(\.name) == [
                "vfio_legacy_get_api_version", "vfio_legacy_check_extension", "vfio_legacy_group_get_status",
                "vfio_legacy_group_set_container", "vfio_legacy_set_iommu", "vfio_legacy_iommu_get_info",
                "vfio_legacy_dma_map", "vfio_legacy_dirty_pages", "vfio_legacy_dma_unmap",
                "vfio_legacy_group_get_device_fd", "vfio_legacy_group_get_device_fd",
                "vfio_legacy_group_unset_container", "vfio_group_put", "vfio_container_disconnect",
            ])
            guard mine.count == 14 else { return }
            #expect(mine[1].arguments == [.int32(containerFD), .int32(Int32(VFIO_TYPE1v2_IOMMU)), .int32(1)])
            #expect(mine[2].arguments == [.int32(groupFD), .uint32(UInt32(VFIO_GROUP_FLAGS_VIABLE)), .int32(0)])
            #expect(mine[3].arguments == [.int32(groupFD), .int32(containerFD), .int32(0)])
            #expect(mine[6].arguments == [.int32(containerFD), .uint64(0x10_0000), .uint64(2 * pageSize),
                                          .pointer(UInt(buffer.address)), .uint32(3), .int32(0)])
            #expect(mine[8].arguments == [.int32(containerFD), .uint64(0x10_0000), .uint64(pageSize), .uint32(0),
                                          .uint64(0), .int32(-Errno.EINVAL.rawValue)])
            #expect(mine[9].arguments.prefix(2) == [.int32(groupFD), .string("0000:65:00.0")])
            #expect(mine[10].arguments == [.int32(groupFD), .string("nope"), .int32(-Errno.ENODEV.rawValue)])
        }
    }

    /// The region and interrupt requests of a device descriptor fire
    /// iommud's `vfio_device_*` events, with the answer (or −errno).
    @Test func regionAndInterruptRequestsFireTheirEvents() throws {
        try capturing { capture in
            let kernel = SimulatedKernel()
            let iommufd = try IOMMUFD(kernel: kernel)
            var device = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio1", name: "0000:17:00.1")
            var bind = VFIODeviceBindIOMMUFD(iommufd: iommufd)
            try device.perform(&bind)
            var region = VFIODeviceGetRegionInfo(index: 7)
            try device.perform(&region)
            var irq = VFIODeviceGetIRQInfo(index: 2)
            try device.perform(&irq)
            var set = VFIODeviceSetIRQs(index: 2, start: 0, count: 1, flags: [.dataNone, .actionMask])
            #expect(throws: KernelError("VFIO_DEVICE_SET_IRQS", .ENOTTY)) { try device.perform(&set) }
            var reset = VFIODeviceReset()
            try device.perform(&reset)
            var feature = VFIODeviceFeature(index: VFIODeviceFeature.migration, flags: [.get])
            #expect(throws: KernelError("VFIO_DEVICE_FEATURE", .ENOTTY)) { try device.perform(&feature) }
            let mine = capture.records.filter { $0.name.hasPrefix("vfio_device_") }
            #expect(mine.map(\.name) == ["vfio_device_get_region_info", "vfio_device_get_irq_info", "vfio_device_set_irqs",
                                         "vfio_device_reset", "vfio_device_feature"])
            guard mine.count == 5 else { return }
            #expect(mine[4].arguments == [.string("0000:17:00.1"), .int32(device.fd), .uint32(0x1_0001), .int32(-Errno.ENOTTY.rawValue)])
            let name = TraceValue.string("0000:17:00.1"), fd = TraceValue.int32(device.fd)
            #expect(mine[0].arguments == [name, fd, .uint32(7), .uint32(3), .uint64(256), .uint64(7 << 40), .uint32(0), .int32(0)])
            #expect(mine[1].arguments == [name, fd, .uint32(2), .uint32(1), .uint32(4), .int32(0)])
            #expect(mine[2].arguments == [name, fd, .uint32(2), .uint32(0), .uint32(1), .uint32(9), .int32(-Errno.ENOTTY.rawValue)])
            #expect(mine[3].arguments == [name, fd, .int32(0)])
            device.close()
        }
    }

    /// A new request file must be added to ``expectedEvents`` (and to the
    /// scenario above): the request names declared under IOCTL/ must equal its keys.
    @Test func everyRequestFileIsCovered() throws {
        let dir = Self.root + "/Sources/LinuxKernel/IOCTL"
        guard let d = opendir(dir) else { Issue.record("cannot list \(dir)"); return }
        defer { closedir(d) }
        var declared: Set<String> = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard name.hasSuffix(".swift") else { continue }
            let text = (try? String(contentsOfFile: dir + "/" + name)) ?? ""
            for line in text.split(separator: "\n") where line.contains("public static let name = \"") {
                if let q = line.firstIndex(of: "\""), let e = line[line.index(after: q)...].firstIndex(of: "\"") {
                    declared.insert(String(line[line.index(after: q)..<e]))
                }
            }
        }
        #expect(declared == Set(Self.expectedEvents.keys))
    }

    /// Events fired by layers that do not exist yet, each with what will fire
    /// it. The list may only shrink: an entry that gains an emitter fails the
    /// test until it is removed here.
    static let pending: [String: String] = Dictionary(uniqueKeysWithValues: [
        ("iommufd_backend_alloc_viommu", "VIOMMU_ALLOC, not in 6.12"),
        ("iommufd_backend_alloc_vdev", "VDEVICE_ALLOC, not in 6.12"),
        ("iommufd_backend_alloc_veventq", "VEVENTQ_ALLOC, not in 6.12"),
        ("iommufd_backend_alloc_hw_queue", "HW_QUEUE_ALLOC, not in 6.12"),
        ("iommufd_cdev_pci_hot_reset_dep_devices", "VFIO_DEVICE_PCI_HOT_RESET, not simulated"),
    ]
      + Self.prefixed("vfio_", "VFIO container and dirty tracking (issues 4 and 6)")
        .filter { !Self.vfioEmitted.contains($0.0) && !$0.0.hasPrefix("vfio_user_") }
)

    /// The `vfio_` events that have emitters: the typed requests' (the
    /// legacy container's `vfio_legacy_*`, the device descriptor's
    /// `vfio_device_*`), the owners' close events (container, group,
    /// device), the backend's dirty-bitmap query, and the device model's
    /// listener (dimms mapped into and unmapped from containers) and legacy
    /// devices (attach, info, detach).
    static let vfioEmitted: Set<String> = Set(expectedEvents.values.filter { $0.hasPrefix("vfio_") })
        .union(["vfio_container_disconnect", "vfio_group_put", "vfio_device_put", "vfio_container_query_dirty_bitmap",
                "vfio_listener_region_add_ram", "vfio_listener_region_del", "vfio_device_attach", "vfio_device_get",
                "vfio_device_detach"])

    static func prefixed(_ prefix: String, _ why: String) -> [(String, String)] {
        TraceEvents.all.filter { $0.name.hasPrefix(prefix) && $0.isAvailable }.map { ($0.name, why) }
    }

    @Test func everyEventHasAnEmitter() throws {
        let sources = try Self.swiftSources(under: Self.root + "/Sources").filter { !$0.path.contains("/Tracing/") && !$0.path.contains("trace-demo") }
        let text = sources.map(\.text).joined(separator: "\n")
        for event in TraceEvents.all where event.isAvailable {
            let fired = text.contains("Trace.\(event.name)(")
            if let why = Self.pending[event.name] {
                #expect(!fired, "\(event.name) now has an emitter: remove it from the pending list (\(why))")
            } else {
                #expect(fired, "no code fires \(event.name)")
            }
        }
    }

    static func swiftSources(under dir: String) throws -> [(path: String, text: String)] {
        var result: [(String, String)] = []
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = dir + "/" + name
            if entry.pointee.d_type == UInt8(DT_DIR) {
                result += try swiftSources(under: path)
            } else if name.hasSuffix(".swift") {
                result.append((path, (try? String(contentsOfFile: path)) ?? ""))
            }
        }
        return result
    }
}

extension String {
    /// Reads a UTF-8 file (tests only; no Foundation).
    init(contentsOfFile path: String) throws {
        self = try readUTF8File(atPath: path)
    }
}
