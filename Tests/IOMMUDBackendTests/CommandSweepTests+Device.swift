#if canImport(Glibc)
import Glibc
#endif
import JSON
import Testing

/// The device model's scenarios: device_add and device_del of vfio-pci
/// (iommufd backend) and pc-dimm, query-vfio. Each comment lists the
/// calls whose failure fails the command, in order; closing a descriptor
/// is never failed.
extension CommandSweepTests {
    static let deviceScenarios: [String: [Scenario]] = [
        "device_add": [
            // none: no container mirrors the address space yet
            Scenario("a dimm, no container", calls: 0) { d in
                d.addObjects()
                return Daemon.dimm0
            },
            // IOMMU_IOAS_MAP into the one container of the space
            Scenario("a dimm, one container", calls: 1, check: { d, _, _ in
                #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"] == [["iova": 0, "size": 1_048_576]])
            }) { d in
                d.addObjects()
                d.addNIC()
                return Daemon.dimm0
            },
            // IOMMU_IOAS_MAP into each of the two containers (one per iommufd object)
            Scenario("a dimm, two containers", calls: 2) { d in
                d.addObjects()
                _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd1"])
                d.addNIC()
                _ = d.ok("device_add", ["driver": "vfio-pci", "id": "gpu", "host": .string(Daemon.gpu), "iommufd": "iommufd1"])
                return Daemon.dimm0
            },
            // open the cdev, open /dev/iommu, VFIO_DEVICE_BIND_IOMMUFD,
            // IOMMU_IOAS_ALLOC (the container), IOMMU_GET_HW_INFO (read once,
            // for the HWPT and the host IOMMU device), IOMMU_HWPT_ALLOC,
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT, IOMMU_IOAS_MAP (the dimm's
            // replay), VFIO_DEVICE_GET_INFO, IOMMU_IOAS_IOVA_RANGES
            Scenario("vfio-pci, a new container replaying a dimm", calls: 10, check: { d, _, _ in
                let container = d.ok("query-vfio")?.arrayValue?.first
                #expect(container?["devices"] == ["nic0"] && container?["mappings"] == [["iova": 0, "size": 1_048_576]])
            }) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                return Daemon.nic0Device
            },
            // open the cdev, open /dev/iommu, VFIO_DEVICE_BIND_IOMMUFD,
            // IOMMU_IOAS_ALLOC, IOMMU_GET_HW_INFO, IOMMU_HWPT_ALLOC,
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT, VFIO_DEVICE_GET_INFO,
            // IOMMU_IOAS_IOVA_RANGES, then the export's socket: socket, bind
            // (under a temporary name), listen, rename. A failure leaves no
            // socket file (the snapshot looks at the path).
            Scenario("vfio-pci served over vfio-user", calls: 13,
                     observe: { args in Daemon.socketState(args["vfio-user"]?.stringValue) },
                     check: { d, args, _ in
                         #expect(d.ok("query-vfio")?.arrayValue?.first?["vfio-user"]?["path"] == args["vfio-user"])
                         _ = d.ok("device_del", ["id": "nic0"])
                         #expect(Daemon.socketState(args["vfio-user"]?.stringValue) == "absent")
                     },
                     cleanup: { args in _ = args["vfio-user"]?.stringValue.map { unlink($0) } }) { d in
                d.addObjects()
                return ["driver": "vfio-pci", "id": "nic0", "host": .string(Daemon.nic0), "iommufd": "iommufd0",
                        "vfio-user": .string("/tmp/iommud-sweep-\(getpid()).sock")]
            },
            // open the cdev, VFIO_DEVICE_BIND_IOMMUFD, IOMMU_GET_HW_INFO,
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT (the container's HWPT takes it),
            // VFIO_DEVICE_GET_INFO, IOMMU_IOAS_IOVA_RANGES (its host IOMMU device)
            Scenario("vfio-pci joining a container", calls: 6) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                d.addNIC()
                return ["driver": "vfio-pci", "id": "nvme", "host": .string(Daemon.nvme), "iommufd": "iommufd0"]
            },
            // open the cdev, VFIO_DEVICE_BIND_IOMMUFD, VFIO_DEVICE_ATTACH_IOMMUFD_PT
            // (an mdev goes to the IOAS), VFIO_DEVICE_GET_INFO
            Scenario("an mdev joining a container", calls: 4) { d in
                d.addObjects()
                d.addNIC()
                return ["driver": "vfio-pci", "id": "mdev", "host": .string(Daemon.mdev), "iommufd": "iommufd0"]
            },
            // VFIO_IOMMU_MAP_DMA into the legacy container
            Scenario("a dimm, a legacy container", calls: 1) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.legacyNIC0)
                return Daemon.dimm0
            },
            // open /dev/vfio/12, VFIO_GROUP_GET_STATUS, open /dev/vfio/vfio,
            // VFIO_GET_API_VERSION, VFIO_GROUP_SET_CONTAINER,
            // VFIO_CHECK_EXTENSION(TYPE1v2), VFIO_SET_IOMMU,
            // VFIO_IOMMU_GET_INFO, VFIO_IOMMU_MAP_DMA (the dimm's replay),
            // VFIO_GROUP_GET_DEVICE_FD, VFIO_DEVICE_GET_INFO
            Scenario("legacy vfio-pci, a new container replaying a dimm", calls: 11, check: { d, _, _ in
                let container = d.ok("query-vfio")?.arrayValue?.first
                #expect(container?["backend"] == "legacy" && container?["mappings"] == [["iova": 0, "size": 1_048_576]])
                #expect(d.kernel.legacyContainers.values.first?.mappings == [0...0xfffff])
            }) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                return Daemon.legacyNIC0
            },
            // The same without the dimm (10), then the export's socket:
            // socket, bind, listen, rename.
            Scenario("legacy vfio-pci served over vfio-user", calls: 14,
                     observe: { args in Daemon.socketState(args["vfio-user"]?.stringValue) },
                     check: { d, args, _ in
                         let container = d.ok("query-vfio")?.arrayValue?.first
                         #expect(container?["backend"] == "legacy" && container?["vfio-user"]?["path"] == args["vfio-user"])
                         _ = d.ok("device_del", ["id": "nic0"])
                         #expect(Daemon.socketState(args["vfio-user"]?.stringValue) == "absent")
                     },
                     cleanup: { args in _ = args["vfio-user"]?.stringValue.map { unlink($0) } }) { _ in
                ["driver": "vfio-pci", "id": "nic0", "host": .string(Daemon.nic0),
                 "vfio-user": .string("/tmp/iommud-sweep-legacy-\(getpid()).sock")]
            },
            // open /dev/vfio/45, VFIO_GROUP_GET_STATUS,
            // VFIO_GROUP_SET_CONTAINER (type1 adds a domain for dmar1 and
            // replays the dimm), VFIO_IOMMU_GET_INFO (its IOVA ranges now),
            // VFIO_GROUP_GET_DEVICE_FD, VFIO_DEVICE_GET_INFO
            Scenario("legacy vfio-pci, a group joining the container", calls: 6, check: { d, _, _ in
                #expect(d.kernel.legacyContainers.values.first?.domains == [[12], [45]])
            }) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                _ = d.ok("device_add", Daemon.legacyNIC0)
                return ["driver": "vfio-pci", "id": "gpu", "host": .string(Daemon.gpu)]
            },
            // VFIO_GROUP_GET_DEVICE_FD, VFIO_DEVICE_GET_INFO: group 12 is open
            Scenario("legacy vfio-pci sharing its group", calls: 2) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.legacyNIC0)
                return ["driver": "vfio-pci", "id": "nic1", "host": "0000:17:00.1"]
            },
        ] + viommuDeviceAddScenarios,
        "device_del": [
            // none: no container to unmap it from
            Scenario("a dimm, no container", calls: 0) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                return ["id": "dimm0"]
            },
            // IOMMU_IOAS_UNMAP from the one container
            Scenario("a dimm, one container", calls: 1) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                d.addNIC()
                return ["id": "/machine/peripheral/dimm0"]
            },
            // VFIO_DEVICE_DETACH_IOMMUFD_PT (its HWPT keeps the other device)
            Scenario("vfio-pci, not the container's last", calls: 1) { d in
                d.addObjects()
                d.addNIC()
                _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nvme", "host": .string(Daemon.nvme), "iommufd": "iommufd0"])
                return ["id": "nvme"]
            },
            // IOMMU_IOAS_UNMAP of the dimm, VFIO_DEVICE_DETACH_IOMMUFD_PT,
            // IOMMU_DESTROY of its HWPT, IOMMU_DESTROY of the IOAS, then the
            // close. The HWPT's destroy cannot be undone: when the IOAS's
            // destroy fails after it, the error says so and the model still
            // matches the kernel.
            Scenario("vfio-pci, the container's last", calls: 4, afterIrreversible: [4], check: { d, _, _ in
                #expect(d.ok("query-vfio") == [] && d.ok("query-iommufd")?.arrayValue?.first?["ioas"] == [])
                #expect(d.kernel.openFileCount == 0, "/dev/iommu closed with its last user")
            }) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                d.addNIC()
                return ["id": "nic0"]
            },
            // VFIO_IOMMU_UNMAP_DMA from the legacy container
            Scenario("a dimm, a legacy container", calls: 1) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                _ = d.ok("device_add", Daemon.legacyNIC0)
                return ["id": "dimm0"]
            },
            // none: the device descriptor is closed; group 12 stays open for nic1
            Scenario("legacy vfio-pci, not its group's last", calls: 0, check: { d, _, _ in
                #expect(d.ok("query-vfio")?.arrayValue?.first?["groups"] == [12])
            }) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.legacyNIC0)
                _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic1", "host": "0000:17:00.1"])
                return ["id": "nic0"]
            },
            // VFIO_IOMMU_UNMAP_DMA of the dimm, then the device, group and
            // container descriptors are closed
            Scenario("legacy vfio-pci, the container's last", calls: 1, check: { d, _, _ in
                #expect(d.ok("query-vfio") == [] && d.kernel.openFileCount == 0)
            }) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                _ = d.ok("device_add", Daemon.legacyNIC0)
                return ["id": "nic0"]
            },
        ] + viommuDeviceDelScenarios,
        "dirty-tracking-start": [
            // IOMMU_HWPT_SET_DIRTY_TRACKING of nic0's HWPT, VFIO_IOMMU_DIRTY_PAGES
            // START of the legacy container: a failure of the second stops the first
            Scenario("both backends", calls: 2, check: { d, _, _ in
                #expect(d.ok("query-vfio")?.arrayValue?.map { $0["dirty-tracking"] } == [true, true])
            }) { d in
                d.addTwoBackends()
                return [:]
            },
            // none: refused before any container starts
            Scenario("a device that cannot track", calls: 0, outcome: .fails(errno: nil)) { d in
                d.addObjects()
                _ = d.ok("device_add", ["driver": "vfio-pci", "id": "gpu", "host": .string(Daemon.gpu), "iommufd": "iommufd0"])
                return [:]
            },
        ],
        "dirty-tracking-stop": [
            // IOMMU_HWPT_SET_DIRTY_TRACKING, VFIO_IOMMU_DIRTY_PAGES STOP
            Scenario("both backends", calls: 2) { d in
                d.addTwoBackends()
                _ = d.ok("dirty-tracking-start")
                return [:]
            },
        ],
        "query-dirty-bitmap": [
            // IOMMU_HWPT_GET_DIRTY_BITMAP, VFIO_IOMMU_DIRTY_PAGES GET_BITMAP
            Scenario("both backends", calls: 2, check: { _, _, response in
                #expect(response["return"]?["dirty-pages"] == 256, "type1: every page of the dimm")
            }) { d in
                d.addTwoBackends()
                _ = d.ok("dirty-tracking-start")
                return ["addr": 0, "size": 1_048_576]
            },
            // fstat, fcntl, ftruncate ×2, IOMMU_HWPT_GET_DIRTY_BITMAP, mmap
            Scenario("into a passed descriptor", calls: 6, errno: .EIO, consumes: ["bitmap"], provide: { d in
                d.session.monitor.setNamed("bitmap", Daemon.anonymousFile())
            }, check: { _, _, response in
                #expect(response["return"]?["bitmap-size"] == 32)
            }) { d in
                d.addObjects()
                _ = d.ok("device_add", Daemon.dimm0)
                d.addNIC()
                _ = d.ok("dirty-tracking-start")
                return ["addr": 0, "size": 1_048_576, "fd": "bitmap"]
            },
        ],
        "query-vfio": [
            // none
            Scenario("a container", calls: 0) { d in
                d.addObjects()
                d.addNIC()
                return [:]
            },
        ],
    ]
}

extension Daemon {
    /// ram0 as a dimm at guest physical address 0.
    static let dimm0: JSONValue = ["driver": "pc-dimm", "id": "dimm0", "memdev": "ram0", "addr": 0]
    /// The NIC as vfio-pci on iommufd0.
    static let nic0Device: JSONValue = ["driver": "vfio-pci", "id": "nic0", "host": .string(nic0), "iommufd": "iommufd0"]

    /// The NIC as vfio-pci on the legacy backend.
    static let legacyNIC0: JSONValue = ["driver": "vfio-pci", "id": "nic0", "host": .string(nic0)]

    /// dimm0, nic0 on iommufd0 and the GPU on the legacy backend: two
    /// containers of "system", both able to track dirty pages.
    func addTwoBackends() {
        addObjects()
        _ = ok("device_add", Self.dimm0)
        addNIC()
        _ = ok("device_add", ["driver": "vfio-pci", "id": "gpu", "host": .string(Self.gpu)])
    }

    /// Adds the NIC as vfio-pci `nic0` on iommufd0 (a container of "system").
    func addNIC() {
        _ = ok("device_add", Self.nic0Device)
    }

    /// Whether a file (the export's socket) is at `path`, and the
    /// temporary name it is bound under is not.
    static func socketState(_ path: String?) -> String {
        guard let path else { return "no path" }
        var st = stat()
        let staged = lstat(path + ".\(getpid()).tmp", &st) == 0 ? " and its temporary name" : ""
        return (lstat(path, &st) == 0 ? "present" : "absent") + staged
    }
}
