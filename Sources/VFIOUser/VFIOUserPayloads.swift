import JSON

/// A command the server refuses: the errno for the error reply and why
/// (for the log). The connection goes on.
public struct VFIOUserRequestError: Error, Sendable, Equatable, CustomStringConvertible {
    public var errno: Int32
    public var reason: String
    public init(_ errno: Int32, _ reason: String) {
        self.errno = errno
        self.reason = reason
    }
    public var description: String { reason }

    // Linux errno numbers, as the protocol carries them.
    static let EPERM: Int32 = 1
    static let EEXIST: Int32 = 17
    static let EINVAL: Int32 = 22
    static let ENOTTY: Int32 = 25
    static let ENOSPC: Int32 = 28
    static let E2BIG: Int32 = 7
    static let ENOTSUP: Int32 = 95
}

/// `VFIO_USER_VERSION`: a version and, optionally, capabilities as a
/// NUL-terminated JSON object.
public struct VFIOUserVersion: Sendable, Equatable {
    public var major: UInt16
    public var minor: UInt16
    /// The `capabilities` object (empty when none came).
    public var capabilities: JSONObject

    public init(major: UInt16, minor: UInt16, capabilities: JSONObject = JSONObject()) {
        self.major = major
        self.minor = minor
        self.capabilities = capabilities
    }

    /// Most bytes of version data accepted.
    public static let maxData = 4096

    /// The version in a `VFIO_USER_VERSION` payload.
    public init(payload: [UInt8]) throws(VFIOUserRequestError) {
        guard payload.count >= 4 else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_VERSION: \(payload.count) bytes, fewer than 4")
        }
        var reader = ByteReader(payload[...])
        major = reader.u16()
        minor = reader.u16()
        capabilities = JSONObject()
        let data = reader.rest
        guard !data.isEmpty else { return }
        guard data.count <= Self.maxData else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_VERSION: \(data.count) bytes of version data")
        }
        guard data.last == 0 else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_VERSION: version data without its terminating NUL")
        }
        let text = Array(data.dropLast())
        let value: JSONValue
        do {
            value = try JSONStreamParser.parse(bytes: text)
        } catch {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_VERSION: version data is not JSON: \(error)")
        }
        guard case .object(let object) = value else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_VERSION: version data is not a JSON object")
        }
        if let caps = object["capabilities"] {
            guard case .object(let c) = caps else {
                throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_VERSION: capabilities is not an object")
            }
            capabilities = c
        }
    }

    /// The payload: version, then the capabilities' JSON and a NUL.
    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: major)
        out.append(le: minor)
        var wrapper = JSONObject()
        wrapper.appendUnchecked("capabilities", .object(capabilities))
        out += JSONWriter.bytes(.object(wrapper))
        out.append(0)
        return out
    }
}

/// What the server offers in the version negotiation.
public struct VFIOUserServerLimits: Sendable, Equatable {
    /// The highest protocol version served (QEMU's client speaks 0.0).
    public var major: UInt16 = 0
    public var minor: UInt16 = 0
    /// Descriptors the server takes in one message.
    public var maxMessageFDs: UInt64 = 8
    /// Largest data transfer (region and DMA reads and writes).
    public var maxDataTransfer: UInt64 = 1 << 20
    /// DMA windows a client may have at once.
    public var maxDMAMaps: UInt64 = 65535
    /// Page sizes DMA maps may use.
    public var pageSizes: UInt64 = 4096
    /// Most vectors one VFIO_USER_DEVICE_SET_IRQS names (an MSI-X table's).
    public var maxIRQVectors = 2048

    public init() {}

    /// The server's reply to the client's proposal, by the spec's rules:
    /// the same major (else nil: the connection is closed), a minor no
    /// higher than proposed, capabilities only among those proposed, each
    /// at what both sides can do.
    public func negotiate(_ proposal: VFIOUserVersion) -> VFIOUserVersion? {
        guard proposal.major == major else { return nil }
        var caps = JSONObject()
        let client = proposal.capabilities
        func number(_ name: String) -> UInt64? { client[name]?.uint64Value }
        if client["max_msg_fds"] != nil { caps.appendUnchecked("max_msg_fds", .uint(maxMessageFDs)) }
        if client["max_data_xfer_size"] != nil {
            caps.appendUnchecked("max_data_xfer_size", .uint(min(maxDataTransfer, number("max_data_xfer_size") ?? maxDataTransfer)))
        }
        if client["max_dma_maps"] != nil {
            caps.appendUnchecked("max_dma_maps", .uint(min(maxDMAMaps, number("max_dma_maps") ?? maxDMAMaps)))
        }
        if client["pgsizes"] != nil {
            caps.appendUnchecked("pgsizes", .uint(pageSizes & (number("pgsizes") ?? pageSizes)))
        }
        return VFIOUserVersion(major: major, minor: min(minor, proposal.minor), capabilities: caps)
    }
}

/// `VFIO_USER_DMA_MAP`: a window of client memory at a DMA address,
/// usually with a descriptor of that memory.
public struct VFIOUserDMAMap: Sendable, Equatable {
    public static let size = 32
    public var flags: UInt32
    /// Offset of the window in the descriptor's file.
    public var offset: UInt64
    /// Its DMA address (IOVA).
    public var address: UInt64
    public var size: UInt64

    public static let readable: UInt32 = 1
    public static let writeable: UInt32 = 2

    public init(flags: UInt32, offset: UInt64, address: UInt64, size: UInt64) {
        self.flags = flags
        self.offset = offset
        self.address = address
        self.size = size
    }

    /// The request in `payload`, checked: argsz 32, known flags, a
    /// non-empty window that does not wrap.
    public init(payload: [UInt8]) throws(VFIOUserRequestError) {
        guard payload.count == Self.size else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DMA_MAP: \(payload.count) bytes, not \(Self.size)")
        }
        var reader = ByteReader(payload[...])
        let argsz = reader.u32()
        flags = reader.u32()
        offset = reader.u64()
        address = reader.u64()
        size = reader.u64()
        guard argsz == Self.size else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DMA_MAP: argsz \(argsz), not \(Self.size)")
        }
        guard flags & ~(Self.readable | Self.writeable) == 0 else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DMA_MAP: unknown flags 0x\(String(flags, radix: 16))")
        }
        guard size > 0, address <= UInt64.max - (size - 1) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "VFIO_USER_DMA_MAP: window [0x\(String(address, radix: 16)), +0x\(String(size, radix: 16))) is empty or wraps")
        }
    }

    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: UInt32(Self.size))
        out.append(le: flags)
        out.append(le: offset)
        out.append(le: address)
        out.append(le: size)
        return out
    }
}

/// `VFIO_USER_DMA_UNMAP`: a window mapped before, exactly.
public struct VFIOUserDMAUnmap: Sendable, Equatable {
    public static let size = 24
    public var argsz: UInt32
    public var flags: UInt32
    public var address: UInt64
    public var size: UInt64

    public init(argsz: UInt32 = UInt32(VFIOUserDMAUnmap.size), flags: UInt32 = 0, address: UInt64, size: UInt64) {
        self.argsz = argsz
        self.flags = flags
        self.address = address
        self.size = size
    }

    /// The request in `payload`: 24 bytes, no flags (this version has none).
    public init(payload: [UInt8]) throws(VFIOUserRequestError) {
        guard payload.count == Self.size else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DMA_UNMAP: \(payload.count) bytes, not \(Self.size)")
        }
        var reader = ByteReader(payload[...])
        argsz = reader.u32()
        flags = reader.u32()
        address = reader.u64()
        size = reader.u64()
        guard flags == 0 else {
            throw VFIOUserRequestError(VFIOUserRequestError.ENOTSUP, "VFIO_USER_DMA_UNMAP: flags 0x\(String(flags, radix: 16)) (none are defined)")
        }
        guard argsz >= UInt32(Self.size) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DMA_UNMAP: argsz \(argsz) is below \(Self.size)")
        }
    }

    /// The reply echoes the entry.
    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: UInt32(Self.size))
        out.append(le: flags)
        out.append(le: address)
        out.append(le: size)
        return out
    }
}

/// `VFIO_USER_DEVICE_GET_INFO`'s reply (the request is the same 16 bytes,
/// its fields but argsz zero).
public struct VFIOUserDeviceInfo: Sendable, Equatable {
    public static let size = 16
    public static let flagReset: UInt32 = 1
    public static let flagPCI: UInt32 = 2
    public var flags: UInt32
    public var regionCount: UInt32
    public var irqCount: UInt32

    public init(flags: UInt32, regionCount: UInt32, irqCount: UInt32) {
        self.flags = flags
        self.regionCount = regionCount
        self.irqCount = irqCount
    }

    /// Checks a request: 16 bytes, argsz at least 16, other fields zero.
    public static func checkRequest(_ payload: [UInt8]) throws(VFIOUserRequestError) {
        guard payload.count == size else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DEVICE_GET_INFO: \(payload.count) bytes, not \(size)")
        }
        var reader = ByteReader(payload[...])
        let argsz = reader.u32()
        guard argsz >= UInt32(size) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DEVICE_GET_INFO: argsz \(argsz) is below \(size)")
        }
    }

    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: UInt32(Self.size))
        out.append(le: flags)
        out.append(le: regionCount)
        out.append(le: irqCount)
        return out
    }
}
