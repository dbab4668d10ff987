import JSON
import Testing
import VFIOUser

/// The vfio-user protocol's wire format, as the spec (QEMU's
/// docs/interop/vfio-user.rst) lays it out, and the checks a server makes
/// of what a client sends: it is an attack surface.
@Suite struct VFIOUserProtocolTests {
    @Test func theHeaderIsSixteenBytesInHostOrder() {
        let header = VFIOUserHeader(messageID: 0x1234, command: 2, messageSize: 48, flags: [.reply, .error], error: 22)
        #expect(header.bytes == [0x34, 0x12, 2, 0, 48, 0, 0, 0, 0x21, 0, 0, 0, 22, 0, 0, 0])
        #expect(VFIOUserHeader(header.bytes[...]) == header)
        #expect(!header.isCommand)
        #expect(VFIOUserHeader(messageID: 1, command: 1, messageSize: 16).isCommand)
    }

    @Test func repliesEchoTheCommandAndErrorsCarryOnlyTheHeader() {
        let map = VFIOUserDMAMap(flags: 3, offset: 0, address: 0x1000, size: 0x2000)
        let command = VFIOUserMessage.command(.dmaMap, id: 7, payload: map.payload, fds: [9])
        #expect(command.header.messageSize == 48 && command.command == .dmaMap)
        let reply = command.reply()
        #expect(reply.header.messageID == 7 && reply.header.command == 2 && reply.header.flags == [.reply])
        let failed = command.errorReply(17)
        #expect(failed.bytes.count == 16 && failed.header.flags == [.reply, .error] && failed.header.error == 17)
    }

    @Test func theFramerCutsAStreamAtAnySplit() throws {
        let messages = [
            VFIOUserMessage.command(.version, id: 1, payload: VFIOUserVersion(major: 0, minor: 0).payload),
            VFIOUserMessage.command(.dmaMap, id: 2, payload: VFIOUserDMAMap(flags: 1, offset: 0, address: 0, size: 4096).payload),
            VFIOUserMessage.command(.deviceReset, id: 3),
        ]
        let stream = messages.flatMap(\.bytes)
        for split in 0...stream.count {
            var framer = VFIOUserFramer()
            let got = try framer.feed(Array(stream[..<split])) + framer.feed(Array(stream[split...]))
            #expect(got == messages, "split at \(split)")
        }
        // Byte by byte, with a descriptor that came with the second message's first byte.
        var framer = VFIOUserFramer()
        var got: [VFIOUserMessage] = []
        for (i, byte) in stream.enumerated() {
            got += try framer.feed([byte], fds: i == messages[0].bytes.count ? [42] : [])
        }
        #expect(got.map(\.fds) == [[], [42], []])
    }

    @Test func sizesThatCannotBeTrustedEndTheConnection() throws {
        var small = VFIOUserFramer()
        #expect(throws: VFIOUserProtocolError("message 5: size 8 is smaller than its header")) {
            try small.feed(VFIOUserHeader(messageID: 5, command: 1, messageSize: 8).bytes)
        }
        var large = VFIOUserFramer(maxDataTransfer: 4096)
        #expect(throws: VFIOUserProtocolError.self) {
            try large.feed(VFIOUserHeader(messageID: 6, command: 10, messageSize: UInt32.max).bytes)
        }
        var fds = VFIOUserFramer(maxDescriptors: 2)
        #expect(throws: VFIOUserProtocolError("3 descriptors with one message (at most 2)")) {
            try fds.feed([1], fds: [10, 11, 12])
        }
        // The refused descriptors are not lost: the caller takes them to close.
        #expect(fds.takeUnclaimedDescriptors() == [10, 11, 12])
        #expect(fds.takeUnclaimedDescriptors() == [])
        // Nor are those of a message cut off by the end of the connection.
        var partial = VFIOUserFramer()
        #expect(try partial.feed([0, 0, 0], fds: [7]) == [])
        #expect(partial.takeUnclaimedDescriptors() == [7])
    }

    @Test func versionNegotiationFollowsTheSpecsRules() throws {
        var caps = JSONObject()
        caps.appendUnchecked("max_msg_fds", 16)
        caps.appendUnchecked("max_data_xfer_size", 4_194_304)
        caps.appendUnchecked("pgsizes", .int(0x1000 | 0x20_0000))
        caps.appendUnchecked("migration", ["pgsize": 4096])
        let proposal = VFIOUserVersion(major: 0, minor: 3, capabilities: caps)
        let decoded = try VFIOUserVersion(payload: proposal.payload)
        #expect(decoded == proposal)
        let reply = try #require(VFIOUserServerLimits().negotiate(decoded))
        #expect(reply.major == 0 && reply.minor == 0)
        // Only what was proposed, at what both sides can do.
        #expect(reply.capabilities["max_msg_fds"] == .uint(8))
        #expect(reply.capabilities["max_data_xfer_size"] == .uint(1_048_576))
        #expect(reply.capabilities["pgsizes"] == .uint(0x1000))
        #expect(reply.capabilities["max_dma_maps"] == nil && reply.capabilities["migration"] == nil)
        #expect(VFIOUserServerLimits().negotiate(VFIOUserVersion(major: 1, minor: 0)) == nil)
    }

    @Test func versionDataMustBeATerminatedJSONObject() {
        for (payload, reason) in [
            ([0, 0] as [UInt8], "VFIO_USER_VERSION: 2 bytes, fewer than 4"),
            ([0, 0, 0, 0] + Array("{}".utf8), "VFIO_USER_VERSION: version data without its terminating NUL"),
            ([0, 0, 0, 0] + Array("[1]".utf8) + [0], "VFIO_USER_VERSION: version data is not a JSON object"),
            ([0, 0, 0, 0] + Array(#"{"capabilities": 1}"#.utf8) + [0], "VFIO_USER_VERSION: capabilities is not an object"),
        ] {
            #expect(throws: VFIOUserRequestError(22, reason)) { try VFIOUserVersion(payload: payload) }
        }
        #expect(throws: VFIOUserRequestError.self) {
            try VFIOUserVersion(payload: [0, 0, 0, 0] + [UInt8](repeating: 32, count: 5000) + [0])
        }
    }

    @Test func dmaMapsAreChecked() throws {
        let map = VFIOUserDMAMap(flags: 3, offset: 8192, address: 0x10_0000, size: 0x20_0000)
        #expect(try VFIOUserDMAMap(payload: map.payload) == map)
        var wrongArgsz = map.payload
        wrongArgsz[0] = 16
        #expect(throws: VFIOUserRequestError(22, "VFIO_USER_DMA_MAP: argsz 16, not 32")) { try VFIOUserDMAMap(payload: wrongArgsz) }
        #expect(throws: VFIOUserRequestError(22, "VFIO_USER_DMA_MAP: unknown flags 0x4")) {
            try VFIOUserDMAMap(payload: VFIOUserDMAMap(flags: 4, offset: 0, address: 0, size: 1).payload)
        }
        #expect(throws: VFIOUserRequestError.self) {
            try VFIOUserDMAMap(payload: VFIOUserDMAMap(flags: 1, offset: 0, address: UInt64.max, size: 2).payload)
        }
        #expect(throws: VFIOUserRequestError.self) { try VFIOUserDMAMap(payload: Array(map.payload.dropLast())) }
        let unmap = VFIOUserDMAUnmap(address: 0x10_0000, size: 0x20_0000)
        #expect(try VFIOUserDMAUnmap(payload: unmap.payload) == unmap)
        #expect(throws: VFIOUserRequestError(95, "VFIO_USER_DMA_UNMAP: flags 0x1 (none are defined)")) {
            try VFIOUserDMAUnmap(payload: VFIOUserDMAUnmap(flags: 1, address: 0, size: 1).payload)
        }
    }

    @Test func deviceInfo() throws {
        let info = VFIOUserDeviceInfo(flags: VFIOUserDeviceInfo.flagReset | VFIOUserDeviceInfo.flagPCI, regionCount: 9, irqCount: 5)
        #expect(info.payload.count == 16)
        #expect(throws: Never.self) { try VFIOUserDeviceInfo.checkRequest(info.payload) }
        #expect(throws: VFIOUserRequestError.self) { try VFIOUserDeviceInfo.checkRequest([8, 0, 0, 0] + [UInt8](repeating: 0, count: 12)) }
    }
}
