import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import Tracing

/// Dirty tracking of the device model, all containers of an address space
/// at once (QEMU's log_global_start/stop and log_sync).
extension MachineCommands {
    public func dirtyTrackingStart(addressSpace: String?, context: QMPRequestContext) throws(QMPError) {
        let space = addressSpace ?? Machine.defaultAddressSpace
        try tree.transaction { s, transaction throws(QMPError) in
            let containers = s.machine.containers(in: space)
            guard !containers.isEmpty else {
                throw QMPError.generic("address space '\(space)' has no VFIO container to track dirty pages in")
            }
            // Every container must be able to, before any starts.
            for container in containers {
                if let obstacle = container.dirtyTrackingObstacle(devices: s.machine.devices(in: container)) {
                    throw QMPError.generic(obstacle)
                }
            }
            for container in containers {
                try container.setDirtyTracking(true, in: transaction)
            }
        }
    }

    public func dirtyTrackingStop(addressSpace: String?, context: QMPRequestContext) throws(QMPError) {
        let space = addressSpace ?? Machine.defaultAddressSpace
        try tree.transaction { s, transaction throws(QMPError) in
            for container in s.machine.containers(in: space) {
                try container.setDirtyTracking(false, in: transaction)
            }
        }
    }

    /// Refuses `command` while dirty tracking runs in `space`, as QEMU
    /// refuses device_add and device_del while migrating.
    static func checkNotTracking(_ command: String, in space: String, _ machine: Machine) throws(QMPError) {
        guard machine.containers(in: space).contains(where: \.isDirtyTracking) else { return }
        throw QMPError.generic(
            "\(command) not allowed while dirty tracking is running in address space '\(space)' (QEMU refuses it while migrating); run dirty-tracking-stop first")
    }

    public func queryDirtyBitmap(addr: UInt64, size: UInt64, fd: String?, addressSpace: String?,
                                 context: QMPRequestContext) throws(QMPError) -> IOMMUFDDirtyBitmap
    {
        // Consumed whatever happens, as QEMU's fd parameters are.
        let passed = try VFIOCommands.takeNamed(fd, context: context)
        let output: Int32?
        switch passed {
        case .some(let owned): output = owned.raw
        case .none: output = nil
        }
        let space = addressSpace ?? Machine.defaultAddressSpace
        let page = DirtyBitmap.pageSize
        guard size > 0, addr % page == 0, size % page == 0 else {
            throw QMPError.invalidArgument(
                "the range must be a non-empty multiple of the page size (\(page)) at a page-aligned address")
        }
        guard addr <= UInt64.max - (size - 1) else {
            throw QMPError.invalidArgument("the range [0x\(String(addr, radix: 16)), +0x\(String(size, radix: 16))) wraps")
        }
        let pages = size / page
        try IOMMUFDCommands.checkBitmap(pages: pages, intoDescriptor: output != nil)
        let bitmapBytes = Int((pages + 63) / 64) * 8
        if let output { try IOMMUFDCommands.prepareBitmapFile(output, bytes: UInt64(bitmapBytes), system: tree.system) }
        let bitmap = try tree.withState { s throws(QMPError) in
            try Self.readDirtyBitmap(addr: addr, pages: pages, space: space, s.machine)
        }
        if let output {
            do throws(Errno) {
                let mapping = try SharedFileMapping(fd: output, count: max(bitmapBytes, 1), system: tree.systemCalls)
                mapping.store(bitmap.words)
            } catch {
                throw error.qmp("the descriptor for the dirty bitmap cannot be mapped; the bits read are lost")
            }
        }
        _ = passed
        return IOMMUFDDirtyBitmap(
            pageSize: page, dirtyPages: UInt64(bitmap.dirtyCount),
            ranges: output == nil ? bitmap.dirtyRuns.map { IOMMUFDDirtyRange(iova: $0.address, size: $0.length) } : nil,
            bitmapSize: output == nil ? nil : UInt64(bitmapBytes))
    }

    /// QEMU's log sync over `[addr, addr + pages pages)`: each dimm's part of
    /// it read from every container of `space` and ORed.
    private static func readDirtyBitmap(addr: UInt64, pages: UInt64, space: String, _ machine: Machine)
        throws(QMPError) -> DirtyBitmap
    {
        let containers = machine.containers(in: space)
        guard !containers.isEmpty, containers.allSatisfy(\.isDirtyTracking) else {
            throw QMPError.generic("dirty tracking is not running in address space '\(space)': run dirty-tracking-start first")
        }
        let last = addr + (pages * DirtyBitmap.pageSize - 1)
        let sections = machine.dimms(in: space).compactMap { dimm -> (dimm: PCDIMMDevice, first: UInt64, last: UInt64)? in
            guard dimm.addr <= last, addr <= dimm.last else { return nil }
            return (dimm, max(dimm.addr, addr), min(dimm.last, last))
        }
        // type1 reads whole mappings only: refuse before anything is read (and cleared).
        if containers.contains(where: { !$0.readsPartialMappings }),
           let part = sections.first(where: { $0.first != $0.dimm.addr || $0.last != $0.dimm.last })
        {
            throw QMPError.generic(
                "the range covers only part of dimm '\(part.dimm.id)' [0x\(String(part.dimm.addr, radix: 16)), 0x\(String(part.dimm.last, radix: 16))], and the legacy container reads whole mappings")
        }
        var bitmap = DirtyBitmap(start: addr, pages: pages)
        var read = 0
        for section in sections {
            let size = section.last - section.first + 1
            for container in containers {
                let words: [UInt64]
                do throws(QMPError) {
                    words = try container.readDirtyBitmap(iova: section.first, size: size)
                } catch {
                    var reported = error
                    if read > 0 { reported.desc += "; the dirty bits of the \(read) reads before it are lost" }
                    throw reported
                }
                read += 1
                bitmap.or(words, at: section.first)
                Trace.vfio_container_query_dirty_bitmap(
                    iova: section.first, size: size, backend_flag: 0, bitmap_size: UInt64(words.count * 8),
                    translated_addr: section.first, dirty_pages: UInt64(words.reduce(0) { $0 + $1.nonzeroBitCount }))
            }
        }
        return bitmap
    }
}
