// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// A new I/O address space.
public struct IOMMUFDIOASInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the IOAS's kernel id
    public var ioasId: UInt32

    /// Creates a value from its members.
    public init(ioasId: UInt32) {
        self.ioasId = ioasId
    }

    public static let qapiMemberNames: [String] = ["ioas-id"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.ioasId = try QAPIDecoding.member(object, "ioas-id", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "ioas-id", ioasId)
    }
}

/// Where a mapping landed.
public struct IOMMUFDMapInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the mapping's IO virtual address
    public var iova: UInt64

    /// Creates a value from its members.
    public init(iova: UInt64) {
        self.iova = iova
    }

    public static let qapiMemberNames: [String] = ["iova"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.iova = try QAPIDecoding.member(object, "iova", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "iova", iova)
    }
}

/// What an unmap did.
public struct IOMMUFDUnmapInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// bytes unmapped
    public var unmapped: UInt64
    /// true when nothing was mapped there; QEMU counts that as success, and so does iommud
    public var nonexistent: Bool

    /// Creates a value from its members.
    public init(unmapped: UInt64, nonexistent: Bool) {
        self.unmapped = unmapped
        self.nonexistent = nonexistent
    }

    public static let qapiMemberNames: [String] = ["unmapped", "nonexistent"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.unmapped = try QAPIDecoding.member(object, "unmapped", at: path)
        self.nonexistent = try QAPIDecoding.member(object, "nonexistent", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "unmapped", unmapped)
        QAPIEncoding.put(&object, "nonexistent", nonexistent)
    }
}

/// An inclusive range of IO virtual addresses.
public struct IOVARange: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// first address
    public var start: UInt64
    /// last address
    public var last: UInt64

    /// Creates a value from its members.
    public init(start: UInt64, last: UInt64) {
        self.start = start
        self.last = last
    }

    public static let qapiMemberNames: [String] = ["start", "last"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.start = try QAPIDecoding.member(object, "start", at: path)
        self.last = try QAPIDecoding.member(object, "last", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "start", start)
        QAPIEncoding.put(&object, "last", last)
    }
}

/// The addresses an IOAS can map.
public struct IOMMUFDIOVARanges: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the usable ranges
    public var ranges: [IOVARange]
    /// required alignment of IOVAs and sizes
    public var alignment: UInt64

    /// Creates a value from its members.
    public init(ranges: [IOVARange], alignment: UInt64) {
        self.ranges = ranges
        self.alignment = alignment
    }

    public static let qapiMemberNames: [String] = ["ranges", "alignment"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.ranges = try QAPIDecoding.member(object, "ranges", at: path)
        self.alignment = try QAPIDecoding.member(object, "alignment", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "ranges", ranges)
        QAPIEncoding.put(&object, "alignment", alignment)
    }
}

/// One DMA mapping made through iommud.
public struct IOMMUFDMappingInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// where it starts in the IOAS
    public var iova: UInt64
    /// its length in bytes
    public var size: UInt64
    /// the memory backend it maps
    public var memdev: String
    /// where in the backend it starts
    public var offset: UInt64
    /// whether DMA may only read
    public var readonly: Bool

    /// Creates a value from its members.
    public init(iova: UInt64, size: UInt64, memdev: String, offset: UInt64, readonly: Bool) {
        self.iova = iova
        self.size = size
        self.memdev = memdev
        self.offset = offset
        self.readonly = readonly
    }

    public static let qapiMemberNames: [String] = ["iova", "size", "memdev", "offset", "readonly"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.iova = try QAPIDecoding.member(object, "iova", at: path)
        self.size = try QAPIDecoding.member(object, "size", at: path)
        self.memdev = try QAPIDecoding.member(object, "memdev", at: path)
        self.offset = try QAPIDecoding.member(object, "offset", at: path)
        self.readonly = try QAPIDecoding.member(object, "readonly", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 5)
        QAPIEncoding.put(&object, "iova", iova)
        QAPIEncoding.put(&object, "size", size)
        QAPIEncoding.put(&object, "memdev", memdev)
        QAPIEncoding.put(&object, "offset", offset)
        QAPIEncoding.put(&object, "readonly", readonly)
    }
}

/// An IOAS and what iommud mapped into it.
public struct IOMMUFDIOASDetails: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the IOAS's kernel id
    public var ioasId: UInt32
    /// its mappings, by ascending IOVA
    public var mappings: [IOMMUFDMappingInfo]

    /// Creates a value from its members.
    public init(ioasId: UInt32, mappings: [IOMMUFDMappingInfo]) {
        self.ioasId = ioasId
        self.mappings = mappings
    }

    public static let qapiMemberNames: [String] = ["ioas-id", "mappings"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.ioasId = try QAPIDecoding.member(object, "ioas-id", at: path)
        self.mappings = try QAPIDecoding.member(object, "mappings", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "ioas-id", ioasId)
        QAPIEncoding.put(&object, "mappings", mappings)
    }
}

/// A HWPT iommud allocated.
public struct IOMMUFDHWPTDetails: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the HWPT's kernel id
    public var hwptId: UInt32
    /// what it was allocated on: an IOAS, or the parent HWPT of a nested HWPT
    public var ptId: UInt32
    /// the device it was allocated for
    public var devId: UInt32
    /// its allocation flags
    public var flags: [IOMMUFDHWPTAllocFlag]
    /// whether vfio-device-attach allocated it for an IOAS (QEMU's auto domain), so the last detach destroys it
    public var auto: Bool
    /// whether dirty tracking is running
    public var dirtyTracking: Bool
    /// the devices attached to it, by ascending id; for an automatic HWPT, the devices it was chosen for, which stay its members while moved to another HWPT (e.g. one nested on it)
    public var devices: [UInt32]

    /// Creates a value from its members.
    public init(hwptId: UInt32, ptId: UInt32, devId: UInt32, flags: [IOMMUFDHWPTAllocFlag], auto: Bool, dirtyTracking: Bool, devices: [UInt32]) {
        self.hwptId = hwptId
        self.ptId = ptId
        self.devId = devId
        self.flags = flags
        self.auto = auto
        self.dirtyTracking = dirtyTracking
        self.devices = devices
    }

    public static let qapiMemberNames: [String] = ["hwpt-id", "pt-id", "dev-id", "flags", "auto", "dirty-tracking", "devices"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.hwptId = try QAPIDecoding.member(object, "hwpt-id", at: path)
        self.ptId = try QAPIDecoding.member(object, "pt-id", at: path)
        self.devId = try QAPIDecoding.member(object, "dev-id", at: path)
        self.flags = try QAPIDecoding.member(object, "flags", at: path)
        self.auto = try QAPIDecoding.member(object, "auto", at: path)
        self.dirtyTracking = try QAPIDecoding.member(object, "dirty-tracking", at: path)
        self.devices = try QAPIDecoding.member(object, "devices", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 7)
        QAPIEncoding.put(&object, "hwpt-id", hwptId)
        QAPIEncoding.put(&object, "pt-id", ptId)
        QAPIEncoding.put(&object, "dev-id", devId)
        QAPIEncoding.put(&object, "flags", flags)
        QAPIEncoding.put(&object, "auto", auto)
        QAPIEncoding.put(&object, "dirty-tracking", dirtyTracking)
        QAPIEncoding.put(&object, "devices", devices)
    }
}

/// A VFIO device bound through iommud.
public struct IOMMUFDDeviceDetails: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the device's kernel id
    public var devId: UInt32
    /// its sysfs name (PCI address or mdev UUID), or for a device passed as a descriptor the getfd name
    public var name: String
    /// the VFIO cdev it was opened from, if iommud opened it
    public var cdev: String?
    /// the IOAS or HWPT its DMA goes through, while attached
    public var attachedTo: UInt32?

    /// Creates a value from its members.
    public init(devId: UInt32, name: String, cdev: String? = nil, attachedTo: UInt32? = nil) {
        self.devId = devId
        self.name = name
        self.cdev = cdev
        self.attachedTo = attachedTo
    }

    public static let qapiMemberNames: [String] = ["dev-id", "name", "cdev", "attached-to"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.devId = try QAPIDecoding.member(object, "dev-id", at: path)
        self.name = try QAPIDecoding.member(object, "name", at: path)
        self.cdev = try QAPIDecoding.optional(object, "cdev", at: path)
        self.attachedTo = try QAPIDecoding.optional(object, "attached-to", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 4)
        QAPIEncoding.put(&object, "dev-id", devId)
        QAPIEncoding.put(&object, "name", name)
        QAPIEncoding.put(&object, "cdev", cdev)
        QAPIEncoding.put(&object, "attached-to", attachedTo)
    }
}

/// An iommufd object and the kernel objects made through it.
public struct IOMMUFDObjectDetails: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the object's id
    public var id: String
    /// the kernel it talks to ("host" or "sim")
    public var kernel: String
    /// whether it holds an open /dev/iommu
    public var connected: Bool
    /// kernel objects using it (QEMU's ``users``)
    public var users: UInt32
    /// its IOASes, by ascending id
    public var ioas: [IOMMUFDIOASDetails]
    /// its HWPTs, by ascending id
    public var hwpts: [IOMMUFDHWPTDetails]
    /// its bound devices, by ascending id
    public var devices: [IOMMUFDDeviceDetails]

    /// Creates a value from its members.
    public init(id: String, kernel: String, connected: Bool, users: UInt32, ioas: [IOMMUFDIOASDetails], hwpts: [IOMMUFDHWPTDetails], devices: [IOMMUFDDeviceDetails]) {
        self.id = id
        self.kernel = kernel
        self.connected = connected
        self.users = users
        self.ioas = ioas
        self.hwpts = hwpts
        self.devices = devices
    }

    public static let qapiMemberNames: [String] = ["id", "kernel", "connected", "users", "ioas", "hwpts", "devices"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.id = try QAPIDecoding.member(object, "id", at: path)
        self.kernel = try QAPIDecoding.member(object, "kernel", at: path)
        self.connected = try QAPIDecoding.member(object, "connected", at: path)
        self.users = try QAPIDecoding.member(object, "users", at: path)
        self.ioas = try QAPIDecoding.member(object, "ioas", at: path)
        self.hwpts = try QAPIDecoding.member(object, "hwpts", at: path)
        self.devices = try QAPIDecoding.member(object, "devices", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 7)
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "kernel", kernel)
        QAPIEncoding.put(&object, "connected", connected)
        QAPIEncoding.put(&object, "users", users)
        QAPIEncoding.put(&object, "ioas", ioas)
        QAPIEncoding.put(&object, "hwpts", hwpts)
        QAPIEncoding.put(&object, "devices", devices)
    }
}

/// Options of IOMMU_OPTION.
public enum IOMMUFDOptionName: String, QAPIEnum {
    /// how pinned pages are accounted: 0 to the user (RLIMIT_MEMLOCK per user), 1 to the process (per mm).  Global; setting it needs CAP_SYS_RESOURCE and no mappings.
    case rlimitMode = "rlimit-mode"
    /// whether an IOAS may use large IOMMU pages (1, the default) or only the smallest (0).  Per IOAS.
    case hugePages = "huge-pages"
}

/// An option's value.
public struct IOMMUFDOptionValue: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the value
    public var value: UInt64

    /// Creates a value from its members.
    public init(value: UInt64) {
        self.value = value
    }

    public static let qapiMemberNames: [String] = ["value"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.value = try QAPIDecoding.member(object, "value", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "value", value)
    }
}

/// Flags of IOMMU_HWPT_ALLOC.
public enum IOMMUFDHWPTAllocFlag: String, QAPIEnum {
    /// the HWPT can be the parent (stage 2) of nested HWPTs
    case nestParent = "nest-parent"
    /// the HWPT can track dirty IO pages
    case dirtyTracking = "dirty-tracking"
    /// the HWPT can be attached to a PASID of the device (Linux 6.13 and later; older kernels refuse it with EOPNOTSUPP)
    case pasid = "pasid"
}

/// Flags of a VT-d stage-1 page table (struct iommu_hwpt_vtd_s1).
public enum IOMMUFDVTdS1Flag: String, QAPIEnum {
    /// supervisor requests
    case sre = "sre"
    /// extended access flag
    case eafe = "eafe"
    /// write protect
    case wpe = "wpe"
}

/// A guest's VT-d stage-1 page table, for a nested HWPT
/// (IOMMU_HWPT_DATA_VTD_S1).
public struct IOMMUFDVTdS1Data: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// guest physical address of the stage-1 page table
    public var pgtblAddr: UInt64
    /// its address width in bits (48 or 57)
    public var addrWidth: UInt32
    /// its flags (default: none)
    public var flags: [IOMMUFDVTdS1Flag]?

    /// Creates a value from its members.
    public init(pgtblAddr: UInt64, addrWidth: UInt32, flags: [IOMMUFDVTdS1Flag]? = nil) {
        self.pgtblAddr = pgtblAddr
        self.addrWidth = addrWidth
        self.flags = flags
    }

    public static let qapiMemberNames: [String] = ["pgtbl-addr", "addr-width", "flags"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.pgtblAddr = try QAPIDecoding.member(object, "pgtbl-addr", at: path)
        self.addrWidth = try QAPIDecoding.member(object, "addr-width", at: path)
        self.flags = try QAPIDecoding.optional(object, "flags", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "pgtbl-addr", pgtblAddr)
        QAPIEncoding.put(&object, "addr-width", addrWidth)
        QAPIEncoding.put(&object, "flags", flags)
    }
}

/// A new hardware page table.
public struct IOMMUFDHWPTInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the HWPT's kernel id
    public var hwptId: UInt32

    /// Creates a value from its members.
    public init(hwptId: UInt32) {
        self.hwptId = hwptId
    }

    public static let qapiMemberNames: [String] = ["hwpt-id"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.hwptId = try QAPIDecoding.member(object, "hwpt-id", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "hwpt-id", hwptId)
    }
}

/// A run of dirty IO pages.
public struct IOMMUFDDirtyRange: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the first dirty page's IOVA
    public var iova: UInt64
    /// bytes in the run (a multiple of the page size)
    public var size: UInt64

    /// Creates a value from its members.
    public init(iova: UInt64, size: UInt64) {
        self.iova = iova
        self.size = size
    }

    public static let qapiMemberNames: [String] = ["iova", "size"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.iova = try QAPIDecoding.member(object, "iova", at: path)
        self.size = try QAPIDecoding.member(object, "size", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "iova", iova)
        QAPIEncoding.put(&object, "size", size)
    }
}

/// What IOMMU_HWPT_GET_DIRTY_BITMAP reported.
public struct IOMMUFDDirtyBitmap: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the bytes one bit stands for
    public var pageSize: UInt64
    /// how many pages are dirty
    public var dirtyPages: UInt64
    /// the dirty pages as runs, ascending; absent when the bitmap was written to a descriptor
    public var ranges: [IOMMUFDDirtyRange]?
    /// bytes of bitmap written to the descriptor (the kernel's layout: little-endian 64-bit words, bit i of the range in word i / 64); absent otherwise
    public var bitmapSize: UInt64?

    /// Creates a value from its members.
    public init(pageSize: UInt64, dirtyPages: UInt64, ranges: [IOMMUFDDirtyRange]? = nil, bitmapSize: UInt64? = nil) {
        self.pageSize = pageSize
        self.dirtyPages = dirtyPages
        self.ranges = ranges
        self.bitmapSize = bitmapSize
    }

    public static let qapiMemberNames: [String] = ["page-size", "dirty-pages", "ranges", "bitmap-size"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.pageSize = try QAPIDecoding.member(object, "page-size", at: path)
        self.dirtyPages = try QAPIDecoding.member(object, "dirty-pages", at: path)
        self.ranges = try QAPIDecoding.optional(object, "ranges", at: path)
        self.bitmapSize = try QAPIDecoding.optional(object, "bitmap-size", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 4)
        QAPIEncoding.put(&object, "page-size", pageSize)
        QAPIEncoding.put(&object, "dirty-pages", dirtyPages)
        QAPIEncoding.put(&object, "ranges", ranges)
        QAPIEncoding.put(&object, "bitmap-size", bitmapSize)
    }
}

/// One VT-d stage-1 IOTLB invalidation
/// (struct iommu_hwpt_vtd_s1_invalidate).
public struct IOMMUFDVTdS1Invalidation: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// first address (4 KiB aligned)
    public var addr: UInt64
    /// pages to invalidate; with `addr` 0 and npages U64_MAX, everything
    public var npages: UInt64
    /// only leaf entries changed (default: false)
    public var leaf: Bool?

    /// Creates a value from its members.
    public init(addr: UInt64, npages: UInt64, leaf: Bool? = nil) {
        self.addr = addr
        self.npages = npages
        self.leaf = leaf
    }

    public static let qapiMemberNames: [String] = ["addr", "npages", "leaf"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.addr = try QAPIDecoding.member(object, "addr", at: path)
        self.npages = try QAPIDecoding.member(object, "npages", at: path)
        self.leaf = try QAPIDecoding.optional(object, "leaf", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "addr", addr)
        QAPIEncoding.put(&object, "npages", npages)
        QAPIEncoding.put(&object, "leaf", leaf)
    }
}

/// How far an invalidation got.
public struct IOMMUFDInvalidateInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// entries the kernel processed
    public var handled: UInt32

    /// Creates a value from its members.
    public init(handled: UInt32) {
        self.handled = handled
    }

    public static let qapiMemberNames: [String] = ["handled"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.handled = try QAPIDecoding.member(object, "handled", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "handled", handled)
    }
}

/// Which vendor data IOMMU_GET_HW_INFO returned.
public enum IOMMUFDHWInfoType: String, QAPIEnum {
    /// none (the IOMMU driver reports no vendor data)
    case none = "none"
    /// Intel VT-d registers
    case intelVtd = "intel-vtd"
    /// ARM SMMUv3 ID registers
    case armSmmuv3 = "arm-smmuv3"
    /// the kernel's selftest mock IOMMU
    case selftest = "selftest"
    /// a type iommud does not know
    case unknown = "unknown"
}

/// Capabilities IOMMU_GET_HW_INFO reports (out_capabilities).
public enum IOMMUFDHWCapability: String, QAPIEnum {
    /// HWPTs can track dirty IO pages
    case dirtyTracking = "dirty-tracking"
    /// the device's PASID capability allows execute requests
    case pasidExec = "pasid-exec"
    /// the device's PASID capability allows privileged mode
    case pasidPriv = "pasid-priv"
}

/// An Intel VT-d unit's registers, raw and decoded.
public struct IOMMUFDVTdInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the vendor flags (bit 0: erratum 772415 / SPR17, which makes nest-parent HWPTs ignore read-only)
    public var flags: UInt32
    /// the Capability register
    public var cap: UInt64
    /// the Extended Capability register
    public var ecap: UInt64
    /// the widest address a second-stage table translates (the deepest SAGAW level, capped at MGAW + 1)
    public var addressWidth: UInt8
    /// the maximum guest address width (MGAW + 1)
    public var mgaw: UInt8
    /// second-stage page sizes in bytes
    public var pageSizes: [UInt64]
    /// scalable-mode translation (SMTS)
    public var scalableMode: Bool
    /// second-stage accessed/dirty bits (SLADS) in scalable mode: what dirty tracking needs
    public var dirtyTracking: Bool
    /// nested translation (NEST) in scalable mode
    public var nesting: Bool
    /// first-stage translation (FLTS)
    public var firstStage: Bool
    /// first-stage 1 GiB pages (FL1GP)
    public var firstStage1gPages: Bool
    /// PASID support
    public var pasid: Bool
    /// PASID width in bits (PSS + 1)
    public var pasidWidth: UInt8
    /// page requests (PRS), for IO page faults
    public var pageRequests: Bool
    /// snoop control (SC)
    public var snoopControl: Bool
    /// page-walk coherency (C)
    public var coherent: Bool
    /// interrupt remapping (IR)
    public var interruptRemapping: Bool
    /// the vendor flag of erratum 772415 is set
    public var errata772415: Bool

    /// Creates a value from its members.
    public init(flags: UInt32, cap: UInt64, ecap: UInt64, addressWidth: UInt8, mgaw: UInt8, pageSizes: [UInt64], scalableMode: Bool, dirtyTracking: Bool, nesting: Bool, firstStage: Bool, firstStage1gPages: Bool, pasid: Bool, pasidWidth: UInt8, pageRequests: Bool, snoopControl: Bool, coherent: Bool, interruptRemapping: Bool, errata772415: Bool) {
        self.flags = flags
        self.cap = cap
        self.ecap = ecap
        self.addressWidth = addressWidth
        self.mgaw = mgaw
        self.pageSizes = pageSizes
        self.scalableMode = scalableMode
        self.dirtyTracking = dirtyTracking
        self.nesting = nesting
        self.firstStage = firstStage
        self.firstStage1gPages = firstStage1gPages
        self.pasid = pasid
        self.pasidWidth = pasidWidth
        self.pageRequests = pageRequests
        self.snoopControl = snoopControl
        self.coherent = coherent
        self.interruptRemapping = interruptRemapping
        self.errata772415 = errata772415
    }

    public static let qapiMemberNames: [String] = ["flags", "cap", "ecap", "address-width", "mgaw", "page-sizes", "scalable-mode", "dirty-tracking", "nesting", "first-stage", "first-stage-1g-pages", "pasid", "pasid-width", "page-requests", "snoop-control", "coherent", "interrupt-remapping", "errata-772415"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.flags = try QAPIDecoding.member(object, "flags", at: path)
        self.cap = try QAPIDecoding.member(object, "cap", at: path)
        self.ecap = try QAPIDecoding.member(object, "ecap", at: path)
        self.addressWidth = try QAPIDecoding.member(object, "address-width", at: path)
        self.mgaw = try QAPIDecoding.member(object, "mgaw", at: path)
        self.pageSizes = try QAPIDecoding.member(object, "page-sizes", at: path)
        self.scalableMode = try QAPIDecoding.member(object, "scalable-mode", at: path)
        self.dirtyTracking = try QAPIDecoding.member(object, "dirty-tracking", at: path)
        self.nesting = try QAPIDecoding.member(object, "nesting", at: path)
        self.firstStage = try QAPIDecoding.member(object, "first-stage", at: path)
        self.firstStage1gPages = try QAPIDecoding.member(object, "first-stage-1g-pages", at: path)
        self.pasid = try QAPIDecoding.member(object, "pasid", at: path)
        self.pasidWidth = try QAPIDecoding.member(object, "pasid-width", at: path)
        self.pageRequests = try QAPIDecoding.member(object, "page-requests", at: path)
        self.snoopControl = try QAPIDecoding.member(object, "snoop-control", at: path)
        self.coherent = try QAPIDecoding.member(object, "coherent", at: path)
        self.interruptRemapping = try QAPIDecoding.member(object, "interrupt-remapping", at: path)
        self.errata772415 = try QAPIDecoding.member(object, "errata-772415", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 18)
        QAPIEncoding.put(&object, "flags", flags)
        QAPIEncoding.put(&object, "cap", cap)
        QAPIEncoding.put(&object, "ecap", ecap)
        QAPIEncoding.put(&object, "address-width", addressWidth)
        QAPIEncoding.put(&object, "mgaw", mgaw)
        QAPIEncoding.put(&object, "page-sizes", pageSizes)
        QAPIEncoding.put(&object, "scalable-mode", scalableMode)
        QAPIEncoding.put(&object, "dirty-tracking", dirtyTracking)
        QAPIEncoding.put(&object, "nesting", nesting)
        QAPIEncoding.put(&object, "first-stage", firstStage)
        QAPIEncoding.put(&object, "first-stage-1g-pages", firstStage1gPages)
        QAPIEncoding.put(&object, "pasid", pasid)
        QAPIEncoding.put(&object, "pasid-width", pasidWidth)
        QAPIEncoding.put(&object, "page-requests", pageRequests)
        QAPIEncoding.put(&object, "snoop-control", snoopControl)
        QAPIEncoding.put(&object, "coherent", coherent)
        QAPIEncoding.put(&object, "interrupt-remapping", interruptRemapping)
        QAPIEncoding.put(&object, "errata-772415", errata772415)
    }
}

/// An ARM SMMUv3's ID registers, raw and decoded.
public struct IOMMUFDSMMUv3Info: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the vendor flags
    public var flags: UInt32
    /// IDR0 to IDR5
    public var idr: [UInt32]
    /// the implementation identification register
    public var iidr: UInt32
    /// the architecture version register
    public var aidr: UInt32
    /// stage-1 translation (IDR0.S1P)
    public var stage1: Bool
    /// stage-2 translation (IDR0.S2P)
    public var stage2: Bool
    /// hardware dirty-state update (IDR0.HTTU = 2)
    public var hardwareDirty: Bool
    /// substream (PASID) id bits (IDR1.SSIDSIZE)
    public var substreamIdBits: UInt8
    /// output address size in bits (IDR5.OAS)
    public var outputAddressBits: UInt8

    /// Creates a value from its members.
    public init(flags: UInt32, idr: [UInt32], iidr: UInt32, aidr: UInt32, stage1: Bool, stage2: Bool, hardwareDirty: Bool, substreamIdBits: UInt8, outputAddressBits: UInt8) {
        self.flags = flags
        self.idr = idr
        self.iidr = iidr
        self.aidr = aidr
        self.stage1 = stage1
        self.stage2 = stage2
        self.hardwareDirty = hardwareDirty
        self.substreamIdBits = substreamIdBits
        self.outputAddressBits = outputAddressBits
    }

    public static let qapiMemberNames: [String] = ["flags", "idr", "iidr", "aidr", "stage1", "stage2", "hardware-dirty", "substream-id-bits", "output-address-bits"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.flags = try QAPIDecoding.member(object, "flags", at: path)
        self.idr = try QAPIDecoding.member(object, "idr", at: path)
        self.iidr = try QAPIDecoding.member(object, "iidr", at: path)
        self.aidr = try QAPIDecoding.member(object, "aidr", at: path)
        self.stage1 = try QAPIDecoding.member(object, "stage1", at: path)
        self.stage2 = try QAPIDecoding.member(object, "stage2", at: path)
        self.hardwareDirty = try QAPIDecoding.member(object, "hardware-dirty", at: path)
        self.substreamIdBits = try QAPIDecoding.member(object, "substream-id-bits", at: path)
        self.outputAddressBits = try QAPIDecoding.member(object, "output-address-bits", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 9)
        QAPIEncoding.put(&object, "flags", flags)
        QAPIEncoding.put(&object, "idr", idr)
        QAPIEncoding.put(&object, "iidr", iidr)
        QAPIEncoding.put(&object, "aidr", aidr)
        QAPIEncoding.put(&object, "stage1", stage1)
        QAPIEncoding.put(&object, "stage2", stage2)
        QAPIEncoding.put(&object, "hardware-dirty", hardwareDirty)
        QAPIEncoding.put(&object, "substream-id-bits", substreamIdBits)
        QAPIEncoding.put(&object, "output-address-bits", outputAddressBits)
    }
}

/// What the IOMMU behind a device can do (IOMMU_GET_HW_INFO), as QEMU's
/// HostIOMMUDevice capabilities.
public struct IOMMUFDHWInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// which vendor data came back
    public var type: IOMMUFDHWInfoType
    /// the generic capabilities
    public var capabilities: [IOMMUFDHWCapability]
    /// log2 of the PASIDs the device can use (0: none)
    public var maxPasidLog2: UInt8
    /// the VT-d registers, for `type` intel-vtd
    public var vtd: IOMMUFDVTdInfo?
    /// the SMMUv3 registers, for `type` arm-smmuv3
    public var smmuv3: IOMMUFDSMMUv3Info?

    /// Creates a value from its members.
    public init(type: IOMMUFDHWInfoType, capabilities: [IOMMUFDHWCapability], maxPasidLog2: UInt8, vtd: IOMMUFDVTdInfo? = nil, smmuv3: IOMMUFDSMMUv3Info? = nil) {
        self.type = type
        self.capabilities = capabilities
        self.maxPasidLog2 = maxPasidLog2
        self.vtd = vtd
        self.smmuv3 = smmuv3
    }

    public static let qapiMemberNames: [String] = ["type", "capabilities", "max-pasid-log2", "vtd", "smmuv3"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.type = try QAPIDecoding.member(object, "type", at: path)
        self.capabilities = try QAPIDecoding.member(object, "capabilities", at: path)
        self.maxPasidLog2 = try QAPIDecoding.member(object, "max-pasid-log2", at: path)
        self.vtd = try QAPIDecoding.optional(object, "vtd", at: path)
        self.smmuv3 = try QAPIDecoding.optional(object, "smmuv3", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 5)
        QAPIEncoding.put(&object, "type", type)
        QAPIEncoding.put(&object, "capabilities", capabilities)
        QAPIEncoding.put(&object, "max-pasid-log2", maxPasidLog2)
        QAPIEncoding.put(&object, "vtd", vtd)
        QAPIEncoding.put(&object, "smmuv3", smmuv3)
    }
}

/// Handlers for the commands of schema module 'iommufd'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol IommufdCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Create an I/O address space (IOMMU_IOAS_ALLOC).  The iommufd object
    /// opens /dev/iommu first if it has not yet.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - context: the state of the request
    /// - Returns: the IOAS id
    /// - Throws:
    ///   - GenericError when the object does not exist or is not an iommufd object, or the kernel refuses
    func iommufdIoasAlloc(iommufd: String, context: Context) throws(QMPError) -> IOMMUFDIOASInfo

    /// Destroy a kernel object (IOMMU_DESTROY).  An IOAS is destroyed with
    /// whatever it still maps.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - id: the kernel object's id
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError with errno ENOENT when there is no such object, EBUSY while other objects use it
    func iommufdDestroy(iommufd: String, id: UInt32, context: Context) throws(QMPError)

    /// Map memory of a memory backend into an IOAS (IOMMU_IOAS_MAP), for
    /// DMA reads and (unless `readonly`) writes.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - memdev: the memory backend object's id
    ///   - offset: where in the backend the mapping starts (default: 0)
    ///   - size: bytes to map
    ///   - iova: map at exactly this address (default: the kernel chooses)
    ///   - readonly: DMA may only read (default: false)
    ///   - context: the state of the request
    /// - Returns: the mapping's IOVA
    /// - Throws:
    ///   - GenericError when an object does not exist, the IOAS was not allocated through `iommufd` (iommud maps its memory only where it keeps count), the range is outside the backend, or the kernel refuses (EEXIST when the range overlaps a mapping, ENOSPC when no IOVA is free, ...)
    func iommufdIoasMap(iommufd: String, ioasId: UInt32, memdev: String, offset: UInt64?, size: UInt64, iova: UInt64?, readonly: Bool?, context: Context) throws(QMPError) -> IOMMUFDMapInfo

    /// Map memory of a memory backend into an IOAS through its file
    /// (IOMMU_IOAS_MAP_FILE, Linux 6.13 and later): the kernel pins the
    /// pages through the memfd or file, not through iommud's address
    /// space, which is what QEMU does for file-backed guest RAM.  Same
    /// arguments and result as iommufd-ioas-map.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - memdev: the memory backend object's id
    ///   - offset: where in the backend the mapping starts (default: 0)
    ///   - size: bytes to map
    ///   - iova: map at exactly this address (default: the kernel chooses)
    ///   - readonly: DMA may only read (default: false)
    ///   - context: the state of the request
    /// - Returns: the mapping's IOVA
    /// - Throws:
    ///   - GenericError with errno ENOTTY on a kernel without IOMMU_IOAS_MAP_FILE (Linux 6.12 and older, and the simulated kernel, which models 6.12); otherwise as iommufd-ioas-map
    func iommufdIoasMapFile(iommufd: String, ioasId: UInt32, memdev: String, offset: UInt64?, size: UInt64, iova: UInt64?, readonly: Bool?, context: Context) throws(QMPError) -> IOMMUFDMapInfo

    /// Unmap every mapping that lies entirely inside a range
    /// (IOMMU_IOAS_UNMAP); without `iova` and `size`, everything.  A range
    /// that would split a mapping is refused (ENOENT from the kernel
    /// there means "not whole mappings"; it is counted as "nonexistent"
    /// only when nothing at all is mapped in the range).
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - iova: start of the range (with `size`)
    ///   - size: length of the range (with `iova`)
    ///   - context: the state of the request
    /// - Returns: bytes unmapped
    func iommufdIoasUnmap(iommufd: String, ioasId: UInt32, iova: UInt64?, size: UInt64?, context: Context) throws(QMPError) -> IOMMUFDUnmapInfo

    /// Report the IOVA ranges an IOAS can map (IOMMU_IOAS_IOVA_RANGES):
    /// what every attached IOMMU accepts, minus reserved regions.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - context: the state of the request
    /// - Returns: the ranges and the alignment
    func iommufdIoasIovaRanges(iommufd: String, ioasId: UInt32, context: Context) throws(QMPError) -> IOMMUFDIOVARanges

    /// Describe every iommufd object and what was made through it.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: one entry per iommufd object, in creation order
    func queryIommufd(context: Context) throws(QMPError) -> [IOMMUFDObjectDetails]

    /// Map into `dst-ioas-id` the same memory that is mapped in
    /// `src-ioas-id` at `src-iova` (IOMMU_IOAS_COPY); the source range must
    /// be fully mapped.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - srcIoasId: the IOAS to copy from
    ///   - srcIova: start of the source range
    ///   - size: bytes to copy
    ///   - dstIoasId: the IOAS to copy into
    ///   - dstIova: where to map it (default: the kernel chooses)
    ///   - readonly: DMA may only read the copy (default: false)
    ///   - context: the state of the request
    /// - Returns: where the copy landed
    func iommufdIoasCopy(iommufd: String, srcIoasId: UInt32, srcIova: UInt64, size: UInt64, dstIoasId: UInt32, dstIova: UInt64?, readonly: Bool?, context: Context) throws(QMPError) -> IOMMUFDMapInfo

    /// Restrict where the kernel may place automatically chosen IOVAs in an
    /// IOAS (IOMMU_IOAS_ALLOW_IOVAS).  An empty list removes the
    /// restriction.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - ioasId: the IOAS
    ///   - ranges: the allowed ranges
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError with errno EADDRINUSE when a range overlaps a reserved region, EINVAL for malformed ranges
    func iommufdIoasAllowIovas(iommufd: String, ioasId: UInt32, ranges: [IOVARange], context: Context) throws(QMPError)

    /// Read or change an option (IOMMU_OPTION).
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - option: which option
    ///   - ioasId: the IOAS, for per-IOAS options
    ///   - value: the new value; without it the option is read
    ///   - context: the state of the request
    /// - Returns: the value (after setting, the value set)
    func iommufdOption(iommufd: String, option: IOMMUFDOptionName, ioasId: UInt32?, value: UInt64?, context: Context) throws(QMPError) -> IOMMUFDOptionValue

    /// Allocate a hardware page table for a bound device
    /// (IOMMU_HWPT_ALLOC).  A paging HWPT takes an IOAS as `pt-id` and
    /// mirrors its mappings; a nested HWPT takes a nest-parent HWPT as
    /// `pt-id` and the guest's stage-1 table as `vtd-s1`.  The HWPT is not
    /// attached to anything: use vfio-device-attach.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - devId: the device whose IOMMU the HWPT is for
    ///   - ptId: an IOAS, or for a nested HWPT the parent HWPT
    ///   - flags: allocation flags (default: none)
    ///   - vtdS1: the stage-1 table of a nested VT-d HWPT
    ///   - faultId: a fault queue to report IO page faults to
    ///   - context: the state of the request
    /// - Returns: the HWPT id
    /// - Throws:
    ///   - GenericError with errno EOPNOTSUPP when the device's IOMMU cannot do what `flags` ask (dirty tracking, nesting), ENOENT for an unknown device or `pt-id`
    func iommufdHwptAlloc(iommufd: String, devId: UInt32, ptId: UInt32, flags: [IOMMUFDHWPTAllocFlag]?, vtdS1: IOMMUFDVTdS1Data?, faultId: UInt32?, context: Context) throws(QMPError) -> IOMMUFDHWPTInfo

    /// Start or stop dirty tracking on a HWPT allocated with
    /// dirty-tracking (IOMMU_HWPT_SET_DIRTY_TRACKING).  Starting clears
    /// what was recorded before.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - hwptId: the HWPT
    ///   - enable: true to start, false to stop
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError with errno EOPNOTSUPP for a HWPT allocated without dirty-tracking, ENOENT for an unknown HWPT
    func iommufdHwptSetDirtyTracking(iommufd: String, hwptId: UInt32, enable: Bool, context: Context) throws(QMPError)

    /// Read (and unless `no-clear`, clear) the dirty bits of an IOVA range
    /// of a HWPT (IOMMU_HWPT_GET_DIRTY_BITMAP).  Small bitmaps come back as
    /// dirty ranges; for large ones pass a descriptor (a memfd) with
    /// getfd and name it in `fd`: the raw bitmap is written at its offset
    /// 0 and the reply carries only counts.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - hwptId: a HWPT allocated with dirty-tracking
    ///   - iova: start of the range (aligned to `page-size`)
    ///   - size: bytes in the range (a multiple of `page-size`)
    ///   - pageSize: the bytes one bit stands for (default: the host page size)
    ///   - noClear: keep the dirty bits (default: false)
    ///   - fd: the getfd name of a descriptor for the bitmap: a regular file or memfd open for writing, which is sized to the bitmap before the kernel is asked (so a bad descriptor costs no dirty bits); it is consumed (closed after the write)
    ///   - context: the state of the request
    /// - Returns: the dirty pages
    /// - Throws:
    ///   - GenericError with errno EINVAL for an empty or unaligned range or page size, for a read while dirty tracking is stopped, or for a range with an unmapped hole (the bits of the mappings before the hole are then read, and cleared unless `no-clear`); EPROTO when a dirty huge IO page reaches past the range (its bits are lost: read whole IO pages); EOPNOTSUPP for a HWPT without dirty tracking.  The EINVAL and EPROTO cases succeeded silently before Linux 6.12.118 (docs/fidelity.md).
    func iommufdHwptGetDirtyBitmap(iommufd: String, hwptId: UInt32, iova: UInt64, size: UInt64, pageSize: UInt64?, noClear: Bool?, fd: String?, context: Context) throws(QMPError) -> IOMMUFDDirtyBitmap

    /// Invalidate the IOTLB of a nested VT-d HWPT after the guest changed
    /// its stage-1 table (IOMMU_HWPT_INVALIDATE).  Entries are processed
    /// in order; on failure the error says which one.
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - hwptId: a nested HWPT
    ///   - vtdS1: the invalidations
    ///   - context: the state of the request
    /// - Returns: how many entries were handled
    /// - Throws:
    ///   - GenericError with errno ENOENT for an unknown HWPT or one that is not nested (Linux 6.12; newer kernels answer EINVAL for the latter), EINVAL for a malformed entry
    func iommufdHwptInvalidate(iommufd: String, hwptId: UInt32, vtdS1: [IOMMUFDVTdS1Invalidation], context: Context) throws(QMPError) -> IOMMUFDInvalidateInfo

    /// Report the IOMMU behind a bound device (IOMMU_GET_HW_INFO).
    ///
    /// - Parameters:
    ///   - iommufd: the iommufd object's id
    ///   - devId: the bound device
    ///   - context: the state of the request
    /// - Returns: its type, capabilities and decoded vendor registers
    /// - Throws:
    ///   - GenericError with errno ENOENT for an unknown device, EOPNOTSUPP for a device without an IOMMU (an mdev)
    func iommufdGetHwInfo(iommufd: String, devId: UInt32, context: Context) throws(QMPError) -> IOMMUFDHWInfo
}
