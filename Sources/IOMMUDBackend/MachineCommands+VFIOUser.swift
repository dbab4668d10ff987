import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import VFIOUser
import VFIOUserServer

/// `vfio-pci` with `vfio-user=PATH`: the device served to a VMM over
/// vfio-user, alone in its address space, its DMA windows mapped by the
/// client through iommud.
extension MachineCommands {
    /// The windows `vfio-user-allow` names (nil: the IOVA ranges of the
    /// device's IOAS or type1 container), checked before anything is made.
    static func exportWindows(id: String, _ p: VFIOPCIProperties) throws(QMPError) -> [ClosedRange<UInt64>]? {
        guard let windows = p.vfioUserAllow else { return nil }
        guard p.vfioUser != nil else {
            throw QMPError.invalidArgument("Parameter 'vfio-user-allow' needs 'vfio-user'")
        }
        var ranges: [ClosedRange<UInt64>] = []
        for window in windows {
            guard window.size > 0, window.start <= UInt64.max - (window.size - 1) else {
                throw QMPError.invalidArgument(
                    "Parameter 'vfio-user-allow' has an empty or wrapping window (start 0x\(String(window.start, radix: 16)), size 0x\(String(window.size, radix: 16)))")
            }
            ranges.append(window.start...(window.start + (window.size - 1)))
        }
        return ranges
    }

    /// An exported device has its address space to itself.
    static func checkAlone(_ id: String, in space: String, _ machine: Machine) throws(QMPError) {
        if let other = machine.devices.first(where: { $0.addressSpace == space }) {
            throw QMPError.generic(
                "vfio-pci '\(id)': address space '\(space)' has device '\(other.id)'; a device served over vfio-user must be alone in its address space")
        }
    }

    /// An exported device has its iommufd object to itself: its client
    /// holds the device's descriptor (to mmap its BARs), with which it could
    /// attach the device to any IOAS or HWPT of that iommufd. So an export
    /// needs an object no other device uses, and no device joins one.
    static func checkIOMMUFD(_ id: String, exporting: Bool, _ object: IOMMUFDObject, _ machine: Machine) throws(QMPError) {
        let users = machine.devices(through: object)
        if exporting, let other = users.first {
            throw QMPError.generic(
                "vfio-pci '\(id)': iommufd object '\(object.id)' is used by device '\(other.id)'; a device served over vfio-user needs an iommufd object of its own (its client holds the device's descriptor)")
        }
        if !exporting, let exported = users.first(where: { $0.export != nil }) {
            throw QMPError.generic(
                "vfio-pci '\(id)': iommufd object '\(object.id)' belongs to device '\(exported.id)', which is served over vfio-user; give this device another iommufd object")
        }
    }

    /// Makes the export's socket and starts serving it; undone by stopping
    /// and removing it.
    func serve(id: String, at path: String, allowed: [ClosedRange<UInt64>], info: VFIODeviceGetInfo,
               in transaction: Transaction) throws(QMPError) -> VFIOUserExport
    {
        let system = tree.system
        let access = tree.vfioUserAccess
        let flags = info.flags.rawValue & (VFIOUserDeviceInfo.flagReset | VFIOUserDeviceInfo.flagPCI)
        let export = VFIOUserExport(
            device: id, path: path, allowed: allowed,
            info: VFIOUserDeviceInfo(flags: flags, regionCount: info.regionCount, irqCount: info.irqCount), tree: tree)
        let fd: Int32
        switch system.listenUnix(path: path, mode: access.permissions.mode, group: access.permissions.group) {
        case .success(let listening): fd = listening
        case .failure(let error):
            let what = "vfio-pci '\(id)': cannot serve vfio-user at '\(path)'"
            throw error.errno.map { $0.qmp(what) } ?? QMPError.generic("\(what): \(error)")
        }
        let endpoint: VFIOUserEndpoint
        do throws(Errno) {
            endpoint = try VFIOUserEndpoint(name: id, path: path, listening: fd, access: access) {
                VFIOUserSession(device: export, allowedWindows: allowed, closeDescriptor: { system.close($0) })
            }
        } catch {
            system.unlink(path)
            throw error.qmp("vfio-pci '\(id)': cannot serve vfio-user at '\(path)'")
        }
        transaction.onFailure("stop serving vfio-user at '\(path)'") { () throws(KernelError) in
            endpoint.stop()
            system.unlink(path)
        }
        guard endpoint.start() else {
            throw QMPError.generic("vfio-pci '\(id)': cannot start the thread serving vfio-user at '\(path)'")
        }
        export.endpoint = endpoint
        return export
    }
}
