import LinuxKernel

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

    /// The registers read the way iommud reads a real unit's
    /// (``LinuxKernel/VTdHWInfo``): one decoding for both kernels; the
    /// setters below only know where each field lives.
    private var decoded: VTdHWInfo {
        VTdHWInfo(flags: 0, capability: capability, extendedCapability: extendedCapability)
    }

    /// Replaces bits `low ..< low + width` of `value` with `newValue`.
    private static func setField(_ value: inout UInt64, _ low: Int, _ width: Int, _ newValue: UInt64) {
        let mask: UInt64 = ((1 << UInt64(width)) - 1) << UInt64(low)
        value = value & ~mask | (newValue << UInt64(low)) & mask
    }

    private static func setBit(_ value: inout UInt64, _ position: Int, _ on: Bool) {
        setField(&value, position, 1, on ? 1 : 0)
    }

    // MARK: Capability register

    /// MGAW (bits 21:16) + 1: the widest guest address the unit translates.
    public var maximumGuestAddressWidth: Int { decoded.maximumGuestAddressWidth }
    /// SAGAW (bits 12:8): supported second-level page-table depths (bit 1:
    /// 3-level/39-bit, bit 2: 4-level/48-bit, bit 3: 5-level/57-bit).
    public var supportedAdjustedGuestAddressWidths: UInt64 { decoded.supportedAdjustedGuestAddressWidths }
    /// SLLPS (bits 37:34): second-level large pages (bit 0: 2 MiB, bit 1: 1 GiB).
    public var secondLevelLargePages: UInt64 { (capability >> 34) & 0xf }

    /// The address width of a second-level table: the deepest supported
    /// level, capped at MGAW.
    ///
    /// Setting it to 39, 48 or 57 (nothing else) makes SAGAW name that one
    /// table depth and sets MGAW to the same width.
    public var addressWidth: Int {
        get { decoded.addressWidth }
        set {
            precondition(Self.addressWidths.contains(newValue), "VT-d address width \(newValue) is not 39, 48 or 57")
            let sagaw: UInt64 = newValue == 39 ? 0b00010 : newValue == 48 ? 0b00100 : 0b01000
            Self.setField(&capability, 8, 5, sagaw)
            Self.setField(&capability, 16, 6, UInt64(newValue - 1))
        }
    }

    /// The address widths a second-level table can have (3, 4 or 5 levels).
    public static let addressWidths: [Int] = [39, 48, 57]

    /// The IO page sizes of a second-level table: 4 KiB, and 2 MiB / 1 GiB
    /// when SLLPS says so.
    ///
    /// Setting it takes 4 KiB plus any of 2 MiB and 1 GiB, and writes SLLPS.
    public var pageSizeBitmap: UInt64 {
        get { decoded.pageSizes.reduce(0, |) }
        set {
            precondition(newValue & (1 << 12) != 0 && newValue & ~(1 << 12 | 1 << 21 | 1 << 30) == 0,
                         "VT-d page sizes are 4 KiB plus 2 MiB and/or 1 GiB")
            let sllps: UInt64 = (newValue & 1 << 21 != 0 ? 0b01 : 0) | (newValue & 1 << 30 != 0 ? 0b10 : 0)
            Self.setField(&capability, 34, 4, sllps)
        }
    }

    // MARK: Extended capability register

    /// C (bit 0): page-walk coherency.
    public var coherent: Bool {
        get { decoded.coherent }
        set { Self.setBit(&extendedCapability, 0, newValue) }
    }
    /// IR (bit 3): interrupt remapping (what makes MSIs isolatable).
    public var interruptRemapping: Bool {
        get { decoded.interruptRemapping }
        set { Self.setBit(&extendedCapability, 3, newValue) }
    }
    /// SC (bit 7): snoop control, so domains can enforce cache coherency.
    public var snoopControl: Bool {
        get { decoded.snoopControl }
        set { Self.setBit(&extendedCapability, 7, newValue) }
    }
    /// NEST (bit 26): nested translation.
    public var nested: Bool {
        get { decoded.nested }
        set { Self.setBit(&extendedCapability, 26, newValue) }
    }
    /// FL1GP (capability bit 56): first-stage 1 GiB pages, which a guest's
    /// stage-1 tables may use once nested.
    public var firstStage1GPages: Bool {
        get { decoded.firstStage1GPages }
        set { Self.setBit(&capability, 56, newValue) }
    }
    /// FL5LP (capability bit 60): 5-level (57-bit) first-stage tables.
    public var firstStage5Level: Bool { capability & (1 << 60) != 0 }
    /// SRS (bit 31): supervisor requests.
    public var supervisorRequests: Bool { extendedCapability & (1 << 31) != 0 }
    /// PRS (bit 29): page requests (IO page faults).
    public var pageRequests: Bool {
        get { decoded.pageRequests }
        set { Self.setBit(&extendedCapability, 29, newValue) }
    }
    /// PSS (bits 39:35) + 1: PASID width. Setting it takes 1 to 32.
    public var pasidWidth: Int {
        get { decoded.pasidWidth }
        set {
            precondition((1...32).contains(newValue), "VT-d PASID width \(newValue) is not from 1 to 32")
            Self.setField(&extendedCapability, 35, 5, UInt64(newValue - 1))
        }
    }
    /// PASID (bit 40).
    public var pasid: Bool {
        get { decoded.pasid }
        set { Self.setBit(&extendedCapability, 40, newValue) }
    }
    /// SMTS (bit 43): scalable-mode translation.
    public var scalableMode: Bool {
        get { decoded.scalableMode }
        set { Self.setBit(&extendedCapability, 43, newValue) }
    }
    /// SLADS (bit 45): second-level accessed/dirty bits.
    public var secondLevelAccessedDirty: Bool {
        get { decoded.secondStageAccessedDirty }
        set { Self.setBit(&extendedCapability, 45, newValue) }
    }

    /// Whether the unit can track dirty IO pages: Linux's `ssads_supported`
    /// — scalable mode (SMTS) with second-stage A/D bits (SLADS).
    ///
    /// Setting it to true sets SMTS and SLADS; to false clears SLADS only.
    public var dirtyTracking: Bool {
        get { decoded.dirtyTracking }
        set {
            if newValue { scalableMode = true }
            secondLevelAccessedDirty = newValue
        }
    }
    /// Whether the unit supports nest-parent and nested domains: scalable
    /// mode with NEST.
    ///
    /// Setting it to true sets SMTS and NEST; to false clears NEST only.
    public var nesting: Bool {
        get { decoded.nesting }
        set {
            if newValue { scalableMode = true }
            nested = newValue
        }
    }

    /// A Sapphire-Rapids-like unit: scalable mode, snoop control, page
    /// requests, 20-bit PASIDs, 48-bit 4-level tables with 2 MiB and 1 GiB
    /// pages, no NEST; with SLADS (dirty tracking) or, Ice-Lake-like,
    /// without. ``SimulatedHost/default`` is built from these, and a
    /// topology file's IOMMU without raw registers starts from
    /// `sapphireRapidsLike(slads: true)`.
    public static func sapphireRapidsLike(slads: Bool = true) -> VTdRegisters {
        VTdRegisters(
            capability: capability(
                nd: 6, plmr: true, phmr: true, sagaw: 0b00100, mgaw: 48, zlr: true, fro: 0x220, sllps: 0b0011,
                psi: true, nfr: 7, mamv: 0x12, dwd: true, drd: true, fl1gp: true, pi: true, fl5lp: false),
            extendedCapability: extendedCapability(
                coherent: true, iro: 0x50, mhmv: 0xf, sc: true, nest: false, prs: true, pss: 19, slads: slads,
                flts: true))
    }

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
