import ArgumentParser
import IOMMUDBackend
import protocol LinuxKernel.Kernel
import QMPServer
import StateJournal

extension IOMMUDCommand {
    /// `--state-dir`'s journal, opened through the kernel's system-call
    /// table (so the simulated kernel's fault injection reaches it), and
    /// what it held; nil without the option. A journal that is locked by
    /// another daemon or damaged other than by a torn last write ends the
    /// daemon (status 1) with one line saying why.
    ///
    /// Under systemd (`NOTIFY_SOCKET` a path), the journal gets the fd
    /// store, with the descriptors it passed back (`stored`); without
    /// `--state-dir` those are closed, each logged.
    func openState(kernel: any Kernel, stored: [String: Int32]) throws
        -> (journal: ChangeJournal, contents: StateJournal.Contents)?
    {
        func close(_ stored: [String: Int32], because why: String) {
            for (name, fd) in stored.sorted(by: { $0.key < $1.key }) {
                kernel.systemCalls.typed.close(fd)
                ServerLog.write("warning: fd store: '\(name)' closed: \(why)")
            }
        }
        guard let stateDir else {
            close(stored, because: "iommud was started without --state-dir")
            return nil
        }
        do {
            let (journal, contents) = try StateJournal.open(directory: stateDir, system: kernel.systemCalls)
            if contents.tornBytes > 0 {
                ServerLog.write("warning: state journal \(journal.path): cut off \(contents.tornBytes) bytes of a write "
                    + "a crash interrupted (never acknowledged), after byte \(contents.validLength)")
            }
            var store: DescriptorStore?
            if let path = SystemdNotify.socketPath, path.hasPrefix("/") {
                store = DescriptorStore(socketPath: path, inherited: stored, system: kernel.systemCalls)
                let kept = kernel.name == "host"
                    ? "memory backends and the kernel descriptors of iommufd objects (/dev/iommu, bound VFIO devices) are"
                    : "memory backends are"
                ServerLog.write("fd store: \(kept) kept in systemd's fd store (NOTIFY_SOCKET \(path)); "
                    + "\(stored.count) descriptor\(stored.count == 1 ? "" : "s") passed back")
            } else {
                close(stored, because: "NOTIFY_SOCKET is not a path, no fd store")
            }
            // The simulated kernel's objects live in this process: keeping
            // its descriptors would keep nothing.
            return (ChangeJournal(journal, descriptors: store, keepsKernelDescriptors: kernel.name == "host",
                                  compactAt: max(stateCompactAt.bytes, 1),
                                  log: { ServerLog.write($0) }), contents)
        } catch {
            ServerLog.write("error: --state-dir \(stateDir): \(error)")
            throw ExitCode(1)
        }
    }
}
