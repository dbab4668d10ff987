#if canImport(Glibc)
import Glibc
#endif
import LinuxKernel
import SimulatedKernel

/// Which kernel the daemon drives (`--kernel`).
public enum KernelChoice: String, Sendable, CaseIterable {
    /// The host's `/dev/iommu` and VFIO devices.
    case host
    /// The simulated kernel, in the daemon's own process.
    case sim
    /// The host kernel when `/dev/iommu` exists, the simulated one otherwise.
    case auto

    /// The kernel to use and a sentence saying why, for the log.
    ///
    /// - Parameters:
    ///   - iommuPath: where to look for `/dev/iommu` (tests point it elsewhere).
    ///   - host: the machine a simulated kernel runs on.
    public func resolve(iommuPath: String = "/dev/iommu", host: SimulatedHost = .default)
        -> (kernel: any Kernel, reason: String)
    {
        switch self {
        case .host:
            return (HostKernel(), "using the host kernel (--kernel host)")
        case .sim:
            return (SimulatedKernel(host: host), "using the simulated kernel (--kernel sim)")
        case .auto:
            if access(iommuPath, F_OK) == 0 {
                return (HostKernel(), "using the host kernel: \(iommuPath) exists (--kernel auto)")
            }
            return (SimulatedKernel(host: host), "using the simulated kernel: \(iommuPath) does not exist (--kernel auto)")
        }
    }

    /// The kernel for `--kernel` and `--sim-topology`, with the lines to log:
    /// why this kernel, then which simulated host it runs on (or a warning
    /// that the topology file is ignored because the host kernel won).
    ///
    /// The topology file is read and checked whichever kernel is chosen, so
    /// a bad file is an error even when `auto` picks the host.
    ///
    /// - Parameters:
    ///   - iommuPath: where to look for `/dev/iommu` (tests point it elsewhere).
    ///   - simTopology: the `--sim-topology` file, if any.
    ///   - simKernelVersion: `--sim-kernel-version`: the release the simulated
    ///     kernel answers as, over the topology's `kernel-version` (6.12
    ///     when neither says).
    public func select(iommuPath: String = "/dev/iommu", simTopology: String?,
                       simKernelVersion: KernelVersion? = nil) throws(KernelSelectionError)
        -> (kernel: any Kernel, log: [String])
    {
        var host = SimulatedHost.default
        var source = "the built-in default topology"
        if let simTopology {
            guard self != .host else { throw .topologyWithHostKernel(file: simTopology) }
            do {
                host = try SimTopology.load(path: simTopology)
            } catch {
                throw .badTopology(file: simTopology, error)
            }
            source = simTopology
        }
        if let simKernelVersion {
            guard self != .host else { throw .kernelVersionWithHostKernel }
            host.kernelVersion = simKernelVersion
        }
        let (kernel, reason) = resolve(iommuPath: iommuPath, host: host)
        if kernel is SimulatedKernel {
            return (kernel, [reason, "simulated host: \(source): \(SimTopology.summary(of: host)); Linux \(host.kernelVersion)"])
        }
        if let simTopology {
            return (kernel, [reason, "warning: --sim-topology \(simTopology) ignored: the host kernel is in use"])
        }
        if simKernelVersion != nil {
            return (kernel, [reason, "warning: --sim-kernel-version ignored: the host kernel is in use"])
        }
        return (kernel, [reason])
    }
}

/// Why ``KernelChoice/select(iommuPath:simTopology:)`` refused.
public enum KernelSelectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--sim-topology` with `--kernel host`.
    case topologyWithHostKernel(file: String)
    /// The topology file cannot be read or is wrong.
    case badTopology(file: String, SimTopologyError)
    /// `--sim-kernel-version` with `--kernel host`.
    case kernelVersionWithHostKernel

    /// The one line the daemon prints before exiting.
    public var description: String {
        switch self {
        case .topologyWithHostKernel(let file):
            return "--sim-topology \(file) needs the simulated kernel (--kernel sim or auto), not --kernel host"
        case .badTopology(let file, let error):
            return "--sim-topology \(file): \(error)"
        case .kernelVersionWithHostKernel:
            return "--sim-kernel-version needs the simulated kernel (--kernel sim or auto), not --kernel host"
        }
    }
}
