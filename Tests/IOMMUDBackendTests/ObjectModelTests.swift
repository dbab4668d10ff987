#if canImport(Glibc)
import Glibc
#endif
import Dispatch
@testable import IOMMUDBackend
import JSON
import LinuxKernel
import QAPIRuntime
import QMP
import SimulatedKernel
import Testing
import IOMMUDSimulation

/// A negotiated session on a daemon with a fresh simulated kernel.
final class Daemon {
    let kernel: SimulatedKernel
    let session: QMPSession
    let tree: ObjectTree

    /// A daemon on a simulated `host`; with `prelaunch`, its machine is
    /// being built (devices are coldplugged) until x-exit-preconfig.
    init(limits: BackendLimits = BackendLimits(), host: SimulatedHost = .default, prelaunch: Bool = false) {
        kernel = SimulatedKernel(host: host)
        let (dispatcher, tree) = DaemonCommands.simulated(kernel, limits: limits, prelaunch: prelaunch, onQuit: {})
        self.tree = tree
        session = QMPSession(dispatcher: dispatcher)
        _ = session.receive(#"{"execute": "qmp_capabilities"}"#)
    }

    func run(_ command: String, _ arguments: JSONValue = [:]) -> JSONValue {
        run(command, arguments, in: session)
    }

    /// Runs `command` in `session` (another client of this daemon's
    /// dispatcher, e.g. one that has not negotiated yet).
    func run(_ command: String, _ arguments: JSONValue, in session: QMPSession) -> JSONValue {
        Self.run(command, arguments, in: session)
    }

    /// Runs `command` in `session`; its response.
    static func run(_ command: String, _ arguments: JSONValue, in session: QMPSession) -> JSONValue {
        var request = JSONObject()
        request["execute"] = .string(command)
        request["arguments"] = arguments
        let bytes = session.receive(JSONWriter.string(.object(request)))
        return (try? JSONStreamParser.parse(String(decoding: bytes, as: UTF8.self))) ?? nil
    }

    func ok(_ command: String, _ arguments: JSONValue = [:]) -> JSONValue? {
        let r = run(command, arguments)
        #expect(r["error"] == nil, "\(command): \(r)")
        return r["return"]
    }

    func error(_ command: String, _ arguments: JSONValue = [:]) -> String? {
        run(command, arguments)["error"]?["desc"]?.stringValue
    }

    func object<T: BackendObject>(_ id: String, as: T.Type) -> T? {
        try? tree.withState { s in s.object(id).map { ObjectRef($0) } }?.object as? T
    }
}

/// Carries a non-Sendable object out of the tree's lock (tests only).
struct ObjectRef: @unchecked Sendable {
    let object: BackendObject
    init(_ o: BackendObject) { object = o }
}

@Suite struct ObjectModelTests {
    @Test func iommufdObjectLifecycleAndProperties() {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        #expect(d.ok("qom-list", ["path": "/objects"])?.arrayValue?.contains(["name": "iommufd0", "type": "child<iommufd>"]) == true)
        #expect(d.ok("qom-get", ["path": "/objects/iommufd0", "property": "type"]) == "iommufd")
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "users"]) == 0)
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "kernel"]) == "sim")
        #expect(d.ok("qom-get", ["path": "iommufd0", "property": "connected"]) == false)
        #expect(d.error("qom-get", ["path": "iommufd0", "property": "fd"]) == "Property 'iommufd.fd' is not readable")
        #expect(d.error("qom-get", ["path": "iommufd0", "property": "nope"]) == "Property 'iommufd.nope' not found")
        #expect(d.error("qom-set", ["path": "iommufd0", "property": "users", "value": 3]) == "Property 'iommufd.users' is not writable")
        #expect(d.error("qom-set", ["path": "iommufd0", "property": "fd", "value": "x"]) == "cannot change property 'fd' of iommufd after creation")
        #expect(d.ok("object-del", ["id": "iommufd0"]) == [:])
        #expect(d.ok("qom-list", ["path": "/objects"]) == [["name": "type", "type": "string"]])
    }

    /// QEMU's lazy open and refcount, with `users` derived from what is
    /// held: /dev/iommu opens for the first kernel object and closes after
    /// the last; a connect whose object was never made (a failed ioctl) is
    /// undone by its disconnect and counts for nothing.
    @Test func lazyOpenAndRefcountAsQEMU() throws {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "fd0"])
        #expect(d.kernel.openFileCount == 0, "no /dev/iommu until the first user")
        let object = try #require(d.object("fd0", as: IOMMUFDObject.self))
        try d.tree.withState { _ throws(QMPError) in
            do throws(KernelError) { try object.connect() } catch { throw error.qmp }
            object.disconnect()
        }
        #expect(d.kernel.openFileCount == 0, "a connect without an object is undone by its disconnect")
        for _ in 0..<2 { _ = d.ok("iommufd-ioas-alloc", ["iommufd": "fd0"]) }
        #expect(d.kernel.openFileCount == 1)
        #expect(d.ok("qom-get", ["path": "fd0", "property": "users"]) == 2)
        #expect(d.error("object-del", ["id": "fd0"]) == "object 'fd0' is in use, can not be deleted")
        _ = d.ok("iommufd-destroy", ["iommufd": "fd0", "id": 1])
        #expect(d.kernel.openFileCount == 1)
        #expect(d.ok("qom-get", ["path": "fd0", "property": "users"]) == 1)
        _ = d.ok("iommufd-destroy", ["iommufd": "fd0", "id": 2])
        #expect(d.kernel.openFileCount == 0, "the last user closes what iommud opened")
        #expect(d.ok("object-del", ["id": "fd0"]) == [:])
    }

    @Test(arguments: [
        (#"{"qom-type": "iommufd", "id": "1st"}"#, "Parameter 'id' expects an identifier"),
        (#"{"qom-type": "iommufd", "id": "a b"}"#, "Parameter 'id' expects an identifier"),
        (#"{"qom-type": "iommufd", "id": "x", "bogus": 1}"#, "Parameter 'bogus' is unexpected"),
        (#"{"qom-type": "nope", "id": "x"}"#, "Parameter 'qom-type' does not accept value 'nope'"),
        (#"{"qom-type": "memory-backend-memfd", "id": "m"}"#, "Parameter 'size' is missing"),
        (#"{"qom-type": "memory-backend-memfd", "id": "m", "size": 0}"#, "Parameter 'size' expects a non-zero size"),
        (#"{"qom-type": "memory-backend-memfd", "id": "m", "size": 1000}"#, "Parameter 'size' expects a multiple of the page size (4096)"),
        (#"{"qom-type": "iommufd", "id": "x", "fd": "nope"}"#, "Could not parse remote object fd nope:File descriptor named 'nope' has not been found"),
        (#"{"qom-type": "iommufd", "id": "x", "fd": "999"}"#, "Could not parse remote object fd 999:Invalid file descriptor number '999'"),
        (#"{"qom-type": "memory-backend-file", "id": "f", "size": 4096, "mem-path": "/nonexistent/x"}"#, "Could not open '/nonexistent/x': ENOENT (No such file or directory)"),
        (#"{"qom-type": "memory-backend-file", "id": "f", "size": 4096, "mem-path": "/dev/fdset/9"}"#, "Could not open '/dev/fdset/9': EACCES (Permission denied): no descriptor with a matching access mode in fd set 9"),
    ])
    func objectAddErrorsLeaveNothingBehind(arguments: String, desc: String) throws {
        let d = Daemon()
        let args = try JSONStreamParser.parse(arguments)
        #expect(d.error("object-add", args) == desc)
        #expect(d.tree.ids.isEmpty)
    }

    @Test func duplicateIDsAndUnknownObjects() {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "x"])
        #expect(d.error("object-add", ["qom-type": "memory-backend-memfd", "id": "x", "size": 4096])
            == "attempt to add duplicate property 'x' to object (type 'container')")
        #expect(d.error("object-del", ["id": "y"]) == "object 'y' not found")
        let missing = d.run("qom-list", ["path": "/objects/y"])
        #expect(missing["error"]?["class"] == "DeviceNotFound")
        #expect(missing["error"]?["desc"] == "Device '/objects/y' not found")
    }

    @Test func memfdBackendIsRealMemory() throws {
        let d = Daemon()
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 2097152])
        #expect(d.ok("qom-get", ["path": "ram0", "property": "size"]) == 2097152)
        #expect(d.ok("qom-get", ["path": "ram0", "property": "seal"]) == true)
        #expect(d.ok("qom-get", ["path": "ram0", "property": "share"]) == true)
        let ram = try #require(d.object("ram0", as: MemoryBackendObject.self))
        ram.address.storeBytes(of: 0xabcd_ef01, toByteOffset: 2097152 - 8, as: UInt64.self)
        var readBack: UInt64 = 0
        #expect(pread(ram.fd, &readBack, 8, off_t(2097152 - 8)) == 8, "shared memory is visible through the memfd")
        #expect(readBack == 0xabcd_ef01)
        try d.tree.withState { _ in ram.mappings = 1 }
        #expect(d.error("object-del", ["id": "ram0"]) == "object 'ram0' is in use, can not be deleted")
        try d.tree.withState { _ in ram.mappings = 0 }
        #expect(d.ok("object-del", ["id": "ram0"]) == [:])
    }

    /// Fuzz finding 6: a tree that went (a test's, a fuzz run's) kept its
    /// memory backends' memfds and mappings. The names are this test's own,
    /// so tests running beside it cannot confuse the count.
    @Test func memoryBackendsAreReleasedWithTheirObjectOrTheirTree() throws {
        var d: Daemon? = Daemon()
        _ = d?.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "finding6-kept", "size": 2097152])
        _ = d?.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "finding6-deleted", "size": 2097152])
        #expect(held("/memfd:iommud:finding6-kept").count == 2, "a descriptor and a mapping")
        _ = d?.ok("object-del", ["id": "finding6-deleted"])
        #expect(held("/memfd:iommud:finding6-deleted") == [])
        #expect(held("/memfd:iommud:finding6-kept").count == 2)
        d = nil
        #expect(held("/memfd:iommud:finding6-kept") == [])
    }

    @Test func fileBackendFromAPathAndFromAnFdSet() throws {
        let d = Daemon()
        var template = Array("/tmp/iommud-mem-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        let path = String(cString: template)
        defer { unlink(path); close(fd) }
        _ = d.ok("object-add", ["qom-type": "memory-backend-file", "id": "file0", "size": 8192, "mem-path": .string(path)])
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_size == 8192, "a short file grows to the size")
        #expect(d.ok("qom-get", ["path": "file0", "property": "mem-path"]) == .string(path))

        // The same file through an fd set, as QEMU's /dev/fdset/N.
        d.session.receiveDescriptors([dup(fd)])
        let added = d.ok("add-fd", ["fdset-id": 3])
        #expect(added?["fdset-id"] == 3)
        _ = d.ok("object-add", ["qom-type": "memory-backend-file", "id": "file1", "size": 4096, "mem-path": "/dev/fdset/3"])
        #expect(d.error("object-add", ["qom-type": "memory-backend-file", "id": "file2", "size": 4096, "mem-path": "/dev/fdset/3", "readonly": true])
            == "Could not open '/dev/fdset/3': EACCES (Permission denied): no descriptor with a matching access mode in fd set 3")
    }

    /// A size no memory can have is an error with its errno, never a trap:
    /// 2^63 and more did not fit `off_t` (the conversion trapped and the
    /// daemon died); 2^62 is sized but cannot be mapped.
    @Test(arguments: [UInt64(1) << 63, UInt64.max - 4095, UInt64(1) << 62])
    func impossibleBackendSizesAreRefused(size: UInt64) {
        let d = Daemon()
        let r = d.run("object-add", ["qom-type": "memory-backend-memfd", "id": "m", "size": .uint(size)])
        #expect(r["error"]?["class"] == "GenericError")
        #expect(r["error"]?["errno"] != nil, "\(r)")
        #expect(d.tree.ids.isEmpty)
    }

    /// Preallocating more than the host has available is refused before a
    /// page is touched (MAP_POPULATE of 1 TiB would bring the OOM killer,
    /// which picks the daemon); a small preallocation works.
    @Test func preallocationBeyondAvailableMemoryIsRefused() throws {
        let d = Daemon()
        let r = d.run("object-add", ["qom-type": "memory-backend-memfd", "id": "big", "size": 1_099_511_627_776, "prealloc": true])
        #expect(r["error"]?["errno"] == "ENOMEM")
        let desc = try #require(r["error"]?["desc"]?.stringValue)
        #expect(desc.hasPrefix("cannot preallocate 1099511627776 bytes: the host has "))
        #expect(d.tree.ids.isEmpty)
        _ = d.ok("object-add", ["qom-type": "memory-backend-memfd", "id": "small", "size": 2_097_152, "prealloc": true])
        #expect(d.ok("qom-get", ["path": "small", "property": "prealloc"]) == true)
    }

    /// hostile: `memory-backend-file` extended an existing, non-empty file
    /// smaller than `size` (QEMU refuses), blocked the whole daemon in
    /// `open()` on a FIFO, and cut a `mem-path` at a NUL. Now: a non-empty
    /// file is never resized, a larger one is mapped from its start, only
    /// regular files are taken (opened without blocking), a NUL is refused;
    /// each refusal adds nothing.
    @Test func fileBackendNeverResizesAFileOrBlocks() throws {
        let d = Daemon()
        var template = Array("/tmp/iommud-mem-XXXXXX".utf8CString)
        try #require(mkdtemp(&template) != nil)
        let dir = String(cString: template)
        defer {
            for name in ["short", "long", "fifo"] { unlink("\(dir)/\(name)") }
            rmdir(dir)
        }
        func file(_ name: String, bytes: Int) -> String {
            let path = "\(dir)/\(name)"
            let fd = open(path, O_CREAT | O_WRONLY, 0o600)
            _ = [UInt8](repeating: 0x5a, count: bytes).withUnsafeBytes { write(fd, $0.baseAddress, bytes) }
            close(fd)
            return path
        }
        func size(_ path: String) -> Int {
            var st = stat()
            return stat(path, &st) == 0 ? Int(st.st_size) : -1
        }

        let short = file("short", bytes: 4096)
        #expect(d.error("object-add", ["qom-type": "memory-backend-file", "id": "f", "size": 8192, "mem-path": .string(short)])
            == "backing store size 0x1000 does not match 'size' option 0x2000")
        #expect(size(short) == 4096, "the file keeps its size")
        #expect(d.error("object-add", ["qom-type": "memory-backend-file", "id": "f", "size": 8192, "mem-path": .string(short),
                                       "readonly": true]) == "backing store size 0x1000 does not match 'size' option 0x2000")
        let long = file("long", bytes: 12288)
        _ = d.ok("object-add", ["qom-type": "memory-backend-file", "id": "long", "size": 8192, "mem-path": .string(long)])
        #expect(size(long) == 12288, "a larger file is mapped from its start, not truncated")
        let ram = try #require(d.object("long", as: MemoryBackendObject.self))
        #expect(ram.address.load(fromByteOffset: 8191, as: UInt8.self) == 0x5a)

        let fifo = "\(dir)/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        // Were open() to block on the FIFO, this opens its other end after
        // 3 s, so the test fails on the time instead of hanging.
        DispatchQueue.global().asyncAfter(deadline: .now() + 3) {
            let unblock = open(fifo, O_WRONLY | O_NONBLOCK)
            if unblock >= 0 { close(unblock) }
        }
        func seconds() -> Double {
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
        }
        let started = seconds()
        for readonly in [true, false] {
            #expect(d.error("object-add", ["qom-type": "memory-backend-file", "id": "f", "size": 4096, "mem-path": .string(fifo),
                                           "readonly": .bool(readonly)]) == "'\(fifo)' is not a regular file")
        }
        #expect(seconds() - started < 2, "open() did not wait for a writer")
        #expect(d.error("object-add", ["qom-type": "memory-backend-file", "id": "f", "size": 4096, "mem-path": "/dev/null"])
            == "'/dev/null' is not a regular file")
        #expect(d.error("object-add", ["qom-type": "memory-backend-file", "id": "f", "size": 4096,
                                       "mem-path": .string(short + "\u{0}/etc/passwd")])
            == "Parameter 'mem-path' must not contain a NUL character")
        #expect(d.tree.ids == ["long"], "every refusal left nothing behind")
    }

    @Test func passedDescriptorIsConsumedAndClosedWithTheObject() throws {
        let d = Daemon()
        var pair: [Int32] = [-1, -1]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
        defer { close(pair[1]) }
        d.session.receiveDescriptors([pair[0]])
        _ = d.ok("getfd", ["fdname": "iommu0"])
        _ = d.ok("object-add", ["qom-type": "iommufd", "id": "passed", "fd": "iommu0"])
        #expect(d.session.monitor.names.isEmpty, "the name is consumed")
        #expect(d.ok("qom-get", ["path": "passed", "property": "connected"]) == true)
        var byte: UInt8 = 1
        #expect(send(pair[1], &byte, 1, Int32(MSG_NOSIGNAL)) == 1, "the object holds the descriptor")
        _ = d.ok("object-del", ["id": "passed"])
        #expect(send(pair[1], &byte, 1, Int32(MSG_NOSIGNAL)) < 0 && errno == EPIPE, "deleting the object closes it")
    }

    @Test func typesAndTheirProperties() {
        let d = Daemon()
        let concrete = d.ok("qom-list-types")?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(concrete == ["container", "iommufd", "memory-backend-memfd", "memory-backend-file", "vfio-pci", "pc-dimm", "intel-iommu", "virtio-iommu-pci"])
        let backends = d.ok("qom-list-types", ["implements": "memory-backend"])?.arrayValue ?? []
        #expect(backends == [["name": "memory-backend-memfd", "parent": "memory-backend"], ["name": "memory-backend-file", "parent": "memory-backend"]])
        let creatable = d.ok("qom-list-types", ["implements": "user-creatable", "abstract": true])?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(creatable == ["user-creatable", "iommufd", "memory-backend", "memory-backend-memfd", "memory-backend-file"])
        let props = d.ok("qom-list-properties", ["typename": "memory-backend-memfd"])?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(props.contains("hugetlb") && props.contains("size") && !props.contains("mem-path"))
        #expect(d.error("qom-list-properties", ["typename": "memory-backend"]) == "object type 'memory-backend' is abstract")
        #expect(d.error("qom-list-properties", ["typename": "nope"]) == "Class 'nope' not found")
    }
}

/// This process's descriptors and mappings of the file `name` (as
/// /proc/self/fd and /proc/self/maps show it).
func held(_ name: String) -> [String] {
    var found: [String] = []
    if let directory = opendir("/proc/self/fd") {
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let fd = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            var target = [CChar](repeating: 0, count: 512)
            let count = readlink("/proc/self/fd/\(fd)", &target, target.count - 1)
            guard count > 0 else { continue }
            let path = String(decoding: target[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if path.hasPrefix(name + " ") || path == name { found.append("fd \(fd)") }
        }
    }
    let maps = open("/proc/self/maps", O_RDONLY | O_CLOEXEC)
    guard maps >= 0 else { return found + ["/proc/self/maps: errno \(errno)"] }
    defer { close(maps) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while case let count = read(maps, &chunk, chunk.count), count > 0 { bytes += chunk[..<count] }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
    found += lines.filter { ($0 + " ").contains(" \(name) ") }.map(String.init)
    return found
}
