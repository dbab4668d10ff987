import CLinuxUAPI
import Posix

/// The ioctls of a container whose type1 backend is set
/// (`vfio_iommu_type1_ioctl`, reference §5.1): GET_INFO, MAP_DMA,
/// UNMAP_DMA, DIRTY_PAGES and CHECK_EXTENSION (answered by the container);
/// anything else → ENOTTY. Errors follow VFIO's habits: EINVAL for bad sizes
/// and unknown flags, EFAULT for memory that cannot be read or written.
enum SimType1Ioctls {
    static func run(_ request: UInt, _ argument: UInt64, _ iommu: SimType1IOMMU) throws(Errno) -> Int32 {
        switch request {
        case UInt(IOMMUD_VFIO_IOMMU_GET_INFO): try getInfo(argument, iommu)
        case UInt(IOMMUD_VFIO_IOMMU_MAP_DMA): try mapDMA(argument, iommu)
        case UInt(IOMMUD_VFIO_IOMMU_UNMAP_DMA): try unmapDMA(argument, iommu)
        case UInt(IOMMUD_VFIO_IOMMU_DIRTY_PAGES): try dirtyPages(argument, iommu)
        default: throw .ENOTTY
        }
        return 0
    }

    // MARK: VFIO_IOMMU_GET_INFO

    /// Reads the first 16 bytes of `vfio_iommu_type1_info` (EFAULT);
    /// `argsz` < 16 → EINVAL. Answers PGSIZES|CAPS, the container's page
    /// sizes, and the capability chain MIGRATION → DMA_AVAIL → IOVA_RANGE
    /// (the last only when the valid IOVA list is not empty), each cap
    /// padded to 8 bytes as `vfio_info_cap_add` does. The chain is written
    /// after the 24-byte struct only when all of it fits (`cap_offset` = 24);
    /// otherwise `argsz` comes back raised to the size needed and
    /// `cap_offset` 0. The struct is written back up to min(argsz, 24) bytes.
    static func getInfo(_ argument: UInt64, _ iommu: SimType1IOMMU) throws(Errno) {
        let minimum = MemoryLayout<vfio_iommu_type1_info>.offset(of: \.cap_offset) ?? 16
        let head = try UserMemory.read(argument, count: minimum)
        let argsz = head.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
        guard argsz >= UInt32(minimum) else { throw .EINVAL }
        let infoSize = MemoryLayout<vfio_iommu_type1_info>.size

        var caps: [[UInt8]] = []
        var migration = vfio_iommu_type1_info_cap_migration()
        migration.header.id = UInt16(VFIO_IOMMU_TYPE1_INFO_CAP_MIGRATION)
        migration.header.version = 1
        migration.flags = 0
        migration.pgsize_bitmap = iommu.smallestPage
        migration.max_dirty_bitmap_size = SimType1IOMMU.dirtyBitmapSizeMax
        caps.append(bytes(of: migration))
        var avail = vfio_iommu_type1_info_dma_avail()
        avail.header.id = UInt16(VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL)
        avail.header.version = 1
        avail.avail = UInt32(iommu.dmaAvail)
        caps.append(bytes(of: avail))
        if !iommu.iovaList.isEmpty {
            var range = vfio_iommu_type1_info_cap_iova_range()
            range.header.id = UInt16(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE)
            range.header.version = 1
            range.nr_iovas = UInt32(iommu.iovaList.count)
            var cap = bytes(of: range)
            for entry in iommu.iovaList { cap += bytes(of: vfio_iova_range(start: entry.start, end: entry.last)) }
            caps.append(cap)
        }
        // Pad each cap to 8 bytes, then link them at their final offsets.
        caps = caps.map { $0 + [UInt8](repeating: 0, count: (8 - $0.count % 8) % 8) }
        var chain: [UInt8] = []
        var offset = infoSize
        let nextOffset = MemoryLayout<vfio_info_cap_header>.offset(of: \.next) ?? 4
        for (index, cap) in caps.enumerated() {
            var cap = cap
            let next = index + 1 < caps.count ? UInt32(offset + cap.count) : 0
            for byte in 0..<4 { cap[nextOffset + byte] = UInt8(truncatingIfNeeded: next >> (8 * UInt32(byte))) }
            chain += cap
            offset += cap.count
        }

        var info = vfio_iommu_type1_info()
        info.argsz = argsz
        info.flags = UInt32(VFIO_IOMMU_INFO_PGSIZES) | UInt32(VFIO_IOMMU_INFO_CAPS)
        info.iova_pgsizes = iommu.pageSizeBitmap
        info.cap_offset = 0
        if Int(argsz) < infoSize + chain.count {
            info.argsz = UInt32(infoSize + chain.count)
        } else {
            try UserMemory.write(argument &+ UInt64(infoSize), chain)
            info.cap_offset = UInt32(infoSize)
        }
        try UserMemory.write(argument, Array(bytes(of: info).prefix(min(Int(argsz), infoSize))))
    }

    /// The bytes of a uapi struct.
    static func bytes<T>(of value: T) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }

    // MARK: VFIO_IOMMU_MAP_DMA

    /// Reads the 32-byte `vfio_iommu_type1_dma_map` (EFAULT); `argsz` < 32
    /// or flags beyond READ|WRITE|VADDR → EINVAL; size 0 → EINVAL; iova or
    /// vaddr wrapping → EOVERFLOW; neither READ nor WRITE without VADDR, or
    /// READ/WRITE with VADDR → EINVAL; size, iova or vaddr not a multiple of
    /// the smallest page → EINVAL.
    ///
    /// VADDR: the mapping overlapping the range (none → ENOENT) must be
    /// exactly `[iova, iova+size)` with its vaddr invalidated (else EINVAL);
    /// it gets the new vaddr. Otherwise: an overlap → EEXIST; no mapping
    /// slot left → ENOSPC; outside the valid IOVA list → EINVAL; memory that
    /// cannot be pinned → EFAULT. Nothing is written back.
    static func mapDMA(_ argument: UInt64, _ iommu: SimType1IOMMU) throws(Errno) {
        let map = try UserMemory.load(argument, as: vfio_iommu_type1_dma_map.self)
        let read = UInt32(VFIO_DMA_MAP_FLAG_READ), write = UInt32(VFIO_DMA_MAP_FLAG_WRITE)
        let vaddrFlag = UInt32(VFIO_DMA_MAP_FLAG_VADDR)
        guard map.argsz >= UInt32(MemoryLayout<vfio_iommu_type1_dma_map>.size),
            map.flags & ~(read | write | vaddrFlag) == 0
        else { throw .EINVAL }
        guard map.size != 0 else { throw .EINVAL }
        let (last, iovaWraps) = map.iova.addingReportingOverflow(map.size - 1)
        if iovaWraps || map.vaddr.addingReportingOverflow(map.size - 1).overflow { throw .EOVERFLOW }
        let prot = map.flags & (read | write) != 0
        let setVaddr = map.flags & vaddrFlag != 0
        guard prot != setVaddr else { throw .EINVAL }
        let page = iommu.smallestPage
        guard (map.size | map.iova | map.vaddr) & (page - 1) == 0 else { throw .EINVAL }
        let range = Interval(start: map.iova, last: last)

        if setVaddr {
            guard let handle = iommu.handles(in: range).first, let dma = iommu.dma(handle) else { throw .ENOENT }
            let existing = iommu.interval(handle)
            guard dma.vaddrInvalid, existing == range else { throw .EINVAL }
            iommu.updateVaddr(handle, to: map.vaddr)
            return
        }
        if iommu.hasMapping(in: range) { throw .EEXIST }
        guard iommu.dmaAvail > 0 else { throw .ENOSPC }
        guard iommu.iovaValid(range) else { throw .EINVAL }
        try iommu.map(range, vaddr: map.vaddr, readable: map.flags & read != 0, writable: map.flags & write != 0)
    }

    // MARK: VFIO_IOMMU_UNMAP_DMA

    /// Reads the 24-byte `vfio_iommu_type1_dma_unmap` (EFAULT); `argsz` < 24
    /// or unknown flags → EINVAL; GET_DIRTY_BITMAP with ALL or VADDR →
    /// EINVAL; GET_DIRTY_BITMAP needs `argsz` ≥ 48, its `vfio_bitmap`
    /// (EFAULT) and a bitmap big enough for the range (EINVAL).
    ///
    /// Then (`vfio_dma_do_unmap`): iova not a multiple of the smallest page
    /// → EINVAL; ALL needs iova = size = 0 (else EINVAL) and means
    /// everything; otherwise size 0 or unaligned → EINVAL, wrap →
    /// EOVERFLOW; GET_DIRTY_BITMAP without dirty tracking or with another
    /// bitmap page size → EINVAL. TYPE1v2: a range that bisects a mapping →
    /// EINVAL. TYPE1 (v1): a range starting inside a mapping unmaps nothing
    /// (success, size 0); a mapping whose first IOVA is in the range goes
    /// whole, even past the range's end. VADDR only invalidates the vaddrs
    /// (one already invalid → EINVAL, the others restored).
    ///
    /// On success `size` is written back as the bytes unmapped; on failure
    /// nothing is written back.
    static func unmapDMA(_ argument: UInt64, _ iommu: SimType1IOMMU) throws(Errno) {
        var unmap = try UserMemory.load(argument, as: vfio_iommu_type1_dma_unmap.self)
        let minimum = MemoryLayout<vfio_iommu_type1_dma_unmap>.size
        let dirty = UInt32(VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP)
        let all = UInt32(VFIO_DMA_UNMAP_FLAG_ALL), vaddr = UInt32(VFIO_DMA_UNMAP_FLAG_VADDR)
        guard unmap.argsz >= UInt32(minimum), unmap.flags & ~(dirty | all | vaddr) == 0 else { throw .EINVAL }
        let wantsBitmap = unmap.flags & dirty != 0
        if wantsBitmap && unmap.flags & (all | vaddr) != 0 { throw .EINVAL }
        var bitmap = vfio_bitmap()
        if wantsBitmap {
            guard unmap.argsz >= UInt32(minimum + MemoryLayout<vfio_bitmap>.size) else { throw .EINVAL }
            bitmap = try UserMemory.load(argument &+ UInt64(minimum), as: vfio_bitmap.self)
            try verifyBitmapSize(pages: bitmap.pgsize == 0 ? 0 : unmap.size >> UInt64(bitmap.pgsize.trailingZeroBitCount),
                                 bytes: bitmap.size)
        }

        let page = iommu.smallestPage
        guard unmap.iova & (page - 1) == 0 else { throw .EINVAL }
        let range: Interval
        if unmap.flags & all != 0 {
            guard unmap.iova == 0, unmap.size == 0 else { throw .EINVAL }
            range = Interval(start: 0, last: .max)
        } else {
            guard unmap.size != 0, unmap.size & (page - 1) == 0 else { throw .EINVAL }
            let (last, overflow) = unmap.iova.addingReportingOverflow(unmap.size - 1)
            if overflow { throw .EOVERFLOW }
            range = Interval(start: unmap.iova, last: last)
        }
        if wantsBitmap && (!iommu.dirtyTracking || bitmap.pgsize != page) { throw .EINVAL }
        if iommu.v2 && unmap.flags & all == 0 { try refuseBisection(range, iommu) }

        var handles = iommu.handles(in: range)
        if !iommu.v2, let first = handles.first, iommu.interval(first).start < range.start { handles = [] }
        var unmapped: UInt64 = 0
        if unmap.flags & vaddr != 0 {
            var done: [Int] = []
            for handle in handles {
                guard iommu.invalidateVaddr(handle) else {
                    for restored in done { iommu.updateVaddr(restored, to: iommu.dma(restored)?.vaddr ?? 0) }
                    throw .EINVAL
                }
                done.append(handle)
                unmapped += iommu.dma(handle)?.size ?? 0
            }
        } else {
            if wantsBitmap {
                try writeDirty(handles.map(iommu.interval), base: range.start, pageSize: page,
                               bitmap: bitmap.data.map { UInt64(UInt(bitPattern: $0)) } ?? 0,
                               bitmapBytes: bitmap.size)
            }
            for handle in handles {
                unmapped += iommu.dma(handle)?.size ?? 0
                iommu.remove(handle)
            }
        }
        unmap.size = unmapped
        try UserMemory.store(unmap, at: argument)
    }

    /// Type1v2's rule (also GET_BITMAP's): a mapping holding the range's
    /// first IOVA must start there, one holding its last must end there →
    /// else EINVAL.
    static func refuseBisection(_ range: Interval, _ iommu: SimType1IOMMU) throws(Errno) {
        if let first = iommu.mapping(at: range.start), first.range.start != range.start { throw .EINVAL }
        if let last = iommu.mapping(at: range.last), last.range.last != range.last { throw .EINVAL }
    }

    /// `verify_bitmap_size`: no pages, an empty bitmap, one beyond
    /// `DIRTY_BITMAP_SIZE_MAX`, or one smaller than the pages need (64-bit
    /// words) → EINVAL.
    static func verifyBitmapSize(pages: UInt64, bytes: UInt64) throws(Errno) {
        guard pages != 0, bytes != 0, bytes <= SimType1IOMMU.dirtyBitmapSizeMax else { throw .EINVAL }
        guard bytes >= bitmapBytes(pages) else { throw .EINVAL }
    }

    /// `DIRTY_BITMAP_BYTES`: whole 64-bit words for `pages` bits.
    static func bitmapBytes(_ pages: UInt64) -> UInt64 { ((pages + 63) / 64) * 8 }

    /// Sets, in the user bitmap at `bitmap`, the bit of every page of the
    /// given mappings (bit n = the page at `base` + n × `pageSize`): type1
    /// has no dirty bits of its own, so every page of an IOMMU-mapped
    /// mapping counts as dirty. Bits of other pages are left as the caller
    /// set them (they should be zero). A bitmap that cannot be accessed →
    /// EFAULT.
    static func writeDirty(_ ranges: [Interval], base: UInt64, pageSize: UInt64, bitmap: UInt64,
                           bitmapBytes: UInt64) throws(Errno) {
        let ranges = ranges.filter { $0.start >= base }
        guard let lastRange = ranges.last else { return }
        let lastBit = (lastRange.last - base) / pageSize
        let byteCount = Int(min(Self.bitmapBytes(lastBit + 1), bitmapBytes))
        var bytes = try UserMemory.read(bitmap, count: byteCount)
        for range in ranges {
            var bit = (range.start - base) / pageSize
            let end = (range.last - base) / pageSize
            while bit <= end {
                let byte = Int(bit / 8)
                if byte < bytes.count { bytes[byte] |= 1 << UInt8(bit % 8) }
                bit += 1
            }
        }
        try UserMemory.write(bitmap, bytes)
    }

    // MARK: VFIO_IOMMU_DIRTY_PAGES

    /// A TYPE1 (v1) container → EACCES. Reads `argsz` and `flags` (EFAULT);
    /// `argsz` < 8 or unknown flags → EINVAL; not exactly one of START, STOP
    /// and GET_BITMAP → EINVAL. START and STOP switch tracking (both
    /// idempotent).
    ///
    /// GET_BITMAP reads `vfio_iommu_type1_dirty_bitmap_get` after the flags
    /// (`argsz` must cover it → else EINVAL; EFAULT): size 0 → EINVAL; wrap
    /// → EOVERFLOW; a bitmap too small for the range, empty or beyond the
    /// maximum → EINVAL; a bitmap page size other than the smallest page,
    /// an unaligned iova or size → EINVAL; tracking not started → EINVAL; a
    /// range that bisects a mapping → EINVAL. Every page of every mapping in
    /// the range is reported dirty (type1 has no hardware dirty bits: pages
    /// pinned for DMA count as dirty).
    static func dirtyPages(_ argument: UInt64, _ iommu: SimType1IOMMU) throws(Errno) {
        guard iommu.v2 else { throw .EACCES }
        let headSize = MemoryLayout<vfio_iommu_type1_dirty_bitmap>.size
        let head = try UserMemory.load(argument, as: vfio_iommu_type1_dirty_bitmap.self)
        let start = UInt32(VFIO_IOMMU_DIRTY_PAGES_FLAG_START), stop = UInt32(VFIO_IOMMU_DIRTY_PAGES_FLAG_STOP)
        let get = UInt32(VFIO_IOMMU_DIRTY_PAGES_FLAG_GET_BITMAP)
        guard head.argsz >= UInt32(headSize), head.flags & ~(start | stop | get) == 0 else { throw .EINVAL }
        guard head.flags.nonzeroBitCount == 1 else { throw .EINVAL }
        switch head.flags {
        case start:
            iommu.dirtyTracking = true
        case stop:
            iommu.dirtyTracking = false
        default:
            let rangeSize = MemoryLayout<vfio_iommu_type1_dirty_bitmap_get>.size
            guard Int(head.argsz) - headSize >= rangeSize else { throw .EINVAL }
            let range = try UserMemory.load(argument &+ UInt64(headSize), as: vfio_iommu_type1_dirty_bitmap_get.self)
            guard range.size != 0 else { throw .EINVAL }
            let (last, overflow) = range.iova.addingReportingOverflow(range.size - 1)
            if overflow { throw .EOVERFLOW }
            let pgsize = range.bitmap.pgsize
            try verifyBitmapSize(pages: pgsize == 0 ? 0 : range.size >> UInt64(pgsize.trailingZeroBitCount),
                                 bytes: range.bitmap.size)
            let page = iommu.smallestPage
            guard pgsize == page, range.iova & (page - 1) == 0, range.size & (page - 1) == 0 else { throw .EINVAL }
            guard iommu.dirtyTracking else { throw .EINVAL }
            let interval = Interval(start: range.iova, last: last)
            try refuseBisection(interval, iommu)
            try writeDirty(iommu.handles(in: interval).map(iommu.interval), base: range.iova, pageSize: page,
                           bitmap: range.bitmap.data.map { UInt64(UInt(bitPattern: $0)) } ?? 0,
                           bitmapBytes: range.bitmap.size)
        }
    }
}
