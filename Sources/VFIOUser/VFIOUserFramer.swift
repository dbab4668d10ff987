/// Why a stream of vfio-user bytes cannot go on: the connection must be
/// closed (a message whose size cannot be trusted leaves nothing to
/// resynchronise on).
public struct VFIOUserProtocolError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Cuts the bytes read from a vfio-user socket into messages. Descriptors
/// that arrive with some bytes belong to the message those bytes start
/// (SCM_RIGHTS data arrives with the first byte of its message).
public struct VFIOUserFramer: Sendable {
    /// The largest message accepted: a header, the largest payload the
    /// protocol has beyond data transfers, and `maxDataTransfer` bytes.
    public let maxMessageSize: Int
    /// The most descriptors one message may carry (`max_msg_fds`).
    public let maxDescriptors: Int

    private var buffer: [UInt8] = []
    private var pendingFDs: [Int32] = []

    /// - Parameters:
    ///   - maxDataTransfer: the `max_data_xfer_size` negotiated (1 MiB by default).
    ///   - maxDescriptors: the `max_msg_fds` this side announced.
    public init(maxDataTransfer: Int = 1 << 20, maxDescriptors: Int = 8) {
        maxMessageSize = VFIOUserHeader.size + 4096 + maxDataTransfer
        self.maxDescriptors = maxDescriptors
    }

    /// Adds bytes (and the descriptors that came with them) and returns the
    /// messages now complete, in order.
    ///
    /// - Throws: a message size below the header's or above
    ///   ``maxMessageSize``, or more descriptors than ``maxDescriptors``
    ///   (the descriptors received so far stay unclaimed:
    ///   ``takeUnclaimedDescriptors()`` hands them to the caller to close).
    public mutating func feed(_ bytes: [UInt8], fds: [Int32] = []) throws(VFIOUserProtocolError) -> [VFIOUserMessage] {
        buffer += bytes
        pendingFDs += fds
        guard pendingFDs.count <= maxDescriptors else {
            throw VFIOUserProtocolError("\(pendingFDs.count) descriptors with one message (at most \(maxDescriptors))")
        }
        var messages: [VFIOUserMessage] = []
        var start = 0
        while buffer.count - start >= VFIOUserHeader.size {
            let header = VFIOUserHeader(buffer[start..<start + VFIOUserHeader.size])
            let size = Int(header.messageSize)
            guard size >= VFIOUserHeader.size else {
                throw VFIOUserProtocolError("message \(header.messageID): size \(size) is smaller than its header")
            }
            guard size <= maxMessageSize else {
                throw VFIOUserProtocolError("message \(header.messageID): size \(size) exceeds \(maxMessageSize)")
            }
            guard buffer.count - start >= size else { break }
            let payload = Array(buffer[start + VFIOUserHeader.size..<start + size])
            messages.append(VFIOUserMessage(header: header, payload: payload, fds: pendingFDs))
            pendingFDs = []
            start += size
        }
        if start > 0 { buffer.removeFirst(start) }
        return messages
    }

    /// Descriptors received but not yet given to a message (to close when
    /// the connection ends).
    public mutating func takeUnclaimedDescriptors() -> [Int32] {
        defer { pendingFDs = [] }
        return pendingFDs
    }
}
