/// fuzz-vfio-user: the server side of a vfio-user connection — the bytes a
/// client sends on the socket, cut into messages by ``VFIOUserFramer`` and
/// served by a ``VFIOUserSession`` (negotiation, DMA windows against the
/// export's policy, region and interrupt requests, device features,
/// migration data), as an export's serving thread does. No descriptors
/// come with the bytes.
///
/// The device behind the session is a stand-in that answers every request
/// plausibly and checks what the session promises it: no region access or
/// dirty bitmap larger than `max_data_xfer_size`, no unmap of a window it
/// did not map. The device model of the daemon (``VFIOUserExport``, with the
/// simulated kernel) is not behind it; its kernel side is what
/// fuzz-sim-ioctl and fuzz-qmp-session reach.
///
/// A crash means a vfio-user client could bring the daemon down with what
/// it sends (a trap in the framer, a payload decoder or the session); a
/// failed `precondition`, that the session let a request through to the
/// device that it should have refused.
import VFIOUser

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVFIOUser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let limits = VFIOUserServerLimits()
    let device = StandInDevice(transferLimit: limits.maxDataTransfer)
    let session = VFIOUserSession(device: device, limits: limits, allowedWindows: [0x1000...0xffff_ffff, 1 << 40...UInt64.max],
                                  closeDescriptor: { _ in preconditionFailure("no descriptor was passed") })
    var framer = VFIOUserFramer(maxDataTransfer: Int(limits.maxDataTransfer), maxDescriptors: Int(limits.maxMessageFDs))
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The socket's reads: 4 KiB at a time.
    serving: for start in stride(from: 0, to: bytes.count, by: 4096) {
        guard let messages = try? framer.feed(Array(bytes[start..<min(bytes.count, start + 4096)])) else { break }
        for message in messages where session.handle(message).close {
            break serving
        }
    }
    session.end()
    return 0
}

/// A device that answers everything and checks what reaches it.
private final class StandInDevice: VFIOUserDevice {
    let transferLimit: UInt64
    var windows: [ClosedRange<UInt64>] = []
    var saved: [UInt8] = Array(repeating: 0x5a, count: 64)

    init(transferLimit: UInt64) { self.transferLimit = transferLimit }

    func deviceInfo() -> VFIOUserDeviceInfo {
        VFIOUserDeviceInfo(flags: VFIOUserDeviceInfo.flagPCI | VFIOUserDeviceInfo.flagReset, regionCount: 9, irqCount: 5)
    }

    func dmaMap(fd: Int32, _ map: VFIOUserDMAMap) -> VFIOUserRequestError? {
        preconditionFailure("DMA_MAP reached the device without a descriptor")
    }

    func dmaUnmap(address: UInt64, size: UInt64) -> VFIOUserRequestError? {
        preconditionFailure("DMA_UNMAP reached the device with no window mapped")
    }

    func clientGone() {}

    func regionInfo(index: UInt32, argsz: UInt32) throws(VFIOUserRequestError) -> (answer: [UInt8], fd: Int32?) {
        (Array(repeating: UInt8(truncatingIfNeeded: index), count: min(Int(argsz), 64)), nil)
    }

    func regionRead(region: UInt32, offset: UInt64, count: UInt32) throws(VFIOUserRequestError) -> [UInt8] {
        precondition(UInt64(count) <= transferLimit, "a region read larger than max_data_xfer_size")
        return Array(repeating: 0xab, count: Int(count))
    }

    func regionWrite(region: UInt32, offset: UInt64, data: [UInt8]) throws(VFIOUserRequestError) {
        precondition(UInt64(data.count) <= transferLimit, "a region write larger than max_data_xfer_size")
    }

    func irqInfo(index: UInt32) throws(VFIOUserRequestError) -> (flags: UInt32, count: UInt32) { (1, index % 8) }

    func setIRQs(_ request: VFIOUserSetIRQs, fds: [Int32]) throws(VFIOUserRequestError) {
        precondition(fds.isEmpty, "descriptors that were never passed")
    }

    func reset() throws(VFIOUserRequestError) {}

    func probeDMALogging() throws(VFIOUserRequestError) {}

    func startDMALogging(pageSize: UInt64) throws(VFIOUserRequestError) -> UInt64 { 4096 }

    func stopDMALogging() throws(VFIOUserRequestError) {}

    func reportDMALogging(iova: UInt64, length: UInt64, pageSize: UInt64) throws(VFIOUserRequestError) -> [UInt64] {
        let words = (length / pageSize).quotientAndRemainder(dividingBy: 64)
        let count = words.quotient + (words.remainder == 0 ? 0 : 1)
        precondition(count * 8 <= transferLimit, "a dirty bitmap larger than max_data_xfer_size")
        return Array(repeating: 0x5555_5555_5555_5555, count: Int(count))
    }

    func migrationFeature(flags: UInt32, data: [UInt8]) throws(VFIOUserRequestError) -> [UInt8] {
        Array(repeating: 0, count: 8)
    }

    func readMigrationData(count: Int) throws(VFIOUserRequestError) -> [UInt8] {
        precondition(UInt64(count) <= transferLimit, "a migration read larger than max_data_xfer_size")
        return Array(saved.prefix(count))
    }

    func writeMigrationData(_ bytes: [UInt8]) throws(VFIOUserRequestError) {}
}
