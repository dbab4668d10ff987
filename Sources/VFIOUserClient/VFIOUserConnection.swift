#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import VFIOUser

/// The client side of a vfio-user socket, as a VMM holds one: messages with
/// their descriptors, one command and its reply at a time. For tools and
/// tests (`vfio-user-probe`); a VMM's client keeps requests in flight.
public final class VFIOUserConnection {
    /// The connected socket; −1 once disconnected.
    public private(set) var fd: Int32
    private var framer = VFIOUserFramer()
    private var nextID: UInt16 = 0

    /// Connects to the socket at `path`, replies awaited at most `timeout`
    /// seconds; nil when nobody accepts there.
    public init?(path: String, timeout: Int = 10) {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            return nil
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0 else {
            close(fd)
            return nil
        }
        var limit = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        self.fd = fd
    }

    deinit { disconnect() }

    /// Closes the socket (once: its number may be another's afterwards).
    public func disconnect() {
        guard fd >= 0 else { return }
        close(fd)
        fd = -1
    }

    /// Sends `command` with `payload` and `fds` and returns its reply; nil
    /// when the server closed the connection (or sent nothing in time).
    /// The reply's descriptors are the caller's.
    public func send(_ command: VFIOUserCommand, _ payload: [UInt8] = [], fds: [Int32] = []) -> VFIOUserMessage? {
        nextID &+= 1
        let bytes = VFIOUserMessage.command(command, id: nextID, payload: payload).bytes
        let sent = bytes.withUnsafeBytes { iommud_send_with_fds(fd, $0.baseAddress, UInt($0.count), fds, Int32(fds.count)) }
        guard sent == bytes.count else { return nil }
        return receive()
    }

    /// The next message from the server; nil at end of file.
    public func receive() -> VFIOUserMessage? {
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

    /// VFIO_USER_VERSION 0.0 with the capabilities QEMU's client proposes.
    public func negotiate() -> VFIOUserMessage? {
        var proposal = VFIOUserVersion(major: 0, minor: 0)
        proposal.capabilities.appendUnchecked("max_msg_fds", .uint(8))
        proposal.capabilities.appendUnchecked("max_data_xfer_size", .uint(1 << 20))
        return send(.version, proposal.payload)
    }

    /// VFIO_USER_DMA_MAP of `[offset, offset+size)` of `memory` at `iova`
    /// (no descriptor when `memory` is nil).
    public func map(_ memory: Int32?, offset: UInt64 = 0, iova: UInt64, size: UInt64, writable: Bool = true)
        -> VFIOUserMessage?
    {
        let flags = VFIOUserDMAMap.readable | (writable ? VFIOUserDMAMap.writeable : 0)
        return send(.dmaMap, VFIOUserDMAMap(flags: flags, offset: offset, address: iova, size: size).payload,
                    fds: memory.map { [$0] } ?? [])
    }

    /// VFIO_USER_DMA_UNMAP of a window mapped before.
    public func unmap(iova: UInt64, size: UInt64) -> VFIOUserMessage? {
        send(.dmaUnmap, VFIOUserDMAUnmap(address: iova, size: size).payload)
    }

    /// `count` bytes of `region` at `offset`; nil on an error reply.
    public func read(region: UInt32, offset: UInt64, count: UInt32) -> [UInt8]? {
        guard let reply = send(.regionRead, VFIOUserRegionAccess(offset: offset, region: region, count: count).payload),
            reply.errno == 0
        else { return nil }
        return Array(reply.payload.dropFirst(VFIOUserRegionAccess.headerSize))
    }

    /// Writes `data` to `region` at `offset`; the reply.
    public func write(region: UInt32, offset: UInt64, _ data: [UInt8]) -> VFIOUserMessage? {
        send(.regionWrite, VFIOUserRegionAccess(offset: offset, region: region, count: UInt32(data.count), data: data).payload)
    }

    /// A region's answer: `(flags, size, offset)` and the reply (with the
    /// descriptor to mmap it from, when it may be mapped); nil on an error.
    public func regionInfo(_ index: UInt32, argsz: UInt32 = 1024)
        -> (flags: UInt32, size: UInt64, offset: UInt64, reply: VFIOUserMessage)?
    {
        guard let reply = send(.deviceGetRegionInfo, VFIOUserRegionInfoRequest(argsz: argsz, index: index).payload),
            reply.errno == 0, reply.payload.count >= VFIOUserRegionInfoRequest.size
        else { return nil }
        let p = reply.payload
        func field<T: FixedWidthInteger>(_ at: Int, _: T.Type) -> T {
            p[at..<at + MemoryLayout<T>.size].reversed().reduce(T(0)) { $0 << 8 | T($1) }
        }
        return (field(4, UInt32.self), field(16, UInt64.self), field(24, UInt64.self), reply)
    }

    /// An interrupt index's `(flags, count)`; nil on an error reply.
    public func irqInfo(_ index: UInt32) -> (flags: UInt32, count: UInt32)? {
        guard let reply = send(.deviceGetIRQInfo, VFIOUserIRQInfo(index: index).payload), reply.errno == 0,
            reply.payload.count == VFIOUserIRQInfo.size
        else { return nil }
        let p = reply.payload
        func u32(_ at: Int) -> UInt32 { p[at..<at + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) } }
        return (u32(4), u32(12))
    }
}

extension VFIOUserMessage {
    /// The errno of an error reply; 0 for a success.
    public var errno: Int32 { header.flags.contains(.error) ? Int32(bitPattern: header.error) : 0 }
}
