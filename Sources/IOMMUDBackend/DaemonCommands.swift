import LinuxKernel
import QAPIRuntime
import QMP
import QMPAPI
import VFIOUserServer

/// Assembles the handlers of every schema module into the daemon's command table.
///
/// Each schema module's generated protocol is implemented by exactly one handler
/// object; this is the one place that knows all of them. The `sim` module's
/// handlers come from outside (the IOMMUDSimulation target plugs them in for
/// its simulated kernel); without them those commands say the simulated
/// kernel is not in use.
public enum DaemonCommands {
    /// Makes the `sim` module's handlers for the daemon's object tree.
    public typealias SimulationPlug = @Sendable (ObjectTree) -> any SimCommands<QMPRequestContext>

    /// The dispatcher for the daemon.
    ///
    /// - Parameters:
    ///   - kernel: the kernel backend objects talk to.
    ///   - limits: what clients can make the objects hold.
    ///   - simulation: the `sim` module's handlers, when `kernel` is simulated.
    ///   - prelaunch: whether the machine starts in the prelaunch phase
    ///     (the daemon: its command line's devices are coldplugged), which
    ///     `x-exit-preconfig` ends; else it starts running.
    ///   - vfioUserAccess: who may use vfio-user exports, and their sockets' mode and group.
    ///   - journal: where committed changes are recorded (`--state-dir`).
    ///   - onQuit: called when a client runs `quit`.
    public static func dispatcher(kernel: any Kernel, limits: BackendLimits = BackendLimits(),
                                  simulation: SimulationPlug? = nil, prelaunch: Bool = false,
                                  vfioUserAccess: VFIOUserAccess = VFIOUserAccess(), journal: ChangeJournal? = nil,
                                  onQuit: @escaping @Sendable () -> Void) -> QMPDispatcher {
        dispatcherAndTree(kernel: kernel, limits: limits, simulation: simulation, prelaunch: prelaunch,
                          vfioUserAccess: vfioUserAccess, journal: journal, onQuit: onQuit)
            .dispatcher
    }

    /// The dispatcher and the object tree behind it (tests inspect the tree).
    public static func dispatcherAndTree(kernel: any Kernel, limits: BackendLimits = BackendLimits(),
                                         simulation: SimulationPlug? = nil, prelaunch: Bool = false,
                                         vfioUserAccess: VFIOUserAccess = VFIOUserAccess(), journal: ChangeJournal? = nil,
                                         onQuit: @escaping @Sendable () -> Void)
        -> (dispatcher: QMPDispatcher, tree: ObjectTree)
    {
        let monitor = MonitorCommands(onQuit: onQuit)
        let tree = ObjectTree(kernel: kernel, fdSets: monitor.fdSets, limits: limits, prelaunch: prelaunch,
                              vfioUserAccess: vfioUserAccess, journal: journal)
        let qom = QOMCommands(tree: tree)
        let iommufd = IOMMUFDCommands(tree: tree)
        let vfio = VFIOCommands(tree: tree)
        let machine = MachineCommands(tree: tree)
        let sim = simulation?(tree) ?? NoSimulationCommands(kernelName: kernel.name)
        let table = QMPCommandTable.make(
            control: monitor, introspect: monitor, runState: machine, misc: monitor, qom: qom, iommufd: iommufd, vfio: vfio,
            device: machine, viommu: machine, migration: machine, sim: sim, trace: monitor)
        return (QMPDispatcher(table: table), tree)
    }
}
