#if canImport(Glibc)
import Glibc
#endif
import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import Tracing

/// Dirty tracking: start and stop it, read (and clear) the bitmap.
extension IOMMUFDCommands {
    public func iommufdHwptSetDirtyTracking(iommufd: String, hwptId: UInt32, enable: Bool, context: QMPRequestContext)
        throws(QMPError)
    {
        try tree.transaction { s, transaction throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            try object.checkUnmanaged(ObjectID(rawValue: hwptId))
            try kernelWork { () throws(KernelError) in
                try object.setDirtyTracking(HWPTID(rawValue: hwptId), enable, in: transaction)
            }
        }
    }

    /// The most pages one bitmap query may cover (the request's buffer holds
    /// 2^24 words); beyond it the client must split the range.
    static let maximumBitmapPages: UInt64 = 1 << 30
    /// The most pages whose bitmap is returned as ranges; beyond it the
    /// client must pass a descriptor.
    static let maximumInlineBitmapPages: UInt64 = 1 << 20

    /// Refuses a bitmap of more than ``maximumBitmapPages``, or of more than
    /// ``maximumInlineBitmapPages`` returned as ranges rather than written
    /// into a descriptor.
    static func checkBitmap(pages: UInt64, intoDescriptor: Bool) throws(QMPError) {
        guard pages <= maximumBitmapPages else {
            throw QMPError.invalidArgument(
                "a bitmap of \(pages) pages is too large; query at most \(maximumBitmapPages) pages at a time")
        }
        guard intoDescriptor || pages <= maximumInlineBitmapPages else {
            throw QMPError.invalidArgument(
                "a bitmap of \(pages) pages is too large to return as ranges; pass a descriptor with 'fd'")
        }
    }

    public func iommufdHwptGetDirtyBitmap(
        iommufd: String, hwptId: UInt32, iova: UInt64, size: UInt64, pageSize: UInt64?, noClear: Bool?, fd: String?,
        context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDDirtyBitmap {
        // The descriptor is consumed whatever happens, as QEMU's fd parameters
        // are: `passed` owns it to the end of the command and closes it then.
        var passed: OwnedFD? = nil
        if let fd {
            guard let taken = context.session.monitor.takeNamed(fd) else {
                throw QMPError.generic("File descriptor named '\(fd)' has not been found")
            }
            passed = consume taken
        }
        let output: Int32?
        switch passed {
        case .some(let owned): output = owned.raw
        case .none: output = nil
        }
        let granule = pageSize ?? MemoryBackendObject.pageSize
        guard granule > 0 else { throw QMPError.invalidArgument("Parameter 'page-size' must not be 0") }
        let pages = size / granule
        try Self.checkBitmap(pages: pages, intoDescriptor: output != nil)
        let flags: GetDirtyBitmapFlags = noClear == true ? [.noClear] : []
        guard let output else {
            return try tree.withState { s throws(QMPError) in
                let object = try Self.iommufd(iommufd, in: s)
                var request = HWPTGetDirtyBitmap(
                    hwpt: HWPTID(rawValue: hwptId), iova: iova, length: size, pageSize: granule, flags: flags)
                try kernelWork { () throws(KernelError) in try object.perform(&request) }
                let dirty = request.dirtyCount
                Self.traceQuery(iova: iova, size: size, flags: flags,
                                bitmapBytes: HWPTGetDirtyBitmap.bitmapBytes(length: size, pageSize: granule), dirty: dirty)
                return IOMMUFDDirtyBitmap(
                    pageSize: granule, dirtyPages: UInt64(dirty),
                    ranges: request.dirtyRuns.map { IOMMUFDDirtyRange(iova: $0.iova, size: $0.length) }, bitmapSize: nil)
            }
        }
        // Check, zero and map the descriptor before the kernel clears any
        // dirty bit; the kernel then writes the bitmap straight into it.
        let bytes = HWPTGetDirtyBitmap.bitmapBytes(length: size, pageSize: granule)
        try Self.prepareBitmapFile(output, bytes: UInt64(bytes), system: tree.system)
        return try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            let mapping: SharedFileMapping
            do throws(Errno) {
                mapping = try SharedFileMapping(fd: output, count: max(bytes, 1), system: tree.systemCalls)
            } catch {
                throw error.qmp("the descriptor for the dirty bitmap cannot be mapped")
            }
            var request = HWPTGetDirtyBitmap(
                hwpt: HWPTID(rawValue: hwptId), iova: iova, length: size, pageSize: granule, flags: flags, into: mapping)
            try kernelWork { () throws(KernelError) in try object.perform(&request) }
            // Counted from the file's data extents: the simulated kernel
            // writes only the words that have bits, and the rest of a fresh
            // memfd need not be touched (the host kernel's pinning touches
            // it all anyway).
            let dirty = UInt64(mapping.setBitCount())
            Self.traceQuery(iova: iova, size: size, flags: flags, bitmapBytes: bytes, dirty: Int(dirty))
            // The bitmap lives in the mapping: it stays mapped until here.
            _ = mapping.count
            return IOMMUFDDirtyBitmap(
                pageSize: granule, dirtyPages: dirty, ranges: nil, bitmapSize: UInt64(bytes))
        }
    }

    /// QEMU's `vfio_container_query_dirty_bitmap` for a query iommud
    /// answered; iommud has no guest, so the `gpa` field carries the IOVA.
    private static func traceQuery(iova: UInt64, size: UInt64, flags: GetDirtyBitmapFlags, bitmapBytes: Int, dirty: Int) {
        Trace.vfio_container_query_dirty_bitmap(
            iova: iova, size: size, backend_flag: UInt64(flags.rawValue), bitmap_size: UInt64(bitmapBytes),
            translated_addr: iova, dirty_pages: UInt64(dirty))
    }

    /// Requires a regular file (a memfd is one) open read-write, and makes
    /// it exactly `bytes` zero bytes long.
    static func prepareBitmapFile(_ descriptor: Int32, bytes: UInt64, system: SystemCalls.Typed) throws(QMPError) {
        func failure(_ what: String, _ e: Errno) -> QMPError {
            e.qmp("the descriptor for the dirty bitmap \(what)")
        }
        let status: stat
        switch system.fstat(descriptor) {
        case .success(let s): status = s
        case .failure(let e): throw failure("cannot be examined", e)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw QMPError.generic("the descriptor for the dirty bitmap must be a regular file or memfd")
        }
        let mode: Int32
        switch system.fcntl(descriptor, F_GETFL) {
        case .success(let m): mode = m
        case .failure(let e): throw failure("cannot be examined", e)
        }
        guard mode & O_ACCMODE == O_RDWR else {
            throw QMPError.generic("the descriptor for the dirty bitmap must be open for reading and writing")
        }
        // Emptied first, so the bitmap starts as zeroes whatever the file held.
        for length in [0, bytes] {
            if case .failure(let e) = system.ftruncate(descriptor, to: length) { throw failure("cannot be sized", e) }
        }
    }
}
