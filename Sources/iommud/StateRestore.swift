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
    func openState(kernel: any Kernel) throws -> (journal: ChangeJournal, contents: StateJournal.Contents)? {
        guard let stateDir else { return nil }
        do {
            let (journal, contents) = try StateJournal.open(directory: stateDir, system: kernel.systemCalls)
            if contents.tornBytes > 0 {
                ServerLog.write("warning: state journal \(journal.path): cut off \(contents.tornBytes) bytes of a write "
                    + "a crash interrupted (never acknowledged), after byte \(contents.validLength)")
            }
            return (ChangeJournal(journal), contents)
        } catch {
            ServerLog.write("error: --state-dir \(stateDir): \(error)")
            throw ExitCode(1)
        }
    }
}
