#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import JSON
import QMP
import SimulatedKernel
import Testing
import Posix

/// Bind, attach (QEMU's auto domains), HWPTs, dirty tracking and hardware
/// information through QMP on the simulated kernel's default topology:
/// `0000:17:00.0`, `0000:17:00.1` (group 12) and `0000:65:00.0` behind
/// dmar0, which tracks dirty pages; `0000:b1:00.0` behind dmar1, which does
/// not; and an mdev.
@Suite struct VFIOCommandTests {
    static let nic0 = "0000:17:00.0"
    static let nvme = "0000:65:00.0"
    static let gpu = "0000:b1:00.0"
    static let mdev = "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001"

    /// A daemon with iommufd0, a 1 MiB memfd mapped at 1 MiB in IOAS 1.
    func setUp() -> Daemon {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 1_048_576])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 1_048_576, "iova": 1_048_576])
        return d
    }

    func bind(_ d: Daemon, _ host: String) -> Int64? {
        d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": .string(host)])?["dev-id"]?.int64Value
    }

    @Test func listsTheTopologyAndWhatIsBound() throws {
        let d = setUp()
        let before = try #require(d.ok("query-vfio-host-devices")?.arrayValue)
        #expect(before.count == 5)
        #expect(before[0] == [
            "name": "0000:17:00.0", "sysfsdev": "/sys/bus/pci/devices/0000:17:00.0", "cdev": "/dev/vfio/devices/vfio0",
            "iommu": "dmar0", "group": 12, "summary": "Ethernet controller, function 0", "bound": false,
        ])
        #expect(before[4]["iommu"] == nil && before[4]["sysfsdev"]?.stringValue == "/sys/bus/mdev/devices/\(Self.mdev)")
        let id = try #require(bind(d, Self.nic0))
        let after = try #require(d.ok("query-vfio-host-devices")?.arrayValue)
        #expect(after[0]["bound"] == true && after[0]["iommufd"] == "iommufd0" && after[0]["dev-id"]?.int64Value == id)
        #expect(after[1]["bound"] == false)
    }

    @Test func bindNamesTheDeviceExactlyOnceInAnySpelling() throws {
        let d = setUp()
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0"]) == "Exactly one of 'host', 'sysfsdev' and 'fd' must be given")
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0", "host": "17:00.0", "sysfsdev": "/sys/bus/pci/devices/0000:17:00.0"])
            == "Exactly one of 'host', 'sysfsdev' and 'fd' must be given")
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:99:00.0"])
            == "no VFIO device '0000:99:00.0': see query-vfio-host-devices")
        let users = d.ok("qom-get", ["path": "iommufd0", "property": "users"])
        #expect(d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "17:00.0"]) == ["dev-id": 2, "name": "0000:17:00.0"])
        #expect(d.ok("vfio-device-bind", ["iommufd": "iommufd0", "sysfsdev": "/sys/bus/pci/devices/0000:17:00.1/"])?["name"] == "0000:17:00.1")
        #expect(d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "/dev/vfio/devices/vfio2"])?["name"] == "0000:65:00.0")
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])
            == "device '0000:17:00.0' is already bound through iommufd object 'iommufd0' as dev-id 2")
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"])?.int64Value == (users?.int64Value ?? 0) + 3)
        #expect(d.error("object-del", ["id": "iommufd0"]) == "object 'iommufd0' is in use, can not be deleted")
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0", "fd": "dev0"]) == "File descriptor named 'dev0' has not been found")
        d.session.monitor.setNamed("dev0", OwnedFD(adopting: open("/dev/null", O_RDWR)))
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0", "fd": "dev0"])
            == "the simulated kernel has no VFIO device behind a passed descriptor; bind by 'host' or 'sysfsdev'")
        #expect(d.session.monitor.names.isEmpty, "the descriptor was consumed")
        // A leading digit is a number iommud inherited (QEMU's monitor_fd_param):
        // a duplicate goes to the kernel, the number itself stays open.
        let inherited = open("/dev/null", O_RDWR)
        defer { close(inherited) }
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0", "fd": .string(String(inherited))])
            == "the simulated kernel has no VFIO device behind a passed descriptor; bind by 'host' or 'sysfsdev'")
        #expect(fcntl(inherited, F_GETFD) >= 0)
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0", "fd": "1000000"]) == "Invalid file descriptor number '1000000'")
        #expect(d.error("device_add", ["driver": "vfio-pci", "id": "n", "iommufd": "iommufd0", "fd": "4x"])
            == "Invalid file descriptor number '4x'")
    }

    @Test func attachToAnIOASFollowsQEMUsAutoDomains() throws {
        let d = setUp()
        let nic = try #require(bind(d, Self.nic0))
        let nvme = try #require(bind(d, Self.nvme))
        let gpu = try #require(bind(d, Self.gpu))
        let mdev = try #require(bind(d, Self.mdev))
        // The first device gets a new HWPT, with dirty tracking since dmar0 has it.
        let first = try #require(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": 1]))
        #expect(first["allocated"] == true)
        let shared = try #require(first["pt-id"]?.int64Value)
        // Another device behind the same IOMMU reuses it.
        let reused: JSONValue = ["pt-id": .int(shared), "allocated": false]
        #expect(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": .int(nvme), "pt-id": 1]) == reused)
        // dmar1 cannot take a dirty-tracking domain (EINVAL): a new one without it.
        let third = try #require(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": .int(gpu), "pt-id": 1]))
        #expect(third["allocated"] == true && third["pt-id"]?.int64Value != shared)
        // An mdev goes to the IOAS itself.
        #expect(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": .int(mdev), "pt-id": 1]) == ["pt-id": 1, "allocated": false])
        let hwpts = try #require(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue)
        #expect(hwpts.count == 2)
        let dirty = try #require(hwpts.first { $0["hwpt-id"]?.int64Value == shared })
        let expected: JSONValue = [
            "hwpt-id": .int(shared), "pt-id": 1, "dev-id": .int(nic), "flags": ["dirty-tracking"], "auto": true,
            "dirty-tracking": false, "devices": .array([.int(nic), .int(nvme)]),
        ]
        #expect(dirty == expected)
        #expect(hwpts.first { $0["hwpt-id"]?.int64Value != shared }?["flags"] == [])
        #expect(d.error("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": 1])
            == "device \(nic) is attached to \(shared); detach it before attaching it to IOAS 1")
        // The last detach from an automatic HWPT destroys it.
        _ = d.ok("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": .int(nic)])
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.count == 2)
        _ = d.ok("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": .int(nvme)])
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.count == 1)
        #expect(d.error("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": .int(nvme)]) == "device \(nvme) is not attached")
        // Unbinding an attached device detaches it first.
        _ = d.ok("vfio-device-unbind", ["iommufd": "iommufd0", "dev-id": .int(gpu)])
        _ = d.ok("vfio-device-unbind", ["iommufd": "iommufd0", "dev-id": .int(mdev)])
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"] == [])
        #expect(d.kernel.deviceStates.filter { $0.boundTo != nil }.count == 2)
    }

    /// iommufd-hwpt-invalidate takes only nested HWPTs (none can be made on
    /// these VT-d units): an unknown id, a paging HWPT, an IOAS and an empty
    /// list are all ENOENT as on Linux 6.12, the error says how many entries
    /// were handled, and nothing changes. The real kernel gives the same
    /// answer for the paging HWPT (tests/vm/jobs/hostpath.sh).
    @Test func hwptInvalidateTakesOnlyNestedHWPTs() throws {
        let d = setUp()
        let nic = try #require(bind(d, Self.nic0))
        let hwpt = try #require(d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": 1])?["hwpt-id"])
        let before = d.ok("query-iommufd")
        let entry: JSONValue = ["addr": 0, "npages": 16, "leaf": true]
        for (id, entries) in [(hwpt, [entry, entry]), (99, [entry]), (1, [entry]), (hwpt, [])] as [(JSONValue, [JSONValue])] {
            let r = d.run("iommufd-hwpt-invalidate", ["iommufd": "iommufd0", "hwpt-id": id, "vtd-s1": .array(entries)])
            #expect(r["error"] == [
                "class": "GenericError",
                "desc": .string("IOMMU_HWPT_INVALIDATE failed: ENOENT (No such file or directory) after 0 of \(entries.count) entries"),
                "errno": "ENOENT",
            ], "hwpt-id \(id)")
        }
        #expect(d.error("iommufd-hwpt-invalidate", ["iommufd": "nope", "hwpt-id": hwpt, "vtd-s1": [entry]]) == "object 'nope' not found")
        #expect(d.error("iommufd-hwpt-invalidate", ["iommufd": "iommufd0", "hwpt-id": hwpt, "vtd-s1": [["addr": 0]]])
            == "Parameter 'vtd-s1[0].npages' is missing")
        #expect(d.ok("query-iommufd") == before, "a refused invalidation changes nothing")
    }

    @Test func hwptAllocWithDirtyTrackingNeedsAnIOMMUThatHasIt() throws {
        let d = setUp()
        let nic = try #require(bind(d, Self.nic0))
        let gpu = try #require(bind(d, Self.gpu))
        let users = try #require(d.ok("qom-get", ["path": "iommufd0", "property": "users"])?.int64Value)
        let hwpt = try #require(d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": 1, "flags": ["dirty-tracking"]])?["hwpt-id"])
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"])?.int64Value == users + 1)
        let refused = d.run("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": .int(gpu), "pt-id": 1, "flags": ["dirty-tracking"]])
        #expect(refused["error"] == [
            "class": "GenericError", "desc": "IOMMU_HWPT_ALLOC failed: EOPNOTSUPP (Operation not supported)", "errno": "EOPNOTSUPP",
        ])
        // Nesting needs NEST, which neither VT-d unit has; PASID HWPTs are newer than 6.12.
        #expect(d.run("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": 1, "flags": ["nest-parent"]])["error"]?["errno"] == "EOPNOTSUPP")
        #expect(d.run("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": 1, "flags": ["pasid"]])["error"]?["errno"] == "EOPNOTSUPP")
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"])?.int64Value == users + 1)
        // Attached explicitly, then destroyed in order.
        #expect(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": hwpt]) == ["pt-id": hwpt, "allocated": false])
        #expect(d.run("iommufd-destroy", ["iommufd": "iommufd0", "id": hwpt])["error"]?["errno"] == "EBUSY")
        _ = d.ok("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": .int(nic)])
        _ = d.ok("iommufd-destroy", ["iommufd": "iommufd0", "id": hwpt])
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"])?.int64Value == users)
    }

    @Test func dirtyPagesOfSimulatedDMAComeBackAsRanges() throws {
        let d = setUp()
        let nic = try #require(bind(d, Self.nic0))
        let hwpt = try #require(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": 1])?["pt-id"])
        let query: JSONValue = ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 1_048_576]
        // Linux 6.12.118: no read while tracking is stopped, none across a hole.
        #expect(d.run("iommufd-hwpt-get-dirty-bitmap", query)["error"] == [
            "class": "GenericError", "desc": "IOMMU_HWPT_GET_DIRTY_BITMAP failed: EINVAL (Invalid argument)", "errno": "EINVAL",
        ])
        _ = d.ok("iommufd-hwpt-set-dirty-tracking", ["iommufd": "iommufd0", "hwpt-id": hwpt, "enable": true])
        #expect(d.run("iommufd-hwpt-get-dirty-bitmap", ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 2_097_152])["error"]?["errno"] == "EINVAL", "the second MiB is not mapped")
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.first?["dirty-tracking"] == true)
        #expect(d.ok("iommufd-hwpt-get-dirty-bitmap", query) == ["page-size": 4096, "dirty-pages": 0, "ranges": []])
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_052_672, "size": 8192, "fill": 0xab])
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_069_056, "size": 1])
        #expect(d.ok("x-sim-dma-read", ["device": .string(Self.nic0), "iova": 1_052_672, "size": 3]) == ["data": "ababab"])
        let keep: JSONValue = ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 1_048_576, "no-clear": true]
        let expected: JSONValue = ["page-size": 4096, "dirty-pages": 3, "ranges": [["iova": 1_052_672, "size": 8192], ["iova": 1_069_056, "size": 4096]]]
        #expect(d.ok("iommufd-hwpt-get-dirty-bitmap", keep) == expected)
        #expect(d.ok("iommufd-hwpt-get-dirty-bitmap", query) == expected, "no-clear kept the bits")
        #expect(d.ok("iommufd-hwpt-get-dirty-bitmap", query)?["dirty-pages"] == 0, "reading cleared them")
        // The memory really holds what the device wrote.
        let ram = try #require(d.object("ram0", as: MemoryBackendObject.self))
        #expect(ram.address.load(fromByteOffset: 4096, as: UInt8.self) == 0xab)
        // Errors name the ioctl: unaligned range, HWPT without tracking.
        #expect(d.run("iommufd-hwpt-get-dirty-bitmap", ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_577, "size": 4096])["error"]?["errno"] == "EINVAL")
        #expect(d.run("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 0, "size": 4096])["error"]?["errno"] == "EFAULT")
        // hostile: a 1 TiB write was allocated before anything was checked,
        // and the daemon aborted. Now the size is capped (what this pins) and
        // a write is translated before a byte lands; that the fill allocates
        // nothing of its size is not observable here.
        #expect(d.error("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 0, "size": 1_099_511_627_776])
            == "Parameter 'size' must be at most 1073741824")
        #expect(d.run("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_048_576, "size": 1_073_741_824, "fill": 0xcd])["error"]?["errno"] == "EFAULT")
        #expect(ram.address.load(as: UInt8.self) == 0, "the mapped part of a failed write is untouched")
    }

    @Test func largeBitmapsGoToAPassedDescriptor() throws {
        let d = setUp()
        let nic = try #require(bind(d, Self.nic0))
        let hwpt = try #require(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": .int(nic), "pt-id": 1])?["pt-id"])
        _ = d.ok("iommufd-hwpt-set-dirty-tracking", ["iommufd": "iommufd0", "hwpt-id": hwpt, "enable": true])
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": .int(1_048_576 + 65 * 4096), "size": 4096])
        let path = "/tmp/iommud-bitmap-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let memfd = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        try #require(memfd >= 0)
        unlink(path)
        defer { close(memfd) }
        d.session.monitor.setNamed("bitmap", OwnedFD(adopting: dup(memfd)))
        let r = d.ok("iommufd-hwpt-get-dirty-bitmap", ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 1_048_576, "fd": "bitmap"])
        #expect(r == ["page-size": 4096, "dirty-pages": 1, "bitmap-size": 32])
        var words = [UInt64](repeating: 0, count: 4)
        #expect(pread(memfd, &words, 32, 0) == 32)
        #expect(words == [0, 2, 0, 0], "bit 65: word 1, bit 1")
        #expect(d.session.monitor.names.isEmpty, "the descriptor was consumed")
        // Without a descriptor, huge ranges are refused before the kernel runs.
        #expect(d.error("iommufd-hwpt-get-dirty-bitmap", ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 0, "size": .int(1 << 40)])
            == "a bitmap of 268435456 pages is too large to return as ranges; pass a descriptor with 'fd'")
    }

    @Test func hardwareInformationIsDecoded() throws {
        let d = setUp()
        let nic = try #require(bind(d, Self.nic0))
        let gpu = try #require(bind(d, Self.gpu))
        let mdev = try #require(bind(d, Self.mdev))
        let info = try #require(d.ok("iommufd-get-hw-info", ["iommufd": "iommufd0", "dev-id": .int(nic)]))
        #expect(info["type"] == "intel-vtd" && info["capabilities"] == ["dirty-tracking"] && info["max-pasid-log2"] == 0)
        let vtd = try #require(info["vtd"])
        #expect(vtd["address-width"] == 48 && vtd["mgaw"] == 48 && vtd["page-sizes"] == [4096, 2_097_152, 1_073_741_824])
        #expect(vtd["scalable-mode"] == true && vtd["dirty-tracking"] == true && vtd["nesting"] == false)
        // Linux's VT-d driver reports the SPR17 erratum flag on every unit.
        #expect(vtd["pasid-width"] == 20 && vtd["page-requests"] == true && vtd["errata-772415"] == true)
        let other = try #require(d.ok("iommufd-get-hw-info", ["iommufd": "iommufd0", "dev-id": .int(gpu)]))
        #expect(other["capabilities"] == [] && other["vtd"]?["dirty-tracking"] == false && other["max-pasid-log2"] == 20)
        #expect(d.run("iommufd-get-hw-info", ["iommufd": "iommufd0", "dev-id": .int(mdev)])["error"]?["desc"]?.stringValue?.hasPrefix("IOMMU_GET_HW_INFO failed") == true)
        let device = try #require(d.ok("vfio-device-get-info", ["iommufd": "iommufd0", "dev-id": .int(nic)]))
        #expect(device == ["dev-id": .int(nic), "name": "0000:17:00.0", "flags": ["reset", "pci"], "num-regions": 9, "num-irqs": 5])
    }
}

@Suite struct MapFileTests {
    @Test func mapFileOnA612KernelSaysSoAndChangesNothing() {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 65536])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        let r = d.run("iommufd-ioas-map-file", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536])
        #expect(r["error"] == [
            "class": "GenericError",
            "desc": "IOMMU_IOAS_MAP_FILE failed: ENOTTY (Inappropriate ioctl for device); this kernel predates IOMMU_IOAS_MAP_FILE (Linux 6.13): use iommufd-ioas-map",
            "errno": "ENOTTY",
        ])
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
        #expect(d.error("iommufd-ioas-map-file", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "offset": 4096, "size": 65536])
            == "range [0x1000, +0x10000) is outside memory backend 'ram0' (size 0x10000)")
    }
}
