@testable import IOMMUDBackend
import JSON
import Testing

/// The journal's garbage collection on records written by hand: what a
/// group of changes whose objects are all gone is, and what keeps a group.
@Suite struct JournalCompactionTests {
    static func change(_ execute: String, _ arguments: JSONValue = [:]) -> JSONValue {
        ["execute": .string(execute), "arguments": arguments]
    }

    static func commands(_ records: [JSONValue]) -> [String] {
        records.compactMap { record -> String? in
            guard let execute = record["execute"]?.stringValue else { return nil }
            let id = record["arguments"]?["id"]?.stringValue ?? record["arguments"]?["iommufd"]?.stringValue ?? ""
            return "\(execute) \(id)"
        }
    }

    /// A VM's life: its iommufd object, memory, DIMM and device, made and
    /// torn down.
    static func vm(_ n: Int) -> [JSONValue] {
        [
            change("object-add", ["qom-type": "iommufd", "id": .string("ifd\(n)")]),
            change("object-add", ["qom-type": "memory-backend-memfd", "id": .string("ram\(n)"), "size": 2097152]),
            change("device_add", ["driver": "pc-dimm", "id": .string("dimm\(n)"), "memdev": .string("ram\(n)")]),
            change("device_add", ["driver": "vfio-pci", "id": .string("nic\(n)"), "host": "0000:17:00.0",
                                  "iommufd": .string("ifd\(n)")]),
            change("iommufd-ioas-alloc", ["iommufd": .string("ifd\(n)")]),
            change("device_del", ["id": .string("nic\(n)")]),
            change("device_del", ["id": .string("dimm\(n)")]),
            change("iommufd-destroy", ["iommufd": .string("ifd\(n)"), "id": 2]),
            change("object-del", ["id": .string("ram\(n)")]),
            change("object-del", ["id": .string("ifd\(n)")]),
        ]
    }

    @Test func aWholeLifeThatEndedIsDroppedAndTheLivingAreKept() {
        let survivor = [
            Self.change("object-add", ["qom-type": "iommufd", "id": "kept"]),
            Self.change("iommufd-ioas-alloc", ["iommufd": "kept"]),
        ]
        let records = Self.vm(1) + [survivor[0]] + Self.vm(2) + [survivor[1]] + Self.vm(3)
        #expect(JournalCompaction.live(records) == survivor)
    }

    @Test func aGroupThatTouchedALivingObjectIsKept() {
        // The dead iommufd object mapped memory that is still alive.
        let records = [
            Self.change("object-add", ["qom-type": "memory-backend-memfd", "id": "ram", "size": 65536]),
            Self.change("object-add", ["qom-type": "iommufd", "id": "ifd"]),
            Self.change("iommufd-ioas-map", ["iommufd": "ifd", "ioas-id": 1, "memdev": "ram", "size": 4096, "iova": 0]),
            Self.change("iommufd-ioas-unmap", ["iommufd": "ifd", "ioas-id": 1, "iova": 0, "size": 4096]),
            Self.change("object-del", ["id": "ifd"]),
        ]
        #expect(JournalCompaction.live(records) == records)
    }

    @Test func eachLifeOfAReusedIdIsItsOwn() {
        let records = [
            Self.change("object-add", ["qom-type": "iommufd", "id": "ifd"]),
            Self.change("iommufd-ioas-alloc", ["iommufd": "ifd"]),
            Self.change("object-del", ["id": "ifd"]),
            Self.change("object-add", ["qom-type": "iommufd", "id": "ifd"]),
            Self.change("iommufd-ioas-alloc", ["iommufd": "ifd"]),
        ]
        #expect(JournalCompaction.live(records) == Array(records[3...]))
    }

    @Test func globalChangesPinTheirGroup() {
        let rlimit = Self.change("iommufd-option", ["iommufd": "ifd", "option": "rlimit-mode", "value": 1])
        let records = [
            Self.change("x-exit-preconfig"),
            Self.change("object-add", ["qom-type": "iommufd", "id": "ifd"]),
            rlimit,
            Self.change("object-del", ["id": "ifd"]),
            Self.change("device_add", ["driver": "virtio-iommu-pci", "id": "viommu0"]),
            Self.change("device_del", ["id": "viommu0"]),
            Self.change("device_add", ["driver": "pc-dimm", "memdev": "nothing-alive"]),
        ]
        #expect(JournalCompaction.live(records) == records, "\(Self.commands(JournalCompaction.live(records)))")
    }

    @Test func aDeviceOutlivingItsMemoryKeepsBoth() {
        // The DIMM is gone but the device that mirrored it is not: the
        // DIMM's group holds nothing alive and goes; the device stays.
        let records = [
            Self.change("object-add", ["qom-type": "iommufd", "id": "ifd"]),
            Self.change("device_add", ["driver": "vfio-pci", "id": "nic", "host": "0000:17:00.0", "iommufd": "ifd"]),
            Self.change("object-add", ["qom-type": "memory-backend-memfd", "id": "ram", "size": 2097152]),
            Self.change("device_add", ["driver": "pc-dimm", "id": "dimm", "memdev": "ram"]),
            Self.change("device_del", ["id": "dimm"]),
            Self.change("object-del", ["id": "ram"]),
        ]
        #expect(Self.commands(JournalCompaction.live(records)) == ["object-add ifd", "device_add nic"])
    }
}
