#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import SimulatedKernel
import Testing
import Tracing

/// "Every ioctl fires an LTTng-UST tracepoint": each typed request, issued
/// through the simulated kernel, fires its trace-events event with the real
/// arguments and result; and every event of tracing/trace-events has code
/// that fires it. Serialized: the trace state is process-wide.
@Suite(.serialized) struct TraceCoverageTests {
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 { if let s = path.lastIndex(of: "/") { path = String(path[..<s]) } }
        return path
    }()

    /// Runs `body` with every iommufd_backend event on and a capture backend,
    /// restoring the previous state.
    func capturing(_ body: (TraceCapture) throws -> Void) throws {
        let lease = TraceStateLease()
        defer { lease.end() }
        let saved = Dictionary(uniqueKeysWithValues: TraceEvents.all.map { ($0.name, TraceEvents.state(of: $0) == .enabled) })
        defer {
            for (name, on) in saved where TraceEvents.isEnabled(name) != on { try? TraceEvents.setState(name, enabled: on) }
        }
        try TraceEvents.setState("iommufd_backend_*", enabled: true)
        let capture = TraceCapture()
        TraceBackends.add(capture)
        defer { TraceBackends.remove(capture) }
        try body(capture)
    }

    /// Every typed request file in Sources/LinuxKernel/IOCTL, by the uapi name
    /// it declares, mapped to the event it must fire.
    static let expectedEvents: [String: String] = [
        "IOMMU_DESTROY": "iommufd_backend_free_id",
        "IOMMU_IOAS_ALLOC": "iommufd_backend_alloc_ioas",
        "IOMMU_IOAS_MAP": "iommufd_backend_map_dma",
        "IOMMU_IOAS_UNMAP": "iommufd_backend_unmap_dma",
        "IOMMU_IOAS_IOVA_RANGES": "iommufd_backend_get_iova_ranges",
        "IOMMU_IOAS_ALLOW_IOVAS": "iommufd_backend_allow_iovas",
        "IOMMU_IOAS_COPY": "iommufd_backend_copy_dma",
        "IOMMU_OPTION": "iommufd_backend_set_option",
        "IOMMU_VFIO_IOAS": "iommufd_backend_vfio_ioas",
    ]

    @Test func everyTypedIoctlFiresItsEventWithTheRealArguments() throws {
        try capturing { capture in
            let kernel = SimulatedKernel()
            let iommufd = try IOMMUFD(kernel: kernel)
            let fd = iommufd.fd
            let page = UInt64(sysconf(Int32(_SC_PAGESIZE)))
            let buffer = try #require(mmap(nil, Int(4 * page), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
            defer { munmap(buffer, Int(4 * page)) }
            let va = UInt64(UInt(bitPattern: buffer))

            var alloc = IOASAlloc()
            try iommufd.perform(&alloc)
            let ioas = alloc.ioas
            var map = IOASMap(ioas: ioas, flags: [.fixedIOVA, .readable], userVA: va, length: page, iova: 0x10_0000)
            try iommufd.perform(&map)
            var ranges = IOASIOVARanges(ioas: ioas)
            try iommufd.perform(&ranges)
            var allow = IOASAllowIOVAs(ioas: ioas, ranges: [])
            try iommufd.perform(&allow)
            var copy = IOASCopy(destination: ioas, source: ioas, flags: [.fixedIOVA, .readable], length: page, srcIOVA: 0x10_0000, dstIOVA: 0x20_0000)
            try iommufd.perform(&copy)
            var option = Option(.hugePages, .get, object: ioas.object)
            try iommufd.perform(&option)
            var vfio = VFIOIOAS(.set, ioas: ioas)
            try iommufd.perform(&vfio)
            var unmap = IOASUnmap(ioas: ioas, iova: 0, length: .max)
            try iommufd.perform(&unmap)
            var unmapAgain = IOASUnmap(ioas: ioas, iova: 0x10_0000, length: page)
            #expect(throws: KernelError.self) { try iommufd.perform(&unmapAgain) }
            var destroy = Destroy(ioas.object)
            try iommufd.perform(&destroy)
            var destroyAgain = Destroy(ioas.object)
            #expect(throws: KernelError.self) { try iommufd.perform(&destroyAgain) }

            let mine = capture.records.filter { $0.arguments.first == .int32(fd) }
            #expect(mine.map(\.name) == [
                "iommufd_backend_alloc_ioas", "iommufd_backend_map_dma", "iommufd_backend_get_iova_ranges",
                "iommufd_backend_allow_iovas", "iommufd_backend_copy_dma", "iommufd_backend_set_option",
                "iommufd_backend_vfio_ioas", "iommufd_backend_unmap_dma", "iommufd_backend_unmap_dma_non_exist",
                "iommufd_backend_free_id", "iommufd_backend_free_id",
            ])
            #expect(mine[0].arguments == [.int32(fd), .uint32(ioas.rawValue)])
            #expect(mine[1].arguments == [.int32(fd), .uint32(ioas.rawValue), .uint64(0x10_0000), .uint64(page), .pointer(UInt(va)), .bool(true), .int32(0)])
            #expect(mine[2].arguments == [.int32(fd), .uint32(ioas.rawValue), .uint32(1), .uint64(1), .int32(0)])
            #expect(mine[7].arguments == [.int32(fd), .uint32(ioas.rawValue), .uint64(0), .uint64(2 * page), .int32(0)],
                    "unmap reports the bytes unmapped")
            #expect(mine[8].arguments.last == .int32(-1), "QEMU's raw return for the non-existent unmap")
            #expect(mine[9].arguments == [.int32(fd), .uint32(ioas.rawValue), .int32(0)])
            #expect(mine[10].arguments == [.int32(fd), .uint32(ioas.rawValue), .int32(-1)])
            #expect(mine[10].logLine == "iommufd_backend_free_id  iommufd=\(fd) id=\(ioas.rawValue) (-1)")
        }
    }

    /// A new request file must be added to ``expectedEvents`` (and to the
    /// scenario above): the request names declared under IOCTL/ must equal its keys.
    @Test func everyRequestFileIsCovered() throws {
        let dir = Self.root + "/Sources/LinuxKernel/IOCTL"
        guard let d = opendir(dir) else { Issue.record("cannot list \(dir)"); return }
        defer { closedir(d) }
        var declared: Set<String> = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard name.hasSuffix(".swift") else { continue }
            let text = (try? String(contentsOfFile: dir + "/" + name)) ?? ""
            for line in text.split(separator: "\n") where line.contains("public static let name = \"") {
                if let q = line.firstIndex(of: "\""), let e = line[line.index(after: q)...].firstIndex(of: "\"") {
                    declared.insert(String(line[line.index(after: q)..<e]))
                }
            }
        }
        #expect(declared == Set(Self.expectedEvents.keys))
    }

    /// Events fired by layers that do not exist yet, each with what will fire
    /// it. The list may only shrink: an entry that gains an emitter fails the
    /// test until it is removed here.
    static let pending: [String: String] = Dictionary(uniqueKeysWithValues: [
        ("iommufd_change_process", "IOAS_CHANGE_PROCESS, not in 6.12"),
        ("iommufd_backend_connect", "iommufd object connect (backend tracing)"),
        ("iommufd_backend_disconnect", "iommufd object disconnect (backend tracing)"),
        ("iommu_backend_set_fd", "iommufd object fd property (backend tracing)"),
        ("iommufd_backend_map_file_dma", "IOAS_MAP_FILE, not in 6.12"),
        ("iommufd_backend_alloc_hwpt", "HWPT_ALLOC request (issue 4)"),
        ("iommufd_backend_set_dirty", "HWPT_SET_DIRTY_TRACKING request (issue 4)"),
        ("iommufd_backend_get_dirty_bitmap", "HWPT_GET_DIRTY_BITMAP request (issue 4)"),
        ("iommufd_backend_invalidate_cache", "HWPT_INVALIDATE request (issue 4)"),
        ("iommufd_backend_alloc_viommu", "VIOMMU_ALLOC, not in 6.12"),
        ("iommufd_backend_alloc_vdev", "VDEVICE_ALLOC, not in 6.12"),
        ("iommufd_backend_get_device_info", "GET_HW_INFO request (issue 4)"),
        ("iommufd_backend_alloc_fault_queue", "FAULT_QUEUE_ALLOC request (issue 4)"),
        ("iommufd_backend_alloc_veventq", "VEVENTQ_ALLOC, not in 6.12"),
        ("iommufd_backend_alloc_hw_queue", "HW_QUEUE_ALLOC, not in 6.12"),
        ("iommufd_backend_test_cmd", "IOMMU_TEST_CMD request (issue 4 mock driver)"),
    ] + Self.prefixed("iommufd_cdev_", "VFIO cdev bind/attach/detach (issue 6)")
      + Self.prefixed("vfio_", "VFIO container and dirty tracking (issues 4 and 6)")
)

    static func prefixed(_ prefix: String, _ why: String) -> [(String, String)] {
        TraceEvents.all.filter { $0.name.hasPrefix(prefix) && $0.isAvailable }.map { ($0.name, why) }
    }

    @Test func everyEventHasAnEmitter() throws {
        let sources = try Self.swiftSources(under: Self.root + "/Sources").filter { !$0.path.contains("/Tracing/") && !$0.path.contains("trace-demo") }
        let text = sources.map(\.text).joined(separator: "\n")
        for event in TraceEvents.all where event.isAvailable {
            let fired = text.contains("Trace.\(event.name)(")
            if let why = Self.pending[event.name] {
                #expect(!fired, "\(event.name) now has an emitter: remove it from the pending list (\(why))")
            } else {
                #expect(fired, "no code fires \(event.name)")
            }
        }
    }

    static func swiftSources(under dir: String) throws -> [(path: String, text: String)] {
        var result: [(String, String)] = []
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = dir + "/" + name
            if entry.pointee.d_type == UInt8(DT_DIR) {
                result += try swiftSources(under: path)
            } else if name.hasSuffix(".swift") {
                result.append((path, (try? String(contentsOfFile: path)) ?? ""))
            }
        }
        return result
    }
}

extension String {
    /// Reads a UTF-8 file (tests only; no Foundation).
    init(contentsOfFile path: String) throws {
        guard let f = fopen(path, "rb") else { throw Errno.current }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
