/// fuzz-qmp-session: a whole QMP connection — the bytes a client sends on one
/// socket, `qmp_capabilities` included, into a ``QMPSession`` whose
/// dispatcher runs every command of the daemon's table on a fresh simulated
/// kernel (``SimulatedKernel`` with the default host, its `sim` commands
/// plugged in), as `iommud --kernel sim` serves a client. Replies are
/// discarded.
///
/// Each input gets a new kernel, object tree and session, and the trace
/// state is switched back off afterwards, so no run depends on the ones
/// before it. The system calls that take a path (open, stat, sockets,
/// rename, unlink, …) fail with EACCES: a `memory-backend-file` or a
/// vfio-user export must not reach the machine's files. Memory backends on
/// memfd, the simulated kernel's ioctls and everything else are real.
/// Descriptors are never passed (no SCM_RIGHTS).
///
/// A crash means a client could bring the daemon down with what it sends
/// (a trap in a handler, the session or the parser, or a bad access ASan
/// caught); a leak, that a connection leaves memory behind. A session that
/// leaves a descriptor open once its kernel, tree and session are gone
/// stops the run too (reliability.md, finding 6): the daemon would run out
/// of descriptors after enough such clients.
#if canImport(Glibc)
import Glibc
#endif
import IOMMUDBackend
import IOMMUDSimulation
import LinuxKernel
import Posix
import QMP
import SimulatedKernel
import Tracing

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQMPSession(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let before = openDescriptors()
    runSession(UnsafeRawBufferPointer(start: data, count: size))
    let after = openDescriptors()
    if after != before {
        let left = after.subtracting(before).sorted().map { "\($0) → \(descriptorTarget($0))" }
        let report = "fuzz-qmp-session: descriptors left open after the session: \(left)\n"
        _ = report.withCString { write(2, $0, strlen($0)) }
        abort()
    }
    return 0
}

/// One connection's bytes through a fresh kernel, tree and session, all
/// released on return.
private func runSession(_ bytes: UnsafeRawBufferPointer) {
    let simulated = SimulatedKernel()
    let dispatcher = DaemonCommands.dispatcher(
        kernel: PathlessKernel(simulated), simulation: DaemonCommands.simulation(for: simulated), onQuit: {})
    let session = QMPSession(dispatcher: dispatcher)
    var output: [UInt8] = []
    var input = bytes
    while !input.isEmpty {
        let consumed = session.receive(input, into: &output)
        output.removeAll(keepingCapacity: true)
        // A full in-band queue behind x-oob-test's hold: the connection
        // reads nothing more until an out-of-band request releases it.
        if consumed == 0 { break }
        input = UnsafeRawBufferPointer(rebasing: input[consumed...])
    }
    session.reset()
    for name in traceEvents where TraceEvents.isEnabled(name) {
        try? TraceEvents.setState(name, enabled: false)
    }
}

/// The numbers in /proc/self/fd (the directory's own descriptor excluded).
private func openDescriptors() -> Set<Int32> {
    guard let directory = opendir("/proc/self/fd") else { return [] }
    defer { closedir(directory) }
    let own = dirfd(directory)
    var numbers: Set<Int32> = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if let number = Int32(name), number != own { numbers.insert(number) }
    }
    return numbers
}

/// What a descriptor refers to, for the report.
private func descriptorTarget(_ fd: Int32) -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    let count = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
    guard count > 0 else { return "?" }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// Every trace event's name (`trace-event-set-state` may turn any on).
private let traceEvents: [String] = ((try? TraceEvents.getState("*")) ?? []).map(\.name)

/// The simulated kernel with the system calls that name a path refused.
private struct PathlessKernel: Kernel {
    let simulated: SimulatedKernel
    let systemCalls: SystemCalls

    init(_ simulated: SimulatedKernel) {
        self.simulated = simulated
        var calls = simulated.systemCalls
        calls.open = { _, _ in refused() }
        calls.stat = { _, _ in refused() }
        calls.lstat = { _, _ in refused() }
        calls.readlink = { _, _, _ in Int(refused()) }
        calls.opendir = { _ in
            errno = Errno.EACCES.rawValue
            return nil
        }
        calls.unixSocket = { _ in refused() }
        calls.bindUnix = { _, _ in refused() }
        calls.connectUnix = { _, _ in refused() }
        calls.chmod = { _, _ in refused() }
        calls.chgrp = { _, _ in refused() }
        calls.rename = { _, _ in refused() }
        calls.unlink = { _ in refused() }
        systemCalls = calls
    }

    var name: String { simulated.name }
    func open(_ path: String, flags: Int32) -> Result<Int32, Errno> { simulated.open(path, flags: flags) }
    func close(_ fd: Int32) -> Result<Void, Errno> { simulated.close(fd) }
    func ioctl(_ fd: Int32, _ request: UInt, _ argument: UnsafeMutableRawPointer?) -> Result<Int32, Errno> {
        simulated.ioctl(fd, request, argument)
    }
    func ioctl(_ fd: Int32, _ request: UInt, ownStruct: UnsafeMutableRawBufferPointer) -> Result<Int32, Errno> {
        simulated.ioctl(fd, request, ownStruct: ownStruct)
    }
    func adoptIOMMUFD(_ fd: Int32) -> Result<Void, Errno> { simulated.adoptIOMMUFD(fd) }
    func disown(_ fd: Int32) { simulated.disown(fd) }
    func adoptVFIODevice(_ fd: Int32) -> Result<Void, Errno> { simulated.adoptVFIODevice(fd) }
    func vfioHostDevices() -> Result<[VFIOHostDevice], Errno> { simulated.vfioHostDevices() }
    func type1DomainCount(container: Int32) -> Int? { simulated.type1DomainCount(container: container) }
    var memlockLimit: UInt64? { simulated.memlockLimit }
    func readRegion(_ fd: Int32, count: Int, at offset: UInt64) -> Result<[UInt8], Errno> {
        simulated.readRegion(fd, count: count, at: offset)
    }
    func writeRegion(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64) -> Result<Int, Errno> {
        simulated.writeRegion(fd, bytes, at: offset)
    }
}

/// A refused system call: −1 with errno EACCES.
@Sendable private func refused() -> Int32 {
    errno = Errno.EACCES.rawValue
    return -1
}
