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

/// A QMP server speaking like an older iommud, for the skew test: a schema
/// without today's commands, replies with members and enum values the
/// client has never seen, CommandNotFound for what it lacks.
final class OlderDaemon: @unchecked Sendable {
    let path: String
    private let listener: Int32

    init() throws {
        var template = Array("/tmp/iommud-old-XXXXXX".utf8CString)
        guard let dir = mkdtemp(&template) else { throw ClientTestError.setup }
        path = String(cString: dir) + "/old.sock"
        listener = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var sa = sockaddr_un()
        sa.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &sa.sun_path) { raw in for (i, b) in path.utf8.enumerated() { raw[i] = b } }
        let bound = withUnsafePointer(to: &sa) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(listener, 1) == 0 else { throw ClientTestError.setup }
        let fd = listener
        _ = startThread { OlderDaemon.serve(fd) }
    }

    private static func serve(_ listener: Int32) {
        let fd = accept(listener, nil, nil)
        guard fd >= 0 else { return }
        defer { close(fd) }
        func send(_ text: String) {
            let bytes = Array((text + "\r\n").utf8)
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        }
        send(#"{"QMP": {"version": {"qemu": {"major": 0, "minor": 0, "micro": 9}, "package": "iommud 0.0.9"}, "capabilities": []}}"#)
        let parser = JSONStreamParser()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { return }
            var requests: [JSONValue] = []
            parser.feed(Array(buffer[0..<n])) { if case .value(let v) = $0 { requests.append(v) } }
            for request in requests {
                let id = JSONWriter.string(request["id"] ?? .null)
                switch request["execute"]?.stringValue ?? "" {
                case "qmp_capabilities":
                    send(#"{"return": {}, "id": \#(id)}"#)
                case "query-qmp-schema":
                    send(#"{"return": [{"name": "query-status", "meta-type": "command", "arg-type": "0", "ret-type": "1"}, {"name": "0", "meta-type": "object", "members": []}], "id": \#(id)}"#)
                case "query-status":
                    send(#"{"return": {"running": false, "status": "paused", "singlestep": false}, "id": \#(id)}"#)
                default:
                    send(#"{"error": {"class": "CommandNotFound", "desc": "The command is not here"}, "id": \#(id)}"#)
                }
            }
        }
    }
}

enum ClientTestError: Error { case setup }

extension IommudClientTests {
    @Test func theCurrentClientWorksWithAnOlderDaemon() async throws {
        let older = try OlderDaemon()
        let iommud = IommudClient()
        try await iommud.connect(.unix(older.path))
        let report = try #require(await iommud.schemaReport)
        #expect(report.missingInDaemon.contains("device_add") && report.missingInClient.isEmpty)
        // An enum value the client does not know is kept; an unknown member ignored.
        let status = try await iommud.queryStatus()
        #expect(status?.status?.rawValue == "paused" && status?.running == false)
        await #expect(throws: IommudClientError.command(
            command: "query-vfio", errorClass: "CommandNotFound", desc: "The command is not here", errno: nil)) {
            _ = try await iommud.queryVfio()
        }
        await iommud.disconnect()
    }
}
