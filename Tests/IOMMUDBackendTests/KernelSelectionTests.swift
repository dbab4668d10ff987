import IOMMUDBackend
import LinuxKernel
import QMP
import SimulatedKernel
import Testing
@testable import IOMMUDSimulation

@Suite struct KernelSelectionTests {
    @Test func autoPicksTheSimulationWithoutDevIOMMU() {
        let (kernel, reason) = KernelChoice.auto.resolve(iommuPath: "/nonexistent/iommu")
        #expect(kernel.name == "sim")
        #expect(reason == "using the simulated kernel: /nonexistent/iommu does not exist (--kernel auto)")
    }

    @Test func autoPicksTheHostWhenTheNodeExists() {
        // Any existing path stands in for /dev/iommu.
        let (kernel, reason) = KernelChoice.auto.resolve(iommuPath: "/dev/null")
        #expect(kernel.name == "host")
        #expect(reason.hasPrefix("using the host kernel: /dev/null exists"))
    }

    @Test func explicitChoicesAreHonoured() {
        #expect(KernelChoice.sim.resolve(iommuPath: "/dev/null").kernel.name == "sim")
        #expect(KernelChoice.host.resolve(iommuPath: "/nonexistent").kernel.name == "host")
        #expect(KernelChoice(rawValue: "qemu") == nil)
    }
}

/// The backend knows no simulation: without one plugged in, the `sim`
/// module's commands say which kernel the daemon drives.
@Suite struct SimulationPlugTests {
    @Test func withoutASimulationTheSimCommandsSaySo() {
        let kernel = HostKernel(sysfsRoot: "/nonexistent", devRoot: "/nonexistent")
        #expect(DaemonCommands.simulation(for: kernel) == nil)
        let session = QMPSession(dispatcher: DaemonCommands.dispatcher(kernel: kernel, onQuit: {}))
        _ = session.receive(#"{"execute": "qmp_capabilities"}"#)
        for command in ["x-sim-dma-write\", \"arguments\": {\"device\": \"d\", \"iova\": 0, \"size\": 1}",
                        "x-sim-inject-fault\", \"arguments\": {\"nth\": 1}"] {
            let reply = String(decoding: session.receive("{\"execute\": \"\(command)}"), as: UTF8.self)
            let name = command.prefix { $0 != "\"" }
            #expect(reply.contains("\(name) needs the simulated kernel, but iommud drives the host kernel (--kernel sim)"), "\(reply)")
        }
        #expect(DaemonCommands.simulation(for: SimulatedKernel()) != nil)
    }
}
