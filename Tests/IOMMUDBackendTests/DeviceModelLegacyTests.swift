#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import JSON
import Testing

/// `vfio-pci` without `iommufd`: QEMU's legacy type1 backend. Groups join
/// one type1 container per address space, type1 keeps a domain per IOMMU
/// that needs one, the container mirrors the dimms, and the last device of
/// a group and of a container close them.
@Suite struct DeviceModelLegacyTests {
    static let nic0 = "0000:17:00.0"  // group 12, dmar0
    static let nic1 = "0000:17:00.1"  // group 12, dmar0
    static let nvme = "0000:65:00.0"  // group 30, dmar0
    static let gpu = "0000:b1:00.0"  // group 45, dmar1
    static let mdev = "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001"

    /// ram0 (1 MiB) as dimm0 at 1 GiB.
    func setUp() -> Daemon {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 1_048_576])
        _ = d.ok("device_add", dimm("dimm0", "ram0", at: 1 << 30))
        return d
    }

    func legacy(_ id: String, _ host: String, space: String? = nil) -> JSONValue {
        guard let space else { return ["driver": "vfio-pci", "id": .string(id), "host": .string(host)] }
        return ["driver": "vfio-pci", "id": .string(id), "host": .string(host), "address-space": .string(space)]
    }

    func dimm(_ id: String, _ memdev: String, at addr: UInt64, space: String? = nil) -> JSONValue {
        guard let space else { return ["driver": "pc-dimm", "id": .string(id), "memdev": .string(memdev), "addr": .int(Int64(addr))] }
        return ["driver": "pc-dimm", "id": .string(id), "memdev": .string(memdev), "addr": .int(Int64(addr)), "address-space": .string(space)]
    }

    /// The byte at `offset` of memory backend `id`.
    func byte(_ d: Daemon, _ id: String, at offset: Int) -> UInt8? {
        d.object(id, as: MemoryBackendObject.self)?.address.load(fromByteOffset: offset, as: UInt8.self)
    }

    @Test func groupsJoinOneType1ContainerWithADomainPerIOMMU() throws {
        let d = setUp()
        _ = d.ok("device_add", legacy("nic0", Self.nic0))
        #expect(d.ok("query-vfio") == [[
            "id": "container0", "backend": "legacy", "address-space": "system", "devices": ["nic0"],
            "mappings": [["iova": 1_073_741_824, "size": 1_048_576]], "dirty-tracking": false,
            "pinned-bytes": 1_048_576, "charged-to": "process", "iommu-type": "type1v2", "groups": [12], "domains": 1,
        ]])
        // The NIC's DMA to guest physical address 1 GiB + 4 KiB lands in ram0.
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_073_745_920, "size": 16, "fill": 0x5a])
        #expect(byte(d, "ram0", at: 4096) == 0x5a && byte(d, "ram0", at: 4095) == 0)
        // The other function of group 12 shares the group; the NVMe behind
        // the same IOMMU shares the domain; the GPU behind dmar1 gets a
        // second domain in the same container, every mapping replayed.
        _ = d.ok("device_add", legacy("nic1", Self.nic1))
        _ = d.ok("device_add", legacy("nvme", Self.nvme))
        #expect(d.ok("query-vfio")?.arrayValue?.first?["domains"] == 1)
        _ = d.ok("device_add", legacy("gpu", Self.gpu))
        let container = try #require(d.ok("query-vfio")?.arrayValue?.first)
        #expect(d.ok("query-vfio")?.arrayValue?.count == 1)
        #expect(container["devices"] == ["nic0", "nic1", "nvme", "gpu"])
        #expect(container["groups"] == [12, 30, 45] && container["domains"] == 2)
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.gpu), "iova": 1_073_750_016, "size": 1, "fill": 7])
        #expect(byte(d, "ram0", at: 8192) == 7)
        // A dimm added now is mapped once, into every domain.
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram1", "size": 2_097_152])
        _ = d.ok("device_add", dimm("dimm1", "ram1", at: 0))
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"]
            == [["iova": 0, "size": 2_097_152], ["iova": 1_073_741_824, "size": 1_048_576]])
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.gpu), "iova": 4096, "size": 1, "fill": 9])
        #expect(byte(d, "ram1", at: 4096) == 9)
        // Its devices are QOM objects with their backend and group.
        #expect(d.ok("qom-get", ["path": "gpu", "property": "backend"]) == "legacy")
        #expect(d.ok("qom-get", ["path": "gpu", "property": "group"]) == 45)
        #expect(d.ok("qom-get", ["path": "gpu", "property": "container"]) == "container0")
        #expect(d.ok("qom-get", ["path": "gpu", "property": "iommufd"]) == .null)
    }

    @Test func theLastDeviceClosesItsGroupAndTheLastGroupTheContainer() throws {
        let d = setUp()
        _ = d.ok("device_add", legacy("nic0", Self.nic0))
        _ = d.ok("device_add", legacy("nic1", Self.nic1))
        _ = d.ok("device_add", legacy("gpu", Self.gpu))
        _ = d.ok("device_del", ["id": "nic0"])
        #expect(d.ok("query-vfio")?.arrayValue?.first?["groups"] == [12, 45], "nic1 keeps group 12")
        _ = d.ok("device_del", ["id": "nic1"])
        let container = try #require(d.ok("query-vfio")?.arrayValue?.first)
        #expect(container["groups"] == [45] && container["domains"] == 1)
        #expect(container["mappings"] == [["iova": 1_073_741_824, "size": 1_048_576]])
        // Group 12 is free again: the iommufd backend can take its devices.
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(Self.nic0), "iommufd": "iommufd0"])
        #expect(d.ok("query-vfio")?.arrayValue?.map { $0["backend"] } == ["legacy", "iommufd"])
        _ = d.ok("device_del", ["id": "nic0"])
        _ = d.ok("device_del", ["id": "gpu"])
        #expect(d.ok("query-vfio") == [])
        #expect(d.kernel.openFileCount == 0, "device, group and container descriptors all closed")
        #expect(d.kernel.pinnedPageCount == 0)
        // A new container gets a new name.
        _ = d.ok("device_add", legacy("nvme", Self.nvme))
        #expect(d.ok("query-vfio")?.arrayValue?.first?["id"] == "container2")
    }

    @Test func bothBackendsMirrorTheSameAddressSpace() throws {
        let d = setUp()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("device_add", legacy("gpu", Self.gpu))
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nvme", "host": .string(Self.nvme), "iommufd": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram1", "size": 1_048_576])
        _ = d.ok("device_add", dimm("dimm1", "ram1", at: 0))
        let containers = try #require(d.ok("query-vfio")?.arrayValue)
        #expect(containers.map { $0["backend"] } == ["legacy", "iommufd"])
        #expect(containers.map { $0["mappings"]?.arrayValue?.count } == [2, 2])
        _ = d.ok("device_del", ["id": "dimm1"])
        #expect(d.ok("query-vfio")?.arrayValue?.map { $0["mappings"]?.arrayValue?.count } == [1, 1])
    }

    @Test func badInputIsRefusedAndChangesNothing() {
        let d = setUp()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("device_add", legacy("nic0", Self.nic0, space: "vm0"))
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nvme", "host": .string(Self.nvme), "iommufd": "iommufd0"])
        var pair: [Int32] = [-1, -1]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
        defer { close(pair[1]) }
        d.session.receiveDescriptors([pair[0]])
        _ = d.ok("getfd", ["fdname": "dev"])
        _ = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": .string(Self.gpu)])
        let before = (d.ok("query-vfio"), d.ok("query-iommufd"), d.kernel.objectInventory, d.kernel.openFileCount)
        #expect(d.error("device_add", legacy("nic1", Self.nic1))
            == "group 12 used in multiple address spaces ('vm0' and 'system')")
        #expect(d.error("device_add", legacy("again", Self.nic0, space: "vm0"))
            == "0000:17:00.0: device is already attached (device 'nic0')")
        #expect(d.error("device_add", legacy("nvme1", Self.nvme)) == "0000:65:00.0: device is already attached (device 'nvme')")
        #expect(d.error("device_add", legacy("gpu", Self.gpu))
            == "0000:b1:00.0 is bound through iommufd object 'iommufd0' (dev-id 4); unbind it first")
        #expect(d.error("device_add", legacy("mdev", Self.mdev))
            == "vfio-pci 'mdev': \(Self.mdev) has no IOMMU group the legacy backend can use (an mdev); give 'iommufd'")
        #expect(d.error("device_add", ["driver": "vfio-pci", "id": "fd0", "fd": "dev"])
            == "vfio-pci 'fd0': a passed descriptor is a VFIO cdev, which needs 'iommufd'; name the device with 'host' or 'sysfsdev' for the legacy backend")
        #expect(d.error("device_add", legacy("x", "0000:99:00.0")) == "no VFIO device '0000:99:00.0': see query-vfio-host-devices")
        let after = (d.ok("query-vfio"), d.ok("query-iommufd"), d.kernel.objectInventory, d.kernel.openFileCount)
        #expect(after.0 == before.0 && after.1 == before.1 && after.2 == before.2 && after.3 == before.3)
        #expect(d.session.monitor.names.isEmpty, "the passed descriptor was consumed, as QEMU's are")
    }

    @Test func aGroupWhoseDeviceIsOnTheIOMMUFDBackendIsNotViable() {
        let d = setUp()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(Self.nic0), "iommufd": "iommufd0"])
        let before = (d.ok("query-vfio"), d.kernel.openFileCount)
        #expect(d.error("device_add", legacy("nic1", Self.nic1))
            == "group 12 is not viable: ensure all devices within the iommu_group are bound to their vfio bus driver")
        #expect(d.ok("query-vfio") == before.0 && d.kernel.openFileCount == before.1)
    }
}
