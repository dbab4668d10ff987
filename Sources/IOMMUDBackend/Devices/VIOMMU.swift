import JSON
import LinuxKernel
import QAPIRuntime
import Tracing

/// A vIOMMU: the IOMMU the guest of an address space sees. It checks each
/// assigned device's host IOMMU device against its configuration (QEMU's
/// `set_iommu_device`); while the machine is built (coldplug) it may sync,
/// lowering a value the host cannot honour, and every value changed that
/// way is a migration blocker. Not hotpluggable, one per address space.
class VIOMMUDevice: DeviceObject {
    /// One value a coldplugged device made the vIOMMU change.
    struct Sync: Equatable {
        let field: String
        let old: String
        let new: String
        let device: String
        let host: String
    }

    /// The values changed by syncs, oldest first (they stay: the guest
    /// has seen them).
    private(set) var syncs: [Sync] = []

    /// Checks (and, for a coldplugged device, syncs against) `hiod`, the
    /// host IOMMU device of device `device`. Throws QEMU's text; a sync is
    /// undone with the command.
    func setIOMMUDevice(_ hiod: HostIOMMUDevice, device: String, coldplug: Bool, in transaction: Transaction)
        throws(QMPError) {}

    /// Whether its devices' automatic HWPTs must be nest parents (QEMU's
    /// `VIOMMU_FLAG_WANT_NESTING_PARENT`).
    var wantsNestParent: Bool { false }

    /// The machine is built: the vIOMMU freezes (undone with the command).
    func freeze(in transaction: Transaction) {}

    /// Records a sync; undone by forgetting it (the caller restores the value).
    func record(_ sync: Sync, in transaction: Transaction) {
        syncs.append(sync)
        transaction.onFailure("forget the sync of \(typeName) '\(id)' \(sync.field)") { [self] () throws(KernelError) in
            syncs.removeAll { $0 == sync }
        }
    }

    /// The migration blockers of its syncs, as `query-migrate` lists them.
    var blockers: [String] {
        syncs.map {
            "\(typeName) '\(id)': \($0.field) synced from \($0.old) to \($0.new) for device '\($0.device)' (host \($0.host))"
        }
    }

    /// QEMU's refusal of a vIOMMU added once the machine is built, or removed.
    var noHotplug: QMPError { QMPError.generic("Device '\(typeName)' does not support hotplugging") }
}

/// QEMU's `intel-iommu` (VT-d), with `vtd_decide_config`'s rules and
/// `vtd_check_hiod`'s checks; with `x-flts` the accelerated checks of
/// `intel_iommu_accel.c`.
final class IntelIOMMUDevice: VIOMMUDevice {
    override var typeName: String { "intel-iommu" }
    /// The guest address width; a coldplug sync may lower it.
    private(set) var awBits: Int
    let cachingMode: Bool
    let scalableMode: Bool
    let flts: Bool
    /// First-stage 1 GiB pages offered with `x-flts`; a coldplug sync may clear it.
    private(set) var fs1gp: Bool

    /// QEMU's `vtd_decide_config` for the address-width and mode rules.
    init(id: String, addressSpace: String, awBits: Int, cachingMode: Bool, scalableMode: Bool, flts: Bool, fs1gp: Bool)
        throws(QMPError)
    {
        if flts, !scalableMode { throw QMPError.generic("x-flts is only available in scalable mode") }
        if !flts, awBits != 39, awBits != 48 {
            throw QMPError.generic(
                "\(scalableMode ? "Scalable mode(flts=off)" : "Legacy mode"): supported values for aw-bits are: 39, 48")
        }
        if flts, awBits != 48 {
            throw QMPError.generic("Scalable mode(flts=on): supported value for aw-bits is: 48")
        }
        self.awBits = awBits
        self.cachingMode = cachingMode
        self.scalableMode = scalableMode
        self.flts = flts
        self.fs1gp = fs1gp
        super.init(id: id, addressSpace: addressSpace)
    }

    override var wantsNestParent: Bool { flts }

    /// QEMU's `vtd_dev_set_iommu_device` and `vtd_check_hiod`; a coldplug
    /// lowers aw-bits to a width VT-d has (39) when the host's is smaller,
    /// and clears fs1gp when the host lacks FS1GP; every other mismatch
    /// refuses the device.
    override func setIOMMUDevice(_ hiod: HostIOMMUDevice, device: String, coldplug: Bool, in transaction: Transaction)
        throws(QMPError)
    {
        guard cachingMode else {
            throw QMPError.generic("Device assignment is not allowed without enabling caching-mode=on for Intel IOMMU.")
        }
        let host = hiod.awBits
        var newAWBits = awBits
        if awBits > host {
            // Only a width VT-d has (39 or 48), and x-flts needs 48.
            guard coldplug, !flts, host >= 39 else { throw QMPError.generic("aw-bits \(awBits) > host aw-bits \(host)") }
            newAWBits = 39
        }
        var newFS1GP = fs1gp
        if flts {
            guard hiod.backend == .iommufd, let hardware = hiod.hardware else {
                throw QMPError.generic("Need IOMMUFD backend when x-flts=on")
            }
            guard hardware.type == .intelVTd, let vtd = hardware.vtd else {
                throw QMPError.generic("Incompatible host platform IOMMU type \(hardware.type.rawValue)")
            }
            if fs1gp, !vtd.firstStage1GPages {
                guard coldplug else { throw QMPError.generic("First stage 1GB large page is unsupported by host IOMMU") }
                newFS1GP = false
            }
            if hiod.aliased {
                throw QMPError.generic("Host device downstream to a PCI bridge is unsupported when x-flts=on")
            }
        }
        if newAWBits != awBits {
            record(Sync(field: "aw-bits", old: String(awBits), new: String(newAWBits), device: device,
                        host: "aw-bits \(host)"), in: transaction)
            set(awBits: newAWBits, in: transaction)
        }
        if newFS1GP != fs1gp {
            record(Sync(field: "fs1gp", old: "on", new: "off", device: device, host: "IOMMU without FS1GP"), in: transaction)
            set(fs1gp: newFS1GP, in: transaction)
        }
    }

    private func set(awBits value: Int, in transaction: Transaction) {
        let old = awBits
        awBits = value
        transaction.onFailure("restore aw-bits of intel-iommu '\(id)'") { [self] () throws(KernelError) in awBits = old }
    }

    private func set(fs1gp value: Bool, in transaction: Transaction) {
        let old = fs1gp
        fs1gp = value
        transaction.onFailure("restore fs1gp of intel-iommu '\(id)'") { [self] () throws(KernelError) in fs1gp = old }
    }

    override func value(of property: String) throws(QMPError) -> JSONValue {
        switch property {
        case "aw-bits": return .int(Int64(awBits))
        case "caching-mode": return .bool(cachingMode)
        case "x-scalable-mode": return .bool(scalableMode)
        case "x-flts": return .bool(flts)
        case "fs1gp": return .bool(fs1gp)
        default: return try super.value(of: property)
        }
    }
}

/// QEMU's `virtio-iommu-pci`: its page size mask starts as every size from
/// its granule up, each coldplugged device ANDs its host's mask into it,
/// and the granule (the smallest size left) freezes when the machine is
/// built; a hotplugged device must map that granule.
final class VirtioIOMMUDevice: VIOMMUDevice {
    override var typeName: String { "virtio-iommu-pci" }
    let granule: VirtioIOMMUGranuleSize
    private(set) var pageSizeMask: UInt64
    private(set) var granuleFrozen = false

    init(id: String, addressSpace: String, granule: VirtioIOMMUGranuleSize) {
        self.granule = granule
        self.pageSizeMask = ~(granule.bytes - 1)
        super.init(id: id, addressSpace: addressSpace)
    }

    /// QEMU's `check_page_size_mask`, then the coldplug AND.
    override func setIOMMUDevice(_ hiod: HostIOMMUDevice, device: String, coldplug: Bool, in transaction: Transaction)
        throws(QMPError)
    {
        let current = pageSizeMask
        let host = hiod.pageSizeMask
        Trace.virtio_iommu_set_page_size_mask(name: hiod.name, old: current, new: host)
        guard current & host != 0 else {
            throw QMPError.generic(
                "virtio-iommu reports a page size mask 0x\(String(host, radix: 16)) incompatible with currently supported mask 0x\(String(current, radix: 16))")
        }
        if granuleFrozen {
            let granule = UInt64(1) << UInt64(current.trailingZeroBitCount)
            guard granule & host != 0 else {
                throw QMPError.generic("virtio-iommu does not support frozen granule 0x\(String(granule, radix: 16))")
            }
            return
        }
        let synced = current & host
        guard synced != current else { return }
        record(Sync(field: "page-size-mask", old: "0x" + String(current, radix: 16), new: "0x" + String(synced, radix: 16),
                    device: device, host: "page-size-mask 0x" + String(host, radix: 16)), in: transaction)
        pageSizeMask = synced
        transaction.onFailure("restore the page size mask of virtio-iommu-pci '\(id)'") { [self] () throws(KernelError) in
            pageSizeMask = current
        }
    }

    /// QEMU's `virtio_iommu_freeze_granule` at machine-init-done.
    override func freeze(in transaction: Transaction) {
        granuleFrozen = true
        Trace.virtio_iommu_freeze_granule(page_size_mask: UInt64(1) << UInt64(pageSizeMask.trailingZeroBitCount))
        transaction.onFailure("thaw the granule of virtio-iommu-pci '\(id)'") { [self] () throws(KernelError) in
            granuleFrozen = false
        }
    }

    override func value(of property: String) throws(QMPError) -> JSONValue {
        switch property {
        case "granule": return .string(granule.name)
        case "page-size-mask": return pageSizeMask.qapiJSON
        case "granule-frozen": return .bool(granuleFrozen)
        default: return try super.value(of: property)
        }
    }
}

/// A virtio-iommu granule: its name and size.
struct VirtioIOMMUGranuleSize: Equatable {
    let name: String
    let bytes: UInt64
}
