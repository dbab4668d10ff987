#if canImport(Glibc)
import Glibc
#endif
import CPosix
import CSocketShims
import VFIOUser

/// A vfio-user client as a VMM is one, for the tests: a Unix socket,
/// messages with descriptors, one reply at a time.
final class VFIOUserTestClient {
    let fd: Int32
    private var framer = VFIOUserFramer()
    private var nextID: UInt16 = 0

    /// Connects to `path`; nil when nobody accepts there.
    init?(path: String) {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in path.utf8.enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0 else {
            close(fd)
            return nil
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        self.fd = fd
    }

    deinit { close(fd) }

    /// Sends `command` and returns its reply; nil when the server closed
    /// the connection (or sent nothing for 10 s).
    func send(_ command: VFIOUserCommand, _ payload: [UInt8] = [], fds: [Int32] = []) -> VFIOUserMessage? {
        nextID &+= 1
        let message = VFIOUserMessage.command(command, id: nextID, payload: payload)
        let bytes = message.bytes
        let sent = bytes.withUnsafeBytes { iommud_send_with_fds(fd, $0.baseAddress, UInt($0.count), fds, Int32(fds.count)) }
        guard sent == bytes.count else { return nil }
        return receive()
    }

    /// The next message from the server; nil at end of file.
    func receive() -> VFIOUserMessage? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            var fds = [Int32](repeating: -1, count: 8)
            var count: Int32 = 0
            var truncated: Int32 = 0
            let n = buffer.withUnsafeMutableBytes {
                iommud_recv_with_fds(fd, $0.baseAddress, UInt($0.count), &fds, 8, &count, &truncated)
            }
            guard n > 0, let messages = try? framer.feed(Array(buffer[0..<n]), fds: Array(fds.prefix(Int(count)))) else {
                return nil
            }
            if let first = messages.first { return first }
        }
    }

    /// VFIO_USER_VERSION 0.0 with QEMU's client capabilities; the reply.
    func negotiate() -> VFIOUserMessage? {
        var caps = VFIOUserVersion(major: 0, minor: 0)
        caps.capabilities.appendUnchecked("max_msg_fds", .uint(8))
        caps.capabilities.appendUnchecked("max_data_xfer_size", .uint(1 << 20))
        return send(.version, caps.payload)
    }

    /// VFIO_USER_DMA_MAP of `[offset, offset+size)` of `memory` at `iova`.
    func map(_ memory: Int32?, offset: UInt64 = 0, iova: UInt64, size: UInt64, writable: Bool = true) -> VFIOUserMessage? {
        let flags = VFIOUserDMAMap.readable | (writable ? VFIOUserDMAMap.writeable : 0)
        let map = VFIOUserDMAMap(flags: flags, offset: offset, address: iova, size: size)
        return send(.dmaMap, map.payload, fds: memory.map { [$0] } ?? [])
    }

    func unmap(iova: UInt64, size: UInt64) -> VFIOUserMessage? {
        send(.dmaUnmap, VFIOUserDMAUnmap(address: iova, size: size).payload)
    }
}

extension VFIOUserMessage {
    /// The errno of an error reply; 0 for a success.
    var errno: Int32 { header.flags.contains(.error) ? Int32(bitPattern: header.error) : 0 }
}

/// Guest RAM as QEMU's memory-backend-memfd,share=on makes it.
struct SharedMemory: ~Copyable {
    let fd: Int32
    init(size: Int) {
        fd = iommud_memfd_create("vfio-user-test", IOMMUD_MFD_CLOEXEC)
        ftruncate(fd, off_t(size))
    }
    deinit { close(fd) }

    /// The byte at `offset`, read through the file (not a mapping).
    func byte(at offset: Int) -> UInt8 {
        var b: UInt8 = 0
        _ = pread(fd, &b, 1, off_t(offset))
        return b
    }
}
