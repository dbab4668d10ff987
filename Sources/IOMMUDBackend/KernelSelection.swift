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
    /// - Parameter iommuPath: where to look for `/dev/iommu` (tests point it elsewhere).
    public func resolve(iommuPath: String = "/dev/iommu") -> (kernel: any Kernel, reason: String) {
        switch self {
        case .host:
            return (HostKernel(), "using the host kernel (--kernel host)")
        case .sim:
            return (SimulatedKernel(), "using the simulated kernel (--kernel sim)")
        case .auto:
            if access(iommuPath, F_OK) == 0 {
                return (HostKernel(), "using the host kernel: \(iommuPath) exists (--kernel auto)")
            }
            return (SimulatedKernel(), "using the simulated kernel: \(iommuPath) does not exist (--kernel auto)")
        }
    }
}
