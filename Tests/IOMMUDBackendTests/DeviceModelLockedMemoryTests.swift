#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import JSON
import SimulatedKernel
import Testing

/// Locked memory: what each container pins and whose RLIMIT_MEMLOCK it is
/// charged to, and the error when the limit is too small.
@Suite struct DeviceModelLockedMemoryTests {
    static let nic0 = "0000:17:00.0"
    static let gpu = "0000:b1:00.0"
    static let mib: Int64 = 1 << 20

    /// ram0 and ram1 (1 MiB each), dimm0 at 0.
    func setUp() -> Daemon {
        let d = Daemon()
        for ram in ["ram0", "ram1"] {
            _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": .string(ram), "size": .int(Self.mib)])
        }
        _ = d.ok("device_add", ["driver": "pc-dimm", "id": "dimm0", "memdev": "ram0", "addr": 0])
        return d
    }

    /// iommufd0 on a passed descriptor (the simulated kernel takes any as a
    /// fresh /dev/iommu), so an option set on it stays.
    func addPassedIOMMUFD(_ d: Daemon) {
        d.session.receiveDescriptors([dup(STDERR_FILENO)])
        _ = d.ok("getfd", ["fdname": "iommu"])
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0", "fd": "iommu"])
    }

    func dimm1() -> JSONValue { ["driver": "pc-dimm", "id": "dimm1", "memdev": "ram1", "addr": .int(Self.mib)] }

    @Test func containersSayWhatTheyPinAndWhoPays() throws {
        let d = setUp()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(Self.nic0), "iommufd": "iommufd0"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "gpu", "host": .string(Self.gpu)])
        // With CAP_IPC_LOCK (the simulated default) iommufd charges nobody;
        // type1 charges the process all the same.
        let containers = try #require(d.ok("query-vfio")?.arrayValue)
        #expect(containers.map { $0["pinned-bytes"] } == [.int(Self.mib), .int(Self.mib)])
        #expect(containers.map { $0["charged-to"] } == ["none", "process"])
        #expect(d.kernel.lockedBytes(.process) == UInt64(Self.mib) && d.kernel.lockedBytes(.user) == 0)
    }

    @Test func aDimmBeyondTheLimitIsRefusedWithTheWayOut() throws {
        let d = setUp()
        _ = d.ok("x-sim-set-memlock-limit", ["bytes": .int(Self.mib + Self.mib / 2)])
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(Self.nic0), "iommufd": "iommufd0"])
        #expect(d.ok("query-vfio")?.arrayValue?.first?["charged-to"] == "user")
        #expect(d.kernel.lockedBytes(.user) == UInt64(Self.mib))
        let before = (d.ok("query-vfio"), d.ok("query-iommufd"), d.kernel.lockedBytes(.user), d.kernel.pinnedPageCount)
        let refused = d.run("device_add", dimm1())["error"]
        #expect(refused?["errno"] == "ENOMEM")
        #expect(refused?["desc"]?.stringValue?.hasPrefix(
            "dimm 'dimm1' (1048576 bytes) cannot be pinned for container0: RLIMIT_MEMLOCK is 1572864 bytes and iommud's containers already hold 1048576 bytes charged to the user; it needs at least 2097152. Raise it (LimitMEMLOCK= in iommud's systemd unit, prlimit --memlock, ulimit -l) or give iommud CAP_IPC_LOCK (")
            == true, "\(String(describing: refused))")
        #expect(d.ok("query-vfio") == before.0 && d.ok("query-iommufd") == before.1)
        #expect(d.kernel.lockedBytes(.user) == before.2 && d.kernel.pinnedPageCount == before.3)
        // Raised, the same dimm goes in.
        _ = d.ok("x-sim-set-memlock-limit", ["bytes": .int(4 * Self.mib)])
        _ = d.ok("device_add", dimm1())
        #expect(d.kernel.lockedBytes(.user) == UInt64(2 * Self.mib))
        _ = d.ok("device_del", ["id": "nic0"])
        #expect(d.kernel.lockedBytes(.user) == 0, "unpinned, uncharged")
    }

    @Test func type1ChargesTheProcess() throws {
        let d = setUp()
        _ = d.ok("x-sim-set-memlock-limit", ["bytes": .int(Self.mib + Self.mib / 2)])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "gpu", "host": .string(Self.gpu)])
        #expect(d.kernel.lockedBytes(.process) == UInt64(Self.mib) && d.kernel.lockedBytes(.user) == 0)
        let files = d.kernel.openFileCount
        let refused = d.run("device_add", dimm1())["error"]
        #expect(refused?["errno"] == "ENOMEM")
        #expect(refused?["desc"]?.stringValue?.contains("already hold 1048576 bytes charged to the process; it needs at least 2097152") == true)
        #expect(d.ok("query-vfio")?.arrayValue?.first?["mappings"]?.arrayValue?.count == 1 && d.kernel.openFileCount == files)
    }

    /// libvirt's way: RLIMIT_MODE 1 on the iommufd before anything is made.
    /// Setting it needs CAP_SYS_RESOURCE, as on Linux: without it the
    /// option is refused with EPERM and the account stays the user's.
    @Test func processAccountingAsLibvirtSetsIt() throws {
        let d = setUp()
        _ = d.ok("x-sim-set-memlock-limit", ["bytes": .int(4 * Self.mib)])
        addPassedIOMMUFD(d)
        let set = d.run("iommufd-option", ["iommufd": "iommufd0", "option": "rlimit-mode", "value": 1])
        _ = d.ok("device_add", ["driver": "vfio-pci", "id": "nic0", "host": .string(Self.nic0), "iommufd": "iommufd0"])
        let charged = d.ok("query-vfio")?.arrayValue?.first?["charged-to"]
        if set["error"] == nil {
            #expect(charged == "process")
            #expect(d.kernel.lockedBytes(.process) == UInt64(Self.mib) && d.kernel.lockedBytes(.user) == 0)
        } else {
            #expect(set["error"]?["errno"] == "EPERM", "only CAP_SYS_RESOURCE may set it: \(set)")
            #expect(charged == "user")
            #expect(d.kernel.lockedBytes(.user) == UInt64(Self.mib) && d.kernel.lockedBytes(.process) == 0)
        }
    }
}
