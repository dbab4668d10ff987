#if canImport(Glibc)
import Glibc
#endif
import CPosix
import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import QMPAPI
import StateJournal

/// Memory iommud can map for DMA: QEMU's `memory-backend-memfd` and
/// `memory-backend-file`. The memory is mapped into the daemon at creation;
/// DMA mappings refer to a backend and an offset, never to a raw address from
/// the client.
final class MemoryBackendObject: BackendObject {
    enum Kind {
        case memfd(hugetlb: Bool, hugetlbsize: UInt64, seal: Bool)
        case file(path: String, readonly: Bool)
        /// A window of memory a vfio-user client passed to an exported
        /// device (never at /objects: the export owns it).
        case vfioUserWindow(device: String, offset: UInt64, writable: Bool)
    }

    private let kind: Kind
    let size: UInt64
    let share: Bool
    let prealloc: Bool
    /// The descriptor and mapping, released at ``finalize()`` or when the
    /// last reference goes.
    private let memory: BackendMemory
    /// The descriptor behind the memory.
    var fd: Int32 { memory.fd }
    /// Where the memory is mapped in the daemon.
    let address: UnsafeMutableRawPointer
    /// DMA mappings that use this memory; deletion is refused while any exist.
    var mappings = 0

    override var typeName: String {
        switch kind {
        case .memfd: return "memory-backend-memfd"
        case .file: return "memory-backend-file"
        case .vfioUserWindow: return "vfio-user-dma-window"
        }
    }

    private init(id: String, kind: Kind, size: UInt64, share: Bool, prealloc: Bool, memory: BackendMemory,
                 address: UnsafeMutableRawPointer) {
        memory.mapped(at: address, length: Int(size))
        self.memory = memory
        self.kind = kind
        self.size = size
        self.share = share
        self.prealloc = prealloc
        self.address = address
        super.init(id: id)
    }

    static var pageSize: UInt64 { UInt64(sysconf(Int32(_SC_PAGESIZE))) }

    /// A system call's failure (the one mapping, ``Errno/qmp(_:)``).
    private static func failure(_ what: String, _ e: Errno) -> QMPError { e.qmp(what) }

    /// The name a shared memfd backend's descriptor is kept under in
    /// systemd's fd store.
    static func storedName(_ id: String) -> String { "memfd.\(id)" }

    /// Creates a memfd-backed region of `size` bytes. With systemd's fd
    /// store (`state`), a shared one is kept there, and one the store passed
    /// back at this start under the same id is taken over instead of made
    /// anew when its size and seals match: guest memory outlives a crash.
    static func memfd(id: String, _ p: MemoryBackendMemfdProperties, system: SystemCalls.Typed, state: ChangeJournal?,
                      in transaction: Transaction) throws(QMPError) -> MemoryBackendObject
    {
        let hugetlb = p.hugetlb ?? false
        let hugetlbsize = p.hugetlbsize ?? 0
        let seal = p.seal ?? true
        try checkSize(p.size, type: "memory-backend-memfd", page: hugetlb && hugetlbsize > 0 ? hugetlbsize : pageSize)
        var flags = IOMMUD_MFD_CLOEXEC | (seal ? IOMMUD_MFD_ALLOW_SEALING : 0)
        if hugetlb {
            flags |= IOMMUD_MFD_HUGETLB
            if hugetlbsize > 0 {
                guard hugetlbsize.nonzeroBitCount == 1 else {
                    throw .invalidArgument("Parameter 'hugetlbsize' expects a power of two")
                }
                flags |= UInt32(hugetlbsize.trailingZeroBitCount) << UInt32(IOMMUD_MFD_HUGE_SHIFT)
            }
        }
        let share = p.share ?? true
        let kind = Kind.memfd(hugetlb: hugetlb, hugetlbsize: hugetlbsize, seal: seal)
        // Private memory is the daemon's own copy: nothing to keep.
        let keeper = share ? state.flatMap { state in state.descriptors.map { (state, $0) } } : nil
        let name = storedName(id)
        if let (state, store) = keeper, let kept = store.take(name) {
            let memory = BackendMemory(taking: kept, system: system)
            releaseOnFailure(memory, in: transaction)
            if let mismatch = mismatch(of: kept, size: p.size, seal: seal, system: system) {
                state.log("warning: fd store: '\(name)' is refused (\(mismatch)): '\(id)' gets new memory")
                memory.release()
                do throws(JournalError) {
                    try store.forget(name)
                } catch {
                    throw error.qmp("the fd store could not be updated")
                }
            } else {
                state.log("fd store: '\(id)' takes over its memory (\(p.size) bytes) from the fd store")
                return try map(id: id, kind: kind, size: p.size, share: share, prealloc: p.prealloc ?? false,
                               memory: memory, writable: true, system: system)
            }
        }
        let memory: BackendMemory
        switch system.memfdCreate("iommud:\(id)", flags: flags) {
        case .success(let created): memory = BackendMemory(taking: created, system: system)
        case .failure(let e): throw failure("failed to create memfd", e)
        }
        releaseOnFailure(memory, in: transaction)
        let fd = memory.fd
        if case .failure(let e) = system.ftruncate(fd, to: p.size) {
            throw failure("failed to size memfd to \(p.size) bytes", e)
        }
        if seal, case .failure(let e) = system.fcntl(fd, IOMMUD_F_ADD_SEALS, IOMMUD_SEALS_FIXED_SIZE) {
            throw failure("failed to seal memfd", e)
        }
        let object = try map(id: id, kind: kind, size: p.size, share: share, prealloc: p.prealloc ?? false, memory: memory,
                             writable: true, system: system)
        if let (_, store) = keeper { try store.keep(fd, name: name, in: transaction) }
        return object
    }

    /// The fd store this backend's descriptor is kept in, if it is (a
    /// shared memfd backend of a daemon with one).
    func keptIn(_ state: ChangeJournal?) -> DescriptorStore? {
        guard case .memfd = kind, share else { return nil }
        return state?.descriptors
    }

    /// Why a descriptor the fd store passed back cannot be this backend's
    /// memory (nil when it can): not a regular file, another size, other seals.
    private static func mismatch(of fd: Int32, size: UInt64, seal: Bool, system: SystemCalls.Typed) -> String? {
        switch system.fstat(fd) {
        case .success(let st) where st.st_mode & S_IFMT != S_IFREG: return "not a memfd"
        case .success(let st) where UInt64(st.st_size) != size: return "\(st.st_size) bytes, not \(size)"
        case .success: break
        case .failure(let e): return "fstat: \(e)"
        }
        switch system.fcntl(fd, IOMMUD_F_GET_SEALS) {
        case .success(let seals) where seal && seals & IOMMUD_SEALS_FIXED_SIZE != IOMMUD_SEALS_FIXED_SIZE:
            return "not sealed at its size"
        case .success(let seals) where !seal && seals & IOMMUD_SEALS_FIXED_SIZE != 0:
            return "sealed, and seal=false was asked for"
        case .success: return nil
        case .failure(let e): return "F_GET_SEALS: \(e)"
        }
    }

    /// Maps a regular file (or a descriptor from an fd set, `/dev/fdset/N`),
    /// as QEMU's `memory-backend-file` does: an empty file is sized to
    /// `size`; a non-empty file is never resized, so one smaller than `size`
    /// is refused (its data is the user's); a larger one is mapped from its
    /// start. Nothing on the path may block the event loop: the file is
    /// opened with O_NONBLOCK (a FIFO or a device would otherwise wait in
    /// `open`) and anything but a regular file is refused.
    static func file(id: String, _ p: MemoryBackendFileProperties, fdSets: FDSetLookup, system: SystemCalls.Typed,
                     in transaction: Transaction) throws(QMPError) -> MemoryBackendObject
    {
        try checkSize(p.size, type: "memory-backend-file", page: pageSize)
        guard !p.memPath.utf8.contains(0) else {
            throw .invalidArgument("Parameter 'mem-path' must not contain a NUL character")
        }
        let readonly = p.readonly ?? false
        let fd: Int32
        if p.memPath.hasPrefix("/dev/fdset/") {
            guard let set = Int64(p.memPath.dropFirst("/dev/fdset/".count)) else {
                throw .generic("Could not open '\(p.memPath)': \(Errno.ENOENT)")
            }
            switch fdSets.duplicate(set: set, readonly: readonly, system: system) {
            case .success(let dup)?: fd = dup
            case .failure(let e)?: throw failure("Could not open '\(p.memPath)'", e)
            case nil:
                throw .generic("Could not open '\(p.memPath)': \(Errno.EACCES): no descriptor with a matching access mode in fd set \(set)")
            }
        } else {
            switch system.open(p.memPath, flags: (readonly ? O_RDONLY : O_RDWR) | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) {
            case .success(let opened): fd = opened
            case .failure(let e): throw failure("Could not open '\(p.memPath)'", e)
            }
        }
        let memory = BackendMemory(taking: fd, system: system)
        releaseOnFailure(memory, in: transaction)
        let st: stat
        switch system.fstat(fd) {
        case .success(let status): st = status
        case .failure(let e):
            throw failure("Could not stat '\(p.memPath)'", e)
        }
        guard st.st_mode & S_IFMT == S_IFREG else {
            throw .generic("'\(p.memPath)' is not a regular file")
        }
        let fileSize = UInt64(st.st_size)
        if fileSize == 0 && !readonly {
            if case .failure(let e) = system.ftruncate(fd, to: p.size) {
                throw failure("failed to size '\(p.memPath)' to \(p.size) bytes", e)
            }
            // The file was empty: a later failure leaves it empty again.
            transaction.onFailure("empty '\(p.memPath)' again") { () throws(KernelError) in
                if case .failure(let e) = system.ftruncate(memory.fd, to: 0) {
                    throw KernelError("ftruncate '\(p.memPath)'", e)
                }
            }
        } else if fileSize < p.size {
            throw .generic(
                "backing store size 0x\(String(fileSize, radix: 16)) does not match 'size' option 0x\(String(p.size, radix: 16))")
        }
        return try map(id: id, kind: .file(path: p.memPath, readonly: readonly), size: p.size,
                       share: p.share ?? false, prealloc: p.prealloc ?? false, memory: memory, writable: !readonly,
                       system: system)
    }

    /// Maps `[offset, offset+size)` of `fd`, a descriptor a vfio-user client
    /// passed with `VFIO_USER_DMA_MAP`, shared, so the device's DMA lands in
    /// the client's memory. The object owns `fd` once made; until then the
    /// caller does.
    static func vfioUserWindow(device: String, fd: Int32, offset: UInt64, size: UInt64, writable: Bool,
                               system: SystemCalls.Typed) throws(QMPError) -> MemoryBackendObject
    {
        guard size <= UInt64(Int.max) else { throw failure("failed to map \(size) bytes", .ENOMEM) }
        let prot = PROT_READ | (writable ? PROT_WRITE : 0)
        switch system.mmap(length: Int(size), protection: prot, flags: MAP_SHARED, fd: fd, offset: offset) {
        case .success(let address):
            return MemoryBackendObject(
                id: "\(device)@0x\(String(offset, radix: 16))", kind: .vfioUserWindow(device: device, offset: offset, writable: writable),
                size: size, share: true, prealloc: false, memory: BackendMemory(taking: fd, system: system),
                address: address)
        case .failure(let e):
            throw failure("cannot map the client's memory (offset 0x\(String(offset, radix: 16)), 0x\(String(size, radix: 16)) bytes)", e)
        }
    }

    /// Registers the release of memory just made, for when the command
    /// fails later (even after the backend was made: the backend shares it).
    private static func releaseOnFailure(_ memory: BackendMemory, in transaction: Transaction) {
        transaction.onFailure("close descriptor \(memory.fd)") { () throws(KernelError) in memory.release() }
    }

    private static func checkSize(_ size: UInt64, type: String, page: UInt64) throws(QMPError) {
        guard size > 0 else { throw .invalidArgument("Parameter 'size' expects a non-zero size") }
        guard size % page == 0 else {
            throw .invalidArgument("Parameter 'size' expects a multiple of the page size (\(page))")
        }
    }

    private static func map(
        id: String, kind: Kind, size: UInt64, share: Bool, prealloc: Bool, memory: BackendMemory, writable: Bool,
        system: SystemCalls.Typed
    ) throws(QMPError) -> MemoryBackendObject {
        let prot = PROT_READ | (writable ? PROT_WRITE : 0)
        let flags = (share ? MAP_SHARED : MAP_PRIVATE) | (prealloc ? MAP_POPULATE : 0)
        guard size <= UInt64(Int.max) else {
            throw failure("failed to map \(size) bytes", .ENOMEM)
        }
        // Touching more than the host has free would bring the OOM killer,
        // which picks the largest process: the daemon holding every VM's DMA.
        if prealloc {
            switch Self.availableMemory(system) {
            case .success(let available?) where size > available:
                throw Errno.ENOMEM.qmp(
                    "cannot preallocate \(size) bytes: the host has \(available) bytes of memory available (MemAvailable)")
            case .success:
                break
            case .failure(let e):
                throw failure("cannot preallocate \(size) bytes: /proc/meminfo, which says how much memory is available, cannot be read", e)
            }
        }
        switch system.mmap(length: Int(size), protection: prot, flags: flags, fd: memory.fd) {
        case .success(let address):
            return MemoryBackendObject(id: id, kind: kind, size: size, share: share, prealloc: prealloc, memory: memory,
                                       address: address)
        case .failure(let e):
            throw failure("failed to map \(size) bytes", e)
        }
    }

    /// `MemAvailable` of /proc/meminfo in bytes: nil when the file has no
    /// such line (or an unreadable one), the errno when it cannot be read
    /// (a guard that is skipped silently is no guard).
    static func availableMemory(_ system: SystemCalls.Typed) -> Result<UInt64?, Errno> {
        let bytes: [UInt8]
        switch system.readFile(atPath: "/proc/meminfo", limit: 1 << 16) {
        case .success(let read): bytes = read
        case .failure(let e): return .failure(e.errno)
        }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("MemAvailable:") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, let kib = UInt64(fields[1]) else { return .success(nil) }
            return .success(kib.multipliedReportingOverflow(by: 1024).overflow ? nil : kib * 1024)
        }
        return .success(nil)
    }

    override func value(of property: String) throws(QMPError) -> JSONValue {
        switch (property, kind) {
        case ("size", _): return UInt64(size).qapiJSON
        case ("share", _): return .bool(share)
        case ("prealloc", _): return .bool(prealloc)
        case ("mappings", _): return .int(Int64(mappings))
        case ("hugetlb", .memfd(let h, _, _)): return .bool(h)
        case ("hugetlbsize", .memfd(_, let s, _)): return s.qapiJSON
        case ("seal", .memfd(_, _, let s)): return .bool(s)
        case ("mem-path", .file(let p, _)): return .string(p)
        case ("readonly", .file(_, let r)): return .bool(r)
        default: return try super.value(of: property)
        }
    }

    override var busyReason: String? { mappings > 0 ? "in use" : nil }

    /// Whether DMA may write the memory.
    var isWritable: Bool {
        switch kind {
        case .file(_, let readonly): return !readonly
        case .vfioUserWindow(_, _, let writable): return writable
        case .memfd: return true
        }
    }

    override func finalize() {
        memory.release()
    }
}

/// How memory backends find descriptors in fd sets (`/dev/fdset/N`).
protocol FDSetLookup {
    /// A duplicate of a descriptor of set `set` whose access mode fits; nil
    /// when none fits, the errno when a call failed.
    func duplicate(set: Int64, readonly: Bool, system: SystemCalls.Typed) -> Result<Int32, Errno>?
}
