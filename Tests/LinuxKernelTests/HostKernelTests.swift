#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Synchronization
import Testing

/// A system-call table that records what it is asked and answers from a
/// script: how the host path is tested without /dev/iommu.
final class ScriptedSyscalls: Sendable {
    struct Call: Equatable, Sendable {
        var fd: Int32
        var request: UInt
        var bytes: [UInt8]
    }

    let calls = Mutex<[Call]>([])
    let closes = Mutex<[Int32]>([])
    /// errno to fail the next ioctls with (consumed in order); empty: succeed.
    let failures = Mutex<[Int32]>([])
    /// Runs on a successful ioctl to fill in outputs.
    let respond: @Sendable (UInt, UnsafeMutableRawPointer?) -> Void

    init(respond: @escaping @Sendable (UInt, UnsafeMutableRawPointer?) -> Void = { _, _ in }) {
        self.respond = respond
    }

    var table: SystemCalls {
        SystemCalls(
            open: { path, _ in
                if path == "/dev/iommu" { return 42 }
                errno = ENOENT
                return -1
            },
            close: { fd in
                self.closes.withLock { $0.append(fd) }
                return 0
            },
            ioctl: { fd, request, argument in
                let size = argument.map { Int($0.load(as: UInt32.self)) } ?? 0
                let bytes = argument.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) } ?? []
                self.calls.withLock { $0.append(Call(fd: fd, request: request, bytes: bytes)) }
                if let e = self.failures.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) {
                    errno = e
                    return -1
                }
                self.respond(request, argument)
                return 0
            })
    }
}

@Suite struct HostKernelTests {
    @Test func typedRequestSendsTheUAPIStructAndReadsTheOutput() throws {
        let script = ScriptedSyscalls { request, argument in
            if request == IOASAlloc.number {
                argument?.storeBytes(of: UInt32(7), toByteOffset: 8, as: UInt32.self)  // out_ioas_id
            }
        }
        let iommufd = try IOMMUFD(kernel: HostKernel(syscalls: script.table))
        var alloc = IOASAlloc()
        try iommufd.perform(&alloc)
        #expect(alloc.ioas == IOASID(rawValue: 7))
        let call = script.calls.withLock { $0.first }
        #expect(call?.fd == 42)
        #expect(call?.request == 0x3b81)
        #expect(call?.bytes == [12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])  // size 12, flags 0, out 0
    }

    @Test func mapSendsEveryFieldInUAPIOrder() throws {
        let script = ScriptedSyscalls()
        let iommufd = try IOMMUFD(kernel: HostKernel(syscalls: script.table))
        var map = IOASMap(ioas: IOASID(rawValue: 3), flags: [.fixedIOVA, .readable, .writeable],
                          userVA: 0x7f00_0000_1000, length: 0x2000, iova: 0x10_0000)
        try iommufd.perform(&map)
        let bytes = script.calls.withLock { $0.first?.bytes } ?? []
        func u32(_ o: Int) -> UInt32 { bytes.count >= o + 4 ? bytes[o..<o + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) } : 0 }
        func u64(_ o: Int) -> UInt64 { bytes.count >= o + 8 ? bytes[o..<o + 8].reversed().reduce(0) { $0 << 8 | UInt64($1) } : 0 }
        #expect(bytes.count == 40)
        #expect(u32(0) == 40)
        #expect(u32(4) == 7)  // FIXED_IOVA | WRITEABLE | READABLE
        #expect(u32(8) == 3)
        #expect(u32(12) == 0)
        #expect(u64(16) == 0x7f00_0000_1000)
        #expect(u64(24) == 0x2000)
        #expect(u64(32) == 0x10_0000)
    }

    @Test func errnoIsReportedWithTheIoctlName() throws {
        let script = ScriptedSyscalls()
        script.failures.withLock { $0 = [EOPNOTSUPP] }
        let iommufd = try IOMMUFD(kernel: HostKernel(syscalls: script.table))
        var alloc = IOASAlloc()
        #expect {
            try iommufd.perform(&alloc)
        } throws: { error in
            (error as? KernelError) == KernelError("IOMMU_IOAS_ALLOC", .EOPNOTSUPP)
                && "\(error)" == "IOMMU_IOAS_ALLOC failed: EOPNOTSUPP (Operation not supported)"
        }
    }

    @Test func interruptedIoctlsAreRetried() throws {
        let script = ScriptedSyscalls()
        script.failures.withLock { $0 = [EINTR, EINTR] }
        let iommufd = try IOMMUFD(kernel: HostKernel(syscalls: script.table))
        var destroy = Destroy(ObjectID(rawValue: 1))
        try iommufd.perform(&destroy)
        #expect(script.calls.withLock { $0.count } == 3)
    }

    @Test func openFailureNamesThePathAndErrno() {
        let script = ScriptedSyscalls()
        #expect {
            _ = try IOMMUFD(kernel: HostKernel(syscalls: script.table), path: "/dev/nope")
        } throws: { error in
            "\(error)" == "open /dev/nope failed: ENOENT (No such file or directory)"
        }
    }

    @Test func theDescriptorIsClosedExactlyOnce() throws {
        let script = ScriptedSyscalls()
        do {
            let iommufd = try IOMMUFD(kernel: HostKernel(syscalls: script.table))
            iommufd.close()
        }
        do {
            _ = try IOMMUFD(kernel: HostKernel(syscalls: script.table))
        }
        #expect(script.closes.withLock { $0 } == [42, 42])
    }

    @Test func thisMachineHasNoIOMMUFD() throws {
        // The real host path: without /dev/iommu the open fails clearly.
        guard access("/dev/iommu", F_OK) != 0 else { return }
        #expect {
            _ = try IOMMUFD(kernel: HostKernel())
        } throws: { error in
            (error as? KernelError)?.errno == .ENOENT
        }
    }
}
