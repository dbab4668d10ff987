// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

#if canImport(Glibc)
import Glibc
#endif
import IommudClient
import JSON

/// Every command of the schema through the generated client, once.
enum EveryCommand {
    static let count = 60

    /// Calls each command with placeholder arguments; `quit` goes last.
    static func callAll(_ client: IommudClient) async -> [String: String] {
        var outcome: [String: String] = [:]
        func record(_ name: String, _ body: () async throws(IommudClientError) -> Void) async {
            do throws(IommudClientError) { try await body(); outcome[name] = "ok" } catch {
                if case .command(_, let errorClass, _, _) = error { outcome[name] = errorClass } else { outcome[name] = "\(error)" }
            }
        }
        await record("qmp_capabilities") { () throws(IommudClientError) in _ = try await client.qmpCapabilities() }
        await record("query-version") { () throws(IommudClientError) in _ = try await client.queryVersion() }
        await record("query-commands") { () throws(IommudClientError) in _ = try await client.queryCommands() }
        await record("query-qmp-schema") { () throws(IommudClientError) in _ = try await client.queryQmpSchema() }
        await record("query-status") { () throws(IommudClientError) in _ = try await client.queryStatus() }
        await record("x-exit-preconfig") { () throws(IommudClientError) in _ = try await client.xExitPreconfig() }
        await record("query-state-journal") { () throws(IommudClientError) in _ = try await client.queryStateJournal() }
        await record("x-oob-test") { () throws(IommudClientError) in _ = try await client.xOobTest(lock: false) }
        do {
            let fd = open("/dev/null", O_RDONLY)
            defer { close(fd) }
            await record("getfd") { () throws(IommudClientError) in _ = try await client.getfd(fd: fd, fdname: "x") }
        }
        await record("closefd") { () throws(IommudClientError) in _ = try await client.closefd(fdname: "x") }
        do {
            let fd = open("/dev/null", O_RDONLY)
            defer { close(fd) }
            await record("add-fd") { () throws(IommudClientError) in _ = try await client.addFd(fd: fd) }
        }
        await record("remove-fd") { () throws(IommudClientError) in _ = try await client.removeFd(fdsetId: 0) }
        await record("query-fdsets") { () throws(IommudClientError) in _ = try await client.queryFdsets() }
        await record("qom-list") { () throws(IommudClientError) in _ = try await client.qomList(path: "x") }
        await record("qom-get") { () throws(IommudClientError) in _ = try await client.qomGet(path: "x", property: "x") }
        await record("qom-set") { () throws(IommudClientError) in _ = try await client.qomSet(path: "x", property: "x", value: .object(JSONObject())) }
        await record("qom-list-types") { () throws(IommudClientError) in _ = try await client.qomListTypes() }
        await record("qom-list-properties") { () throws(IommudClientError) in _ = try await client.qomListProperties(typename: "x") }
        await record("object-add") { () throws(IommudClientError) in _ = try await client.objectAdd(qomType: .init(rawValue: "iommufd"), id: "x") }
        await record("object-del") { () throws(IommudClientError) in _ = try await client.objectDel(id: "x") }
        await record("iommufd-ioas-alloc") { () throws(IommudClientError) in _ = try await client.iommufdIoasAlloc(iommufd: "x") }
        await record("iommufd-destroy") { () throws(IommudClientError) in _ = try await client.iommufdDestroy(iommufd: "x", id: 0) }
        await record("iommufd-ioas-map") { () throws(IommudClientError) in _ = try await client.iommufdIoasMap(iommufd: "x", ioasId: 0, memdev: "x", size: 0) }
        await record("iommufd-ioas-map-file") { () throws(IommudClientError) in _ = try await client.iommufdIoasMapFile(iommufd: "x", ioasId: 0, memdev: "x", size: 0) }
        await record("iommufd-ioas-unmap") { () throws(IommudClientError) in _ = try await client.iommufdIoasUnmap(iommufd: "x", ioasId: 0) }
        await record("iommufd-ioas-iova-ranges") { () throws(IommudClientError) in _ = try await client.iommufdIoasIovaRanges(iommufd: "x", ioasId: 0) }
        await record("query-iommufd") { () throws(IommudClientError) in _ = try await client.queryIommufd() }
        await record("iommufd-ioas-copy") { () throws(IommudClientError) in _ = try await client.iommufdIoasCopy(iommufd: "x", srcIoasId: 0, srcIova: 0, size: 0, dstIoasId: 0) }
        await record("iommufd-ioas-allow-iovas") { () throws(IommudClientError) in _ = try await client.iommufdIoasAllowIovas(iommufd: "x", ioasId: 0, ranges: []) }
        await record("iommufd-option") { () throws(IommudClientError) in _ = try await client.iommufdOption(iommufd: "x", option: .init(rawValue: "rlimit-mode")) }
        await record("iommufd-hwpt-alloc") { () throws(IommudClientError) in _ = try await client.iommufdHwptAlloc(iommufd: "x", devId: 0, ptId: 0) }
        await record("iommufd-hwpt-set-dirty-tracking") { () throws(IommudClientError) in _ = try await client.iommufdHwptSetDirtyTracking(iommufd: "x", hwptId: 0, enable: false) }
        await record("iommufd-hwpt-get-dirty-bitmap") { () throws(IommudClientError) in _ = try await client.iommufdHwptGetDirtyBitmap(iommufd: "x", hwptId: 0, iova: 0, size: 0) }
        await record("iommufd-hwpt-invalidate") { () throws(IommudClientError) in _ = try await client.iommufdHwptInvalidate(iommufd: "x", hwptId: 0, vtdS1: []) }
        await record("iommufd-get-hw-info") { () throws(IommudClientError) in _ = try await client.iommufdGetHwInfo(iommufd: "x", devId: 0) }
        await record("query-vfio-host-devices") { () throws(IommudClientError) in _ = try await client.queryVfioHostDevices() }
        await record("vfio-device-bind") { () throws(IommudClientError) in _ = try await client.vfioDeviceBind(iommufd: "x") }
        await record("vfio-device-attach") { () throws(IommudClientError) in _ = try await client.vfioDeviceAttach(iommufd: "x", devId: 0, ptId: 0) }
        await record("vfio-device-detach") { () throws(IommudClientError) in _ = try await client.vfioDeviceDetach(iommufd: "x", devId: 0) }
        await record("vfio-device-unbind") { () throws(IommudClientError) in _ = try await client.vfioDeviceUnbind(iommufd: "x", devId: 0) }
        await record("vfio-device-get-info") { () throws(IommudClientError) in _ = try await client.vfioDeviceGetInfo(iommufd: "x", devId: 0) }
        await record("device_add") { () throws(IommudClientError) in _ = try await client.deviceAdd(driver: .init(rawValue: "vfio-pci"), id: "x") }
        await record("device_del") { () throws(IommudClientError) in _ = try await client.deviceDel(id: "x") }
        await record("query-vfio") { () throws(IommudClientError) in _ = try await client.queryVfio() }
        await record("dirty-tracking-start") { () throws(IommudClientError) in _ = try await client.dirtyTrackingStart() }
        await record("dirty-tracking-stop") { () throws(IommudClientError) in _ = try await client.dirtyTrackingStop() }
        await record("query-dirty-bitmap") { () throws(IommudClientError) in _ = try await client.queryDirtyBitmap(addr: 0, size: 0) }
        await record("query-host-iommu-devices") { () throws(IommudClientError) in _ = try await client.queryHostIommuDevices() }
        await record("vtd-device-attach-hwpt") { () throws(IommudClientError) in _ = try await client.vtdDeviceAttachHwpt(device: "x") }
        await record("vtd-device-detach-hwpt") { () throws(IommudClientError) in _ = try await client.vtdDeviceDetachHwpt(device: "x") }
        await record("vtd-device-reattach-def-hwpt") { () throws(IommudClientError) in _ = try await client.vtdDeviceReattachDefHwpt(device: "x") }
        await record("query-migrate") { () throws(IommudClientError) in _ = try await client.queryMigrate() }
        await record("x-sim-dma-write") { () throws(IommudClientError) in _ = try await client.xSimDmaWrite(device: "x", iova: 0, size: 0) }
        await record("x-sim-dma-read") { () throws(IommudClientError) in _ = try await client.xSimDmaRead(device: "x", iova: 0, size: 0) }
        await record("x-sim-inject-fault") { () throws(IommudClientError) in _ = try await client.xSimInjectFault(nth: 0) }
        await record("x-sim-set-memlock-limit") { () throws(IommudClientError) in _ = try await client.xSimSetMemlockLimit() }
        await record("x-sim-irq") { () throws(IommudClientError) in _ = try await client.xSimIrq(device: "x", index: .init(rawValue: "intx")) }
        await record("trace-event-get-state") { () throws(IommudClientError) in _ = try await client.traceEventGetState(name: "x") }
        await record("trace-event-set-state") { () throws(IommudClientError) in _ = try await client.traceEventSetState(name: "x", enable: false) }
        await record("quit") { () throws(IommudClientError) in _ = try await client.quit() }
        return outcome
    }
}
