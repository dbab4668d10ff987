import ArgumentParser
import IOMMUDBackend
import IOMMUDSimulation
import protocol LinuxKernel.Kernel
import struct LinuxKernel.KernelVersion
import QMP
import QMPServer
import class StateJournal.DescriptorStore
import Synchronization
import Tracing

#if canImport(Glibc)
import Glibc
#endif

/// `iommud`: the IOMMUFD management daemon.
@main
struct IOMMUDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iommud",
        abstract: "Serve Linux IOMMUFD objects over QMP.",
        discussion: """
            Listeners use QEMU's syntax: --qmp unix:PATH[,server=on,wait=off] or tcp:HOST:PORT; \
            readonly=on makes a listener whose clients may only query (qmp_capabilities, query-*, \
            qom-list, qom-get, trace-event-get-state; every other command is refused). \
            Unix sockets are created with mode 0600 and only the daemon's own user and root may \
            connect (checked with SO_PEERCRED) unless --socket-mode, --socket-group, --allow-uid or \
            --allow-gid say otherwise. TCP binds loopback addresses only unless --allow-remote is given. \
            With no --qmp, iommud listens on unix:./iommud.sock, unless systemd passed \
            listening sockets (LISTEN_FDS), which are then served instead.
            """,
        version: IOMMUDVersion.string)

    @Option(name: .long, help: ArgumentHelp(
        "Read options from FILE, one KEY = VALUE per line (KEY a long option without '--'); the command line overrides it.",
        valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp(
        "Log errors, warnings, info (default) or debug; to the journal with syslog priorities when stderr is the journal.",
        valueName: "level"))
    var logLevel = "info"

    @Option(name: .customLong("qmp"), help: ArgumentHelp(
        "Serve QMP on ADDRESS (repeatable), e.g. unix:/run/iommud.sock; add ,readonly=on for a socket that only answers queries.",
        valueName: "address"))
    var listeners: [String] = []

    @Option(name: .customLong("object"), help: ArgumentHelp(
        "Create an object before serving, as QEMU's -object: TYPE,id=ID[,PROP=VALUE...] (',,' is a comma in a value) or a JSON object; 'help' lists the types, 'TYPE,help' their properties (repeatable).",
        valueName: "type,id=…"))
    var objects: [String] = []

    @Option(name: .customLong("device"), help: ArgumentHelp(
        "Add a device before serving, as QEMU's -device: DRIVER,id=ID[,PROP=VALUE...] or a JSON object; realized after every --object, in order (repeatable).",
        valueName: "driver,id=…"))
    var devices: [String] = []

    @Flag(name: .long, help: "Stay in the preconfig phase after the command line (query-status: prelaunch): devices added until x-exit-preconfig are coldplugged, so a vIOMMU may sync to them.")
    var preconfig = false

    @Option(name: .long, help: ArgumentHelp("Which kernel to drive: host, sim (simulated, in-process) or auto (host if /dev/iommu exists).", valueName: "kernel"))
    var kernel: String = "auto"

    @Option(name: .customLong("sim-topology"), help: ArgumentHelp(
        "The simulated host's IOMMUs and devices, as JSON (docs/sim-topology.md); not with --kernel host.",
        valueName: "file"))
    var simTopology: String?

    @Option(name: .customLong("sim-kernel-version"), help: ArgumentHelp(
        "The Linux release the simulated kernel answers as: 6.12 (the default) or later; 6.13 and later have IOMMU_IOAS_MAP_FILE and IOMMU_IOAS_CHANGE_PROCESS (docs/fidelity.md). Over the topology's kernel-version; not with --kernel host.",
        valueName: "release"))
    var simKernelVersion: String?

    @Option(name: .customLong("trace"), help: ArgumentHelp(
        "Log trace events matching PATTERN (repeatable; '*' globs; a leading '-' disables), or the patterns in FILE with events=FILE, as QEMU's --trace.",
        valueName: "pattern"))
    var tracePatterns: [String] = []

    @Option(name: .customShort("D"), help: ArgumentHelp("Write logged trace events to FILE instead of stderr.", valueName: "file"))
    var traceLogFile: String?

    @Option(name: .customLong("jsonrpc"), help: ArgumentHelp(
        "Serve JSON-RPC 2.0 on ADDRESS (repeatable): unix:PATH or tcp:HOST:PORT, with ,readonly=on as for --qmp.",
        valueName: "address"))
    var jsonRPCListeners: [String] = []

    @Option(name: .long, help: ArgumentHelp("File mode of Unix sockets, in octal.", valueName: "mode"))
    var socketMode: String = "0600"

    @Option(name: .long, help: ArgumentHelp("Group owning Unix sockets (name or number); its members may connect.", valueName: "group"))
    var socketGroup: String?

    @Option(name: .long, help: ArgumentHelp("Also allow this uid on Unix sockets (repeatable).", valueName: "uid"))
    var allowUid: [UInt32] = []

    @Option(name: .long, help: ArgumentHelp("Also allow this gid on Unix sockets (repeatable).", valueName: "gid"))
    var allowGid: [UInt32] = []

    @Flag(name: .long, help: "Let TCP listeners bind non-loopback addresses (QMP has no authentication).")
    var allowRemote = false

    @Option(name: .long, help: "Most clients connected at once.")
    var maxClients: Int = 512

    @Option(name: .long, help: "Most objects at /objects (object-add).")
    var maxObjects: Int = BackendLimits().objects

    @Option(name: .long, help: "Most IOASes, HWPTs and bound devices held through one iommufd object.")
    var maxIommufdObjects: Int = BackendLimits().kernelObjectsPerIOMMUFD

    @Option(name: .long, help: "Most mappings iommud makes in one IOAS (VFIO type1's dma_entry_limit by default).")
    var maxMappings: Int = BackendLimits().mappingsPerIOAS

    @Option(name: .long, help: ArgumentHelp(
        "Most descriptors named with getfd on one listener; getfd of a new name beyond it fails.",
        valueName: "n"))
    var maxNamedFds: Int = DescriptorLimits().namedPerMonitor

    @Option(name: .long, help: ArgumentHelp(
        "Most fd sets (add-fd), all listeners together.", valueName: "n"))
    var maxFdsets: Int = DescriptorLimits().fdSets

    @Option(name: .long, help: ArgumentHelp("Most descriptors in one fd set (add-fd).", valueName: "n"))
    var maxFdsPerFdset: Int = DescriptorLimits().perFDSet

    @Option(name: .long, help: ArgumentHelp(
        "Most replies and events queued for all clients together (bytes, or with K, M, G); beyond it the client with the largest backlog that is not reading is disconnected.",
        valueName: "size"))
    var maxQueuedOutput = ByteCount(bytes: QMPServer.Options().maxTotalQueuedOutputBytes)

    @Option(name: .long, help: ArgumentHelp(
        "Most replies and events queued for one client before it is disconnected; its requests are not read while half of this (at most 1M) waits.",
        valueName: "size"))
    var maxQueuedOutputPerClient = ByteCount(bytes: QMPServer.Options().maxQueuedOutputBytes)

    @Option(name: .long, help: "Event-loop threads serving clients (default: one per CPU, at most 8).")
    var threads: Int?

    @Option(name: .long, help: ArgumentHelp(
        "Keep a journal of every acknowledged change in DIR (which must exist) and restore it at the next start (docs/reliability.md, Crash and restart).",
        valueName: "dir"))
    var stateDir: String?

    @Option(name: .long, help: ArgumentHelp(
        "Compact the state journal once it has grown to this size (bytes, or with K, M, G): the changes of objects and devices since deleted are dropped.",
        valueName: "size"))
    var stateCompactAt = ByteCount(bytes: 1 << 20)

    /// Reads `--config` into the arguments before they are parsed.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            main(try ConfigFile.merge(arguments))
        } catch {
            ServerLog.write("error: \(error.description)")
            Self.exit(withError: ExitCode(1))
        }
    }

    func run() throws {
        guard let level = ServerLog.Level(name: logLevel) else {
            throw ValidationError("--log-level must be error, warning, info or debug, not '\(logLevel)'")
        }
        ServerLog.configure(level: level)
        SystemdNotify.takeFromEnvironment()
        let (activated, stored) = ActivatedSocket.takeFromEnvironment(storedNamesStartWith: DescriptorStore.namePrefix)
        let addresses: [(address: ListenAddress, options: ListenerOptions)]
        let jsonRPCAddresses: [(address: ListenAddress, options: ListenerOptions)]
        do {
            let defaults = activated.isEmpty && jsonRPCListeners.isEmpty ? ["unix:./iommud.sock"] : []
            addresses = try (listeners.isEmpty ? defaults : listeners).map { text throws(ListenAddress.ParseError) in
                try ListenAddress.parse(text)
            }
            jsonRPCAddresses = try jsonRPCListeners.map { text throws(ListenAddress.ParseError) in
                try ListenAddress.parse(text)
            }
        } catch {
            throw ValidationError(error.description)
        }

        // Every argument is checked before anything is set up.
        guard let kernelChoice = KernelChoice(rawValue: kernel) else {
            throw ValidationError("--kernel must be host, sim or auto, not '\(kernel)'")
        }
        var simRelease: KernelVersion? = nil
        if let simKernelVersion {
            guard let release = SimTopology.kernelVersion(parsing: simKernelVersion) else {
                throw ValidationError("--sim-kernel-version: '\(simKernelVersion)' is not a Linux release such as 6.12 or 7.3")
            }
            simRelease = release
        }
        let options = try serverOptions()
        let limits = try backendLimits()
        let startup = try startupConfiguration()
        // Writes to vanished clients must fail with EPIPE, never end the daemon.
        signal(SIGPIPE, SIG_IGN)
        try setUpTracing()
        let kernelInstance: any Kernel
        do {
            let (selected, log) = try kernelChoice.select(simTopology: simTopology, simKernelVersion: simRelease)
            kernelInstance = selected
            log.forEach(ServerLog.write)
        } catch {
            // A usage error; a bad topology file: one line and status 1.
            if case .topologyWithHostKernel = error { throw ValidationError(error.description) }
            if case .kernelVersionWithHostKernel = error { throw ValidationError(error.description) }
            ServerLog.write("error: \(error)")
            throw ExitCode(1)
        }

        let state = try openState(kernel: kernelInstance, stored: stored)
        let serverRef = ServerReference()
        let dispatcher = DaemonCommands.dispatcher(
            kernel: kernelInstance, limits: limits, simulation: DaemonCommands.simulation(for: kernelInstance),
            prelaunch: true, vfioUserAccess: Self.vfioUserAccess(options), journal: state?.journal,
            onQuit: { serverRef.server?.requestShutdown(.hostQmpQuit) })
        // Objects and devices of the command line exist before any socket does.
        // They are coldplugged: the machine is built until they are
        // realized, or with --preconfig until x-exit-preconfig.
        do {
            try startup.realize(with: dispatcher)
            if !preconfig { try StartupConfiguration.finishBuilding(with: dispatcher) }
        } catch let error as StartupConfiguration.Failure {
            ServerLog.write(error.description)
            throw ExitCode(1)
        } catch {
            ServerLog.write("error: \(error)")
            throw ExitCode(1)
        }
        // The journal's changes, made again on top of the command line's;
        // from here on every change is recorded before its reply.
        if let state {
            do {
                try JournalReplay.run(state.contents, journal: state.journal, with: dispatcher).forEach(ServerLog.write)
                state.journal.dropUnclaimedDescriptors()
            } catch {
                ServerLog.write("error: --state-dir \(state.journal.directory): \(error)")
                throw ExitCode(1)
            }
            dispatcher.recordsChanges = true
        }
        do {
            let server = try QMPServer(dispatcher: dispatcher, options: options)
            serverRef.server = server
            try server.handleTerminationSignals()
            for socket in activated {
                try server.adopt(socket)
            }
            for listener in addresses {
                try server.listen(on: listener.address, options: listener.options)
            }
            for listener in jsonRPCAddresses {
                try server.listen(on: listener.address, protocol: .jsonRPC, options: listener.options)
            }
            // Every listener accepts: systemd may start what depends on us.
            let count = activated.count + addresses.count + jsonRPCAddresses.count
            SystemdNotify.send("READY=1\nSTATUS=serving \(count) listener\(count == 1 ? "" : "s") on the \(kernelInstance.name) kernel")
            server.startWatchdog()
            server.run()
        } catch {
            ServerLog.write("error: \(error)")
            throw ExitCode(1)
        }
    }
}

extension IOMMUDCommand {
    /// The `--object` and `--device` options, parsed and typed; `help` in
    /// one prints what it asked for and ends the daemon (status 0), a bad
    /// one says why in one line (status 1).
    func startupConfiguration() throws -> StartupConfiguration {
        var startup = StartupConfiguration()
        let options = objects.map { (StartupConfiguration.Option.object, $0) } + devices.map { (.device, $0) }
        for (option, text) in options {
            let help: StartupConfiguration.Help?
            do {
                help = try startup.add(option, text)
            } catch {
                ServerLog.write(error.description)
                throw ExitCode(1)
            }
            if let help {
                print(StartupConfiguration.helpText(help), terminator: "")
                throw ExitCode.success
            }
        }
        return startup
    }

    /// The log backend (always present, so `trace-event-set-state` can turn
    /// events on later) and the `--trace` patterns.
    func setUpTracing() throws {
        let backend: TraceLogBackend
        if let traceLogFile {
            do {
                backend = try TraceLogBackend(path: traceLogFile, append: true)
            } catch {
                throw ValidationError("-D \(error)")
            }
        } else {
            backend = TraceLogBackend()
        }
        TraceBackends.add(backend)
        var patterns: [String] = []
        for item in tracePatterns {
            if item.hasPrefix("events=") {
                let path = String(item.dropFirst("events=".count))
                guard let f = fopen(path, "r") else { throw ValidationError("--trace \(item): cannot open \(path)") }
                defer { fclose(f) }
                var line = [CChar](repeating: 0, count: 4096)
                while fgets(&line, Int32(line.count), f) != nil {
                    let text = String(decoding: line.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                    let pattern = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
                    if !pattern.isEmpty, !pattern.hasPrefix("#") { patterns.append(pattern) }
                }
            } else {
                patterns.append(item)
            }
        }
        for unmatched in TraceEvents.apply(patterns: patterns) {
            ServerLog.write("warning: no trace event matches '\(unmatched)'")
        }
    }

    static func resolveGroup(_ text: String) -> gid_t? {
        if let n = UInt32(text) { return n }
        guard let entry = getgrnam(text) else { return nil }
        return entry.pointee.gr_gid
    }
}

/// Lets the `quit` handler reach the server created after it.
final class ServerReference: Sendable {
    private let storage = Mutex<QMPServer?>(nil)
    var server: QMPServer? {
        get { storage.withLock { $0 } }
        set { storage.withLock { $0 = newValue } }
    }
}
