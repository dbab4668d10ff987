import IOMMUDBackend
import LinuxKernel
import QMP
import SimulatedKernel

extension DaemonCommands {
    /// The `sim` module's commands for `kernel` when it is the simulated
    /// kernel; nil for any other (those commands then say so).
    public static func simulation(for kernel: any Kernel) -> SimulationPlug? {
        guard let simulated = kernel as? SimulatedKernel else { return nil }
        return { _ in SimulationCommands(kernel: simulated) }
    }

    /// A dispatcher on a fresh simulated kernel with the default host, its
    /// `sim` commands plugged in (tests and tools).
    public static func dispatcher(limits: BackendLimits = BackendLimits(), onQuit: @escaping @Sendable () -> Void)
        -> QMPDispatcher
    {
        simulated(SimulatedKernel(), limits: limits, onQuit: onQuit).dispatcher
    }

    /// The dispatcher and object tree on `kernel`, its `sim` commands plugged in.
    public static func simulated(_ kernel: SimulatedKernel, limits: BackendLimits = BackendLimits(), prelaunch: Bool = false,
                                 onQuit: @escaping @Sendable () -> Void) -> (dispatcher: QMPDispatcher, tree: ObjectTree)
    {
        dispatcherAndTree(
            kernel: kernel, limits: limits, simulation: simulation(for: kernel), prelaunch: prelaunch, onQuit: onQuit)
    }
}
