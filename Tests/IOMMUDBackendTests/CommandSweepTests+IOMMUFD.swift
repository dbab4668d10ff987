#if canImport(Glibc)
import Glibc
#endif
import JSON
import Posix
import SimulatedKernel
import Testing

/// The iommufd-* commands' scenarios (IOAS, HWPT, dirty tracking, hardware
/// information). Each comment lists the calls whose failure fails the
/// command, in order; closing a descriptor (and so /dev/iommu after its last
/// user) is never failed, as in Linux.
extension CommandSweepTests {
    static let iommufdScenarios: [String: [Scenario]] = [
        "iommufd-ioas-alloc": [
            // open /dev/iommu (the object's first user), IOMMU_IOAS_ALLOC
            Scenario("the object's first kernel object", calls: 2) { d in
                d.addObjects()
                return ["iommufd": "iommufd0"]
            },
            // IOMMU_IOAS_ALLOC: /dev/iommu is open already
            Scenario("/dev/iommu already open", calls: 1) { d in
                d.addObjects()
                d.allocIOAS()
                return ["iommufd": "iommufd0"]
            },
            // IOMMU_IOAS_ALLOC: never an open, the object uses the descriptor
            // it was given (on the simulated kernel any open descriptor
            // stands for /dev/iommu)
            Scenario("an object made from a passed descriptor", calls: 1) { d in
                d.session.monitor.setNamed("iommu", Daemon.devNull())
                _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd9", "fd": "iommu"])
                return ["iommufd": "iommufd9"]
            },
        ],
        "iommufd-destroy": [
            // IOMMU_DESTROY (then /dev/iommu is closed: the last user went)
            Scenario("the last IOAS, with a mapping", calls: 1, check: { d, _, _ in
                #expect(d.kernel.openFileCount == 0, "the last user closed /dev/iommu")
                #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
            }) { d in
                d.addMappedIOAS()
                return ["iommufd": "iommufd0", "id": 1]
            },
            // IOMMU_DESTROY
            Scenario("a HWPT", calls: 1) { d in
                d.addObjects()
                d.allocIOAS()
                let nic = d.bind(Daemon.nic0)
                let hwpt = d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["hwpt-id"] ?? 0
                return ["iommufd": "iommufd0", "id": hwpt]
            },
        ],
        "iommufd-option": [
            // IOMMU_OPTION (get)
            Scenario("get the global rlimit mode", calls: 1) { d in
                d.addObjects()
                d.allocIOAS()
                return ["iommufd": "iommufd0", "option": "rlimit-mode"]
            },
            // IOMMU_OPTION (get: the value to set back), IOMMU_OPTION (set)
            Scenario("set an IOAS's huge pages", calls: 2, check: { d, _, _ in
                #expect(d.ok("iommufd-option", ["iommufd": "iommufd0", "option": "huge-pages", "ioas-id": 1]) == ["value": 0])
            }) { d in
                d.addObjects()
                d.allocIOAS()
                return ["iommufd": "iommufd0", "option": "huge-pages", "ioas-id": 1, "value": 0]
            },
        ],
        "query-iommufd": [
            // none: it reads iommud's model
            Scenario("objects, a mapping and a device", calls: 0) { d in
                d.addMappedIOAS()
                _ = d.bind(Daemon.nic0)
                return [:]
            },
        ],
        "iommufd-ioas-map": [
            // IOMMU_IOAS_MAP
            Scenario("a memfd at a fixed IOVA", calls: 1) { d in
                d.addObjects()
                d.allocIOAS()
                return ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 1_048_576]
            },
        ],
        "iommufd-ioas-map-file": [
            // IOMMU_IOAS_MAP_FILE, which the simulated kernel (Linux 6.12)
            // does not have: when not failed by the injection it is ENOTTY,
            // and the command is refused unchanged all the same
            Scenario("on Linux 6.12", calls: 1, outcome: .fails(errno: "ENOTTY"), check: { _, _, response in
                #expect(response["error"]?["desc"]?.stringValue?.hasSuffix("(Linux 6.13): use iommufd-ioas-map") == true)
            }) { d in
                d.addObjects()
                d.allocIOAS()
                return ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 1_048_576]
            },
        ],
        "iommufd-ioas-unmap": [
            // IOMMU_IOAS_UNMAP
            Scenario("one of two mappings", calls: 1, check: { d, _, response in
                #expect(response["return"] == ["unmapped": 65536, "nonexistent": false])
                #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 1)
            }) { d in
                twoMappings(d)
                return ["iommufd": "iommufd0", "ioas-id": 1, "iova": 1_048_576, "size": 65536]
            },
            // IOMMU_IOAS_UNMAP of the whole IOVA space
            Scenario("everything", calls: 1, check: { d, _, response in
                #expect(response["return"] == ["unmapped": 131072, "nonexistent": false])
                #expect(d.ok("qom-get", ["path": "ram0", "property": "mappings"]) == 0)
            }) { d in
                twoMappings(d)
                return ["iommufd": "iommufd0", "ioas-id": 1]
            },
            // IOMMU_IOAS_UNMAP, whose ENOENT (nothing there) is the answer
            Scenario("a range where nothing is mapped", calls: 1, check: { _, _, response in
                #expect(response["return"] == ["unmapped": 0, "nonexistent": true])
            }) { d in
                twoMappings(d)
                return ["iommufd": "iommufd0", "ioas-id": 1, "iova": 4_194_304, "size": 65536]
            },
        ],
        "iommufd-ioas-copy": [
            // IOMMU_IOAS_COPY
            Scenario("a mapping into a second IOAS", calls: 1) { d in
                d.addObjects()
                d.allocIOAS()
                d.allocIOAS()
                _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 1_048_576])
                return ["iommufd": "iommufd0", "src-ioas-id": 1, "src-iova": 1_048_576, "size": 65536, "dst-ioas-id": 2,
                        "dst-iova": 2_097_152]
            },
        ],
        "iommufd-ioas-allow-iovas": [
            // IOMMU_IOAS_ALLOW_IOVAS
            Scenario("one range", calls: 1) { d in
                d.addObjects()
                d.allocIOAS()
                return ["iommufd": "iommufd0", "ioas-id": 1, "ranges": [["start": 0x4000_0000, "last": 0x4fff_ffff]]]
            },
        ],
        "iommufd-ioas-iova-ranges": [
            // IOMMU_IOAS_IOVA_RANGES: the one range fits the first buffer (8)
            Scenario("a new IOAS", calls: 1) { d in
                d.addObjects()
                d.allocIOAS()
                return ["iommufd": "iommufd0", "ioas-id": 1]
            },
            // IOMMU_IOAS_IOVA_RANGES (EMSGSIZE: the 10 holes between the
            // attached device's 9 reserved regions do not fit in 8; the
            // kernel says how many), IOMMU_IOAS_IOVA_RANGES again with room
            Scenario("more ranges than the first buffer holds", calls: 2, host: rmrrHost, check: { _, _, response in
                #expect(response["return"]?["ranges"]?.arrayValue?.count == 10)
            }) { d in
                d.addObjects()
                d.allocIOAS()
                d.attach(d.bind(Daemon.nic0), to: 1)
                return ["iommufd": "iommufd0", "ioas-id": 1]
            },
        ],
        "iommufd-hwpt-alloc": [
            // IOMMU_HWPT_ALLOC (the bound device opened /dev/iommu already)
            Scenario("with dirty tracking", calls: 1) { d in
                d.addObjects()
                d.allocIOAS()
                let nic = d.bind(Daemon.nic0)
                return ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1, "flags": ["dirty-tracking"]]
            },
        ],
        "iommufd-hwpt-invalidate": [
            // IOMMU_HWPT_INVALIDATE, which takes only nested HWPTs (none can
            // be made on the simulated VT-d units): when not failed by the
            // injection it is ENOENT, and the command changes nothing
            Scenario("a paging HWPT", calls: 1, outcome: .fails(errno: "ENOENT")) { d in
                d.addObjects()
                d.allocIOAS()
                let nic = d.bind(Daemon.nic0)
                let hwpt = d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1])?["hwpt-id"] ?? 0
                return ["iommufd": "iommufd0", "hwpt-id": hwpt, "vtd-s1": [["addr": 0, "npages": 16, "leaf": true]]]
            },
        ],
        "iommufd-hwpt-set-dirty-tracking": [
            // IOMMU_HWPT_SET_DIRTY_TRACKING
            Scenario("enable", calls: 1, check: { d, _, _ in
                #expect(d.ok("query-iommufd")?.arrayValue?.first?["hwpts"]?.arrayValue?.first?["dirty-tracking"] == true)
            }) { d in
                d.addObjects()
                d.allocIOAS()
                let nic = d.bind(Daemon.nic0)
                let hwpt = d.ok("iommufd-hwpt-alloc", ["iommufd": "iommufd0", "dev-id": nic, "pt-id": 1, "flags": ["dirty-tracking"]])?["hwpt-id"] ?? 0
                return ["iommufd": "iommufd0", "hwpt-id": hwpt, "enable": true]
            },
        ],
        "iommufd-hwpt-get-dirty-bitmap": [
            // IOMMU_HWPT_GET_DIRTY_BITMAP; a failed query must not lose the
            // dirty bit (the kernel clears bits only when it succeeds)
            Scenario("returned as ranges", calls: 1, check: { _, _, response in
                #expect(response["return"]?["dirty-pages"] == 1, "the bit survived the failed queries")
            }) { d in
                bitmapQuery(d)
            },
            // fstat, fcntl(F_GETFL), ftruncate to 0, ftruncate to the
            // bitmap's size, mmap (all on the passed descriptor, before any
            // bit is cleared), IOMMU_HWPT_GET_DIRTY_BITMAP; the descriptor is
            // consumed whatever happens, so each attempt gets a new one
            Scenario("into a passed descriptor", calls: 6, errno: .EIO, consumes: ["bitmap"], provide: { d in
                d.session.monitor.setNamed("bitmap", Daemon.anonymousFile())
            }, check: { d, _, response in
                #expect(response["return"]?["dirty-pages"] == 1, "the bit survived the failed queries")
                #expect(d.session.monitor.names.isEmpty, "consumed")
            }) { d in
                bitmapQuery(d).with("fd", "bitmap")
            },
            // fstat, then refused (no errno): a pipe cannot take the bitmap,
            // and that costs no dirty bit
            Scenario("into a pipe", calls: 1, outcome: .fails(errno: nil), consumes: ["pipe"], provide: { d in
                var ends: [Int32] = [-1, -1]
                #expect(pipe(&ends) == 0)
                close(ends[0])
                d.session.monitor.setNamed("pipe", OwnedFD(adopting: ends[1]))
            }, check: { d, arguments, response in
                #expect(response["error"]?["desc"] == "the descriptor for the dirty bitmap must be a regular file or memfd")
                #expect(d.ok("iommufd-hwpt-get-dirty-bitmap", arguments.with("fd", nil))?["dirty-pages"] == 1)
            }) { d in
                bitmapQuery(d).with("fd", "pipe")
            },
        ],
        "iommufd-get-hw-info": [
            // IOMMU_GET_HW_INFO
            Scenario("a device behind VT-d", calls: 1) { d in
                d.addObjects()
                let nic = d.bind(Daemon.nic0)
                return ["iommufd": "iommufd0", "dev-id": nic]
            },
        ],
    ]

    /// The default host with 8 RMRRs on `nic0` (1 MiB each, 1 GiB apart
    /// from 1 GiB): with the MSI window, 9 reserved regions in an IOAS it
    /// is attached to.
    static let rmrrHost: SimulatedHost = {
        var host = SimulatedHost.default
        if let nic = host.devices.firstIndex(where: { $0.sysfsName == Daemon.nic0 }) {
            host.devices[nic].reservedRegions = (1...8).map { (UInt64($0) << 30)...((UInt64($0) << 30) + 0xf_ffff) }
        }
        return host
    }()

    /// IOAS 1 holding two 64 KiB mappings of ram0, at 1 MiB and at 2 MiB.
    static func twoMappings(_ d: Daemon) {
        d.addObjects()
        d.allocIOAS()
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 1_048_576])
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "offset": 65536, "size": 65536,
                                      "iova": 2_097_152])
    }

    /// A device tracking dirty pages that wrote one page of a 64 KiB
    /// mapping; the query of that mapping.
    static func bitmapQuery(_ d: Daemon) -> JSONValue {
        d.addObjects()
        d.allocIOAS()
        _ = d.ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 65536, "iova": 1_048_576])
        let nic = d.bind(Daemon.nic0)
        let hwpt = d.attach(nic, to: 1)
        _ = d.ok("iommufd-hwpt-set-dirty-tracking", ["iommufd": "iommufd0", "hwpt-id": hwpt, "enable": true])
        _ = d.ok("x-sim-dma-write", ["device": .string(Daemon.nic0), "iova": 1_048_576, "size": 4096])
        return ["iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1_048_576, "size": 65536]
    }
}
