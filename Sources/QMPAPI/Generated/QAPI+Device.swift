// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// The devices `device_add` can create.
public enum DeviceDriver: String, QAPIEnum {
    /// a host PCI device (or mdev) assigned through VFIO
    case vfioPci = "vfio-pci"
    /// guest RAM backed by a memory backend
    case pcDimm = "pc-dimm"
    /// an Intel VT-d vIOMMU (since 0.3)
    case intelIommu = "intel-iommu"
    /// a virtio-iommu vIOMMU (since 0.3)
    case virtioIommuPci = "virtio-iommu-pci"
}

/// Properties of a ``vfio-pci`` device, as QEMU's.  Exactly one of
/// `host`, `sysfsdev` and `fd` names the device.
public struct VFIOPCIProperties: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the host device's PCI address (0000:17:00.0, or 17:00.0)
    public var host: String?
    /// its sysfs directory (also an mdev's)
    public var sysfsdev: String?
    /// a VFIO cdev descriptor: the name it was passed with `getfd` (consumed), or, as QEMU's ``fd``, a descriptor number iommud inherited (``--device vfio-pci,fd=3,…``; the device uses a duplicate, the number stays open)
    public var fd: String?
    /// the iommufd object whose container the device joins; without it, the legacy type1 backend: the device's IOMMU group (/dev/vfio/<group>) joins the type1 container of the address space, and the device descriptor comes from the group (`fd` needs `iommufd`: a passed descriptor is a VFIO cdev)
    public var iommufd: String?
    /// the address space whose memory the device's DMA sees (default: "system"; for a device with `vfio-user`, "vfio-user:" and its id)
    public var addressSpace: String?
    /// serve the device over vfio-user on a Unix socket at this path: a VMM's ``vfio-user-pci`` uses the device while iommud maps the memory the VMM passes into the device's IOAS (or, without `iommufd`, its type1 container).  The device is alone in its address space, which has no dimms: its DMA reaches only what the client maps.  On the iommufd backend it needs an `iommufd` object no other device uses (the client gets the device's descriptor to mmap its BARs).  The client reads and writes config space and the regions it cannot mmap through the socket, and its interrupt eventfds go to the kernel as they are; its DMA logging is the dirty tracking of the device's container. When it leaves, its windows are unmapped, those interrupts disabled and its logging stopped.  The socket follows the QMP sockets' rules (``--socket-mode``, ``--socket-group``, ``--allow-uid``, ``--allow-gid``), serves one client at a time, and is removed by ``device_del``.  (Since: 0.3)
    public var vfioUser: String?
    /// the DMA windows the vfio-user client may map (default: the IOVA ranges of the device's IOAS or type1 container).  (Since: 0.3)
    public var vfioUserAllow: [VFIOUserWindow]?

    /// Creates a value from its members.
    public init(host: String? = nil, sysfsdev: String? = nil, fd: String? = nil, iommufd: String? = nil, addressSpace: String? = nil, vfioUser: String? = nil, vfioUserAllow: [VFIOUserWindow]? = nil) {
        self.host = host
        self.sysfsdev = sysfsdev
        self.fd = fd
        self.iommufd = iommufd
        self.addressSpace = addressSpace
        self.vfioUser = vfioUser
        self.vfioUserAllow = vfioUserAllow
    }

    public static let qapiMemberNames: [String] = ["host", "sysfsdev", "fd", "iommufd", "address-space", "vfio-user", "vfio-user-allow"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.host = try QAPIDecoding.optional(object, "host", at: path)
        self.sysfsdev = try QAPIDecoding.optional(object, "sysfsdev", at: path)
        self.fd = try QAPIDecoding.optional(object, "fd", at: path)
        self.iommufd = try QAPIDecoding.optional(object, "iommufd", at: path)
        self.addressSpace = try QAPIDecoding.optional(object, "address-space", at: path)
        self.vfioUser = try QAPIDecoding.optional(object, "vfio-user", at: path)
        self.vfioUserAllow = try QAPIDecoding.optional(object, "vfio-user-allow", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 7)
        QAPIEncoding.put(&object, "host", host)
        QAPIEncoding.put(&object, "sysfsdev", sysfsdev)
        QAPIEncoding.put(&object, "fd", fd)
        QAPIEncoding.put(&object, "iommufd", iommufd)
        QAPIEncoding.put(&object, "address-space", addressSpace)
        QAPIEncoding.put(&object, "vfio-user", vfioUser)
        QAPIEncoding.put(&object, "vfio-user-allow", vfioUserAllow)
    }
}

/// A range of DMA addresses.
public struct VFIOUserWindow: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its first address
    public var start: UInt64
    /// its length in bytes (not zero)
    public var size: UInt64

    /// Creates a value from its members.
    public init(start: UInt64, size: UInt64) {
        self.start = start
        self.size = size
    }

    public static let qapiMemberNames: [String] = ["start", "size"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.start = try QAPIDecoding.member(object, "start", at: path)
        self.size = try QAPIDecoding.member(object, "size", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 2)
        QAPIEncoding.put(&object, "start", start)
        QAPIEncoding.put(&object, "size", size)
    }
}

/// Properties of a ``pc-dimm`` device.
public struct PCDIMMProperties: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the memory backend holding the RAM (one dimm each)
    public var memdev: String
    /// its guest physical address, page aligned
    public var addr: UInt64
    /// the address space it is RAM of (default: "system")
    public var addressSpace: String?

    /// Creates a value from its members.
    public init(memdev: String, addr: UInt64, addressSpace: String? = nil) {
        self.memdev = memdev
        self.addr = addr
        self.addressSpace = addressSpace
    }

    public static let qapiMemberNames: [String] = ["memdev", "addr", "address-space"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.memdev = try QAPIDecoding.member(object, "memdev", at: path)
        self.addr = try QAPIDecoding.member(object, "addr", at: path)
        self.addressSpace = try QAPIDecoding.optional(object, "address-space", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 3)
        QAPIEncoding.put(&object, "memdev", memdev)
        QAPIEncoding.put(&object, "addr", addr)
        QAPIEncoding.put(&object, "address-space", addressSpace)
    }
}

/// What `device_add` creates: the driver, the id, and the driver's
/// properties next to them.
public struct DeviceOptions: Sendable, Hashable, QAPIDecodable, QAPIObjectEncodable {
    /// the device's id, unique among devices; it names the device in `device_del`, events and /machine/peripheral/<id>
    public var id: String
    /// The branch selected by `driver`, with its members.
    public var branch: Branch

    /// The branches of the union, one per value of `DeviceDriver`.
    public enum Branch: Sendable, Hashable {
        case vfioPci(VFIOPCIProperties)
        case pcDimm(PCDIMMProperties)
        case intelIommu(IntelIOMMUProperties)
        case virtioIommuPci(VirtioIOMMUPCIProperties)
    }

    /// the driver
    public var driver: DeviceDriver {
        switch branch {
        case .vfioPci: return .vfioPci
        case .pcDimm: return .pcDimm
        case .intelIommu: return .intelIommu
        case .virtioIommuPci: return .virtioIommuPci
        }
    }

    /// Creates a value from its members.
    public init(id: String, branch: Branch) {
        self.id = id
        self.branch = branch
    }

    public init(qapi value: JSONValue, at path: QAPIPath) throws(QMPError) {
        let object = try QAPIDecoding.object(value, at: path)
        let tag: DeviceDriver = try QAPIDecoding.member(object, "driver", at: path)
        self.id = try QAPIDecoding.member(object, "id", at: path)
        var known: [String] = ["driver", "id"]
        switch tag {
        case .vfioPci:
            branch = .vfioPci(try VFIOPCIProperties(qapiMembersOf: object, at: path))
            known += VFIOPCIProperties.qapiMemberNames
        case .pcDimm:
            branch = .pcDimm(try PCDIMMProperties(qapiMembersOf: object, at: path))
            known += PCDIMMProperties.qapiMemberNames
        case .intelIommu:
            branch = .intelIommu(try IntelIOMMUProperties(qapiMembersOf: object, at: path))
            known += IntelIOMMUProperties.qapiMemberNames
        case .virtioIommuPci:
            branch = .virtioIommuPci(try VirtioIOMMUPCIProperties(qapiMembersOf: object, at: path))
            known += VirtioIOMMUPCIProperties.qapiMemberNames
        }
        try QAPIDecoding.rejectUnexpected(object, known: known, at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "driver", driver)
        QAPIEncoding.put(&object, "id", id)
        switch branch {
        case .vfioPci(let members): members.qapiEncodeMembers(into: &object)
        case .pcDimm(let members): members.qapiEncodeMembers(into: &object)
        case .intelIommu(let members): members.qapiEncodeMembers(into: &object)
        case .virtioIommuPci(let members): members.qapiEncodeMembers(into: &object)
        }
    }
}

/// How a container reaches the IOMMU.
public enum VFIOContainerBackend: String, QAPIEnum {
    /// an IOAS of an iommufd object
    case iommufd = "iommufd"
    /// a type1 container on /dev/vfio/vfio
    case legacy = "legacy"
}

/// Whose locked memory (RLIMIT_MEMLOCK) a container's pinned pages count
/// against.  An unprivileged VFIO user's most common failure is a
/// mapping refused with ENOMEM because this account is full.
public enum VFIOLockedMemoryAccount: String, QAPIEnum {
    /// the user's (iommufd's default, IOMMU_OPTION RLIMIT_MODE 0), shared by every process of the user
    case user = "user"
    /// the process's (iommufd in RLIMIT_MODE 1, as libvirt sets it; VFIO type1 always)
    case process = "process"
    /// nobody's: iommud has CAP_IPC_LOCK or no limit, and iommufd charges nothing then
    case none = "none"
}

/// A range a container maps.
public struct VFIOMappingInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its first IOVA (the guest physical address)
    public var iova: UInt64
    /// its length in bytes
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

/// A VFIO container.
public struct VFIOContainerInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its name in the machine (`container0`, …), the `container` property of its devices; names are not reused while iommud runs
    public var id: String
    /// how it reaches the IOMMU
    public var backend: VFIOContainerBackend
    /// the address space it mirrors
    public var addressSpace: String
    /// the ids of its devices
    public var devices: [String]
    /// what it maps: every dimm of its address space
    public var mappings: [VFIOMappingInfo]
    /// whether dirty tracking is running
    public var dirtyTracking: Bool
    /// guest RAM the kernel holds pinned for it (its mappings, once a device's domain needs them)
    public var pinnedBytes: UInt64
    /// whose locked memory the pins count against
    public var chargedTo: VFIOLockedMemoryAccount
    /// its iommufd object (iommufd backend)
    public var iommufd: String?
    /// its IOAS (iommufd backend)
    public var ioasId: UInt32?
    /// its automatic HWPTs, newest first (iommufd backend)
    public var hwpts: [UInt32]?
    /// the type1 flavour VFIO_SET_IOMMU chose, `type1v2` (QEMU's first choice) or `type1` (legacy backend)
    public var iommuType: String?
    /// the IOMMU groups in it, in the order they joined (legacy backend)
    public var groups: [Int64]?
    /// how many IOMMU domains type1 keeps inside, each mirroring every mapping (legacy backend); absent when the kernel does not say (the host kernel tells userspace nothing about domains, so only a container of one group, which has exactly one, reports it there)
    public var domains: Int64?
    /// the vfio-user export of its device (iommufd backend, a device added with `vfio-user`; since 0.3)
    public var vfioUser: VFIOUserExportInfo?

    /// Creates a value from its members.
    public init(id: String, backend: VFIOContainerBackend, addressSpace: String, devices: [String], mappings: [VFIOMappingInfo], dirtyTracking: Bool, pinnedBytes: UInt64, chargedTo: VFIOLockedMemoryAccount, iommufd: String? = nil, ioasId: UInt32? = nil, hwpts: [UInt32]? = nil, iommuType: String? = nil, groups: [Int64]? = nil, domains: Int64? = nil, vfioUser: VFIOUserExportInfo? = nil) {
        self.id = id
        self.backend = backend
        self.addressSpace = addressSpace
        self.devices = devices
        self.mappings = mappings
        self.dirtyTracking = dirtyTracking
        self.pinnedBytes = pinnedBytes
        self.chargedTo = chargedTo
        self.iommufd = iommufd
        self.ioasId = ioasId
        self.hwpts = hwpts
        self.iommuType = iommuType
        self.groups = groups
        self.domains = domains
        self.vfioUser = vfioUser
    }

    public static let qapiMemberNames: [String] = ["id", "backend", "address-space", "devices", "mappings", "dirty-tracking", "pinned-bytes", "charged-to", "iommufd", "ioas-id", "hwpts", "iommu-type", "groups", "domains", "vfio-user"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.id = try QAPIDecoding.member(object, "id", at: path)
        self.backend = try QAPIDecoding.member(object, "backend", at: path)
        self.addressSpace = try QAPIDecoding.member(object, "address-space", at: path)
        self.devices = try QAPIDecoding.member(object, "devices", at: path)
        self.mappings = try QAPIDecoding.member(object, "mappings", at: path)
        self.dirtyTracking = try QAPIDecoding.member(object, "dirty-tracking", at: path)
        self.pinnedBytes = try QAPIDecoding.member(object, "pinned-bytes", at: path)
        self.chargedTo = try QAPIDecoding.member(object, "charged-to", at: path)
        self.iommufd = try QAPIDecoding.optional(object, "iommufd", at: path)
        self.ioasId = try QAPIDecoding.optional(object, "ioas-id", at: path)
        self.hwpts = try QAPIDecoding.optional(object, "hwpts", at: path)
        self.iommuType = try QAPIDecoding.optional(object, "iommu-type", at: path)
        self.groups = try QAPIDecoding.optional(object, "groups", at: path)
        self.domains = try QAPIDecoding.optional(object, "domains", at: path)
        self.vfioUser = try QAPIDecoding.optional(object, "vfio-user", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 15)
        QAPIEncoding.put(&object, "id", id)
        QAPIEncoding.put(&object, "backend", backend)
        QAPIEncoding.put(&object, "address-space", addressSpace)
        QAPIEncoding.put(&object, "devices", devices)
        QAPIEncoding.put(&object, "mappings", mappings)
        QAPIEncoding.put(&object, "dirty-tracking", dirtyTracking)
        QAPIEncoding.put(&object, "pinned-bytes", pinnedBytes)
        QAPIEncoding.put(&object, "charged-to", chargedTo)
        QAPIEncoding.put(&object, "iommufd", iommufd)
        QAPIEncoding.put(&object, "ioas-id", ioasId)
        QAPIEncoding.put(&object, "hwpts", hwpts)
        QAPIEncoding.put(&object, "iommu-type", iommuType)
        QAPIEncoding.put(&object, "groups", groups)
        QAPIEncoding.put(&object, "domains", domains)
        QAPIEncoding.put(&object, "vfio-user", vfioUser)
    }
}

/// A device served over vfio-user.
public struct VFIOUserExportInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the device's id
    public var device: String
    /// the socket's path
    public var path: String
    /// the DMA windows a client may map
    public var allow: [VFIOUserWindow]
    /// the connected client, absent when none is
    public var client: VFIOUserClientInfo?
    /// how many clients have connected since the device was added
    public var clients: Int64
    /// how many requests were refused (each also logged)
    public var refusals: Int64

    /// Creates a value from its members.
    public init(device: String, path: String, allow: [VFIOUserWindow], client: VFIOUserClientInfo? = nil, clients: Int64, refusals: Int64) {
        self.device = device
        self.path = path
        self.allow = allow
        self.client = client
        self.clients = clients
        self.refusals = refusals
    }

    public static let qapiMemberNames: [String] = ["device", "path", "allow", "client", "clients", "refusals"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.device = try QAPIDecoding.member(object, "device", at: path)
        self.path = try QAPIDecoding.member(object, "path", at: path)
        self.allow = try QAPIDecoding.member(object, "allow", at: path)
        self.client = try QAPIDecoding.optional(object, "client", at: path)
        self.clients = try QAPIDecoding.member(object, "clients", at: path)
        self.refusals = try QAPIDecoding.member(object, "refusals", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 6)
        QAPIEncoding.put(&object, "device", device)
        QAPIEncoding.put(&object, "path", path)
        QAPIEncoding.put(&object, "allow", allow)
        QAPIEncoding.put(&object, "client", client)
        QAPIEncoding.put(&object, "clients", clients)
        QAPIEncoding.put(&object, "refusals", refusals)
    }
}

/// The process connected to a vfio-user export, as the socket's peer
/// credentials say.
public struct VFIOUserClientInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// its process id
    public var pid: Int64
    /// its user id
    public var uid: Int64
    /// its group id
    public var gid: Int64
    /// how many DMA windows it has mapped
    public var windows: Int64

    /// Creates a value from its members.
    public init(pid: Int64, uid: Int64, gid: Int64, windows: Int64) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
        self.windows = windows
    }

    public static let qapiMemberNames: [String] = ["pid", "uid", "gid", "windows"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.pid = try QAPIDecoding.member(object, "pid", at: path)
        self.uid = try QAPIDecoding.member(object, "uid", at: path)
        self.gid = try QAPIDecoding.member(object, "gid", at: path)
        self.windows = try QAPIDecoding.member(object, "windows", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        object.reserveCapacity(object.count + 4)
        QAPIEncoding.put(&object, "pid", pid)
        QAPIEncoding.put(&object, "uid", uid)
        QAPIEncoding.put(&object, "gid", gid)
        QAPIEncoding.put(&object, "windows", windows)
    }
}

/// Handlers for the commands of schema module 'device'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol DeviceCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Add a device.  A ``vfio-pci`` device with ``iommufd``: its VFIO cdev
    /// is opened and bound to the iommufd object, and it joins the
    /// object's container in its address space (a new one allocates an
    /// IOAS and maps every dimm of the space into it), attached as QEMU
    /// does: an mdev to the IOAS, any other device to the first automatic
    /// HWPT of the container that takes it, or a new one (with dirty
    /// tracking when its IOMMU can).  A ``vfio-pci`` device without
    /// ``iommufd``, on the legacy backend: its group is opened (or shared
    /// with another device of the group) and must be viable, joins the
    /// first type1 container of the address space that takes it or a new
    /// one (type1v2 when the kernel offers it, which maps every dimm), and
    /// the device descriptor is taken from the group.  A ``pc-dimm``: its memory is mapped
    /// at IOVA = `addr` into every container of its address space; a
    /// container made later replays it.
    ///
    /// A mapping the kernel cannot pin within RLIMIT_MEMLOCK fails with an
    /// error (errno ENOMEM) naming the limit, what is held and needed, and
    /// how to raise it.
    ///
    /// - Parameters:
    ///   - arguments: the arguments, as one `DeviceOptions`
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when the id is taken, a property is wrong (an unknown host device, one bound already, a dimm overlapping another, an unaligned address, a memory backend in use, a group that is not viable or is used in another address space), or a kernel or system call fails (with its "errno"); nothing is left behind
    func deviceAdd(_ arguments: DeviceOptions, context: Context) throws(QMPError)

    /// Remove a device.  It is gone when the command returns: the id can
    /// be used again, and `DEVICE_DELETED` is emitted for the clients that
    /// wait for it, as they do with QEMU.  A ``vfio-pci`` device is
    /// detached (its automatic HWPT destroyed when it was the last on it),
    /// its container destroyed when it was the container's last device
    /// (every mapping unmapped, the IOAS destroyed), and its descriptor
    /// closed.  On the legacy backend, the container's last device unmaps
    /// every dimm, the device descriptor is closed, then the group when it
    /// was its last device (the kernel takes it out of the container) and
    /// the container when it was its last group.  A ``pc-dimm`` is
    /// unmapped from every container.
    ///
    /// - Parameters:
    ///   - id: the device's id, or its QOM path /machine/peripheral/<id>
    ///   - context: the state of the request
    /// - Throws:
    ///   - DeviceNotFound when there is no such device
    ///   - GenericError when a kernel call fails (with its "errno"); nothing changes then
    func deviceDel(id: String, context: Context) throws(QMPError)

    /// List the VFIO containers.
    ///
    /// - Parameters:
    ///   - context: the state of the request
    /// - Returns: the containers, oldest first
    func queryVfio(context: Context) throws(QMPError) -> [VFIOContainerInfo]

    /// Start dirty tracking in every VFIO container (what QEMU does when a
    /// migration starts): every automatic HWPT of an iommufd container
    /// (IOMMU_HWPT_SET_DIRTY_TRACKING), every legacy container
    /// (VFIO_IOMMU_DIRTY_PAGES START).  All or nothing: when one container
    /// cannot track, nothing starts and the error names a device that
    /// cannot (one on a HWPT allocated without dirty tracking because its
    /// IOMMU has none, an mdev on the IOAS, a device in a type1 container
    /// without the migration capability); a kernel failure half-way stops
    /// what had started.  While dirty tracking runs, `device_add` and
    /// `device_del` are refused, as QEMU refuses them while migrating.
    /// Starting again is a no-op.
    ///
    /// - Parameters:
    ///   - addressSpace: the address space whose containers start (default: "system")
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when there is no container in the address space, when a device cannot track, or when a kernel call fails (with its "errno"); nothing changes then
    func dirtyTrackingStart(addressSpace: String?, context: Context) throws(QMPError)

    /// Stop dirty tracking in every VFIO container of the address space,
    /// all or nothing.  Stopping when it is not running is a no-op.
    ///
    /// - Parameters:
    ///   - addressSpace: the address space (default: "system")
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError when a kernel call fails (with its "errno"); nothing changes then
    func dirtyTrackingStop(addressSpace: String?, context: Context) throws(QMPError)

    /// Read and clear the dirty pages of a guest physical range, ORed over
    /// every container of the address space (what QEMU's log sync does):
    /// for each dimm in the range, each iommufd container reads its HWPTs'
    /// bitmaps (IOMMU_HWPT_GET_DIRTY_BITMAP) and each legacy container its
    /// type1 bitmap (VFIO_IOMMU_DIRTY_PAGES GET_BITMAP).  Parts of the range
    /// without a dimm are never dirty.  Small ranges come back as dirty
    /// runs; for large ones pass a memfd with `getfd` and name it in `fd`:
    /// the raw bitmap is written at its offset 0.  A read clears the bits it
    /// reads in the kernel: a kernel failure after the first read loses the
    /// bits read before it (the error says so), as a failed QEMU log sync
    /// does.
    ///
    /// - Parameters:
    ///   - addr: the first guest physical address (page aligned)
    ///   - size: bytes in the range (a multiple of the page size)
    ///   - fd: the getfd name of a descriptor for the bitmap (a regular file or memfd open for reading and writing; consumed)
    ///   - addressSpace: the address space (default: "system")
    ///   - context: the state of the request
    /// - Returns: the dirty pages (one bit per host page)
    /// - Throws:
    ///   - GenericError when dirty tracking is not running, for an unaligned or empty range, for a range that covers only part of a dimm while a legacy container is in the address space (type1 reads whole mappings), or when a kernel call fails (with its "errno")
    func queryDirtyBitmap(addr: UInt64, size: UInt64, fd: String?, addressSpace: String?, context: Context) throws(QMPError) -> IOMMUFDDirtyBitmap
}

extension QMPEventSink {
    /// Emitted when a device has been removed; its id is free again.
    ///
    /// - Parameters:
    ///   - device: the device's id
    ///   - path: the device's QOM path
    public func emitDeviceDeleted(device: String? = nil, path: String) {
        var object = JSONObject()
        QAPIEncoding.put(&object, "device", device)
        QAPIEncoding.put(&object, "path", path)
        emit(event: "DEVICE_DELETED", data: object.isEmpty ? nil : object)
    }
}
