import ArgumentParser
import IOMMUDBackend
import QMP
import QMPServer
import VFIOUserServer

#if canImport(Glibc)
import Glibc
#endif

extension IOMMUDCommand {
    /// The server's options from the command line, each checked (a usage
    /// error names the option).
    func serverOptions() throws -> QMPServer.Options {
        var options = QMPServer.Options()
        guard let mode = UInt32(socketMode, radix: 8), mode <= 0o777 else {
            throw ValidationError("--socket-mode '\(socketMode)' is not an octal file mode")
        }
        options.socketPermissions.mode = mode_t(mode)
        if let socketGroup {
            guard let gid = Self.resolveGroup(socketGroup) else {
                throw ValidationError("--socket-group '\(socketGroup)': no such group")
            }
            options.socketPermissions.group = gid
            options.allowedGIDs.insert(gid)
        }
        if !allowUid.isEmpty { options.allowedUIDs = Set(allowUid).union([getuid(), 0]) }
        options.allowedGIDs.formUnion(allowGid)
        options.allowRemote = allowRemote
        try Self.requireAtLeastOne([("--max-clients", maxClients), ("--max-named-fds", maxNamedFds),
                                    ("--max-fdsets", maxFdsets), ("--max-fds-per-fdset", maxFdsPerFdset)])
        options.maxClients = maxClients
        options.descriptorLimits = DescriptorLimits(namedPerMonitor: maxNamedFds, fdSets: maxFdsets, perFDSet: maxFdsPerFdset)
        for (name, size) in [("--max-queued-output", maxQueuedOutput), ("--max-queued-output-per-client", maxQueuedOutputPerClient)]
        where size.bytes < 4096 {
            throw ValidationError("\(name) must be at least 4K, not \(size)")
        }
        options.maxQueuedOutputBytes = maxQueuedOutputPerClient.bytes
        options.maxTotalQueuedOutputBytes = maxQueuedOutput.bytes
        if let threads {
            guard (1...64).contains(threads) else { throw ValidationError("--threads must be from 1 to 64") }
            options.workerThreads = threads
        }

        return options
    }

    /// The vfio-user exports' rules: the QMP sockets' mode, group and peers.
    static func vfioUserAccess(_ options: QMPServer.Options) -> VFIOUserAccess {
        var access = VFIOUserAccess()
        access.permissions = options.socketPermissions
        access.peers = PeerPolicy(allowedUIDs: options.allowedUIDs, allowedGIDs: options.allowedGIDs)
        return access
    }

    /// The backend's limits from the command line, each checked.
    func backendLimits() throws -> BackendLimits {
        try Self.requireAtLeastOne([("--max-objects", maxObjects), ("--max-iommufd-objects", maxIommufdObjects),
                                    ("--max-mappings", maxMappings)])
        var limits = BackendLimits()
        limits.objects = maxObjects
        limits.kernelObjectsPerIOMMUFD = maxIommufdObjects
        limits.mappingsPerIOAS = maxMappings
        return limits
    }

    /// Refuses a count option below 1, naming it.
    private static func requireAtLeastOne(_ counts: [(option: String, value: Int)]) throws {
        for count in counts where count.value < 1 {
            throw ValidationError("\(count.option) must be at least 1")
        }
    }
}
