import LinuxKernel
import QAPIRuntime
import QMP
import QMPAPI

/// Assembles the handlers of every schema module into the daemon's command table.
///
/// Each schema module's generated protocol is implemented by exactly one handler
/// object; this is the one place that knows all of them.
public enum DaemonCommands {
    /// The dispatcher for the daemon.
    ///
    /// - Parameters:
    ///   - kernel: the kernel backend objects talk to (default: a fresh simulated one).
    ///   - onQuit: called when a client runs `quit`.
    ///   - limits: what clients can make the objects hold.
    public static func dispatcher(kernel: (any Kernel)? = nil, limits: BackendLimits = BackendLimits(),
                                  onQuit: @escaping @Sendable () -> Void) -> QMPDispatcher {
        dispatcherAndTree(kernel: kernel, limits: limits, onQuit: onQuit).dispatcher
    }

    /// The dispatcher and the object tree behind it (tests inspect the tree).
    public static func dispatcherAndTree(kernel: (any Kernel)? = nil, limits: BackendLimits = BackendLimits(),
                                         onQuit: @escaping @Sendable () -> Void)
        -> (dispatcher: QMPDispatcher, tree: ObjectTree)
    {
        let monitor = MonitorCommands(onQuit: onQuit)
        let tree = ObjectTree(kernel: kernel ?? KernelChoice.sim.resolve().kernel, fdSets: monitor.fdSets, limits: limits)
        let qom = QOMCommands(tree: tree)
        let iommufd = IOMMUFDCommands(tree: tree)
        let vfio = VFIOCommands(tree: tree)
        let sim = SimulationCommands(tree: tree)
        let table = QMPCommandTable.make(
            control: monitor, introspect: monitor, misc: monitor, qom: qom, iommufd: iommufd, vfio: vfio, sim: sim,
            trace: monitor)
        return (QMPDispatcher(table: table), tree)
    }
}
