#if canImport(Glibc)
import Glibc
#endif
import IommudClient
import JSON
import Testing

/// The generated Swift client against a live daemon (an in-process server
/// on the simulated kernel): typed results, typed errors with errno,
/// events, a lost connection, every command once, and lenient decoding.
@Suite struct IommudClientTests {
    @Test func theReadmeSession() async throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let iommud = IommudClient()
        try await iommud.connect(.unix(daemon.path))
        #expect(await iommud.schemaReport?.matches == true)
        try await iommud.objectAdd(qomType: .iommufd, id: "iommufd0")
        try await iommud.objectAdd(qomType: .memoryBackendMemfd, id: "ram0", properties: ["size": 2_097_152])
        try await iommud.deviceAdd(driver: .pcDimm, id: "dimm0", properties: ["memdev": "ram0", "addr": 0])
        try await iommud.deviceAdd(driver: .vfioPci, id: "nic0", properties: ["host": "0000:17:00.0", "iommufd": "iommufd0"])
        let containers = try await iommud.queryVfio()
        #expect(containers.count == 1)
        #expect(containers.first?.backend == .iommufd && containers.first?.devices == ["nic0"])
        #expect(containers.first?.mappings?.first?.size == 2_097_152)
        let version = try await iommud.queryVersion()
        #expect(version?.package?.hasPrefix("iommud ") == true)
        try await iommud.deviceDel(id: "nic0")
        let event = try await iommud.waitEvent("DEVICE_DELETED", timeout: .seconds(5)) { $0.deviceDeleted?.device == "nic0" }
        #expect(event.deviceDeleted?.path == "/machine/peripheral/nic0")
        await iommud.disconnect()
    }

    @Test func errorsAreTypedWithTheirErrno() async throws {
        let daemon = try RunningServer()
        defer { daemon.stop() }
        let iommud = IommudClient()
        try await iommud.connect(.unix(daemon.path))
        await #expect(throws: IommudClientError.command(
            command: "device_del", errorClass: "DeviceNotFound", desc: "Device 'nope' not found", errno: nil)) {
            try await iommud.deviceDel(id: "nope")
        }
        try await iommud.objectAdd(qomType: .iommufd, id: "iommufd0")
        try await iommud.xSimInjectFault(nth: 1, errno: "EIO")
        do {
            _ = try await iommud.iommufdIoasAlloc(iommufd: "iommufd0")
            Issue.record("the injected failure did not fail the call")
        } catch {
            guard case .command(_, let errorClass, _, let errno) = error else { throw error }
            #expect(errorClass == "GenericError" && errno == "EIO")
        }
        await iommud.disconnect()
    }

    @Test func aLostConnectionFailsWhatIsPending() async throws {
        let daemon = try RunningServer()
        let iommud = IommudClient()
        try await iommud.connect(.unix(daemon.path))
        let waiting = Task { () async throws(IommudClientError) -> IommudEvent in
            try await iommud.waitEvent("DEVICE_DELETED", timeout: .seconds(20))
        }
        try await Task.sleep(for: .milliseconds(100))
        daemon.stop()
        switch await waiting.result {
        case .success: Issue.record("the wait outlived the connection")
        case .failure(let error):
            guard case .connectionLost? = error as? IommudClientError else { Issue.record("\(error)"); return }
        }
        await #expect(throws: IommudClientError.self) { _ = try await iommud.queryVersion() }
    }

    @Test func everyCommandGoesThroughTheStub() async throws {
        let daemon = try RunningServer()
        defer { daemon.join() }
        let iommud = IommudClient()
        try await iommud.connect(.unix(daemon.path))
        try await iommud.objectAdd(qomType: .iommufd, id: "iommufd0")
        let outcome = await EveryCommand.callAll(iommud)
        #expect(outcome.count == EveryCommand.count)
        for (name, result) in outcome {
            // A reply of either kind came back and was read: no client failure.
            #expect(["ok", "GenericError", "DeviceNotFound", "CommandNotFound"].contains(result), "\(name): \(result)")
        }
        #expect(outcome.filter { $0.value == "CommandNotFound" }.map(\.key) == ["qmp_capabilities"])
        #expect(outcome["quit"] == "ok")
    }

    /// What a newer or older daemon may send: members the client does not
    /// know, enum values it does not know, members missing.
    @Test func decodingIsLenient() throws {
        let reply = try JSONStreamParser.parse(#"""
            [{"id": "container0", "backend": "nvme-passthrough", "numa-node": 1, "devices": ["nic0", 7]}]
            """#)
        let containers = try #require([VFIOContainerInfo].client(reply))
        #expect(containers.first?.backend?.rawValue == "nvme-passthrough")
        #expect(containers.first?.devices == ["nic0"])
        #expect(containers.first?.mappings == nil)
        #expect(VersionInfo.client(.string("not an object")) == nil)
    }
}
