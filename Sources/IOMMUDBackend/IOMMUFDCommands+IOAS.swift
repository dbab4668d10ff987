#if canImport(Glibc)
import Glibc
#endif
import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import Tracing

/// IOAS commands: map, map-file, unmap, copy, allowed IOVAs, IOVA ranges,
/// and the checks they share.
extension IOMMUFDCommands {
    /// The memory backend `id`, checked to hold `[offset, offset+size)` and,
    /// unless `readonly`, to be writable.
    static func memory(_ id: String, offset: UInt64, size: UInt64, readonly: Bool, in s: ObjectTree.State)
        throws(QMPError) -> MemoryBackendObject
    {
        guard let backend = s.object(id) else { throw QMPError.generic("object '\(id)' not found") }
        guard let memory = backend as? MemoryBackendObject else {
            throw QMPError.generic("object '\(id)' is a \(backend.typeName), not a memory backend")
        }
        guard size > 0, offset <= memory.size, size <= memory.size - offset else {
            throw QMPError.invalidArgument(
                "range [0x\(String(offset, radix: 16)), +0x\(String(size, radix: 16))) is outside memory backend '\(id)' (size 0x\(String(memory.size, radix: 16)))")
        }
        guard readonly || memory.isWritable else {
            throw QMPError.invalidArgument("memory backend '\(id)' is read-only; map it with 'readonly': true")
        }
        return memory
    }

    /// The IOAS `id` iommud created through `object`. Memory is only mapped
    /// into IOASes iommud tracks, so a memory backend cannot be deleted while
    /// any DMA mapping of it exists.
    static func ioas(_ id: UInt32, of object: IOMMUFDObject) throws(QMPError) -> IOASRecord {
        guard let record = object.ioases[IOASID(rawValue: id)] else {
            throw QMPError.generic("IOAS \(id) was not allocated through iommufd object '\(object.id)'")
        }
        return record
    }

    /// What a map request needs, checked: the IOAS, the backend, the range
    /// in it, and the ioctl's flags.
    struct MapPlan {
        let object: IOMMUFDObject
        let ioas: IOASRecord
        let memory: MemoryBackendObject
        let offset: UInt64
        let size: UInt64
        let readonly: Bool
        let flags: IOASMapFlags

        /// Runs a MAP or MAP_FILE request through the model, which records
        /// the mapping at the IOVA `iova(request)` and registers its undo.
        func map<R: IOMMUFDRequest>(_ request: inout R, in transaction: Transaction, iova: (R) -> UInt64)
            throws(KernelError) -> IOMMUFDMapInfo
        {
            try object.map(&request, into: ioas, in: transaction) { done in
                let at = iova(done)
                return (at, [MappingRecord(iova: at, size: size, memdev: memory, offset: offset, readonly: readonly)])
            }
            return IOMMUFDMapInfo(iova: iova(request))
        }
    }

    /// The MAP/COPY flags: always readable, writeable unless `readonly`,
    /// at a fixed IOVA when the client named one.
    static func mapFlags(readonly: Bool, fixedIOVA: Bool) -> IOASMapFlags {
        var flags: IOASMapFlags = readonly ? [.readable] : [.readable, .writeable]
        if fixedIOVA { flags.insert(.fixedIOVA) }
        return flags
    }

    /// Checks the arguments shared by iommufd-ioas-map and -map-file.
    static func plan(_ iommufd: String, ioasId: UInt32, memdev: String, offset: UInt64?, size: UInt64, iova: UInt64?,
                     readonly: Bool?, in s: ObjectTree.State) throws(QMPError) -> MapPlan
    {
        let object = try Self.iommufd(iommufd, in: s)
        let ioas = try Self.ioas(ioasId, of: object)
        try object.checkUnmanaged(ioas.id.object)
        try object.checkRoom(forMappings: 1, in: ioas)
        let start = offset ?? 0
        let readonly = readonly ?? false
        let memory = try Self.memory(memdev, offset: start, size: size, readonly: readonly, in: s)
        let flags = mapFlags(readonly: readonly, fixedIOVA: iova != nil)
        return MapPlan(object: object, ioas: ioas, memory: memory, offset: start, size: size, readonly: readonly, flags: flags)
    }

    public func iommufdIoasMap(
        iommufd: String, ioasId: UInt32, memdev: String, offset: UInt64?, size: UInt64, iova: UInt64?,
        readonly: Bool?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDMapInfo {
        try tree.transaction { s, transaction throws(QMPError) in
            let plan = try Self.plan(iommufd, ioasId: ioasId, memdev: memdev, offset: offset, size: size, iova: iova,
                                     readonly: readonly, in: s)
            let userVA = UInt64(UInt(bitPattern: plan.memory.address)) + plan.offset
            var map = IOASMap(ioas: plan.ioas.id, flags: plan.flags, userVA: userVA, length: size, iova: iova ?? 0)
            return try kernelWork { () throws(KernelError) in try plan.map(&map, in: transaction) { $0.iova } }
        }
    }

    public func iommufdIoasMapFile(
        iommufd: String, ioasId: UInt32, memdev: String, offset: UInt64?, size: UInt64, iova: UInt64?,
        readonly: Bool?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDMapInfo {
        try tree.transaction { s, transaction throws(QMPError) in
            let plan = try Self.plan(iommufd, ioasId: ioasId, memdev: memdev, offset: offset, size: size, iova: iova,
                                     readonly: readonly, in: s)
            var map = IOASMapFile(
                ioas: plan.ioas.id, flags: plan.flags, file: plan.memory.fd, start: plan.offset, length: size,
                iova: iova ?? 0)
            do throws(KernelError) {
                return try plan.map(&map, in: transaction) { $0.iova }
            } catch {
                guard error.errno == .ENOTTY else { throw error.qmp }
                throw error.qmp(adding: "; this kernel predates IOMMU_IOAS_MAP_FILE (Linux 6.13): use iommufd-ioas-map")
            }
        }
    }

    public func iommufdIoasUnmap(
        iommufd: String, ioasId: UInt32, iova: UInt64?, size: UInt64?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDUnmapInfo {
        guard (iova == nil) == (size == nil) else {
            throw QMPError.invalidArgument("Parameters 'iova' and 'size' must be given together (neither unmaps everything)")
        }
        return try tree.transaction { s, transaction throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            try object.checkUnmanaged(ObjectID(rawValue: ioasId))
            let start = iova ?? 0
            let length = size ?? UInt64.max
            do throws(KernelError) {
                let unmapped = try object.unmap(IOASID(rawValue: ioasId), iova: start, length: length, in: transaction)
                return IOMMUFDUnmapInfo(unmapped: unmapped, nonexistent: false)
            } catch {
                // QEMU's iommufd_backend_unmap_dma: ENOENT is success when
                // nothing is mapped in the range.
                let record = object.ioases[IOASID(rawValue: ioasId)]
                let anythingThere = record?.mappings.contains { $0.overlaps(start, start &+ (length &- 1)) } ?? false
                if error.errno == .ENOENT, !anythingThere {
                    return IOMMUFDUnmapInfo(unmapped: 0, nonexistent: true)
                }
                throw error.qmp
            }
        }
    }

    public func iommufdIoasCopy(
        iommufd: String, srcIoasId: UInt32, srcIova: UInt64, size: UInt64, dstIoasId: UInt32, dstIova: UInt64?,
        readonly: Bool?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDMapInfo {
        try tree.transaction { s, transaction throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            let source = try Self.ioas(srcIoasId, of: object)
            let destination = try Self.ioas(dstIoasId, of: object)
            try object.checkUnmanaged(destination.id.object)
            let readonly = readonly ?? false
            let flags = Self.mapFlags(readonly: readonly, fixedIOVA: dstIova != nil)
            // The source mappings the copy draws from: one record each in the
            // destination once the kernel has copied.
            let last = srcIova &+ (size &- 1)
            let drawn = source.mappings.filter { $0.overlaps(srcIova, last) }
            try object.checkRoom(forMappings: drawn.count, in: destination)
            var copy = IOASCopy(
                destination: IOASID(rawValue: dstIoasId), source: IOASID(rawValue: srcIoasId), flags: flags, length: size,
                srcIOVA: srcIova, dstIOVA: dstIova ?? 0)
            try kernelWork { () throws(KernelError) in
                try object.map(&copy, into: destination, in: transaction) { done in
                    (done.dstIOVA, drawn.map { m in
                        let from = max(m.iova, srcIova)
                        let to = min(m.last, last)
                        return MappingRecord(
                            iova: done.dstIOVA + (from - srcIova), size: to - from + 1, memdev: m.memdev,
                            offset: m.offset + (from - m.iova), readonly: readonly || m.readonly)
                    })
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
            try object.checkUnmanaged(ObjectID(rawValue: ioasId))
            var allow = IOASAllowIOVAs(
                ioas: IOASID(rawValue: ioasId), ranges: ranges.map { LinuxKernel.IOVARange(start: $0.start, last: $0.last) })
            try kernelWork { () throws(KernelError) in try object.perform(&allow) }
        }
    }

    public func iommufdIoasIovaRanges(iommufd: String, ioasId: UInt32, context: QMPRequestContext) throws(QMPError)
        -> IOMMUFDIOVARanges
    {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            let ranges = try kernelWork { () throws(KernelError) in try object.iovaRanges(of: IOASID(rawValue: ioasId)) }
            return IOMMUFDIOVARanges(
                ranges: ranges.ranges.map { QMPAPI.IOVARange(start: $0.start, last: $0.last) }, alignment: ranges.alignment)
        }
    }
}
