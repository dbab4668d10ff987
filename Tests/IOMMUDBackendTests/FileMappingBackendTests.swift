#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import JSON
import LinuxKernel
import QAPIRuntime
import SimulatedKernel
import Testing

/// The backend's typed entry points for the file commands (Linux 6.13):
/// ``IOMMUFDObject/kernelHasFileMappings``, ``IOMMUFDObject/mapFile`` and
/// ``IOMMUFDObject/changeProcess()``, on the simulated kernel set to 6.12
/// and to 7.3.
@Suite struct FileMappingBackendTests {
    func daemon(_ version: KernelVersion) -> Daemon {
        var host = SimulatedHost.default
        host.kernelVersion = version
        let d = Daemon(host: host)
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 1_048_576])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        return d
    }

    @Test func onAKernelWithThem() throws {
        let d = daemon(KernelVersion(7, 3))
        let object = try #require(d.object("iommufd0", as: IOMMUFDObject.self))
        let memory = try #require(d.object("ram0", as: MemoryBackendObject.self))
        let ioas = try #require(object.ioases[IOASID(rawValue: 1)])
        #expect(object.kernelHasFileMappings == true)
        try d.tree.transaction { _, transaction throws(QMPError) in
            try kernelWork { () throws(KernelError) in
                let iova = try object.mapFile(memory, offset: 65536, length: 65536, iova: 1 << 20, readonly: false,
                                              into: ioas, in: transaction)
                #expect(iova == 1 << 20)
                try object.changeProcess()
            }
        }
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 1)
        #expect(d.kernel.fileWindowCount == 1)
        // A copy keeps the file's memory after the original goes; a MAP_FILE
        // that fails keeps nothing.
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-copy", ["iommufd": "iommufd0", "dst-ioas-id": 2, "src-ioas-id": 1, "src-iova": 1_048_576,
                                       "size": 65536])
        #expect(d.error("iommufd-ioas-map-file", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536,
                                                   "iova": 1_048_576])?.contains("EEXIST") == true)
        #expect(d.ok("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1])?["unmapped"] == 65536)
        #expect(d.kernel.fileWindowCount == 1)
        #expect(d.ok("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 2])?["unmapped"] == 65536)
        #expect(d.kernel.fileWindowCount == 0)
        // A mapping of user memory makes CHANGE_PROCESS refuse.
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 4_194_304])
        #expect(throws: KernelError("IOMMU_IOAS_CHANGE_PROCESS", .EINVAL)) { try object.changeProcess() }
        #expect(d.ok("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1])?["unmapped"] == 65536)
        #expect(d.kernel.pinnedPageCount == 0)
    }

    @Test func onLinux6_12() throws {
        let d = daemon(.linux6_12)
        let object = try #require(d.object("iommufd0", as: IOMMUFDObject.self))
        let memory = try #require(d.object("ram0", as: MemoryBackendObject.self))
        let ioas = try #require(object.ioases[IOASID(rawValue: 1)])
        #expect(object.kernelHasFileMappings == false)
        #expect(throws: QMPError.self) {
            try d.tree.transaction { _, transaction throws(QMPError) in
                try kernelWork { () throws(KernelError) in
                    _ = try object.mapFile(memory, offset: 0, length: 65536, iova: nil, readonly: true, into: ioas, in: transaction)
                }
            }
        }
        #expect(throws: KernelError("IOMMU_IOAS_CHANGE_PROCESS", .ENOTTY)) { try object.changeProcess() }
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
        let refused = d.error("iommufd-ioas-map-file", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536])
        #expect(refused?.contains("predates IOMMU_IOAS_MAP_FILE") == true)
    }
}
