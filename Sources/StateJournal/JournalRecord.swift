/// One record of the journal: a snapshot of the whole state (only ever the
/// first record of a file) or one acknowledged change.
///
/// On disk, little-endian, 24 bytes of header then the payload:
///
/// | offset | size | field |
/// |---|---|---|
/// | 0 | 4 | magic `IMJ1` |
/// | 4 | 1 | kind: 1 snapshot, 2 change |
/// | 5 | 3 | zero |
/// | 8 | 4 | payload length |
/// | 12 | 8 | sequence number (consecutive, from 1, kept across compactions) |
/// | 20 | 4 | CRC-32C of bytes 4..<20 and the payload |
///
/// The payload is the owner's (iommud writes JSON text, which never holds a
/// raw zero byte, so a payload cannot carry a record of its own).
public struct JournalRecord: Equatable, Sendable {
    /// What a record holds.
    public enum Kind: UInt8, Sendable {
        case snapshot = 1
        case change = 2
    }

    public var kind: Kind
    public var sequence: UInt64
    public var payload: [UInt8]

    public init(kind: Kind, sequence: UInt64, payload: [UInt8]) {
        self.kind = kind
        self.sequence = sequence
        self.payload = payload
    }

    static let magic: [UInt8] = Array("IMJ1".utf8)
    static let headerSize = 24
    /// The largest payload a record may have (a snapshot of every object
    /// the limits allow fits many times over).
    public static let maxPayload = 256 << 20

    /// The record as written.
    var bytes: [UInt8] {
        var out = Self.magic
        out.reserveCapacity(Self.headerSize + payload.count)
        out += [kind.rawValue, 0, 0, 0]
        out += littleEndian(UInt32(payload.count))
        out += littleEndian(sequence)
        let crc = CRC32C.update(CRC32C.checksum(out[4..<20]), payload)
        out += littleEndian(crc)
        out += payload
        return out
    }
}

private func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
    (0..<(T.bitWidth / 8)).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
}

private func readLittleEndian<T: FixedWidthInteger>(_ bytes: ArraySlice<UInt8>, at offset: Int, as: T.Type) -> T {
    var value: T = 0
    for i in 0..<(T.bitWidth / 8) { value |= T(bytes[bytes.startIndex + offset + i]) << (i * 8) }
    return value
}

/// What reading a journal found: its records and where valid data ends.
struct JournalScan: Equatable {
    var records: [JournalRecord] = []
    /// Bytes of whole, valid records from the start.
    var validLength = 0
    /// What follows the last valid record: nothing, or a record cut short
    /// or failing its checksum with nothing valid after it — the write a
    /// crash interrupted, never acknowledged.
    var tornBytes = 0

    /// Reads `bytes`. A record that is invalid while a valid one follows it
    /// is corruption, not a torn write, and so is a valid record out of
    /// sequence or a snapshot after the first record: those throw.
    static func scan(_ bytes: [UInt8]) throws(JournalError) -> JournalScan {
        var scan = JournalScan()
        var offset = 0
        while offset < bytes.count {
            switch parse(bytes[...], at: offset) {
            case .record(let record, let length):
                if let last = scan.records.last, record.sequence != last.sequence &+ 1 {
                    throw .corrupt(offset: offset, "record \(record.sequence) follows record \(last.sequence)")
                }
                if record.kind == .snapshot, !scan.records.isEmpty {
                    throw .corrupt(offset: offset, "a snapshot after the first record")
                }
                scan.records.append(record)
                offset += length
                scan.validLength = offset
            case .invalid(let reason):
                if let later = firstValidRecord(in: bytes, after: offset) {
                    throw .corrupt(offset: offset, "\(reason), and a valid record follows at \(later)")
                }
                scan.tornBytes = bytes.count - offset
                return scan
            }
        }
        return scan
    }

    private enum Parsed {
        case record(JournalRecord, length: Int)
        case invalid(String)
    }

    private static func parse(_ bytes: ArraySlice<UInt8>, at offset: Int) -> Parsed {
        let available = bytes.endIndex - bytes.startIndex - offset
        guard available >= JournalRecord.headerSize else { return .invalid("a header cut short") }
        let header = bytes[(bytes.startIndex + offset)..<(bytes.startIndex + offset + JournalRecord.headerSize)]
        guard header.prefix(4).elementsEqual(JournalRecord.magic) else { return .invalid("no record magic") }
        guard let kind = JournalRecord.Kind(rawValue: header[header.startIndex + 4]),
              header[(header.startIndex + 5)..<(header.startIndex + 8)].allSatisfy({ $0 == 0 })
        else { return .invalid("an unknown record kind") }
        let length = Int(readLittleEndian(header, at: 8, as: UInt32.self))
        guard length <= JournalRecord.maxPayload else { return .invalid("a payload length over the limit") }
        guard available - JournalRecord.headerSize >= length else { return .invalid("a record cut short") }
        let start = bytes.startIndex + offset + JournalRecord.headerSize
        let payload = bytes[start..<(start + length)]
        let crc = CRC32C.update(CRC32C.checksum(header[(header.startIndex + 4)..<(header.startIndex + 20)]), payload)
        guard crc == readLittleEndian(header, at: 20, as: UInt32.self) else { return .invalid("a checksum mismatch") }
        let sequence = readLittleEndian(header, at: 12, as: UInt64.self)
        return .record(
            JournalRecord(kind: kind, sequence: sequence, payload: Array(payload)),
            length: JournalRecord.headerSize + length)
    }

    /// The offset of the first whole, valid record after `offset`.
    private static func firstValidRecord(in bytes: [UInt8], after offset: Int) -> Int? {
        var candidate = offset + 1
        let first = JournalRecord.magic[0]
        while candidate + JournalRecord.headerSize <= bytes.count {
            guard let next = bytes[candidate...].firstIndex(of: first) else { return nil }
            if case .record = parse(bytes[...], at: next) { return next }
            candidate = next + 1
        }
        return nil
    }
}
