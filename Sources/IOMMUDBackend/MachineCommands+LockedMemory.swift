import LinuxKernel
import Posix
import QAPIRuntime
import QMPAPI

/// Locked memory: the error VFIO users meet most is a mapping refused with
/// ENOMEM because RLIMIT_MEMLOCK is too small. iommud says which limit,
/// what is held, what is needed and how to raise it.
extension MachineCommands {
    /// Maps `dimm` into `container`; a refusal for want of locked memory
    /// becomes an error that explains it (the errno stays ENOMEM).
    func mapDIMM(_ dimm: PCDIMMDevice, into container: any VFIOContainerModel, _ machine: Machine,
                 _ transaction: Transaction) throws(QMPError)
    {
        do throws(QMPError) {
            try container.map(dimm, in: transaction)
        } catch where error.errno == Errno.ENOMEM.name {
            guard let limit = tree.kernel.memlockLimit else { throw error }
            let account = (try? container.chargedTo()) ?? .process
            let held = machine.containers.filter { (try? $0.chargedTo()) == account }.reduce(0) { $0 + $1.pinnedBytes }
            var explained = error
            explained.desc = "dimm '\(dimm.id)' (\(dimm.size) bytes) cannot be pinned for \(container.name): "
                + "RLIMIT_MEMLOCK is \(limit) bytes and iommud's containers already hold \(held) bytes charged to the "
                + "\(account.rawValue); it needs at least \(held + dimm.size). Raise it (LimitMEMLOCK= in iommud's "
                + "systemd unit, prlimit --memlock, ulimit -l) or give iommud CAP_IPC_LOCK (\(error.desc))"
            throw explained
        }
    }
}
