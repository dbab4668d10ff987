#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import Posix

/// An IO page fault queue (the kernel's `iommufd_fault`, a FAULT object)
/// and its descriptor: a real eventfd whose readability follows the queue
/// (poll/epoll see it readable while faults wait), with the queue's
/// `read()`/`write()` semantics served by ``SimulatedKernel/read(_:count:)``
/// and ``SimulatedKernel/write(_:_:)``.
final class SimFault: SimObject {
    /// One page request as the fault fd delivers it (`struct iommu_hwpt_pgfault`
    /// minus the cookie, which is given when it is read).
    struct Record {
        var flags: UInt32
        var deviceID: UInt32
        var pasid: UInt32
        var groupID: UInt32
        var perm: UInt32
        var address: UInt64
    }

    /// The descriptor.
    let fd: Int32
    /// Whether the descriptor is still open (it holds a user).
    var open = true
    /// Fault groups waiting to be read (one record each: the mock and the
    /// simulated devices send single-page requests).
    private var deliver: [Record] = []
    /// Groups read and waiting for a response, by cookie.
    private var awaitingResponse: [UInt32: Record] = [:]
    /// Whether the eventfd currently signals readability.
    private var signalled = false

    /// - Parameter fd: a fresh eventfd; it is made non-blocking so that the
    ///   simulation never waits on it, whatever its owner does with it.
    init(id: UInt32, fd: Int32) {
        self.fd = fd
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        super.init(id: id)
    }

    /// Size of one delivered record.
    static let recordSize = MemoryLayout<iommu_hwpt_pgfault>.size
    /// Size of one response.
    static let responseSize = MemoryLayout<iommu_hwpt_page_response>.size

    /// Queues a page request (`iommufd_fault_iopf_handler`).
    func enqueue(_ record: Record) {
        deliver.append(record)
        updateSignal()
    }

    /// Answers every fault of `deviceID` still pending (detach) and drops
    /// the undelivered ones.
    func forget(deviceID: UInt32) {
        deliver.removeAll { $0.deviceID == deviceID }
        awaitingResponse = awaitingResponse.filter { $0.value.deviceID != deviceID }
        updateSignal()
    }

    /// `read()` on the fault fd: `count` must be a multiple of the record
    /// size → else ESPIPE; whole groups are copied while they fit, each
    /// getting the lowest free cookie (from 1); a first group that does not fit →
    /// EINVAL; an empty queue reads 0 bytes (no blocking).
    func read(count: Int) throws(Errno) -> [UInt8] {
        guard count % Self.recordSize == 0 else { throw .ESPIPE }
        var out: [UInt8] = []
        while let record = deliver.first, out.count + Self.recordSize <= count {
            deliver.removeFirst()
            // Cookies come from an XArray with XA_FLAGS_ALLOC1: the first is 1.
            var cookie: UInt32 = 1
            while awaitingResponse[cookie] != nil { cookie += 1 }
            awaitingResponse[cookie] = record
            var message = iommu_hwpt_pgfault()
            message.flags = record.flags
            message.dev_id = record.deviceID
            message.pasid = record.pasid
            message.grpid = record.groupID
            message.perm = record.perm
            message.addr = record.address
            message.length = 0
            message.cookie = cookie
            withUnsafeBytes(of: message) { out += $0 }
        }
        if out.isEmpty && !deliver.isEmpty { throw .EINVAL }
        updateSignal()
        return out
    }

    /// `write()` on the fault fd: `bytes.count` must be a multiple of the
    /// response size → else ESPIPE; each response's code must be SUCCESS or
    /// INVALID and its cookie known → else EINVAL. Returns the bytes
    /// consumed; an error only when nothing was.
    func write(_ bytes: [UInt8]) throws(Errno) -> Int {
        guard bytes.count % Self.responseSize == 0 else { throw .ESPIPE }
        var done = 0
        var failure: Errno? = nil
        while done < bytes.count {
            let response = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: done, as: iommu_hwpt_page_response.self) }
            guard response.code == IOMMUFD_PAGE_RESP_SUCCESS.rawValue || response.code == IOMMUFD_PAGE_RESP_INVALID.rawValue,
                awaitingResponse.removeValue(forKey: response.cookie) != nil
            else {
                failure = .EINVAL
                break
            }
            done += Self.responseSize
        }
        if done == 0, let failure { throw failure }
        return done
    }

    /// Makes the eventfd readable exactly while faults wait to be read.
    private func updateSignal() {
        let want = !deliver.isEmpty
        guard want != signalled else { return }
        var value: UInt64 = 1
        if want {
            _ = withUnsafeBytes(of: &value) { Glibc.write(fd, $0.baseAddress, 8) }
        } else {
            _ = withUnsafeMutableBytes(of: &value) { Glibc.read(fd, $0.baseAddress, 8) }
        }
        signalled = want
    }
}
