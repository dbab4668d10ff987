// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// Properties of an ``intel-iommu`` device, with QEMU's defaults and
/// rules.  It cannot be hotplugged, and an address space has at most
/// one vIOMMU.  It must come before the devices it translates.
public struct IntelIOMMUProperties: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the guest address width, 39 or 48 (default 39); with `x-flts` only 48
    public var awBits: UInt8?
    /// caching mode (default off); assigned devices need it
    public var cachingMode: Bool?
    /// scalable-mode translation (default off)
    public var xScalableMode: Bool?
    /// first-stage translation for the guest, nested on the host (default off; needs `x-scalable-mode` and aw-bits 48): every device's automatic HWPT becomes a nest parent, the guest's stage-1 tables are attached with `vtd-device-attach-hwpt`
    public var xFlts: Bool?
    /// first-stage 1 GiB pages offered to the guest with `x-flts` (default on)
    public var fs1gp: Bool?
    /// the address space whose devices it translates (default: "system")
    public var addressSpace: String?

    /// Creates a value from its members.
    public init(awBits: UInt8? = nil, cachingMode: Bool? = nil, xScalableMode: Bool? = nil, xFlts: Bool? = nil, fs1gp: Bool? = nil, addressSpace: String? = nil) {
        self.awBits = awBits
        self.cachingMode = cachingMode
        self.xScalableMode = xScalableMode
        self.xFlts = xFlts
        self.fs1gp = fs1gp
        self.addressSpace = addressSpace
    }

    public static let qapiMemberNames: [String] = ["aw-bits", "caching-mode", "x-scalable-mode", "x-flts", "fs1gp", "address-space"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.awBits = try QAPIDecoding.optional(object, "aw-bits", at: path)
        self.cachingMode = try QAPIDecoding.optional(object, "caching-mode", at: path)
        self.xScalableMode = try QAPIDecoding.optional(object, "x-scalable-mode", at: path)
        self.xFlts = try QAPIDecoding.optional(object, "x-flts", at: path)
        self.fs1gp = try QAPIDecoding.optional(object, "fs1gp", at: path)
        self.addressSpace = try QAPIDecoding.optional(object, "address-space", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 6)
        QAPIEncoding.put(&object, "aw-bits", awBits)
        QAPIEncoding.put(&object, "caching-mode", cachingMode)
        QAPIEncoding.put(&object, "x-scalable-mode", xScalableMode)
        QAPIEncoding.put(&object, "x-flts", xFlts)
        QAPIEncoding.put(&object, "fs1gp", fs1gp)
        QAPIEncoding.put(&object, "address-space", addressSpace)
    }
}

/// The smallest page a ``virtio-iommu-pci`` maps, as QEMU's
/// ``granule`` property.
public enum VirtioIOMMUGranule: String, QAPIEnum {
    /// 4 KiB
    case _4k = "4k"
    /// 8 KiB
    case _8k = "8k"
    /// 16 KiB
    case _16k = "16k"
    /// 64 KiB
    case _64k = "64k"
    /// the host's page size (4 KiB on x86)
    case host = "host"
}

/// Properties of a ``virtio-iommu-pci`` device.  It cannot be
/// hotplugged, and an address space has at most one vIOMMU.  Its page
/// size mask starts as every size from `granule` up; each coldplugged
/// device ANDs its host IOMMU's mask into it, and the granule (the
/// smallest size left) freezes when the machine is built.
public struct VirtioIOMMUPCIProperties: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the smallest page (default: host)
    public var granule: VirtioIOMMUGranule?
    /// the address space whose devices it translates (default: "system")
    public var addressSpace: String?

    /// Creates a value from its members.
    public init(granule: VirtioIOMMUGranule? = nil, addressSpace: String? = nil) {
        self.granule = granule
        self.addressSpace = addressSpace
    }

    public static let qapiMemberNames: [String] = ["granule", "address-space"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.granule = try QAPIDecoding.optional(object, "granule", at: path)
        self.addressSpace = try QAPIDecoding.optional(object, "address-space", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "granule", granule)
        QAPIEncoding.put(&object, "address-space", addressSpace)
    }
}

/// A host IOMMU device: what the IOMMU behind an assigned device can
/// do, as QEMU's HostIOMMUDevice knows it.
public struct HostIOMMUDeviceInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the ``vfio-pci`` device's id
    public var device: String
    /// the host device (its sysfs name)
    public var name: String
    /// the device's VFIO backend
    public var backend: VFIOContainerBackend
    /// the IOMMU's type (IOMMU_GET_HW_INFO; iommufd backend)
    public var iommuType: IOMMUFDHWInfoType?
    /// the address width the host translates: one more than the highest bit of the device's highest usable IOVA (64 when the kernel reports no ranges), as QEMU computes it
    public var awBits: UInt8
    /// the page sizes the host maps, as QEMU takes them: the IOAS's IOVA alignment on the iommufd backend (one size), the type1 container's sizes on the legacy one
    public var pageSizeMask: UInt64
    /// the IOMMU's generic capabilities (iommufd backend)
    public var capabilities: [IOMMUFDHWCapability]?
    /// log2 of the PASIDs the device can use (iommufd backend)
    public var maxPasidLog2: UInt8?
    /// the VT-d unit's registers, decoded (iommufd backend, VT-d)
    public var vtd: IOMMUFDVTdInfo?
    /// whether the device sits behind a conventional PCI bridge, so that its requests carry the bridge's id
    public var aliased: Bool
    /// the HWPT it was attached to when added, its default (iommufd backend; none for an mdev)
    public var hwptId: UInt32?
    /// the vIOMMU that checked it, if its address space has one
    public var viommu: String?

    /// Creates a value from its members.
    public init(device: String, name: String, backend: VFIOContainerBackend, iommuType: IOMMUFDHWInfoType? = nil, awBits: UInt8, pageSizeMask: UInt64, capabilities: [IOMMUFDHWCapability]? = nil, maxPasidLog2: UInt8? = nil, vtd: IOMMUFDVTdInfo? = nil, aliased: Bool, hwptId: UInt32? = nil, viommu: String? = nil) {
        self.device = device
        self.name = name
        self.backend = backend
        self.iommuType = iommuType
        self.awBits = awBits
        self.pageSizeMask = pageSizeMask
        self.capabilities = capabilities
        self.maxPasidLog2 = maxPasidLog2
        self.vtd = vtd
        self.aliased = aliased
        self.hwptId = hwptId
        self.viommu = viommu
    }

    public static let qapiMemberNames: [String] = ["device", "name", "backend", "iommu-type", "aw-bits", "page-size-mask", "capabilities", "max-pasid-log2", "vtd", "aliased", "hwpt-id", "viommu"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.device = try QAPIDecoding.member(object, "device", at: path)
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.backend = try QAPIDecoding.member(object, "backend", at: path)
        self.iommuType = try QAPIDecoding.optional(object, "iommu-type", at: path)
        self.awBits = try QAPIDecoding.member(object, "aw-bits", at: path)
        self.pageSizeMask = try QAPIDecoding.member(object, "page-size-mask", at: path)
        self.capabilities = try QAPIDecoding.optional(object, "capabilities", at: path)
        self.maxPasidLog2 = try QAPIDecoding.optional(object, "max-pasid-log2", at: path)
        self.vtd = try QAPIDecoding.optional(object, "vtd", at: path)
        self.aliased = try QAPIDecoding.member(object, "aliased", at: path)
        self.hwptId = try QAPIDecoding.optional(object, "hwpt-id", at: path)
        self.viommu = try QAPIDecoding.optional(object, "viommu", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 12)
        QAPIEncoding.put(&object, "device", device)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "backend", backend)
        QAPIEncoding.put(&object, "iommu-type", iommuType)
        QAPIEncoding.put(&object, "aw-bits", awBits)
        QAPIEncoding.put(&object, "page-size-mask", pageSizeMask)
        QAPIEncoding.put(&object, "capabilities", capabilities)
        QAPIEncoding.put(&object, "max-pasid-log2", maxPasidLog2)
        QAPIEncoding.put(&object, "vtd", vtd)
        QAPIEncoding.put(&object, "aliased", aliased)
        QAPIEncoding.put(&object, "hwpt-id", hwptId)
        QAPIEncoding.put(&object, "viommu", viommu)
    }
}

/// Handlers for the commands of schema module 'viommu'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol ViommuCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// The host IOMMU devices of the assigned devices (every ``vfio-pci``
    /// device but an mdev, which has none).
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: one per device, oldest first
    func queryHostIommuDevices(context: Context) throws(QMPError) -> [HostIOMMUDeviceInfo]

    /// Point a device behind an ``intel-iommu`` with ``x-flts=on`` at what
    /// its guest's PASID entry says, as QEMU's accelerated VT-d does: with
    /// `vtd-s1` (a first-stage PGTT), a nested HWPT holding the guest's
    /// stage-1 table is allocated on the device's nest-parent HWPT
    /// (IOMMU_HWPT_DATA_VTD_S1) and the device attached to it; without it
    /// (pass-through PGTT), the device is attached to the nest parent
    /// itself.  A stage-1 HWPT the device had before is destroyed once the
    /// new one is attached.  Traced as QEMU's ``vtd_device_attach_hwpt``.
    ///
    /// - Parameters:
    ///   - device: the ``vfio-pci`` device's id
    ///   - vtdS1: the guest's stage-1 table
    ///   - context: the state of the request
    /// - Returns: the HWPT the device is now attached to
    /// - Throws:
    ///   - DeviceNotFound when there is no such device
    ///   - GenericError when the device is not an iommufd ``vfio-pci`` behind an ``intel-iommu`` with ``x-flts=on``, or the kernel refuses (with its "errno"); nothing changes then
    func vtdDeviceAttachHwpt(device: String, vtdS1: IOMMUFDVTdS1Data?, context: Context) throws(QMPError) -> IOMMUFDHWPTInfo

    /// Detach a device behind an ``intel-iommu`` with ``x-flts=on`` from
    /// whatever it is attached to (VFIO_DEVICE_DETACH_IOMMUFD_PT): its DMA
    /// is blocked, as when the guest disables its PASID entry.  A stage-1
    /// HWPT it had is destroyed.  Traced as QEMU's
    /// ``vtd_device_detach_hwpt``.
    ///
    /// - Parameters:
    ///   - device: the ``vfio-pci`` device's id
    ///   - context: the state of the request
    func vtdDeviceDetachHwpt(device: String, context: Context) throws(QMPError)

    /// Attach a device behind an ``intel-iommu`` with ``x-flts=on`` to its
    /// default HWPT again (the nest parent it got when added), as when the
    /// guest disables DMA remapping.  A stage-1 HWPT it had is destroyed.
    /// Traced as QEMU's ``vtd_device_reattach_def_hwpt``.
    ///
    /// - Parameters:
    ///   - device: the ``vfio-pci`` device's id
    ///   - context: the state of the request
    func vtdDeviceReattachDefHwpt(device: String, context: Context) throws(QMPError)
}
