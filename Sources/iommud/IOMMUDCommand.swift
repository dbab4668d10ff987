import ArgumentParser
import IOMMUDBackend
import QMP
import QMPServer
import Synchronization

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
            Listeners use QEMU's syntax: --qmp unix:PATH[,server=on,wait=off]. \
            The socket is created with mode 0600. With no --qmp, iommud listens on unix:./iommud.sock.
            """,
        version: IOMMUDVersion.string)

    @Option(name: .customLong("qmp"), help: "Serve QMP on ADDRESS (repeatable), e.g. unix:/run/iommud.sock.")
    var listeners: [String] = []

    func run() throws {
        let addresses: [ListenAddress]
        do {
            addresses = try (listeners.isEmpty ? ["unix:./iommud.sock"] : listeners).map { text throws(ListenAddress.ParseError) in
                try ListenAddress(parsing: text)
            }
        } catch {
            throw ValidationError(error.description)
        }

        // Writes to vanished clients must fail with EPIPE, never end the daemon.
        signal(SIGPIPE, SIG_IGN)
        let serverRef = ServerReference()
        let dispatcher = DaemonCommands.dispatcher(onQuit: { serverRef.server?.requestShutdown(.hostQmpQuit) })
        do {
            let server = try QMPServer(dispatcher: dispatcher)
            serverRef.server = server
            try server.handleTerminationSignals()
            for address in addresses {
                try server.listen(on: address)
            }
            server.run()
        } catch {
            ServerLog.write("error: \(error)")
            throw ExitCode(1)
        }
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
