#if canImport(Glibc)
import Glibc
#endif
import CPosix
import Posix

/// Access to the caller's memory the way the kernel's copy_from_user /
/// copy_to_user see it: through `process_vm_readv`/`writev` on our own process,
/// so an unmapped or read-only address yields EFAULT instead of a crash.
enum UserMemory {
    /// Reads `count` bytes at `address`.
    static func read(_ address: UInt64, count: Int) throws(Errno) -> [UInt8] {
        guard count > 0 else { return [] }
        guard address != 0 else { throw .EFAULT }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { local in
            iommud_read_own_memory(local.baseAddress, UInt(address), UInt(count))
        }
        guard n == count else { throw .EFAULT }
        return bytes
    }

    /// Writes `bytes` at `address`.
    static func write(_ address: UInt64, _ bytes: [UInt8]) throws(Errno) {
        guard !bytes.isEmpty else { return }
        guard address != 0 else { throw .EFAULT }
        let n = bytes.withUnsafeBytes { local in
            iommud_write_own_memory(UInt(address), local.baseAddress, UInt(bytes.count))
        }
        guard n == bytes.count else { throw .EFAULT }
    }

    /// Reads `destination.count` bytes at `address` into `destination`,
    /// without an intermediate array.
    static func read(_ address: UInt64, into destination: UnsafeMutableRawBufferPointer) throws(Errno) {
        guard destination.count > 0 else { return }
        guard address != 0 else { throw .EFAULT }
        let n = iommud_read_own_memory(destination.baseAddress, UInt(address), UInt(destination.count))
        guard n == destination.count else { throw .EFAULT }
    }

    /// Writes the bytes of `source` at `address`.
    static func write(_ address: UInt64, from source: UnsafeRawBufferPointer) throws(Errno) {
        guard source.count > 0 else { return }
        guard address != 0 else { throw .EFAULT }
        let n = iommud_write_own_memory(UInt(address), source.baseAddress, UInt(source.count))
        guard n == source.count else { throw .EFAULT }
    }

    /// The file page behind `address` when it lies in a shared file mapping
    /// of this process (`/proc/self/maps`: device, inode and the file
    /// offset of the address's page); nil for anonymous memory. Two
    /// addresses with the same identity are the same page of memory, as the
    /// kernel's page structs would say (MD_CHECK_MAP of MAP_FILE mappings).
    static func filePage(_ address: UInt64) -> (device: Substring, inode: UInt64, offset: UInt64)? {
        guard let maps = try? readUTF8File(atPath: "/proc/self/maps") else { return nil }
        let page = address & ~(HostPage.size - 1)
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 5, fields[1].hasSuffix("s") else { continue }
            let bounds = fields[0].split(separator: "-")
            guard bounds.count == 2, let start = UInt64(bounds[0], radix: 16), let end = UInt64(bounds[1], radix: 16),
                page >= start, page < end,
                let offset = UInt64(fields[2], radix: 16), let inode = UInt64(fields[4]), inode != 0
            else { continue }
            return (fields[3], inode, offset + (page - start))
        }
        return nil
    }

    /// Whether every page of `[address, address+length)` is readable by the
    /// process (what pinning user memory for DMA needs).
    static func isReadable(_ address: UInt64, length: UInt64) -> Bool {
        iommud_own_pages_readable(UInt(address), UInt(length), UInt(HostPage.size)) == 1
    }
}

/// A command's struct, copied in from the caller and copied back out,
/// zero-extended to the size this kernel knows (reference §0.2 step 5).
struct UAPIBuffer {
    var bytes: [UInt8]

    init(size: Int) { bytes = [UInt8](repeating: 0, count: size) }

    /// The struct as the C type `T` (which must be the command's struct).
    func load<T>(_ type: T.Type) -> T {
        bytes.withUnsafeBytes { $0.loadUnaligned(as: T.self) }
    }

    /// Stores the C struct back.
    mutating func store<T>(_ value: T) {
        withUnsafeBytes(of: value) { raw in
            bytes.withUnsafeMutableBytes { target in
                guard let source = raw.baseAddress, let destination = target.baseAddress else { return }
                destination.copyMemory(from: source, byteCount: min(raw.count, target.count))
            }
        }
    }

    /// Copies `range` of the caller's struct at `address` into the same
    /// bytes of this buffer.
    mutating func copyIn(_ range: Range<Int>, from address: UInt64) throws(Errno) {
        try bytes.withUnsafeMutableBytes { raw in
            Self.capture { () throws(Errno) in
                try UserMemory.read(address &+ UInt64(range.lowerBound), into: UnsafeMutableRawBufferPointer(rebasing: raw[range]))
            }
        }.get()
    }

    /// Copies `range` of this buffer back to the same bytes of the caller's
    /// struct at `address`.
    func copyOut(_ range: Range<Int>, to address: UInt64) throws(Errno) {
        try bytes.withUnsafeBytes { raw in
            Self.capture { () throws(Errno) in
                try UserMemory.write(address &+ UInt64(range.lowerBound), from: UnsafeRawBufferPointer(rebasing: raw[range]))
            }
        }.get()
    }

    /// Runs `body` inside a closure-taking API that cannot pass a typed
    /// error through, keeping the error for `get()` afterwards.
    private static func capture(_ body: () throws(Errno) -> Void) -> Result<Void, Errno> {
        do throws(Errno) {
            try body()
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    /// Zeroes the bytes from `offset` on.
    mutating func zero(from offset: Int) {
        guard offset < bytes.count else { return }
        for i in offset..<bytes.count { bytes[i] = 0 }
    }

    /// The little-endian `UInt32` at `offset` (the `size` field comes first).
    func uint32(at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }
}

extension UserMemory {
    /// Reads a C struct (or integer) of type `T` at `address`.
    static func load<T>(_ address: UInt64, as type: T.Type) throws(Errno) -> T {
        let bytes = try read(address, count: MemoryLayout<T>.size)
        return bytes.withUnsafeBytes { $0.loadUnaligned(as: T.self) }
    }

    /// Writes the bytes of `value` (a C struct or integer) at `address`.
    static func store<T>(_ value: T, at address: UInt64) throws(Errno) {
        let bytes = withUnsafeBytes(of: value) { Array($0) }
        try write(address, bytes)
    }
}
