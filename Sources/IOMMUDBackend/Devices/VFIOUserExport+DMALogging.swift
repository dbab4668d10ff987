import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import VFIOUser

/// DMA logging for the client (VFIO_DEVICE_FEATURE_DMA_LOGGING_*): the
/// device model's dirty tracking of the export's container, which is the
/// IOMMU's (there is no device-side logging to relay). Starting and
/// stopping are model transactions, like dirty-tracking-start and -stop on
/// the export's address space, and the orchestrator's commands see them.
extension VFIOUserExport {
    func probeDMALogging() throws(VFIOUserRequestError) {
        try onModel("DMA logging") { s, _ throws(QMPError) in
            let container = try self.container(in: s)
            if let obstacle = container.dirtyTrackingObstacle(devices: s.machine.devices(in: container)) {
                throw QMPError(.genericError, obstacle, errno: Errno.EOPNOTSUPP.name)
            }
        }
    }

    func startDMALogging(pageSize: UInt64) throws(VFIOUserRequestError) -> UInt64 {
        try onModel("DMA logging start") { s, transaction throws(QMPError) in
            let container = try self.container(in: s)
            guard !container.isDirtyTracking else {
                throw QMPError(.genericError,
                               "dirty tracking of address space '\(container.addressSpace)' is running already (dirty-tracking-start, or this client)",
                               errno: Errno.EBUSY.name)
            }
            if let obstacle = container.dirtyTrackingObstacle(devices: s.machine.devices(in: container)) {
                throw QMPError(.genericError, obstacle, errno: Errno.EOPNOTSUPP.name)
            }
            try container.setDirtyTracking(true, in: transaction)
            clientLogging = true
            transaction.onFailure("forget the client's DMA logging") { () throws(KernelError) in self.clientLogging = false }
        }
        // The IOMMU tracks at the base page size, whatever the hint.
        return DirtyBitmap.pageSize
    }

    /// Stops the logging the client started; tracking the orchestrator
    /// started (dirty-tracking-start) is left running.
    func stopDMALogging() throws(VFIOUserRequestError) {
        try onModel("DMA logging stop") { s, transaction throws(QMPError) in
            guard clientLogging else { return }
            try self.container(in: s).setDirtyTracking(false, in: transaction)
            clientLogging = false
            transaction.onFailure("remember the client's DMA logging") { () throws(KernelError) in self.clientLogging = true }
        }
    }

    func reportDMALogging(iova: UInt64, length: UInt64, pageSize: UInt64) throws(VFIOUserRequestError) -> [UInt64] {
        let base = DirtyBitmap.pageSize
        guard pageSize >= base else {
            throw VFIOUserRequestError(Errno.EINVAL.rawValue,
                                       "DMA logging report in pages of \(pageSize) bytes: the IOMMU logs \(base)-byte pages")
        }
        let words = try onModel("DMA logging report") { s, _ throws(QMPError) -> [UInt64] in
            let container = try self.container(in: s)
            guard container.isDirtyTracking else {
                throw QMPError(.genericError, "DMA logging is not running", errno: Errno.EINVAL.name)
            }
            return try container.readDirtyBitmap(iova: iova, size: length)
        }
        // One bit per report page: set when any base page in it is.
        let ratio = pageSize / base
        let pages = length / pageSize
        var out = [UInt64](repeating: 0, count: Int((pages + 63) / 64))
        for page in 0..<pages {
            let first = page * ratio
            var dirty = false
            var bit = first
            while bit < first + ratio, !dirty {
                dirty = words[Int(bit / 64)] & (1 << (bit % 64)) != 0
                bit += 1
            }
            if dirty { out[Int(page / 64)] |= 1 << (page % 64) }
        }
        return out
    }

    /// The client left: logging it started stops.
    func stopLoggingOfDepartedClient() {
        do throws(VFIOUserRequestError) {
            try stopDMALogging()
        } catch {
            log("vfio-user '\(device)': the departed client's DMA logging could not be stopped: \(error.reason)")
        }
    }

    /// Runs `body` as a command of the model; its error becomes the
    /// client's errno.
    private func onModel<T: Sendable>(_ what: String, _ body: (ObjectTree.State, Transaction) throws(QMPError) -> T)
        throws(VFIOUserRequestError) -> T
    {
        guard let tree else { throw VFIOUserRequestError(Errno.ENODEV.rawValue, "\(what): the device is gone") }
        do throws(QMPError) {
            return try tree.transaction { s, transaction throws(QMPError) -> T in try body(s, transaction) }
        } catch {
            throw Self.refusal(error, what)
        }
    }
}
