import JSON
import Posix
import Testing

/// The vfio-* commands' scenarios, QEMU's attach and detach in steps, and
/// the simulated devices' DMA. Each comment lists the calls whose failure
/// fails the command, in order; closing a descriptor is never failed.
extension CommandSweepTests {
    static let vfioScenarios: [String: [Scenario]] = [
        "query-vfio-host-devices": [
            // none: the simulated kernel lists its host without a call (on
            // the host, discovery reads sysfs through the kernel's own table)
            Scenario("one bound", calls: 0) { d in
                d.addObjects()
                _ = d.bind(Daemon.nic0)
                return [:]
            },
        ],
        "vfio-device-bind": [
            // open the cdev, open /dev/iommu (the object's first user),
            // VFIO_DEVICE_BIND_IOMMUFD
            Scenario("the object's first kernel object", calls: 3) { d in
                d.addObjects()
                return ["iommufd": "iommufd0", "host": .string(Daemon.nic0)]
            },
            // open the cdev, VFIO_DEVICE_BIND_IOMMUFD
            Scenario("an mdev, /dev/iommu already open", calls: 2) { d in
                d.addMappedIOAS()
                return ["iommufd": "iommufd0", "host": .string(Daemon.mdev)]
            },
            // none: the simulated kernel has no device behind a foreign
            // descriptor (ENODEV, refused before any call: no errno); the
            // descriptor is consumed all the same
            Scenario("a passed descriptor", calls: 0, outcome: .fails(errno: nil), consumes: ["dev0"], provide: { d in
                d.session.monitor.setNamed("dev0", Daemon.devNull())
            }, check: { _, _, response in
                #expect(response["error"]?["desc"]?.stringValue?.hasPrefix("the simulated kernel has no VFIO device") == true)
            }) { d in
                d.addMappedIOAS()
                return ["iommufd": "iommufd0", "fd": "dev0"]
            },
        ],
        "vfio-device-unbind": [
            // none: the device's descriptor is closed (and /dev/iommu after
            // the object's last user), which never fails
            Scenario("not attached, the object's last user", calls: 0, check: { d, _, _ in
                #expect(d.kernel.openFileCount == 0)
            }) { d in
                d.addObjects()
                return ["iommufd": "iommufd0", "dev-id": d.bind(Daemon.nic0)]
            },
            // VFIO_DEVICE_DETACH_IOMMUFD_PT, IOMMU_DESTROY of its automatic
            // HWPT (whose failure re-attaches the device), then the close
            Scenario("the last device of its automatic HWPT", calls: 2, check: { d, _, _ in
                #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"] == [])
            }) { d in
                d.addMappedIOAS()
                let gpu = d.bind(Daemon.gpu)
                d.attach(gpu, to: 1)
                return ["iommufd": "iommufd0", "dev-id": gpu]
            },
            // VFIO_DEVICE_DETACH_IOMMUFD_PT: another device keeps the HWPT
            Scenario("sharing its automatic HWPT", calls: 1) { d in
                d.addMappedIOAS()
                let nic = d.bind(Daemon.nic0)
                let nvme = d.bind(Daemon.nvme)
                d.attach(nic, to: 1)
                d.attach(nvme, to: 1)
                return ["iommufd": "iommufd0", "dev-id": nvme]
            },
        ],
        "vfio-device-attach": [
            // IOMMU_GET_HW_INFO, IOMMU_HWPT_ALLOC, VFIO_DEVICE_ATTACH_IOMMUFD_PT
            // (whose failure destroys the new HWPT)
            Scenario("a new automatic HWPT", calls: 3) { d in
                d.addMappedIOAS()
                return ["iommufd": "iommufd0", "dev-id": d.bind(Daemon.nic0), "pt-id": 1]
            },
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT to the IOAS's automatic HWPT
            Scenario("reusing a compatible automatic HWPT", calls: 1) { d in
                d.addMappedIOAS()
                d.attach(d.bind(Daemon.nic0), to: 1)
                return ["iommufd": "iommufd0", "dev-id": d.bind(Daemon.nvme), "pt-id": 1]
            },
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT to the existing HWPT (EINVAL:
            // dmar1 cannot track dirty pages; skipped), IOMMU_GET_HW_INFO,
            // IOMMU_HWPT_ALLOC, VFIO_DEVICE_ATTACH_IOMMUFD_PT
            Scenario("an incompatible automatic HWPT, then a new one", calls: 4) { d in
                d.addMappedIOAS()
                d.attach(d.bind(Daemon.nic0), to: 1)
                return ["iommufd": "iommufd0", "dev-id": d.bind(Daemon.gpu), "pt-id": 1]
            },
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT to the IOAS itself: an mdev has no
            // IOMMU to make a HWPT for
            Scenario("an mdev to the IOAS", calls: 1) { d in
                d.addMappedIOAS()
                return ["iommufd": "iommufd0", "dev-id": d.bind(Daemon.mdev), "pt-id": 1]
            },
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT to a HWPT from iommufd-hwpt-alloc
            Scenario("a HWPT by id", calls: 1) { d in
                d.addMappedIOAS()
                let nic = d.bind(Daemon.nic0)
                let hwpt = d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["hwpt-id"] ?? 0
                return ["iommufd": "iommufd0", "dev-id": nic, "pt-id": hwpt]
            },
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT to another device's automatic
            // HWPT, joined by its id
            Scenario("an automatic HWPT by id", calls: 1) { d in
                d.addMappedIOAS()
                let auto = d.attach(d.bind(Daemon.nic0), to: 1)
                return ["iommufd": "iommufd0", "dev-id": d.bind(Daemon.nvme), "pt-id": auto]
            },
            // VFIO_DEVICE_ATTACH_IOMMUFD_PT, which replaces the attachment
            Scenario("replacing one HWPT by another", calls: 1) { d in
                d.addMappedIOAS()
                let nic = d.bind(Daemon.nic0)
                let first = d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["hwpt-id"] ?? 0
                let second = d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["hwpt-id"] ?? 0
                d.attach(nic, to: first)
                return ["iommufd": "iommufd0", "dev-id": nic, "pt-id": second]
            },
        ],
        "vfio-device-detach": [
            // VFIO_DEVICE_DETACH_IOMMUFD_PT: another device keeps the HWPT
            Scenario("not the last device of its automatic HWPT", calls: 1) { d in
                d.addMappedIOAS()
                let nic = d.bind(Daemon.nic0)
                d.attach(nic, to: 1)
                d.attach(d.bind(Daemon.nvme), to: 1)
                return ["iommufd": "iommufd0", "dev-id": nic]
            },
            // VFIO_DEVICE_DETACH_IOMMUFD_PT, IOMMU_DESTROY of the HWPT (whose
            // failure re-attaches the device)
            Scenario("the last device of its automatic HWPT", calls: 2) { d in
                d.addMappedIOAS()
                let nic = d.bind(Daemon.nic0)
                d.attach(nic, to: 1)
                return ["iommufd": "iommufd0", "dev-id": nic]
            },
            // VFIO_DEVICE_DETACH_IOMMUFD_PT, IOMMU_DESTROY: a device that
            // joined an automatic HWPT by id is its member, so its detach
            // takes the HWPT, and its user, with it
            Scenario("the last device, which joined the automatic HWPT by id", calls: 2, check: { d, _, _ in
                #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"] == [])
                #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == 3, "the IOAS and the two devices")
                #expect(!d.kernel.objectInventory.contains { $0.contains("HWPT") })
            }) { d in
                d.addObjects()
                d.allocIOAS()
                let nic = d.bind(Daemon.nic0)
                let nvme = d.bind(Daemon.nvme)
                d.attach(nvme, to: d.attach(nic, to: 1))
                _ = d.ok("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": nic])
                return ["iommufd": "iommufd0", "dev-id": nvme]
            },
            // VFIO_DEVICE_DETACH_IOMMUFD_PT: a HWPT the client made stays
            Scenario("from a HWPT by id", calls: 1) { d in
                d.addMappedIOAS()
                let nic = d.bind(Daemon.nic0)
                d.attach(nic, to: d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["hwpt-id"] ?? 0)
                return ["iommufd": "iommufd0", "dev-id": nic]
            },
            // VFIO_DEVICE_DETACH_IOMMUFD_PT
            Scenario("an mdev from the IOAS", calls: 1) { d in
                d.addMappedIOAS()
                let mdev = d.bind(Daemon.mdev)
                d.attach(mdev, to: 1)
                return ["iommufd": "iommufd0", "dev-id": mdev]
            },
        ],
        "vfio-device-get-info": [
            // VFIO_DEVICE_GET_INFO
            Scenario("a bound device", calls: 1) { d in
                d.addObjects()
                return ["iommufd": "iommufd0", "dev-id": d.bind(Daemon.nic0)]
            },
        ],
        "x-sim-dma-write": [
            // none: the simulated device's DMA is the kernel playing a
            // device, not a call iommud makes
            Scenario("through an automatic HWPT", calls: 0) { d in
                d.addMappedIOAS()
                d.attach(d.bind(Daemon.nic0), to: 1)
                return ["device": .string(Daemon.nic0), "iova": 1_048_576, "size": 4096, "fill": 171]
            },
        ],
        "x-sim-irq": [
            // none, as x-sim-dma-write; refused while nobody enabled the
            // device's interrupts (VFIOUserDeviceAccessTests has them set)
            Scenario("a device whose user enabled no interrupt", calls: 0, outcome: .fails(errno: "EINVAL")) { d in
                d.addObjects()
                _ = d.bind(Daemon.nic0)
                return ["device": .string(Daemon.nic0), "index": "msix", "vector": 0]
            },
        ],
        "x-sim-dma-read": [
            // none, as x-sim-dma-write
            Scenario("through an automatic HWPT", calls: 0) { d in
                d.addMappedIOAS()
                d.attach(d.bind(Daemon.nic0), to: 1)
                return ["device": .string(Daemon.nic0), "iova": 1_048_576, "size": 16]
            },
        ],
    ]
}
