import JSON
import SimulatedKernel
import Testing

/// The vIOMMU scenarios: phases, queries, device_add of vIOMMUs and of
/// devices they check and sync, and the VT-d stage-1 commands. A sync is
/// part of the command: a failure after it must leave the vIOMMU as it
/// was (the snapshot compares every vIOMMU property and the blockers).
extension CommandSweepTests {
    static let viommuScenarios: [String: [Scenario]] = [
        // none: the phase is iommud's
        "query-status": [Scenario("", calls: 0) { _ in [:] }],
        // none: the report is iommud's (and without --state-dir, refused);
        // with a journal: Tests/interop/test_state_journal.py
        "query-state-journal": [Scenario("without a state directory", calls: 0, outcome: .fails(errno: nil)) { _ in [:] }],
        // none: freezing a granule is iommud's
        "x-exit-preconfig": [
            Scenario("freezing a virtio-iommu", calls: 0, host: .viommu, check: { d, _, _ in
                #expect(d.ok("qom-get", ["path": "viommu0", "property": "granule-frozen"]) == true)
            }) { d in
                _ = d.ok("device_add", ["driver": "virtio-iommu-pci", "id": "viommu0"])
                return [:]
            }.coldplug(),
        ],
        // none: blockers are derived from the model
        "query-migrate": [
            Scenario("a synced vIOMMU", calls: 0, host: .viommu) { d in
                d.addColdplugged()
                return [:]
            }.coldplug(),
        ],
        // none: read when the devices were added
        "query-host-iommu-devices": [
            Scenario("", calls: 0, host: .viommu) { d in
                d.addColdplugged()
                return [:]
            }.coldplug(),
        ],
        // IOMMU_HWPT_ALLOC (nested on the default HWPT), VFIO_DEVICE_ATTACH_IOMMUFD_PT
        "vtd-device-attach-hwpt": [
            Scenario("a first stage-1 table", calls: 2, host: .viommu) { d in
                d.addNesting()
                return Daemon.stage1
            }.coldplug(),
            // IOMMU_HWPT_ALLOC, VFIO_DEVICE_ATTACH_IOMMUFD_PT, IOMMU_DESTROY
            // (the previous table's HWPT, once the new one holds)
            Scenario("a table replacing another", calls: 3, host: .viommu, check: { d, _, _ in
                #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.count == 2)
            }) { d in
                d.addNesting()
                _ = d.ok("vtd-device-attach-hwpt", Daemon.stage1)
                return Daemon.stage1
            }.coldplug(),
        ],
        // VFIO_DEVICE_DETACH_IOMMUFD_PT, IOMMU_DESTROY (the table's HWPT)
        "vtd-device-detach-hwpt": [
            Scenario("from a stage-1 table", calls: 2, host: .viommu) { d in
                d.addNesting()
                _ = d.ok("vtd-device-attach-hwpt", Daemon.stage1)
                return ["device": "nic0"]
            }.coldplug(),
        ],
        // VFIO_DEVICE_ATTACH_IOMMUFD_PT (the default HWPT), IOMMU_DESTROY
        "vtd-device-reattach-def-hwpt": [
            Scenario("from a stage-1 table", calls: 2, host: .viommu) { d in
                d.addNesting()
                _ = d.ok("vtd-device-attach-hwpt", Daemon.stage1)
                return ["device": "nic0"]
            }.coldplug(),
        ],
    ]

    static let viommuDeviceAddScenarios: [Scenario] = [
        // none: a vIOMMU is iommud's
        Scenario("intel-iommu", calls: 0, host: .viommu) { _ in Daemon.fltsVIOMMU }.coldplug(),
        Scenario("virtio-iommu-pci", calls: 0, host: .viommu) { _ in
            ["driver": "virtio-iommu-pci", "id": "viommu0", "granule": "4k"]
        }.coldplug(),
        // open the cdev, open /dev/iommu, VFIO_DEVICE_BIND_IOMMUFD,
        // IOMMU_IOAS_ALLOC, IOMMU_GET_HW_INFO, IOMMU_HWPT_ALLOC (a nest
        // parent), VFIO_DEVICE_ATTACH_IOMMUFD_PT, VFIO_DEVICE_GET_INFO,
        // IOMMU_IOAS_IOVA_RANGES; then fs1gp synced off
        Scenario("vfio-pci coldplugged behind x-flts, fs1gp synced", calls: 9, host: .viommu, check: { d, _, _ in
            #expect(d.ok("qom-get", ["path": "viommu0", "property": "fs1gp"]) == false)
        }) { d in
            _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
            _ = d.ok("device_add", Daemon.fltsVIOMMU)
            return ["driver": "vfio-pci", "id": "nvme0", "host": .string(VIOMMUTests.noFS1GP), "iommufd": "iommufd0"]
        }.coldplug(),
        // open /dev/vfio/1, VFIO_GROUP_GET_STATUS, open /dev/vfio/vfio,
        // VFIO_GET_API_VERSION, VFIO_GROUP_SET_CONTAINER,
        // VFIO_CHECK_EXTENSION(TYPE1v2), VFIO_SET_IOMMU, VFIO_IOMMU_GET_INFO,
        // VFIO_GROUP_GET_DEVICE_FD, VFIO_DEVICE_GET_INFO; then aw-bits synced to 39
        Scenario("legacy vfio-pci coldplugged behind intel-iommu, aw-bits synced", calls: 10, host: .viommu,
                 check: { d, _, _ in
            #expect(d.ok("qom-get", ["path": "viommu0", "property": "aw-bits"]) == 39)
        }) { d in
            _ = d.ok("device_add", VIOMMUTests.vtd48)
            return ["driver": "vfio-pci", "id": "nic0", "host": .string(VIOMMUTests.narrow)]
        }.coldplug(),
    ]
}

extension CommandSweepTests {
    static let viommuDeviceDelScenarios: [Scenario] = [
        // none: a vIOMMU cannot be unplugged
        Scenario("intel-iommu", calls: 0, outcome: .fails(errno: nil), host: .viommu) { d in
            _ = d.ok("device_add", VIOMMUTests.vtd48)
            return ["id": "viommu0"]
        }.coldplug(),
        // VFIO_DEVICE_DETACH_IOMMUFD_PT (from the stage-1 table), IOMMU_DESTROY
        // of the stage-1 HWPT, of the nest parent, of the IOAS, then the
        // close; the destroys cannot be undone.
        Scenario("vfio-pci on a stage-1 table, the container's last", calls: 4, afterIrreversible: [3, 4],
                 host: .viommu, check: { d, _, _ in
            #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"] == [])
            #expect(d.ok("query-host-iommu-devices") == [])
        }) { d in
            d.addNesting()
            _ = d.ok("vtd-device-attach-hwpt", Daemon.stage1)
            return ["id": "nic0"]
        }.coldplug(),
    ]
}

extension Scenario {
    /// The same scenario on a daemon whose machine is being built.
    func coldplug() -> Scenario {
        var copy = self
        copy.prelaunch = true
        return copy
    }
}

extension Daemon {
    /// intel-iommu with x-flts.
    static let fltsVIOMMU = VIOMMUTests.flts
    /// A guest stage-1 table for nic0.
    static let stage1: JSONValue = ["device": "nic0", "vtd-s1": ["pgtbl-addr": 0x10_0000, "addr-width": 48]]

    /// intel-iommu (48 bits) with nic0 coldplugged from the 39-bit IOMMU:
    /// aw-bits synced to 39, a blocker.
    func addColdplugged() {
        _ = ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = ok("device_add", VIOMMUTests.vtd48)
        _ = ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(VIOMMUTests.narrow), "iommufd": "iommufd0"])
    }

    /// intel-iommu with x-flts and nic0 from the nesting IOMMU on iommufd0.
    func addNesting() {
        _ = ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = ok("device_add", Self.fltsVIOMMU)
        _ = ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(VIOMMUTests.nesting), "iommufd": "iommufd0"])
    }
}
