import JSON
import Testing
import VFIOUser

/// A device that records what the session asks of it.
final class FakeDevice: VFIOUserDevice {
    var maps: [(fd: Int32, map: VFIOUserDMAMap)] = []
    var unmaps: [(UInt64, UInt64)] = []
    var gone = 0
    var refuseNextMap: VFIOUserRequestError?

    func deviceInfo() -> VFIOUserDeviceInfo {
        VFIOUserDeviceInfo(flags: VFIOUserDeviceInfo.flagPCI | VFIOUserDeviceInfo.flagReset, regionCount: 9, irqCount: 5)
    }
    func dmaMap(fd: Int32, _ map: VFIOUserDMAMap) -> VFIOUserRequestError? {
        if let error = refuseNextMap { refuseNextMap = nil; return error }
        maps.append((fd, map))
        return nil
    }
    func dmaUnmap(address: UInt64, size: UInt64) -> VFIOUserRequestError? {
        unmaps.append((address, size))
        return nil
    }
    func clientGone() { gone += 1 }
    /// Region 0 is mmappable (answered with descriptor 900); others not.
    func regionInfo(index: UInt32, argsz: UInt32) throws(VFIOUserRequestError) -> (answer: [UInt8], fd: Int32?) {
        (Array(repeating: UInt8(index), count: 32), index == 0 ? 900 : nil)
    }
    func regionRead(region: UInt32, offset: UInt64, count: UInt32) throws(VFIOUserRequestError) -> [UInt8] {
        Array(repeating: 0xab, count: Int(count))
    }
    var written: [[UInt8]] = []
    func regionWrite(region: UInt32, offset: UInt64, data: [UInt8]) throws(VFIOUserRequestError) { written.append(data) }
    func irqInfo(index: UInt32) throws(VFIOUserRequestError) -> (flags: UInt32, count: UInt32) { (1, index) }
    var irqSets: [(VFIOUserSetIRQs, [Int32])] = []
    func setIRQs(_ request: VFIOUserSetIRQs, fds: [Int32]) throws(VFIOUserRequestError) { irqSets.append((request, fds)) }
    var resets = 0
    func reset() throws(VFIOUserRequestError) { resets += 1 }
    var logging = false
    func probeDMALogging() throws(VFIOUserRequestError) {}
    func startDMALogging(pageSize: UInt64) throws(VFIOUserRequestError) -> UInt64 {
        logging = true
        return 4096
    }
    func stopDMALogging() throws(VFIOUserRequestError) { logging = false }
    var migrationFlags: [UInt32] = []
    func migrationFeature(flags: UInt32, data: [UInt8]) throws(VFIOUserRequestError) -> [UInt8] {
        migrationFlags.append(flags)
        return [1, 0, 0, 0, 0, 0, 0, 0]
    }
    var saved: [UInt8] = [1, 2, 3, 4, 5]
    func readMigrationData(count: Int) throws(VFIOUserRequestError) -> [UInt8] {
        let out = Array(saved.prefix(count))
        saved.removeFirst(out.count)
        return out
    }
    var resumed: [UInt8] = []
    func writeMigrationData(_ bytes: [UInt8]) throws(VFIOUserRequestError) { resumed += bytes }
    /// Every other page dirty.
    func reportDMALogging(iova: UInt64, length: UInt64, pageSize: UInt64) throws(VFIOUserRequestError) -> [UInt64] {
        Array(repeating: 0x5555_5555_5555_5555, count: Int((length / pageSize + 63) / 64))
    }
}

/// The server's side of a connection: negotiation first, DMA windows
/// checked against the export's policy, refusals as error replies that
/// leave the connection usable, descriptors never leaked.
@Suite struct VFIOUserSessionTests {
    final class Closed { var fds: [Int32] = [] }

    func session(windows: [ClosedRange<UInt64>] = [0...UInt64.max]) -> (VFIOUserSession, FakeDevice, Closed) {
        let device = FakeDevice()
        let closed = Closed()
        let s = VFIOUserSession(device: device, allowedWindows: windows) { closed.fds.append($0) }
        return (s, device, closed)
    }

    func negotiate(_ s: VFIOUserSession) {
        var caps = JSONObject()
        caps.appendUnchecked("max_dma_maps", 2)
        let out = s.handle(.command(.version, id: 1, payload: VFIOUserVersion(major: 0, minor: 0, capabilities: caps).payload))
        #expect(out.reply?.header.flags == [.reply] && !out.close)
    }

    func map(_ address: UInt64, _ size: UInt64, fds: [Int32] = [5], id: UInt16 = 2) -> VFIOUserMessage {
        .command(.dmaMap, id: id, payload: VFIOUserDMAMap(flags: 3, offset: 0, address: address, size: size).payload, fds: fds)
    }

    @Test func versionComesFirst() {
        let (s, _, closed) = session()
        let early = s.handle(.command(.deviceGetInfo, id: 1, payload: [16] + [UInt8](repeating: 0, count: 15), fds: [9]))
        #expect(early.close && early.reply == nil && closed.fds == [9])
        let (t, _, _) = session()
        let wrong = t.handle(.command(.version, id: 1, payload: VFIOUserVersion(major: 1, minor: 0).payload))
        #expect(wrong.close && wrong.log == "the client proposes vfio-user 1.0; the server speaks 0.x")
    }

    @Test func deviceInfoAndUnknownCommands() throws {
        let (s, _, _) = session()
        negotiate(s)
        let info = s.handle(.command(.deviceGetInfo, id: 3, payload: VFIOUserDeviceInfo(flags: 0, regionCount: 0, irqCount: 0).payload))
        #expect(info.reply?.payload == FakeDevice().deviceInfo().payload)
        var unknown = VFIOUserMessage.command(.deviceReset, id: 4)
        unknown.header.command = 99
        let out = s.handle(unknown)
        #expect(out.reply?.header.flags == [.reply, .error] && out.reply?.header.error == 95 && !out.close)
        let again = s.handle(.command(.version, id: 5, payload: VFIOUserVersion(major: 0, minor: 0).payload))
        #expect(again.reply?.header.error == 22 && !again.close)
    }

    @Test func mapsNeedADescriptorAndAnAllowedFreeWindow() {
        let (s, device, closed) = session(windows: [0x10_0000...0x1f_ffff])
        negotiate(s)
        let none = s.handle(map(0x10_0000, 0x1000, fds: []))
        #expect(none.reply?.header.error == 95)
        #expect(none.log?.contains("back guest RAM with a shareable memory backend (memory-backend-memfd,share=on)") == true)
        let outside = s.handle(map(0x20_0000, 0x1000, fds: [6]))
        #expect(outside.reply?.header.error == 1 && closed.fds == [6])
        #expect(s.handle(map(0x10_0000, 0x2000, fds: [7])).reply?.header.flags == [.reply])
        #expect(device.maps.map(\.fd) == [7])
        let overlap = s.handle(map(0x10_1000, 0x1000, fds: [8]))
        #expect(overlap.reply?.header.error == 17 && closed.fds == [6, 8])
        // A refusal by the device reaches the client; nothing is recorded.
        device.refuseNextMap = VFIOUserRequestError(12, "IOMMU_IOAS_MAP_FILE failed: ENOMEM")
        #expect(s.handle(map(0x14_0000, 0x1000, fds: [14])).reply?.header.error == 12)
        #expect(s.mapped.count == 1)
        #expect(s.handle(map(0x11_0000, 0x1000, fds: [10])).reply?.header.flags == [.reply])
        // max_dma_maps (2, as the client proposed) reached.
        #expect(s.handle(map(0x12_0000, 0x1000, fds: [11])).reply?.header.error == 28)
        // Two descriptors: both closed, refused.
        let two = s.handle(map(0x13_0000, 0x1000, fds: [12, 13]))
        #expect(two.reply?.header.error == 95 && closed.fds.suffix(2) == [12, 13])
        #expect(s.mapped.count == 2)
    }

    @Test func unmapsMatchExactlyAndDisconnectUnmapsTheRest() {
        let (s, device, _) = session()
        negotiate(s)
        _ = s.handle(map(0x10_0000, 0x2000))
        let partial = s.handle(.command(.dmaUnmap, id: 9, payload: VFIOUserDMAUnmap(address: 0x10_0000, size: 0x1000).payload))
        #expect(partial.reply?.header.error == 22 && device.unmaps.isEmpty)
        let whole = s.handle(.command(.dmaUnmap, id: 10, payload: VFIOUserDMAUnmap(address: 0x10_0000, size: 0x2000).payload))
        #expect(whole.reply?.payload == VFIOUserDMAUnmap(address: 0x10_0000, size: 0x2000).payload)
        _ = s.handle(map(0x20_0000, 0x1000))
        s.end()
        #expect(device.gone == 1 && s.mapped.isEmpty)
    }

    @Test func noReplyCommandsGetNoReplyEvenWhenRefused() {
        let (s, _, _) = session()
        negotiate(s)
        let quiet = VFIOUserMessage.command(.dmaUnmap, id: 11, payload: VFIOUserDMAUnmap(address: 0, size: 1).payload, noReply: true)
        let out = s.handle(quiet)
        #expect(out.reply == nil && out.log != nil)
    }

    /// VFIO_USER_DEVICE_FEATURE's checks before the device sees a request.
    @Test func deviceFeatureRequestsAreChecked() {
        let (s, device, _) = session()
        negotiate(s)
        func errno(_ payload: [UInt8]) -> Int32 {
            let reply = s.handle(.command(.deviceFeature, id: 9, payload: payload)).reply
            return reply.map { $0.header.flags.contains(.error) ? Int32(bitPattern: $0.header.error) : 0 } ?? -1
        }
        let start = UInt32(VFIOUserDeviceFeature.dmaLoggingStart), set = VFIOUserDeviceFeature.set
        let control = VFIOUserDMALoggingControl(pageSize: 4096, ranges: [(0, 4096)]).data
        var good = VFIOUserDeviceFeature(flags: start | set, data: control).payload
        #expect(errno(good) == 0 && device.logging)
        good[0] += 1
        #expect(errno(good) == 22, "argsz not the payload's size")
        #expect(errno(VFIOUserDeviceFeature(flags: start | 1 << 20, data: control).payload) == 22, "unknown flag")
        #expect(errno(VFIOUserDeviceFeature(flags: start | VFIOUserDeviceFeature.get, data: control).payload) == 22, "START is SET only")
        #expect(errno(VFIOUserDeviceFeature(flags: start | set, data: Array(control.dropLast())).payload) == 22, "a short range")
        var many = VFIOUserDMALoggingControl(pageSize: 4096).data
        many[8] = 0x01
        many[9] = 0x04  // 1025 ranges
        #expect(errno(VFIOUserDeviceFeature(flags: start | set, data: many).payload) == 22)
        // A report whose bitmap is over max_data_xfer_size (1 MiB: 8 Gi pages).
        let report = UInt32(VFIOUserDeviceFeature.dmaLoggingReport), get = VFIOUserDeviceFeature.get
        let huge = VFIOUserDMALoggingReport(iova: 0, length: 1 << 46, pageSize: 4096).data
        #expect(errno(VFIOUserDeviceFeature(flags: report | get, data: huge).payload) == 7)
        // The whole space in pages of one byte: 2^64 - 1 pages, refused the
        // same way (rounding the page count up to words overflowed; fuzz-vfio-user).
        let everything = VFIOUserDMALoggingReport(iova: 0, length: .max, pageSize: 1).data
        #expect(errno(VFIOUserDeviceFeature(flags: report | get, data: everything).payload) == 7)
        // The bitmap follows the request's data in the reply.
        let small = VFIOUserDMALoggingReport(iova: 0, length: 1 << 20, pageSize: 4096).data
        let reply = s.handle(.command(.deviceFeature, id: 10, payload: VFIOUserDeviceFeature(flags: report | get, data: small).payload)).reply
        #expect(reply?.payload.count == 8 + 24 + 32 && reply?.payload[32] == 0x55)
        #expect(errno(VFIOUserDeviceFeature(flags: 42 | get).payload) == 25, "an unknown feature: ENOTTY")
    }

    /// VFIO_USER_MIG_DATA_READ/WRITE: sizes checked, data moved, and the
    /// migration features handed to the device as they came.
    @Test func migrationDataAndFeaturesReachTheDevice() {
        let (s, device, _) = session()
        negotiate(s)
        func send(_ command: VFIOUserCommand, _ payload: [UInt8]) -> VFIOUserMessage? {
            s.handle(.command(command, id: 11, payload: payload)).reply
        }
        let read = send(.migDataRead, VFIOUserMigrationData(size: 3).payload)
        #expect(read?.payload == VFIOUserMigrationData(size: 3, data: [1, 2, 3]).payload)
        #expect(send(.migDataRead, VFIOUserMigrationData(size: 1 << 21).payload)?.header.error == 22, "over max_data_xfer_size")
        #expect(send(.migDataRead, VFIOUserMigrationData(size: 1, data: [9]).payload)?.header.error == 22, "a read carries no data")
        #expect(send(.migDataWrite, VFIOUserMigrationData(size: 2, data: [7, 8]).payload)?.payload == VFIOUserMigrationData(size: 2).payload)
        #expect(device.resumed == [7, 8])
        var short = VFIOUserMigrationData(size: 2, data: [7, 8]).payload
        short[0] = 9
        #expect(send(.migDataWrite, short)?.header.error == 22, "argsz not the payload's")
        let get = UInt32(VFIOUserDeviceFeature.migration) | VFIOUserDeviceFeature.get
        let reply = send(.deviceFeature, VFIOUserDeviceFeature(flags: get).payload)
        #expect(reply?.payload == VFIOUserDeviceFeature(flags: get, data: [1, 0, 0, 0, 0, 0, 0, 0]).payload)
        #expect(device.migrationFlags == [get])
    }
}
