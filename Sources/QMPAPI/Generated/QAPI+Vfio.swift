// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// A device the kernel offers through VFIO cdev.
public struct VFIOHostDeviceInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its sysfs name: a PCI address or an mdev UUID
    public var name: String
    /// its sysfs directory
    public var sysfsdev: String
    /// its VFIO cdev
    public var cdev: String
    /// the IOMMU unit it sits behind; absent for an mdev
    public var iommu: String?
    /// its IOMMU group; absent for an mdev
    public var group: Int64?
    /// what it is, when known
    public var summary: String
    /// whether iommud has bound it
    public var bound: Bool
    /// the iommufd object it is bound through
    public var iommufd: String?
    /// its dev-id there
    public var devId: UInt32?

    /// Creates a value from its members.
    public init(name: String, sysfsdev: String, cdev: String, iommu: String? = nil, group: Int64? = nil, summary: String, bound: Bool, iommufd: String? = nil, devId: UInt32? = nil) {
        self.name = name
        self.sysfsdev = sysfsdev
        self.cdev = cdev
        self.iommu = iommu
        self.group = group
        self.summary = summary
        self.bound = bound
        self.iommufd = iommufd
        self.devId = devId
    }

    public static let qapiMemberNames: [String] = ["name", "sysfsdev", "cdev", "iommu", "group", "summary", "bound", "iommufd", "dev-id"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.sysfsdev = try QAPIDecoding.member(object, "sysfsdev", at: path)
        self.cdev = try QAPIDecoding.member(object, "cdev", at: path)
        self.iommu = try QAPIDecoding.optional(object, "iommu", at: path)
        self.group = try QAPIDecoding.optional(object, "group", at: path)
        self.summary = try QAPIDecoding.member(object, "summary", at: path)
        self.bound = try QAPIDecoding.member(object, "bound", at: path)
        self.iommufd = try QAPIDecoding.optional(object, "iommufd", at: path)
        self.devId = try QAPIDecoding.optional(object, "dev-id", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 9)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "sysfsdev", sysfsdev)
        QAPIEncoding.put(&object, "cdev", cdev)
        QAPIEncoding.put(&object, "iommu", iommu)
        QAPIEncoding.put(&object, "group", group)
        QAPIEncoding.put(&object, "summary", summary)
        QAPIEncoding.put(&object, "bound", bound)
        QAPIEncoding.put(&object, "iommufd", iommufd)
        QAPIEncoding.put(&object, "dev-id", devId)
    }
}

/// A device bound to an iommufd.
public struct VFIODeviceBindInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the device's kernel id in the iommufd
    public var devId: UInt32
    /// its sysfs name, or the getfd name it was passed under
    public var name: String

    /// Creates a value from its members.
    public init(devId: UInt32, name: String) {
        self.devId = devId
        self.name = name
    }

    public static let qapiMemberNames: [String] = ["dev-id", "name"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.devId = try QAPIDecoding.member(object, "dev-id", at: path)
        self.name = try QAPIDecoding.member(object, "name", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "dev-id", devId)
        QAPIEncoding.put(&object, "name", name)
    }
}

/// Where a device's DMA now goes.
public struct VFIODeviceAttachInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the HWPT the device is attached to: the one given, or for an IOAS the HWPT chosen or allocated for it; for an mdev the IOAS itself
    public var ptId: UInt32
    /// whether the attach allocated that HWPT (a new auto domain)
    public var allocated: Bool

    /// Creates a value from its members.
    public init(ptId: UInt32, allocated: Bool) {
        self.ptId = ptId
        self.allocated = allocated
    }

    public static let qapiMemberNames: [String] = ["pt-id", "allocated"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.ptId = try QAPIDecoding.member(object, "pt-id", at: path)
        self.allocated = try QAPIDecoding.member(object, "allocated", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "pt-id", ptId)
        QAPIEncoding.put(&object, "allocated", allocated)
    }
}

/// VFIO_DEVICE_GET_INFO flags.
public enum VFIODeviceFlag: String, QAPIEnum {
    /// the device supports reset
    case reset = "reset"
    /// a PCI device
    case pci = "pci"
    /// the info has a capability chain
    case caps = "caps"
}

/// What VFIO_DEVICE_GET_INFO reports, and where the device is attached.
public struct VFIODeviceInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the device's kernel id
    public var devId: UInt32
    /// its sysfs name (or getfd name)
    public var name: String
    /// its flags
    public var flags: [VFIODeviceFlag]
    /// its regions (BARs, config space, ...)
    public var numRegions: UInt32
    /// its interrupt types
    public var numIrqs: UInt32
    /// the IOAS or HWPT its DMA goes through, while attached
    public var attachedTo: UInt32?

    /// Creates a value from its members.
    public init(devId: UInt32, name: String, flags: [VFIODeviceFlag], numRegions: UInt32, numIrqs: UInt32, attachedTo: UInt32? = nil) {
        self.devId = devId
        self.name = name
        self.flags = flags
        self.numRegions = numRegions
        self.numIrqs = numIrqs
        self.attachedTo = attachedTo
    }

    public static let qapiMemberNames: [String] = ["dev-id", "name", "flags", "num-regions", "num-irqs", "attached-to"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.devId = try QAPIDecoding.member(object, "dev-id", at: path)
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.flags = try QAPIDecoding.member(object, "flags", at: path)
        self.numRegions = try QAPIDecoding.member(object, "num-regions", at: path)
        self.numIrqs = try QAPIDecoding.member(object, "num-irqs", at: path)
        self.attachedTo = try QAPIDecoding.optional(object, "attached-to", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 6)
        QAPIEncoding.put(&object, "dev-id", devId)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "flags", flags)
        QAPIEncoding.put(&object, "num-regions", numRegions)
        QAPIEncoding.put(&object, "num-irqs", numIrqs)
        QAPIEncoding.put(&object, "attached-to", attachedTo)
    }
}

/// Handlers for the commands of schema module 'vfio'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol VfioCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// List the devices that can be bound: on the host kernel those
    /// under /sys/bus/pci/devices and /sys/bus/mdev/devices that have a
    /// VFIO cdev (verified by major:minor, as QEMU does); on the
    /// simulated kernel those of its topology.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: the devices, in cdev order
    func queryVfioHostDevices(context: Context) throws(QMPError) -> [VFIOHostDeviceInfo]

    /// Open a device's VFIO cdev and bind it to an iommufd object
    /// (VFIO_DEVICE_BIND_IOMMUFD).  Name the device in exactly one way:
    /// `host`, `sysfsdev` or `fd`.  The iommufd object opens /dev/iommu first
    /// if it has not yet.  DMA stays blocked until vfio-device-attach.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - host: the device's PCI address (``0000:17:00.0``, or ``17:00.0`` for domain 0) or mdev UUID
    ///   - sysfsdev: the device's sysfs directory, as QEMU's ``sysfsdev``
    ///   - fd: the getfd name of an open VFIO cdev descriptor (consumed), as libvirt passes devices to QEMU, or a descriptor number iommud inherited (a duplicate is bound; the number stays open)
    ///   - context: the state of the request
    /// - Returns: the dev-id
    /// - Throws:
    ///   - GenericError when the device is unknown or already bound, or the kernel refuses (EBUSY when another iommufd owns its IOMMU group)
    func vfioDeviceBind(iommufd: String, host: String?, sysfsdev: String?, fd: String?, context: Context) throws(QMPError) -> VFIODeviceBindInfo

    /// Attach a bound device to an IOAS or a HWPT
    /// (VFIO_DEVICE_ATTACH_IOMMUFD_PT).
    ///
    /// Given an IOAS iommud allocated, it follows QEMU's auto-domain
    /// algorithm: the device is attached to the first HWPT iommud
    /// allocated for that IOAS that its IOMMU accepts (EINVAL means
    /// incompatible: the next is tried); when none does, IOMMU_GET_HW_INFO
    /// decides the flags (dirty-tracking when the IOMMU can), a new HWPT
    /// is allocated on the IOAS and the device attached to it.  An mdev
    /// is attached to the IOAS directly.  Given a HWPT or any other id,
    /// the device is attached to exactly that.
    ///
    /// A device that is attached already can be moved to a HWPT (the
    /// kernel replaces the attachment, e.g. onto a HWPT nested on its
    /// automatic one); to attach it to an IOAS, detach it first.  A device
    /// attached by id to an automatic HWPT counts as one of its devices,
    /// and belongs to at most one automatic HWPT.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - devId: the bound device
    ///   - ptId: an IOAS or a HWPT
    ///   - context: the state of the request
    /// - Returns: the HWPT the device is attached to
    /// - Throws:
    ///   - GenericError when the kernel refuses (EINVAL when the HWPT is incompatible with the device's IOMMU, ENOENT for an unknown id); nothing is left allocated
    func vfioDeviceAttach(iommufd: String, devId: UInt32, ptId: UInt32, context: Context) throws(QMPError) -> VFIODeviceAttachInfo

    /// Detach a device (VFIO_DEVICE_DETACH_IOMMUFD_PT): its DMA is blocked
    /// again.  An auto-domain HWPT that no device uses any more is
    /// destroyed, as QEMU does.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - devId: the attached device
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when the device is not bound or not attached, or the kernel refuses (VFIO_DEVICE_DETACH_IOMMUFD_PT, or IOMMU_DESTROY of the automatic HWPT, after which the device is attached again)
    func vfioDeviceDetach(iommufd: String, devId: UInt32, context: Context) throws(QMPError)

    /// Unbind a device by closing its VFIO cdev descriptor (VFIO cdevs
    /// have no unbind ioctl).  An attached device is detached first, as
    /// with vfio-device-detach.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - devId: the bound device
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when the device is not bound through `iommufd`, or detaching it fails (as vfio-device-detach; it stays bound)
    func vfioDeviceUnbind(iommufd: String, devId: UInt32, context: Context) throws(QMPError)

    /// Describe a bound device (VFIO_DEVICE_GET_INFO).
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - devId: the bound device
    ///   - context: the state of the request
    /// - Returns: its VFIO information
    func vfioDeviceGetInfo(iommufd: String, devId: UInt32, context: Context) throws(QMPError) -> VFIODeviceInfo
}
