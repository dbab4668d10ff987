// iommud-bench: the in-process side of the benchmarks (bench/run.py).
//
//   iommud-bench ioctl N     IOMMU_IOAS_MAP + IOMMU_IOAS_UNMAP of 4 KiB, N times,
//                            through the typed requests on a SimulatedKernel —
//                            exactly what iommufd-ioas-map/-unmap issue, without
//                            QMP. The baseline for the RPC overhead.
//   iommud-bench scale N     N mappings of 4 KiB in one IOAS: map rate, lookup
//                            rate, unmap rate, memory per mapping.
//
// Each prints one JSON object on stdout. Trace events stay disabled (no
// session, no --trace), as in the daemon under the QMP benchmark.

import CPosix
import LinuxKernel
import SimulatedKernel

#if canImport(Glibc)
import Glibc
#endif

func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

func fail(_ message: String) -> Never {
    let text = "iommud-bench: \(message)\n"
    _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    exit(2)
}

/// Memory of the user-space side, as a memory-backend-memfd gives the daemon.
func memfdMapping(bytes: Int) -> UInt64 {
    let fd = iommud_memfd_create("iommud-bench", 0)
    guard fd >= 0, ftruncate(fd, off_t(bytes)) == 0 else { fail("memfd_create: \(errno)") }
    guard let p = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), p != MAP_FAILED else {
        fail("mmap: \(errno)")
    }
    memset(p, 0, bytes)
    return UInt64(UInt(bitPattern: p))
}

/// The resident set, in bytes: what the mappings really cost, allocator
/// overhead and container slack included.
func residentBytes() -> Int {
    var rss = 0
    if let f = fopen("/proc/self/statm", "r") {
        var line = [CChar](repeating: 0, count: 256)
        if fgets(&line, Int32(line.count), f) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let fields = text.split(separator: " ")
            if fields.count > 1, let pages = Int(fields[1]) { rss = pages * Int(sysconf(Int32(_SC_PAGESIZE))) }
        }
        fclose(f)
    }
    return rss
}

/// Percentiles (ns) of a sample, sorted in place.
func summary(_ samples: inout [UInt64]) -> String {
    samples.sort()
    let n = samples.count
    func p(_ q: Double) -> UInt64 { samples[Int((Double(n - 1) * q).rounded())] }
    let mean = Double(samples.reduce(0, +)) / Double(n)
    return "{\"count\": \(n), \"mean_ns\": \(Int(mean)), \"p50_ns\": \(p(0.5)), \"p90_ns\": \(p(0.9)), \"p99_ns\": \(p(0.99)), \"max_ns\": \(samples[n - 1])}"
}

let page: UInt64 = 4096
let flags: IOASMapFlags = [.fixedIOVA, .readable, .writeable]

/// Map then unmap one 4 KiB page at the same IOVA, as the QMP benchmark does
/// (`iommufd-ioas-map` with memdev/offset/size/iova, then `iommufd-ioas-unmap`).
func ioctlBench(_ n: Int) throws(KernelError) {
    let kernel = SimulatedKernel()
    let iommufd = try IOMMUFD(kernel: kernel)
    var alloc = IOASAlloc()
    try iommufd.perform(&alloc)
    let ioas = alloc.ioas
    let va = memfdMapping(bytes: 1 << 20)
    let iova: UInt64 = 1 << 32
    var mapTimes = [UInt64](repeating: 0, count: n)
    var unmapTimes = [UInt64](repeating: 0, count: n)
    for _ in 0..<min(n, 1000) {  // warm-up
        var map = IOASMap(ioas: ioas, flags: flags, userVA: va, length: page, iova: iova)
        try iommufd.perform(&map)
        var unmap = IOASUnmap(ioas: ioas, iova: iova, length: page)
        try iommufd.perform(&unmap)
    }
    let start = now()
    for i in 0..<n {
        let t0 = now()
        var map = IOASMap(ioas: ioas, flags: flags, userVA: va, length: page, iova: iova)
        try iommufd.perform(&map)
        let t1 = now()
        var unmap = IOASUnmap(ioas: ioas, iova: iova, length: page)
        try iommufd.perform(&unmap)
        let t2 = now()
        mapTimes[i] = t1 - t0
        unmapTimes[i] = t2 - t1
    }
    let seconds = Double(now() - start) / 1e9
    print("{\"mode\": \"ioctl\", \"pairs\": \(n), \"seconds\": \(seconds), \"ops_per_s\": \(Double(2 * n) / seconds), "
        + "\"map\": \(summary(&mapTimes)), \"unmap\": \(summary(&unmapTimes))}")
}

/// A fixed pseudo-random permutation of 0..<n (an LCG walk), so lookups and
/// unmaps do not simply follow the insertion order.
func shuffled(_ n: Int) -> [Int] {
    var order = Array(0..<n)
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for i in stride(from: n - 1, to: 0, by: -1) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        order.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
    }
    return order
}

func scaleBench(_ n: Int) throws(KernelError) {
    let kernel = SimulatedKernel()
    let iommufd = try IOMMUFD(kernel: kernel)
    var alloc = IOASAlloc()
    try iommufd.perform(&alloc)
    let ioas = alloc.ioas
    let va = memfdMapping(bytes: Int(page))
    let base: UInt64 = 1 << 32
    let order = shuffled(n)

    let before = residentBytes()
    var t0 = now()
    for i in 0..<n {
        var map = IOASMap(ioas: ioas, flags: flags, userVA: va, length: page, iova: base + UInt64(i) * page)
        try iommufd.perform(&map)
    }
    let mapSeconds = Double(now() - t0) / 1e9
    let after = residentBytes()

    // Lookup: a fixed MAP onto a mapped IOVA must find the overlapping area
    // and fail with EEXIST, changing nothing.
    var found = 0
    t0 = now()
    for i in order {
        var map = IOASMap(ioas: ioas, flags: flags, userVA: va, length: page, iova: base + UInt64(i) * page)
        do {
            try iommufd.perform(&map)
            fail("a MAP onto a mapped IOVA succeeded")
        } catch {
            if error.errno == .EEXIST { found += 1 }
        }
    }
    let lookupSeconds = Double(now() - t0) / 1e9
    guard found == n else { fail("lookup found \(found) of \(n)") }

    t0 = now()
    for i in order {
        var unmap = IOASUnmap(ioas: ioas, iova: base + UInt64(i) * page, length: page)
        try iommufd.perform(&unmap)
    }
    let unmapSeconds = Double(now() - t0) / 1e9
    let end = residentBytes()
    print("{\"mode\": \"scale\", \"mappings\": \(n), "
        + "\"map_per_s\": \(Double(n) / mapSeconds), \"lookup_per_s\": \(Double(n) / lookupSeconds), "
        + "\"unmap_per_s\": \(Double(n) / unmapSeconds), "
        + "\"map_seconds\": \(mapSeconds), \"lookup_seconds\": \(lookupSeconds), \"unmap_seconds\": \(unmapSeconds), "
        + "\"bytes_per_mapping\": \(Double(after - before) / Double(n)), "
        + "\"resident_after_unmap_bytes\": \(end - before)}")
}

let args = CommandLine.arguments
guard args.count == 3, let n = Int(args[2]), n > 0 else {
    fail("usage: iommud-bench (ioctl|scale) N")
}
do {
    switch args[1] {
    case "ioctl": try ioctlBench(n)
    case "scale": try scaleBench(n)
    default: fail("unknown benchmark \(args[1])")
    }
} catch {
    fail("\(error)")
}
