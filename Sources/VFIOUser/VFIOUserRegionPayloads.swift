/// `VFIO_USER_DEVICE_GET_REGION_INFO`'s request: `struct vfio_region_info`
/// (32 bytes) of which the client sets `argsz` (the room it has for the
/// reply, capabilities included) and `index`.
public struct VFIOUserRegionInfoRequest: Sendable, Equatable {
    public static let size = 32
    public var argsz: UInt32
    public var index: UInt32

    public init(argsz: UInt32, index: UInt32) {
        self.argsz = argsz
        self.index = index
    }

    /// The request in `payload`: 32 bytes, `argsz` at least 32.
    public init(payload: [UInt8]) throws(VFIOUserRequestError) {
        guard payload.count == Self.size else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "VFIO_USER_DEVICE_GET_REGION_INFO: \(payload.count) bytes, not \(Self.size)")
        }
        var reader = ByteReader(payload[...])
        argsz = reader.u32()
        _ = reader.u32()
        index = reader.u32()
        guard argsz >= UInt32(Self.size) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "VFIO_USER_DEVICE_GET_REGION_INFO: argsz \(argsz) is below \(Self.size)")
        }
    }

    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: argsz)
        out.append(le: UInt32(0))
        out.append(le: index)
        out += [UInt8](repeating: 0, count: Self.size - 12)
        return out
    }
}

/// `VFIO_USER_REGION_READ` and `VFIO_USER_REGION_WRITE`: `count` bytes at
/// `offset` of region `region`; the data follows in a write and in a read's
/// reply.
public struct VFIOUserRegionAccess: Sendable, Equatable {
    /// The fixed part.
    public static let headerSize = 16
    public var offset: UInt64
    public var region: UInt32
    public var count: UInt32
    public var data: [UInt8]

    public init(offset: UInt64, region: UInt32, count: UInt32, data: [UInt8] = []) {
        self.offset = offset
        self.region = region
        self.count = count
        self.data = data
    }

    /// A read (`write` false: exactly the 16 bytes) or a write (the 16 bytes
    /// and `count` of data); `count` at most `limit` (the negotiated
    /// `max_data_xfer_size`) and not zero.
    public init(payload: [UInt8], write: Bool, limit: UInt64) throws(VFIOUserRequestError) {
        let name = write ? "VFIO_USER_REGION_WRITE" : "VFIO_USER_REGION_READ"
        guard payload.count >= Self.headerSize else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): \(payload.count) bytes, fewer than \(Self.headerSize)")
        }
        var reader = ByteReader(payload[...])
        offset = reader.u64()
        region = reader.u32()
        count = reader.u32()
        guard count > 0, UInt64(count) <= limit else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): count \(count) is not from 1 to \(limit)")
        }
        let expected = Self.headerSize + (write ? Int(count) : 0)
        guard payload.count == expected else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "\(name): \(payload.count) bytes for a count of \(count), not \(expected)")
        }
        data = write ? Array(payload[Self.headerSize...]) : []
    }

    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: offset)
        out.append(le: region)
        out.append(le: count)
        out += data
        return out
    }
}

/// `VFIO_USER_DEVICE_GET_IRQ_INFO`: `struct vfio_irq_info` (16 bytes) both
/// ways; the client sets `argsz` and `index`.
public struct VFIOUserIRQInfo: Sendable, Equatable {
    public static let size = 16
    public var argsz: UInt32
    public var flags: UInt32
    public var index: UInt32
    public var count: UInt32

    public init(argsz: UInt32 = UInt32(VFIOUserIRQInfo.size), flags: UInt32 = 0, index: UInt32, count: UInt32 = 0) {
        self.argsz = argsz
        self.flags = flags
        self.index = index
        self.count = count
    }

    /// The request in `payload`: 16 bytes, `argsz` at least 16.
    public init(payload: [UInt8]) throws(VFIOUserRequestError) {
        guard payload.count == Self.size else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DEVICE_GET_IRQ_INFO: \(payload.count) bytes, not \(Self.size)")
        }
        var reader = ByteReader(payload[...])
        argsz = reader.u32()
        flags = reader.u32()
        index = reader.u32()
        count = reader.u32()
        guard argsz >= UInt32(Self.size) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DEVICE_GET_IRQ_INFO: argsz \(argsz) is below \(Self.size)")
        }
    }

    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: argsz)
        out.append(le: flags)
        out.append(le: index)
        out.append(le: count)
        return out
    }
}

/// `VFIO_USER_DEVICE_SET_IRQS`: `struct vfio_irq_set`. Eventfds travel as
/// the message's descriptors (all of `count` vectors, or none: every
/// vector's eventfd removed); bools follow the 20 bytes, one per vector.
public struct VFIOUserSetIRQs: Sendable, Equatable {
    public static let headerSize = 20
    public static let dataNone: UInt32 = 1
    public static let dataBool: UInt32 = 2
    public static let dataEventfd: UInt32 = 4
    public var flags: UInt32
    public var index: UInt32
    public var start: UInt32
    public var count: UInt32
    /// The bools of a `DATA_BOOL` request (empty otherwise).
    public var bools: [UInt8]

    public init(flags: UInt32, index: UInt32, start: UInt32, count: UInt32, bools: [UInt8] = []) {
        self.flags = flags
        self.index = index
        self.start = start
        self.count = count
        self.bools = bools
    }

    /// The request in `payload` with `fds` descriptors: `argsz` the
    /// payload's size, a bool per vector after the head for `DATA_BOOL`,
    /// nothing else; with `DATA_EVENTFD`, `count` descriptors or none;
    /// other data types carry none. `count` at most `maxVectors`.
    public init(payload: [UInt8], fds: Int, maxVectors: Int) throws(VFIOUserRequestError) {
        let name = "VFIO_USER_DEVICE_SET_IRQS"
        guard payload.count >= Self.headerSize else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): \(payload.count) bytes, fewer than \(Self.headerSize)")
        }
        var reader = ByteReader(payload[...])
        let argsz = reader.u32()
        flags = reader.u32()
        index = reader.u32()
        start = reader.u32()
        count = reader.u32()
        guard argsz == UInt32(payload.count) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): argsz \(argsz) for \(payload.count) bytes")
        }
        guard count <= UInt32(maxVectors) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): count \(count) is above \(maxVectors)")
        }
        let boolBytes = flags & Self.dataBool != 0 ? Int(count) : 0
        guard payload.count == Self.headerSize + boolBytes else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "\(name): \(payload.count) bytes, not \(Self.headerSize + boolBytes) for these flags and count")
        }
        bools = Array(payload[Self.headerSize...])
        let eventfds = flags & Self.dataEventfd != 0
        guard fds == 0 || (eventfds && fds == Int(count)) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "\(name): \(fds) descriptors for \(eventfds ? "\(count) vectors" : "a request without eventfds")")
        }
    }

    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: UInt32(Self.headerSize + bools.count))
        out.append(le: flags)
        out.append(le: index)
        out.append(le: start)
        out.append(le: count)
        out += bools
        return out
    }
}
