import LinuxKernel
import QMPAPI

// The schema's names for kernel flags and back, as initializers: each
// conversion is written once, next to nothing else.

extension HWPTAllocFlags {
    /// The flags the schema's names stand for.
    init(_ names: [IOMMUFDHWPTAllocFlag]) {
        self = []
        for name in names {
            switch name {
            case .nestParent: insert(.nestParent)
            case .dirtyTracking: insert(.dirtyTracking)
            case .pasid: insert(.pasid)
            }
        }
    }
}

extension Array where Element == IOMMUFDHWPTAllocFlag {
    /// The schema's names of `flags`, in schema order.
    init(_ flags: HWPTAllocFlags) {
        self = []
        if flags.contains(.nestParent) { append(.nestParent) }
        if flags.contains(.dirtyTracking) { append(.dirtyTracking) }
        if flags.contains(.pasid) { append(.pasid) }
    }
}

extension HWPTData.VTdS1Flags {
    /// The VT-d stage-1 flags the schema's names stand for.
    init(_ names: [IOMMUFDVTdS1Flag]) {
        self = []
        for name in names {
            switch name {
            case .sre: insert(.supervisorRequests)
            case .eafe: insert(.extendedAccessFlag)
            case .wpe: insert(.writeProtect)
            }
        }
    }
}
