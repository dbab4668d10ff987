@testable import IOMMUDBackend
import JSON
import Testing

/// hostile: nothing bounded what a client could make the daemon hold
/// (10,000 memory backends in 0.6 s). Each limit refuses one more with a
/// GenericError naming its option, and leaves everything as it was.
@Suite struct BackendLimitTests {
    static func limits(objects: Int = 1024, kernelObjects: Int = 1024, mappings: Int = 65535) -> BackendLimits {
        var limits = BackendLimits()
        limits.objects = objects
        limits.kernelObjectsPerIOMMUFD = kernelObjects
        limits.mappingsPerIOAS = mappings
        return limits
    }

    @Test func defaults() {
        let limits = BackendLimits()
        #expect([limits.objects, limits.kernelObjectsPerIOMMUFD, limits.mappingsPerIOAS] == [1024, 1024, 65535])
    }

    @Test func objects() {
        let d = Daemon(limits: Self.limits(objects: 3))
        for i in 0..<3 { _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": .string("m\(i)"), "size": 4096]) }
        #expect(d.error("object-add", ["qom-type": "iommufd", "id": "one-more"])
            == "cannot add object 'one-more': the limit is 3 (iommud --max-objects)")
        #expect(d.tree.ids == ["m0", "m1", "m2"])
        _ = d.ok("object-del", ["id": "m0"])
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "one-more"])
    }

    @Test func kernelObjectsPerIOMMUFD() {
        let d = Daemon(limits: Self.limits(kernelObjects: 2))
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:17:00.0"])
        let refused = "iommufd object 'iommufd0' holds 2 IOASes, HWPTs and devices: the limit is 2 (iommud --max-iommufd-objects)"
        #expect(d.error("iommufd-ioas-alloc", ["iommufd": "iommufd0"]) == refused)
        #expect(d.error("vfio-device-bind", ["iommufd": "iommufd0", "host": "0000:65:00.0"]) == refused)
        // attach allocates an automatic HWPT: refused the same way.
        #expect(d.error("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": 2, "pt-id": 1]) == refused)
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == 2, "nothing more is held")
        #expect(d.kernel.deviceStates.filter { $0.boundTo != nil }.count == 1)
    }

    @Test func mappingsPerIOAS() {
        let d = Daemon(limits: Self.limits(mappings: 2))
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 65536])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        _ = d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])
        for iova in [1 << 20, 2 << 20] {
            _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 4096, "iova": .int(Int64(iova))])
        }
        let refused = "IOAS 1 of iommufd object 'iommufd0' holds 2 mappings: the limit is 2 (iommud --max-mappings)"
        #expect(d.error("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 4096]) == refused)
        _ = d.ok("iommufd-ioas-copy", ["iommufd": "iommufd0", "src-ioas-id": 1, "src-iova": 1_048_576, "size": 4096, "dst-ioas-id": 2])
        #expect(d.error("iommufd-ioas-copy", ["iommufd": "iommufd0", "src-ioas-id": 1, "src-iova": 1_048_576, "size": 4096, "dst-ioas-id": 1])
            == refused)
        #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 3, "the refusals mapped nothing")
    }
}
