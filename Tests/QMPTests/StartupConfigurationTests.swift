import IOMMUDBackend
import IOMMUDSimulation
import JSON
import QMP
import Testing

/// `--object` and `--device`: parsed and typed as the command line is
/// read, realized in order through the dispatcher before clients come.
@Suite struct StartupConfigurationTests {
    /// A client of `dispatcher` that has negotiated.
    func client(_ dispatcher: QMPDispatcher) -> SessionHarness {
        let h = SessionHarness(dispatcher: dispatcher)
        h.negotiate()
        return h
    }

    @Test func objectsAndDevicesAreRealizedInOrder() throws {
        var startup = StartupConfiguration()
        try startup.add(.object, "iommufd,id=iommufd0")
        try startup.add(.object, "memory-backend-memfd,id=ram0,size=2M,share=on")
        try startup.add(.device, "pc-dimm,id=dimm0,memdev=ram0,addr=0x100000000")
        try startup.add(.device, #"{"driver": "vfio-pci", "id": "nic0", "host": "0000:17:00.0", "iommufd": "iommufd0"}"#)
        #expect(startup.items.map(\.option) == [.object, .object, .device, .device])
        #expect(startup.items[1].arguments["size"] == 2_097_152)
        let dispatcher = DaemonCommands.dispatcher(onQuit: {})
        try startup.realize(with: dispatcher)

        let h = client(dispatcher)
        let vfio = h.request(#"{"execute": "query-vfio"}"#)["return"]?.arrayValue
        #expect(vfio?.first?["devices"] == ["nic0"])
        #expect(vfio?.first?["iommufd"] == "iommufd0")
        #expect(vfio?.first?["mappings"] == [["iova": 4_294_967_296, "size": 2_097_152]])
        let peripheral = h.request(#"{"execute": "qom-list", "arguments": {"path": "/machine/peripheral"}}"#)["return"]
        let children = peripheral?.arrayValue?.filter { $0["type"]?.stringValue?.hasPrefix("child<") == true }
        #expect(children?.compactMap { $0["name"]?.stringValue }.sorted() == ["dimm0", "nic0"])
        #expect(h.request(#"{"execute": "qom-get", "arguments": {"path": "ram0", "property": "share"}}"#)["return"] == true)
        // The daemon's clients can undo what the command line made.
        #expect(h.request(#"{"execute": "device_del", "arguments": {"id": "nic0"}}"#)["return"] == [:])
    }

    @Test func theFirstFailureStopsRealizationAndNamesTheOption() throws {
        var startup = StartupConfiguration()
        try startup.add(.object, "memory-backend-memfd,id=ram0,size=2M")
        try startup.add(.device, "pc-dimm,id=dimm0,memdev=ram0,addr=0x1000,bogus=1")
        try startup.add(.device, "pc-dimm,id=dimm1,memdev=ram0,addr=0x200000")
        let dispatcher = DaemonCommands.dispatcher(onQuit: {})
        #expect(throws: StartupConfiguration.Failure.self) { try startup.realize(with: dispatcher) }
        do {
            try startup.realize(with: DaemonCommands.dispatcher(onQuit: {}))
            Issue.record("bogus=1 was realized")
        } catch {
            #expect(error.description == "--device pc-dimm,id=dimm0,memdev=ram0,addr=0x1000,bogus=1: Parameter 'bogus' is unexpected")
        }
        // Nothing after the failing option was attempted.
        let h = client(dispatcher)
        let listed = h.request(#"{"execute": "qom-list", "arguments": {"path": "/machine/peripheral"}}"#)["return"]?.arrayValue
        #expect(listed?.contains { $0["type"]?.stringValue?.hasPrefix("child<") == true } == false)
    }

    @Test func badTextFailsWhenTheCommandLineIsRead() {
        var startup = StartupConfiguration()
        #expect(throws: StartupConfiguration.Failure.self) { try startup.add(.object, "memory-backend-memfd,id=m,size=1X") }
        do {
            try startup.add(.object, "memory-backend-memfd,id=m,size=1X")
            Issue.record("size=1X was read")
        } catch {
            #expect(error.description == "--object memory-backend-memfd,id=m,size=1X: Parameter 'size' expects size")
        }
        // JSON is typed by the command when realized, not here.
        #expect(throws: Never.self) {
            try startup.add(.device, #"{"driver": "pc-dimm", "id": "d", "memdev": "m", "addr": "0x1000"}"#)
        }
        do {
            try startup.add(.device, #"{"driver": "pc-dimm""#)
            Issue.record("unterminated JSON was read")
        } catch {
            #expect(error.description == #"--device {"driver": "pc-dimm": JSON parse error, premature EOI"#)
        }
        #expect(startup.items.count == 1)
    }

    @Test func jsonKeepsItsTypes() throws {
        var startup = StartupConfiguration()
        try startup.add(.device, #"{"driver": "pc-dimm", "id": "d", "memdev": "ram0", "addr": "0x1000"}"#)
        try startup.add(.object, #"{"qom-type": "memory-backend-memfd", "id": "ram0", "size": 2097152}"#)
        do {
            try startup.realize(with: DaemonCommands.dispatcher(onQuit: {}))
            Issue.record("a string addr was taken")
        } catch {
            // Objects first: the memory backend exists; the string is refused
            // as QEMU refuses it in JSON.
            #expect(error.description.hasSuffix(": Parameter 'addr' expects uint64"))
        }
    }

    @Test func helpListsTypesAndProperties() throws {
        var startup = StartupConfiguration()
        #expect(try startup.add(.object, "help") == .types(.object))
        #expect(try startup.add(.device, "vfio-pci,help") == .properties(.device, "vfio-pci"))
        #expect(startup.items.isEmpty)
        let types = StartupConfiguration.helpText(.types(.object))
        #expect(types == "List of user creatable objects:\n  iommufd\n  memory-backend-memfd\n  memory-backend-file\n")
        let dimm = StartupConfiguration.helpText(.properties(.device, "pc-dimm"))
        #expect(dimm.contains("  memdev=<str> (required)\n") && dimm.contains("  addr=<uint64> (required)\n"))
        #expect(StartupConfiguration.helpText(.properties(.object, "nosuch")).hasPrefix("There is no object type 'nosuch'\n"))
    }
}
