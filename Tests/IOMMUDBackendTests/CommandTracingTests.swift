@testable import IOMMUDBackend
import JSON
import LinuxKernel
import SimulatedKernel
import Testing
import Tracing

/// Commands fire QEMU's events: the backend's connect/disconnect and one
/// event per ioctl, in the order QEMU's own attach and detach fire them.
@Suite struct CommandTracingTests {
    @Test func bindAttachDetachFireQEMUsEventsInQEMUsOrder() throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let saved = Dictionary(uniqueKeysWithValues: TraceEvents.all.map { ($0.name, TraceEvents.isEnabled($0.name)) })
        defer { for (name, on) in saved where TraceEvents.isEnabled(name) != on { try? TraceEvents.setState(name, enabled: on) } }
        try TraceEvents.setState("iommufd_*", enabled: true)
        try TraceEvents.setState("iommu_backend_*", enabled: true)
        let capture = TraceCapture(onlyThisThread: true)
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }

        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        let dev = try #require(d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])?["dev-id"])
        _ = d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": dev, "pt-id": 1])
        let iommufd = try #require(d.object("iommufd0", as: IOMMUFDObject.self)?.fd)
        _ = d.ok("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": dev])
        _ = d.ok("vfio-device-unbind", ["iommufd": "iommufd0", "dev-id": dev])
        _ = d.ok("iommufd-destroy", ["iommufd": "iommufd0", "id": 1])

        // Commands run on this thread; tests running beside it are not captured.
        let mine = capture.records
        #expect(mine.map(\.name) == [
            "iommufd_backend_connect", "iommufd_backend_alloc_ioas",
            "iommufd_cdev_getfd", "iommufd_backend_connect", "iommufd_cdev_connect_and_bind",
            // The new HWPT is counted as a user before it is allocated.
            "iommufd_backend_get_device_info", "iommufd_backend_connect", "iommufd_backend_alloc_hwpt",
            "iommufd_cdev_attach_ioas_hwpt",
            "iommufd_cdev_detach_ioas_hwpt", "iommufd_backend_free_id", "iommufd_backend_disconnect",
            "iommufd_backend_disconnect",
            "iommufd_backend_free_id", "iommufd_backend_disconnect",
        ])
        #expect(mine.first?.logLine == "iommufd_backend_connect fd=\(iommufd) owned=1 users=1")
        // The last disconnect closes /dev/iommu and reports fd=-1, as QEMU's does.
        #expect(mine.last?.logLine == "iommufd_backend_disconnect fd=-1 users=0")
    }
}

@Suite struct ContainerLevelTracingTests {
    @Test func bitmapQueryAndUnbindFireQEMUsContainerAndDeviceEvents() throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let saved = Dictionary(uniqueKeysWithValues: TraceEvents.all.map { ($0.name, TraceEvents.isEnabled($0.name)) })
        defer { for (name, on) in saved where TraceEvents.isEnabled(name) != on { try? TraceEvents.setState(name, enabled: on) } }
        try TraceEvents.setState("vfio_container_query_dirty_bitmap", enabled: true)
        try TraceEvents.setState("vfio_device_put", enabled: true)
        let capture = TraceCapture(onlyThisThread: true)
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }

        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 65536])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 1_048_576])
        let dev = try #require(d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])?["dev-id"])
        let hwpt = try #require(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": dev, "pt-id": 1])?["pt-id"])
        _ = d.ok("iommufd-hwpt-set-dirty-tracking", ["iommufd": "iommufd0", "hwpt-id": hwpt, "enable": true])
        _ = d.ok("x-sim-dma-write", ["device": "0000:17:00.0", "iova": 1_052_672, "size": 8192])
        _ = d.ok("iommufd-hwpt-get-dirty-bitmap", ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 65536])
        _ = d.ok("vfio-device-unbind", ["iommufd": "iommufd0", "dev-id": dev])

        #expect(capture.records.map(\.name) == ["vfio_container_query_dirty_bitmap", "vfio_device_put"])
        #expect(capture.records.first?.logLine
            == "vfio_container_query_dirty_bitmap iova=0x100000 size=0x10000 backend_flag=0x0 bitmap_size=0x8 gpa=0x100000 dirty_pages=2")
    }
}

@Suite struct DeviceModelTracingTests {
    /// A legacy vfio-pci device_add and device_del fire QEMU's listener,
    /// device and container events with QEMU's arguments, in QEMU's order.
    @Test func legacyDeviceAddAndDelFireQEMUsEvents() throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let saved = Dictionary(uniqueKeysWithValues: TraceEvents.all.map { ($0.name, TraceEvents.isEnabled($0.name)) })
        defer { for (name, on) in saved where TraceEvents.isEnabled(name) != on { try? TraceEvents.setState(name, enabled: on) } }
        for name in ["vfio_listener_region_add_ram", "vfio_listener_region_del", "vfio_device_attach", "vfio_device_get",
                     "vfio_device_detach", "vfio_device_put", "vfio_group_put", "vfio_container_disconnect"] {
            try TraceEvents.setState(name, enabled: true)
        }
        let capture = TraceCapture(onlyThisThread: true)
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }

        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 65536])
        _ = d.ok("device_add", ["driver": "pc-dimm", "id": "dimm0", "memdev": "ram0", "addr": 1_048_576])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": "0000:17:00.0"])
        _ = d.ok("device_del", ["id": "nic0"])

        let lines = capture.records.map(\.logLine)
        #expect(capture.records.map(\.name) == [
            "vfio_listener_region_add_ram", "vfio_device_attach", "vfio_device_get",
            "vfio_listener_region_del", "vfio_device_put", "vfio_device_detach", "vfio_group_put", "vfio_container_disconnect",
        ])
        #expect(lines[0].hasPrefix("vfio_listener_region_add_ram region_add [ram] 0x100000 - 0x10ffff [0x"))
        #expect(lines[1] == "vfio_device_attach  (0000:17:00.0) group 12")
        #expect(lines[3] == "vfio_listener_region_del region_del 0x100000 - 0x10ffff")
    }
}

extension DeviceModelTracingTests {
    /// A device that cannot join its object's existing container fires
    /// QEMU's iommufd_cdev_fail_attach_existing_container with the reason.
    @Test func aFailedJoinOfAnExistingContainerIsTraced() throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let was = TraceEvents.isEnabled("iommufd_cdev_fail_attach_existing_container")
        defer { try? TraceEvents.setState("iommufd_cdev_fail_attach_existing_container", enabled: was) }
        try TraceEvents.setState("iommufd_cdev_fail_attach_existing_container", enabled: true)
        let capture = TraceCapture(onlyThisThread: true)
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }

        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": "0000:17:00.0", "iommufd": "iommufd0"])
        #expect(capture.records.isEmpty, "a new container is not an existing one")
        // open the cdev, VFIO_DEVICE_BIND_IOMMUFD, IOMMU_GET_HW_INFO, then the attach fails
        d.kernel.injectFault(nth: 4, errno: .EIO)
        #expect(d.run("device_add", ["driver": "vfio-pci", "id": "nvme", "host": "0000:65:00.0", "iommufd": "iommufd0"])["error"]?["errno"] == "EIO")
        #expect(capture.records.map(\.name) == ["iommufd_cdev_fail_attach_existing_container"])
        #expect(capture.records.first?.logLine.contains("VFIO_DEVICE_ATTACH_IOMMUFD_PT failed: EIO") == true)
    }
}

extension DeviceModelTracingTests {
    /// The vIOMMU path fires QEMU's events: virtio-iommu's page size mask
    /// check and granule freeze, and the accelerated VT-d's attach, detach
    /// and reattach of a device (0 for success, 1 for failure).
    @Test func viommuEventsCarryQEMUsArguments() throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let names = ["virtio_iommu_set_page_size_mask", "virtio_iommu_freeze_granule", "vtd_device_attach_hwpt",
                     "vtd_device_detach_hwpt", "vtd_device_reattach_def_hwpt"]
        let saved = names.map { ($0, TraceEvents.isEnabled($0)) }
        defer { for (name, on) in saved { try? TraceEvents.setState(name, enabled: on) } }
        for name in names { try TraceEvents.setState(name, enabled: true) }
        let capture = TraceCapture(onlyThisThread: true)
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }

        let d = Daemon(host: .viommu, prelaunch: true)
        _ = d.ok("device_add", ["driver": "virtio-iommu-pci", "id": "v", "granule": "4k", "address-space": "vm2"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "leg0", "host": .string(VIOMMUTests.narrow), "address-space": "vm2"])
        d.addNesting()
        _ = d.ok("x-exit-preconfig")
        let hwpt = try #require(d.ok("vtd-device-attach-hwpt", Daemon.stage1)?["hwpt-id"]?.int64Value)
        _ = d.error("vtd-device-attach-hwpt", ["device": "nic0", "vtd-s1": ["pgtbl-addr": 0, "addr-width": 57]])
        _ = d.ok("vtd-device-detach-hwpt", ["device": "nic0"])
        _ = d.ok("vtd-device-reattach-def-hwpt", ["device": "nic0"])
        let parent = try #require(d.ok("qom-get", ["path": "nic0", "property": "hwpt"])?.int64Value)

        #expect(capture.records.map(\.logLine) == [
            "virtio_iommu_set_page_size_mask mr=\(VIOMMUTests.narrow) old_mask=0xfffffffffffff000 new_mask=0x40201000",
            "virtio_iommu_freeze_granule granule: 0x1000",
            "vtd_device_attach_hwpt dev_id 1 pasid 0 hwpt_id \(hwpt), ret: 0",
            "vtd_device_attach_hwpt dev_id 1 pasid 0 hwpt_id \(hwpt + 1), ret: 1",
            "vtd_device_detach_hwpt dev_id 1 pasid 0 ret: 0",
            "vtd_device_reattach_def_hwpt dev_id 1 pasid 0 hwpt_id \(parent), ret: 0",
        ])
    }
}
