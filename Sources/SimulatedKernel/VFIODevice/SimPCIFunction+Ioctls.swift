#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix

/// The region and interrupt ioctls of a device descriptor, and its
/// `pread`/`pwrite`, answered as vfio-pci answers them (the cdev after
/// BIND, the group path's descriptors at once).
extension SimPCIFunction {
    /// The ioctls handled here; nil when `request` is none of them.
    func ioctl(_ request: UInt, _ argument: UInt64) throws(Errno) -> Int32? {
        switch request {
        case UInt(IOMMUD_VFIO_DEVICE_GET_REGION_INFO): try regionInfo(argument)
        case UInt(IOMMUD_VFIO_DEVICE_GET_IRQ_INFO): try irqInfo(argument)
        case UInt(IOMMUD_VFIO_DEVICE_SET_IRQS): try setIRQs(argument)
        case UInt(IOMMUD_VFIO_DEVICE_RESET):
            guard device.resetWorks else { throw .EINVAL }
            reset()
        case UInt(IOMMUD_VFIO_DEVICE_FEATURE):
            return try feature(argument)
        default: return nil
        }
        return 0
    }

    // MARK: VFIO_DEVICE_GET_REGION_INFO

    /// One region: `(flags, size, capability chain)`; nil for an index the
    /// device does not have.
    private func region(_ index: UInt32) -> (flags: VFIORegionInfoFlags, size: UInt64, caps: [UInt8])? {
        switch index {
        case VFIOPCIRegion.bar0:
            // MSI-X's table is in BAR0; with interrupt remapping the whole
            // BAR may be mapped (VFIO_REGION_INFO_CAP_MSIX_MAPPABLE, v1).
            let cap: [UInt8] = [UInt8(VFIO_REGION_INFO_CAP_MSIX_MAPPABLE), 0, 1, 0, 0, 0, 0, 0]
            return ([.read, .write, .mmap], Self.bar0Size, cap)
        case 1...5, VFIOPCIRegion.rom:
            return ([], 0, [])
        case VFIOPCIRegion.config:
            return ([.read, .write], UInt64(Self.configSize), [])
        default:
            // No VGA; no device-specific regions.
            return nil
        }
    }

    /// Reads the 32-byte struct (EFAULT); `argsz` below 32 or an index the
    /// device lacks → EINVAL. With a capability chain: CAPS is set and the
    /// chain follows the struct when `argsz` has room for it, else `argsz`
    /// comes back as the size needed and `cap_offset` 0.
    private func regionInfo(_ argument: UInt64) throws(Errno) {
        let minimum = MemoryLayout<vfio_region_info>.size
        var info = try UserMemory.load(argument, as: vfio_region_info.self)
        guard info.argsz >= UInt32(minimum), let region = region(info.index) else { throw .EINVAL }
        info.flags = region.flags.rawValue
        info.size = region.size
        info.offset = VFIOPCIRegion.offset(of: info.index)
        info.cap_offset = 0
        if !region.caps.isEmpty {
            info.flags |= VFIORegionInfoFlags.capabilities.rawValue
            let needed = UInt32(minimum + region.caps.count)
            if info.argsz < needed {
                info.argsz = needed
            } else {
                try UserMemory.write(argument + UInt64(minimum), region.caps)
                info.cap_offset = UInt32(minimum)
            }
        }
        try UserMemory.store(info, at: argument)
    }

    // MARK: VFIO_DEVICE_GET_IRQ_INFO

    /// Reads the 16-byte struct (EFAULT); `argsz` below 16, or an index past
    /// the five or ERR (not PCI Express) → EINVAL. Flags as 6.12 answers
    /// them: INTx maskable and automasked, MSI, ERR and REQ NORESIZE.
    private func irqInfo(_ argument: UInt64) throws(Errno) {
        var info = try UserMemory.load(argument, as: vfio_irq_info.self)
        guard info.argsz >= UInt32(MemoryLayout<vfio_irq_info>.size), let count = device.simIRQCount[info.index] else {
            throw .EINVAL
        }
        // MSI-X vectors can be added while enabled (dynamic MSI-X, Linux
        // 6.5+, as on the proving ground's e1000e); the others cannot.
        var flags: VFIOIRQInfoFlags = .eventfd
        if info.index == VFIOPCIIRQ.intx.rawValue {
            flags.formUnion([.maskable, .automasked])
        } else if info.index != VFIOPCIIRQ.msix.rawValue {
            flags.insert(.noResize)
        }
        info.flags = flags.rawValue
        info.count = count
        try UserMemory.store(info, at: argument)
    }

    // MARK: VFIO_DEVICE_SET_IRQS

    /// `vfio_set_irqs_validate_and_prepare`, then the action: `argsz` below
    /// 20, unknown flag bits, an index past the five, `start`/`count` past
    /// the index's vectors, not exactly one data type, or data shorter than
    /// `count` items → EINVAL; an index the device lacks → EINVAL; see
    /// ``SimInterrupts/set(_:)`` for the rest.
    private func setIRQs(_ argument: UInt64) throws(Errno) {
        let head = try UserMemory.read(argument, count: 20)
        let field = { (i: Int) in head.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self) } }
        let (argsz, rawFlags, index, start, count) = (field(0), field(1), field(2), field(3), field(4))
        let known = VFIOIRQSetFlags([.dataNone, .dataBool, .dataEventfd, .actionMask, .actionUnmask, .actionTrigger]).rawValue
        guard argsz >= 20, index < UInt32(VFIOPCIIRQ.allCases.count), rawFlags & ~known == 0,
            count < UInt32.max - start
        else { throw .EINVAL }
        let irqCount = device.simIRQCount[index] ?? 0
        guard start < irqCount, start + count <= irqCount else { throw .EINVAL }
        let flags = VFIOIRQSetFlags(rawValue: rawFlags)
        let itemSize: Int
        switch flags.intersection([.dataNone, .dataBool, .dataEventfd]) {
        case .dataNone: itemSize = 0
        case .dataBool: itemSize = 1
        case .dataEventfd: itemSize = 4
        default: throw .EINVAL
        }
        let dataSize = Int(count) * itemSize
        guard Int(argsz) - 20 >= dataSize else { throw .EINVAL }
        let data = dataSize > 0 ? try UserMemory.read(argument + 20, count: dataSize) : []
        try interrupts.set(SimInterrupts.Request(index: index, start: start, count: count, flags: flags, data: data))
    }

    // MARK: pread/pwrite

    /// A region access at a descriptor offset: the region is the offset's
    /// top bits (index << 40). Config space → ``readConfig(at:count:)``;
    /// BAR0 → its memory, cut at its end (past it → EINVAL); anything else
    /// (empty BARs, the ROM, no VGA) → EINVAL.
    func read(at offset: UInt64, count: Int) throws(Errno) -> [UInt8] {
        let (index, position) = (UInt32(offset >> 40), offset & ((1 << 40) - 1))
        switch index {
        case VFIOPCIRegion.config:
            return try readConfig(at: position, count: count)
        case VFIOPCIRegion.bar0:
            guard position < Self.bar0Size else { throw .EINVAL }
            let n = min(count, Int(Self.bar0Size - position))
            var bytes = [UInt8](repeating: 0, count: n)
            let got = bytes.withUnsafeMutableBytes { Glibc.pread(memory, $0.baseAddress, n, off_t(position)) }
            guard got >= 0 else { throw .current }
            return Array(bytes.prefix(got))
        default:
            throw .EINVAL
        }
    }

    /// The write counterpart of ``read(at:count:)``.
    func write(_ bytes: [UInt8], at offset: UInt64) throws(Errno) -> Int {
        let (index, position) = (UInt32(offset >> 40), offset & ((1 << 40) - 1))
        switch index {
        case VFIOPCIRegion.config:
            return try writeConfig(bytes, at: position)
        case VFIOPCIRegion.bar0:
            guard position < Self.bar0Size else { throw .EINVAL }
            let n = min(bytes.count, Int(Self.bar0Size - position))
            let put = bytes.withUnsafeBytes { Glibc.pwrite(memory, $0.baseAddress, n, off_t(position)) }
            guard put >= 0 else { throw .current }
            return put
        default:
            throw .EINVAL
        }
    }
}
