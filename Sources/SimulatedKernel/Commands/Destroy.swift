import CLinuxUAPI
import Posix

enum Commands {}

extension Commands {
    /// IOMMU_DESTROY (reference §1.4, §2.1): any kind of object; unknown →
    /// ENOENT, in use or held by its driver → EBUSY. See
    /// ``SimIOMMUFD/destroy(_:)`` for what each kind takes with it.
    static func destroy(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let cmd = buffer.load(iommu_destroy.self)
        try iommufd.destroy(cmd.id)
        return CommandOutcome()
    }
}
