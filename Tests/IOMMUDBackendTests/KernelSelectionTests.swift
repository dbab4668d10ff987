import IOMMUDBackend
import Testing

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
