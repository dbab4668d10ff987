@testable import IOMMUDBackend
import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import SimulatedKernel
import Testing

/// Commands run as transactions: each side effect registers its undo, a
/// failure runs the undos newest first, and an undo the kernel refuses is
/// reported in the error while the model keeps matching the kernel.
@Suite struct TransactionTests {
    static let nic = "0000:17:00.0"

    /// iommufd0, a 1 MiB memfd mapped at 1 MiB in IOAS 1, and the NIC bound.
    func setUp() -> (Daemon, dev: JSONValue) {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 1_048_576])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 1_048_576, "iova": 1_048_576])
        let dev = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": .string(Self.nic)])?["dev-id"] ?? 0
        return (d, dev)
    }

    /// The HWPT ids the simulated kernel holds.
    func kernelHWPTs(_ d: Daemon) -> [String] {
        d.kernel.objectInventory.filter { $0.contains("HWPT") }.map { String($0.split(separator: ":")[1]) }
    }

    /// The HWPT ids query-iommufd shows.
    func modelHWPTs(_ d: Daemon) -> [String] {
        (d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue ?? []).compactMap { $0["hwpt-id"]?.int64Value }
            .map(String.init)
    }

    /// Where the kernel has the NIC attached, and where the model says.
    func attachment(_ d: Daemon) -> (kernel: UInt32?, model: Int64?) {
        let kernel = d.kernel.deviceStates.first { $0.device.sysfsName == Self.nic }?.attachedTo
        let model = d.ok("query-iommufd")?.arrayValue?.first?["devices"]?.arrayValue?.first?["attached-to"]?.int64Value
        return (kernel, model)
    }

    /// A new automatic domain (GET_HW_INFO, HWPT_ALLOC, ATTACH): the attach
    /// fails and so does the undo's IOMMU_DESTROY. The error says both; the
    /// HWPT stays in the model as in the kernel, and iommufd-destroy removes it.
    @Test func aDestroyThatFailsWhileUndoingAnAttachIsReported() throws {
        let (d, dev) = setUp()
        d.kernel.injectFaults(calls: [3, 4], errno: .EIO)
        let reply = d.run("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": dev, "pt-id": 1])
        #expect(!d.kernel.faultPending)
        let error = try #require(reply["error"])
        #expect(error["errno"] == "EIO", "the command's own errno, not the undo's")
        let desc = try #require(error["desc"]?.stringValue)
        #expect(desc.hasPrefix("VFIO_DEVICE_ATTACH_IOMMUFD_PT failed: EIO"))
        #expect(desc.contains("undoing the command failed (destroy HWPT 3: IOMMU_DESTROY failed: EIO"), "\(desc)")
        #expect(kernelHWPTs(d) == ["3"] && modelHWPTs(d) == ["3"], "the model follows the kernel")
        let hwpt = d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.first
        #expect(hwpt?["auto"] == true && hwpt?["devices"] == [])
        #expect(attachment(d).kernel == nil && attachment(d).model == nil)
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == 3, "IOAS, device and the HWPT left over")
        _ = d.ok("iommufd-destroy", ["iommufd": "iommufd0", "id": 3])
        #expect(kernelHWPTs(d).isEmpty && modelHWPTs(d).isEmpty)
        // The next attach allocates afresh and works.
        #expect(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": dev, "pt-id": 1])?["allocated"] == true)
    }

    /// The last detach from an automatic HWPT (DETACH, DESTROY): the
    /// destroy fails, and so does the undo's re-attach. The device stays
    /// detached and the empty automatic HWPT stays, in model and kernel.
    @Test func aReattachThatFailsWhileUndoingADetachIsReported() throws {
        let (d, dev) = setUp()
        let hwpt = try #require(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": dev, "pt-id": 1])?["pt-id"]?.int64Value)
        let id = try #require(dev.int64Value)
        d.kernel.injectFaults(calls: [2, 3], errno: .EBUSY)
        let desc = try #require(d.run("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": dev])["error"]?["desc"]?.stringValue)
        #expect(desc.hasPrefix("IOMMU_DESTROY failed: EBUSY"))
        #expect(desc.contains("attach device \(id) back to \(hwpt): VFIO_DEVICE_ATTACH_IOMMUFD_PT failed: EBUSY"), "\(desc)")
        #expect(attachment(d).kernel == nil && attachment(d).model == nil, "detached in both")
        #expect(kernelHWPTs(d) == ["\(hwpt)"] && modelHWPTs(d) == ["\(hwpt)"])
        #expect(d.error("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": dev]) == "device \(id) is not attached")
    }

    /// The same failing destroy with a working undo: the device is back on
    /// its HWPT in kernel and model, and the error says only the destroy.
    @Test func aFailingDestroyPutsTheDeviceBack() throws {
        let (d, dev) = setUp()
        let hwpt = try #require(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": dev, "pt-id": 1])?["pt-id"]?.int64Value)
        let before = d.ok("query-iommufd")
        d.kernel.injectFault(nth: 2, errno: .EBUSY)
        #expect(d.error("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": dev]) == "IOMMU_DESTROY failed: EBUSY (Device or resource busy)")
        #expect(d.ok("query-iommufd") == before)
        #expect(attachment(d).kernel == UInt32(hwpt) && attachment(d).model == hwpt)
    }

    /// Steps the next commands will chain (mirroring guest RAM into several
    /// address spaces, dirty tracking on every HWPT of a container) undo
    /// through the model: map, copy, attach, start tracking, then a later
    /// failure, and the kernel and model are as before.
    @Test func modelOperationsUndoThemselvesWhenALaterStepFails() throws {
        let (d, dev) = setUp()
        let hwpt = try #require(d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": dev, "pt-id": 1])?["pt-id"]?.int64Value)
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        let before = d.ok("query-iommufd")
        let inventory = d.kernel.objectInventory
        let pinned = d.kernel.pinnedPageCount
        let object = try #require(d.object("iommufd0", as: IOMMUFDObject.self))
        let memory = try #require(d.object("ram0", as: MemoryBackendObject.self))
        let later = QMPError.generic("a later step failed")
        let ioas2 = try #require(object.ioases[IOASID(rawValue: 4)])
        let hwptRecord = try #require(object.hwpts[HWPTID(rawValue: UInt32(hwpt))])
        let device = try #require(object.devices[DeviceID(rawValue: UInt32(dev.int64Value ?? 0))])
        var undos = 0
        #expect(throws: QMPError.self) {
            try d.tree.transaction { _, transaction throws(QMPError) in
                try kernelWork { () throws(KernelError) in
                    var map = IOASMap(
                        ioas: ioas2.id, flags: [.readable, .writeable, .fixedIOVA],
                        userVA: UInt64(UInt(bitPattern: memory.address)), length: 65536, iova: 1 << 30)
                    try object.map(&map, into: ioas2, in: transaction) { _ in
                        (1 << 30, [MappingRecord(iova: 1 << 30, size: 65536, memdev: memory, offset: 0, readonly: false)])
                    }
                    try object.setDirtyTracking(HWPTID(rawValue: UInt32(hwpt)), true, in: transaction)
                }
                try kernelWork { () throws(KernelError) in try object.attach(device, to: ObjectID(rawValue: 1), in: transaction) }
                #expect(hwptRecord.dirtyTracking && device.attachedTo == ObjectID(rawValue: 1))
                undos = transaction.pendingUndos
                throw later
            }
        }
        #expect(undos == 3)
        #expect(d.ok("query-iommufd") == before, "mapping, tracking and attachment undone in the model")
        #expect(d.kernel.objectInventory == inventory && d.kernel.pinnedPageCount == pinned, "and in the kernel")
        #expect(attachment(d).kernel == UInt32(hwpt))
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 1)
    }

    /// The log's own rules: newest first, dropped on commit, and what could
    /// not be undone named after the command's error.
    @Test func theUndoLog() throws {
        let transaction = Transaction()
        var order: [String] = []
        transaction.onFailure("first") { () throws(KernelError) in order.append("first") }
        transaction.onFailure("second") { () throws(KernelError) in
            order.append("second")
            throw KernelError("IOMMU_DESTROY", .EBUSY)
        }
        transaction.irreversible("unbind device 1")
        let error = transaction.rollBack(after: QMPError(.genericError, "IOMMU_IOAS_MAP failed: ENOMEM", errno: "ENOMEM"))
        #expect(order == ["second", "first"], "newest first, and on past a failed undo")
        #expect(error.errno == "ENOMEM")
        #expect(error.desc == "IOMMU_IOAS_MAP failed: ENOMEM; undoing the command failed (second: IOMMU_DESTROY failed: "
            + "EBUSY (Device or resource busy)), so that much of it stays; already done and not undone: unbind device 1")
        #expect(transaction.pendingUndos == 0)
        transaction.onFailure("dropped") { () throws(KernelError) in order.append("dropped") }
        transaction.commit()
        #expect(transaction.rollBack(after: .generic("x")).desc == "x" && order.count == 2)
    }

    /// With a state journal: the command is recorded just before its first
    /// step that cannot be undone (a journal that refuses fails it while it
    /// can still be undone), once, and taken back if the command then fails;
    /// a command without such a step is recorded with its result at the end.
    @Test func theJournalRecordsBeforeTheFirstIrreversibleStep() throws {
        var events: [String] = []
        let transaction = Transaction()
        transaction.record = { (result: Any?) throws(QMPError) in events.append("record \(result.map { "\($0)" } ?? "early")") }
        transaction.retract = { events.append("retract"); return nil }
        transaction.onFailure("undo") { () throws(KernelError) in events.append("undo") }
        try transaction.prepareIrreversible()
        try transaction.prepareIrreversible()
        try transaction.recordChange(result: 7)
        #expect(events == ["record early"])
        _ = transaction.rollBack(after: .generic("IOMMU_DESTROY failed"))
        #expect(events == ["record early", "undo", "retract"])

        events.removeAll()
        try transaction.recordChange(result: 7)
        transaction.commit()
        #expect(events == ["record 7"])

        let refusing = Transaction()
        refusing.record = { (_: Any?) throws(QMPError) in throw QMPError.generic("journal full") }
        refusing.retract = { events.append("retract"); return nil }
        #expect(throws: QMPError.generic("journal full")) { try refusing.prepareIrreversible() }
        let error = refusing.rollBack(after: .generic("journal full"))
        #expect(error.desc == "journal full", "nothing was recorded, nothing to take back or name")
        #expect(events == ["record 7"])
    }
}
