import ArgumentParser
import IOMMUDBackend
import JSON
import protocol LinuxKernel.Kernel
import QMP
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

/// Makes the journal's changes again at start.
enum StateRestore {
    /// Runs every recorded command in order through an in-process monitor,
    /// as its client did. A command that fails now is logged and skipped;
    /// a command that returns other than it did (another kernel id) is
    /// logged. Logs one summary line.
    static func replay(_ contents: StateJournal.Contents, directory: String, with dispatcher: QMPDispatcher) {
        guard contents.snapshot != nil || !contents.changes.isEmpty else {
            ServerLog.write("state journal in \(directory): empty, nothing to restore")
            return
        }
        let session = QMPSession(dispatcher: dispatcher)
        try? session.negotiate(enable: [])
        var failed = 0
        var changed = 0
        for (index, payload) in contents.changes.enumerated() {
            let number = index + 1
            guard case .object(let record)? = try? JSONStreamParser.parse(bytes: payload),
                  case .string(let command)? = record["execute"], case .object(let arguments)? = record["arguments"]
            else {
                ServerLog.write("warning: state journal record \(number) is not a command; skipped")
                failed += 1
                continue
            }
            do {
                let result = try dispatcher.run(command, arguments: arguments, session: session)
                if let recorded = record["return"], recorded != result {
                    changed += 1
                    ServerLog.write("warning: state journal record \(number) (\(command)) returned "
                        + "\(JSONWriter.string(result)), was \(JSONWriter.string(recorded))")
                }
            } catch {
                failed += 1
                ServerLog.write("warning: state journal record \(number) (\(command)) could not be restored: \(error.desc)")
            }
        }
        ServerLog.write("state journal in \(directory): restored \(contents.changes.count - failed) of "
            + "\(contents.changes.count) changes" + (changed > 0 ? ", \(changed) with other results" : ""))
    }
}
