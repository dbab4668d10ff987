import CLinuxUAPI
import LinuxKernel
import Posix

/// What a command handler returns: the ioctl's value, what of the struct goes
/// back to the caller, and how to undo what it created if that copy fails.
struct CommandOutcome {
    /// What the kernel copies back to the caller's struct.
    enum CopyOut {
        /// Nothing (DESTROY, ALLOW_IOVAS, VFIO_IOAS SET/CLEAR).
        case nothing
        /// The whole struct, truncated to the caller's size
        /// (`iommufd_ucmd_respond`).
        case wholeStruct
        /// Only these bytes of it (OPTION writes back `val64` alone).
        case bytes(Range<Int>)
    }

    var value: Int32 = 0
    var copyOut: CopyOut = .nothing
    /// Returned after a successful copy-out: IOVA_RANGES reports EMSGSIZE
    /// with the struct already written back.
    var errorAfterCopyOut: Errno? = nil
    var undo: (() -> Void)? = nil
}

/// One entry of the command table (the kernel's `IOCTL_OP`).
struct CommandSpec: Sendable {
    /// The exact ioctl number; a different encoding of the same nr is ENOTTY.
    var number: UInt
    /// End offset of the last field the command was introduced with.
    var minSize: Int
    /// The struct size this kernel knows.
    var size: Int
    /// The first release with the command; older ones answer ENOTTY.
    var since: KernelVersion? = nil
    var handler: @Sendable (inout UAPIBuffer, SimIOMMUFD) throws(Errno) -> CommandOutcome
}

/// The iommufd file's ioctl handler: the generic rules of reference §0.2, then
/// the command.
enum IOMMUFDDispatch {
    static let base: UInt = 0x80

    /// Commands by `nr - 0x80`; `nil` slots are holes (ENOTTY). Each entry
    /// takes its number, minimum size and struct from the typed request, so
    /// a number is written once (in the request).
    static let table: [UInt: CommandSpec] = {
        var t: [UInt: CommandSpec] = [:]
        func add<R: IOMMUFDRequest>(_ request: R.Type, since: KernelVersion? = nil,
                                    _ handler: @escaping @Sendable (inout UAPIBuffer, SimIOMMUFD) throws(Errno) -> CommandOutcome) {
            t[R.number & 0xff] = CommandSpec(number: R.number, minSize: R.minimumSize, size: MemoryLayout<R.UAPI>.size,
                                             since: since, handler: handler)
        }
        add(Destroy.self, Commands.destroy)
        add(IOASAlloc.self, Commands.ioasAlloc)
        add(IOASAllowIOVAs.self, Commands.ioasAllowIOVAs)
        add(IOASCopy.self, Commands.ioasCopy)
        add(IOASIOVARanges.self, Commands.ioasIOVARanges)
        add(IOASMap.self, Commands.ioasMap)
        add(IOASUnmap.self, Commands.ioasUnmap)
        add(Option.self, Commands.option)
        add(VFIOIOAS.self, Commands.vfioIOAS)
        add(HWPTAlloc.self, Commands.hwptAlloc)
        add(GetHWInfo.self, Commands.getHWInfo)
        add(HWPTSetDirtyTracking.self, Commands.hwptSetDirtyTracking)
        add(HWPTGetDirtyBitmap.self, Commands.hwptGetDirtyBitmap)
        add(HWPTInvalidate.self, Commands.hwptInvalidate)
        add(FaultQueueAlloc.self, Commands.faultQueueAlloc)
        add(IOASMapFile.self, since: .linux6_13, Commands.ioasMapFile)
        add(IOASChangeProcess.self, since: .linux6_13, Commands.ioasChangeProcess)
        add(TestCmd.self, Commands.testCmd)
        return t
    }()

    /// Highest nr the table covers without CONFIG_IOMMUFD_TEST (Linux 6.12
    /// ends at FAULT_QUEUE_ALLOC); beyond it (and below 0x80) requests go to
    /// the VFIO compatibility handler.
    static let lastNR: UInt = 0x8e
    /// The same from 6.13, whose table reaches CHANGE_PROCESS (0x90 and 0x91,
    /// VIOMMU_ALLOC and VDEVICE_ALLOC, are not simulated: holes, ENOTTY).
    static let lastNR6_13: UInt = 0x92
    /// With CONFIG_IOMMUFD_TEST the table reaches IOMMU_TEST_CMD, so 0x8f …
    /// 0x9f are holes (ENOTTY after the size is read).
    static let lastNRWithSelftest: UInt = 0xa0

    static func run(_ request: UInt, _ argument: UInt64, _ iommufd: SimIOMMUFD) throws(Errno) -> Int32 {
        let nr = request & 0xff
        // 1. Outside the table: the VFIO container compatibility ioctls
        //    (anything else there → ENOTTY).
        let version = iommufd.core.version
        let last = iommufd.core.selftest ? lastNRWithSelftest : version.hasFileMappings ? lastNR6_13 : lastNR
        guard nr >= base, nr <= last else { return try VFIOCompat.run(request, argument, iommufd) }
        // Fast path (same outcome, one copy instead of two): read the whole
        // struct this kernel knows at once, straight into the command's
        // buffer; where that much is not readable, fall back to the
        // kernel's own order of reads below.
        // A command newer than the release simulated is a hole.
        var spec = table[nr]
        if let since = spec?.since, version < since { spec = nil }
        var buffer = UAPIBuffer(size: max(4, spec?.size ?? 4))
        let readWhole = spec != nil && (try? buffer.copyIn(0..<buffer.bytes.count, from: argument)) != nil
        // 2. The size comes first, even before the exact-number check.
        if !readWhole { try buffer.copyIn(0..<4, from: argument) }
        let size = Int(buffer.uint32(at: 0))
        // 3. A hole, or the right nr with other bits → ENOTTY.
        guard let spec, spec.number == request else { throw .ENOTTY }
        // 4. Too short for the fields the command was introduced with.
        guard size >= spec.minSize else { throw .EINVAL }
        // 5. Extensible struct copy: zero-fill a shorter struct; a longer one
        //    must be zero beyond what this kernel knows.
        let known = min(size, spec.size)
        if !readWhole { try buffer.copyIn(0..<known, from: argument) }
        // What lies past the caller's struct is not part of it (and a failed
        // whole read may have left bytes there).
        buffer.zero(from: known)
        if size > spec.size {
            let extra = try UserMemory.read(argument + UInt64(spec.size), count: size - spec.size)
            guard extra.allSatisfy({ $0 == 0 }) else { throw .E2BIG }
        }
        // 6. Run; copy back what the command responds with, truncated to what
        //    the caller has.
        let outcome = try spec.handler(&buffer, iommufd)
        let written: Range<Int>
        switch outcome.copyOut {
        case .nothing: written = 0..<0
        case .wholeStruct: written = 0..<known
        case .bytes(let range): written = range.clamped(to: 0..<known)
        }
        do throws(Errno) {
            try buffer.copyOut(written, to: argument)
        } catch {
            outcome.undo?()
            throw error
        }
        if let error = outcome.errorAfterCopyOut { throw error }
        return outcome.value
    }
}
