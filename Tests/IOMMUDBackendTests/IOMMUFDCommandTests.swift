#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import JSON
import QMP
import SimulatedKernel
import Testing

/// The iommufd commands through QMP on the simulated kernel.
@Suite struct IOMMUFDCommandTests {
    func daemonWithObjects() -> Daemon {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 65536])
        return d
    }

    @Test func ioasAllocOpensTheDeviceAndCountsAUser() {
        let d = daemonWithObjects()
        #expect(d.kernel.openFileCount == 0)
        #expect(d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"]) == ["ioas-id": 1])
        #expect(d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"]) == ["ioas-id": 2])
        #expect(d.kernel.openFileCount == 1)
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == 2)
        #expect(d.error("object-del", ["id": "iommufd0"]) == "object 'iommufd0' is in use, can not be deleted")
        _ = d.ok("iommufd-destroy", ["iommufd": "iommufd0", "id": 1])
        _ = d.ok("iommufd-destroy", ["iommufd": "iommufd0", "id": 2])
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == 0)
        #expect(d.kernel.openFileCount == 0, "the last user closed /dev/iommu")
        #expect(d.ok("object-del", ["id": "iommufd0"]) == [:])
    }

    @Test func kernelErrorsNameTheIoctlAndCarryTheErrno() {
        let d = daemonWithObjects()
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        let r = d.run("iommufd-destroy", ["iommufd": "iommufd0", "id": 7])
        #expect(r["error"] == ["class": "GenericError", "desc": "IOMMU_DESTROY failed: ENOENT (No such file or directory)", "errno": "ENOENT"])
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == 1, "a failed destroy changes nothing")
    }

    @Test func commandsCheckTheirObjects() {
        let d = daemonWithObjects()
        #expect(d.error("iommufd-ioas-alloc", ["iommufd": "nope"]) == "object 'nope' not found")
        #expect(d.error("iommufd-ioas-alloc", ["iommufd": "ram0"]) == "object 'ram0' is a memory-backend-memfd, not an iommufd object")
        #expect(d.error("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1, "iova": 0])
            == "Parameters 'iova' and 'size' must be given together (neither unmaps everything)")
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        #expect(d.error("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "offset": 61440, "size": 8192])
            == "range [0xf000, +0x2000) is outside memory backend 'ram0' (size 0x10000)")
        #expect(d.error("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "iommufd0", "size": 4096])
            == "object 'iommufd0' is a iommufd, not a memory backend")
        #expect(d.error("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 9, "memdev": "ram0", "size": 4096])
            == "IOAS 9 was not allocated through iommufd object 'iommufd0'")
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
    }
}

@Suite struct QueryIOMMUFDTests {
    @Test func describesObjectsAndTheirIOAS() {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "a"])
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "b"])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "b"])
        let r = d.ok("query-iommufd")
        #expect(r == [
            ["id": "a", "kernel": "sim", "connected": false, "users": 0, "ioas": [], "hwpts": [], "devices": []],
            ["id": "b", "kernel": "sim", "connected": true, "users": 1, "ioas": [["ioas-id": 1, "mappings": []]], "hwpts": [], "devices": []],
        ])
    }
}

@Suite struct IOMMUFDMappingTests {
    func setUp() -> Daemon {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 65536])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        return d
    }

    @Test func mapFixedAndAutomaticThenUnmap() {
        let d = setUp()
        #expect(d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 16384, "iova": 0x100000]) == ["iova": 0x100000])
        let auto = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "offset": 16384, "size": 16384])
        let autoIOVA = auto?["iova"]?.uint64Value ?? 0
        // The kernel aligns a chosen IOVA naturally, but never beyond the user
        // address's own alignment (which ASLR varies): page alignment is what
        // always holds.
        #expect(autoIOVA != 0 && autoIOVA % 4096 == 0, "a kernel-chosen, page-aligned IOVA")
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 2)
        #expect(d.error("object-del", ["id": "ram0"]) == "object 'ram0' is in use, can not be deleted")
        let overlap = d.run("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 4096, "iova": 0x101000])
        #expect(overlap["error"]?["errno"] == "EEXIST")
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 2, "a failed map records nothing")

        let query = d.ok("query-iommufd")
        let mappings = query?.arrayValue?.first?["ioas"]?.arrayValue?.first?["mappings"]?.arrayValue ?? []
        #expect(mappings.count == 2)
        #expect(mappings.map { $0["iova"]?.uint64Value ?? 0 } == [autoIOVA, 0x100000].sorted(), "listed by ascending IOVA")
        #expect(mappings.contains(["iova": 0x100000, "size": 16384, "memdev": "ram0", "offset": 0, "readonly": false]))

        // Splitting a mapping is refused (not "nonexistent"), and changes nothing.
        let split = d.run("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1, "iova": 0x100000, "size": 4096])
        #expect(split["error"]?["errno"] == "ENOENT")
        #expect(d.ok("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1, "iova": 0x100000, "size": 16384]) == ["unmapped": 16384, "nonexistent": false])
        #expect(d.ok("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1, "iova": 0x100000, "size": 16384]) == ["unmapped": 0, "nonexistent": true])
        #expect(d.ok("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1]) == ["unmapped": 16384, "nonexistent": false])
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
        #expect(d.ok("object-del", ["id": "ram0"]) == [:])
    }

    @Test func destroyingAnIOASReleasesItsMappings() {
        let d = setUp()
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 4096, "iova": 0])
        _ = d.ok("iommufd-destroy", ["iommufd": "iommufd0", "id": 1])
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == 0)
    }

    @Test func iovaRangesOfANewIOAS() {
        let d = setUp()
        #expect(d.ok("iommufd-ioas-iova-ranges", ["iommufd": "iommufd0", "ioas-id": 1])
            == ["ranges": [["start": 0, "last": .uint(UInt64.max)]], "alignment": 1])
    }

    @Test func readonlyBackendsMapReadOnly() throws {
        let d = Daemon()
        var template = Array("/tmp/iommud-ro-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path); close(fd) }
        _ = ftruncate(fd, 8192)
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-file", "id": "rom", "size": 8192, "mem-path": .string(path), "readonly": true])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        #expect(d.error("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "rom", "size": 4096])
            == "memory backend 'rom' is read-only; map it with 'readonly': true")
        #expect(d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "rom", "size": 4096, "readonly": true]) != nil)
    }
}

@Suite struct IOMMUFDCopyAllowOptionTests {
    func setUp() -> Daemon {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 65536])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        return d
    }

    @Test func copyMapsTheSameMemoryAndPinsTheBackend() {
        let d = setUp()
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "offset": 8192, "size": 16384, "iova": 0x100000])
        #expect(d.ok("iommufd-ioas-copy", ["iommufd": "iommufd0", "src-ioas-id": 1, "src-iova": 0x101000, "size": 8192, "dst-ioas-id": 2, "dst-iova": 0]) == ["iova": 0])
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 2)
        let ioas2 = d.ok("query-iommufd")?.arrayValue?.first?["ioas"]?.arrayValue?.last
        #expect(ioas2 == ["ioas-id": 2, "mappings": [["iova": 0, "size": 8192, "memdev": "ram0", "offset": 12288, "readonly": false]]])
        let hole = d.run("iommufd-ioas-copy", ["iommufd": "iommufd0", "src-ioas-id": 1, "src-iova": 0x200000, "size": 4096, "dst-ioas-id": 2])
        #expect(hole["error"]?["errno"] == "ENOENT")
        _ = d.ok("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 2])
        _ = d.ok("iommufd-ioas-unmap", ["iommufd": "iommufd0", "ioas-id": 1])
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
    }

    @Test func allowIOVAsSteersAutomaticPlacement() {
        let d = setUp()
        _ = d.ok("iommufd-ioas-allow-iovas", ["iommufd": "iommufd0", "ioas-id": 1, "ranges": [["start": 0x4000_0000, "last": 0x4fff_ffff]]])
        let r = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 4096])
        let iova = r?["iova"]?.uint64Value ?? 0
        #expect(iova >= 0x4000_0000 && iova <= 0x4fff_ffff)
        let bad = d.run("iommufd-ioas-allow-iovas", ["iommufd": "iommufd0", "ioas-id": 1, "ranges": [["start": 10, "last": 5]]])
        #expect(bad["error"]?["errno"] == "EINVAL")
    }

    @Test func hugePagesOptionPerIOAS() {
        let d = setUp()
        #expect(d.ok("iommufd-option", ["iommufd": "iommufd0", "option": "huge-pages", "ioas-id": 1]) == ["value": 1])
        #expect(d.ok("iommufd-option", ["iommufd": "iommufd0", "option": "huge-pages", "ioas-id": 1, "value": 0]) == ["value": 0])
        #expect(d.ok("iommufd-option", ["iommufd": "iommufd0", "option": "huge-pages", "ioas-id": 1]) == ["value": 0])
        #expect(d.run("iommufd-option", ["iommufd": "iommufd0", "option": "huge-pages", "ioas-id": 1, "value": 2])["error"]?["errno"] == "EINVAL")
        #expect(d.error("iommufd-option", ["iommufd": "iommufd0", "option": "huge-pages"]) == "Parameter 'ioas-id' is missing: 'huge-pages' is per IOAS")
        #expect(d.ok("iommufd-option", ["iommufd": "iommufd0", "option": "rlimit-mode"]) == ["value": 0])
    }
}
