@testable import IOMMUDBackend
import JSON
import Synchronization
import Testing

/// QEMU's device model through `device_add`/`device_del`: dimms mirrored
/// into every container of their address space, vfio-pci devices in one
/// container per (address space, iommufd object) with QEMU's auto domains,
/// `DEVICE_DELETED`, QOM paths, isolation between address spaces, and the
/// errors that change nothing.
@Suite struct DeviceModelTests {
    static let nic0 = "0000:17:00.0"
    static let nvme = "0000:65:00.0"
    static let gpu = "0000:b1:00.0"
    static let mdev = "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001"

    /// Events the daemon emitted, in order.
    final class Events: Sendable {
        let list = Mutex<[(String, JSONObject?)]>([])
        var names: [String] { list.withLock { $0.map(\.0) } }
        var last: JSONValue? { list.withLock { $0.last?.1.map { .object($0) } } }
    }

    /// iommufd0 and ram0 (1 MiB); events recorded.
    func setUp() -> (Daemon, Events) {
        let d = Daemon()
        let events = Events()
        d.session.dispatcher.events.connect { name, data in events.list.withLock { $0.append((name, data)) } }
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 1_048_576])
        return (d, events)
    }

    func vfio(_ id: String, _ host: String, iommufd: String = "iommufd0", space: String? = nil) -> JSONValue {
        guard let space else { return ["driver": "vfio-pci", "id": .string(id), "host": .string(host), "iommufd": .string(iommufd)] }
        return ["driver": "vfio-pci", "id": .string(id), "host": .string(host), "iommufd": .string(iommufd), "address-space": .string(space)]
    }

    func dimm(_ id: String, _ memdev: String, at addr: UInt64, space: String? = nil) -> JSONValue {
        guard let space else { return ["driver": "pc-dimm", "id": .string(id), "memdev": .string(memdev), "addr": .int(Int64(addr))] }
        return ["driver": "pc-dimm", "id": .string(id), "memdev": .string(memdev), "addr": .int(Int64(addr)), "address-space": .string(space)]
    }

    /// The byte at `offset` of memory backend `id`.
    func byte(_ d: Daemon, _ id: String, at offset: Int) -> UInt8? {
        d.object(id, as: MemoryBackendObject.self)?.address.load(fromByteOffset: offset, as: UInt8.self)
    }

    @Test func aDeviceJoinsAContainerThatMirrorsTheDimms() throws {
        let (d, _) = setUp()
        _ = d.ok("device_add", dimm("dimm0", "ram0", at: 1 << 30))
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        let container = try #require(d.ok("query-vfio")?.arrayValue?.first)
        let hwpt = try #require(container["hwpts"]?.arrayValue?.first?.int64Value)
        #expect(container == [
            "id": "container0", "backend": "iommufd", "address-space": "system", "devices": ["nic0"],
            "mappings": [["iova": 1_073_741_824, "size": 1_048_576]], "dirty-tracking": false,
            "pinned-bytes": 1_048_576, "charged-to": "none", "iommufd": "iommufd0", "ioas-id": 2, "hwpts": [.int(hwpt)],
        ])
        // The NIC's DMA to guest physical address 1 GiB + 4 KiB lands in ram0.
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_073_745_920, "size": 16, "fill": 0xa5])
        #expect(byte(d, "ram0", at: 4096) == 0xa5 && byte(d, "ram0", at: 4095) == 0)
        // The device behind the same IOMMU shares the HWPT; the one behind
        // dmar1 (no dirty tracking) gets its own in the same container.
        _ = d.ok("device_add", vfio("nvme", Self.nvme))
        _ = d.ok("device_add", vfio("gpu", Self.gpu))
        _ = d.ok("device_add", vfio("mdev", Self.mdev))
        let after = try #require(d.ok("query-vfio")?.arrayValue)
        #expect(after.count == 1)
        #expect(after.first?["devices"] == ["nic0", "nvme", "gpu", "mdev"])
        let hwpts = try #require(after.first?["hwpts"]?.arrayValue)
        #expect(hwpts.count == 2 && hwpts.last == .int(hwpt), "newest first")
        #expect(d.ok("qom-get", ["path": "nvme", "property": "hwpt"]) == .int(hwpt))
        #expect(d.ok("qom-get", ["path": "mdev", "property": "attached-to"]) == 2, "an mdev is on the IOAS")
        // A dimm added now is mapped into the container at once.
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram1", "size": 2_097_152])
        _ = d.ok("device_add", dimm("dimm1", "ram1", at: 0))
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"]
            == [["iova": 0, "size": 2_097_152], ["iova": 1_073_741_824, "size": 1_048_576]])
    }

    @Test func deviceDelTearsDownAsQEMUAndEmitsDeviceDeleted() throws {
        let (d, events) = setUp()
        _ = d.ok("device_add", dimm("dimm0", "ram0", at: 0))
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        _ = d.ok("device_add", vfio("nvme", Self.nvme))
        #expect(d.ok("device_del", ["id": "nic0"]) == [:])
        #expect(events.names == ["DEVICE_DELETED"])
        #expect(events.last == ["device": "nic0", "path": "/machine/peripheral/nic0"])
        #expect(d.ok("query-vfio")?.arrayValue?.first?["devices"] == ["nvme"])
        // The id is free again at once.
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        _ = d.ok("device_del", ["id": "/machine/peripheral/nic0"])
        _ = d.ok("device_del", ["id": "nvme"])
        // The last device out: its HWPT, then the IOAS, then /dev/iommu.
        #expect(d.ok("query-vfio") == [])
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["ioas"] == [])
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "connected"]) == false)
        #expect(d.kernel.openFileCount == 0)
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
        // ram0 is still a dimm's RAM: it cannot be deleted until the dimm goes.
        #expect(d.error("object-del", ["id": "ram0"]) == "object 'ram0' is in use, can not be deleted")
        _ = d.ok("device_del", ["id": "dimm0"])
        #expect(events.names.count == 4 && events.last == ["device": "dimm0", "path": "/machine/peripheral/dimm0"])
        _ = d.ok("object-del", ["id": "ram0"])
        let missing = d.run("device_del", ["id": "nic0"])["error"]
        #expect(missing == ["class": "DeviceNotFound", "desc": "Device 'nic0' not found"])
    }

    @Test func addressSpacesAreIsolated() throws {
        let (d, _) = setUp()
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram1", "size": 1_048_576])
        _ = d.ok("device_add", dimm("vm0-ram", "ram0", at: 0, space: "vm0"))
        _ = d.ok("device_add", dimm("vm1-ram", "ram1", at: 0, space: "vm1"))
        _ = d.ok("device_add", vfio("vm0-nic", Self.nic0, space: "vm0"))
        _ = d.ok("device_add", vfio("vm1-gpu", Self.gpu, space: "vm1"))
        let containers = try #require(d.ok("query-vfio")?.arrayValue)
        #expect(containers.map { $0["address-space"] } == ["vm0", "vm1"])
        #expect(containers.map { $0["devices"] } == [["vm0-nic"], ["vm1-gpu"]])
        // Bound first (dev-id 1), then the container's IOAS (2) and HWPT (3).
        #expect(containers.map { $0["ioas-id"] } == [2, 5], "one IOAS each, through the same iommufd object")
        // The same guest physical address is different memory in each.
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 8192, "size": 1, "fill": 1])
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.gpu), "iova": 8192, "size": 1, "fill": 2])
        #expect(byte(d, "ram0", at: 8192) == 1 && byte(d, "ram1", at: 8192) == 2)
        #expect(d.ok("qom-get", ["path": "vm1-gpu", "property": "address-space"]) == "vm1")
        // A dimm in vm0 is not mapped for vm1's device.
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram2", "size": 1_048_576])
        _ = d.ok("device_add", dimm("vm0-more", "ram2", at: 1 << 20, space: "vm0"))
        #expect(d.ok("query-vfio")?.arrayValue?.map { $0["mappings"]?.arrayValue?.count } == [2, 1])
        #expect(d.run("x-sim-dma-write", ["device": .string(Self.gpu), "iova": 1_048_576, "size": 1])["error"] != nil)
    }

    @Test func devicesAreQOMObjects() {
        let (d, _) = setUp()
        _ = d.ok("device_add", dimm("dimm0", "ram0", at: 0))
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        #expect(d.ok("qom-list", ["path": "/"]) == [
            ["name": "type", "type": "string"], ["name": "objects", "type": "child<container>"],
            ["name": "machine", "type": "child<container>"],
        ])
        #expect(d.ok("qom-list", ["path": "/machine/peripheral"]) == [
            ["name": "type", "type": "string"], ["name": "dimm0", "type": "child<pc-dimm>"],
            ["name": "nic0", "type": "child<vfio-pci>"],
        ])
        #expect(d.ok("qom-get", ["path": "/machine/peripheral", "property": "nic0"]) == "/machine/peripheral/nic0")
        #expect(d.ok("qom-get", ["path": "/machine/peripheral/nic0", "property": "host"]) == .string(Self.nic0))
        #expect(d.ok("qom-get", ["path": "nic0", "property": "sysfsdev"]) == .string("/sys/bus/pci/devices/" + Self.nic0))
        #expect(d.ok("qom-get", ["path": "nic0", "property": "backend"]) == "iommufd")
        #expect(d.ok("qom-get", ["path": "nic0", "property": "iommufd"]) == "iommufd0")
        #expect(d.ok("qom-get", ["path": "dimm0", "property": "memdev"]) == "ram0")
        #expect(d.ok("qom-get", ["path": "dimm0", "property": "size"]) == 1_048_576)
        // A partial path that names an object and a device is ambiguous.
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "nic0", "size": 4096])
        #expect(d.error("qom-get", ["path": "nic0", "property": "type"]) == "Path 'nic0' is ambiguous")
    }

    @Test func badInputIsRefusedAndChangesNothing() {
        let (d, _) = setUp()
        _ = d.ok("device_add", dimm("dimm0", "ram0", at: 0))
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram1", "size": 1_048_576])
        let before = (d.ok("query-vfio"), d.ok("query-iommufd"), d.kernel.objectInventory, d.kernel.openFileCount)
        #expect(d.error("device_add", vfio("nic0", Self.nvme)) == "Duplicate device ID 'nic0'")
        #expect(d.error("device_add", vfio("nic1", "0000:99:00.0")) == "no VFIO device '0000:99:00.0': see query-vfio-host-devices")
        #expect(d.error("device_add", vfio("nic1", Self.nic0))?.hasPrefix("device '0000:17:00.0' is already bound through iommufd object 'iommufd0' as dev-id 1 (device 'nic0')") == true)
        #expect(d.error("device_add", vfio("nic1", Self.nvme, iommufd: "ram0")) == "object 'ram0' is a memory-backend-memfd, not an iommufd object")
        #expect(d.error("device_add", dimm("dimm1", "ram0", at: 1 << 30)) == "can't use already busy memdev: ram0 (used by dimm 'dimm0')")
        #expect(d.error("device_add", dimm("dimm1", "ram1", at: 0x80000))
            == "dimm 'dimm1' [0x80000, 0x17ffff] overlaps dimm 'dimm0' [0x0, 0xfffff] in address space 'system'")
        #expect(d.error("device_add", dimm("dimm1", "ram1", at: 0x100100)) == "Parameter 'addr' must be a multiple of the page size (4096), not 0x100100")
        #expect(d.error("device_add", dimm("dimm1", "nope", at: 0)) == "Property 'pc-dimm.memdev' can't find value 'nope'")
        #expect(d.error("device_add", ["driver": "pc-dimm", "id": "9x", "memdev": "ram1", "addr": 0]) == "Parameter 'id' expects an identifier")
        let after = (d.ok("query-vfio"), d.ok("query-iommufd"), d.kernel.objectInventory, d.kernel.openFileCount)
        #expect(after.0 == before.0 && after.1 == before.1 && after.2 == before.2 && after.3 == before.3)
    }

    @Test func theLowLevelCommandsLeaveTheDeviceModelAlone() throws {
        let (d, _) = setUp()
        _ = d.ok("device_add", dimm("dimm0", "ram0", at: 0))
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        let hwpt = try #require(d.ok("query-vfio")?.arrayValue?.first?["hwpts"]?.arrayValue?.first?.int64Value)
        let owner = "belongs to the VFIO container of address space 'system': use device_add and device_del"
        #expect(d.error("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 2]) == "IOAS 2 \(owner)")
        #expect(d.error("iommufd-destroy", ["iommufd": "iommufd0", "id": .int(hwpt)]) == "HWPT \(hwpt) \(owner)")
        #expect(d.error("iommufd-hwpt-set-dirty-tracking", ["iommufd": "iommufd0", "hwpt-id": .int(hwpt), "enable": true])
            == "HWPT \(hwpt) \(owner)")
        #expect(d.error("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": 1])
            == "dev-id 1 belongs to device 'nic0': use device_add and device_del")
        // A device bound by hand cannot be device_add'ed.
        _ = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": .string(Self.nvme)])
        #expect(d.error("device_add", vfio("nvme", Self.nvme))?.hasPrefix("device '0000:65:00.0' is already bound") == true)
    }
}
