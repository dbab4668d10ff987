// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON

/// Protocol capabilities a client can enable with `qmp_capabilities`.
public struct QMPCapability: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let oob = Self(rawValue: "oob")
}

/// The kind of a schema entity.
public struct SchemaMetaType: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let builtin = Self(rawValue: "builtin")
    public static let `enum` = Self(rawValue: "enum")
    public static let array = Self(rawValue: "array")
    public static let object = Self(rawValue: "object")
    public static let alternate = Self(rawValue: "alternate")
    public static let command = Self(rawValue: "command")
    public static let event = Self(rawValue: "event")
}

/// The JSON types a value can take on the wire.
public struct JSONType: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let string = Self(rawValue: "string")
    public static let number = Self(rawValue: "number")
    public static let int = Self(rawValue: "int")
    public static let boolean = Self(rawValue: "boolean")
    public static let null = Self(rawValue: "null")
    public static let object = Self(rawValue: "object")
    public static let array = Self(rawValue: "array")
    public static let value = Self(rawValue: "value")
}

/// Why iommud is shutting down.
public struct ShutdownCause: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let hostQmpQuit = Self(rawValue: "host-qmp-quit")
    public static let hostSignal = Self(rawValue: "host-signal")
}

/// The machine's phase, with QEMU's names for the two iommud has.
public struct RunState: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let prelaunch = Self(rawValue: "prelaunch")
    public static let running = Self(rawValue: "running")
}

/// The types `object-add` can create.
public struct ObjectType: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let iommufd = Self(rawValue: "iommufd")
    public static let memoryBackendMemfd = Self(rawValue: "memory-backend-memfd")
    public static let memoryBackendFile = Self(rawValue: "memory-backend-file")
}

/// Options of IOMMU_OPTION.
public struct IOMMUFDOptionName: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let rlimitMode = Self(rawValue: "rlimit-mode")
    public static let hugePages = Self(rawValue: "huge-pages")
}

/// Flags of IOMMU_HWPT_ALLOC.
public struct IOMMUFDHWPTAllocFlag: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let nestParent = Self(rawValue: "nest-parent")
    public static let dirtyTracking = Self(rawValue: "dirty-tracking")
    public static let pasid = Self(rawValue: "pasid")
}

/// Flags of a VT-d stage-1 page table (struct iommu_hwpt_vtd_s1).
public struct IOMMUFDVTdS1Flag: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let sre = Self(rawValue: "sre")
    public static let eafe = Self(rawValue: "eafe")
    public static let wpe = Self(rawValue: "wpe")
}

/// Which vendor data IOMMU_GET_HW_INFO returned.
public struct IOMMUFDHWInfoType: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let none = Self(rawValue: "none")
    public static let intelVtd = Self(rawValue: "intel-vtd")
    public static let armSmmuv3 = Self(rawValue: "arm-smmuv3")
    public static let selftest = Self(rawValue: "selftest")
    public static let unknown = Self(rawValue: "unknown")
}

/// Capabilities IOMMU_GET_HW_INFO reports (out_capabilities).
public struct IOMMUFDHWCapability: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let dirtyTracking = Self(rawValue: "dirty-tracking")
    public static let pasidExec = Self(rawValue: "pasid-exec")
    public static let pasidPriv = Self(rawValue: "pasid-priv")
}

/// VFIO_DEVICE_GET_INFO flags.
public struct VFIODeviceFlag: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let reset = Self(rawValue: "reset")
    public static let pci = Self(rawValue: "pci")
    public static let caps = Self(rawValue: "caps")
}

/// The devices `device_add` can create.
public struct DeviceDriver: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let vfioPci = Self(rawValue: "vfio-pci")
    public static let pcDimm = Self(rawValue: "pc-dimm")
    public static let intelIommu = Self(rawValue: "intel-iommu")
    public static let virtioIommuPci = Self(rawValue: "virtio-iommu-pci")
}

/// How a container reaches the IOMMU.
public struct VFIOContainerBackend: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let iommufd = Self(rawValue: "iommufd")
    public static let legacy = Self(rawValue: "legacy")
}

/// Whose locked memory (RLIMIT_MEMLOCK) a container's pinned pages count
/// against.  An unprivileged VFIO user's most common failure is a
/// mapping refused with ENOMEM because this account is full.
public struct VFIOLockedMemoryAccount: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let user = Self(rawValue: "user")
    public static let process = Self(rawValue: "process")
    public static let none = Self(rawValue: "none")
}

/// The smallest page a ``virtio-iommu-pci`` maps, as QEMU's
/// ``granule`` property.
public struct VirtioIOMMUGranule: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let _4k = Self(rawValue: "4k")
    public static let _8k = Self(rawValue: "8k")
    public static let _16k = Self(rawValue: "16k")
    public static let _64k = Self(rawValue: "64k")
    public static let host = Self(rawValue: "host")
}

/// A vfio-pci interrupt index.
public struct SimIRQIndex: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let intx = Self(rawValue: "intx")
    public static let msi = Self(rawValue: "msi")
    public static let msix = Self(rawValue: "msix")
    public static let err = Self(rawValue: "err")
    public static let req = Self(rawValue: "req")
}

/// State of a trace event for the log backend.
public struct TraceEventState: ClientValue, RawRepresentable, Hashable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static func client(_ json: JSONValue) -> Self? { json.stringValue.map(Self.init(rawValue:)) }
    public var clientJSON: JSONValue { .string(rawValue) }
    public static let unavailable = Self(rawValue: "unavailable")
    public static let disabled = Self(rawValue: "disabled")
    public static let enabled = Self(rawValue: "enabled")
}

/// A three-part version number.
public struct VersionTriple: ClientValue {
    /// the major version number
    public var major: Int64?
    /// the minor version number
    public var minor: Int64?
    /// the micro version number
    public var micro: Int64?
    public init(major: Int64? = nil, minor: Int64? = nil, micro: Int64? = nil) {
        self.major = major
        self.minor = minor
        self.micro = micro
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(major: o["major"].flatMap(Int64.client), minor: o["minor"].flatMap(Int64.client), micro: o["micro"].flatMap(Int64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = major { o["major"] = v.clientJSON }
        if let v = minor { o["minor"] = v.clientJSON }
        if let v = micro { o["micro"] = v.clientJSON }
        return .object(o)
    }
}

/// The version of the daemon.  The shape is QEMU's, so clients that
/// read ``qemu.major`` (qmp-shell's banner, go-qemu) work unchanged.
public struct VersionInfo: ClientValue {
    /// iommud's own version (not a QEMU version).
    public var qemu: VersionTriple?
    /// the name of the program, "iommud", followed by the version.
    public var package: String?
    public init(qemu: VersionTriple? = nil, package: String? = nil) {
        self.qemu = qemu
        self.package = package
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(qemu: o["qemu"].flatMap(VersionTriple.client), package: o["package"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = qemu { o["qemu"] = v.clientJSON }
        if let v = package { o["package"] = v.clientJSON }
        return .object(o)
    }
}

/// Information about one command.
public struct CommandInfo: ClientValue {
    /// the command's name
    public var name: String?
    public init(name: String? = nil) {
        self.name = name
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(name: o["name"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = name { o["name"] = v.clientJSON }
        return .object(o)
    }
}

/// One schema entity.
public struct SchemaInfo: ClientValue {
    /// the entity's name; commands and events keep theirs, types are masked
    public var name: String?
    /// the kind of entity
    public var metaType: SchemaMetaType?
    /// names of the entity's features, if it has any
    public var features: [String]?
    /// The whole object, for the members of the branch its tag selects.
    public var variant: JSONObject?
    public init(name: String? = nil, metaType: SchemaMetaType? = nil, features: [String]? = nil, variant: JSONObject? = nil) {
        self.name = name
        self.metaType = metaType
        self.features = features
        self.variant = variant
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(name: o["name"].flatMap(String.client), metaType: o["meta-type"].flatMap(SchemaMetaType.client), features: o["features"].flatMap([String].client), variant: o)
    }
    public var clientJSON: JSONValue {
        var o = variant ?? JSONObject()
        if let v = name { o["name"] = v.clientJSON }
        if let v = metaType { o["meta-type"] = v.clientJSON }
        if let v = features { o["features"] = v.clientJSON }
        return .object(o)
    }
}

/// Additional information for a built-in type.
public struct SchemaInfoBuiltin: ClientValue {
    /// the JSON type used on the wire
    public var jsonType: JSONType?
    public init(jsonType: JSONType? = nil) {
        self.jsonType = jsonType
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(jsonType: o["json-type"].flatMap(JSONType.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = jsonType { o["json-type"] = v.clientJSON }
        return .object(o)
    }
}

/// Additional information for an enumeration.
public struct SchemaInfoEnum: ClientValue {
    /// the values, with their features
    public var members: [SchemaInfoEnumMember]?
    /// the values' names only
    public var values: [String]?
    public init(members: [SchemaInfoEnumMember]? = nil, values: [String]? = nil) {
        self.members = members
        self.values = values
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(members: o["members"].flatMap([SchemaInfoEnumMember].client), values: o["values"].flatMap([String].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = members { o["members"] = v.clientJSON }
        if let v = values { o["values"] = v.clientJSON }
        return .object(o)
    }
}

/// One value of an enumeration.
public struct SchemaInfoEnumMember: ClientValue {
    /// the value
    public var name: String?
    /// names of the value's features, if it has any
    public var features: [String]?
    public init(name: String? = nil, features: [String]? = nil) {
        self.name = name
        self.features = features
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(name: o["name"].flatMap(String.client), features: o["features"].flatMap([String].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = name { o["name"] = v.clientJSON }
        if let v = features { o["features"] = v.clientJSON }
        return .object(o)
    }
}

/// Additional information for an array type.
public struct SchemaInfoArray: ClientValue {
    /// the (masked) name of the element type
    public var elementType: String?
    public init(elementType: String? = nil) {
        self.elementType = elementType
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(elementType: o["element-type"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = elementType { o["element-type"] = v.clientJSON }
        return .object(o)
    }
}

/// Additional information for an object type.
public struct SchemaInfoObject: ClientValue {
    /// the members, base members first
    public var members: [SchemaInfoObjectMember]?
    /// the discriminator member of a union
    public var tag: String?
    /// the branches of a union
    public var variants: [SchemaInfoObjectVariant]?
    public init(members: [SchemaInfoObjectMember]? = nil, tag: String? = nil, variants: [SchemaInfoObjectVariant]? = nil) {
        self.members = members
        self.tag = tag
        self.variants = variants
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(members: o["members"].flatMap([SchemaInfoObjectMember].client), tag: o["tag"].flatMap(String.client), variants: o["variants"].flatMap([SchemaInfoObjectVariant].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = members { o["members"] = v.clientJSON }
        if let v = tag { o["tag"] = v.clientJSON }
        if let v = variants { o["variants"] = v.clientJSON }
        return .object(o)
    }
}

/// One member of an object type.
public struct SchemaInfoObjectMember: ClientValue {
    /// the member's name
    public var name: String?
    /// the (masked) name of its type
    public var type: String?
    /// present, with value null, when the member is optional
    public var `default`: JSONValue?
    /// names of the member's features, if it has any
    public var features: [String]?
    public init(name: String? = nil, type: String? = nil, `default`: JSONValue? = nil, features: [String]? = nil) {
        self.name = name
        self.type = type
        self.default = `default`
        self.features = features
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(name: o["name"].flatMap(String.client), type: o["type"].flatMap(String.client), default: o["default"].flatMap(JSONValue.client), features: o["features"].flatMap([String].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = name { o["name"] = v.clientJSON }
        if let v = type { o["type"] = v.clientJSON }
        if let v = `default` { o["default"] = v.clientJSON }
        if let v = features { o["features"] = v.clientJSON }
        return .object(o)
    }
}

/// One branch of a union.
public struct SchemaInfoObjectVariant: ClientValue {
    /// the discriminator value that selects the branch
    public var `case`: String?
    /// the (masked) name of the branch's object type
    public var type: String?
    public init(`case`: String? = nil, type: String? = nil) {
        self.case = `case`
        self.type = type
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(case: o["case"].flatMap(String.client), type: o["type"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = `case` { o["case"] = v.clientJSON }
        if let v = type { o["type"] = v.clientJSON }
        return .object(o)
    }
}

/// Additional information for an alternate type.
public struct SchemaInfoAlternate: ClientValue {
    /// the alternatives
    public var members: [SchemaInfoAlternateMember]?
    public init(members: [SchemaInfoAlternateMember]? = nil) {
        self.members = members
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(members: o["members"].flatMap([SchemaInfoAlternateMember].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = members { o["members"] = v.clientJSON }
        return .object(o)
    }
}

/// One alternative of an alternate type.
public struct SchemaInfoAlternateMember: ClientValue {
    /// the (masked) name of the alternative's type
    public var type: String?
    public init(type: String? = nil) {
        self.type = type
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(type: o["type"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = type { o["type"] = v.clientJSON }
        return .object(o)
    }
}

/// Additional information for a command.
public struct SchemaInfoCommand: ClientValue {
    /// the (masked) name of the argument object type
    public var argType: String?
    /// the (masked) name of the return type
    public var retType: String?
    /// present and true when the command may run out of band
    public var allowOob: Bool?
    public init(argType: String? = nil, retType: String? = nil, allowOob: Bool? = nil) {
        self.argType = argType
        self.retType = retType
        self.allowOob = allowOob
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(argType: o["arg-type"].flatMap(String.client), retType: o["ret-type"].flatMap(String.client), allowOob: o["allow-oob"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = argType { o["arg-type"] = v.clientJSON }
        if let v = retType { o["ret-type"] = v.clientJSON }
        if let v = allowOob { o["allow-oob"] = v.clientJSON }
        return .object(o)
    }
}

/// Additional information for an event.
public struct SchemaInfoEvent: ClientValue {
    /// the (masked) name of the event's data object type
    public var argType: String?
    public init(argType: String? = nil) {
        self.argType = argType
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(argType: o["arg-type"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = argType { o["arg-type"] = v.clientJSON }
        return .object(o)
    }
}

/// What `query-status` returns.
public struct StatusInfo: ClientValue {
    /// whether the machine is running
    public var running: Bool?
    /// its phase
    public var status: RunState?
    public init(running: Bool? = nil, status: RunState? = nil) {
        self.running = running
        self.status = status
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(running: o["running"].flatMap(Bool.client), status: o["status"].flatMap(RunState.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = running { o["running"] = v.clientJSON }
        if let v = status { o["status"] = v.clientJSON }
        return .object(o)
    }
}

/// A kernel object id that a change in the state journal returned when it
/// was made and the id the same object got when the change was made again
/// at start (a restart without the kernel objects: another history, a
/// device gone, another kernel).  Later changes of the journal that name
/// the old id are made with the new one.
public struct StateJournalIdChange: ClientValue {
    /// the iommufd object the id belongs to
    public var iommufd: String?
    /// the result member that returned it (``ioas-id``, ``hwpt-id``, ``dev-id``, ``pt-id``)
    public var member: String?
    /// the change's number in the journal (1 is the oldest)
    public var record: Int64?
    /// the id when the change was made
    public var recorded: UInt64?
    /// the id after the restart
    public var restored: UInt64?
    public init(iommufd: String? = nil, member: String? = nil, record: Int64? = nil, recorded: UInt64? = nil, restored: UInt64? = nil) {
        self.iommufd = iommufd
        self.member = member
        self.record = record
        self.recorded = recorded
        self.restored = restored
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(iommufd: o["iommufd"].flatMap(String.client), member: o["member"].flatMap(String.client), record: o["record"].flatMap(Int64.client), recorded: o["recorded"].flatMap(UInt64.client), restored: o["restored"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = iommufd { o["iommufd"] = v.clientJSON }
        if let v = member { o["member"] = v.clientJSON }
        if let v = record { o["record"] = v.clientJSON }
        if let v = recorded { o["recorded"] = v.clientJSON }
        if let v = restored { o["restored"] = v.clientJSON }
        return .object(o)
    }
}

/// A change of the state journal that could not be made again at start.
public struct StateJournalFailure: ClientValue {
    /// its number in the journal (1 is the oldest)
    public var record: Int64?
    /// its command
    public var execute: String?
    /// why it failed (the command's error, or the kernel id it names whose object could not be restored)
    public var desc: String?
    public init(record: Int64? = nil, execute: String? = nil, desc: String? = nil) {
        self.record = record
        self.execute = execute
        self.desc = desc
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(record: o["record"].flatMap(Int64.client), execute: o["execute"].flatMap(String.client), desc: o["desc"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = record { o["record"] = v.clientJSON }
        if let v = execute { o["execute"] = v.clientJSON }
        if let v = desc { o["desc"] = v.clientJSON }
        return .object(o)
    }
}

/// What the state journal (``iommud --state-dir``) restored when the
/// daemon started.
public struct StateJournalInfo: ClientValue {
    /// the state directory
    public var directory: String?
    /// the changes the journal held
    public var records: Int64?
    /// how many of them were made again
    public var restored: Int64?
    /// the ones that could not be, with why
    public var failed: [StateJournalFailure]?
    /// kernel ids that differ from the ones the changes were made with
    public var changedIds: [StateJournalIdChange]?
    /// bytes of a write a crash interrupted (never acknowledged) that were cut off the journal's end
    public var tornBytes: Int64?
    public init(directory: String? = nil, records: Int64? = nil, restored: Int64? = nil, failed: [StateJournalFailure]? = nil, changedIds: [StateJournalIdChange]? = nil, tornBytes: Int64? = nil) {
        self.directory = directory
        self.records = records
        self.restored = restored
        self.failed = failed
        self.changedIds = changedIds
        self.tornBytes = tornBytes
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(directory: o["directory"].flatMap(String.client), records: o["records"].flatMap(Int64.client), restored: o["restored"].flatMap(Int64.client), failed: o["failed"].flatMap([StateJournalFailure].client), changedIds: o["changed-ids"].flatMap([StateJournalIdChange].client), tornBytes: o["torn-bytes"].flatMap(Int64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = directory { o["directory"] = v.clientJSON }
        if let v = records { o["records"] = v.clientJSON }
        if let v = restored { o["restored"] = v.clientJSON }
        if let v = failed { o["failed"] = v.clientJSON }
        if let v = changedIds { o["changed-ids"] = v.clientJSON }
        if let v = tornBytes { o["torn-bytes"] = v.clientJSON }
        return .object(o)
    }
}

/// Where `add-fd` put a descriptor.
public struct AddfdInfo: ClientValue {
    /// the fd set's id
    public var fdsetId: Int64?
    /// the descriptor's number inside iommud
    public var fd: Int64?
    public init(fdsetId: Int64? = nil, fd: Int64? = nil) {
        self.fdsetId = fdsetId
        self.fd = fd
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(fdsetId: o["fdset-id"].flatMap(Int64.client), fd: o["fd"].flatMap(Int64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = fdsetId { o["fdset-id"] = v.clientJSON }
        if let v = fd { o["fd"] = v.clientJSON }
        return .object(o)
    }
}

/// One descriptor of an fd set.
public struct FdsetFdInfo: ClientValue {
    /// its number inside iommud
    public var fd: Int64?
    /// the text given to `add-fd`
    public var opaque: String?
    public init(fd: Int64? = nil, opaque: String? = nil) {
        self.fd = fd
        self.opaque = opaque
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(fd: o["fd"].flatMap(Int64.client), opaque: o["opaque"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = fd { o["fd"] = v.clientJSON }
        if let v = opaque { o["opaque"] = v.clientJSON }
        return .object(o)
    }
}

/// An fd set.
public struct FdsetInfo: ClientValue {
    /// its id
    public var fdsetId: Int64?
    /// its descriptors
    public var fds: [FdsetFdInfo]?
    public init(fdsetId: Int64? = nil, fds: [FdsetFdInfo]? = nil) {
        self.fdsetId = fdsetId
        self.fds = fds
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(fdsetId: o["fdset-id"].flatMap(Int64.client), fds: o["fds"].flatMap([FdsetFdInfo].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = fdsetId { o["fdset-id"] = v.clientJSON }
        if let v = fds { o["fds"] = v.clientJSON }
        return .object(o)
    }
}

/// A property of an object or type.
public struct ObjectPropertyInfo: ClientValue {
    /// the property's name
    public var name: String?
    /// the property's type: a built-in name such as "string", "int" or "bool", or "child<TYPE>" for a child object
    public var type: String?
    /// what the property is for
    public var description: String?
    /// the value it takes when not set
    public var defaultValue: JSONValue?
    public init(name: String? = nil, type: String? = nil, description: String? = nil, defaultValue: JSONValue? = nil) {
        self.name = name
        self.type = type
        self.description = description
        self.defaultValue = defaultValue
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(name: o["name"].flatMap(String.client), type: o["type"].flatMap(String.client), description: o["description"].flatMap(String.client), defaultValue: o["default-value"].flatMap(JSONValue.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = name { o["name"] = v.clientJSON }
        if let v = type { o["type"] = v.clientJSON }
        if let v = description { o["description"] = v.clientJSON }
        if let v = defaultValue { o["default-value"] = v.clientJSON }
        return .object(o)
    }
}

/// An object type.
public struct ObjectTypeInfo: ClientValue {
    /// the type's name
    public var name: String?
    /// present and true when objects of the type cannot be created
    public var abstract: Bool?
    /// the type it derives from
    public var parent: String?
    public init(name: String? = nil, abstract: Bool? = nil, parent: String? = nil) {
        self.name = name
        self.abstract = abstract
        self.parent = parent
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(name: o["name"].flatMap(String.client), abstract: o["abstract"].flatMap(Bool.client), parent: o["parent"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = name { o["name"] = v.clientJSON }
        if let v = abstract { o["abstract"] = v.clientJSON }
        if let v = parent { o["parent"] = v.clientJSON }
        return .object(o)
    }
}

/// Properties of an iommufd object (as QEMU's).
public struct IOMMUFDProperties: ClientValue {
    /// a /dev/iommu descriptor the object uses instead of opening its own: the name given to `getfd` (the name is consumed), or a descriptor number iommud inherited.  Without it, iommud opens /dev/iommu when the first IOAS, HWPT or device needs it and closes it when the last one goes.
    public var fd: String?
    public init(fd: String? = nil) {
        self.fd = fd
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(fd: o["fd"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = fd { o["fd"] = v.clientJSON }
        return .object(o)
    }
}

/// Properties every memory backend has.
public struct MemoryBackendProperties: ClientValue {
    /// size of the memory in bytes; a multiple of the page size
    public var size: UInt64?
    /// whether the memory is shared (MAP_SHARED) rather than private (default: true for memfd, false for files)
    public var share: Bool?
    /// touch every page at creation (default: false); refused with ENOMEM when `size` is more than the host has available (MemAvailable), which would bring the OOM killer
    public var prealloc: Bool?
    public init(size: UInt64? = nil, share: Bool? = nil, prealloc: Bool? = nil) {
        self.size = size
        self.share = share
        self.prealloc = prealloc
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(size: o["size"].flatMap(UInt64.client), share: o["share"].flatMap(Bool.client), prealloc: o["prealloc"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = size { o["size"] = v.clientJSON }
        if let v = share { o["share"] = v.clientJSON }
        if let v = prealloc { o["prealloc"] = v.clientJSON }
        return .object(o)
    }
}

/// Properties of a memory-backend-memfd object.
public struct MemoryBackendMemfdProperties: ClientValue {
    /// size of the memory in bytes; a multiple of the page size
    public var size: UInt64?
    /// whether the memory is shared (MAP_SHARED) rather than private (default: true for memfd, false for files)
    public var share: Bool?
    /// touch every page at creation (default: false); refused with ENOMEM when `size` is more than the host has available (MemAvailable), which would bring the OOM killer
    public var prealloc: Bool?
    /// use huge pages (MFD_HUGETLB) (default: false)
    public var hugetlb: Bool?
    /// the huge page size, with `hugetlb` (default: the system's default)
    public var hugetlbsize: UInt64?
    /// seal the memfd against growing and shrinking (default: true)
    public var seal: Bool?
    public init(size: UInt64? = nil, share: Bool? = nil, prealloc: Bool? = nil, hugetlb: Bool? = nil, hugetlbsize: UInt64? = nil, seal: Bool? = nil) {
        self.size = size
        self.share = share
        self.prealloc = prealloc
        self.hugetlb = hugetlb
        self.hugetlbsize = hugetlbsize
        self.seal = seal
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(size: o["size"].flatMap(UInt64.client), share: o["share"].flatMap(Bool.client), prealloc: o["prealloc"].flatMap(Bool.client), hugetlb: o["hugetlb"].flatMap(Bool.client), hugetlbsize: o["hugetlbsize"].flatMap(UInt64.client), seal: o["seal"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = size { o["size"] = v.clientJSON }
        if let v = share { o["share"] = v.clientJSON }
        if let v = prealloc { o["prealloc"] = v.clientJSON }
        if let v = hugetlb { o["hugetlb"] = v.clientJSON }
        if let v = hugetlbsize { o["hugetlbsize"] = v.clientJSON }
        if let v = seal { o["seal"] = v.clientJSON }
        return .object(o)
    }
}

/// Properties of a memory-backend-file object.
public struct MemoryBackendFileProperties: ClientValue {
    /// size of the memory in bytes; a multiple of the page size
    public var size: UInt64?
    /// whether the memory is shared (MAP_SHARED) rather than private (default: true for memfd, false for files)
    public var share: Bool?
    /// touch every page at creation (default: false); refused with ENOMEM when `size` is more than the host has available (MemAvailable), which would bring the OOM killer
    public var prealloc: Bool?
    /// the file to map; "/dev/fdset/N" takes a descriptor from fd set N (see `add-fd`), as in QEMU
    public var memPath: String?
    /// map the file read-only (default: false)
    public var readonly: Bool?
    public init(size: UInt64? = nil, share: Bool? = nil, prealloc: Bool? = nil, memPath: String? = nil, readonly: Bool? = nil) {
        self.size = size
        self.share = share
        self.prealloc = prealloc
        self.memPath = memPath
        self.readonly = readonly
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(size: o["size"].flatMap(UInt64.client), share: o["share"].flatMap(Bool.client), prealloc: o["prealloc"].flatMap(Bool.client), memPath: o["mem-path"].flatMap(String.client), readonly: o["readonly"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = size { o["size"] = v.clientJSON }
        if let v = share { o["share"] = v.clientJSON }
        if let v = prealloc { o["prealloc"] = v.clientJSON }
        if let v = memPath { o["mem-path"] = v.clientJSON }
        if let v = readonly { o["readonly"] = v.clientJSON }
        return .object(o)
    }
}

/// What `object-add` creates: the type, the id, and the type's
/// properties next to them.
public struct ObjectOptions: ClientValue {
    /// the type
    public var qomType: ObjectType?
    /// the object's id: a letter, then letters, digits, '-', '.' and '_'
    public var id: String?
    /// The whole object, for the members of the branch its tag selects.
    public var variant: JSONObject?
    public init(qomType: ObjectType? = nil, id: String? = nil, variant: JSONObject? = nil) {
        self.qomType = qomType
        self.id = id
        self.variant = variant
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(qomType: o["qom-type"].flatMap(ObjectType.client), id: o["id"].flatMap(String.client), variant: o)
    }
    public var clientJSON: JSONValue {
        var o = variant ?? JSONObject()
        if let v = qomType { o["qom-type"] = v.clientJSON }
        if let v = id { o["id"] = v.clientJSON }
        return .object(o)
    }
}

/// A new I/O address space.
public struct IOMMUFDIOASInfo: ClientValue {
    /// the IOAS's kernel id
    public var ioasId: UInt64?
    public init(ioasId: UInt64? = nil) {
        self.ioasId = ioasId
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(ioasId: o["ioas-id"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = ioasId { o["ioas-id"] = v.clientJSON }
        return .object(o)
    }
}

/// Where a mapping landed.
public struct IOMMUFDMapInfo: ClientValue {
    /// the mapping's IO virtual address
    public var iova: UInt64?
    public init(iova: UInt64? = nil) {
        self.iova = iova
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(iova: o["iova"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = iova { o["iova"] = v.clientJSON }
        return .object(o)
    }
}

/// What an unmap did.
public struct IOMMUFDUnmapInfo: ClientValue {
    /// bytes unmapped
    public var unmapped: UInt64?
    /// true when nothing was mapped there; QEMU counts that as success, and so does iommud
    public var nonexistent: Bool?
    public init(unmapped: UInt64? = nil, nonexistent: Bool? = nil) {
        self.unmapped = unmapped
        self.nonexistent = nonexistent
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(unmapped: o["unmapped"].flatMap(UInt64.client), nonexistent: o["nonexistent"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = unmapped { o["unmapped"] = v.clientJSON }
        if let v = nonexistent { o["nonexistent"] = v.clientJSON }
        return .object(o)
    }
}

/// An inclusive range of IO virtual addresses.
public struct IOVARange: ClientValue {
    /// first address
    public var start: UInt64?
    /// last address
    public var last: UInt64?
    public init(start: UInt64? = nil, last: UInt64? = nil) {
        self.start = start
        self.last = last
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(start: o["start"].flatMap(UInt64.client), last: o["last"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = start { o["start"] = v.clientJSON }
        if let v = last { o["last"] = v.clientJSON }
        return .object(o)
    }
}

/// The addresses an IOAS can map.
public struct IOMMUFDIOVARanges: ClientValue {
    /// the usable ranges
    public var ranges: [IOVARange]?
    /// required alignment of IOVAs and sizes
    public var alignment: UInt64?
    public init(ranges: [IOVARange]? = nil, alignment: UInt64? = nil) {
        self.ranges = ranges
        self.alignment = alignment
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(ranges: o["ranges"].flatMap([IOVARange].client), alignment: o["alignment"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = ranges { o["ranges"] = v.clientJSON }
        if let v = alignment { o["alignment"] = v.clientJSON }
        return .object(o)
    }
}

/// One DMA mapping made through iommud.
public struct IOMMUFDMappingInfo: ClientValue {
    /// where it starts in the IOAS
    public var iova: UInt64?
    /// its length in bytes
    public var size: UInt64?
    /// the memory backend it maps
    public var memdev: String?
    /// where in the backend it starts
    public var offset: UInt64?
    /// whether DMA may only read
    public var readonly: Bool?
    public init(iova: UInt64? = nil, size: UInt64? = nil, memdev: String? = nil, offset: UInt64? = nil, readonly: Bool? = nil) {
        self.iova = iova
        self.size = size
        self.memdev = memdev
        self.offset = offset
        self.readonly = readonly
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(iova: o["iova"].flatMap(UInt64.client), size: o["size"].flatMap(UInt64.client), memdev: o["memdev"].flatMap(String.client), offset: o["offset"].flatMap(UInt64.client), readonly: o["readonly"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = iova { o["iova"] = v.clientJSON }
        if let v = size { o["size"] = v.clientJSON }
        if let v = memdev { o["memdev"] = v.clientJSON }
        if let v = offset { o["offset"] = v.clientJSON }
        if let v = readonly { o["readonly"] = v.clientJSON }
        return .object(o)
    }
}

/// An IOAS and what iommud mapped into it.
public struct IOMMUFDIOASDetails: ClientValue {
    /// the IOAS's kernel id
    public var ioasId: UInt64?
    /// its mappings, by ascending IOVA
    public var mappings: [IOMMUFDMappingInfo]?
    public init(ioasId: UInt64? = nil, mappings: [IOMMUFDMappingInfo]? = nil) {
        self.ioasId = ioasId
        self.mappings = mappings
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(ioasId: o["ioas-id"].flatMap(UInt64.client), mappings: o["mappings"].flatMap([IOMMUFDMappingInfo].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = ioasId { o["ioas-id"] = v.clientJSON }
        if let v = mappings { o["mappings"] = v.clientJSON }
        return .object(o)
    }
}

/// A HWPT iommud allocated.
public struct IOMMUFDHWPTDetails: ClientValue {
    /// the HWPT's kernel id
    public var hwptId: UInt64?
    /// what it was allocated on: an IOAS, or the parent HWPT of a nested HWPT
    public var ptId: UInt64?
    /// the device it was allocated for
    public var devId: UInt64?
    /// its allocation flags
    public var flags: [IOMMUFDHWPTAllocFlag]?
    /// whether vfio-device-attach allocated it for an IOAS (QEMU's auto domain), so the last detach destroys it
    public var auto: Bool?
    /// whether dirty tracking is running
    public var dirtyTracking: Bool?
    /// the devices attached to it, by ascending id; for an automatic HWPT, the devices it was chosen for, which stay its members while moved to another HWPT (e.g. one nested on it)
    public var devices: [UInt64]?
    public init(hwptId: UInt64? = nil, ptId: UInt64? = nil, devId: UInt64? = nil, flags: [IOMMUFDHWPTAllocFlag]? = nil, auto: Bool? = nil, dirtyTracking: Bool? = nil, devices: [UInt64]? = nil) {
        self.hwptId = hwptId
        self.ptId = ptId
        self.devId = devId
        self.flags = flags
        self.auto = auto
        self.dirtyTracking = dirtyTracking
        self.devices = devices
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(hwptId: o["hwpt-id"].flatMap(UInt64.client), ptId: o["pt-id"].flatMap(UInt64.client), devId: o["dev-id"].flatMap(UInt64.client), flags: o["flags"].flatMap([IOMMUFDHWPTAllocFlag].client), auto: o["auto"].flatMap(Bool.client), dirtyTracking: o["dirty-tracking"].flatMap(Bool.client), devices: o["devices"].flatMap([UInt64].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = hwptId { o["hwpt-id"] = v.clientJSON }
        if let v = ptId { o["pt-id"] = v.clientJSON }
        if let v = devId { o["dev-id"] = v.clientJSON }
        if let v = flags { o["flags"] = v.clientJSON }
        if let v = auto { o["auto"] = v.clientJSON }
        if let v = dirtyTracking { o["dirty-tracking"] = v.clientJSON }
        if let v = devices { o["devices"] = v.clientJSON }
        return .object(o)
    }
}

/// A VFIO device bound through iommud.
public struct IOMMUFDDeviceDetails: ClientValue {
    /// the device's kernel id
    public var devId: UInt64?
    /// its sysfs name (PCI address or mdev UUID), or for a device passed as a descriptor the getfd name
    public var name: String?
    /// the VFIO cdev it was opened from, if iommud opened it
    public var cdev: String?
    /// the IOAS or HWPT its DMA goes through, while attached
    public var attachedTo: UInt64?
    public init(devId: UInt64? = nil, name: String? = nil, cdev: String? = nil, attachedTo: UInt64? = nil) {
        self.devId = devId
        self.name = name
        self.cdev = cdev
        self.attachedTo = attachedTo
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(devId: o["dev-id"].flatMap(UInt64.client), name: o["name"].flatMap(String.client), cdev: o["cdev"].flatMap(String.client), attachedTo: o["attached-to"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = devId { o["dev-id"] = v.clientJSON }
        if let v = name { o["name"] = v.clientJSON }
        if let v = cdev { o["cdev"] = v.clientJSON }
        if let v = attachedTo { o["attached-to"] = v.clientJSON }
        return .object(o)
    }
}

/// An iommufd object and the kernel objects made through it.
public struct IOMMUFDObjectDetails: ClientValue {
    /// the object's id
    public var id: String?
    /// the kernel it talks to ("host" or "sim")
    public var kernel: String?
    /// whether it holds an open /dev/iommu
    public var connected: Bool?
    /// kernel objects using it (QEMU's ``users``)
    public var users: UInt64?
    /// its IOASes, by ascending id
    public var ioas: [IOMMUFDIOASDetails]?
    /// its HWPTs, by ascending id
    public var hwpts: [IOMMUFDHWPTDetails]?
    /// its bound devices, by ascending id
    public var devices: [IOMMUFDDeviceDetails]?
    public init(id: String? = nil, kernel: String? = nil, connected: Bool? = nil, users: UInt64? = nil, ioas: [IOMMUFDIOASDetails]? = nil, hwpts: [IOMMUFDHWPTDetails]? = nil, devices: [IOMMUFDDeviceDetails]? = nil) {
        self.id = id
        self.kernel = kernel
        self.connected = connected
        self.users = users
        self.ioas = ioas
        self.hwpts = hwpts
        self.devices = devices
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(id: o["id"].flatMap(String.client), kernel: o["kernel"].flatMap(String.client), connected: o["connected"].flatMap(Bool.client), users: o["users"].flatMap(UInt64.client), ioas: o["ioas"].flatMap([IOMMUFDIOASDetails].client), hwpts: o["hwpts"].flatMap([IOMMUFDHWPTDetails].client), devices: o["devices"].flatMap([IOMMUFDDeviceDetails].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = id { o["id"] = v.clientJSON }
        if let v = kernel { o["kernel"] = v.clientJSON }
        if let v = connected { o["connected"] = v.clientJSON }
        if let v = users { o["users"] = v.clientJSON }
        if let v = ioas { o["ioas"] = v.clientJSON }
        if let v = hwpts { o["hwpts"] = v.clientJSON }
        if let v = devices { o["devices"] = v.clientJSON }
        return .object(o)
    }
}

/// An option's value.
public struct IOMMUFDOptionValue: ClientValue {
    /// the value
    public var value: UInt64?
    public init(value: UInt64? = nil) {
        self.value = value
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(value: o["value"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = value { o["value"] = v.clientJSON }
        return .object(o)
    }
}

/// A guest's VT-d stage-1 page table, for a nested HWPT
/// (IOMMU_HWPT_DATA_VTD_S1).
public struct IOMMUFDVTdS1Data: ClientValue {
    /// guest physical address of the stage-1 page table
    public var pgtblAddr: UInt64?
    /// its address width in bits (48 or 57)
    public var addrWidth: UInt64?
    /// its flags (default: none)
    public var flags: [IOMMUFDVTdS1Flag]?
    public init(pgtblAddr: UInt64? = nil, addrWidth: UInt64? = nil, flags: [IOMMUFDVTdS1Flag]? = nil) {
        self.pgtblAddr = pgtblAddr
        self.addrWidth = addrWidth
        self.flags = flags
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(pgtblAddr: o["pgtbl-addr"].flatMap(UInt64.client), addrWidth: o["addr-width"].flatMap(UInt64.client), flags: o["flags"].flatMap([IOMMUFDVTdS1Flag].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = pgtblAddr { o["pgtbl-addr"] = v.clientJSON }
        if let v = addrWidth { o["addr-width"] = v.clientJSON }
        if let v = flags { o["flags"] = v.clientJSON }
        return .object(o)
    }
}

/// A new hardware page table.
public struct IOMMUFDHWPTInfo: ClientValue {
    /// the HWPT's kernel id
    public var hwptId: UInt64?
    public init(hwptId: UInt64? = nil) {
        self.hwptId = hwptId
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(hwptId: o["hwpt-id"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = hwptId { o["hwpt-id"] = v.clientJSON }
        return .object(o)
    }
}

/// A run of dirty IO pages.
public struct IOMMUFDDirtyRange: ClientValue {
    /// the first dirty page's IOVA
    public var iova: UInt64?
    /// bytes in the run (a multiple of the page size)
    public var size: UInt64?
    public init(iova: UInt64? = nil, size: UInt64? = nil) {
        self.iova = iova
        self.size = size
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(iova: o["iova"].flatMap(UInt64.client), size: o["size"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = iova { o["iova"] = v.clientJSON }
        if let v = size { o["size"] = v.clientJSON }
        return .object(o)
    }
}

/// What IOMMU_HWPT_GET_DIRTY_BITMAP reported.
public struct IOMMUFDDirtyBitmap: ClientValue {
    /// the bytes one bit stands for
    public var pageSize: UInt64?
    /// how many pages are dirty
    public var dirtyPages: UInt64?
    /// the dirty pages as runs, ascending; absent when the bitmap was written to a descriptor
    public var ranges: [IOMMUFDDirtyRange]?
    /// bytes of bitmap written to the descriptor (the kernel's layout: little-endian 64-bit words, bit i of the range in word i / 64); absent otherwise
    public var bitmapSize: UInt64?
    public init(pageSize: UInt64? = nil, dirtyPages: UInt64? = nil, ranges: [IOMMUFDDirtyRange]? = nil, bitmapSize: UInt64? = nil) {
        self.pageSize = pageSize
        self.dirtyPages = dirtyPages
        self.ranges = ranges
        self.bitmapSize = bitmapSize
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(pageSize: o["page-size"].flatMap(UInt64.client), dirtyPages: o["dirty-pages"].flatMap(UInt64.client), ranges: o["ranges"].flatMap([IOMMUFDDirtyRange].client), bitmapSize: o["bitmap-size"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = pageSize { o["page-size"] = v.clientJSON }
        if let v = dirtyPages { o["dirty-pages"] = v.clientJSON }
        if let v = ranges { o["ranges"] = v.clientJSON }
        if let v = bitmapSize { o["bitmap-size"] = v.clientJSON }
        return .object(o)
    }
}

/// One VT-d stage-1 IOTLB invalidation
/// (struct iommu_hwpt_vtd_s1_invalidate).
public struct IOMMUFDVTdS1Invalidation: ClientValue {
    /// first address (4 KiB aligned)
    public var addr: UInt64?
    /// pages to invalidate; with `addr` 0 and npages U64_MAX, everything
    public var npages: UInt64?
    /// only leaf entries changed (default: false)
    public var leaf: Bool?
    public init(addr: UInt64? = nil, npages: UInt64? = nil, leaf: Bool? = nil) {
        self.addr = addr
        self.npages = npages
        self.leaf = leaf
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(addr: o["addr"].flatMap(UInt64.client), npages: o["npages"].flatMap(UInt64.client), leaf: o["leaf"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = addr { o["addr"] = v.clientJSON }
        if let v = npages { o["npages"] = v.clientJSON }
        if let v = leaf { o["leaf"] = v.clientJSON }
        return .object(o)
    }
}

/// How far an invalidation got.
public struct IOMMUFDInvalidateInfo: ClientValue {
    /// entries the kernel processed
    public var handled: UInt64?
    public init(handled: UInt64? = nil) {
        self.handled = handled
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(handled: o["handled"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = handled { o["handled"] = v.clientJSON }
        return .object(o)
    }
}

/// An Intel VT-d unit's registers, raw and decoded.
public struct IOMMUFDVTdInfo: ClientValue {
    /// the vendor flags (bit 0: erratum 772415 / SPR17, which makes nest-parent HWPTs ignore read-only)
    public var flags: UInt64?
    /// the Capability register
    public var cap: UInt64?
    /// the Extended Capability register
    public var ecap: UInt64?
    /// the widest address a second-stage table translates (the deepest SAGAW level, capped at MGAW + 1)
    public var addressWidth: UInt64?
    /// the maximum guest address width (MGAW + 1)
    public var mgaw: UInt64?
    /// second-stage page sizes in bytes
    public var pageSizes: [UInt64]?
    /// scalable-mode translation (SMTS)
    public var scalableMode: Bool?
    /// second-stage accessed/dirty bits (SLADS) in scalable mode: what dirty tracking needs
    public var dirtyTracking: Bool?
    /// nested translation (NEST) in scalable mode
    public var nesting: Bool?
    /// first-stage translation (FLTS)
    public var firstStage: Bool?
    /// first-stage 1 GiB pages (FL1GP)
    public var firstStage1gPages: Bool?
    /// PASID support
    public var pasid: Bool?
    /// PASID width in bits (PSS + 1)
    public var pasidWidth: UInt64?
    /// page requests (PRS), for IO page faults
    public var pageRequests: Bool?
    /// snoop control (SC)
    public var snoopControl: Bool?
    /// page-walk coherency (C)
    public var coherent: Bool?
    /// interrupt remapping (IR)
    public var interruptRemapping: Bool?
    /// the vendor flag of erratum 772415 is set
    public var errata772415: Bool?
    public init(flags: UInt64? = nil, cap: UInt64? = nil, ecap: UInt64? = nil, addressWidth: UInt64? = nil, mgaw: UInt64? = nil, pageSizes: [UInt64]? = nil, scalableMode: Bool? = nil, dirtyTracking: Bool? = nil, nesting: Bool? = nil, firstStage: Bool? = nil, firstStage1gPages: Bool? = nil, pasid: Bool? = nil, pasidWidth: UInt64? = nil, pageRequests: Bool? = nil, snoopControl: Bool? = nil, coherent: Bool? = nil, interruptRemapping: Bool? = nil, errata772415: Bool? = nil) {
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
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(flags: o["flags"].flatMap(UInt64.client), cap: o["cap"].flatMap(UInt64.client), ecap: o["ecap"].flatMap(UInt64.client), addressWidth: o["address-width"].flatMap(UInt64.client), mgaw: o["mgaw"].flatMap(UInt64.client), pageSizes: o["page-sizes"].flatMap([UInt64].client), scalableMode: o["scalable-mode"].flatMap(Bool.client), dirtyTracking: o["dirty-tracking"].flatMap(Bool.client), nesting: o["nesting"].flatMap(Bool.client), firstStage: o["first-stage"].flatMap(Bool.client), firstStage1gPages: o["first-stage-1g-pages"].flatMap(Bool.client), pasid: o["pasid"].flatMap(Bool.client), pasidWidth: o["pasid-width"].flatMap(UInt64.client), pageRequests: o["page-requests"].flatMap(Bool.client), snoopControl: o["snoop-control"].flatMap(Bool.client), coherent: o["coherent"].flatMap(Bool.client), interruptRemapping: o["interrupt-remapping"].flatMap(Bool.client), errata772415: o["errata-772415"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = flags { o["flags"] = v.clientJSON }
        if let v = cap { o["cap"] = v.clientJSON }
        if let v = ecap { o["ecap"] = v.clientJSON }
        if let v = addressWidth { o["address-width"] = v.clientJSON }
        if let v = mgaw { o["mgaw"] = v.clientJSON }
        if let v = pageSizes { o["page-sizes"] = v.clientJSON }
        if let v = scalableMode { o["scalable-mode"] = v.clientJSON }
        if let v = dirtyTracking { o["dirty-tracking"] = v.clientJSON }
        if let v = nesting { o["nesting"] = v.clientJSON }
        if let v = firstStage { o["first-stage"] = v.clientJSON }
        if let v = firstStage1gPages { o["first-stage-1g-pages"] = v.clientJSON }
        if let v = pasid { o["pasid"] = v.clientJSON }
        if let v = pasidWidth { o["pasid-width"] = v.clientJSON }
        if let v = pageRequests { o["page-requests"] = v.clientJSON }
        if let v = snoopControl { o["snoop-control"] = v.clientJSON }
        if let v = coherent { o["coherent"] = v.clientJSON }
        if let v = interruptRemapping { o["interrupt-remapping"] = v.clientJSON }
        if let v = errata772415 { o["errata-772415"] = v.clientJSON }
        return .object(o)
    }
}

/// An ARM SMMUv3's ID registers, raw and decoded.
public struct IOMMUFDSMMUv3Info: ClientValue {
    /// the vendor flags
    public var flags: UInt64?
    /// IDR0 to IDR5
    public var idr: [UInt64]?
    /// the implementation identification register
    public var iidr: UInt64?
    /// the architecture version register
    public var aidr: UInt64?
    /// stage-1 translation (IDR0.S1P)
    public var stage1: Bool?
    /// stage-2 translation (IDR0.S2P)
    public var stage2: Bool?
    /// hardware dirty-state update (IDR0.HTTU = 2)
    public var hardwareDirty: Bool?
    /// substream (PASID) id bits (IDR1.SSIDSIZE)
    public var substreamIdBits: UInt64?
    /// output address size in bits (IDR5.OAS)
    public var outputAddressBits: UInt64?
    public init(flags: UInt64? = nil, idr: [UInt64]? = nil, iidr: UInt64? = nil, aidr: UInt64? = nil, stage1: Bool? = nil, stage2: Bool? = nil, hardwareDirty: Bool? = nil, substreamIdBits: UInt64? = nil, outputAddressBits: UInt64? = nil) {
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
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(flags: o["flags"].flatMap(UInt64.client), idr: o["idr"].flatMap([UInt64].client), iidr: o["iidr"].flatMap(UInt64.client), aidr: o["aidr"].flatMap(UInt64.client), stage1: o["stage1"].flatMap(Bool.client), stage2: o["stage2"].flatMap(Bool.client), hardwareDirty: o["hardware-dirty"].flatMap(Bool.client), substreamIdBits: o["substream-id-bits"].flatMap(UInt64.client), outputAddressBits: o["output-address-bits"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = flags { o["flags"] = v.clientJSON }
        if let v = idr { o["idr"] = v.clientJSON }
        if let v = iidr { o["iidr"] = v.clientJSON }
        if let v = aidr { o["aidr"] = v.clientJSON }
        if let v = stage1 { o["stage1"] = v.clientJSON }
        if let v = stage2 { o["stage2"] = v.clientJSON }
        if let v = hardwareDirty { o["hardware-dirty"] = v.clientJSON }
        if let v = substreamIdBits { o["substream-id-bits"] = v.clientJSON }
        if let v = outputAddressBits { o["output-address-bits"] = v.clientJSON }
        return .object(o)
    }
}

/// What the IOMMU behind a device can do (IOMMU_GET_HW_INFO), as QEMU's
/// HostIOMMUDevice capabilities.
public struct IOMMUFDHWInfo: ClientValue {
    /// which vendor data came back
    public var type: IOMMUFDHWInfoType?
    /// the generic capabilities
    public var capabilities: [IOMMUFDHWCapability]?
    /// log2 of the PASIDs the device can use (0: none)
    public var maxPasidLog2: UInt64?
    /// the VT-d registers, for `type` intel-vtd
    public var vtd: IOMMUFDVTdInfo?
    /// the SMMUv3 registers, for `type` arm-smmuv3
    public var smmuv3: IOMMUFDSMMUv3Info?
    public init(type: IOMMUFDHWInfoType? = nil, capabilities: [IOMMUFDHWCapability]? = nil, maxPasidLog2: UInt64? = nil, vtd: IOMMUFDVTdInfo? = nil, smmuv3: IOMMUFDSMMUv3Info? = nil) {
        self.type = type
        self.capabilities = capabilities
        self.maxPasidLog2 = maxPasidLog2
        self.vtd = vtd
        self.smmuv3 = smmuv3
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(type: o["type"].flatMap(IOMMUFDHWInfoType.client), capabilities: o["capabilities"].flatMap([IOMMUFDHWCapability].client), maxPasidLog2: o["max-pasid-log2"].flatMap(UInt64.client), vtd: o["vtd"].flatMap(IOMMUFDVTdInfo.client), smmuv3: o["smmuv3"].flatMap(IOMMUFDSMMUv3Info.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = type { o["type"] = v.clientJSON }
        if let v = capabilities { o["capabilities"] = v.clientJSON }
        if let v = maxPasidLog2 { o["max-pasid-log2"] = v.clientJSON }
        if let v = vtd { o["vtd"] = v.clientJSON }
        if let v = smmuv3 { o["smmuv3"] = v.clientJSON }
        return .object(o)
    }
}

/// A device the kernel offers through VFIO cdev.
public struct VFIOHostDeviceInfo: ClientValue {
    /// its sysfs name: a PCI address or an mdev UUID
    public var name: String?
    /// its sysfs directory
    public var sysfsdev: String?
    /// its VFIO cdev
    public var cdev: String?
    /// the IOMMU unit it sits behind; absent for an mdev
    public var iommu: String?
    /// its IOMMU group; absent for an mdev
    public var group: Int64?
    /// what it is, when known
    public var summary: String?
    /// whether iommud has bound it
    public var bound: Bool?
    /// the iommufd object it is bound through
    public var iommufd: String?
    /// its dev-id there
    public var devId: UInt64?
    public init(name: String? = nil, sysfsdev: String? = nil, cdev: String? = nil, iommu: String? = nil, group: Int64? = nil, summary: String? = nil, bound: Bool? = nil, iommufd: String? = nil, devId: UInt64? = nil) {
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
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(name: o["name"].flatMap(String.client), sysfsdev: o["sysfsdev"].flatMap(String.client), cdev: o["cdev"].flatMap(String.client), iommu: o["iommu"].flatMap(String.client), group: o["group"].flatMap(Int64.client), summary: o["summary"].flatMap(String.client), bound: o["bound"].flatMap(Bool.client), iommufd: o["iommufd"].flatMap(String.client), devId: o["dev-id"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = name { o["name"] = v.clientJSON }
        if let v = sysfsdev { o["sysfsdev"] = v.clientJSON }
        if let v = cdev { o["cdev"] = v.clientJSON }
        if let v = iommu { o["iommu"] = v.clientJSON }
        if let v = group { o["group"] = v.clientJSON }
        if let v = summary { o["summary"] = v.clientJSON }
        if let v = bound { o["bound"] = v.clientJSON }
        if let v = iommufd { o["iommufd"] = v.clientJSON }
        if let v = devId { o["dev-id"] = v.clientJSON }
        return .object(o)
    }
}

/// A device bound to an iommufd.
public struct VFIODeviceBindInfo: ClientValue {
    /// the device's kernel id in the iommufd
    public var devId: UInt64?
    /// its sysfs name, or the getfd name it was passed under
    public var name: String?
    public init(devId: UInt64? = nil, name: String? = nil) {
        self.devId = devId
        self.name = name
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(devId: o["dev-id"].flatMap(UInt64.client), name: o["name"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = devId { o["dev-id"] = v.clientJSON }
        if let v = name { o["name"] = v.clientJSON }
        return .object(o)
    }
}

/// Where a device's DMA now goes.
public struct VFIODeviceAttachInfo: ClientValue {
    /// the HWPT the device is attached to: the one given, or for an IOAS the HWPT chosen or allocated for it; for an mdev the IOAS itself
    public var ptId: UInt64?
    /// whether the attach allocated that HWPT (a new auto domain)
    public var allocated: Bool?
    public init(ptId: UInt64? = nil, allocated: Bool? = nil) {
        self.ptId = ptId
        self.allocated = allocated
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(ptId: o["pt-id"].flatMap(UInt64.client), allocated: o["allocated"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = ptId { o["pt-id"] = v.clientJSON }
        if let v = allocated { o["allocated"] = v.clientJSON }
        return .object(o)
    }
}

/// What VFIO_DEVICE_GET_INFO reports, and where the device is attached.
public struct VFIODeviceInfo: ClientValue {
    /// the device's kernel id
    public var devId: UInt64?
    /// its sysfs name (or getfd name)
    public var name: String?
    /// its flags
    public var flags: [VFIODeviceFlag]?
    /// its regions (BARs, config space, ...)
    public var numRegions: UInt64?
    /// its interrupt types
    public var numIrqs: UInt64?
    /// the IOAS or HWPT its DMA goes through, while attached
    public var attachedTo: UInt64?
    public init(devId: UInt64? = nil, name: String? = nil, flags: [VFIODeviceFlag]? = nil, numRegions: UInt64? = nil, numIrqs: UInt64? = nil, attachedTo: UInt64? = nil) {
        self.devId = devId
        self.name = name
        self.flags = flags
        self.numRegions = numRegions
        self.numIrqs = numIrqs
        self.attachedTo = attachedTo
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(devId: o["dev-id"].flatMap(UInt64.client), name: o["name"].flatMap(String.client), flags: o["flags"].flatMap([VFIODeviceFlag].client), numRegions: o["num-regions"].flatMap(UInt64.client), numIrqs: o["num-irqs"].flatMap(UInt64.client), attachedTo: o["attached-to"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = devId { o["dev-id"] = v.clientJSON }
        if let v = name { o["name"] = v.clientJSON }
        if let v = flags { o["flags"] = v.clientJSON }
        if let v = numRegions { o["num-regions"] = v.clientJSON }
        if let v = numIrqs { o["num-irqs"] = v.clientJSON }
        if let v = attachedTo { o["attached-to"] = v.clientJSON }
        return .object(o)
    }
}

/// Properties of a ``vfio-pci`` device, as QEMU's.  Exactly one of
/// `host`, `sysfsdev` and `fd` names the device.
public struct VFIOPCIProperties: ClientValue {
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
    public init(host: String? = nil, sysfsdev: String? = nil, fd: String? = nil, iommufd: String? = nil, addressSpace: String? = nil, vfioUser: String? = nil, vfioUserAllow: [VFIOUserWindow]? = nil) {
        self.host = host
        self.sysfsdev = sysfsdev
        self.fd = fd
        self.iommufd = iommufd
        self.addressSpace = addressSpace
        self.vfioUser = vfioUser
        self.vfioUserAllow = vfioUserAllow
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(host: o["host"].flatMap(String.client), sysfsdev: o["sysfsdev"].flatMap(String.client), fd: o["fd"].flatMap(String.client), iommufd: o["iommufd"].flatMap(String.client), addressSpace: o["address-space"].flatMap(String.client), vfioUser: o["vfio-user"].flatMap(String.client), vfioUserAllow: o["vfio-user-allow"].flatMap([VFIOUserWindow].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = host { o["host"] = v.clientJSON }
        if let v = sysfsdev { o["sysfsdev"] = v.clientJSON }
        if let v = fd { o["fd"] = v.clientJSON }
        if let v = iommufd { o["iommufd"] = v.clientJSON }
        if let v = addressSpace { o["address-space"] = v.clientJSON }
        if let v = vfioUser { o["vfio-user"] = v.clientJSON }
        if let v = vfioUserAllow { o["vfio-user-allow"] = v.clientJSON }
        return .object(o)
    }
}

/// A range of DMA addresses.
public struct VFIOUserWindow: ClientValue {
    /// its first address
    public var start: UInt64?
    /// its length in bytes (not zero)
    public var size: UInt64?
    public init(start: UInt64? = nil, size: UInt64? = nil) {
        self.start = start
        self.size = size
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(start: o["start"].flatMap(UInt64.client), size: o["size"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = start { o["start"] = v.clientJSON }
        if let v = size { o["size"] = v.clientJSON }
        return .object(o)
    }
}

/// Properties of a ``pc-dimm`` device.
public struct PCDIMMProperties: ClientValue {
    /// the memory backend holding the RAM (one dimm each)
    public var memdev: String?
    /// its guest physical address, page aligned
    public var addr: UInt64?
    /// the address space it is RAM of (default: "system")
    public var addressSpace: String?
    public init(memdev: String? = nil, addr: UInt64? = nil, addressSpace: String? = nil) {
        self.memdev = memdev
        self.addr = addr
        self.addressSpace = addressSpace
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(memdev: o["memdev"].flatMap(String.client), addr: o["addr"].flatMap(UInt64.client), addressSpace: o["address-space"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = memdev { o["memdev"] = v.clientJSON }
        if let v = addr { o["addr"] = v.clientJSON }
        if let v = addressSpace { o["address-space"] = v.clientJSON }
        return .object(o)
    }
}

/// What `device_add` creates: the driver, the id, and the driver's
/// properties next to them.
public struct DeviceOptions: ClientValue {
    /// the driver
    public var driver: DeviceDriver?
    /// the device's id, unique among devices; it names the device in `device_del`, events and /machine/peripheral/<id>
    public var id: String?
    /// The whole object, for the members of the branch its tag selects.
    public var variant: JSONObject?
    public init(driver: DeviceDriver? = nil, id: String? = nil, variant: JSONObject? = nil) {
        self.driver = driver
        self.id = id
        self.variant = variant
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(driver: o["driver"].flatMap(DeviceDriver.client), id: o["id"].flatMap(String.client), variant: o)
    }
    public var clientJSON: JSONValue {
        var o = variant ?? JSONObject()
        if let v = driver { o["driver"] = v.clientJSON }
        if let v = id { o["id"] = v.clientJSON }
        return .object(o)
    }
}

/// A range a container maps.
public struct VFIOMappingInfo: ClientValue {
    /// its first IOVA (the guest physical address)
    public var iova: UInt64?
    /// its length in bytes
    public var size: UInt64?
    public init(iova: UInt64? = nil, size: UInt64? = nil) {
        self.iova = iova
        self.size = size
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(iova: o["iova"].flatMap(UInt64.client), size: o["size"].flatMap(UInt64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = iova { o["iova"] = v.clientJSON }
        if let v = size { o["size"] = v.clientJSON }
        return .object(o)
    }
}

/// A VFIO container.
public struct VFIOContainerInfo: ClientValue {
    /// its name in the machine (`container0`, …), the `container` property of its devices; names are not reused while iommud runs
    public var id: String?
    /// how it reaches the IOMMU
    public var backend: VFIOContainerBackend?
    /// the address space it mirrors
    public var addressSpace: String?
    /// the ids of its devices
    public var devices: [String]?
    /// what it maps: every dimm of its address space
    public var mappings: [VFIOMappingInfo]?
    /// whether dirty tracking is running
    public var dirtyTracking: Bool?
    /// guest RAM the kernel holds pinned for it (its mappings, once a device's domain needs them)
    public var pinnedBytes: UInt64?
    /// whose locked memory the pins count against
    public var chargedTo: VFIOLockedMemoryAccount?
    /// its iommufd object (iommufd backend)
    public var iommufd: String?
    /// its IOAS (iommufd backend)
    public var ioasId: UInt64?
    /// its automatic HWPTs, newest first (iommufd backend)
    public var hwpts: [UInt64]?
    /// the type1 flavour VFIO_SET_IOMMU chose, `type1v2` (QEMU's first choice) or `type1` (legacy backend)
    public var iommuType: String?
    /// the IOMMU groups in it, in the order they joined (legacy backend)
    public var groups: [Int64]?
    /// how many IOMMU domains type1 keeps inside, each mirroring every mapping (legacy backend); absent when the kernel does not say (the host kernel tells userspace nothing about domains, so only a container of one group, which has exactly one, reports it there)
    public var domains: Int64?
    /// the vfio-user export of its device (iommufd backend, a device added with `vfio-user`; since 0.3)
    public var vfioUser: VFIOUserExportInfo?
    public init(id: String? = nil, backend: VFIOContainerBackend? = nil, addressSpace: String? = nil, devices: [String]? = nil, mappings: [VFIOMappingInfo]? = nil, dirtyTracking: Bool? = nil, pinnedBytes: UInt64? = nil, chargedTo: VFIOLockedMemoryAccount? = nil, iommufd: String? = nil, ioasId: UInt64? = nil, hwpts: [UInt64]? = nil, iommuType: String? = nil, groups: [Int64]? = nil, domains: Int64? = nil, vfioUser: VFIOUserExportInfo? = nil) {
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
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(id: o["id"].flatMap(String.client), backend: o["backend"].flatMap(VFIOContainerBackend.client), addressSpace: o["address-space"].flatMap(String.client), devices: o["devices"].flatMap([String].client), mappings: o["mappings"].flatMap([VFIOMappingInfo].client), dirtyTracking: o["dirty-tracking"].flatMap(Bool.client), pinnedBytes: o["pinned-bytes"].flatMap(UInt64.client), chargedTo: o["charged-to"].flatMap(VFIOLockedMemoryAccount.client), iommufd: o["iommufd"].flatMap(String.client), ioasId: o["ioas-id"].flatMap(UInt64.client), hwpts: o["hwpts"].flatMap([UInt64].client), iommuType: o["iommu-type"].flatMap(String.client), groups: o["groups"].flatMap([Int64].client), domains: o["domains"].flatMap(Int64.client), vfioUser: o["vfio-user"].flatMap(VFIOUserExportInfo.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = id { o["id"] = v.clientJSON }
        if let v = backend { o["backend"] = v.clientJSON }
        if let v = addressSpace { o["address-space"] = v.clientJSON }
        if let v = devices { o["devices"] = v.clientJSON }
        if let v = mappings { o["mappings"] = v.clientJSON }
        if let v = dirtyTracking { o["dirty-tracking"] = v.clientJSON }
        if let v = pinnedBytes { o["pinned-bytes"] = v.clientJSON }
        if let v = chargedTo { o["charged-to"] = v.clientJSON }
        if let v = iommufd { o["iommufd"] = v.clientJSON }
        if let v = ioasId { o["ioas-id"] = v.clientJSON }
        if let v = hwpts { o["hwpts"] = v.clientJSON }
        if let v = iommuType { o["iommu-type"] = v.clientJSON }
        if let v = groups { o["groups"] = v.clientJSON }
        if let v = domains { o["domains"] = v.clientJSON }
        if let v = vfioUser { o["vfio-user"] = v.clientJSON }
        return .object(o)
    }
}

/// A device served over vfio-user.
public struct VFIOUserExportInfo: ClientValue {
    /// the device's id
    public var device: String?
    /// the socket's path
    public var path: String?
    /// the DMA windows a client may map
    public var allow: [VFIOUserWindow]?
    /// the connected client, absent when none is
    public var client: VFIOUserClientInfo?
    /// how many clients have connected since the device was added
    public var clients: Int64?
    /// how many requests were refused (each also logged)
    public var refusals: Int64?
    public init(device: String? = nil, path: String? = nil, allow: [VFIOUserWindow]? = nil, client: VFIOUserClientInfo? = nil, clients: Int64? = nil, refusals: Int64? = nil) {
        self.device = device
        self.path = path
        self.allow = allow
        self.client = client
        self.clients = clients
        self.refusals = refusals
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(device: o["device"].flatMap(String.client), path: o["path"].flatMap(String.client), allow: o["allow"].flatMap([VFIOUserWindow].client), client: o["client"].flatMap(VFIOUserClientInfo.client), clients: o["clients"].flatMap(Int64.client), refusals: o["refusals"].flatMap(Int64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = device { o["device"] = v.clientJSON }
        if let v = path { o["path"] = v.clientJSON }
        if let v = allow { o["allow"] = v.clientJSON }
        if let v = client { o["client"] = v.clientJSON }
        if let v = clients { o["clients"] = v.clientJSON }
        if let v = refusals { o["refusals"] = v.clientJSON }
        return .object(o)
    }
}

/// The process connected to a vfio-user export, as the socket's peer
/// credentials say.
public struct VFIOUserClientInfo: ClientValue {
    /// its process id
    public var pid: Int64?
    /// its user id
    public var uid: Int64?
    /// its group id
    public var gid: Int64?
    /// how many DMA windows it has mapped
    public var windows: Int64?
    public init(pid: Int64? = nil, uid: Int64? = nil, gid: Int64? = nil, windows: Int64? = nil) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
        self.windows = windows
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(pid: o["pid"].flatMap(Int64.client), uid: o["uid"].flatMap(Int64.client), gid: o["gid"].flatMap(Int64.client), windows: o["windows"].flatMap(Int64.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = pid { o["pid"] = v.clientJSON }
        if let v = uid { o["uid"] = v.clientJSON }
        if let v = gid { o["gid"] = v.clientJSON }
        if let v = windows { o["windows"] = v.clientJSON }
        return .object(o)
    }
}

/// Properties of an ``intel-iommu`` device, with QEMU's defaults and
/// rules.  It cannot be hotplugged, and an address space has at most
/// one vIOMMU.  It must come before the devices it translates.
public struct IntelIOMMUProperties: ClientValue {
    /// the guest address width, 39 or 48 (default 39); with `x-flts` only 48
    public var awBits: UInt64?
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
    public init(awBits: UInt64? = nil, cachingMode: Bool? = nil, xScalableMode: Bool? = nil, xFlts: Bool? = nil, fs1gp: Bool? = nil, addressSpace: String? = nil) {
        self.awBits = awBits
        self.cachingMode = cachingMode
        self.xScalableMode = xScalableMode
        self.xFlts = xFlts
        self.fs1gp = fs1gp
        self.addressSpace = addressSpace
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(awBits: o["aw-bits"].flatMap(UInt64.client), cachingMode: o["caching-mode"].flatMap(Bool.client), xScalableMode: o["x-scalable-mode"].flatMap(Bool.client), xFlts: o["x-flts"].flatMap(Bool.client), fs1gp: o["fs1gp"].flatMap(Bool.client), addressSpace: o["address-space"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = awBits { o["aw-bits"] = v.clientJSON }
        if let v = cachingMode { o["caching-mode"] = v.clientJSON }
        if let v = xScalableMode { o["x-scalable-mode"] = v.clientJSON }
        if let v = xFlts { o["x-flts"] = v.clientJSON }
        if let v = fs1gp { o["fs1gp"] = v.clientJSON }
        if let v = addressSpace { o["address-space"] = v.clientJSON }
        return .object(o)
    }
}

/// Properties of a ``virtio-iommu-pci`` device.  It cannot be
/// hotplugged, and an address space has at most one vIOMMU.  Its page
/// size mask starts as every size from `granule` up; each coldplugged
/// device ANDs its host IOMMU's mask into it, and the granule (the
/// smallest size left) freezes when the machine is built.
public struct VirtioIOMMUPCIProperties: ClientValue {
    /// the smallest page (default: host)
    public var granule: VirtioIOMMUGranule?
    /// the address space whose devices it translates (default: "system")
    public var addressSpace: String?
    public init(granule: VirtioIOMMUGranule? = nil, addressSpace: String? = nil) {
        self.granule = granule
        self.addressSpace = addressSpace
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(granule: o["granule"].flatMap(VirtioIOMMUGranule.client), addressSpace: o["address-space"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = granule { o["granule"] = v.clientJSON }
        if let v = addressSpace { o["address-space"] = v.clientJSON }
        return .object(o)
    }
}

/// A host IOMMU device: what the IOMMU behind an assigned device can
/// do, as QEMU's HostIOMMUDevice knows it.
public struct HostIOMMUDeviceInfo: ClientValue {
    /// the ``vfio-pci`` device's id
    public var device: String?
    /// the host device (its sysfs name)
    public var name: String?
    /// the device's VFIO backend
    public var backend: VFIOContainerBackend?
    /// the IOMMU's type (IOMMU_GET_HW_INFO; iommufd backend)
    public var iommuType: IOMMUFDHWInfoType?
    /// the address width the host translates: one more than the highest bit of the device's highest usable IOVA (64 when the kernel reports no ranges), as QEMU computes it
    public var awBits: UInt64?
    /// the page sizes the host maps, as QEMU takes them: the IOAS's IOVA alignment on the iommufd backend (one size), the type1 container's sizes on the legacy one
    public var pageSizeMask: UInt64?
    /// the IOMMU's generic capabilities (iommufd backend)
    public var capabilities: [IOMMUFDHWCapability]?
    /// log2 of the PASIDs the device can use (iommufd backend)
    public var maxPasidLog2: UInt64?
    /// the VT-d unit's registers, decoded (iommufd backend, VT-d)
    public var vtd: IOMMUFDVTdInfo?
    /// whether the device sits behind a conventional PCI bridge, so that its requests carry the bridge's id
    public var aliased: Bool?
    /// the HWPT it was attached to when added, its default (iommufd backend; none for an mdev)
    public var hwptId: UInt64?
    /// the vIOMMU that checked it, if its address space has one
    public var viommu: String?
    public init(device: String? = nil, name: String? = nil, backend: VFIOContainerBackend? = nil, iommuType: IOMMUFDHWInfoType? = nil, awBits: UInt64? = nil, pageSizeMask: UInt64? = nil, capabilities: [IOMMUFDHWCapability]? = nil, maxPasidLog2: UInt64? = nil, vtd: IOMMUFDVTdInfo? = nil, aliased: Bool? = nil, hwptId: UInt64? = nil, viommu: String? = nil) {
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
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(device: o["device"].flatMap(String.client), name: o["name"].flatMap(String.client), backend: o["backend"].flatMap(VFIOContainerBackend.client), iommuType: o["iommu-type"].flatMap(IOMMUFDHWInfoType.client), awBits: o["aw-bits"].flatMap(UInt64.client), pageSizeMask: o["page-size-mask"].flatMap(UInt64.client), capabilities: o["capabilities"].flatMap([IOMMUFDHWCapability].client), maxPasidLog2: o["max-pasid-log2"].flatMap(UInt64.client), vtd: o["vtd"].flatMap(IOMMUFDVTdInfo.client), aliased: o["aliased"].flatMap(Bool.client), hwptId: o["hwpt-id"].flatMap(UInt64.client), viommu: o["viommu"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = device { o["device"] = v.clientJSON }
        if let v = name { o["name"] = v.clientJSON }
        if let v = backend { o["backend"] = v.clientJSON }
        if let v = iommuType { o["iommu-type"] = v.clientJSON }
        if let v = awBits { o["aw-bits"] = v.clientJSON }
        if let v = pageSizeMask { o["page-size-mask"] = v.clientJSON }
        if let v = capabilities { o["capabilities"] = v.clientJSON }
        if let v = maxPasidLog2 { o["max-pasid-log2"] = v.clientJSON }
        if let v = vtd { o["vtd"] = v.clientJSON }
        if let v = aliased { o["aliased"] = v.clientJSON }
        if let v = hwptId { o["hwpt-id"] = v.clientJSON }
        if let v = viommu { o["viommu"] = v.clientJSON }
        return .object(o)
    }
}

/// What `query-migrate` returns.
public struct MigrationInfo: ClientValue {
    /// why the machine cannot be migrated, one entry per blocker; absent when nothing blocks it.  A vIOMMU changed to suit a coldplugged device (a synced capability) blocks it, as does an assigned device behind a vIOMMU (QEMU's VFIO blocker).
    public var blockedReasons: [String]?
    public init(blockedReasons: [String]? = nil) {
        self.blockedReasons = blockedReasons
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(blockedReasons: o["blocked-reasons"].flatMap([String].client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = blockedReasons { o["blocked-reasons"] = v.clientJSON }
        return .object(o)
    }
}

/// Bytes a simulated device read.
public struct SimDMAReadInfo: ClientValue {
    /// the bytes, as lower-case hexadecimal
    public var data: String?
    public init(data: String? = nil) {
        self.data = data
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(data: o["data"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = data { o["data"] = v.clientJSON }
        return .object(o)
    }
}

/// Information about a trace event.
public struct TraceEventInfo: ClientValue {
    /// the event's name
    public var name: String?
    /// its state for the log backend
    public var state: TraceEventState?
    /// whether an LTTng session records it now (absent for unavailable events)
    public var ustEnabled: Bool?
    public init(name: String? = nil, state: TraceEventState? = nil, ustEnabled: Bool? = nil) {
        self.name = name
        self.state = state
        self.ustEnabled = ustEnabled
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(name: o["name"].flatMap(String.client), state: o["state"].flatMap(TraceEventState.client), ustEnabled: o["ust-enabled"].flatMap(Bool.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = name { o["name"] = v.clientJSON }
        if let v = state { o["state"] = v.clientJSON }
        if let v = ustEnabled { o["ust-enabled"] = v.clientJSON }
        return .object(o)
    }
}

public struct ShutdownData: ClientValue {
    public var guest: Bool?
    public var reason: ShutdownCause?
    public init(guest: Bool? = nil, reason: ShutdownCause? = nil) {
        self.guest = guest
        self.reason = reason
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(guest: o["guest"].flatMap(Bool.client), reason: o["reason"].flatMap(ShutdownCause.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = guest { o["guest"] = v.clientJSON }
        if let v = reason { o["reason"] = v.clientJSON }
        return .object(o)
    }
}

public struct DeviceDeletedData: ClientValue {
    public var device: String?
    public var path: String?
    public init(device: String? = nil, path: String? = nil) {
        self.device = device
        self.path = path
    }
    public static func client(_ json: JSONValue) -> Self? {
        guard case .object(let o) = json else { return nil }
        return Self(device: o["device"].flatMap(String.client), path: o["path"].flatMap(String.client))
    }
    public var clientJSON: JSONValue {
        var o = JSONObject()
        if let v = device { o["device"] = v.clientJSON }
        if let v = path { o["path"] = v.clientJSON }
        return .object(o)
    }
}

extension IommudClient {
    /// What the client knows of each command: its argument members (wire names).
    static let commandArguments: [String: [String]] = [
        "qmp_capabilities": ["enable"],
        "query-version": [],
        "query-commands": [],
        "quit": [],
        "query-qmp-schema": [],
        "query-status": [],
        "x-exit-preconfig": [],
        "query-state-journal": [],
        "x-oob-test": ["lock"],
        "getfd": ["fdname"],
        "closefd": ["fdname"],
        "add-fd": ["fdset-id", "opaque"],
        "remove-fd": ["fdset-id", "fd"],
        "query-fdsets": [],
        "qom-list": ["path"],
        "qom-get": ["path", "property"],
        "qom-set": ["path", "property", "value"],
        "qom-list-types": ["implements", "abstract"],
        "qom-list-properties": ["typename"],
        "object-add": ["qom-type", "id", "fd", "size", "share", "prealloc", "hugetlb", "hugetlbsize", "seal", "mem-path", "readonly"],
        "object-del": ["id"],
        "iommufd-ioas-alloc": ["iommufd"],
        "iommufd-destroy": ["iommufd", "id"],
        "iommufd-ioas-map": ["iommufd", "ioas-id", "memdev", "offset", "size", "iova", "readonly"],
        "iommufd-ioas-map-file": ["iommufd", "ioas-id", "memdev", "offset", "size", "iova", "readonly"],
        "iommufd-ioas-unmap": ["iommufd", "ioas-id", "iova", "size"],
        "iommufd-ioas-iova-ranges": ["iommufd", "ioas-id"],
        "query-iommufd": [],
        "iommufd-ioas-copy": ["iommufd", "src-ioas-id", "src-iova", "size", "dst-ioas-id", "dst-iova", "readonly"],
        "iommufd-ioas-allow-iovas": ["iommufd", "ioas-id", "ranges"],
        "iommufd-option": ["iommufd", "option", "ioas-id", "value"],
        "iommufd-hwpt-alloc": ["iommufd", "dev-id", "pt-id", "flags", "vtd-s1", "fault-id"],
        "iommufd-hwpt-set-dirty-tracking": ["iommufd", "hwpt-id", "enable"],
        "iommufd-hwpt-get-dirty-bitmap": ["iommufd", "hwpt-id", "iova", "size", "page-size", "no-clear", "fd"],
        "iommufd-hwpt-invalidate": ["iommufd", "hwpt-id", "vtd-s1"],
        "iommufd-get-hw-info": ["iommufd", "dev-id"],
        "query-vfio-host-devices": [],
        "vfio-device-bind": ["iommufd", "host", "sysfsdev", "fd"],
        "vfio-device-attach": ["iommufd", "dev-id", "pt-id"],
        "vfio-device-detach": ["iommufd", "dev-id"],
        "vfio-device-unbind": ["iommufd", "dev-id"],
        "vfio-device-get-info": ["iommufd", "dev-id"],
        "device_add": ["driver", "id", "host", "sysfsdev", "fd", "iommufd", "address-space", "vfio-user", "vfio-user-allow", "memdev", "addr", "aw-bits", "caching-mode", "x-scalable-mode", "x-flts", "fs1gp", "granule"],
        "device_del": ["id"],
        "query-vfio": [],
        "dirty-tracking-start": ["address-space"],
        "dirty-tracking-stop": ["address-space"],
        "query-dirty-bitmap": ["addr", "size", "fd", "address-space"],
        "query-host-iommu-devices": [],
        "vtd-device-attach-hwpt": ["device", "vtd-s1"],
        "vtd-device-detach-hwpt": ["device"],
        "vtd-device-reattach-def-hwpt": ["device"],
        "query-migrate": [],
        "x-sim-dma-write": ["device", "iova", "size", "fill"],
        "x-sim-dma-read": ["device", "iova", "size"],
        "x-sim-inject-fault": ["nth", "errno"],
        "x-sim-set-memlock-limit": ["bytes"],
        "x-sim-irq": ["device", "index", "vector"],
        "trace-event-get-state": ["name"],
        "trace-event-set-state": ["name", "enable", "ignore-unavailable"],
    ]

    /// Leave capabilities negotiation mode and enable the listed
    /// capabilities.  Until this command succeeds every other command
    /// fails with CommandNotFound and no events are delivered.
    public func qmpCapabilities(enable: [QMPCapability]? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        if let v = enable { a["enable"] = v.clientJSON }
        _ = try await call("qmp_capabilities", a)
    }

    /// Return the version of iommud.
    public func queryVersion() async throws(IommudClientError) -> VersionInfo? {
        let a = JSONObject()
        let result = try await call("query-version", a)
        return VersionInfo.client(result)
    }

    /// List the commands this monitor accepts now.  Before negotiation it
    /// is only reachable as an error (every command but
    /// `qmp_capabilities` is); afterwards it lists every command of the
    /// schema.
    public func queryCommands() async throws(IommudClientError) -> [CommandInfo] {
        let a = JSONObject()
        let result = try await call("query-commands", a)
        return [CommandInfo].client(result) ?? []
    }

    /// Ask iommud to exit.  The reply is sent before the daemon stops
    /// (best effort: clients must also accept the connection closing), and
    /// a `SHUTDOWN` event goes to every connected client.
    public func quit() async throws(IommudClientError) {
        let a = JSONObject()
        _ = try await call("quit", a)
    }

    /// Describe the commands, events and types of this daemon.
    public func queryQmpSchema() async throws(IommudClientError) -> [SchemaInfo] {
        let a = JSONObject()
        let result = try await call("query-qmp-schema", a)
        return [SchemaInfo].client(result) ?? []
    }

    /// The machine's phase, as QEMU reports its run state.
    public func queryStatus() async throws(IommudClientError) -> StatusInfo? {
        let a = JSONObject()
        let result = try await call("query-status", a)
        return StatusInfo.client(result)
    }

    /// End the preconfig phase (``iommud --preconfig``): every device added
    /// from now on is hotplugged, and every vIOMMU is frozen (virtio-iommu
    /// fixes its granule).
    public func xExitPreconfig() async throws(IommudClientError) {
        let a = JSONObject()
        _ = try await call("x-exit-preconfig", a)
    }

    /// What the state journal restored at start: how many changes were made
    /// again, which could not be and why, and which kernel ids changed.
    public func queryStateJournal() async throws(IommudClientError) -> StateJournalInfo? {
        let a = JSONObject()
        let result = try await call("query-state-journal", a)
        return StateJournalInfo.client(result)
    }

    /// Hold or release this client's in-band queue, so that tests can show
    /// out-of-band commands overtaking queued in-band ones.  Sent in band
    /// with `lock` true, the queue stops after this command, and its own
    /// reply is withheld, until the same client sends the command with
    /// `lock` false (normally with ``exec-oob``); then the releasing reply
    /// comes first, followed by the held reply and the queued ones in
    /// order.  A client can queue at most 8 in-band requests; after that
    /// iommud stops reading from it until the queue drains.
    public func xOobTest(lock: Bool) async throws(IommudClientError) {
        var a = JSONObject()
        a["lock"] = lock.clientJSON
        _ = try await call("x-oob-test", a)
    }

    /// Take the descriptor the client just sent and keep it under a name,
    /// for a later command (for example an ``iommufd`` object's ``fd``
    /// property) to consume.  If the name is taken, the old descriptor is
    /// closed.  Names belong to the listener the client connected to, as a
    /// QEMU monitor's do.
    public func getfd(fd: Int32, fdname: String) async throws(IommudClientError) {
        var a = JSONObject()
        a["fdname"] = fdname.clientJSON
        _ = try await call("getfd", a, fd: fd)
    }

    /// Close a descriptor kept by `getfd`.
    public func closefd(fdname: String) async throws(IommudClientError) {
        var a = JSONObject()
        a["fdname"] = fdname.clientJSON
        _ = try await call("closefd", a)
    }

    /// Add the descriptor the client just sent to an fd set.
    public func addFd(fd: Int32, fdsetId: Int64? = nil, opaque: String? = nil) async throws(IommudClientError) -> AddfdInfo? {
        var a = JSONObject()
        if let v = fdsetId { a["fdset-id"] = v.clientJSON }
        if let v = opaque { a["opaque"] = v.clientJSON }
        let result = try await call("add-fd", a, fd: fd)
        return AddfdInfo.client(result)
    }

    /// Close one descriptor of an fd set, or all of them.  A set without
    /// descriptors disappears.
    public func removeFd(fdsetId: Int64, fd: Int64? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        a["fdset-id"] = fdsetId.clientJSON
        if let v = fd { a["fd"] = v.clientJSON }
        _ = try await call("remove-fd", a)
    }

    /// List the fd sets.
    public func queryFdsets() async throws(IommudClientError) -> [FdsetInfo] {
        let a = JSONObject()
        let result = try await call("query-fdsets", a)
        return [FdsetInfo].client(result) ?? []
    }

    /// List the properties of the object at `path`, children included.
    public func qomList(path: String) async throws(IommudClientError) -> [ObjectPropertyInfo] {
        var a = JSONObject()
        a["path"] = path.clientJSON
        let result = try await call("qom-list", a)
        return [ObjectPropertyInfo].client(result) ?? []
    }

    /// Read a property.
    public func qomGet(path: String, property: String) async throws(IommudClientError) -> JSONValue {
        var a = JSONObject()
        a["path"] = path.clientJSON
        a["property"] = property.clientJSON
        let result = try await call("qom-get", a)
        return result
    }

    /// Write a property.
    public func qomSet(path: String, property: String, value: JSONValue) async throws(IommudClientError) {
        var a = JSONObject()
        a["path"] = path.clientJSON
        a["property"] = property.clientJSON
        a["value"] = value.clientJSON
        _ = try await call("qom-set", a)
    }

    /// List object types.
    public func qomListTypes(implements: String? = nil, abstract: Bool? = nil) async throws(IommudClientError) -> [ObjectTypeInfo] {
        var a = JSONObject()
        if let v = implements { a["implements"] = v.clientJSON }
        if let v = abstract { a["abstract"] = v.clientJSON }
        let result = try await call("qom-list-types", a)
        return [ObjectTypeInfo].client(result) ?? []
    }

    /// List the properties objects of a type have.
    public func qomListProperties(typename: String) async throws(IommudClientError) -> [ObjectPropertyInfo] {
        var a = JSONObject()
        a["typename"] = typename.clientJSON
        let result = try await call("qom-list-properties", a)
        return [ObjectPropertyInfo].client(result) ?? []
    }

    /// Create an object at /objects/<id>.
    public func objectAdd(qomType: ObjectType, id: String, properties: [String: JSONValue] = [:]) async throws(IommudClientError) {
        var a = JSONObject()
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) { a[key] = value }
        a["qom-type"] = qomType.clientJSON
        a["id"] = id.clientJSON
        _ = try await call("object-add", a)
    }

    /// Delete an object created with `object-add`.  An iommufd object that
    /// still has an IOAS, HWPT or bound device, or a memory backend that
    /// still has DMA mappings, is in use and cannot be deleted: deleting
    /// an object never silently tears down DMA mappings.
    public func objectDel(id: String) async throws(IommudClientError) {
        var a = JSONObject()
        a["id"] = id.clientJSON
        _ = try await call("object-del", a)
    }

    /// Create an I/O address space (IOMMU_IOAS_ALLOC).  The iommufd object
    /// opens /dev/iommu first if it has not yet.
    public func iommufdIoasAlloc(iommufd: String) async throws(IommudClientError) -> IOMMUFDIOASInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        let result = try await call("iommufd-ioas-alloc", a)
        return IOMMUFDIOASInfo.client(result)
    }

    /// Destroy a kernel object (IOMMU_DESTROY).  An IOAS is destroyed with
    /// whatever it still maps.
    public func iommufdDestroy(iommufd: String, id: UInt64) async throws(IommudClientError) {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["id"] = id.clientJSON
        _ = try await call("iommufd-destroy", a)
    }

    /// Map memory of a memory backend into an IOAS (IOMMU_IOAS_MAP), for
    /// DMA reads and (unless `readonly`) writes.
    public func iommufdIoasMap(iommufd: String, ioasId: UInt64, memdev: String, size: UInt64, offset: UInt64? = nil, iova: UInt64? = nil, readonly: Bool? = nil) async throws(IommudClientError) -> IOMMUFDMapInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["ioas-id"] = ioasId.clientJSON
        a["memdev"] = memdev.clientJSON
        if let v = offset { a["offset"] = v.clientJSON }
        a["size"] = size.clientJSON
        if let v = iova { a["iova"] = v.clientJSON }
        if let v = readonly { a["readonly"] = v.clientJSON }
        let result = try await call("iommufd-ioas-map", a)
        return IOMMUFDMapInfo.client(result)
    }

    /// Map memory of a memory backend into an IOAS through its file
    /// (IOMMU_IOAS_MAP_FILE, Linux 6.13 and later): the kernel pins the
    /// pages through the memfd or file, not through iommud's address
    /// space, which is what QEMU does for file-backed guest RAM.  Same
    /// arguments and result as iommufd-ioas-map.
    public func iommufdIoasMapFile(iommufd: String, ioasId: UInt64, memdev: String, size: UInt64, offset: UInt64? = nil, iova: UInt64? = nil, readonly: Bool? = nil) async throws(IommudClientError) -> IOMMUFDMapInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["ioas-id"] = ioasId.clientJSON
        a["memdev"] = memdev.clientJSON
        if let v = offset { a["offset"] = v.clientJSON }
        a["size"] = size.clientJSON
        if let v = iova { a["iova"] = v.clientJSON }
        if let v = readonly { a["readonly"] = v.clientJSON }
        let result = try await call("iommufd-ioas-map-file", a)
        return IOMMUFDMapInfo.client(result)
    }

    /// Unmap every mapping that lies entirely inside a range
    /// (IOMMU_IOAS_UNMAP); without `iova` and `size`, everything.  A range
    /// that would split a mapping is refused (ENOENT from the kernel
    /// there means "not whole mappings"; it is counted as "nonexistent"
    /// only when nothing at all is mapped in the range).
    public func iommufdIoasUnmap(iommufd: String, ioasId: UInt64, iova: UInt64? = nil, size: UInt64? = nil) async throws(IommudClientError) -> IOMMUFDUnmapInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["ioas-id"] = ioasId.clientJSON
        if let v = iova { a["iova"] = v.clientJSON }
        if let v = size { a["size"] = v.clientJSON }
        let result = try await call("iommufd-ioas-unmap", a)
        return IOMMUFDUnmapInfo.client(result)
    }

    /// Report the IOVA ranges an IOAS can map (IOMMU_IOAS_IOVA_RANGES):
    /// what every attached IOMMU accepts, minus reserved regions.
    public func iommufdIoasIovaRanges(iommufd: String, ioasId: UInt64) async throws(IommudClientError) -> IOMMUFDIOVARanges? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["ioas-id"] = ioasId.clientJSON
        let result = try await call("iommufd-ioas-iova-ranges", a)
        return IOMMUFDIOVARanges.client(result)
    }

    /// Describe every iommufd object and what was made through it.
    public func queryIommufd() async throws(IommudClientError) -> [IOMMUFDObjectDetails] {
        let a = JSONObject()
        let result = try await call("query-iommufd", a)
        return [IOMMUFDObjectDetails].client(result) ?? []
    }

    /// Map into `dst-ioas-id` the same memory that is mapped in
    /// `src-ioas-id` at `src-iova` (IOMMU_IOAS_COPY); the source range must
    /// be fully mapped.
    public func iommufdIoasCopy(iommufd: String, srcIoasId: UInt64, srcIova: UInt64, size: UInt64, dstIoasId: UInt64, dstIova: UInt64? = nil, readonly: Bool? = nil) async throws(IommudClientError) -> IOMMUFDMapInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["src-ioas-id"] = srcIoasId.clientJSON
        a["src-iova"] = srcIova.clientJSON
        a["size"] = size.clientJSON
        a["dst-ioas-id"] = dstIoasId.clientJSON
        if let v = dstIova { a["dst-iova"] = v.clientJSON }
        if let v = readonly { a["readonly"] = v.clientJSON }
        let result = try await call("iommufd-ioas-copy", a)
        return IOMMUFDMapInfo.client(result)
    }

    /// Restrict where the kernel may place automatically chosen IOVAs in an
    /// IOAS (IOMMU_IOAS_ALLOW_IOVAS).  An empty list removes the
    /// restriction.
    public func iommufdIoasAllowIovas(iommufd: String, ioasId: UInt64, ranges: [IOVARange]) async throws(IommudClientError) {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["ioas-id"] = ioasId.clientJSON
        a["ranges"] = ranges.clientJSON
        _ = try await call("iommufd-ioas-allow-iovas", a)
    }

    /// Read or change an option (IOMMU_OPTION).
    public func iommufdOption(iommufd: String, option: IOMMUFDOptionName, ioasId: UInt64? = nil, value: UInt64? = nil) async throws(IommudClientError) -> IOMMUFDOptionValue? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["option"] = option.clientJSON
        if let v = ioasId { a["ioas-id"] = v.clientJSON }
        if let v = value { a["value"] = v.clientJSON }
        let result = try await call("iommufd-option", a)
        return IOMMUFDOptionValue.client(result)
    }

    /// Allocate a hardware page table for a bound device
    /// (IOMMU_HWPT_ALLOC).  A paging HWPT takes an IOAS as `pt-id` and
    /// mirrors its mappings; a nested HWPT takes a nest-parent HWPT as
    /// `pt-id` and the guest's stage-1 table as `vtd-s1`.  The HWPT is not
    /// attached to anything: use vfio-device-attach.
    public func iommufdHwptAlloc(iommufd: String, devId: UInt64, ptId: UInt64, flags: [IOMMUFDHWPTAllocFlag]? = nil, vtdS1: IOMMUFDVTdS1Data? = nil, faultId: UInt64? = nil) async throws(IommudClientError) -> IOMMUFDHWPTInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["dev-id"] = devId.clientJSON
        a["pt-id"] = ptId.clientJSON
        if let v = flags { a["flags"] = v.clientJSON }
        if let v = vtdS1 { a["vtd-s1"] = v.clientJSON }
        if let v = faultId { a["fault-id"] = v.clientJSON }
        let result = try await call("iommufd-hwpt-alloc", a)
        return IOMMUFDHWPTInfo.client(result)
    }

    /// Start or stop dirty tracking on a HWPT allocated with
    /// dirty-tracking (IOMMU_HWPT_SET_DIRTY_TRACKING).  Starting clears
    /// what was recorded before.
    public func iommufdHwptSetDirtyTracking(iommufd: String, hwptId: UInt64, enable: Bool) async throws(IommudClientError) {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["hwpt-id"] = hwptId.clientJSON
        a["enable"] = enable.clientJSON
        _ = try await call("iommufd-hwpt-set-dirty-tracking", a)
    }

    /// Read (and unless `no-clear`, clear) the dirty bits of an IOVA range
    /// of a HWPT (IOMMU_HWPT_GET_DIRTY_BITMAP).  Small bitmaps come back as
    /// dirty ranges; for large ones pass a descriptor (a memfd) with
    /// getfd and name it in `fd`: the raw bitmap is written at its offset
    /// 0 and the reply carries only counts.
    public func iommufdHwptGetDirtyBitmap(iommufd: String, hwptId: UInt64, iova: UInt64, size: UInt64, pageSize: UInt64? = nil, noClear: Bool? = nil, fd: String? = nil) async throws(IommudClientError) -> IOMMUFDDirtyBitmap? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["hwpt-id"] = hwptId.clientJSON
        a["iova"] = iova.clientJSON
        a["size"] = size.clientJSON
        if let v = pageSize { a["page-size"] = v.clientJSON }
        if let v = noClear { a["no-clear"] = v.clientJSON }
        if let v = fd { a["fd"] = v.clientJSON }
        let result = try await call("iommufd-hwpt-get-dirty-bitmap", a)
        return IOMMUFDDirtyBitmap.client(result)
    }

    /// Invalidate the IOTLB of a nested VT-d HWPT after the guest changed
    /// its stage-1 table (IOMMU_HWPT_INVALIDATE).  Entries are processed
    /// in order; on failure the error says which one.
    public func iommufdHwptInvalidate(iommufd: String, hwptId: UInt64, vtdS1: [IOMMUFDVTdS1Invalidation]) async throws(IommudClientError) -> IOMMUFDInvalidateInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["hwpt-id"] = hwptId.clientJSON
        a["vtd-s1"] = vtdS1.clientJSON
        let result = try await call("iommufd-hwpt-invalidate", a)
        return IOMMUFDInvalidateInfo.client(result)
    }

    /// Report the IOMMU behind a bound device (IOMMU_GET_HW_INFO).
    public func iommufdGetHwInfo(iommufd: String, devId: UInt64) async throws(IommudClientError) -> IOMMUFDHWInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["dev-id"] = devId.clientJSON
        let result = try await call("iommufd-get-hw-info", a)
        return IOMMUFDHWInfo.client(result)
    }

    /// List the devices that can be bound: on the host kernel those
    /// under /sys/bus/pci/devices and /sys/bus/mdev/devices that have a
    /// VFIO cdev (verified by major:minor, as QEMU does); on the
    /// simulated kernel those of its topology.
    public func queryVfioHostDevices() async throws(IommudClientError) -> [VFIOHostDeviceInfo] {
        let a = JSONObject()
        let result = try await call("query-vfio-host-devices", a)
        return [VFIOHostDeviceInfo].client(result) ?? []
    }

    /// Open a device's VFIO cdev and bind it to an iommufd object
    /// (VFIO_DEVICE_BIND_IOMMUFD).  Name the device in exactly one way:
    /// `host`, `sysfsdev` or `fd`.  The iommufd object opens /dev/iommu first
    /// if it has not yet.  DMA stays blocked until vfio-device-attach.
    public func vfioDeviceBind(iommufd: String, host: String? = nil, sysfsdev: String? = nil, fd: String? = nil) async throws(IommudClientError) -> VFIODeviceBindInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        if let v = host { a["host"] = v.clientJSON }
        if let v = sysfsdev { a["sysfsdev"] = v.clientJSON }
        if let v = fd { a["fd"] = v.clientJSON }
        let result = try await call("vfio-device-bind", a)
        return VFIODeviceBindInfo.client(result)
    }

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
    public func vfioDeviceAttach(iommufd: String, devId: UInt64, ptId: UInt64) async throws(IommudClientError) -> VFIODeviceAttachInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["dev-id"] = devId.clientJSON
        a["pt-id"] = ptId.clientJSON
        let result = try await call("vfio-device-attach", a)
        return VFIODeviceAttachInfo.client(result)
    }

    /// Detach a device (VFIO_DEVICE_DETACH_IOMMUFD_PT): its DMA is blocked
    /// again.  An auto-domain HWPT that no device uses any more is
    /// destroyed, as QEMU does.
    public func vfioDeviceDetach(iommufd: String, devId: UInt64) async throws(IommudClientError) {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["dev-id"] = devId.clientJSON
        _ = try await call("vfio-device-detach", a)
    }

    /// Unbind a device by closing its VFIO cdev descriptor (VFIO cdevs
    /// have no unbind ioctl).  An attached device is detached first, as
    /// with vfio-device-detach.
    public func vfioDeviceUnbind(iommufd: String, devId: UInt64) async throws(IommudClientError) {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["dev-id"] = devId.clientJSON
        _ = try await call("vfio-device-unbind", a)
    }

    /// Describe a bound device (VFIO_DEVICE_GET_INFO).
    public func vfioDeviceGetInfo(iommufd: String, devId: UInt64) async throws(IommudClientError) -> VFIODeviceInfo? {
        var a = JSONObject()
        a["iommufd"] = iommufd.clientJSON
        a["dev-id"] = devId.clientJSON
        let result = try await call("vfio-device-get-info", a)
        return VFIODeviceInfo.client(result)
    }

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
    public func deviceAdd(driver: DeviceDriver, id: String, properties: [String: JSONValue] = [:]) async throws(IommudClientError) {
        var a = JSONObject()
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) { a[key] = value }
        a["driver"] = driver.clientJSON
        a["id"] = id.clientJSON
        _ = try await call("device_add", a)
    }

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
    public func deviceDel(id: String) async throws(IommudClientError) {
        var a = JSONObject()
        a["id"] = id.clientJSON
        _ = try await call("device_del", a)
    }

    /// List the VFIO containers.
    public func queryVfio() async throws(IommudClientError) -> [VFIOContainerInfo] {
        let a = JSONObject()
        let result = try await call("query-vfio", a)
        return [VFIOContainerInfo].client(result) ?? []
    }

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
    public func dirtyTrackingStart(addressSpace: String? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        if let v = addressSpace { a["address-space"] = v.clientJSON }
        _ = try await call("dirty-tracking-start", a)
    }

    /// Stop dirty tracking in every VFIO container of the address space,
    /// all or nothing.  Stopping when it is not running is a no-op.
    public func dirtyTrackingStop(addressSpace: String? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        if let v = addressSpace { a["address-space"] = v.clientJSON }
        _ = try await call("dirty-tracking-stop", a)
    }

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
    public func queryDirtyBitmap(addr: UInt64, size: UInt64, fd: String? = nil, addressSpace: String? = nil) async throws(IommudClientError) -> IOMMUFDDirtyBitmap? {
        var a = JSONObject()
        a["addr"] = addr.clientJSON
        a["size"] = size.clientJSON
        if let v = fd { a["fd"] = v.clientJSON }
        if let v = addressSpace { a["address-space"] = v.clientJSON }
        let result = try await call("query-dirty-bitmap", a)
        return IOMMUFDDirtyBitmap.client(result)
    }

    /// The host IOMMU devices of the assigned devices (every ``vfio-pci``
    /// device but an mdev, which has none).
    public func queryHostIommuDevices() async throws(IommudClientError) -> [HostIOMMUDeviceInfo] {
        let a = JSONObject()
        let result = try await call("query-host-iommu-devices", a)
        return [HostIOMMUDeviceInfo].client(result) ?? []
    }

    /// Point a device behind an ``intel-iommu`` with ``x-flts=on`` at what
    /// its guest's PASID entry says, as QEMU's accelerated VT-d does: with
    /// `vtd-s1` (a first-stage PGTT), a nested HWPT holding the guest's
    /// stage-1 table is allocated on the device's nest-parent HWPT
    /// (IOMMU_HWPT_DATA_VTD_S1) and the device attached to it; without it
    /// (pass-through PGTT), the device is attached to the nest parent
    /// itself.  A stage-1 HWPT the device had before is destroyed once the
    /// new one is attached.  Traced as QEMU's ``vtd_device_attach_hwpt``.
    public func vtdDeviceAttachHwpt(device: String, vtdS1: IOMMUFDVTdS1Data? = nil) async throws(IommudClientError) -> IOMMUFDHWPTInfo? {
        var a = JSONObject()
        a["device"] = device.clientJSON
        if let v = vtdS1 { a["vtd-s1"] = v.clientJSON }
        let result = try await call("vtd-device-attach-hwpt", a)
        return IOMMUFDHWPTInfo.client(result)
    }

    /// Detach a device behind an ``intel-iommu`` with ``x-flts=on`` from
    /// whatever it is attached to (VFIO_DEVICE_DETACH_IOMMUFD_PT): its DMA
    /// is blocked, as when the guest disables its PASID entry.  A stage-1
    /// HWPT it had is destroyed.  Traced as QEMU's
    /// ``vtd_device_detach_hwpt``.
    public func vtdDeviceDetachHwpt(device: String) async throws(IommudClientError) {
        var a = JSONObject()
        a["device"] = device.clientJSON
        _ = try await call("vtd-device-detach-hwpt", a)
    }

    /// Attach a device behind an ``intel-iommu`` with ``x-flts=on`` to its
    /// default HWPT again (the nest parent it got when added), as when the
    /// guest disables DMA remapping.  A stage-1 HWPT it had is destroyed.
    /// Traced as QEMU's ``vtd_device_reattach_def_hwpt``.
    public func vtdDeviceReattachDefHwpt(device: String) async throws(IommudClientError) {
        var a = JSONObject()
        a["device"] = device.clientJSON
        _ = try await call("vtd-device-reattach-def-hwpt", a)
    }

    /// What blocks migration of the machine.
    public func queryMigrate() async throws(IommudClientError) -> MigrationInfo? {
        let a = JSONObject()
        let result = try await call("query-migrate", a)
        return MigrationInfo.client(result)
    }

    /// Play a device writing by DMA: `size` bytes of `fill` at `iova`, through
    /// the HWPT (or for an mdev the IOAS) it is attached to.  The bytes
    /// land in the mapped memory, and with dirty tracking running every IO
    /// page written becomes dirty.  All or nothing.
    public func xSimDmaWrite(device: String, iova: UInt64, size: UInt64, fill: UInt64? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        a["device"] = device.clientJSON
        a["iova"] = iova.clientJSON
        a["size"] = size.clientJSON
        if let v = fill { a["fill"] = v.clientJSON }
        _ = try await call("x-sim-dma-write", a)
    }

    /// Play a device reading by DMA: `size` bytes (at most 65536) at `iova`.
    public func xSimDmaRead(device: String, iova: UInt64, size: UInt64) async throws(IommudClientError) -> SimDMAReadInfo? {
        var a = JSONObject()
        a["device"] = device.clientJSON
        a["iova"] = iova.clientJSON
        a["size"] = size.clientJSON
        let result = try await call("x-sim-dma-read", a)
        return SimDMAReadInfo.client(result)
    }

    /// Make the `nth` call from now (1: the next one) fail with `errno`
    /// without doing anything, as the kernel's fail_nth fault injection
    /// does.  Counted are the kernel calls (opens and ioctls) and the
    /// system calls iommud makes beside them (memfd_create, open, fstat,
    /// fcntl, ftruncate, mmap, read; the state journal's pwrite and fsync;
    /// the fd store's socket and sendmsg; never close, munmap or the
    /// connect of a probe).  Lets a tool check that it copes with a
    /// failing kernel or system; every iommud
    /// command rolls back what it did.  A new injection replaces a pending
    /// one; `nth` 0 cancels.
    public func xSimInjectFault(nth: UInt64, errno: String? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        a["nth"] = nth.clientJSON
        if let v = errno { a["errno"] = v.clientJSON }
        _ = try await call("x-sim-inject-fault", a)
    }

    /// Give the simulated process an RLIMIT_MEMLOCK of `bytes` without
    /// CAP_IPC_LOCK, or take the limit away (no `bytes`: the default, a
    /// process with CAP_IPC_LOCK).  Pinned pages are then charged as Linux
    /// charges them: iommufd mappings made from now on to the user (or to
    /// the process when its iommufd is in RLIMIT_MODE 1), VFIO type1
    /// mappings to the process; a pin beyond the limit fails with ENOMEM.
    /// Lets a tool see the error a VFIO user meets most.
    public func xSimSetMemlockLimit(bytes: UInt64? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        if let v = bytes { a["bytes"] = v.clientJSON }
        _ = try await call("x-sim-set-memlock-limit", a)
    }

    /// Play a device raising an interrupt: the eventfd its user set with
    /// VFIO_DEVICE_SET_IRQS for `vector` of `index` is signalled, as the
    /// kernel's vfio-pci signals it.  INTx is level-triggered and
    /// automasked: while masked it stays pending (its status bit set in
    /// config space) and is delivered when the user unmasks it.
    public func xSimIrq(device: String, index: SimIRQIndex, vector: UInt64? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        a["device"] = device.clientJSON
        a["index"] = index.clientJSON
        if let v = vector { a["vector"] = v.clientJSON }
        _ = try await call("x-sim-irq", a)
    }

    /// Query the state of events.
    public func traceEventGetState(name: String) async throws(IommudClientError) -> [TraceEventInfo] {
        var a = JSONObject()
        a["name"] = name.clientJSON
        let result = try await call("trace-event-get-state", a)
        return [TraceEventInfo].client(result) ?? []
    }

    /// Enable or disable events for the log backend.  (LTTng recording is
    /// controlled by the lttng session, as in QEMU.)
    public func traceEventSetState(name: String, enable: Bool, ignoreUnavailable: Bool? = nil) async throws(IommudClientError) {
        var a = JSONObject()
        a["name"] = name.clientJSON
        a["enable"] = enable.clientJSON
        if let v = ignoreUnavailable { a["ignore-unavailable"] = v.clientJSON }
        _ = try await call("trace-event-set-state", a)
    }
}

extension IommudEvent {
    /// The data of SHUTDOWN, when this is one.
    public var shutdown: ShutdownData? { name == "SHUTDOWN" ? ShutdownData.client(data) : nil }
    /// The data of DEVICE_DELETED, when this is one.
    public var deviceDeleted: DeviceDeletedData? { name == "DEVICE_DELETED" ? DeviceDeletedData.client(data) : nil }
}
