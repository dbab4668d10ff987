import LinuxKernel
import Posix
import QAPIRuntime
import Tracing
import VFIOUser

/// Device migration for the client: the migration features relayed to the
/// device's VFIO_DEVICE_FEATURE, and the migration data of a saving or
/// resuming state read from or written to the data descriptor the kernel
/// returned, which the export keeps (vfio-user moves the data over the
/// socket, not as a descriptor).
extension VFIOUserExport {
    func migrationFeature(flags: UInt32, data: [UInt8]) throws(VFIOUserRequestError) -> [UInt8] {
        let index = UInt16(truncatingIfNeeded: flags)
        let relayed = VFIODeviceFeature.Flags(rawValue: flags & ~0xffff)
        let probing = relayed.contains(.probe)
        let (answer, dataFD) = try onDevice("VFIO_DEVICE_FEATURE") { record throws(KernelError) -> ([UInt8], Int32?) in
            // GET carries no data over vfio-user; the kernel wants room for
            // the answer (8 bytes for both features).
            let room = Array((data + [UInt8](repeating: 0, count: 8)).prefix(8))
            var request = VFIODeviceFeature(index: index, flags: relayed, data: probing ? [] : room)
            try record.perform(&request)
            guard !probing else { return ([], nil) }
            var answer = request.data(count: 8)
            var fd: Int32?
            if index == VFIODeviceFeature.migrationDeviceState, relayed.contains(.set) {
                let returned = answer[4..<8].reversed().reduce(Int32(0)) { $0 << 8 | Int32($1) }
                if returned >= 0 { fd = returned }
                withUnsafeBytes(of: Int32(-1).littleEndian) { answer.replaceSubrange(4..<8, with: $0) }
            }
            return (answer, fd)
        }
        if index == VFIODeviceFeature.migrationDeviceState, relayed.contains(.set) {
            // The state changed: the previous transfer ended.
            replaceMigrationData(with: dataFD)
            migrated = true
        }
        return answer
    }

    func readMigrationData(count: Int) throws(VFIOUserRequestError) -> [UInt8] {
        guard let fd = currentMigrationData else {
            throw VFIOUserRequestError(Errno.EINVAL.rawValue,
                                       "VFIO_USER_MIG_DATA_READ: no migration data to read (set the STOP_COPY state first)")
        }
        guard let tree else { throw VFIOUserRequestError(Errno.ENODEV.rawValue, "the device is gone") }
        switch tree.system.read(fd, count: count) {
        case .success(let bytes): return bytes
        case .failure(let e):
            throw VFIOUserRequestError(e.rawValue, "VFIO_USER_MIG_DATA_READ: read of the device's migration data failed: \(e)")
        }
    }

    func writeMigrationData(_ bytes: [UInt8]) throws(VFIOUserRequestError) {
        guard let fd = currentMigrationData else {
            throw VFIOUserRequestError(Errno.EINVAL.rawValue,
                                       "VFIO_USER_MIG_DATA_WRITE: nowhere to write migration data (set the RESUMING state first)")
        }
        guard let tree else { throw VFIOUserRequestError(Errno.ENODEV.rawValue, "the device is gone") }
        if case .failure(let e) = tree.system.write(fd, bytes) {
            throw VFIOUserRequestError(e.rawValue, "VFIO_USER_MIG_DATA_WRITE: write of the device's migration data failed: \(e)")
        }
    }

    /// The migration data descriptor now (read with the tree locked).
    private var currentMigrationData: Int32? {
        guard let tree else { return nil }
        return (try? tree.withState { _ in migrationData }) ?? nil
    }

    /// The client left: a transfer it began ends, and a device it moved
    /// out of RUNNING is set RUNNING again for the next client.
    func endMigrationOfDepartedClient() {
        replaceMigrationData(with: nil)
        guard migrated else { return }
        migrated = false
        var state: [UInt8] = []
        for word in [UInt32(2), UInt32.max] { withUnsafeBytes(of: word.littleEndian) { state += $0 } }  // RUNNING, data_fd −1
        do throws(VFIOUserRequestError) {
            _ = try migrationFeature(flags: UInt32(VFIODeviceFeature.migrationDeviceState) | VFIODeviceFeature.Flags.set.rawValue,
                                     data: state)
            migrated = false
        } catch {
            log("vfio-user '\(device)': the departed client's device could not be set RUNNING again: \(error.reason)")
        }
    }

    /// Keeps `fd` (or nothing) as the migration data descriptor, closing
    /// the one before, with the tree locked (device_del's thread and the
    /// endpoint's may both end a transfer).
    func replaceMigrationData(with fd: Int32?) {
        guard let tree else { return }
        try? tree.withState { _ in
            if let old = migrationData { tree.system.close(old) }
            migrationData = fd
        }
    }
}
