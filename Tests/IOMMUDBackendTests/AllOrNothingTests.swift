@testable import IOMMUDBackend
import JSON
#if canImport(Glibc)
import Glibc
#endif
import QMP
import SimulatedKernel
import Testing
import Posix

/// Every command is all-or-nothing: with the simulated kernel's fault
/// injection, each kernel call a command makes fails in turn, and the
/// kernel's objects, its devices and iommud's model must be exactly as
/// before, with the errno in the error.
@Suite struct AllOrNothingTests {
    /// Everything a failed command must leave unchanged.
    struct Snapshot: Equatable, CustomStringConvertible {
        var model: JSONValue?
        var hostDevices: JSONValue?
        var kernelObjects: [String]
        var deviceStates: [SimulatedKernel.DeviceState]
        var openFiles: Int
        var pinnedPages: Int
        var names: [String]
        /// What query-iommufd does not show: backend mapping counts, each
        /// device's automatic HWPT and each IOAS's automatic HWPTs.
        var hidden: [String]

        var description: String { "\(model.map { JSONWriter.string($0) } ?? "nil") \(kernelObjects)" }
    }

    func snapshot(_ d: Daemon) -> Snapshot {
        Snapshot(
            model: d.ok("query-iommufd"), hostDevices: d.ok("query-vfio-host-devices"),
            kernelObjects: d.kernel.objectInventory, deviceStates: d.kernel.deviceStates,
            openFiles: d.kernel.openFileCount, pinnedPages: d.kernel.pinnedPageCount, names: d.tree.ids,
            hidden: hiddenState(d))
    }

    func hiddenState(_ d: Daemon) -> [String] {
        (try? d.tree.withState { s in
            s.objects.flatMap { object -> [String] in
                if let memory = object as? MemoryBackendObject { return ["\(memory.id) mappings \(memory.mappings)"] }
                guard let iommufd = object as? IOMMUFDObject else { return [] }
                let devices = iommufd.devices.values.sorted { $0.id.rawValue < $1.id.rawValue }.map {
                    "dev \($0.id) auto \(iommufd.automaticHWPT(of: $0.id).map { String($0.id.rawValue) } ?? "-")"
                }
                let ioases = iommufd.ioases.values.sorted { $0.id.rawValue < $1.id.rawValue }.map {
                    "ioas \($0.id) autos \(iommufd.automaticHWPTs(on: $0.id).map(\.rawValue))"
                }
                return devices + ioases
            }
        }) ?? ["unreadable"]
    }

    /// Fails call 1, 2, … of `command` until it succeeds with the fault
    /// still pending (it made fewer calls); each failure must change
    /// nothing. Returns the successful reply and how many calls failed it.
    @discardableResult
    func proveAllOrNothing(_ d: Daemon, _ command: String, _ arguments: JSONValue,
                           sourceLocation: SourceLocation = #_sourceLocation) -> (reply: JSONValue?, failures: Int)
    {
        for nth in 1...20 {
            let before = snapshot(d)
            d.kernel.injectFault(nth: nth, errno: .ENOMEM)
            let reply = d.run(command, arguments)
            let fired = !d.kernel.faultPending
            d.kernel.cancelFault()
            if let error = reply["error"] {
                #expect(fired, "\(command) failed without the injected fault: \(error)", sourceLocation: sourceLocation)
                #expect(error["errno"] == "ENOMEM", "call \(nth) of \(command): \(error)", sourceLocation: sourceLocation)
                #expect(snapshot(d) == before, "call \(nth) of \(command) failing left a change", sourceLocation: sourceLocation)
                continue
            }
            #expect(!fired, "\(command) succeeded although its call \(nth) failed", sourceLocation: sourceLocation)
            return (reply["return"], nth - 1)
        }
        Issue.record("\(command) never succeeded", sourceLocation: sourceLocation)
        return (nil, 0)
    }

    func daemon() -> Daemon {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 1_048_576])
        return d
    }

    @Test func ioasAllocAndMap() {
        let d = daemon()
        // open /dev/iommu, IOMMU_IOAS_ALLOC
        #expect(proveAllOrNothing(d, "iommufd-ioas-alloc", ["iommufd": "iommufd0"]).failures == 2)
        #expect(proveAllOrNothing(d, "iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536]).failures == 1)
        #expect(proveAllOrNothing(d, "iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1]).failures == 1)
        #expect(proveAllOrNothing(d, "iommufd-destroy", ["iommufd": "iommufd0", "id": 1]).failures == 1)
        #expect(d.kernel.openFileCount == 0)
    }

    @Test func bindOnAFreshObject() {
        let d = daemon()
        // open /dev/iommu (first user), open the cdev, VFIO_DEVICE_BIND_IOMMUFD
        let bound = proveAllOrNothing(d, "vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])
        #expect(bound.failures == 3)
        // Unbind makes no kernel call that can fail (close), nor does it need one.
        #expect(proveAllOrNothing(d, "vfio-device-unbind", ["iommufd": "iommufd0", "dev-id": bound.reply?["dev-id"] ?? 0]).failures == 0)
        #expect(d.kernel.openFileCount == 0)
    }

    @Test func autoDomainAttachDetachAndUnbind() {
        let d = daemon()
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 1_048_576, "iova": 1_048_576])
        let nic = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])?["dev-id"] ?? 0
        let nvme = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:65:00.0"])?["dev-id"] ?? 0
        let gpu = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:b1:00.0"])?["dev-id"] ?? 0
        // New domain: IOMMU_GET_HW_INFO, IOMMU_HWPT_ALLOC, ATTACH (its failure destroys the HWPT).
        #expect(proveAllOrNothing(d, "vfio-device-attach", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1]).failures == 3)
        // Reuse: one ATTACH.
        #expect(proveAllOrNothing(d, "vfio-device-attach", ["iommufd": "iommufd0", "dev-id": nvme, "pt-id": 1]).failures == 1)
        // Incompatible existing domain (EINVAL, skipped), then a new one:
        // ATTACH, GET_HW_INFO, HWPT_ALLOC, ATTACH.
        #expect(proveAllOrNothing(d, "vfio-device-attach", ["iommufd": "iommufd0", "dev-id": gpu, "pt-id": 1]).failures == 4)
        // Not the last user of the domain: DETACH only.
        #expect(proveAllOrNothing(d, "vfio-device-detach", ["iommufd": "iommufd0", "dev-id": nvme]).failures == 1)
        // The last: DETACH, IOMMU_DESTROY (its failure re-attaches the device).
        #expect(proveAllOrNothing(d, "vfio-device-detach", ["iommufd": "iommufd0", "dev-id": nic]).failures == 2)
        // Unbinding an attached device: DETACH, IOMMU_DESTROY, then close.
        #expect(proveAllOrNothing(d, "vfio-device-unbind", ["iommufd": "iommufd0", "dev-id": gpu]).failures == 2)
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"] == [])
    }

    @Test func copyAndDirtyBitmapToADescriptor() throws {
        let d = daemon()
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 1_048_576])
        #expect(proveAllOrNothing(d, "iommufd-ioas-copy", ["iommufd": "iommufd0", "src-ioas-id": 1, "src-iova": 1_048_576, "size": 65536, "dst-ioas-id": 2]).failures == 1)
        let nic = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])?["dev-id"] ?? 0
        let hwpt = d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["pt-id"] ?? 0
        _ = d.ok("iommufd-hwpt-set-dirty-tracking", ["iommufd": "iommufd0", "hwpt-id": hwpt, "enable": true])
        _ = d.ok("x-sim-dma-write", ["device": "0000:17:00.0", "iova": 1_048_576, "size": 4096])
        // A failing query must not lose the dirty bit (the fd is consumed, so
        // pass a new one each time): its system calls on the descriptor
        // (fstat, fcntl, two ftruncates, the mmap) and the ioctl fail in turn.
        var failures = 0
        for nth in 1...10 {
            let path = "/tmp/iommud-bm-\(getpid())-\(nth)"
            let file = open(path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
            unlink(path)
            d.session.monitor.setNamed("bitmap", OwnedFD(adopting: file))
            d.kernel.injectFault(nth: nth, errno: .EIO)
            let reply = d.run("iommufd-hwpt-get-dirty-bitmap", ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 65536, "fd": "bitmap"])
            let fired = !d.kernel.faultPending
            d.kernel.cancelFault()
            #expect(d.session.monitor.names.isEmpty)
            if reply["error"] != nil {
                #expect(fired && reply["error"]?["errno"] == "EIO", "call \(nth): \(reply)")
                failures += 1
                continue
            }
            #expect(!fired && reply["return"]?["dirty-pages"] == 1, "the bit survived the failed queries")
            break
        }
        #expect(failures == 6)
    }

    /// Memory backends make system calls, not kernel calls: memfd_create,
    /// ftruncate, the seal's fcntl and mmap; open, fstat and mmap for a
    /// file (an empty one also ftruncate). Each fails in turn through the
    /// funnel, with its errno and nothing added.
    @Test func memoryBackendsFailEachSystemCall() {
        let d = Daemon()
        #expect(proveAllOrNothing(d, "object-add", ["qom-type": "memory-backend-memfd", "id": "m", "size": 65536]).failures == 4)
        var template = Array("/tmp/iommud-aon-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        let path = String(cString: template)
        defer { unlink(path); close(fd) }
        #expect(proveAllOrNothing(d, "object-add", ["qom-type": "memory-backend-file", "id": "f", "size": 8192, "mem-path": .string(path)]).failures == 4)
        #expect(d.tree.ids == ["m", "f"])
    }

    @Test func aDescriptorThatCannotTakeTheBitmapCostsNoDirtyBits() {
        let d = daemon()
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 1_048_576])
        let nic = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])?["dev-id"] ?? 0
        let hwpt = d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["pt-id"] ?? 0
        _ = d.ok("iommufd-hwpt-set-dirty-tracking", ["iommufd": "iommufd0", "hwpt-id": hwpt, "enable": true])
        _ = d.ok("x-sim-dma-write", ["device": "0000:17:00.0", "iova": 1_048_576, "size": 4096])
        var pipeFDs: [Int32] = [0, 0]
        #expect(pipe(&pipeFDs) == 0)
        close(pipeFDs[0])
        d.session.monitor.setNamed("pipe", OwnedFD(adopting: pipeFDs[1]))
        #expect(d.error("iommufd-hwpt-get-dirty-bitmap", ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 65536, "fd": "pipe"])
            == "the descriptor for the dirty bitmap must be a regular file or memfd")
        #expect(d.ok("iommufd-hwpt-get-dirty-bitmap", ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 65536])?["dirty-pages"] == 1)
    }

    @Test func anAutomaticHWPTJoinedByIDGoesWithItsLastDevice() {
        let d = daemon()
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        let nic = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])?["dev-id"] ?? 0
        let nvme = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:65:00.0"])?["dev-id"] ?? 0
        let users = d.ok("qom-get", ["path": "iommufd0", "property": "users"])
        let auto = d.ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["pt-id"] ?? 0
        #expect(proveAllOrNothing(d, "vfio-device-attach", ["iommufd": "iommufd0", "dev-id": nvme, "pt-id": auto]).failures == 1)
        _ = d.ok("vfio-device-detach", ["iommufd": "iommufd0", "dev-id": nic])
        #expect(proveAllOrNothing(d, "vfio-device-detach", ["iommufd": "iommufd0", "dev-id": nvme]).failures == 2)
        #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"] == [])
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == users)
        #expect(!d.kernel.objectInventory.contains { $0.contains("HWPT") })
    }

    @Test func hwptCommands() {
        let d = daemon()
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        let nic = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])?["dev-id"] ?? 0
        let hwpt = proveAllOrNothing(d, "iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1, "flags": ["dirty-tracking"]])
        #expect(hwpt.failures == 1)
        let id = hwpt.reply?["hwpt-id"] ?? 0
        #expect(proveAllOrNothing(d, "vfio-device-attach", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": id]).failures == 1)
        #expect(proveAllOrNothing(d, "iommufd-hwpt-set-dirty-tracking", ["iommufd": "iommufd0", "hwpt-id": id, "enable": true]).failures == 1)
        #expect(proveAllOrNothing(d, "iommufd-get-hw-info", ["iommufd": "iommufd0", "dev-id": nic]).failures == 1)
        #expect(proveAllOrNothing(d, "vfio-device-get-info", ["iommufd": "iommufd0", "dev-id": nic]).failures == 1)
    }

    @Test func iommufdObjectFromAPassedDescriptor() throws {
        let d = Daemon()
        // On the simulated kernel any open descriptor stands for /dev/iommu.
        let before = snapshot(d)
        d.session.monitor.setNamed("iommu", OwnedFD(adopting: dup(2)))
        d.kernel.injectFault(nth: 1, errno: .ENOMEM)
        let reply = d.run("object-add", ["qom-type": "iommufd", "id": "iommufd9", "fd": "iommu"])
        d.kernel.cancelFault()
        #expect(reply["error"]?["desc"] == "Could not parse remote object fd iommu:adopt /dev/iommu descriptor failed: ENOMEM (Cannot allocate memory)")
        #expect(snapshot(d) == before && d.session.monitor.names.isEmpty, "consumed, and nothing else changed")
        d.session.monitor.setNamed("iommu", OwnedFD(adopting: dup(2)))
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd9", "fd": "iommu"])
        #expect(d.kernel.openFileCount == 1)
        #expect(proveAllOrNothing(d, "iommufd-ioas-alloc", ["iommufd": "iommufd9"]).failures == 1, "no open: the descriptor was passed")
    }
}
