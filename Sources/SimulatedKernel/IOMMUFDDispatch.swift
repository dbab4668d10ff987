import CLinuxUAPI
import Posix

/// What a command handler returns: the ioctl's value, and how to undo what it
/// created if copying the result back to the caller fails.
struct CommandOutcome {
    var value: Int32 = 0
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
    var handler: @Sendable (inout UAPIBuffer, SimIOMMUFD) throws(Errno) -> CommandOutcome
}

/// The iommufd file's ioctl handler: the generic rules of reference §0.2, then
/// the command.
enum IOMMUFDDispatch {
    static let base: UInt = 0x80

    /// Commands by `nr - 0x80`; `nil` slots are holes (ENOTTY).
    static let table: [UInt: CommandSpec] = {
        var t: [UInt: CommandSpec] = [:]
        func add<T>(_ number: UInt, _ type: T.Type, minSize: Int,
                    _ handler: @escaping @Sendable (inout UAPIBuffer, SimIOMMUFD) throws(Errno) -> CommandOutcome) {
            t[number & 0xff] = CommandSpec(number: number, minSize: minSize, size: MemoryLayout<T>.size, handler: handler)
        }
        add(UInt(IOMMUD_IOMMU_DESTROY), iommu_destroy.self, minSize: 8, Commands.destroy)
        add(UInt(IOMMUD_IOMMU_IOAS_ALLOC), iommu_ioas_alloc.self, minSize: 12, Commands.ioasAlloc)
        return t
    }()

    /// Highest nr the table covers; beyond it (and below 0x80) requests go to
    /// the VFIO compatibility handler.
    static let lastNR: UInt = 0x8e

    static func run(_ request: UInt, _ argument: UInt64, _ iommufd: SimIOMMUFD) throws(Errno) -> Int32 {
        let nr = request & 0xff
        // 1. Outside the table: VFIO compatibility (not simulated yet) → ENOTTY.
        guard nr >= base, nr <= lastNR else { throw .ENOTTY }
        // 2. The size comes first, even before the exact-number check.
        let sizeBytes = try UserMemory.read(argument, count: 4)
        let size = Int(UInt32(sizeBytes[0]) | UInt32(sizeBytes[1]) << 8 | UInt32(sizeBytes[2]) << 16 | UInt32(sizeBytes[3]) << 24)
        // 3. A hole, or the right nr with other bits → ENOTTY.
        guard let spec = table[nr], spec.number == request else { throw .ENOTTY }
        // 4. Too short for the fields the command was introduced with.
        guard size >= spec.minSize else { throw .EINVAL }
        // 5. Extensible struct copy: zero-fill a shorter struct; a longer one
        //    must be zero beyond what this kernel knows.
        var buffer = UAPIBuffer(size: spec.size)
        let known = min(size, spec.size)
        let copied = try UserMemory.read(argument, count: known)
        for i in 0..<known { buffer.bytes[i] = copied[i] }
        if size > spec.size {
            let extra = try UserMemory.read(argument + UInt64(spec.size), count: size - spec.size)
            guard extra.allSatisfy({ $0 == 0 }) else { throw .E2BIG }
        }
        // 6. Run; copy the struct back, truncated to what the caller has.
        let outcome = try spec.handler(&buffer, iommufd)
        do {
            try UserMemory.write(argument, Array(buffer.bytes.prefix(known)))
        } catch {
            outcome.undo?()
            throw error
        }
        return outcome.value
    }
}
