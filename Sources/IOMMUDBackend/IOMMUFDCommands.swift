import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI

/// The iommufd backend functions as commands (schema module `iommufd`).
///
/// Each runs under the object tree's lock and is all-or-nothing: kernel
/// objects it created are destroyed again, and the model is only changed
/// once every ioctl has succeeded.
public struct IOMMUFDCommands: IommufdCommands {
    public typealias Context = QMPRequestContext
    let tree: ObjectTree

    public init(tree: ObjectTree) { self.tree = tree }

    /// The iommufd object `id`.
    static func iommufd(_ id: String, in s: ObjectTree.State) throws(QMPError) -> IOMMUFDObject {
        guard let object = s.object(id) else { throw QMPError.generic("object '\(id)' not found") }
        guard let iommufd = object as? IOMMUFDObject else {
            throw QMPError.generic("object '\(id)' is a \(object.typeName), not an iommufd object")
        }
        return iommufd
    }

    public func iommufdIoasAlloc(iommufd: String, context: QMPRequestContext) throws(QMPError) -> IOMMUFDIOASInfo {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            do throws(KernelError) {
                try object.connect()
            } catch {
                throw error.qmp
            }
            var alloc = IOASAlloc()
            do throws(KernelError) {
                try object.perform(&alloc)
            } catch {
                object.disconnect()
                throw error.qmp
            }
            object.ioases[alloc.ioas] = IOASRecord(id: alloc.ioas)
            return IOMMUFDIOASInfo(ioasId: alloc.ioas.rawValue)
        }
    }

    public func iommufdDestroy(iommufd: String, id: UInt32, context: QMPRequestContext) throws(QMPError) {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var destroy = Destroy(ObjectID(rawValue: id))
            try object.performForQMP(&destroy)
            if let ioas = object.ioases.removeValue(forKey: IOASID(rawValue: id)) {
                for m in ioas.mappings { m.memdev.mappings -= 1 }
                object.disconnect()
            }
        }
    }

    public func iommufdIoasMap(
        iommufd: String, ioasId: UInt32, memdev: String, offset: UInt64?, size: UInt64, iova: UInt64?,
        readonly: Bool?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDMapInfo {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            guard let backend = s.object(memdev) else { throw QMPError.generic("object '\(memdev)' not found") }
            guard let memory = backend as? MemoryBackendObject else {
                throw QMPError.generic("object '\(memdev)' is a \(backend.typeName), not a memory backend")
            }
            let start = offset ?? 0
            guard size > 0, start <= memory.size, size <= memory.size - start else {
                throw QMPError.invalidArgument(
                    "range [0x\(String(start, radix: 16)), +0x\(String(size, radix: 16))) is outside memory backend '\(memdev)' (size 0x\(String(memory.size, radix: 16)))")
            }
            let readonly = readonly ?? false
            guard readonly || memory.isWritable else {
                throw QMPError.invalidArgument("memory backend '\(memdev)' is read-only; map it with 'readonly': true")
            }
            var flags: IOASMapFlags = readonly ? [.readable] : [.readable, .writeable]
            if iova != nil { flags.insert(.fixedIOVA) }
            let userVA = UInt64(UInt(bitPattern: memory.address)) + start
            var map = IOASMap(ioas: IOASID(rawValue: ioasId), flags: flags, userVA: userVA, length: size, iova: iova ?? 0)
            try object.performForQMP(&map)
            object.ioases[IOASID(rawValue: ioasId)]?.mappings.append(
                MappingRecord(iova: map.iova, size: size, memdev: memory, offset: start, readonly: readonly))
            memory.mappings += 1
            return IOMMUFDMapInfo(iova: map.iova)
        }
    }

    public func iommufdIoasUnmap(
        iommufd: String, ioasId: UInt32, iova: UInt64?, size: UInt64?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDUnmapInfo {
        guard (iova == nil) == (size == nil) else {
            throw QMPError.invalidArgument("Parameters 'iova' and 'size' must be given together (neither unmaps everything)")
        }
        return try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            let start = iova ?? 0
            let length = size ?? UInt64.max
            var unmap = IOASUnmap(ioas: IOASID(rawValue: ioasId), iova: start, length: length)
            do throws(KernelError) {
                try object.perform(&unmap)
            } catch {
                // QEMU's iommufd_backend_unmap_dma: ENOENT is success when
                // nothing is mapped in the range.
                let record = object.ioases[IOASID(rawValue: ioasId)]
                let anythingThere = record?.mappings.contains { $0.iova <= start &+ (length &- 1) && start <= $0.iova &+ ($0.size - 1) } ?? false
                if error.errno == .ENOENT, !anythingThere {
                    return IOMMUFDUnmapInfo(unmapped: 0, nonexistent: true)
                }
                throw error.qmp
            }
            if let record = object.ioases[IOASID(rawValue: ioasId)] {
                let last = start &+ (length &- 1)
                record.mappings.removeAll { m in
                    let inside = m.iova >= start && m.iova &+ (m.size - 1) <= last
                    if inside { m.memdev.mappings -= 1 }
                    return inside
                }
            }
            return IOMMUFDUnmapInfo(unmapped: unmap.unmappedLength, nonexistent: false)
        }
    }

    public func iommufdIoasCopy(
        iommufd: String, srcIoasId: UInt32, srcIova: UInt64, size: UInt64, dstIoasId: UInt32, dstIova: UInt64?,
        readonly: Bool?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDMapInfo {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            let readonly = readonly ?? false
            var flags: IOASMapFlags = readonly ? [.readable] : [.readable, .writeable]
            if dstIova != nil { flags.insert(.fixedIOVA) }
            var copy = IOASCopy(
                destination: IOASID(rawValue: dstIoasId), source: IOASID(rawValue: srcIoasId), flags: flags, length: size,
                srcIOVA: srcIova, dstIOVA: dstIova ?? 0)
            try object.performForQMP(&copy)
            // The copy maps the same memory: record it in the destination,
            // one record per source mapping it draws from.
            if let source = object.ioases[IOASID(rawValue: srcIoasId)],
                let destination = object.ioases[IOASID(rawValue: dstIoasId)]
            {
                let last = srcIova &+ (size - 1)
                for m in source.mappings where m.iova <= last && srcIova <= m.iova &+ (m.size - 1) {
                    let from = max(m.iova, srcIova)
                    let to = min(m.iova &+ (m.size - 1), last)
                    destination.mappings.append(MappingRecord(
                        iova: copy.dstIOVA + (from - srcIova), size: to - from + 1, memdev: m.memdev,
                        offset: m.offset + (from - m.iova), readonly: readonly || m.readonly))
                    m.memdev.mappings += 1
                }
            }
            return IOMMUFDMapInfo(iova: copy.dstIOVA)
        }
    }

    public func iommufdIoasAllowIovas(
        iommufd: String, ioasId: UInt32, ranges: [QMPAPI.IOVARange], context: QMPRequestContext
    ) throws(QMPError) {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var allow = IOASAllowIOVAs(
                ioas: IOASID(rawValue: ioasId), ranges: ranges.map { LinuxKernel.IOVARange(start: $0.start, last: $0.last) })
            try object.performForQMP(&allow)
        }
    }

    public func iommufdOption(
        iommufd: String, option: IOMMUFDOptionName, ioasId: UInt32?, value: UInt64?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDOptionValue {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            let identifier: Option.Identifier
            switch option {
            case .rlimitMode:
                guard ioasId == nil else {
                    throw QMPError.invalidArgument("Parameter 'ioas-id' is not used by the global option 'rlimit-mode'")
                }
                identifier = .rlimitMode
            case .hugePages:
                guard ioasId != nil else { throw QMPError.invalidArgument("Parameter 'ioas-id' is missing: 'huge-pages' is per IOAS") }
                identifier = .hugePages
            }
            var request = Option(
                identifier, value == nil ? .get : .set, object: ioasId.map { ObjectID(rawValue: $0) }, value: value ?? 0)
            try object.performForQMP(&request)
            return IOMMUFDOptionValue(value: value ?? request.value)
        }
    }

    public func queryIommufd(context: QMPRequestContext) throws(QMPError) -> [IOMMUFDObjectDetails] {
        try tree.withState { s throws(QMPError) in
            s.objects.compactMap { $0 as? IOMMUFDObject }.map { o in
                IOMMUFDObjectDetails(
                    id: o.id, kernel: o.kernelName, connected: o.fd != nil, users: o.users,
                    ioas: o.ioases.values.sorted { $0.id.rawValue < $1.id.rawValue }.map { ioas in
                        IOMMUFDIOASDetails(
                            ioasId: ioas.id.rawValue,
                            mappings: ioas.mappings.sorted { $0.iova < $1.iova }.map {
                                IOMMUFDMappingInfo(iova: $0.iova, size: $0.size, memdev: $0.memdev.id, offset: $0.offset, readonly: $0.readonly)
                            })
                    })
            }
        }
    }

    public func iommufdIoasIovaRanges(iommufd: String, ioasId: UInt32, context: QMPRequestContext) throws(QMPError)
        -> IOMMUFDIOVARanges
    {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var capacity = 8
            while true {
                var ranges = IOASIOVARanges(ioas: IOASID(rawValue: ioasId), capacity: capacity)
                do throws(KernelError) {
                    try object.perform(&ranges)
                    return IOMMUFDIOVARanges(
                        ranges: ranges.ranges.map { QMPAPI.IOVARange(start: $0.start, last: $0.last) }, alignment: ranges.alignment)
                } catch {
                    // EMSGSIZE: more ranges than room; the kernel said how many.
                    guard error.errno == .EMSGSIZE, ranges.count > capacity else { throw error.qmp }
                    capacity = ranges.count
                }
            }
        }
    }
}
