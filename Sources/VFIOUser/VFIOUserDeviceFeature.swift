/// `VFIO_USER_DEVICE_FEATURE`: `struct vfio_device_feature` — `argsz`,
/// `flags` (the feature index in bits 0–15, then GET, SET and PROBE), and
/// the feature's data.
public struct VFIOUserDeviceFeature: Sendable, Equatable {
    public static let headerSize = 8
    public static let get: UInt32 = 1 << 16
    public static let set: UInt32 = 1 << 17
    public static let probe: UInt32 = 1 << 18
    /// The feature indexes served (`VFIO_DEVICE_FEATURE_*`).
    public static let migration: UInt16 = 1
    public static let migrationDeviceState: UInt16 = 2
    public static let dmaLoggingStart: UInt16 = 6
    public static let dmaLoggingStop: UInt16 = 7
    public static let dmaLoggingReport: UInt16 = 8

    public var flags: UInt32
    public var data: [UInt8]

    public init(flags: UInt32, data: [UInt8] = []) {
        self.flags = flags
        self.data = data
    }

    /// The feature index.
    public var index: UInt16 { UInt16(truncatingIfNeeded: flags) }
    public var isProbe: Bool { flags & Self.probe != 0 }
    public var isGet: Bool { flags & Self.get != 0 }
    public var isSet: Bool { flags & Self.set != 0 }

    /// The request in `payload`: `argsz` its size, no unknown flag, GET and
    /// SET not both unless probing.
    public init(payload: [UInt8]) throws(VFIOUserRequestError) {
        let name = "VFIO_USER_DEVICE_FEATURE"
        guard payload.count >= Self.headerSize else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): \(payload.count) bytes, fewer than \(Self.headerSize)")
        }
        var reader = ByteReader(payload[...])
        let argsz = reader.u32()
        flags = reader.u32()
        data = Array(reader.rest)
        guard argsz == UInt32(payload.count) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): argsz \(argsz) for \(payload.count) bytes")
        }
        guard flags & ~(0xffff | Self.get | Self.set | Self.probe) == 0 else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): unknown flags 0x\(String(flags, radix: 16))")
        }
        guard isProbe || !(isGet && isSet) else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): GET and SET together without PROBE")
        }
    }

    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: UInt32(Self.headerSize + data.count))
        out.append(le: flags)
        out += data
        return out
    }
}

/// `VFIO_DEVICE_FEATURE_DMA_LOGGING_START`'s data: a page size the device
/// should log at and the IOVA ranges to log (none: all).
public struct VFIOUserDMALoggingControl: Sendable, Equatable {
    public static let headerSize = 16
    /// Most ranges one request names.
    public static let maxRanges = 1024
    public var pageSize: UInt64
    public var ranges: [(iova: UInt64, length: UInt64)]

    public init(pageSize: UInt64, ranges: [(iova: UInt64, length: UInt64)] = []) {
        self.pageSize = pageSize
        self.ranges = ranges
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.pageSize == b.pageSize && a.ranges.elementsEqual(b.ranges) { $0.iova == $1.iova && $0.length == $1.length }
    }

    /// The data of a START: 16 bytes and `num_ranges` 16-byte ranges.
    public init(data: [UInt8]) throws(VFIOUserRequestError) {
        let name = "VFIO_DEVICE_FEATURE_DMA_LOGGING_START"
        guard data.count >= Self.headerSize else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): \(data.count) bytes of data, fewer than \(Self.headerSize)")
        }
        var reader = ByteReader(data[...])
        pageSize = reader.u64()
        let count = Int(reader.u32())
        _ = reader.u32()
        guard count <= Self.maxRanges, data.count == Self.headerSize + 16 * count else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "\(name): \(count) ranges in \(data.count) bytes of data (at most \(Self.maxRanges), 16 bytes each)")
        }
        ranges = (0..<count).map { _ in (reader.u64(), reader.u64()) }
    }

    public var data: [UInt8] {
        var out = [UInt8]()
        out.append(le: pageSize)
        out.append(le: UInt32(ranges.count))
        out.append(le: UInt32(0))
        for range in ranges {
            out.append(le: range.iova)
            out.append(le: range.length)
        }
        return out
    }
}

/// `VFIO_DEVICE_FEATURE_DMA_LOGGING_REPORT`'s data: the range and the page
/// size of the bitmap wanted (the reply adds the bitmap after them).
public struct VFIOUserDMALoggingReport: Sendable, Equatable {
    public static let size = 24
    public var iova: UInt64
    public var length: UInt64
    public var pageSize: UInt64

    public init(iova: UInt64, length: UInt64, pageSize: UInt64) {
        self.iova = iova
        self.length = length
        self.pageSize = pageSize
    }

    public init(data: [UInt8]) throws(VFIOUserRequestError) {
        guard data.count == Self.size else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "VFIO_DEVICE_FEATURE_DMA_LOGGING_REPORT: \(data.count) bytes of data, not \(Self.size)")
        }
        var reader = ByteReader(data[...])
        iova = reader.u64()
        length = reader.u64()
        pageSize = reader.u64()
    }

    public var data: [UInt8] {
        var out = [UInt8]()
        out.append(le: iova)
        out.append(le: length)
        out.append(le: pageSize)
        return out
    }
}

/// `VFIO_USER_MIG_DATA_READ` and `VFIO_USER_MIG_DATA_WRITE`: `argsz`, `size`
/// and, in a write and a read's reply, `size` bytes of migration data.
public struct VFIOUserMigrationData: Sendable, Equatable {
    public static let headerSize = 8
    public var size: UInt32
    public var data: [UInt8]

    public init(size: UInt32, data: [UInt8] = []) {
        self.size = size
        self.data = data
    }

    /// A read request (8 bytes) or a write (8 bytes and `size` of data);
    /// `argsz` the payload's size.
    public init(payload: [UInt8], write: Bool) throws(VFIOUserRequestError) {
        let name = write ? "VFIO_USER_MIG_DATA_WRITE" : "VFIO_USER_MIG_DATA_READ"
        guard payload.count >= Self.headerSize else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): \(payload.count) bytes, fewer than \(Self.headerSize)")
        }
        var reader = ByteReader(payload[...])
        let argsz = reader.u32()
        size = reader.u32()
        data = Array(reader.rest)
        let expected = Self.headerSize + (write ? Int(size) : 0)
        guard argsz == UInt32(payload.count), payload.count == expected else {
            throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                                       "\(name): argsz \(argsz) and \(payload.count) bytes for a size of \(size), not \(expected)")
        }
    }

    public var payload: [UInt8] {
        var out = [UInt8]()
        out.append(le: UInt32(Self.headerSize + data.count))
        out.append(le: size)
        out += data
        return out
    }
}
