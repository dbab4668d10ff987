/// The vfio-user protocol's messages (QEMU's `docs/interop/vfio-user.rst`):
/// a 16-byte header, then a command's payload; descriptors travel beside
/// the bytes (SCM_RIGHTS). All data is in the host's byte order.
public enum VFIOUserCommand: UInt16, Sendable, CaseIterable {
    case version = 1
    case dmaMap = 2
    case dmaUnmap = 3
    case deviceGetInfo = 4
    case deviceGetRegionInfo = 5
    case deviceGetRegionIOFDs = 6
    case deviceGetIRQInfo = 7
    case deviceSetIRQs = 8
    case regionRead = 9
    case regionWrite = 10
    case dmaRead = 11
    case dmaWrite = 12
    case deviceReset = 13
    case regionWriteMulti = 15
    case deviceFeature = 16
    case migDataRead = 17
    case migDataWrite = 18

    /// The spec's name (`VFIO_USER_DMA_MAP`), for errors and traces.
    public var name: String {
        switch self {
        case .version: return "VFIO_USER_VERSION"
        case .dmaMap: return "VFIO_USER_DMA_MAP"
        case .dmaUnmap: return "VFIO_USER_DMA_UNMAP"
        case .deviceGetInfo: return "VFIO_USER_DEVICE_GET_INFO"
        case .deviceGetRegionInfo: return "VFIO_USER_DEVICE_GET_REGION_INFO"
        case .deviceGetRegionIOFDs: return "VFIO_USER_DEVICE_GET_REGION_IO_FDS"
        case .deviceGetIRQInfo: return "VFIO_USER_DEVICE_GET_IRQ_INFO"
        case .deviceSetIRQs: return "VFIO_USER_DEVICE_SET_IRQS"
        case .regionRead: return "VFIO_USER_REGION_READ"
        case .regionWrite: return "VFIO_USER_REGION_WRITE"
        case .dmaRead: return "VFIO_USER_DMA_READ"
        case .dmaWrite: return "VFIO_USER_DMA_WRITE"
        case .deviceReset: return "VFIO_USER_DEVICE_RESET"
        case .regionWriteMulti: return "VFIO_USER_REGION_WRITE_MULTI"
        case .deviceFeature: return "VFIO_USER_DEVICE_FEATURE"
        case .migDataRead: return "VFIO_USER_MIG_DATA_READ"
        case .migDataWrite: return "VFIO_USER_MIG_DATA_WRITE"
        }
    }
}

/// The header every message starts with.
public struct VFIOUserHeader: Sendable, Equatable {
    /// Its size on the wire.
    public static let size = 16

    /// Chosen by the sender, echoed in the reply.
    public var messageID: UInt16
    /// The command's number (also set in its reply); kept raw, so an
    /// unknown command can be answered with an error.
    public var command: UInt16
    /// The whole message, header included.
    public var messageSize: UInt32
    public var flags: Flags
    /// An errno in an error reply (reserved in commands).
    public var error: UInt32

    /// The header's flags: the message type in bits 0–3, then No_reply and Error.
    public struct Flags: OptionSet, Sendable, Equatable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        /// The reply type (type bits = 1); a command has type 0.
        public static let reply = Flags(rawValue: 0x1)
        /// No reply wanted.
        public static let noReply = Flags(rawValue: 0x10)
        /// The command failed (`error` holds the errno).
        public static let error = Flags(rawValue: 0x20)
        /// The type bits.
        public static let typeMask: UInt32 = 0xf
    }

    public init(messageID: UInt16, command: UInt16, messageSize: UInt32, flags: Flags = [], error: UInt32 = 0) {
        self.messageID = messageID
        self.command = command
        self.messageSize = messageSize
        self.flags = flags
        self.error = error
    }

    /// Whether this is a command (type 0) rather than a reply (type 1).
    public var isCommand: Bool { flags.rawValue & Flags.typeMask == 0 }

    /// The 16 bytes.
    public var bytes: [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(Self.size)
        out.append(le: messageID)
        out.append(le: command)
        out.append(le: messageSize)
        out.append(le: flags.rawValue)
        out.append(le: error)
        return out
    }

    /// The header at the start of `bytes` (at least 16 of them).
    public init(_ bytes: ArraySlice<UInt8>) {
        var reader = ByteReader(bytes)
        messageID = reader.u16()
        command = reader.u16()
        messageSize = reader.u32()
        flags = Flags(rawValue: reader.u32())
        error = reader.u32()
    }
}

/// One message: its header, its payload, and the descriptors it carried.
public struct VFIOUserMessage: Sendable, Equatable {
    public var header: VFIOUserHeader
    public var payload: [UInt8]
    public var fds: [Int32]

    public init(header: VFIOUserHeader, payload: [UInt8], fds: [Int32] = []) {
        self.header = header
        self.payload = payload
        self.fds = fds
    }

    /// The command, when the number is one the protocol defines.
    public var command: VFIOUserCommand? { VFIOUserCommand(rawValue: header.command) }

    /// A command message with `payload`; its size is set from it.
    public static func command(_ command: VFIOUserCommand, id: UInt16, payload: [UInt8] = [], fds: [Int32] = [],
                               noReply: Bool = false) -> VFIOUserMessage {
        VFIOUserMessage(
            header: VFIOUserHeader(messageID: id, command: command.rawValue,
                                   messageSize: UInt32(VFIOUserHeader.size + payload.count), flags: noReply ? [.noReply] : []),
            payload: payload, fds: fds)
    }

    /// The reply to this command carrying `payload`.
    public func reply(_ payload: [UInt8] = [], fds: [Int32] = []) -> VFIOUserMessage {
        VFIOUserMessage(
            header: VFIOUserHeader(messageID: header.messageID, command: header.command,
                                   messageSize: UInt32(VFIOUserHeader.size + payload.count), flags: [.reply]),
            payload: payload, fds: fds)
    }

    /// The error reply to this command: the header alone, with the errno.
    public func errorReply(_ errno: Int32) -> VFIOUserMessage {
        VFIOUserMessage(
            header: VFIOUserHeader(messageID: header.messageID, command: header.command,
                                   messageSize: UInt32(VFIOUserHeader.size), flags: [.reply, .error],
                                   error: UInt32(bitPattern: errno)),
            payload: [])
    }

    /// Header and payload as sent.
    public var bytes: [UInt8] { header.bytes + payload }
}

// MARK: Little helpers for the host-order fields

extension Array where Element == UInt8 {
    mutating func append<T: FixedWidthInteger>(le value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

/// Reads fixed-width fields in order; callers check the length first.
struct ByteReader {
    private let bytes: ArraySlice<UInt8>
    private var offset: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    private mutating func read<T: FixedWidthInteger>(_: T.Type) -> T {
        var value: T = 0
        for i in 0..<MemoryLayout<T>.size {
            value |= T(bytes[offset + i]) << (8 * i)
        }
        offset += MemoryLayout<T>.size
        return value
    }

    mutating func u16() -> UInt16 { read(UInt16.self) }
    mutating func u32() -> UInt32 { read(UInt32.self) }
    mutating func u64() -> UInt64 { read(UInt64.self) }

    /// What is left.
    var rest: ArraySlice<UInt8> { bytes[offset...] }
}
