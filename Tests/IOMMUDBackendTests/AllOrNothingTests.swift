import JSON
import Posix
import Testing

/// What the generated fault sweep (``CommandSweepTests``) does not check:
/// the words of an error. The sweep proves every command all-or-nothing and
/// that each failure's desc carries the errno; this pins one desc whole.
@Suite struct AllOrNothingTests {
    /// A passed descriptor the kernel will not adopt: the error names the
    /// parameter and the call, the descriptor is consumed, nothing else
    /// changes.
    @Test func iommufdObjectFromAPassedDescriptorThatCannotBeAdopted() {
        let d = Daemon()
        let before = Snapshot(d)
        d.session.monitor.setNamed("iommu", Daemon.devNull())
        d.kernel.injectFault(nth: 1, errno: .ENOMEM)
        let reply = d.run("object-add", ["qom-type": "iommufd", "id": "iommufd9", "fd": "iommu"])
        d.kernel.cancelFault()
        #expect(reply["error"]?["desc"] == "Could not parse remote object fd iommu:adopt /dev/iommu descriptor failed: ENOMEM (Cannot allocate memory)")
        #expect(Snapshot(d) == before, "consumed, and nothing else changed")
    }
}
