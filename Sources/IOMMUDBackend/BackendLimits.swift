import QAPIRuntime
import QMP

/// How much a client can make the object model hold: each limit has a
/// default and an `iommud` option, and reaching it is a GenericError that
/// names the option, with nothing changed.
public struct BackendLimits: Sendable {
    /// Objects at `/objects` (`object-add`): `--max-objects`.
    public var objects = 1024
    /// Kernel objects held through one iommufd object — IOASes, HWPTs
    /// (automatic ones too) and bound devices: `--max-iommufd-objects`.
    public var kernelObjectsPerIOMMUFD = 1024
    /// Mappings iommud made in one IOAS (map and copy): `--max-mappings`;
    /// the default is VFIO type1's `dma_entry_limit`.
    public var mappingsPerIOAS = 65535

    public init() {}

    /// The error for a limit reached (the wording all limits share).
    static func reached(_ what: String, _ limit: Int, option: String) -> QMPError {
        .limitReached(what, limit, option: option)
    }
}
