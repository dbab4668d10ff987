/// What a vfio-user session needs of the device it serves: the server side
/// of the protocol delegates here, so the protocol's rules are checked once
/// and the device model keeps its own (all-or-nothing, locked memory).
public protocol VFIOUserDevice: AnyObject {
    /// `VFIO_DEVICE_GET_INFO`: flags, region count, IRQ count.
    func deviceInfo() -> VFIOUserDeviceInfo
    /// Maps `[offset, offset+size)` of the client's descriptor `fd` at DMA
    /// address `address` for the device (the device takes `fd`, also on
    /// failure).
    func dmaMap(fd: Int32, _ map: VFIOUserDMAMap) -> VFIOUserRequestError?
    /// Unmaps a window mapped before.
    func dmaUnmap(address: UInt64, size: UInt64) -> VFIOUserRequestError?
    /// The client went away: everything it mapped is unmapped.
    func clientGone()
}

/// The server side of one vfio-user connection, without its socket: it
/// takes each message from the client and says what to send back, which
/// descriptors to close, and whether the connection must end. Windows the
/// client maps are checked against the export's policy before the device
/// sees them.
public final class VFIOUserSession {
    /// What the server does after a message.
    public struct Outcome: Equatable {
        /// The reply to send, if any (none for No_reply commands).
        public var reply: VFIOUserMessage?
        /// A line for the log: why a command was refused.
        public var log: String?
        /// The connection must be closed (a broken negotiation).
        public var close = false
    }

    private let device: VFIOUserDevice
    private let limits: VFIOUserServerLimits
    /// The DMA windows the client may map (inclusive), the whole 64-bit
    /// space unless the orchestrator said otherwise.
    public let allowedWindows: [ClosedRange<UInt64>]
    private let closeDescriptor: (Int32) -> Void
    private var negotiated: VFIOUserVersion?
    /// The windows the client has mapped, by DMA address.
    public private(set) var mapped: [ClosedRange<UInt64>] = []

    public init(device: VFIOUserDevice, limits: VFIOUserServerLimits = VFIOUserServerLimits(),
                allowedWindows: [ClosedRange<UInt64>] = [0...UInt64.max], closeDescriptor: @escaping (Int32) -> Void) {
        self.device = device
        self.limits = limits
        self.allowedWindows = allowedWindows
        self.closeDescriptor = closeDescriptor
    }

    /// Handles one message from the client.
    public func handle(_ message: VFIOUserMessage) -> Outcome {
        var fds = message.fds
        defer { fds.forEach(closeDescriptor) }
        guard message.header.isCommand else {
            return Outcome(reply: nil, log: "the client sent a reply (message \(message.header.messageID)) to no command",
                           close: true)
        }
        guard let command = message.command else {
            return refuse(message, VFIOUserRequestError(VFIOUserRequestError.ENOTSUP, "unknown command \(message.header.command)"))
        }
        if negotiated == nil {
            guard command == .version else {
                return Outcome(reply: nil, log: "\(command.name) before VFIO_USER_VERSION", close: true)
            }
            let proposal: VFIOUserVersion
            do {
                proposal = try VFIOUserVersion(payload: message.payload)
            } catch {
                return Outcome(reply: nil, log: error.reason, close: true)
            }
            guard let reply = limits.negotiate(proposal) else {
                return Outcome(reply: nil,
                               log: "the client proposes vfio-user \(proposal.major).\(proposal.minor); the server speaks \(limits.major).x",
                               close: true)
            }
            negotiated = reply
            return Outcome(reply: message.reply(reply.payload))
        }
        do throws(VFIOUserRequestError) {
            switch command {
            case .version:
                throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_VERSION again")
            case .deviceGetInfo:
                try VFIOUserDeviceInfo.checkRequest(message.payload)
                return answer(message, device.deviceInfo().payload)
            case .dmaMap:
                let map = try VFIOUserDMAMap(payload: message.payload)
                guard fds.count == 1, let fd = fds.first else {
                    throw VFIOUserRequestError(VFIOUserRequestError.ENOTSUP,
                        fds.isEmpty
                            ? "VFIO_USER_DMA_MAP of [0x\(String(map.address, radix: 16)), +0x\(String(map.size, radix: 16))) without a descriptor: iommud maps only memory it is given; back guest RAM with a shareable memory backend (memory-backend-memfd,share=on)"
                            : "VFIO_USER_DMA_MAP with \(fds.count) descriptors, not one")
                }
                fds = []  // the device takes it
                let window = map.address...(map.address + (map.size - 1))
                guard allowedWindows.contains(where: { $0.lowerBound <= window.lowerBound && window.upperBound <= $0.upperBound }) else {
                    closeDescriptor(fd)
                    throw VFIOUserRequestError(VFIOUserRequestError.EPERM,
                        "VFIO_USER_DMA_MAP of [0x\(String(map.address, radix: 16)), 0x\(String(window.upperBound, radix: 16))] is outside the windows this export allows")
                }
                guard !mapped.contains(where: { $0.overlaps(window) }) else {
                    closeDescriptor(fd)
                    throw VFIOUserRequestError(VFIOUserRequestError.EEXIST, "VFIO_USER_DMA_MAP over a window mapped already")
                }
                guard UInt64(mapped.count) < (negotiated?.capabilities["max_dma_maps"]?.uint64Value ?? limits.maxDMAMaps) else {
                    closeDescriptor(fd)
                    throw VFIOUserRequestError(VFIOUserRequestError.ENOSPC, "VFIO_USER_DMA_MAP: \(mapped.count) windows mapped already")
                }
                if let error = device.dmaMap(fd: fd, map) { throw error }
                mapped.append(window)
                return answer(message, [])
            case .dmaUnmap:
                let unmap = try VFIOUserDMAUnmap(payload: message.payload)
                guard unmap.size > 0, let index = mapped.firstIndex(where: {
                    $0.lowerBound == unmap.address && $0.upperBound == unmap.address &+ (unmap.size - 1)
                }) else {
                    throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DMA_UNMAP of [0x\(String(unmap.address, radix: 16)), +0x\(String(unmap.size, radix: 16))), which matches no mapped window")
                }
                if let error = device.dmaUnmap(address: unmap.address, size: unmap.size) { throw error }
                mapped.remove(at: index)
                return answer(message, unmap.payload)
            default:
                throw VFIOUserRequestError(VFIOUserRequestError.ENOTSUP, "\(command.name) is not served yet")
            }
        } catch {
            return refuse(message, error)
        }
    }

    /// The client disconnected: the device unmaps what it mapped.
    public func end() {
        if !mapped.isEmpty { device.clientGone() }
        mapped = []
    }

    private func answer(_ message: VFIOUserMessage, _ payload: [UInt8]) -> Outcome {
        Outcome(reply: message.header.flags.contains(.noReply) ? nil : message.reply(payload))
    }

    private func refuse(_ message: VFIOUserMessage, _ error: VFIOUserRequestError) -> Outcome {
        Outcome(reply: message.header.flags.contains(.noReply) ? nil : message.errorReply(error.errno), log: error.reason)
    }
}
