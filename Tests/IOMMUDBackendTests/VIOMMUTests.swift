@testable import IOMMUDBackend
import JSON
import SimulatedKernel
import Testing

extension SimulatedHost {
    /// A host for the vIOMMU checks: a 39-bit IOMMU, a 48-bit nesting one
    /// without first-stage 1 GiB pages, a 48-bit nesting one with them
    /// (and a device of it behind a PCI bridge), and the default mdev.
    static let viommu: SimulatedHost = {
        var narrow = VTdRegisters.sapphireRapidsLike(slads: true)
        narrow.addressWidth = 39
        var noFS1GP = VTdRegisters.sapphireRapidsLike(slads: true)
        noFS1GP.nesting = true
        noFS1GP.firstStage1GPages = false
        var nesting = VTdRegisters.sapphireRapidsLike(slads: true)
        nesting.nesting = true
        var bridged = SimulatedDevice(
            sysfsName: "0000:05:01.0", cdevPath: "/dev/vfio/devices/vfio3", iommu: "dmar2", group: 4,
            summary: "behind a PCI bridge")
        bridged.behindBridge = true
        return SimulatedHost(
            iommus: [
                SimulatedIOMMU(name: "dmar0", registers: narrow), SimulatedIOMMU(name: "dmar1", registers: noFS1GP),
                SimulatedIOMMU(name: "dmar2", registers: nesting),
            ],
            devices: [
                SimulatedDevice(sysfsName: VIOMMUTests.narrow, cdevPath: "/dev/vfio/devices/vfio0", iommu: "dmar0", group: 1),
                SimulatedDevice(sysfsName: VIOMMUTests.noFS1GP, cdevPath: "/dev/vfio/devices/vfio1", iommu: "dmar1", group: 2),
                SimulatedDevice(sysfsName: VIOMMUTests.nesting, cdevPath: "/dev/vfio/devices/vfio2", iommu: "dmar2", group: 3),
                bridged,
                SimulatedDevice(sysfsName: VIOMMUTests.mdev, cdevPath: "/dev/vfio/devices/vfio4", iommu: nil, group: nil),
            ])
    }()
}

/// vIOMMUs and host IOMMU devices: the machine's phases, intel-iommu's
/// realize rules and its check and sync of every assigned device,
/// migration blockers. Every refusal has QEMU's text and changes nothing.
@Suite struct VIOMMUTests {
    static let narrow = "0000:17:00.0"  // dmar0: 39-bit
    static let noFS1GP = "0000:65:00.0"  // dmar1: 48-bit, nesting, no FS1GP
    static let nesting = "0000:66:00.0"  // dmar2: 48-bit, nesting, FS1GP
    static let bridged = "0000:05:01.0"  // dmar2, behind a PCI bridge
    static let mdev = "83b8f4f2-509f-382f-3c1e-e6bfe0fa1002"

    static func vfio(_ id: String, _ host: String, iommufd: Bool = true) -> JSONValue {
        iommufd ? ["driver": "vfio-pci", "id": .string(id), "host": .string(host), "iommufd": "iommufd0"]
            : ["driver": "vfio-pci", "id": .string(id), "host": .string(host)]
    }

    static let vtd48: JSONValue = ["driver": "intel-iommu", "id": "viommu0", "aw-bits": 48, "caching-mode": true]
    static let flts: JSONValue = [
        "driver": "intel-iommu", "id": "viommu0", "aw-bits": 48, "caching-mode": true, "x-scalable-mode": true,
        "x-flts": true,
    ]

    /// A daemon being built (coldplug) on the vIOMMU host, with iommufd0.
    func building() -> Daemon {
        let d = Daemon(host: .viommu, prelaunch: true)
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        return d
    }

    func property(_ d: Daemon, _ id: String, _ name: String) -> JSONValue? {
        d.ok("qom-get", ["path": .string("/machine/peripheral/" + id), "property": .string(name)])
    }

    /// Everything a refused device_add must leave as it was.
    func state(_ d: Daemon) -> [JSONValue?] {
        [d.ok("query-vfio"), d.ok("query-iommufd"), d.ok("qom-list", ["path": "/machine/peripheral"])]
            + Snapshot(d).machine
    }

    // MARK: Phases

    @Test func theMachineIsBuiltUntilPreconfigEnds() {
        let d = building()
        #expect(d.ok("query-status") == ["running": false, "status": "prelaunch"])
        #expect(d.ok("x-exit-preconfig") == [:])
        #expect(d.ok("query-status") == ["running": true, "status": "running"])
        #expect(d.error("x-exit-preconfig") == "The command is permitted only before machine initialization")
        #expect(Daemon().ok("query-status") == ["running": true, "status": "running"])
    }

    // MARK: intel-iommu

    @Test func intelIOMMUHasQEMUsDefaultsAndRealizeRules() {
        let d = building()
        for (arguments, error) in [
            (["driver": "intel-iommu", "id": "v", "aw-bits": 40] as JSONValue,
             "Legacy mode: supported values for aw-bits are: 39, 48"),
            (["driver": "intel-iommu", "id": "v", "aw-bits": 57, "x-scalable-mode": true],
             "Scalable mode(flts=off): supported values for aw-bits are: 39, 48"),
            (["driver": "intel-iommu", "id": "v", "x-flts": true], "x-flts is only available in scalable mode"),
            (["driver": "intel-iommu", "id": "v", "x-flts": true, "x-scalable-mode": true],
             "Scalable mode(flts=on): supported value for aw-bits is: 48"),
        ] {
            #expect(d.error("device_add", arguments) == error)
        }
        #expect(d.ok("device_add", ["driver": "intel-iommu", "id": "viommu0"]) == [:])
        #expect(property(d, "viommu0", "aw-bits") == 39 && property(d, "viommu0", "caching-mode") == false)
        #expect(property(d, "viommu0", "fs1gp") == true && property(d, "viommu0", "x-flts") == false)
        #expect(d.error("device_add", ["driver": "virtio-iommu-pci", "id": "v2"])
            == "QEMU does not support multiple vIOMMUs for x86 yet.")
        // Another address space may have its own.
        #expect(d.ok("device_add", ["driver": "virtio-iommu-pci", "id": "v2", "address-space": "vm2"]) == [:])
        #expect(d.error("device_del", ["id": "viommu0"]) == "Device 'intel-iommu' does not support hotplugging")
        _ = d.ok("x-exit-preconfig")
        #expect(d.error("device_add", ["driver": "intel-iommu", "id": "v3", "address-space": "vm3"])
            == "Device 'intel-iommu' does not support hotplugging")
    }

    @Test func aVIOMMUComesBeforeTheDevicesItTranslates() {
        let d = building()
        _ = d.ok("device_add", Self.vfio("nic0", Self.nesting))
        #expect(d.error("device_add", Self.vtd48)
            == "intel-iommu 'viommu0' must come before the assigned devices of address space 'system' it translates: 'nic0' is there already")
    }

    @Test func assignmentNeedsCachingMode() {
        let d = building()
        _ = d.ok("device_add", ["driver": "intel-iommu", "id": "viommu0"])
        let before = state(d)
        #expect(d.error("device_add", Self.vfio("nic0", Self.nesting))
            == "vfio \(Self.nesting): Device assignment is not allowed without enabling caching-mode=on for Intel IOMMU.")
        #expect(state(d) == before)
        #expect(d.kernel.openFileCount == Daemon(host: .viommu).kernel.openFileCount)
    }

    @Test func coldplugSyncsAWBitsDownAndBlocksMigration() throws {
        let d = building()
        _ = d.ok("device_add", Self.vtd48)
        #expect(d.ok("query-migrate") == [:])
        _ = d.ok("device_add", Self.vfio("nic0", Self.narrow))
        #expect(property(d, "viommu0", "aw-bits") == 39)
        #expect(d.ok("query-migrate") == ["blocked-reasons": [
            "intel-iommu 'viommu0': aw-bits synced from 48 to 39 for device 'nic0' (host aw-bits 39)",
        ]])
        let hiod = try #require(d.ok("query-host-iommu-devices")?.arrayValue?.first)
        #expect(hiod["device"] == "nic0" && hiod["aw-bits"] == 39 && hiod["viommu"] == "viommu0")
        // The device goes; the vIOMMU stays changed, and so does the blocker.
        _ = d.ok("device_del", ["id": "nic0"])
        #expect(d.ok("query-host-iommu-devices") == [])
        #expect(property(d, "viommu0", "aw-bits") == 39)
        #expect(d.ok("query-migrate")?["blocked-reasons"]?.arrayValue?.count == 1)
    }

    @Test func hotplugOnlyChecksAWBits() {
        let d = building()
        _ = d.ok("device_add", Self.vtd48)
        _ = d.ok("device_add", Self.vfio("nvme0", Self.nesting))
        _ = d.ok("x-exit-preconfig")
        let before = state(d)
        for iommufd in [true, false] {
            #expect(d.error("device_add", Self.vfio("nic0", Self.narrow, iommufd: iommufd))
                == "vfio \(Self.narrow): aw-bits 48 > host aw-bits 39", "iommufd: \(iommufd)")
            #expect(state(d) == before)
        }
        // A 48-bit host suits a 48-bit guest, on either backend.
        _ = d.ok("device_add", Self.vfio("bridged", Self.bridged, iommufd: false))
        #expect(d.ok("query-migrate") == [:])
    }

    @Test func hostIOMMUDevicesDescribeEachBackend() throws {
        let d = building()
        _ = d.ok("device_add", Self.vfio("nic0", Self.narrow))
        _ = d.ok("device_add", Self.vfio("leg0", Self.nesting, iommufd: false))
        _ = d.ok("device_add", Self.vfio("mdev0", Self.mdev))
        let list = try #require(d.ok("query-host-iommu-devices")?.arrayValue)
        #expect(list.map { $0["device"] } == ["nic0", "leg0"], "an mdev has none")
        let nic = list[0], leg = list[1]
        #expect(nic["backend"] == "iommufd" && nic["iommu-type"] == "intel-vtd" && nic["aw-bits"] == 39)
        #expect(nic["page-size-mask"] == 4096 && nic["capabilities"] == ["dirty-tracking"] && nic["max-pasid-log2"] == 0)
        #expect(nic["vtd"]?["address-width"] == 39 && nic["aliased"] == false)
        #expect(nic["hwpt-id"] == property(d, "nic0", "hwpt"))
        #expect(leg["backend"] == "legacy" && leg["iommu-type"] == nil && leg["vtd"] == nil && leg["hwpt-id"] == nil)
        #expect(leg["aw-bits"] == 48 && leg["page-size-mask"] == 0x4020_1000)
    }

    // MARK: x-flts

    @Test func xFLTSNestsEveryDeviceAndRefusesWhatCannotNest() throws {
        let d = building()
        _ = d.ok("device_add", Self.flts)
        _ = d.ok("device_add", Self.vfio("nic0", Self.nesting))
        let hwpt = try #require(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.first)
        #expect(hwpt["flags"]?.arrayValue?.contains("nest-parent") == true)
        let before = state(d)
        for (device, error) in [
            (Self.vfio("leg0", Self.noFS1GP, iommufd: false), "vfio \(Self.noFS1GP): Need IOMMUFD backend when x-flts=on"),
            (Self.vfio("br0", Self.bridged),
             "vfio \(Self.bridged): Host device downstream to a PCI bridge is unsupported when x-flts=on"),
            (Self.vfio("narrow", Self.narrow),
             "vfio \(Self.narrow): intel-iommu 'viommu0' has x-flts=on, which needs a nest-parent HWPT the host IOMMU cannot make: IOMMU_HWPT_ALLOC failed: EOPNOTSUPP (Operation not supported)"),
        ] {
            #expect(d.error("device_add", device) == error)
            #expect(state(d) == before)
        }
        // Coldplug: fs1gp lowered to the host's.
        _ = d.ok("device_add", Self.vfio("nvme0", Self.noFS1GP))
        #expect(property(d, "viommu0", "fs1gp") == false)
        #expect(d.ok("query-migrate") == ["blocked-reasons": [
            "intel-iommu 'viommu0': fs1gp synced from on to off for device 'nvme0' (host IOMMU without FS1GP)",
        ]])
    }

    @Test func hotplugRefusesAHostWithoutFS1GP() {
        let d = building()
        _ = d.ok("device_add", Self.flts)
        _ = d.ok("x-exit-preconfig")
        let before = state(d)
        #expect(d.error("device_add", Self.vfio("nvme0", Self.noFS1GP))
            == "vfio \(Self.noFS1GP): First stage 1GB large page is unsupported by host IOMMU")
        #expect(state(d) == before)
    }

    @Test func theGuestsStage1TablesNestOnTheDefaultHWPT() throws {
        let d = building()
        _ = d.ok("device_add", Self.flts)
        _ = d.ok("device_add", Self.vfio("nic0", Self.nesting))
        let parent = try #require(property(d, "nic0", "hwpt"))
        let s1: JSONValue = ["pgtbl-addr": 0x10_0000, "addr-width": 48]
        let first = try #require(d.ok("vtd-device-attach-hwpt", ["device": "nic0", "vtd-s1": s1])?["hwpt-id"])
        #expect(first != parent && property(d, "nic0", "attached-to") == first)
        // The stage-1 HWPT belongs to the device model.
        #expect(d.error("iommufd-destroy", ["iommufd": "iommufd0", "id": first])
            == "HWPT \(first.int64Value ?? 0) belongs to the VFIO container of address space 'system': use device_add and device_del")
        // A new table replaces the old one, which is destroyed.
        let second = try #require(d.ok("vtd-device-attach-hwpt", ["device": "nic0", "vtd-s1": s1])?["hwpt-id"])
        #expect(property(d, "nic0", "attached-to") == second)
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.count == 2)
        // A table the host cannot walk (5 levels without FL5LP) changes nothing.
        let before = state(d)
        #expect(d.error("vtd-device-attach-hwpt", ["device": "nic0", "vtd-s1": ["pgtbl-addr": 0x10_0000, "addr-width": 57]])
            == "VFIO_DEVICE_ATTACH_IOMMUFD_PT failed: EINVAL (Invalid argument)")
        #expect(state(d) == before)
        // Pass-through, blocked, default again.
        #expect(d.ok("vtd-device-attach-hwpt", ["device": "nic0"]) == ["hwpt-id": parent])
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.count == 1)
        _ = d.ok("vtd-device-attach-hwpt", ["device": "nic0", "vtd-s1": s1])
        #expect(d.ok("vtd-device-detach-hwpt", ["device": "nic0"]) == [:])
        #expect(property(d, "nic0", "attached-to") == .null && property(d, "nic0", "hwpt") == parent)
        #expect(d.ok("vtd-device-reattach-def-hwpt", ["device": "nic0"]) == [:])
        #expect(property(d, "nic0", "attached-to") == parent)
        // device_del with a stage-1 table attached leaves nothing behind.
        _ = d.ok("vtd-device-attach-hwpt", ["device": "nic0", "vtd-s1": s1])
        _ = d.ok("device_del", ["id": "nic0"])
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"] == [])
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["connected"] == false)
    }

    @Test func stage1CommandsNeedANestingVIOMMU() {
        let d = building()
        _ = d.ok("device_add", Self.vtd48)
        _ = d.ok("device_add", Self.vfio("nic0", Self.nesting))
        #expect(d.error("vtd-device-detach-hwpt", ["device": "nic0"])
            == "device 'nic0' is not a vfio-pci device on the iommufd backend behind an intel-iommu with x-flts=on")
        #expect(d.run("vtd-device-detach-hwpt", ["device": "nic9"])["error"]?["class"] == "DeviceNotFound")
    }

    // MARK: virtio-iommu

    @Test func virtioIOMMUANDsTheHostsMaskOnColdplugAndFreezesItsGranule() throws {
        let d = building()
        _ = d.ok("device_add", ["driver": "virtio-iommu-pci", "id": "viommu0", "granule": "4k"])
        #expect(property(d, "viommu0", "page-size-mask") == .uint(0xffff_ffff_ffff_f000))
        _ = d.ok("device_add", Self.vfio("leg0", Self.nesting, iommufd: false))
        #expect(property(d, "viommu0", "page-size-mask") == 0x4020_1000)
        #expect(d.ok("query-migrate") == ["blocked-reasons": [
            "virtio-iommu-pci 'viommu0': page-size-mask synced from 0xfffffffffffff000 to 0x40201000 for device 'leg0' (host page-size-mask 0x40201000)",
        ]])
        _ = d.ok("x-exit-preconfig")
        #expect(property(d, "viommu0", "granule-frozen") == true)
        // The frozen 4 KiB granule suits the host page size of an iommufd device.
        _ = d.ok("device_add", Self.vfio("nic0", Self.narrow))
        #expect(property(d, "viommu0", "page-size-mask") == 0x4020_1000)
    }

    @Test func virtioIOMMURefusesMasksItCannotUse() {
        let d = building()
        _ = d.ok("device_add", ["driver": "virtio-iommu-pci", "id": "viommu0", "granule": "64k"])
        var before = state(d)
        #expect(d.error("device_add", Self.vfio("nic0", Self.narrow))
            == "vfio \(Self.narrow): virtio-iommu reports a page size mask 0x1000 incompatible with currently supported mask 0xffffffffffff0000")
        #expect(state(d) == before)
        _ = d.ok("x-exit-preconfig")
        before = state(d)
        // Frozen at 64 KiB: a type1 host mapping 4 KiB, 2 MiB and 1 GiB pages
        // shares sizes with the mask but not the granule.
        #expect(d.error("device_add", Self.vfio("leg0", Self.nesting, iommufd: false))
            == "vfio \(Self.nesting): virtio-iommu does not support frozen granule 0x10000")
        #expect(state(d) == before)
    }

    // MARK: Migration blockers

    @Test func aContainerThatCannotTrackDirtyPagesBlocksMigration() {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "gpu", "host": "0000:b1:00.0", "iommufd": "iommufd0"])
        #expect(d.ok("query-migrate")?["blocked-reasons"]?.arrayValue?.first?.stringValue?
            .hasPrefix("device 'gpu' cannot track dirty pages") == true)
        _ = d.ok("device_del", ["id": "gpu"])
        #expect(d.ok("query-migrate") == [:])
    }
}
