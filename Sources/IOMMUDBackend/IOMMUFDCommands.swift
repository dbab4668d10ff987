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
            var alloc = IOASAlloc()
            try object.create(&alloc)
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
            if let hwpt = object.hwpts.removeValue(forKey: HWPTID(rawValue: id)) {
                for ioas in object.ioases.values { ioas.autoHWPTs.removeAll { $0 == hwpt.id } }
                object.disconnect()
            }
        }
    }

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

    /// Records a mapping iommud made; the backend counts it.
    static func record(_ iova: UInt64, size: UInt64, of memory: MemoryBackendObject, offset: UInt64, readonly: Bool,
                       in ioas: IOASRecord)
    {
        ioas.mappings.append(MappingRecord(iova: iova, size: size, memdev: memory, offset: offset, readonly: readonly))
        memory.mappings += 1
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

        /// Records the mapping the kernel made at `iova`.
        func record(at iova: UInt64) -> IOMMUFDMapInfo {
            IOMMUFDCommands.record(iova, size: size, of: memory, offset: offset, readonly: readonly, in: ioas)
            return IOMMUFDMapInfo(iova: iova)
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
        try tree.withState { s throws(QMPError) in
            let plan = try Self.plan(iommufd, ioasId: ioasId, memdev: memdev, offset: offset, size: size, iova: iova,
                                     readonly: readonly, in: s)
            let userVA = UInt64(UInt(bitPattern: plan.memory.address)) + plan.offset
            var map = IOASMap(ioas: plan.ioas.id, flags: plan.flags, userVA: userVA, length: size, iova: iova ?? 0)
            try plan.object.performForQMP(&map)
            return plan.record(at: map.iova)
        }
    }

    public func iommufdIoasMapFile(
        iommufd: String, ioasId: UInt32, memdev: String, offset: UInt64?, size: UInt64, iova: UInt64?,
        readonly: Bool?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDMapInfo {
        try tree.withState { s throws(QMPError) in
            let plan = try Self.plan(iommufd, ioasId: ioasId, memdev: memdev, offset: offset, size: size, iova: iova,
                                     readonly: readonly, in: s)
            var map = IOASMapFile(
                ioas: plan.ioas.id, flags: plan.flags, file: plan.memory.fd, start: plan.offset, length: size,
                iova: iova ?? 0)
            do throws(KernelError) {
                try plan.object.perform(&map)
            } catch {
                guard error.errno == .ENOTTY else { throw error.qmp }
                throw QMPError(
                    .genericError,
                    "\(error); this kernel predates IOMMU_IOAS_MAP_FILE (Linux 6.13): use iommufd-ioas-map",
                    errno: error.errno.name)
            }
            return plan.record(at: map.iova)
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
                let anythingThere = record?.mappings.contains { $0.overlaps(start, start &+ (length &- 1)) } ?? false
                if error.errno == .ENOENT, !anythingThere {
                    return IOMMUFDUnmapInfo(unmapped: 0, nonexistent: true)
                }
                throw error.qmp
            }
            if let record = object.ioases[IOASID(rawValue: ioasId)] {
                let last = start &+ (length &- 1)
                record.mappings.removeAll { m in
                    let inside = m.lies(within: start, last)
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
            let source = try Self.ioas(srcIoasId, of: object)
            let destination = try Self.ioas(dstIoasId, of: object)
            let readonly = readonly ?? false
            let flags = Self.mapFlags(readonly: readonly, fixedIOVA: dstIova != nil)
            let drawn = source.mappings.filter { $0.overlaps(srcIova, srcIova &+ (size &- 1)) }.count
            try object.checkRoom(forMappings: drawn, in: destination)
            var copy = IOASCopy(
                destination: IOASID(rawValue: dstIoasId), source: IOASID(rawValue: srcIoasId), flags: flags, length: size,
                srcIOVA: srcIova, dstIOVA: dstIova ?? 0)
            try object.performForQMP(&copy)
            // The copy maps the same memory: record it in the destination,
            // one record per source mapping it draws from.
            let last = srcIova &+ (size - 1)
            for m in source.mappings where m.overlaps(srcIova, last) {
                let from = max(m.iova, srcIova)
                let to = min(m.last, last)
                Self.record(
                    copy.dstIOVA + (from - srcIova), size: to - from + 1, of: m.memdev, offset: m.offset + (from - m.iova),
                    readonly: readonly || m.readonly, in: destination)
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
                    },
                    hwpts: o.hwpts.values.sorted { $0.id.rawValue < $1.id.rawValue }.map { hwpt in
                        IOMMUFDHWPTDetails(
                            hwptId: hwpt.id.rawValue, ptId: hwpt.parent.rawValue, devId: hwpt.device.rawValue,
                            flags: Self.flagNames(hwpt.flags), auto: hwpt.automatic, dirtyTracking: hwpt.dirtyTracking,
                            devices: hwpt.devices.map(\.rawValue).sorted())
                    },
                    devices: o.devices.values.sorted { $0.id.rawValue < $1.id.rawValue }.map { device in
                        IOMMUFDDeviceDetails(
                            devId: device.id.rawValue, name: device.name, cdev: device.cdevPath,
                            attachedTo: device.attachedTo?.rawValue)
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

    // MARK: HWPTs

    /// The schema's flag names, in schema order.
    static func flagNames(_ flags: HWPTAllocFlags) -> [IOMMUFDHWPTAllocFlag] {
        var names: [IOMMUFDHWPTAllocFlag] = []
        if flags.contains(.nestParent) { names.append(.nestParent) }
        if flags.contains(.dirtyTracking) { names.append(.dirtyTracking) }
        if flags.contains(.pasid) { names.append(.pasid) }
        return names
    }

    public func iommufdHwptAlloc(
        iommufd: String, devId: UInt32, ptId: UInt32, flags: [IOMMUFDHWPTAllocFlag]?, vtdS1: IOMMUFDVTdS1Data?,
        faultId: UInt32?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDHWPTInfo {
        var allocFlags: HWPTAllocFlags = []
        for flag in flags ?? [] {
            switch flag {
            case .nestParent: allocFlags.insert(.nestParent)
            case .dirtyTracking: allocFlags.insert(.dirtyTracking)
            case .pasid: allocFlags.insert(.pasid)
            }
        }
        let data = vtdS1.map { s1 -> HWPTData in
            var s1Flags: HWPTData.VTdS1Flags = []
            for flag in s1.flags ?? [] {
                switch flag {
                case .sre: s1Flags.insert(.supervisorRequests)
                case .eafe: s1Flags.insert(.extendedAccessFlag)
                case .wpe: s1Flags.insert(.writeProtect)
                }
            }
            return HWPTData.vtdS1(pageTable: s1.pgtblAddr, addressWidth: s1.addrWidth, flags: s1Flags)
        }
        return try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var alloc = HWPTAlloc(
                device: DeviceID(rawValue: devId), pt: ObjectID(rawValue: ptId), flags: allocFlags, data: data,
                fault: faultId.map { FaultID(rawValue: $0) })
            try object.create(&alloc)
            object.hwpts[alloc.hwpt] = HWPTRecord(
                id: alloc.hwpt, parent: ObjectID(rawValue: ptId), device: DeviceID(rawValue: devId), flags: allocFlags,
                automatic: false)
            return IOMMUFDHWPTInfo(hwptId: alloc.hwpt.rawValue)
        }
    }

    public func iommufdHwptSetDirtyTracking(iommufd: String, hwptId: UInt32, enable: Bool, context: QMPRequestContext)
        throws(QMPError)
    {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var request = HWPTSetDirtyTracking(hwpt: HWPTID(rawValue: hwptId), enable: enable)
            try object.performForQMP(&request)
            object.hwpts[HWPTID(rawValue: hwptId)]?.dirtyTracking = enable
        }
    }

    /// The most pages one bitmap query may cover (the request's buffer holds
    /// 2^24 words); beyond it the client must split the range.
    static let maximumBitmapPages: UInt64 = 1 << 30
    /// The most pages whose bitmap is returned as ranges; beyond it the
    /// client must pass a descriptor.
    static let maximumInlineBitmapPages: UInt64 = 1 << 20

    public func iommufdHwptGetDirtyBitmap(
        iommufd: String, hwptId: UInt32, iova: UInt64, size: UInt64, pageSize: UInt64?, noClear: Bool?, fd: String?,
        context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDDirtyBitmap {
        // The descriptor is consumed whatever happens, as QEMU's fd parameters are.
        var output: Int32? = nil
        if let fd {
            guard let taken = context.session.monitor.takeNamed(fd) else {
                throw QMPError.generic("File descriptor named '\(fd)' has not been found")
            }
            output = taken.release()
        }
        defer { if let output { _ = Glibc.close(output) } }
        let granule = pageSize ?? MemoryBackendObject.pageSize
        guard granule > 0 else { throw QMPError.invalidArgument("Parameter 'page-size' must not be 0") }
        let pages = size / granule
        guard pages <= Self.maximumBitmapPages else {
            throw QMPError.invalidArgument(
                "a bitmap of \(pages) pages is too large; query at most \(Self.maximumBitmapPages) pages at a time")
        }
        guard output != nil || pages <= Self.maximumInlineBitmapPages else {
            throw QMPError.invalidArgument(
                "a bitmap of \(pages) pages is too large to return as ranges; pass a descriptor with 'fd'")
        }
        let flags: GetDirtyBitmapFlags = noClear == true ? [.noClear] : []
        guard let output else {
            return try tree.withState { s throws(QMPError) in
                let object = try Self.iommufd(iommufd, in: s)
                var request = HWPTGetDirtyBitmap(
                    hwpt: HWPTID(rawValue: hwptId), iova: iova, length: size, pageSize: granule, flags: flags)
                try object.performForQMP(&request)
                let dirty = request.dirtyCount
                Self.traceQuery(iova: iova, size: size, flags: flags,
                                bitmapBytes: HWPTGetDirtyBitmap.bitmapBytes(length: size, pageSize: granule), dirty: dirty)
                return IOMMUFDDirtyBitmap(
                    pageSize: granule, dirtyPages: UInt64(dirty),
                    ranges: request.dirtyRuns.map { IOMMUFDDirtyRange(iova: $0.iova, size: $0.length) }, bitmapSize: nil)
            }
        }
        // Check, zero and map the descriptor before the kernel clears any
        // dirty bit; the kernel then writes the bitmap straight into it.
        let bytes = HWPTGetDirtyBitmap.bitmapBytes(length: size, pageSize: granule)
        try Self.prepareBitmapFile(output, bytes: UInt64(bytes))
        return try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            let mapping: SharedFileMapping
            do throws(Errno) {
                mapping = try SharedFileMapping(fd: output, count: max(bytes, 1))
            } catch {
                throw QMPError(.genericError, "the descriptor for the dirty bitmap cannot be mapped: \(error)", errno: error.name)
            }
            var request = HWPTGetDirtyBitmap(
                hwpt: HWPTID(rawValue: hwptId), iova: iova, length: size, pageSize: granule, flags: flags, into: mapping)
            try object.performForQMP(&request)
            // Counted from the file's data extents: the simulated kernel
            // writes only the words that have bits, and the rest of a fresh
            // memfd need not be touched (the host kernel's pinning touches
            // it all anyway).
            let dirty = UInt64(mapping.setBitCount())
            Self.traceQuery(iova: iova, size: size, flags: flags, bitmapBytes: bytes, dirty: Int(dirty))
            // The bitmap lives in the mapping: it stays mapped until here.
            _ = mapping.count
            return IOMMUFDDirtyBitmap(
                pageSize: granule, dirtyPages: dirty, ranges: nil, bitmapSize: UInt64(bytes))
        }
    }

    /// QEMU's `vfio_container_query_dirty_bitmap` for a query iommud
    /// answered; iommud has no guest, so the `gpa` field carries the IOVA.
    private static func traceQuery(iova: UInt64, size: UInt64, flags: GetDirtyBitmapFlags, bitmapBytes: Int, dirty: Int) {
        Trace.vfio_container_query_dirty_bitmap(
            iova: iova, size: size, backend_flag: UInt64(flags.rawValue), bitmap_size: UInt64(bitmapBytes),
            translated_addr: iova, dirty_pages: UInt64(dirty))
    }

    /// Requires a regular file (a memfd is one) open read-write, and makes
    /// it exactly `bytes` zero bytes long.
    private static func prepareBitmapFile(_ descriptor: Int32, bytes: UInt64) throws(QMPError) {
        func failure(_ what: String, _ e: Errno) -> QMPError {
            QMPError(.genericError, "the descriptor for the dirty bitmap \(what): \(e)", errno: e.name)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot be examined", .current) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw QMPError.generic("the descriptor for the dirty bitmap must be a regular file or memfd")
        }
        let mode = fcntl(descriptor, F_GETFL)
        guard mode >= 0 else { throw failure("cannot be examined", .current) }
        guard mode & O_ACCMODE == O_RDWR else {
            throw QMPError.generic("the descriptor for the dirty bitmap must be open for reading and writing")
        }
        // Emptied first, so the bitmap starts as zeroes whatever the file held.
        guard ftruncate(descriptor, 0) == 0, ftruncate(descriptor, off_t(bytes)) == 0 else {
            throw failure("cannot be sized", .current)
        }
    }

    public func iommufdHwptInvalidate(
        iommufd: String, hwptId: UInt32, vtdS1: [IOMMUFDVTdS1Invalidation], context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDInvalidateInfo {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var request = HWPTInvalidate.vtdS1(
                hwpt: HWPTID(rawValue: hwptId),
                entries: vtdS1.map { (address: $0.addr, pages: $0.npages, leaf: $0.leaf ?? false) })
            do throws(KernelError) {
                try object.perform(&request)
            } catch {
                throw QMPError(
                    .genericError,
                    "\(error.description) after \(request.handled) of \(request.requested) entries",
                    errno: error.errno.name)
            }
            return IOMMUFDInvalidateInfo(handled: request.handled)
        }
    }

    // MARK: Hardware information

    public func iommufdGetHwInfo(iommufd: String, devId: UInt32, context: QMPRequestContext) throws(QMPError)
        -> IOMMUFDHWInfo
    {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var request = GetHWInfo(device: DeviceID(rawValue: devId))
            try object.performForQMP(&request)
            var capabilities: [IOMMUFDHWCapability] = []
            if request.capabilities.contains(.dirtyTracking) { capabilities.append(.dirtyTracking) }
            if request.capabilities.contains(.pasidExecute) { capabilities.append(.pasidExec) }
            if request.capabilities.contains(.pasidPrivileged) { capabilities.append(.pasidPriv) }
            let type: IOMMUFDHWInfoType
            switch request.dataType {
            case .none: type = .none
            case .intelVTd: type = .intelVtd
            case .armSMMUv3: type = .armSmmuv3
            case .selftest: type = .selftest
            default: type = .unknown
            }
            return IOMMUFDHWInfo(
                type: type, capabilities: capabilities, maxPasidLog2: request.maxPASIDLog2,
                vtd: request.vtd.map(Self.describe), smmuv3: request.smmuv3.map(Self.describe))
        }
    }

    static func describe(_ vtd: VTdHWInfo) -> IOMMUFDVTdInfo {
        IOMMUFDVTdInfo(
            flags: vtd.flags, cap: vtd.capability, ecap: vtd.extendedCapability,
            addressWidth: UInt8(vtd.addressWidth), mgaw: UInt8(vtd.maximumGuestAddressWidth), pageSizes: vtd.pageSizes,
            scalableMode: vtd.scalableMode, dirtyTracking: vtd.dirtyTracking, nesting: vtd.nesting,
            firstStage: vtd.firstStage, firstStage1gPages: vtd.firstStage1GPages, pasid: vtd.pasid,
            pasidWidth: UInt8(vtd.pasidWidth), pageRequests: vtd.pageRequests, snoopControl: vtd.snoopControl,
            coherent: vtd.coherent, interruptRemapping: vtd.interruptRemapping, errata772415: vtd.errata772415)
    }

    static func describe(_ smmu: SMMUv3HWInfo) -> IOMMUFDSMMUv3Info {
        IOMMUFDSMMUv3Info(
            flags: smmu.flags, idr: smmu.idr, iidr: smmu.iidr, aidr: smmu.aidr, stage1: smmu.stage1,
            stage2: smmu.stage2, hardwareDirty: smmu.hardwareDirty, substreamIdBits: UInt8(smmu.substreamIDBits),
            outputAddressBits: UInt8(smmu.outputAddressBits))
    }
}
