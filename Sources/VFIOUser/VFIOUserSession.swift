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
    /// The client went away: everything it mapped is unmapped and the
    /// interrupts it set are disabled.
    func clientGone()
    /// `VFIO_DEVICE_GET_REGION_INFO` of region `index` with room for
    /// `argsz` bytes: the answer (struct and capabilities, at most `argsz`
    /// bytes) and, for a region the client may mmap, a descriptor to map it
    /// from (the session closes it once sent).
    func regionInfo(index: UInt32, argsz: UInt32) throws(VFIOUserRequestError) -> (answer: [UInt8], fd: Int32?)
    /// Reads `count` bytes of region `region` at `offset`.
    func regionRead(region: UInt32, offset: UInt64, count: UInt32) throws(VFIOUserRequestError) -> [UInt8]
    /// Writes `data` to region `region` at `offset`.
    func regionWrite(region: UInt32, offset: UInt64, data: [UInt8]) throws(VFIOUserRequestError)
    /// `VFIO_DEVICE_GET_IRQ_INFO` of `index`: its flags and vector count.
    func irqInfo(index: UInt32) throws(VFIOUserRequestError) -> (flags: UInt32, count: UInt32)
    /// `VFIO_DEVICE_SET_IRQS` with the client's eventfds (`fds`, one per
    /// vector, or none: −1 for each); the device does not take `fds`.
    func setIRQs(_ request: VFIOUserSetIRQs, fds: [Int32]) throws(VFIOUserRequestError)
    /// `VFIO_DEVICE_RESET`.
    func reset() throws(VFIOUserRequestError)
    /// Whether DMA logging can run (PROBE of the DMA logging features).
    func probeDMALogging() throws(VFIOUserRequestError)
    /// Starts DMA logging at about `pageSize`; the page size it logs at.
    func startDMALogging(pageSize: UInt64) throws(VFIOUserRequestError) -> UInt64
    /// Stops DMA logging (also when it does not run).
    func stopDMALogging() throws(VFIOUserRequestError)
    /// The pages of `[iova, iova+length)` written since the last report, one
    /// bit per `pageSize`, as `u64` words in host order; read and cleared.
    func reportDMALogging(iova: UInt64, length: UInt64, pageSize: UInt64) throws(VFIOUserRequestError) -> [UInt64]
    /// A migration feature (MIGRATION, MIG_DEVICE_STATE) relayed to the
    /// device: `flags` (index and GET/SET/PROBE) with `data`; the data
    /// back (8 bytes for GET and SET, none for PROBE). A state change's
    /// data descriptor stays with the device (`data_fd` comes back −1).
    func migrationFeature(flags: UInt32, data: [UInt8]) throws(VFIOUserRequestError) -> [UInt8]
    /// Up to `count` bytes of the migration data the device saves.
    func readMigrationData(count: Int) throws(VFIOUserRequestError) -> [UInt8]
    /// Migration data for the device to resume from.
    func writeMigrationData(_ bytes: [UInt8]) throws(VFIOUserRequestError)
}

/// The server side of one vfio-user connection, without its socket: it
/// takes each message from the client and says what to send back, which
/// descriptors to close, and whether the connection must end. Windows the
/// client maps are checked against the export's policy before the device
/// sees them.
public final class VFIOUserSession {
    /// What the server does after a message.
    public struct Outcome: Equatable {
        /// The reply to send, if any (none for No_reply commands). Its
        /// descriptors are the caller's, to close once sent.
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
            case .deviceGetRegionInfo:
                let request = try VFIOUserRegionInfoRequest(payload: message.payload)
                let (answer, fd) = try device.regionInfo(index: request.index, argsz: request.argsz)
                guard !message.header.flags.contains(.noReply) else {
                    fd.map(closeDescriptor)
                    return Outcome()
                }
                return Outcome(reply: message.reply(answer, fds: fd.map { [$0] } ?? []))
            case .regionRead:
                let access = try VFIOUserRegionAccess(payload: message.payload, write: false, limit: transferLimit)
                let data = try device.regionRead(region: access.region, offset: access.offset, count: access.count)
                let reply = VFIOUserRegionAccess(offset: access.offset, region: access.region, count: UInt32(data.count), data: data)
                return answer(message, reply.payload)
            case .regionWrite:
                let access = try VFIOUserRegionAccess(payload: message.payload, write: true, limit: transferLimit)
                try device.regionWrite(region: access.region, offset: access.offset, data: access.data)
                return answer(message, VFIOUserRegionAccess(offset: access.offset, region: access.region, count: access.count).payload)
            case .deviceGetIRQInfo:
                let request = try VFIOUserIRQInfo(payload: message.payload)
                let (flags, count) = try device.irqInfo(index: request.index)
                return answer(message, VFIOUserIRQInfo(flags: flags, index: request.index, count: count).payload)
            case .deviceSetIRQs:
                let request = try VFIOUserSetIRQs(payload: message.payload, fds: fds.count, maxVectors: limits.maxIRQVectors)
                try device.setIRQs(request, fds: fds)
                return answer(message, [])
            case .deviceReset:
                guard message.payload.isEmpty else {
                    throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "VFIO_USER_DEVICE_RESET: \(message.payload.count) bytes of payload, not none")
                }
                try device.reset()
                return answer(message, [])
            case .deviceFeature:
                return answer(message, try feature(VFIOUserDeviceFeature(payload: message.payload)).payload)
            case .migDataRead:
                let request = try VFIOUserMigrationData(payload: message.payload, write: false)
                guard UInt64(request.size) <= transferLimit else {
                    throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                        "VFIO_USER_MIG_DATA_READ: size \(request.size) is more than \(transferLimit) (max_data_xfer_size)")
                }
                let data = try device.readMigrationData(count: Int(request.size))
                return answer(message, VFIOUserMigrationData(size: UInt32(data.count), data: data).payload)
            case .migDataWrite:
                let request = try VFIOUserMigrationData(payload: message.payload, write: true)
                try device.writeMigrationData(request.data)
                return answer(message, VFIOUserMigrationData(size: request.size).payload)
            default:
                throw VFIOUserRequestError(VFIOUserRequestError.ENOTSUP, "\(command.name) is not served")
            }
        } catch {
            return refuse(message, error)
        }
    }

    /// VFIO_USER_DEVICE_FEATURE: DMA logging through the device's dirty
    /// tracking; the migration features relayed to the device (whose
    /// kernel answers ENOTTY when it cannot migrate); others → ENOTTY.
    private func feature(_ request: VFIOUserDeviceFeature) throws(VFIOUserRequestError) -> VFIOUserDeviceFeature {
        let name = "VFIO_USER_DEVICE_FEATURE"
        switch request.index {
        case VFIOUserDeviceFeature.dmaLoggingStart, VFIOUserDeviceFeature.dmaLoggingStop:
            if request.isProbe {
                guard !request.isGet else {
                    throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): DMA logging start and stop have no GET")
                }
                try device.probeDMALogging()
                return request
            }
            guard request.isSet else {
                throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): DMA logging start and stop are SET only")
            }
            guard request.index == VFIOUserDeviceFeature.dmaLoggingStart else {
                try device.stopDMALogging()
                return request
            }
            var control = try VFIOUserDMALoggingControl(data: request.data)
            control.pageSize = try device.startDMALogging(pageSize: control.pageSize)
            return VFIOUserDeviceFeature(flags: request.flags, data: control.data)
        case VFIOUserDeviceFeature.dmaLoggingReport:
            if request.isProbe {
                guard !request.isSet else {
                    throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): DMA logging report has no SET")
                }
                try device.probeDMALogging()
                return request
            }
            guard request.isGet else {
                throw VFIOUserRequestError(VFIOUserRequestError.EINVAL, "\(name): DMA logging report is GET only")
            }
            let report = try VFIOUserDMALoggingReport(data: request.data)
            let page = report.pageSize
            guard page.nonzeroBitCount == 1, report.length > 0, report.iova % page == 0, report.length % page == 0,
                report.iova <= UInt64.max - (report.length - 1)
            else {
                throw VFIOUserRequestError(VFIOUserRequestError.EINVAL,
                    "\(name): DMA logging report of [0x\(String(report.iova, radix: 16)), +0x\(String(report.length, radix: 16))) in pages of 0x\(String(page, radix: 16)): a power-of-two page size and a non-empty range aligned to it")
            }
            // One bit a page, in u64 words; rounded up without overflow (a page
            // of one byte over the whole space is 2^64 - 1 pages).
            let pages = report.length / page
            let bitmapBytes = (pages / 64 + (pages % 64 == 0 ? 0 : 1)) * 8
            guard bitmapBytes <= transferLimit else {
                throw VFIOUserRequestError(VFIOUserRequestError.E2BIG,
                    "\(name): a bitmap of \(bitmapBytes) bytes is more than \(transferLimit) (max_data_xfer_size)")
            }
            let words = try device.reportDMALogging(iova: report.iova, length: report.length, pageSize: page)
            var data = report.data
            for word in words { data.append(le: word) }
            return VFIOUserDeviceFeature(flags: request.flags, data: data)
        case VFIOUserDeviceFeature.migration, VFIOUserDeviceFeature.migrationDeviceState:
            let data = try device.migrationFeature(flags: request.flags, data: request.data)
            return VFIOUserDeviceFeature(flags: request.flags, data: data)
        default:
            throw VFIOUserRequestError(VFIOUserRequestError.ENOTTY, "\(name): feature \(request.index) is not served")
        }
    }

    /// The client disconnected: the device unmaps what it mapped and
    /// quiesces the interrupts it set.
    public func end() {
        device.clientGone()
        mapped = []
    }

    /// The largest region access: what was negotiated, else the server's.
    private var transferLimit: UInt64 {
        min(limits.maxDataTransfer, negotiated?.capabilities["max_data_xfer_size"]?.uint64Value ?? limits.maxDataTransfer)
    }

    private func answer(_ message: VFIOUserMessage, _ payload: [UInt8]) -> Outcome {
        Outcome(reply: message.header.flags.contains(.noReply) ? nil : message.reply(payload))
    }

    private func refuse(_ message: VFIOUserMessage, _ error: VFIOUserRequestError) -> Outcome {
        Outcome(reply: message.header.flags.contains(.noReply) ? nil : message.errorReply(error.errno), log: error.reason)
    }
}
