import ArgumentParser
import QMP
import QMPServer

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
        guard maxClients > 0 else { throw ValidationError("--max-clients must be at least 1") }
        options.maxClients = maxClients
        for (name, value) in [("--max-named-fds", maxNamedFds), ("--max-fdsets", maxFdsets), ("--max-fds-per-fdset", maxFdsPerFdset)]
        where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
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
}
