/// How a listener treats its clients, beyond where it listens: the options of
/// `--qmp`/`--jsonrpc` that are not part of the address.
public struct ListenerOptions: Sendable, Equatable {
    /// `readonly=on`: clients may only query (libvirt's read-only socket
    /// idea). Only `qmp_capabilities`, the `query-*` commands, `qom-list`,
    /// `qom-get` and `trace-event-get-state` run; everything else is refused
    /// and changes nothing, and descriptors sent with SCM_RIGHTS are closed
    /// as they arrive.
    public var readOnly: Bool

    public init(readOnly: Bool = false) {
        self.readOnly = readOnly
    }
}
