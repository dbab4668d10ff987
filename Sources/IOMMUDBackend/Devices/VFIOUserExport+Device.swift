import LinuxKernel
import Posix
import QAPIRuntime
import Tracing
import VFIOUser

/// The device side of an export: regions, interrupts and reset go straight
/// to the device's descriptor (the client's requests are checked by the
/// session first), each under the tree's lock so the device cannot be
/// removed meanwhile.
extension VFIOUserExport {
    func regionInfo(index: UInt32, argsz: UInt32) throws(VFIOUserRequestError) -> (answer: [UInt8], fd: Int32?) {
        let head = MemoryLayout<UInt32>.size
        let (answer, flags, size, fd) = try onDevice("VFIO_USER_DEVICE_GET_REGION_INFO") {
            record throws(KernelError) -> ([UInt8], VFIORegionInfoFlags, UInt64, Int32?) in
            guard index < info.regionCount else { throw KernelError(VFIODeviceGetRegionInfo.name, .EINVAL) }
            var request = VFIODeviceGetRegionInfo(index: index)
            try record.perform(&request)
            if request.flags.contains(.capabilities), request.argsz > UInt32(VFIOUserRegionInfoRequest.size) {
                // Again, with room for the chain.
                guard request.argsz <= VFIODeviceGetRegionInfo.maximumSize else {
                    throw KernelError("\(VFIODeviceGetRegionInfo.name) (a capability chain of \(request.argsz) bytes)", .E2BIG)
                }
                request = VFIODeviceGetRegionInfo(index: index, argsz: request.argsz)
                try record.perform(&request)
            }
            let fd = request.flags.contains(.mmap) && request.size > 0 ? try record.duplicateDescriptor() : nil
            return (request.answer, request.flags, request.size, fd)
        }
        // The client's room: the chain fits, or the struct alone comes back
        // with the size needed, no chain and (unlike the kernel, which keeps
        // the flag) no CAPS flag: QEMU's client refuses CAPS without a
        // chain instead of asking again.
        var bytes = answer
        let needed = UInt32(bytes.count)
        let fits = needed <= argsz
        let argszField = fits ? argsz : needed
        withUnsafeBytes(of: argszField.littleEndian) { bytes.replaceSubrange(0..<head, with: $0) }
        if !fits {
            bytes = Array(bytes.prefix(VFIOUserRegionInfoRequest.size))
            let withoutCaps = flags.subtracting(.capabilities).rawValue
            withUnsafeBytes(of: withoutCaps.littleEndian) { bytes.replaceSubrange(head..<2 * head, with: $0) }
            bytes.replaceSubrange(12..<16, with: [0, 0, 0, 0])
        }
        Trace.vfio_user_get_region_info(index: index, flags: flags.rawValue, size: size)
        return (bytes, fd)
    }

    func regionRead(region: UInt32, offset: UInt64, count: UInt32) throws(VFIOUserRequestError) -> [UInt8] {
        let at = try regionOffset(region, offset)
        let data = try onDevice("VFIO_USER_REGION_READ") { record throws(KernelError) in
            try record.readRegion(count: Int(count), at: at)
        }
        Trace.vfio_user_region_rw(region: region, off: offset, count: UInt32(data.count))
        return data
    }

    func regionWrite(region: UInt32, offset: UInt64, data: [UInt8]) throws(VFIOUserRequestError) {
        let at = try regionOffset(region, offset)
        let written = try onDevice("VFIO_USER_REGION_WRITE") { record throws(KernelError) in
            try record.writeRegion(data, at: at)
        }
        Trace.vfio_user_region_rw(region: region, off: offset, count: UInt32(written))
        guard written == data.count else {
            throw VFIOUserRequestError(Errno.EIO.rawValue,
                                       "VFIO_USER_REGION_WRITE: \(written) of \(data.count) bytes written to region \(region)")
        }
    }

    func irqInfo(index: UInt32) throws(VFIOUserRequestError) -> (flags: UInt32, count: UInt32) {
        let (flags, count) = try onDevice("VFIO_USER_DEVICE_GET_IRQ_INFO") { record throws(KernelError) in
            guard index < info.irqCount else { throw KernelError(VFIODeviceGetIRQInfo.name, .EINVAL) }
            var request = VFIODeviceGetIRQInfo(index: index)
            try record.perform(&request)
            return (request.flags.rawValue, request.count)
        }
        Trace.vfio_user_get_irq_info(index: index, flags: flags, count: count)
        return (flags, count)
    }

    func setIRQs(_ r: VFIOUserSetIRQs, fds: [Int32]) throws(VFIOUserRequestError) {
        let flags = VFIOIRQSetFlags(rawValue: r.flags)
        var data: [UInt8] = r.bools
        if flags.contains(.dataEventfd) {
            let eventfds = fds.isEmpty ? [Int32](repeating: -1, count: Int(r.count)) : fds
            data = []
            for fd in eventfds { withUnsafeBytes(of: fd) { data += $0 } }
        }
        try onDevice("VFIO_USER_DEVICE_SET_IRQS") { record throws(KernelError) in
            var request = VFIODeviceSetIRQs(index: r.index, start: r.start, count: r.count, flags: flags, data: data)
            try record.perform(&request)
            if flags.contains(.dataEventfd), flags.contains(.actionTrigger) { irqsSet.insert(r.index) }
        }
        Trace.vfio_user_set_irqs(index: r.index, start: r.start, count: r.count, flags: r.flags)
    }

    func reset() throws(VFIOUserRequestError) {
        try onDevice("VFIO_USER_DEVICE_RESET") { record throws(KernelError) in
            var request = VFIODeviceReset()
            try record.perform(&request)
        }
    }

    /// Disables the interrupts the client set eventfds for, as vfio-pci
    /// does when a user closes the device: INTx, MSI and MSI-X by a
    /// TRIGGER without data for no vector, ERR and REQ by removing the
    /// eventfd. Failures are logged (the device stays exported).
    func quiesce() {
        guard let tree else { return }
        try? tree.withState { s throws(QMPError) in
            guard !irqsSet.isEmpty, let record = try? descriptor(in: s) else { return }
            for index in irqsSet.sorted() {
                let single = index == VFIOPCIIRQ.err.rawValue || index == VFIOPCIIRQ.req.rawValue
                var request = single
                    ? VFIODeviceSetIRQs(index: index, start: 0, eventfds: [-1])
                    : VFIODeviceSetIRQs(index: index, start: 0, count: 0, flags: [.dataNone, .actionTrigger])
                do throws(KernelError) {
                    try record.perform(&request)
                } catch {
                    log("vfio-user '\(device)': interrupt index \(index) of the departed client stays set: \(error)")
                }
            }
            irqsSet = []
        }
    }

    // MARK: Helpers

    /// Where `offset` of `region` lives in the device descriptor; an
    /// offset beyond a region's 2^40 bytes reaches no region of it.
    private func regionOffset(_ region: UInt32, _ offset: UInt64) throws(VFIOUserRequestError) -> UInt64 {
        guard region < info.regionCount, offset < 1 << 40 else {
            throw VFIOUserRequestError(Errno.EINVAL.rawValue,
                                       "region \(region) offset 0x\(String(offset, radix: 16)) is no place of the device's \(info.regionCount) regions")
        }
        return VFIOPCIRegion.offset(of: region) + offset
    }

    /// Runs `body` on the device's record under the tree's lock; a kernel
    /// error becomes the client's errno.
    func onDevice<T: Sendable>(_ what: String, _ body: (any ExportedDeviceDescriptor) throws(KernelError) -> T)
        throws(VFIOUserRequestError) -> T
    {
        guard let tree else { throw VFIOUserRequestError(Errno.ENODEV.rawValue, "\(what): the device is gone") }
        do throws(QMPError) {
            return try tree.withState { s throws(QMPError) -> T in
                let record = try descriptor(in: s)
                return try kernelWork { () throws(KernelError) in try body(record) }
            }
        } catch {
            throw Self.refusal(error, what)
        }
    }
}
