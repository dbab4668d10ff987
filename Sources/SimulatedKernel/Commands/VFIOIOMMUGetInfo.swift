import CLinuxUAPI
import Posix

extension VFIOCompat {
    /// VFIO_IOMMU_GET_INFO: reads the first 16 bytes of
    /// `vfio_iommu_type1_info` (EFAULT); `argsz` < 16 → EINVAL; no compat IOAS
    /// → ENODEV. Answers flags PGSIZES|CAPS and the page sizes, then the caps
    /// DMA_AVAIL and IOVA_RANGE right after the 24-byte struct, as far as
    /// `argsz` reaches, each cap at an 8-byte-aligned offset: a cap's header
    /// only when the whole cap fits, each
    /// IOVA range entry when it fits, a `next` link once the following cap's
    /// offset is within `argsz`. `cap_offset` is 24 only when all caps fit;
    /// `argsz` always comes back as the full size. The struct is written back
    /// up to min(argsz, 24) bytes.
    static func getInfo(_ argument: UInt64, _ iommufd: SimIOMMUFD) throws(Errno) {
        let minimum = MemoryLayout<vfio_iommu_type1_info>.offset(of: \.cap_offset) ?? 16
        let head = try UserMemory.read(argument, count: minimum)
        let argsz = head.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
        guard argsz >= UInt32(minimum) else { throw .EINVAL }
        let infoSize = MemoryLayout<vfio_iommu_type1_info>.size
        let ioas = try compatIOAS(iommufd)

        var info = vfio_iommu_type1_info()
        info.flags = UInt32(VFIO_IOMMU_INFO_PGSIZES)
        info.iova_pgsizes = pageSizes(ioas.space)
        info.cap_offset = 0

        var total = UInt64(infoSize)
        var lastCap: UInt64? = nil
        for cap in [Cap.dmaAvail, Cap.iovaRange] {
            let room = UInt64(argsz) > total ? UInt64(argsz) - total : 0
            let size: UInt64
            switch cap {
            case .dmaAvail: size = try fillDMAAvailCap(at: argument &+ total, room: room)
            case .iovaRange: size = try fillIOVARangeCap(ioas.space, at: argument &+ total, room: room)
            }
            if let lastCap, UInt64(argsz) >= total {
                let nextOffset = MemoryLayout<vfio_info_cap_header>.offset(of: \.next) ?? 4
                try UserMemory.store(UInt32(truncatingIfNeeded: total), at: argument &+ lastCap &+ UInt64(nextOffset))
            }
            lastCap = total
            // Linux 6.12 reserves each capability rounded up to 8 bytes
            // (ALIGN(cap_size, 8)): DMA_AVAIL's 12 take 16 (measured, make vm-test).
            total += (size + 7) & ~7
        }
        if UInt64(argsz) >= total { info.cap_offset = UInt32(infoSize) }
        info.argsz = UInt32(truncatingIfNeeded: total)
        info.flags |= UInt32(VFIO_IOMMU_INFO_CAPS)
        let bytes = withUnsafeBytes(of: info) { Array($0.prefix(min(Int(argsz), infoSize))) }
        try UserMemory.write(argument, bytes)
    }

    /// The capabilities in the order they are chained.
    private enum Cap { case dmaAvail, iovaRange }

    /// The AND of the domains' page sizes, sub-page sizes folded into
    /// `PAGE_SIZE`, at least the IOAS alignment; every power of two from
    /// `PAGE_SIZE` up without domains.
    static func pageSizes(_ space: IOVASpace) -> UInt64 {
        var bitmap = UInt64.max
        for domain in space.domains { bitmap &= domain.pageSizeBitmap }
        let pageMask = ~(HostPage.size - 1)
        if bitmap & ~pageMask != 0 {
            bitmap &= pageMask
            bitmap |= HostPage.size
        }
        return max(bitmap, space.iovaAlignment)
    }

    /// DMA_AVAIL (id 3, version 1, avail = U32_MAX: iommufd has no mapping
    /// count limit), written only if all 12 bytes fit. Returns its size.
    static func fillDMAAvailCap(at address: UInt64, room: UInt64) throws(Errno) -> UInt64 {
        var cap = vfio_iommu_type1_info_dma_avail()
        cap.header.id = UInt16(VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL)
        cap.header.version = 1
        cap.avail = .max
        let size = UInt64(MemoryLayout<vfio_iommu_type1_info_dma_avail>.size)
        if room >= size { try UserMemory.store(cap, at: address) }
        return size
    }

    /// IOVA_RANGE (id 1, version 1): the holes of the reserved set as
    /// inclusive {start, end} pairs. Each entry is written when it fits, the
    /// header only when the whole cap does. Returns its size.
    static func fillIOVARangeCap(_ space: IOVASpace, at address: UInt64, room: UInt64) throws(Errno) -> UInt64 {
        let headerSize = UInt64(MemoryLayout<vfio_iommu_type1_info_cap_iova_range>.size)
        let entrySize = UInt64(MemoryLayout<vfio_iova_range>.size)
        let ranges = space.usableRanges()
        for (index, range) in ranges.enumerated() {
            let end = headerSize + entrySize * UInt64(index + 1)
            if room >= end {
                try UserMemory.store(vfio_iova_range(start: range.start, end: range.last),
                                     at: address &+ headerSize &+ entrySize * UInt64(index))
            }
        }
        let size = headerSize + entrySize * UInt64(ranges.count)
        if room >= size {
            var cap = vfio_iommu_type1_info_cap_iova_range()
            cap.header.id = UInt16(VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE)
            cap.header.version = 1
            cap.nr_iovas = UInt32(truncatingIfNeeded: ranges.count)
            try UserMemory.store(cap, at: address)
        }
        return size
    }
}
