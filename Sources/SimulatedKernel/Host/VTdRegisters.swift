/// The Intel VT-d Capability and Extended Capability registers, by field,
/// as the VT-d specification lays them out (and Linux's `cap_*`/`ecap_*`
/// accessors read them). Used to build realistic register values for the
/// simulated IOMMUs and to decide what they can do.
public struct VTdRegisters: Sendable, Hashable {
    /// The Capability register (`CAP_REG`).
    public var capability: UInt64
    /// The Extended Capability register (`ECAP_REG`).
    public var extendedCapability: UInt64

    public init(capability: UInt64, extendedCapability: UInt64) {
        self.capability = capability
        self.extendedCapability = extendedCapability
    }

    private static func field(_ value: UInt64, _ low: Int, _ width: Int) -> UInt64 {
        (value >> UInt64(low)) & ((1 << UInt64(width)) - 1)
    }

    // MARK: Capability register

    /// MGAW (bits 21:16) + 1: the widest guest address the unit translates.
    public var maximumGuestAddressWidth: Int { Int(Self.field(capability, 16, 6)) + 1 }
    /// SAGAW (bits 12:8): supported second-level page-table depths (bit 1:
    /// 3-level/39-bit, bit 2: 4-level/48-bit, bit 3: 5-level/57-bit).
    public var supportedAdjustedGuestAddressWidths: UInt64 { Self.field(capability, 8, 5) }
    /// SLLPS (bits 37:34): second-level large pages (bit 0: 2 MiB, bit 1: 1 GiB).
    public var secondLevelLargePages: UInt64 { Self.field(capability, 34, 4) }

    /// The address width of a second-level table: the deepest supported
    /// level, capped at MGAW.
    public var addressWidth: Int {
        let sagaw = supportedAdjustedGuestAddressWidths
        let deepest = sagaw & 0b1000 != 0 ? 57 : sagaw & 0b100 != 0 ? 48 : 39
        return min(deepest, maximumGuestAddressWidth)
    }

    /// The IO page sizes of a second-level table: 4 KiB, and 2 MiB / 1 GiB
    /// when SLLPS says so.
    public var pageSizeBitmap: UInt64 {
        var bitmap: UInt64 = 1 << 12
        if secondLevelLargePages & 0b01 != 0 { bitmap |= 1 << 21 }
        if secondLevelLargePages & 0b10 != 0 { bitmap |= 1 << 30 }
        return bitmap
    }

    // MARK: Extended capability register

    /// C (bit 0): page-walk coherency.
    public var coherent: Bool { extendedCapability & 1 != 0 }
    /// IR (bit 3): interrupt remapping (what makes MSIs isolatable).
    public var interruptRemapping: Bool { Self.field(extendedCapability, 3, 1) != 0 }
    /// SC (bit 7): snoop control, so domains can enforce cache coherency.
    public var snoopControl: Bool { Self.field(extendedCapability, 7, 1) != 0 }
    /// NEST (bit 26): nested translation.
    public var nested: Bool { Self.field(extendedCapability, 26, 1) != 0 }
    /// PRS (bit 29): page requests (IO page faults).
    public var pageRequests: Bool { Self.field(extendedCapability, 29, 1) != 0 }
    /// PSS (bits 39:35) + 1: PASID width.
    public var pasidWidth: Int { Int(Self.field(extendedCapability, 35, 5)) + 1 }
    /// PASID (bit 40).
    public var pasid: Bool { Self.field(extendedCapability, 40, 1) != 0 }
    /// SMTS (bit 43): scalable-mode translation.
    public var scalableMode: Bool { Self.field(extendedCapability, 43, 1) != 0 }
    /// SLADS (bit 45): second-level accessed/dirty bits.
    public var secondLevelAccessedDirty: Bool { Self.field(extendedCapability, 45, 1) != 0 }

    /// Whether the unit can track dirty IO pages: Linux's `ssads_supported`
    /// — scalable mode (SMTS) with second-stage A/D bits (SLADS).
    public var dirtyTracking: Bool { scalableMode && secondLevelAccessedDirty }
    /// Whether the unit supports nest-parent and nested domains: scalable
    /// mode with NEST.
    public var nesting: Bool { scalableMode && nested }

    // MARK: Building

    /// Builds a Capability register from its fields (names as in the spec).
    static func capability(nd: UInt64, plmr: Bool, phmr: Bool, sagaw: UInt64, mgaw: Int, zlr: Bool, fro: UInt64,
                           sllps: UInt64, psi: Bool, nfr: UInt64, mamv: UInt64, dwd: Bool, drd: Bool, fl1gp: Bool,
                           pi: Bool, fl5lp: Bool) -> UInt64 {
        func bit(_ on: Bool, _ position: UInt64) -> UInt64 { on ? 1 << position : 0 }
        return nd | bit(plmr, 5) | bit(phmr, 6) | sagaw << 8 | UInt64(mgaw - 1) << 16 | bit(zlr, 22) | fro << 24
            | sllps << 34 | bit(psi, 39) | nfr << 40 | mamv << 48 | bit(dwd, 54) | bit(drd, 55) | bit(fl1gp, 56)
            | bit(pi, 59) | bit(fl5lp, 60)
    }

    /// Builds an Extended Capability register from its fields.
    static func extendedCapability(coherent: Bool, iro: UInt64, mhmv: UInt64, sc: Bool, nest: Bool, prs: Bool,
                                   pss: UInt64, slads: Bool, flts: Bool) -> UInt64 {
        func bit(_ on: Bool, _ position: UInt64) -> UInt64 { on ? 1 << position : 0 }
        return bit(coherent, 0) | bit(true, 1) /* QI */ | bit(true, 2) /* DT */ | bit(true, 3) /* IR */
            | bit(true, 4) /* EIM */ | bit(true, 6) /* PT */ | bit(sc, 7) | iro << 8 | mhmv << 20
            | bit(true, 25) /* MTS */ | bit(nest, 26) | bit(prs, 29) | bit(true, 31) /* SRS */
            | bit(true, 33) /* NWFS */ | pss << 35 | bit(true, 40) /* PASID */ | bit(true, 41) /* DIT */
            | bit(true, 42) /* PDS */ | bit(true, 43) /* SMTS */ | bit(slads, 45) | bit(true, 46) /* SLTS */
            | bit(flts, 47) | bit(true, 48) /* SMPWC */ | bit(true, 49) /* RPS */
    }
}
