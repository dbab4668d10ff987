#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import JSON
import Testing
import VFIOUser

/// `device_add vfio-pci … vfio-user=PATH`: the device served over a
/// vfio-user socket, the client's DMA maps landing in the device's IOAS
/// through iommud, refusals that keep the connection, a departed client's
/// windows unmapped, and the socket gone with the device.
@Suite struct VFIOUserExportTests {
    static let nic0 = "0000:17:00.0"
    static let mib: UInt64 = 1 << 20

    /// A socket path of its own for each test.
    static func socketPath(_ name: String) -> String { "/tmp/iommud-test-\(getpid())-\(name).sock" }

    func export(_ path: String, allow: JSONValue? = nil, id: String = "nic0", host: String = nic0,
                iommufd: String = "iommufd0", space: String? = nil) -> JSONValue {
        var device = JSONObject()
        device["driver"] = "vfio-pci"
        device["id"] = .string(id)
        device["host"] = .string(host)
        device["iommufd"] = .string(iommufd)
        device["vfio-user"] = .string(path)
        if let allow { device["vfio-user-allow"] = allow }
        if let space { device["address-space"] = .string(space) }
        return .object(device)
    }

    func setUp() -> Daemon {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        return d
    }

    /// The export's entry of query-vfio.
    func exportInfo(_ d: Daemon) -> JSONValue? { d.ok("query-vfio")?.arrayValue?.first?["vfio-user"] }

    /// Waits (at most 5 s) until `condition` holds: the export's thread
    /// notices a client leaving on its own time.
    func eventually(_ condition: () -> Bool) -> Bool {
        for _ in 0..<500 {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    @Test func aClientMapsItsMemoryAndTheDevicesDMALandsInIt() throws {
        let d = setUp()
        let path = Self.socketPath("map")
        _ = d.ok("device_add", export(path))
        var st = stat()
        #expect(lstat(path, &st) == 0 && st.st_mode & 0o777 == 0o600, "0600 like a QMP socket")
        let container = try #require(d.ok("query-vfio")?.arrayValue?.first)
        #expect(container["address-space"] == "vfio-user:nic0" && container["devices"] == ["nic0"])
        #expect(container["mappings"] == [])
        #expect(d.ok("qom-get", ["path": "nic0", "property": "vfio-user"]) == .string(path))
        let allow = try #require(exportInfo(d)?["allow"]?.arrayValue)
        #expect(!allow.isEmpty && exportInfo(d)?["client"] == nil && exportInfo(d)?["clients"] == 0)

        let client = try #require(VFIOUserTestClient(path: path))
        let version = try #require(client.negotiate())
        #expect(version.errno == 0 && version.header.flags.contains(.reply))
        let info = try #require(client.send(.deviceGetInfo, VFIOUserDeviceInfo(flags: 0, regionCount: 0, irqCount: 0).payload))
        #expect(info.errno == 0 && info.payload.count == VFIOUserDeviceInfo.size)

        let ram = SharedMemory(size: Int(2 * Self.mib))
        // The second MiB of the memfd at IOVA 1 MiB.
        #expect(client.map(ram.fd, offset: Self.mib, iova: Self.mib, size: Self.mib)?.errno == 0)
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"] == [["iova": 1_048_576, "size": 1_048_576]])
        let connected = try #require(exportInfo(d)?["client"])
        #expect(connected == ["pid": .int(Int64(getpid())), "uid": .int(Int64(getuid())), "gid": .int(Int64(getgid())), "windows": 1])
        // The device's DMA at IOVA 1 MiB + 4 KiB lands in the client's memory.
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_052_672, "size": 16, "fill": 0xa5])
        #expect(ram.byte(at: Int(Self.mib) + 4096) == 0xa5 && ram.byte(at: Int(Self.mib) + 4095) == 0)
        #expect(ram.byte(at: 4096) == 0, "offset 0 of the memfd is not mapped")

        #expect(client.unmap(iova: Self.mib, size: Self.mib)?.errno == 0)
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"] == [])
        #expect(d.run("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_052_672, "size": 16])["error"]?["errno"] == "EFAULT",
                "an IOMMU fault once unmapped")

        // A client that leaves takes its windows with it.
        #expect(client.map(ram.fd, iova: 0, size: Self.mib)?.errno == 0)
        client.disconnect()
        #expect(eventually { exportInfo(d)?["client"] == nil })
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"] == [])
        #expect(exportInfo(d)?["clients"] == 1)

        // The device stays for the next client.
        let next = try #require(VFIOUserTestClient(path: path))
        #expect(next.negotiate()?.errno == 0)
        #expect(next.map(ram.fd, iova: 0, size: Self.mib)?.errno == 0)
        // device_del ends the export: windows unmapped, client gone, socket removed.
        _ = d.ok("device_del", ["id": "nic0"])
        #expect(d.ok("query-vfio") == [])
        #expect(lstat(path, &st) != 0, "the socket file is removed")
        #expect(next.receive() == nil, "the client is disconnected")
    }

    @Test func refusalsAreErrorRepliesAndTheConnectionGoesOn() throws {
        let d = setUp()
        let path = Self.socketPath("refuse")
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        _ = d.ok("device_add", export(path, allow: [["start": 1_048_576, "size": 2_097_152]]))
        #expect(exportInfo(d)?["allow"] == [["start": 1_048_576, "size": 2_097_152]])
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)
        let ram = SharedMemory(size: Int(4 * Self.mib))
        // Outside the windows the orchestrator allowed.
        #expect(client.map(ram.fd, iova: 0, size: Self.mib)?.errno == EPERM)
        #expect(client.map(ram.fd, iova: 2 * Self.mib, size: 2 * Self.mib)?.errno == EPERM, "it overruns the window")
        // Memory that is not passed (guest RAM without share=on).
        #expect(client.map(nil, iova: Self.mib, size: Self.mib)?.errno == EOPNOTSUPP)
        // Then a good one, and one over it.
        #expect(client.map(ram.fd, iova: Self.mib, size: Self.mib)?.errno == 0)
        #expect(client.map(ram.fd, iova: Self.mib, size: Self.mib)?.errno == EEXIST)
        // A window the kernel refuses (not page aligned): the model's errno.
        #expect(client.map(ram.fd, offset: 512, iova: 2 * Self.mib, size: Self.mib)?.errno == EINVAL)
        #expect(client.unmap(iova: 2 * Self.mib, size: Self.mib)?.errno == EINVAL, "nothing mapped there")
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"] == [["iova": 1_048_576, "size": 1_048_576]])
        #expect(exportInfo(d)?["refusals"] == 6)

        // One client at a time: a second is closed at once, the first goes on.
        let second = try #require(VFIOUserTestClient(path: path))
        #expect(second.receive() == nil)
        #expect(exportInfo(d)?["refusals"] == 7)
        #expect(client.unmap(iova: Self.mib, size: Self.mib)?.errno == 0)
    }

    @Test func anExportedDeviceHasItsAddressSpaceToItself() throws {
        let d = setUp()
        let path = Self.socketPath("alone")
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 1_048_576])
        #expect(d.error("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(Self.nic0), "iommufd": "iommufd0",
                                       "vfio-user-allow": [["start": 0, "size": 4096]]])
            == "Parameter 'vfio-user-allow' needs 'vfio-user'")
        #expect(d.error("device_add", export(path, allow: [["start": 4096, "size": 0]]))?.hasPrefix(
            "Parameter 'vfio-user-allow' has an empty or wrapping window") == true)
        // Into a space with a dimm: refused.
        _ = d.ok("device_add", ["driver": "pc-dimm", "id": "dimm0", "memdev": "ram0", "addr": 0, "address-space": "vm1"])
        #expect(d.error("device_add", export(path, space: "vm1"))
            == "vfio-pci 'nic0': address space 'vm1' has device 'dimm0'; a device served over vfio-user must be alone in its address space")
        // Nothing joins an exported device's space.
        _ = d.ok("device_add", export(path))
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        #expect(d.error("device_add", ["driver": "pc-dimm", "id": "dimm1", "memdev": "ram0", "addr": 0, "address-space": "vfio-user:nic0"])
            == "address space 'vfio-user:nic0' belongs to device 'nic0', which is served over vfio-user: its DMA reaches only what its client maps")
    }

    /// On the legacy backend the device's group joins a type1 container of
    /// its own address space; the client's windows are VFIO_IOMMU_MAP_DMAs
    /// of it, its regions come from the group's device descriptor.
    @Test func aLegacyDeviceIsServedThroughItsType1Container() throws {
        let d = Daemon()
        let path = Self.socketPath("legacy")
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(Self.nic0), "vfio-user": .string(path)])
        let container = try #require(d.ok("query-vfio")?.arrayValue?.first)
        #expect(container["backend"] == "legacy" && container["address-space"] == "vfio-user:nic0")
        #expect(container["vfio-user"]?["path"] == .string(path))
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)
        let ram = SharedMemory(size: Int(Self.mib))
        #expect(client.map(ram.fd, iova: Self.mib, size: Self.mib)?.errno == 0)
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"] == [["iova": 1_048_576, "size": 1_048_576]])
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_048_576, "size": 8, "fill": 0x3c])
        #expect(ram.byte(at: 0) == 0x3c, "the device's DMA through the type1 domain lands in the client's memory")
        #expect(client.read(region: 7, offset: 0, count: 2) == [0x36, 0x1b], "config space from the group's descriptor")
        #expect(client.unmap(iova: Self.mib, size: Self.mib)?.errno == 0)
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"] == [])
        #expect(client.map(ram.fd, iova: 0, size: Self.mib)?.errno == 0)
        // device_del unmaps the window with the device.
        _ = d.ok("device_del", ["id": "nic0"])
        #expect(d.ok("query-vfio") == [])
        #expect(client.receive() == nil)
    }

    @Test func aSocketThatCannotBeMadeChangesNothing() throws {
        let d = setUp()
        let before = d.kernel.objectInventory
        let reply = d.run("device_add", export("/nonexistent-dir/nic0.sock"))
        #expect(reply["error"]?["desc"]?.stringValue?.hasPrefix("vfio-pci 'nic0': cannot serve vfio-user at '/nonexistent-dir/nic0.sock'") == true)
        #expect(reply["error"]?["errno"] == "ENOENT")
        #expect(d.ok("query-vfio") == [] && d.kernel.objectInventory == before)
        // A live socket at the path is not stolen.
        let path = Self.socketPath("busy")
        _ = d.ok("device_add", export(path))
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd1"])
        #expect(d.error("device_add", export(path, id: "gpu", host: "0000:b1:00.0", iommufd: "iommufd1"))?.hasSuffix("is in use by a running process; is another iommud listening there?") == true)
        #expect(VFIOUserTestClient(path: path) != nil, "the first export still serves")
    }

    /// A client's DMA_MAP and DMA_UNMAP are commands of the model: fail
    /// each of their calls (mmap of the client's memory, IOMMU_IOAS_MAP;
    /// IOMMU_IOAS_UNMAP) and the reply is the errno, with nothing changed.
    @Test func failingAnyCallOfAClientsMapChangesNothing() throws {
        let d = setUp()
        let path = Self.socketPath("sweep")
        _ = d.ok("device_add", export(path))
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)
        let ram = SharedMemory(size: Int(Self.mib))
        let mappings = { d.ok("query-vfio")?.arrayValue?.first?["mappings"] }
        let inventory = d.kernel.objectInventory
        for nth in 1...2 {
            d.kernel.injectFault(nth: nth, errno: .ENOMEM)
            #expect(client.map(ram.fd, iova: 0, size: Self.mib)?.errno == ENOMEM, "call \(nth)")
            #expect(!d.kernel.faultPending && mappings() == [] && d.kernel.objectInventory == inventory)
            #expect(exportInfo(d)?["client"]?["windows"] == 0)
        }
        d.kernel.injectFault(nth: 3, errno: .ENOMEM)
        #expect(client.map(ram.fd, iova: 0, size: Self.mib)?.errno == 0, "two calls")
        #expect(d.kernel.faultPending)
        d.kernel.cancelFault()
        d.kernel.injectFault(nth: 1, errno: .EIO)
        #expect(client.unmap(iova: 0, size: Self.mib)?.errno == EIO)
        #expect(mappings() == [["iova": 0, "size": 1_048_576]])
        #expect(client.unmap(iova: 0, size: Self.mib)?.errno == 0)
        #expect(mappings() == [])
    }
}
