import QMPServer
import Testing

@Suite struct ListenAddressTests {
    @Test(arguments: [
        ("unix:/run/x.sock", ListenAddress.unix(path: "/run/x.sock"), false),
        ("unix:/run/x.sock,server=on,wait=off", .unix(path: "/run/x.sock"), false),
        ("unix:/run/x.sock,readonly=on", .unix(path: "/run/x.sock"), true),
        ("unix:/run/x.sock,server=on,readonly=on,wait=off", .unix(path: "/run/x.sock"), true),
        ("unix:/run/x.sock,readonly=on,readonly=off", .unix(path: "/run/x.sock"), false),
        ("tcp:127.0.0.1:4444,readonly=on", .tcp(host: "127.0.0.1", port: 4444), true),
        ("tcp:[::1]:0,readonly=off", .tcp(host: "::1", port: 0), false),
    ])
    func parsesAddressesAndTheReadOnlyOption(text: String, address: ListenAddress, readOnly: Bool) throws {
        let parsed = try ListenAddress.parse(text)
        #expect(parsed.address == address)
        #expect(parsed.options.readOnly == readOnly)
    }

    @Test(arguments: [
        ("unix:/x,readonly=yes", "'unix:/x,readonly=yes': 'readonly=yes': expected readonly=on or readonly=off"),
        ("unix:/x,readonly", "'unix:/x,readonly': 'readonly': expected readonly=on or readonly=off"),
        ("unix:/x,read-only=on", "'unix:/x,read-only=on': unknown option 'read-only=on'; the options are server=on, wait=off and readonly=on|off"),
        ("tcp:127.0.0.1:1,telnet=on", "'tcp:127.0.0.1:1,telnet=on': unknown option 'telnet=on'; the options are server=on, wait=off and readonly=on|off"),
        ("unix:/x,wait=on", "'unix:/x,wait=on': wait=on is not supported; iommud never waits for a client"),
        ("vsock:1:2", "'vsock:1:2': unsupported transport 'vsock'; expected unix or tcp"),
    ])
    func rejectsUnknownOptionsClearly(text: String, message: String) {
        #expect {
            _ = try ListenAddress.parse(text)
        } throws: { error in
            "\(error)" == message
        }
    }
}

@Suite(.serialized) struct ReadOnlyListenerTests {
    @Test func aReadOnlyListenerBesideAReadWriteOne() throws {
        let logged = LogLines()
        let daemon = try RunningServer(prepare: { server, path in
            try server.listen(on: .unix(path: path + ".ro"), options: ListenerOptions(readOnly: true))
        }, log: { logged.append($0) })
        defer { daemon.stop() }
        #expect(logged.lines.contains("listening on unix:\(daemon.path).ro (QMP, read-only)"))
        let writer = try RawClient(path: daemon.path)
        let reader = try RawClient(path: daemon.path + ".ro")
        #expect(writer.negotiate() == ["return": [:]])
        #expect(reader.negotiate() == ["return": [:]])
        reader.send(#"{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "fd0"}}"#)
        #expect(reader.receive()?["error"]?["desc"] == "Command object-add has been disabled: this monitor is read-only")
        writer.send(#"{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "fd0"}}"#)
        #expect(writer.receive() == ["return": [:]])
        // The read-only client sees what the other one made.
        reader.send(#"{"execute": "qom-list", "arguments": {"path": "/objects"}}"#)
        #expect(reader.receive()?["return"]?.arrayValue?.contains(["name": "fd0", "type": "child<iommufd>"]) == true)
    }
}
