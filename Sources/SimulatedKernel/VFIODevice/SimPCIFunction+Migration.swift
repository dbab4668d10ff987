#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import CPosix
import LinuxKernel
import Posix

/// VFIO_DEVICE_FEATURE on a simulated function, as vfio's core answers it:
/// migration (for a device the topology marks `migration`: STOP_COPY only,
/// no PRE_COPY or P2P) with BAR0's contents as the device state; any other
/// feature → ENOTTY, as vfio-pci answers for a device without a variant
/// driver.
extension SimPCIFunction {
    /// `enum vfio_device_mig_state`'s values used here.
    enum MigrationState: UInt32 {
        case error = 0, stop = 1, running = 2, stopCopy = 3, resuming = 4
    }

    /// Reads the 8-byte head (EFAULT); `argsz` below 8, unknown flags, or
    /// GET and SET together without PROBE → EINVAL; then the feature.
    func feature(_ argument: UInt64) throws(Errno) -> Int32 {
        let head = try UserMemory.read(argument, count: 8)
        let argsz = head.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
        let flags = head.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4, as: UInt32.self) }
        let get = UInt32(VFIO_DEVICE_FEATURE_GET), set = UInt32(VFIO_DEVICE_FEATURE_SET)
        let probe = UInt32(VFIO_DEVICE_FEATURE_PROBE)
        guard argsz >= 8, flags & ~(0xffff | get | set | probe) == 0 else { throw .EINVAL }
        guard flags & probe != 0 || flags & (get | set) != (get | set) else { throw .EINVAL }
        let index = flags & 0xffff
        guard index == UInt32(VFIO_DEVICE_FEATURE_MIGRATION) || index == UInt32(VFIO_DEVICE_FEATURE_MIG_DEVICE_STATE),
            device.migration
        else { throw .ENOTTY }
        let supported = index == UInt32(VFIO_DEVICE_FEATURE_MIGRATION) ? get : get | set
        // vfio_check_feature: a probe of an unsupported method → EINVAL.
        if flags & probe != 0 {
            guard flags & (get | set) & ~supported == 0 else { throw .EINVAL }
            return 0
        }
        guard flags & (get | set) & ~supported == 0, flags & (get | set) != 0, argsz >= 16 else { throw .EINVAL }
        if index == UInt32(VFIO_DEVICE_FEATURE_MIGRATION) {
            try UserMemory.store(UInt64(VFIO_MIGRATION_STOP_COPY), at: argument + 8)
            return 0
        }
        if flags & get != 0 {
            try UserMemory.store(migrationState.rawValue, at: argument + 8)
            try UserMemory.store(Int32(-1), at: argument + 12)
            return 0
        }
        let raw = try UserMemory.load(argument + 8, as: UInt32.self)
        guard let target = MigrationState(rawValue: raw), target != .error else { throw .EINVAL }
        let fd = try migrate(to: target)
        try UserMemory.store(fd, at: argument + 12)
        return 0
    }

    /// Moves along the FSM's arcs to `target` (through STOP when no arc
    /// leads there directly); the data descriptor of the saving or
    /// resuming state reached, else −1.
    private func migrate(to target: MigrationState) throws(Errno) -> Int32 {
        while migrationState != target {
            let next: MigrationState
            switch (migrationState, target) {
            case (.running, _), (.stopCopy, _), (.resuming, _): next = .stop
            case (.stop, let t): next = t
            default: throw .EINVAL
            }
            try arc(to: next)
        }
        switch target {
        case .stopCopy: return try savedState()
        case .resuming: return try resumeDescriptor()
        default: return -1
        }
    }

    /// One arc: leaving RESUMING loads what was written (exactly BAR0's
    /// size, else EINVAL and the device stays resuming).
    private func arc(to next: MigrationState) throws(Errno) {
        if migrationState == .resuming, let data = resumeData {
            var status = stat()
            guard Glibc.fstat(data, &status) == 0, UInt64(status.st_size) == Self.bar0Size else { throw .EINVAL }
            var bytes = [UInt8](repeating: 0, count: Int(Self.bar0Size))
            guard bytes.withUnsafeMutableBytes({ Glibc.pread(data, $0.baseAddress, $0.count, 0) }) == Int(Self.bar0Size) else {
                throw .EIO
            }
            _ = bytes.withUnsafeBytes { Glibc.pwrite(memory, $0.baseAddress, $0.count, 0) }
            Glibc.close(data)
            resumeData = nil
        }
        migrationState = next
    }

    /// STOP_COPY's descriptor: reads BAR0's contents, then end of file.
    private func savedState() throws(Errno) -> Int32 {
        let copy = iommud_memfd_create("iommud-sim-migration", IOMMUD_MFD_CLOEXEC)
        guard copy >= 0 else { throw .current }
        defer { Glibc.close(copy) }
        var bytes = [UInt8](repeating: 0, count: Int(Self.bar0Size))
        _ = bytes.withUnsafeMutableBytes { Glibc.pread(memory, $0.baseAddress, $0.count, 0) }
        guard bytes.withUnsafeBytes({ Glibc.pwrite(copy, $0.baseAddress, $0.count, 0) }) == bytes.count else { throw .current }
        let reader = Glibc.open("/proc/self/fd/\(copy)", O_RDONLY | O_CLOEXEC)
        guard reader >= 0 else { throw .current }
        return reader
    }

    /// RESUMING's descriptor: takes the state written to it.
    private func resumeDescriptor() throws(Errno) -> Int32 {
        let data = iommud_memfd_create("iommud-sim-resume", IOMMUD_MFD_CLOEXEC)
        guard data >= 0 else { throw .current }
        let writer = Glibc.open("/proc/self/fd/\(data)", O_WRONLY | O_CLOEXEC)
        guard writer >= 0 else {
            let e = Errno.current
            Glibc.close(data)
            throw e
        }
        resumeData = data
        return writer
    }
}
