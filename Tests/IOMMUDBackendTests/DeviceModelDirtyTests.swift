#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import JSON
import Testing

/// Dirty tracking of the device model: started and stopped in every
/// container of an address space at once, all or nothing, and the dirty
/// pages of a guest physical range ORed over the containers.
@Suite struct DeviceModelDirtyTests {
    static let nic0 = "0000:17:00.0"  // dmar0: dirty tracking
    static let nvme = "0000:65:00.0"  // dmar0
    static let gpu = "0000:b1:00.0"  // dmar1: none
    static let mdev = "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001"
    static let gib: Int64 = 1 << 30

    /// iommufd0; ram0 (1 MiB) as dimm0 at 1 GiB, ram1 (1 MiB) as dimm1 at 0.
    func setUp() -> Daemon {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        for (ram, dimm, addr) in [("ram0", "dimm0", Self.gib), ("ram1", "dimm1", 0)] {
            _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": .string(ram), "size": 1_048_576])
            _ = d.ok("device_add", ["driver": "pc-dimm", "id": .string(dimm), "memdev": .string(ram), "addr": .int(addr)])
        }
        return d
    }

    func vfio(_ id: String, _ host: String, iommufd: Bool = true) -> JSONValue {
        iommufd ? ["driver": "vfio-pci", "id": .string(id), "host": .string(host), "iommufd": "iommufd0"]
            : ["driver": "vfio-pci", "id": .string(id), "host": .string(host)]
    }

    func write(_ d: Daemon, _ device: String, at iova: Int64, size: Int64) {
        _ = d.ok("x-sim-dma-write", ["device": .string(device), "iova": .int(iova), "size": .int(size)])
    }

    @Test func dirtyPagesOfTheGuestAreReadAndCleared() throws {
        let d = setUp()
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        #expect(d.error("query-dirty-bitmap", ["addr": 0, "size": 4096])
            == "dirty tracking is not running in address space 'system': run dirty-tracking-start first")
        #expect(d.ok("dirty-tracking-start") == [:])
        #expect(d.ok("query-vfio")?.arrayValue?.first?["dirty-tracking"] == true)
        #expect(d.ok("dirty-tracking-start") == [:], "starting again is a no-op")
        write(d, Self.nic0, at: Self.gib + 4096, size: 8192)
        write(d, Self.nic0, at: 0, size: 1)
        // Two dimms and the hole between them: bits only where the device wrote.
        let all = try #require(d.ok("query-dirty-bitmap", ["addr": 0, "size": .int(Self.gib + 1_048_576)]))
        #expect(all == ["page-size": 4096, "dirty-pages": 3,
                        "ranges": [["iova": 0, "size": 4096], ["iova": .int(Self.gib + 4096), "size": 8192]]])
        #expect(d.ok("query-dirty-bitmap", ["addr": 0, "size": .int(Self.gib + 1_048_576)])?["dirty-pages"] == 0,
                "read bits are cleared")
        // Part of a dimm, on the iommufd backend.
        write(d, Self.nic0, at: Self.gib + 65536, size: 4096)
        #expect(d.ok("query-dirty-bitmap", ["addr": .int(Self.gib + 61440), "size": 8192])?["ranges"]
            == [["iova": .int(Self.gib + 65536), "size": 4096]])
        // The machine is frozen while tracking runs.
        #expect(d.error("device_add", vfio("nvme", Self.nvme))
            == "device_add not allowed while dirty tracking is running in address space 'system' (QEMU refuses it while migrating); run dirty-tracking-stop first")
        #expect(d.error("device_del", ["id": "dimm1"])?.hasPrefix("device_del not allowed while dirty tracking") == true)
        #expect(d.ok("dirty-tracking-stop") == [:])
        #expect(d.ok("query-vfio")?.arrayValue?.first?["dirty-tracking"] == false)
        #expect(d.error("query-dirty-bitmap", ["addr": 0, "size": 4096])?.hasPrefix("dirty tracking is not running") == true)
        #expect(d.error("query-dirty-bitmap", ["addr": 100, "size": 4096])
            == "the range must be a non-empty multiple of the page size (4096) at a page-aligned address")
    }

    @Test func oneDeviceThatCannotTrackStartsNothing() throws {
        let d = setUp()
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        _ = d.ok("device_add", vfio("gpu", Self.gpu))
        let before = (d.ok("query-vfio"), d.ok("query-iommufd"))
        let gpuHWPT = try #require(d.ok("qom-get", ["path": "gpu", "property": "hwpt"])?.int64Value)
        #expect(d.error("dirty-tracking-start")
            == "device 'gpu' cannot track dirty pages: its HWPT \(gpuHWPT) was allocated without dirty tracking (its IOMMU has none)")
        #expect(d.ok("query-vfio") == before.0 && d.ok("query-iommufd") == before.1, "nic0's HWPT did not start either")
        _ = d.ok("device_del", ["id": "gpu"])
        _ = d.ok("device_add", vfio("mdev", Self.mdev))
        #expect(d.error("dirty-tracking-start")
            == "device 'mdev' cannot track dirty pages: an mdev's DMA goes through the IOAS, which has no dirty bits")
        _ = d.ok("device_del", ["id": "mdev"])
        #expect(d.ok("dirty-tracking-start") == [:])
        #expect(d.error("dirty-tracking-start", ["address-space": "vm1"])
            == "address space 'vm1' has no VFIO container to track dirty pages in")
    }

    @Test func bitmapsAreORedOverBothBackends() throws {
        let d = setUp()
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        _ = d.ok("device_add", vfio("gpu", Self.gpu, iommufd: false))
        _ = d.ok("dirty-tracking-start")
        #expect(d.ok("query-vfio")?.arrayValue?.map { $0["dirty-tracking"] } == [true, true])
        write(d, Self.nic0, at: Self.gib, size: 4096)
        // type1 has no dirty bits of its own: every page its domains map is
        // dirty, so the OR is the whole dimm.
        let dimm0 = try #require(d.ok("query-dirty-bitmap", ["addr": .int(Self.gib), "size": 1_048_576]))
        #expect(dimm0 == ["page-size": 4096, "dirty-pages": 256, "ranges": [["iova": .int(Self.gib), "size": 1_048_576]]])
        #expect(d.error("query-dirty-bitmap", ["addr": .int(Self.gib), "size": 4096])
            == "the range covers only part of dimm 'dimm0' [0x40000000, 0x400fffff], and the legacy container reads whole mappings")
        _ = d.ok("dirty-tracking-stop")
        #expect(d.ok("query-vfio")?.arrayValue?.map { $0["dirty-tracking"] } == [false, false])
    }

    @Test func aLargeBitmapGoesIntoAPassedDescriptor() throws {
        let d = setUp()
        _ = d.ok("device_add", vfio("nic0", Self.nic0))
        _ = d.ok("dirty-tracking-start")
        write(d, Self.nic0, at: Self.gib + 8192, size: 4096)
        let file = Daemon.anonymousFile()
        let fd = file.raw
        let copy = dup(fd)
        defer { close(copy) }
        d.session.monitor.setNamed("bitmap", file)
        let answer = try #require(d.ok("query-dirty-bitmap", ["addr": .int(Self.gib), "size": 1_048_576, "fd": "bitmap"]))
        #expect(answer == ["page-size": 4096, "dirty-pages": 1, "bitmap-size": 32])
        #expect(d.session.monitor.names.isEmpty, "consumed")
        var words = [UInt64](repeating: 0, count: 4)
        #expect(pread(copy, &words, 32, 0) == 32)
        #expect(words == [UInt64(4).littleEndian, 0, 0, 0], "bit 2: the page at 1 GiB + 8 KiB")
    }
}
