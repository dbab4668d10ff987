import QAPIRuntime

/// What a read-only monitor (`--qmp ADDRESS,readonly=on`) runs: commands
/// that only look, as libvirt's read-only socket allows only queries.
/// Everything else is refused before its arguments are looked at, so a
/// refused command changes nothing.
public enum ReadOnlyMonitor {
    /// Commands that run besides every `query-*`.
    public static let alsoAllowed: Set<String> = ["qmp_capabilities", "qom-list", "qom-get", "trace-event-get-state"]

    /// Whether a read-only monitor runs `command`.
    public static func allows(_ command: String) -> Bool {
        command.hasPrefix("query-") || alsoAllowed.contains(command)
    }

    /// The error for `command` on a read-only monitor: QEMU's wording for a
    /// command disabled on this instance ("Command %s has been disabled: …"),
    /// as a GenericError — the command exists, so CommandNotFound, QEMU's
    /// class for it, would mislead clients that probe for commands.
    public static func refusal(of command: String) -> QMPError {
        .generic("Command \(command) has been disabled: this monitor is read-only")
    }
}
