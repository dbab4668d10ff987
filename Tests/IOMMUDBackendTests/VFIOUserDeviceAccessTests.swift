#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import CSocketShims
import JSON
import SimulatedKernel
import Testing
import VFIOUser
import VFIOUserClient

/// The device side of a vfio-user export on the simulated kernel's PCI
/// function: config space through REGION_READ/WRITE, BAR0 mmapped from the
/// descriptor the region info hands over, interrupts through the client's
/// eventfds, reset, and a departed client's interrupts quiesced.
@Suite struct VFIOUserDeviceAccessTests {
    let base = VFIOUserExportTests()
    static let nic0 = VFIOUserExportTests.nic0

    /// An eventfd the test owns.
    final class EventFD {
        let fd = eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK))
        deinit { close(fd) }
        /// The count signalled since the last read (0: none).
        func take() -> UInt64 {
            var count: UInt64 = 0
            return Glibc.read(fd, &count, 8) == 8 ? count : 0
        }
    }

    func irqInfo(_ client: VFIOUserTestClient, _ index: UInt32) -> VFIOUserMessage? {
        client.send(.deviceGetIRQInfo, VFIOUserIRQInfo(index: index).payload)
    }

    @Test func aClientUsesConfigSpaceBARsInterruptsAndReset() throws {
        let d = base.setUp()
        let path = VFIOUserExportTests.socketPath("access")
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        _ = d.ok("device_add", base.export(path))
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)

        // Config space: the topology's ids (the default 1b36:0005), 256 bytes.
        let config = try #require(client.regionInfo(7))
        #expect(config.flags == 3 && config.size == 256 && config.offset == 7 << 40 && config.reply.fds.isEmpty)
        #expect(client.read(region: 7, offset: 0, count: 4) == [0x36, 0x1b, 0x05, 0x00])
        // The command register takes the memory and bus-master bits; the
        // vendor id does not change.
        let write = VFIOUserRegionAccess(offset: 4, region: 7, count: 2, data: [0x06, 0x00])
        #expect(client.send(.regionWrite, write.payload)?.errno == 0)
        #expect(client.send(.regionWrite, VFIOUserRegionAccess(offset: 0, region: 7, count: 2, data: [0xff, 0xff]).payload)?.errno == 0)
        #expect(client.read(region: 7, offset: 0, count: 6) == [0x36, 0x1b, 0x05, 0x00, 0x06, 0x00])
        #expect(client.send(.regionRead, VFIOUserRegionAccess(offset: 254, region: 7, count: 4).payload)?.errno == EFAULT,
                "past config space, as vfio-pci answers")

        // BAR0: mmappable, handed over as a descriptor with its offset.
        let bar = try #require(client.regionInfo(0))
        #expect(bar.flags & 0xf == 0xf, "read, write, mmap, caps") // MSI-X mappable
        #expect(bar.size == 0x4000 && bar.offset == 0)
        let barFD = try #require(bar.reply.fds.first)
        defer { close(barFD) }
        let mapping = try #require(mmap(nil, Int(bar.size), PROT_READ | PROT_WRITE, MAP_SHARED, barFD, off_t(bar.offset)))
        #expect(mapping != MAP_FAILED)
        defer { munmap(mapping, Int(bar.size)) }
        // A write through the socket shows in the mapping, and back.
        #expect(client.send(.regionWrite, VFIOUserRegionAccess(offset: 0x10, region: 0, count: 4, data: [1, 2, 3, 4]).payload)?.errno == 0)
        #expect(mapping.load(fromByteOffset: 0x10, as: UInt32.self) == 0x0403_0201)
        mapping.storeBytes(of: 0xfeed_f00d, toByteOffset: 0x20, as: UInt32.self)
        #expect(client.read(region: 0, offset: 0x20, count: 4) == [0x0d, 0xf0, 0xed, 0xfe])
        // Too little room for the capability chain: the struct alone, with
        // the size needed and without CAPS, so that QEMU asks again.
        let short = try #require(client.regionInfo(0, argsz: 32))
        #expect(short.reply.payload.count == 32 && short.reply.payload[0] == 40 && short.reply.payload[12] == 0)
        #expect(short.flags == 7, "read, write, mmap; no caps")
        short.reply.fds.forEach { close($0) }
        // No VGA region; empty BARs.
        #expect(client.send(.deviceGetRegionInfo, VFIOUserRegionInfoRequest(argsz: 32, index: 8).payload)?.errno == EINVAL)
        #expect(client.regionInfo(1)?.size == 0)

        // Interrupts: INTx maskable and automasked, four MSI-X vectors (no
        // NORESIZE, as 6.12 answers for the e1000e), no ERR.
        #expect(irqInfo(client, 0)?.payload == VFIOUserIRQInfo(flags: 7, index: 0, count: 1).payload)
        #expect(irqInfo(client, 2)?.payload == VFIOUserIRQInfo(flags: 1, index: 2, count: 4).payload, "dynamic MSI-X")
        #expect(irqInfo(client, 3)?.errno == EINVAL)
        // Nothing enabled yet: the device cannot interrupt.
        #expect(d.run("x-sim-irq", ["device": .string(Self.nic0), "index": "msix", "vector": 2])["error"]?["errno"] == "EINVAL")
        let vectors = [EventFD(), EventFD(), EventFD(), EventFD()]
        let fds = [vectors[0].fd, vectors[1].fd, vectors[2].fd, vectors[3].fd]
        // One vector first, then three more while enabled (dynamic MSI-X).
        let first = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataEventfd | 0x20, index: 2, start: 0, count: 1)
        #expect(client.send(.deviceSetIRQs, first.payload, fds: [fds[0]])?.errno == 0)
        let more = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataEventfd | 0x20, index: 2, start: 1, count: 3)
        #expect(client.send(.deviceSetIRQs, more.payload, fds: Array(fds[1...]))?.errno == 0)
        _ = d.ok("x-sim-irq", ["device": .string(Self.nic0), "index": "msix", "vector": 2])
        #expect(vectors[2].take() == 1 && vectors[0].take() == 0 && vectors[3].take() == 0)
        // The client's own loopback (TRIGGER without data) fires vector 1.
        let loop = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataNone | 0x20, index: 2, start: 1, count: 1)
        #expect(client.send(.deviceSetIRQs, loop.payload)?.errno == 0)
        #expect(vectors[1].take() == 1)
        // MSI-X cannot be masked through VFIO (ENOTTY), and INTx cannot be
        // enabled beside it (EINVAL).
        let mask = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataNone | 0x08, index: 2, start: 0, count: 1)
        #expect(client.send(.deviceSetIRQs, mask.payload)?.errno == ENOTTY)
        let intx = EventFD()
        let setIntx = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataEventfd | 0x20, index: 0, start: 0, count: 1)
        #expect(client.send(.deviceSetIRQs, setIntx.payload, fds: [intx.fd])?.errno == EINVAL)

        // Reset: BAR0's contents go.
        #expect(client.send(.deviceReset)?.errno == 0)
        #expect(mapping.load(fromByteOffset: 0x20, as: UInt32.self) == 0)

        // A client that leaves quiesces the interrupts it set.
        client.disconnect()
        #expect(base.eventually { base.exportInfo(d)?["client"] == nil })
        #expect(d.run("x-sim-irq", ["device": .string(Self.nic0), "index": "msix", "vector": 2])["error"]?["errno"] == "EINVAL")
        #expect(vectors[2].take() == 0)
    }

    @Test func intxIsLevelTriggeredAndAutomasked() throws {
        let d = base.setUp()
        let path = VFIOUserExportTests.socketPath("intx")
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        _ = d.ok("device_add", base.export(path))
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)
        let line = EventFD()
        let enable = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataEventfd | 0x20, index: 0, start: 0, count: 1)
        #expect(client.send(.deviceSetIRQs, enable.payload, fds: [line.fd])?.errno == 0)
        _ = d.ok("x-sim-irq", ["device": .string(Self.nic0), "index": "intx"])
        #expect(line.take() == 1)
        // Masked by its own firing: pending, the status bit set, not signalled.
        _ = d.ok("x-sim-irq", ["device": .string(Self.nic0), "index": "intx"])
        #expect(line.take() == 0)
        #expect(client.read(region: 7, offset: 6, count: 1).map { $0[0] & 0x08 } == 0x08)
        // Unmasking delivers the pending interrupt again.
        let unmask = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataNone | 0x10, index: 0, start: 0, count: 1)
        #expect(client.send(.deviceSetIRQs, unmask.payload)?.errno == 0)
        #expect(line.take() == 1)
    }

    @Test func badRequestsAreRefusedAndTheConnectionGoesOn() throws {
        let d = base.setUp()
        let path = VFIOUserExportTests.socketPath("badaccess")
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        _ = d.ok("device_add", base.export(path))
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)
        // A read of no bytes, of more than max_data_xfer_size, with data.
        #expect(client.send(.regionRead, VFIOUserRegionAccess(offset: 0, region: 7, count: 0).payload)?.errno == EINVAL)
        #expect(client.send(.regionRead, VFIOUserRegionAccess(offset: 0, region: 7, count: 1 << 21).payload)?.errno == EINVAL)
        #expect(client.send(.regionRead, VFIOUserRegionAccess(offset: 0, region: 7, count: 1, data: [0]).payload)?.errno == EINVAL)
        // A write whose count is not its data; a region past the device's;
        // an offset reaching into the next region.
        #expect(client.send(.regionWrite, VFIOUserRegionAccess(offset: 0, region: 7, count: 4, data: [0]).payload)?.errno == EINVAL)
        #expect(client.send(.regionRead, VFIOUserRegionAccess(offset: 0, region: 9, count: 4).payload)?.errno == EINVAL)
        #expect(client.send(.regionRead, VFIOUserRegionAccess(offset: 1 << 40, region: 6, count: 4).payload)?.errno == EINVAL)
        // Region info too short; IRQ info with a small argsz.
        #expect(client.send(.deviceGetRegionInfo, Array(VFIOUserRegionInfoRequest(argsz: 32, index: 7).payload.prefix(16)))?.errno == EINVAL)
        #expect(client.send(.deviceGetIRQInfo, VFIOUserIRQInfo(argsz: 8, index: 0).payload)?.errno == EINVAL)
        // SET_IRQS: descriptors for fewer vectors than count; descriptors
        // without eventfd data; an argsz that is not the payload's.
        let one = EventFD()
        let four = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataEventfd | 0x20, index: 2, start: 0, count: 4)
        #expect(client.send(.deviceSetIRQs, four.payload, fds: [one.fd])?.errno == EINVAL)
        let none = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataNone | 0x20, index: 2, start: 0, count: 1)
        #expect(client.send(.deviceSetIRQs, none.payload, fds: [one.fd])?.errno == EINVAL)
        var bad = none.payload
        bad[0] = 24
        #expect(client.send(.deviceSetIRQs, bad)?.errno == EINVAL)
        // Not an eventfd: the kernel's EINVAL.
        let ram = SharedMemory(size: 4096)
        let single = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataEventfd | 0x20, index: 4, start: 0, count: 1)
        #expect(client.send(.deviceSetIRQs, single.payload, fds: [ram.fd])?.errno == EINVAL)
        #expect(client.send(.deviceReset, [0])?.errno == EINVAL)
        // Still served.
        #expect(client.read(region: 7, offset: 0, count: 2) == [0x36, 0x1b])
        #expect(base.exportInfo(d)?["refusals"] == 13)
    }

    @Test func anExportedDeviceHasItsIOMMUFDToItself() throws {
        let d = base.setUp()
        let path = VFIOUserExportTests.socketPath("ownfd")
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nvme0", "host": "0000:65:00.0", "iommufd": "iommufd0"])
        #expect(d.error("device_add", base.export(path))?.contains("needs an iommufd object of its own") == true)
        _ = d.ok("device_del", ["id": "nvme0"])
        _ = d.ok("device_add", base.export(path))
        #expect(d.error("device_add", ["driver": "vfio-pci", "id": "nvme0", "host": "0000:65:00.0", "iommufd": "iommufd0"])?
            .contains("served over vfio-user") == true)
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd1"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nvme0", "host": "0000:65:00.0", "iommufd": "iommufd1"])
        _ = d.ok("device_del", ["id": "nvme0"])
        _ = d.ok("device_del", ["id": "nic0"])
    }

    func feature(_ client: VFIOUserTestClient, _ index: UInt16, _ flags: UInt32, _ data: [UInt8] = []) -> VFIOUserMessage? {
        client.send(.deviceFeature, VFIOUserDeviceFeature(flags: UInt32(index) | flags, data: data).payload)
    }

    /// The bitmap words of a DMA logging report's reply.
    func bitmap(_ reply: VFIOUserMessage?) -> [UInt64]? {
        guard let reply, reply.errno == 0 else { return nil }
        let bytes = reply.payload.dropFirst(VFIOUserDeviceFeature.headerSize + VFIOUserDMALoggingReport.size)
        return stride(from: bytes.startIndex, to: bytes.endIndex, by: 8).map { at in
            bytes[at..<at + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
    }

    @Test func dmaLoggingIsTheContainersDirtyTracking() throws {
        let d = base.setUp()
        let path = VFIOUserExportTests.socketPath("logging")
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        _ = d.ok("device_add", base.export(path))
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)
        let ram = SharedMemory(size: Int(VFIOUserExportTests.mib))
        #expect(client.map(ram.fd, iova: VFIOUserExportTests.mib, size: VFIOUserExportTests.mib)?.errno == 0)
        let start = VFIOUserDeviceFeature.dmaLoggingStart, report = VFIOUserDeviceFeature.dmaLoggingReport
        let (get, set, probe) = (VFIOUserDeviceFeature.get, VFIOUserDeviceFeature.set, VFIOUserDeviceFeature.probe)

        #expect(feature(client, start, probe | set)?.errno == 0, "dmar0 tracks dirty pages")
        // The page size hinted (8 KiB) comes back as the IOMMU's 4 KiB.
        let started = feature(client, start, set, VFIOUserDMALoggingControl(pageSize: 8192).data)
        #expect(started?.errno == 0)
        #expect(started.map { Array($0.payload.dropFirst(8).prefix(8)) } == [0, 0x10, 0, 0, 0, 0, 0, 0])
        #expect(d.ok("query-vfio")?.arrayValue?.first?["dirty-tracking"] == true)
        #expect(feature(client, start, set, VFIOUserDMALoggingControl(pageSize: 4096).data)?.errno == EBUSY)

        // The device writes the third page of the window: its bit, once.
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_056_768, "size": 4096, "fill": 1])
        let window = VFIOUserDMALoggingReport(iova: VFIOUserExportTests.mib, length: VFIOUserExportTests.mib, pageSize: 4096)
        #expect(bitmap(feature(client, report, get, window.data)) == [4, 0, 0, 0])
        #expect(bitmap(feature(client, report, get, window.data)) == [0, 0, 0, 0], "read and cleared")
        // In 8 KiB pages, the same write is bit 1.
        _ = d.ok("x-sim-dma-write", ["device": .string(Self.nic0), "iova": 1_056_768, "size": 16, "fill": 2])
        let wide = VFIOUserDMALoggingReport(iova: VFIOUserExportTests.mib, length: VFIOUserExportTests.mib, pageSize: 8192)
        #expect(bitmap(feature(client, report, get, wide.data)) == [2, 0])
        // Page sizes that are not powers of two or below the IOMMU's, ranges
        // not aligned to them.
        #expect(feature(client, report, get, VFIOUserDMALoggingReport(iova: 0, length: 12288, pageSize: 3072).data)?.errno == EINVAL)
        #expect(feature(client, report, get, VFIOUserDMALoggingReport(iova: 0, length: 2048, pageSize: 2048).data)?.errno == EINVAL)
        #expect(feature(client, report, get, VFIOUserDMALoggingReport(iova: 4096, length: 8192, pageSize: 8192).data)?.errno == EINVAL)
        // GET and SET together; migration, which is not relayed.
        #expect(feature(client, report, get | set, window.data)?.errno == EINVAL)
        #expect(feature(client, VFIOUserDeviceFeature.migration, get)?.errno == ENOTTY)

        // Stopped by the client: tracking ends, reports fail.
        #expect(feature(client, VFIOUserDeviceFeature.dmaLoggingStop, set)?.errno == 0)
        #expect(d.ok("query-vfio")?.arrayValue?.first?["dirty-tracking"] == false)
        #expect(feature(client, report, get, window.data)?.errno == EINVAL)
        // Tracking the orchestrator starts is its own: the client cannot
        // start over it, and its stop leaves it running.
        _ = d.ok("dirty-tracking-start", ["address-space": "vfio-user:nic0"])
        #expect(feature(client, start, set, VFIOUserDMALoggingControl(pageSize: 4096).data)?.errno == EBUSY)
        #expect(feature(client, VFIOUserDeviceFeature.dmaLoggingStop, set)?.errno == 0)
        #expect(d.ok("query-vfio")?.arrayValue?.first?["dirty-tracking"] == true)
        _ = d.ok("dirty-tracking-stop", ["address-space": "vfio-user:nic0"])
        // A client that leaves stops the logging it started.
        #expect(feature(client, start, set, VFIOUserDMALoggingControl(pageSize: 4096).data)?.errno == 0)
        client.disconnect()
        #expect(base.eventually { d.ok("query-vfio")?.arrayValue?.first?["dirty-tracking"] == false })
    }

    @Test func dmaLoggingNeedsAnIOMMUThatTracks() throws {
        let d = base.setUp()
        let path = VFIOUserExportTests.socketPath("nologging")
        defer { _ = d.run("device_del", ["id": "gpu0"]) }
        // The GPU sits behind dmar1, which cannot track dirty pages.
        _ = d.ok("device_add", base.export(path, id: "gpu0", host: "0000:b1:00.0"))
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)
        let flags = VFIOUserDeviceFeature.probe | VFIOUserDeviceFeature.set
        #expect(feature(client, VFIOUserDeviceFeature.dmaLoggingStart, flags)?.errno == EOPNOTSUPP)
        let start = VFIOUserDMALoggingControl(pageSize: 4096).data
        #expect(feature(client, VFIOUserDeviceFeature.dmaLoggingStart, VFIOUserDeviceFeature.set, start)?.errno == EOPNOTSUPP)
        #expect(d.ok("query-vfio")?.arrayValue?.first?["dirty-tracking"] == false)
    }

    /// The migration state moves through the socket: the features relayed
    /// to the device's VFIO_DEVICE_FEATURE, the data read from and written
    /// to the descriptor the kernel returned. A device the topology marks
    /// `migration` (the simulation saves BAR0's contents as its state).
    @Test func aClientMigratesTheDeviceStateThroughTheSocket() throws {
        var host = SimulatedHost.default
        host.devices[0].migration = true
        let d = Daemon(host: host)
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        let path = VFIOUserExportTests.socketPath("migration")
        defer { _ = d.run("device_del", ["id": "nic0"]) }
        _ = d.ok("device_add", base.export(path))
        let client = try #require(VFIOUserTestClient(path: path))
        #expect(client.negotiate()?.errno == 0)
        let (get, set) = (VFIOUserDeviceFeature.get, VFIOUserDeviceFeature.set)
        func state(_ value: UInt32) -> [UInt8] {
            var out: [UInt8] = []
            for word in [value, UInt32.max] { withUnsafeBytes(of: word.littleEndian) { out += $0 } }
            return out
        }
        func data(_ request: VFIOUserMigrationData, write: Bool) -> VFIOUserMessage? {
            client.send(write ? .migDataWrite : .migDataRead, request.payload)
        }
        // The device's state to carry over.
        #expect(client.write(region: 0, offset: 0x40, [0xde, 0xad, 0xbe, 0xef])?.errno == 0)
        let flags = feature(client, VFIOUserDeviceFeature.migration, get)
        #expect(flags?.errno == 0 && flags?.payload.dropFirst(8).first == 1, "STOP_COPY")
        #expect(data(VFIOUserMigrationData(size: 4096), write: false)?.errno == EINVAL, "nothing to read while RUNNING")

        // RUNNING → STOP_COPY (through STOP): the state comes out in pieces.
        let saving = feature(client, VFIOUserDeviceFeature.migrationDeviceState, set, state(3))
        #expect(saving?.errno == 0 && saving.map { Array($0.payload.suffix(4)) } == [0xff, 0xff, 0xff, 0xff],
                "data_fd is not the client's business")
        #expect(feature(client, VFIOUserDeviceFeature.migrationDeviceState, get, state(0))?.payload.dropFirst(8).first == 3)
        var saved: [UInt8] = []
        while let reply = data(VFIOUserMigrationData(size: 4096), write: false), reply.errno == 0,
              reply.payload.count > VFIOUserMigrationData.headerSize {
            saved += reply.payload.dropFirst(VFIOUserMigrationData.headerSize)
        }
        #expect(saved.count == 0x4000 && Array(saved[0x40..<0x44]) == [0xde, 0xad, 0xbe, 0xef])

        // The device loses its state (a reset), then takes the saved one back.
        #expect(feature(client, VFIOUserDeviceFeature.migrationDeviceState, set, state(1))?.errno == 0)
        #expect(client.send(.deviceReset)?.errno == 0)
        #expect(client.read(region: 0, offset: 0x40, count: 4) == [0, 0, 0, 0])
        #expect(feature(client, VFIOUserDeviceFeature.migrationDeviceState, set, state(4))?.errno == 0)
        #expect(data(VFIOUserMigrationData(size: 0x2000, data: Array(saved[..<0x2000])), write: true)?.errno == 0)
        #expect(data(VFIOUserMigrationData(size: 0x2000, data: Array(saved[0x2000...])), write: true)?.errno == 0)
        #expect(feature(client, VFIOUserDeviceFeature.migrationDeviceState, set, state(2))?.errno == 0)
        #expect(client.read(region: 0, offset: 0x40, count: 4) == [0xde, 0xad, 0xbe, 0xef])
        #expect(data(VFIOUserMigrationData(size: 4, data: [1, 2, 3, 4]), write: true)?.errno == EINVAL, "not resuming")
        #expect(data(VFIOUserMigrationData(size: 4, data: [1, 2]), write: true)?.errno == EINVAL, "size is not the data's")

        // A client that leaves with the device stopped: RUNNING again.
        #expect(feature(client, VFIOUserDeviceFeature.migrationDeviceState, set, state(1))?.errno == 0)
        client.disconnect()
        #expect(base.eventually { base.exportInfo(d)?["client"] == nil })
        let next = try #require(VFIOUserTestClient(path: path))
        #expect(next.negotiate()?.errno == 0)
        #expect(feature(next, VFIOUserDeviceFeature.migrationDeviceState, get, state(0))?.payload.dropFirst(8).first == 2)
    }
}
