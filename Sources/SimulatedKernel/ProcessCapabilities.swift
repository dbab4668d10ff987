#if canImport(Glibc)
import Glibc
#endif

/// The calling thread's effective capabilities, for the kernel's
/// `capable(CAP_…)` checks. Read from `/proc/thread-self/status` (the
/// `CapEff:` line), so a test that drops a capability sees the simulated
/// kernel refuse exactly as the real one would.
enum ProcessCapabilities {
    /// `CAP_IPC_LOCK`: pinned pages are not charged to RLIMIT_MEMLOCK.
    static let ipcLock = 14
    /// `CAP_SYS_RESOURCE`: needed for IOMMU_OPTION RLIMIT_MODE SET.
    static let sysResource = 24

    /// Whether the calling thread has capability number `capability` in its
    /// effective set. Unreadable status → false.
    static func has(_ capability: Int) -> Bool {
        guard let mask = effectiveMask() else { return false }
        return mask & (1 << UInt64(capability)) != 0
    }

    private static func effectiveMask() -> UInt64? {
        var fd = Glibc.open("/proc/thread-self/status", O_RDONLY | O_CLOEXEC)
        if fd < 0 { fd = Glibc.open("/proc/self/status", O_RDONLY | O_CLOEXEC) }
        guard fd >= 0 else { return nil }
        defer { Glibc.close(fd) }
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            text.append(contentsOf: chunk[0..<n])
        }
        for line in text.split(separator: UInt8(ascii: "\n")) {
            let prefix = Array("CapEff:".utf8)
            guard line.starts(with: prefix) else { continue }
            let hex = line.dropFirst(prefix.count).filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            return UInt64(String(decoding: hex, as: UTF8.self), radix: 16)
        }
        return nil
    }
}
