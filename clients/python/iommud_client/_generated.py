# Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.
"""The schema as Python: dataclasses, enum constants, the type table
and IommudClient's methods. Written by qapi-gen; edit the schema."""
from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, Optional

from ._runtime import ClientBase, Types

class QMPCapability:
    """Protocol capabilities a client can enable with qmp_capabilities."""
    OOB = "oob"
    VALUES = ("oob",)


class SchemaMetaType:
    """The kind of a schema entity."""
    BUILTIN = "builtin"
    ENUM = "enum"
    ARRAY = "array"
    OBJECT = "object"
    ALTERNATE = "alternate"
    COMMAND = "command"
    EVENT = "event"
    VALUES = ("builtin", "enum", "array", "object", "alternate", "command", "event")


class JSONType:
    """The JSON types a value can take on the wire."""
    STRING = "string"
    NUMBER = "number"
    INT = "int"
    BOOLEAN = "boolean"
    NULL = "null"
    OBJECT = "object"
    ARRAY = "array"
    VALUE = "value"
    VALUES = ("string", "number", "int", "boolean", "null", "object", "array", "value")


class ShutdownCause:
    """Why iommud is shutting down."""
    HOST_QMP_QUIT = "host-qmp-quit"
    HOST_SIGNAL = "host-signal"
    VALUES = ("host-qmp-quit", "host-signal")


class RunState:
    """The machine's phase, with QEMU's names for the two iommud has."""
    PRELAUNCH = "prelaunch"
    RUNNING = "running"
    VALUES = ("prelaunch", "running")


class ObjectType:
    """The types object-add can create."""
    IOMMUFD = "iommufd"
    MEMORY_BACKEND_MEMFD = "memory-backend-memfd"
    MEMORY_BACKEND_FILE = "memory-backend-file"
    VALUES = ("iommufd", "memory-backend-memfd", "memory-backend-file")


class IOMMUFDOptionName:
    """Options of IOMMU_OPTION."""
    RLIMIT_MODE = "rlimit-mode"
    HUGE_PAGES = "huge-pages"
    VALUES = ("rlimit-mode", "huge-pages")


class IOMMUFDHWPTAllocFlag:
    """Flags of IOMMU_HWPT_ALLOC."""
    NEST_PARENT = "nest-parent"
    DIRTY_TRACKING = "dirty-tracking"
    PASID = "pasid"
    VALUES = ("nest-parent", "dirty-tracking", "pasid")


class IOMMUFDVTdS1Flag:
    """Flags of a VT-d stage-1 page table (struct iommu_hwpt_vtd_s1)."""
    SRE = "sre"
    EAFE = "eafe"
    WPE = "wpe"
    VALUES = ("sre", "eafe", "wpe")


class IOMMUFDHWInfoType:
    """Which vendor data IOMMU_GET_HW_INFO returned."""
    NONE = "none"
    INTEL_VTD = "intel-vtd"
    ARM_SMMUV3 = "arm-smmuv3"
    SELFTEST = "selftest"
    UNKNOWN = "unknown"
    VALUES = ("none", "intel-vtd", "arm-smmuv3", "selftest", "unknown")


class IOMMUFDHWCapability:
    """Capabilities IOMMU_GET_HW_INFO reports (out_capabilities)."""
    DIRTY_TRACKING = "dirty-tracking"
    PASID_EXEC = "pasid-exec"
    PASID_PRIV = "pasid-priv"
    VALUES = ("dirty-tracking", "pasid-exec", "pasid-priv")


class VFIODeviceFlag:
    """VFIO_DEVICE_GET_INFO flags."""
    RESET = "reset"
    PCI = "pci"
    CAPS = "caps"
    VALUES = ("reset", "pci", "caps")


class DeviceDriver:
    """The devices device_add can create."""
    VFIO_PCI = "vfio-pci"
    PC_DIMM = "pc-dimm"
    INTEL_IOMMU = "intel-iommu"
    VIRTIO_IOMMU_PCI = "virtio-iommu-pci"
    VALUES = ("vfio-pci", "pc-dimm", "intel-iommu", "virtio-iommu-pci")


class VFIOContainerBackend:
    """How a container reaches the IOMMU."""
    IOMMUFD = "iommufd"
    LEGACY = "legacy"
    VALUES = ("iommufd", "legacy")


class VFIOLockedMemoryAccount:
    """Whose locked memory (RLIMIT_MEMLOCK) a container's pinned pages count against.  An unprivileged VFIO user's most common failure is a mapping refused with ENOMEM because this account is full."""
    USER = "user"
    PROCESS = "process"
    NONE = "none"
    VALUES = ("user", "process", "none")


class VirtioIOMMUGranule:
    """The smallest page a virtio-iommu-pci maps, as QEMU's granule property."""
    _4K = "4k"
    _8K = "8k"
    _16K = "16k"
    _64K = "64k"
    HOST = "host"
    VALUES = ("4k", "8k", "16k", "64k", "host")


class SimIRQIndex:
    """A vfio-pci interrupt index."""
    INTX = "intx"
    MSI = "msi"
    MSIX = "msix"
    ERR = "err"
    REQ = "req"
    VALUES = ("intx", "msi", "msix", "err", "req")


class TraceEventState:
    """State of a trace event for the log backend."""
    UNAVAILABLE = "unavailable"
    DISABLED = "disabled"
    ENABLED = "enabled"
    VALUES = ("unavailable", "disabled", "enabled")


@dataclasses.dataclass
class VersionTriple:
    """A three-part version number."""
    major: Optional[int] = None
    minor: Optional[int] = None
    micro: Optional[int] = None


@dataclasses.dataclass
class VersionInfo:
    """The version of the daemon.  The shape is QEMU's, so clients that read qemu.major (qmp-shell's banner, go-qemu) work unchanged."""
    qemu: Optional[VersionTriple] = None
    package: Optional[str] = None


@dataclasses.dataclass
class CommandInfo:
    """Information about one command."""
    name: Optional[str] = None


@dataclasses.dataclass
class SchemaInfo:
    """One schema entity."""
    name: Optional[str] = None
    meta_type: Optional[str] = None
    features: Optional[List[str]] = None
    #: The members of the branch its tag selects, as that branch's dataclass.
    variant: Any = None


@dataclasses.dataclass
class SchemaInfoBuiltin:
    """Additional information for a built-in type."""
    json_type: Optional[str] = None


@dataclasses.dataclass
class SchemaInfoEnum:
    """Additional information for an enumeration."""
    members: Optional[List[SchemaInfoEnumMember]] = None
    values: Optional[List[str]] = None


@dataclasses.dataclass
class SchemaInfoEnumMember:
    """One value of an enumeration."""
    name: Optional[str] = None
    features: Optional[List[str]] = None


@dataclasses.dataclass
class SchemaInfoArray:
    """Additional information for an array type."""
    element_type: Optional[str] = None


@dataclasses.dataclass
class SchemaInfoObject:
    """Additional information for an object type."""
    members: Optional[List[SchemaInfoObjectMember]] = None
    tag: Optional[str] = None
    variants: Optional[List[SchemaInfoObjectVariant]] = None


@dataclasses.dataclass
class SchemaInfoObjectMember:
    """One member of an object type."""
    name: Optional[str] = None
    type: Optional[str] = None
    default: Optional[Any] = None
    features: Optional[List[str]] = None


@dataclasses.dataclass
class SchemaInfoObjectVariant:
    """One branch of a union."""
    case: Optional[str] = None
    type: Optional[str] = None


@dataclasses.dataclass
class SchemaInfoAlternate:
    """Additional information for an alternate type."""
    members: Optional[List[SchemaInfoAlternateMember]] = None


@dataclasses.dataclass
class SchemaInfoAlternateMember:
    """One alternative of an alternate type."""
    type: Optional[str] = None


@dataclasses.dataclass
class SchemaInfoCommand:
    """Additional information for a command."""
    arg_type: Optional[str] = None
    ret_type: Optional[str] = None
    allow_oob: Optional[bool] = None


@dataclasses.dataclass
class SchemaInfoEvent:
    """Additional information for an event."""
    arg_type: Optional[str] = None


@dataclasses.dataclass
class StatusInfo:
    """What query-status returns."""
    running: Optional[bool] = None
    status: Optional[str] = None


@dataclasses.dataclass
class StateJournalIdChange:
    """A kernel object id that a change in the state journal returned when it was made and the id the same object got when the change was made again at start (a restart without the kernel objects: another history, a device gone, another kernel).  Later changes of the journal that name the old id are made with the new one."""
    iommufd: Optional[str] = None
    member: Optional[str] = None
    record: Optional[int] = None
    recorded: Optional[int] = None
    restored: Optional[int] = None


@dataclasses.dataclass
class StateJournalFailure:
    """A change of the state journal that could not be made again at start."""
    record: Optional[int] = None
    execute: Optional[str] = None
    desc: Optional[str] = None


@dataclasses.dataclass
class StateJournalInfo:
    """What the state journal (iommud --state-dir) restored when the daemon started."""
    directory: Optional[str] = None
    records: Optional[int] = None
    restored: Optional[int] = None
    failed: Optional[List[StateJournalFailure]] = None
    changed_ids: Optional[List[StateJournalIdChange]] = None
    torn_bytes: Optional[int] = None


@dataclasses.dataclass
class AddfdInfo:
    """Where add-fd put a descriptor."""
    fdset_id: Optional[int] = None
    fd: Optional[int] = None


@dataclasses.dataclass
class FdsetFdInfo:
    """One descriptor of an fd set."""
    fd: Optional[int] = None
    opaque: Optional[str] = None


@dataclasses.dataclass
class FdsetInfo:
    """An fd set."""
    fdset_id: Optional[int] = None
    fds: Optional[List[FdsetFdInfo]] = None


@dataclasses.dataclass
class ObjectPropertyInfo:
    """A property of an object or type."""
    name: Optional[str] = None
    type: Optional[str] = None
    description: Optional[str] = None
    default_value: Optional[Any] = None


@dataclasses.dataclass
class ObjectTypeInfo:
    """An object type."""
    name: Optional[str] = None
    abstract: Optional[bool] = None
    parent: Optional[str] = None


@dataclasses.dataclass
class IOMMUFDProperties:
    """Properties of an iommufd object (as QEMU's)."""
    fd: Optional[str] = None


@dataclasses.dataclass
class MemoryBackendProperties:
    """Properties every memory backend has."""
    size: Optional[int] = None
    share: Optional[bool] = None
    prealloc: Optional[bool] = None


@dataclasses.dataclass
class MemoryBackendMemfdProperties:
    """Properties of a memory-backend-memfd object."""
    size: Optional[int] = None
    share: Optional[bool] = None
    prealloc: Optional[bool] = None
    hugetlb: Optional[bool] = None
    hugetlbsize: Optional[int] = None
    seal: Optional[bool] = None


@dataclasses.dataclass
class MemoryBackendFileProperties:
    """Properties of a memory-backend-file object."""
    size: Optional[int] = None
    share: Optional[bool] = None
    prealloc: Optional[bool] = None
    mem_path: Optional[str] = None
    readonly: Optional[bool] = None


@dataclasses.dataclass
class ObjectOptions:
    """What object-add creates: the type, the id, and the type's properties next to them."""
    qom_type: Optional[str] = None
    id: Optional[str] = None
    #: The members of the branch its tag selects, as that branch's dataclass.
    variant: Any = None


@dataclasses.dataclass
class IOMMUFDIOASInfo:
    """A new I/O address space."""
    ioas_id: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDMapInfo:
    """Where a mapping landed."""
    iova: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDUnmapInfo:
    """What an unmap did."""
    unmapped: Optional[int] = None
    nonexistent: Optional[bool] = None


@dataclasses.dataclass
class IOVARange:
    """An inclusive range of IO virtual addresses."""
    start: Optional[int] = None
    last: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDIOVARanges:
    """The addresses an IOAS can map."""
    ranges: Optional[List[IOVARange]] = None
    alignment: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDMappingInfo:
    """One DMA mapping made through iommud."""
    iova: Optional[int] = None
    size: Optional[int] = None
    memdev: Optional[str] = None
    offset: Optional[int] = None
    readonly: Optional[bool] = None


@dataclasses.dataclass
class IOMMUFDIOASDetails:
    """An IOAS and what iommud mapped into it."""
    ioas_id: Optional[int] = None
    mappings: Optional[List[IOMMUFDMappingInfo]] = None


@dataclasses.dataclass
class IOMMUFDHWPTDetails:
    """A HWPT iommud allocated."""
    hwpt_id: Optional[int] = None
    pt_id: Optional[int] = None
    dev_id: Optional[int] = None
    flags: Optional[List[str]] = None
    auto: Optional[bool] = None
    dirty_tracking: Optional[bool] = None
    devices: Optional[List[int]] = None


@dataclasses.dataclass
class IOMMUFDDeviceDetails:
    """A VFIO device bound through iommud."""
    dev_id: Optional[int] = None
    name: Optional[str] = None
    cdev: Optional[str] = None
    attached_to: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDObjectDetails:
    """An iommufd object and the kernel objects made through it."""
    id: Optional[str] = None
    kernel: Optional[str] = None
    connected: Optional[bool] = None
    users: Optional[int] = None
    ioas: Optional[List[IOMMUFDIOASDetails]] = None
    hwpts: Optional[List[IOMMUFDHWPTDetails]] = None
    devices: Optional[List[IOMMUFDDeviceDetails]] = None


@dataclasses.dataclass
class IOMMUFDOptionValue:
    """An option's value."""
    value: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDVTdS1Data:
    """A guest's VT-d stage-1 page table, for a nested HWPT (IOMMU_HWPT_DATA_VTD_S1)."""
    pgtbl_addr: Optional[int] = None
    addr_width: Optional[int] = None
    flags: Optional[List[str]] = None


@dataclasses.dataclass
class IOMMUFDHWPTInfo:
    """A new hardware page table."""
    hwpt_id: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDDirtyRange:
    """A run of dirty IO pages."""
    iova: Optional[int] = None
    size: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDDirtyBitmap:
    """What IOMMU_HWPT_GET_DIRTY_BITMAP reported."""
    page_size: Optional[int] = None
    dirty_pages: Optional[int] = None
    ranges: Optional[List[IOMMUFDDirtyRange]] = None
    bitmap_size: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDVTdS1Invalidation:
    """One VT-d stage-1 IOTLB invalidation (struct iommu_hwpt_vtd_s1_invalidate)."""
    addr: Optional[int] = None
    npages: Optional[int] = None
    leaf: Optional[bool] = None


@dataclasses.dataclass
class IOMMUFDInvalidateInfo:
    """How far an invalidation got."""
    handled: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDVTdInfo:
    """An Intel VT-d unit's registers, raw and decoded."""
    flags: Optional[int] = None
    cap: Optional[int] = None
    ecap: Optional[int] = None
    address_width: Optional[int] = None
    mgaw: Optional[int] = None
    page_sizes: Optional[List[int]] = None
    scalable_mode: Optional[bool] = None
    dirty_tracking: Optional[bool] = None
    nesting: Optional[bool] = None
    first_stage: Optional[bool] = None
    first_stage_1g_pages: Optional[bool] = None
    pasid: Optional[bool] = None
    pasid_width: Optional[int] = None
    page_requests: Optional[bool] = None
    snoop_control: Optional[bool] = None
    coherent: Optional[bool] = None
    interrupt_remapping: Optional[bool] = None
    errata_772415: Optional[bool] = None


@dataclasses.dataclass
class IOMMUFDSMMUv3Info:
    """An ARM SMMUv3's ID registers, raw and decoded."""
    flags: Optional[int] = None
    idr: Optional[List[int]] = None
    iidr: Optional[int] = None
    aidr: Optional[int] = None
    stage1: Optional[bool] = None
    stage2: Optional[bool] = None
    hardware_dirty: Optional[bool] = None
    substream_id_bits: Optional[int] = None
    output_address_bits: Optional[int] = None


@dataclasses.dataclass
class IOMMUFDHWInfo:
    """What the IOMMU behind a device can do (IOMMU_GET_HW_INFO), as QEMU's HostIOMMUDevice capabilities."""
    type: Optional[str] = None
    capabilities: Optional[List[str]] = None
    max_pasid_log2: Optional[int] = None
    vtd: Optional[IOMMUFDVTdInfo] = None
    smmuv3: Optional[IOMMUFDSMMUv3Info] = None


@dataclasses.dataclass
class VFIOHostDeviceInfo:
    """A device the kernel offers through VFIO cdev."""
    name: Optional[str] = None
    sysfsdev: Optional[str] = None
    cdev: Optional[str] = None
    iommu: Optional[str] = None
    group: Optional[int] = None
    summary: Optional[str] = None
    bound: Optional[bool] = None
    iommufd: Optional[str] = None
    dev_id: Optional[int] = None


@dataclasses.dataclass
class VFIODeviceBindInfo:
    """A device bound to an iommufd."""
    dev_id: Optional[int] = None
    name: Optional[str] = None


@dataclasses.dataclass
class VFIODeviceAttachInfo:
    """Where a device's DMA now goes."""
    pt_id: Optional[int] = None
    allocated: Optional[bool] = None


@dataclasses.dataclass
class VFIODeviceInfo:
    """What VFIO_DEVICE_GET_INFO reports, and where the device is attached."""
    dev_id: Optional[int] = None
    name: Optional[str] = None
    flags: Optional[List[str]] = None
    num_regions: Optional[int] = None
    num_irqs: Optional[int] = None
    attached_to: Optional[int] = None


@dataclasses.dataclass
class VFIOPCIProperties:
    """Properties of a vfio-pci device, as QEMU's.  Exactly one of host, sysfsdev and fd names the device."""
    host: Optional[str] = None
    sysfsdev: Optional[str] = None
    fd: Optional[str] = None
    iommufd: Optional[str] = None
    address_space: Optional[str] = None
    vfio_user: Optional[str] = None
    vfio_user_allow: Optional[List[VFIOUserWindow]] = None


@dataclasses.dataclass
class VFIOUserWindow:
    """A range of DMA addresses."""
    start: Optional[int] = None
    size: Optional[int] = None


@dataclasses.dataclass
class PCDIMMProperties:
    """Properties of a pc-dimm device."""
    memdev: Optional[str] = None
    addr: Optional[int] = None
    address_space: Optional[str] = None


@dataclasses.dataclass
class DeviceOptions:
    """What device_add creates: the driver, the id, and the driver's properties next to them."""
    driver: Optional[str] = None
    id: Optional[str] = None
    #: The members of the branch its tag selects, as that branch's dataclass.
    variant: Any = None


@dataclasses.dataclass
class VFIOMappingInfo:
    """A range a container maps."""
    iova: Optional[int] = None
    size: Optional[int] = None


@dataclasses.dataclass
class VFIOContainerInfo:
    """A VFIO container."""
    id: Optional[str] = None
    backend: Optional[str] = None
    address_space: Optional[str] = None
    devices: Optional[List[str]] = None
    mappings: Optional[List[VFIOMappingInfo]] = None
    dirty_tracking: Optional[bool] = None
    pinned_bytes: Optional[int] = None
    charged_to: Optional[str] = None
    iommufd: Optional[str] = None
    ioas_id: Optional[int] = None
    hwpts: Optional[List[int]] = None
    iommu_type: Optional[str] = None
    groups: Optional[List[int]] = None
    domains: Optional[int] = None
    vfio_user: Optional[VFIOUserExportInfo] = None


@dataclasses.dataclass
class VFIOUserExportInfo:
    """A device served over vfio-user."""
    device: Optional[str] = None
    path: Optional[str] = None
    allow: Optional[List[VFIOUserWindow]] = None
    client: Optional[VFIOUserClientInfo] = None
    clients: Optional[int] = None
    refusals: Optional[int] = None


@dataclasses.dataclass
class VFIOUserClientInfo:
    """The process connected to a vfio-user export, as the socket's peer credentials say."""
    pid: Optional[int] = None
    uid: Optional[int] = None
    gid: Optional[int] = None
    windows: Optional[int] = None


@dataclasses.dataclass
class IntelIOMMUProperties:
    """Properties of an intel-iommu device, with QEMU's defaults and rules.  It cannot be hotplugged, and an address space has at most one vIOMMU.  It must come before the devices it translates."""
    aw_bits: Optional[int] = None
    caching_mode: Optional[bool] = None
    x_scalable_mode: Optional[bool] = None
    x_flts: Optional[bool] = None
    fs1gp: Optional[bool] = None
    address_space: Optional[str] = None


@dataclasses.dataclass
class VirtioIOMMUPCIProperties:
    """Properties of a virtio-iommu-pci device.  It cannot be hotplugged, and an address space has at most one vIOMMU.  Its page size mask starts as every size from granule up; each coldplugged device ANDs its host IOMMU's mask into it, and the granule (the smallest size left) freezes when the machine is built."""
    granule: Optional[str] = None
    address_space: Optional[str] = None


@dataclasses.dataclass
class HostIOMMUDeviceInfo:
    """A host IOMMU device: what the IOMMU behind an assigned device can do, as QEMU's HostIOMMUDevice knows it."""
    device: Optional[str] = None
    name: Optional[str] = None
    backend: Optional[str] = None
    iommu_type: Optional[str] = None
    aw_bits: Optional[int] = None
    page_size_mask: Optional[int] = None
    capabilities: Optional[List[str]] = None
    max_pasid_log2: Optional[int] = None
    vtd: Optional[IOMMUFDVTdInfo] = None
    aliased: Optional[bool] = None
    hwpt_id: Optional[int] = None
    viommu: Optional[str] = None


@dataclasses.dataclass
class MigrationInfo:
    """What query-migrate returns."""
    blocked_reasons: Optional[List[str]] = None


@dataclasses.dataclass
class SimDMAReadInfo:
    """Bytes a simulated device read."""
    data: Optional[str] = None


@dataclasses.dataclass
class TraceEventInfo:
    """Information about a trace event."""
    name: Optional[str] = None
    state: Optional[str] = None
    ust_enabled: Optional[bool] = None


@dataclasses.dataclass
class ShutdownData:
    """q_obj_SHUTDOWN-arg"""
    guest: Optional[bool] = None
    reason: Optional[str] = None


@dataclasses.dataclass
class DeviceDeletedData:
    """q_obj_DEVICE_DELETED-arg"""
    device: Optional[str] = None
    path: Optional[str] = None


TYPES = Types({
    "QMPCapability": ("enum", ["oob"]),
    "SchemaMetaType": ("enum", ["builtin", "enum", "array", "object", "alternate", "command", "event"]),
    "JSONType": ("enum", ["string", "number", "int", "boolean", "null", "object", "array", "value"]),
    "ShutdownCause": ("enum", ["host-qmp-quit", "host-signal"]),
    "RunState": ("enum", ["prelaunch", "running"]),
    "ObjectType": ("enum", ["iommufd", "memory-backend-memfd", "memory-backend-file"]),
    "IOMMUFDOptionName": ("enum", ["rlimit-mode", "huge-pages"]),
    "IOMMUFDHWPTAllocFlag": ("enum", ["nest-parent", "dirty-tracking", "pasid"]),
    "IOMMUFDVTdS1Flag": ("enum", ["sre", "eafe", "wpe"]),
    "IOMMUFDHWInfoType": ("enum", ["none", "intel-vtd", "arm-smmuv3", "selftest", "unknown"]),
    "IOMMUFDHWCapability": ("enum", ["dirty-tracking", "pasid-exec", "pasid-priv"]),
    "VFIODeviceFlag": ("enum", ["reset", "pci", "caps"]),
    "DeviceDriver": ("enum", ["vfio-pci", "pc-dimm", "intel-iommu", "virtio-iommu-pci"]),
    "VFIOContainerBackend": ("enum", ["iommufd", "legacy"]),
    "VFIOLockedMemoryAccount": ("enum", ["user", "process", "none"]),
    "VirtioIOMMUGranule": ("enum", ["4k", "8k", "16k", "64k", "host"]),
    "SimIRQIndex": ("enum", ["intx", "msi", "msix", "err", "req"]),
    "TraceEventState": ("enum", ["unavailable", "disabled", "enabled"]),
    "VersionTriple": ("struct", VersionTriple, [("major", "major", "int", False), ("minor", "minor", "int", False), ("micro", "micro", "int", False)]),
    "VersionInfo": ("struct", VersionInfo, [("qemu", "qemu", "VersionTriple", False), ("package", "package", "str", False)]),
    "CommandInfo": ("struct", CommandInfo, [("name", "name", "str", False)]),
    "SchemaInfo": ("union", SchemaInfo, [("name", "name", "str", False), ("meta-type", "meta_type", "SchemaMetaType", False), ("features", "features", "[str]", True)], "meta-type", {"builtin": "SchemaInfoBuiltin", "enum": "SchemaInfoEnum", "array": "SchemaInfoArray", "object": "SchemaInfoObject", "alternate": "SchemaInfoAlternate", "command": "SchemaInfoCommand", "event": "SchemaInfoEvent"}),
    "SchemaInfoBuiltin": ("struct", SchemaInfoBuiltin, [("json-type", "json_type", "JSONType", False)]),
    "SchemaInfoEnum": ("struct", SchemaInfoEnum, [("members", "members", "[SchemaInfoEnumMember]", False), ("values", "values", "[str]", False)]),
    "SchemaInfoEnumMember": ("struct", SchemaInfoEnumMember, [("name", "name", "str", False), ("features", "features", "[str]", True)]),
    "SchemaInfoArray": ("struct", SchemaInfoArray, [("element-type", "element_type", "str", False)]),
    "SchemaInfoObject": ("struct", SchemaInfoObject, [("members", "members", "[SchemaInfoObjectMember]", False), ("tag", "tag", "str", True), ("variants", "variants", "[SchemaInfoObjectVariant]", True)]),
    "SchemaInfoObjectMember": ("struct", SchemaInfoObjectMember, [("name", "name", "str", False), ("type", "type", "str", False), ("default", "default", "any", True), ("features", "features", "[str]", True)]),
    "SchemaInfoObjectVariant": ("struct", SchemaInfoObjectVariant, [("case", "case", "str", False), ("type", "type", "str", False)]),
    "SchemaInfoAlternate": ("struct", SchemaInfoAlternate, [("members", "members", "[SchemaInfoAlternateMember]", False)]),
    "SchemaInfoAlternateMember": ("struct", SchemaInfoAlternateMember, [("type", "type", "str", False)]),
    "SchemaInfoCommand": ("struct", SchemaInfoCommand, [("arg-type", "arg_type", "str", False), ("ret-type", "ret_type", "str", False), ("allow-oob", "allow_oob", "bool", True)]),
    "SchemaInfoEvent": ("struct", SchemaInfoEvent, [("arg-type", "arg_type", "str", False)]),
    "StatusInfo": ("struct", StatusInfo, [("running", "running", "bool", False), ("status", "status", "RunState", False)]),
    "StateJournalIdChange": ("struct", StateJournalIdChange, [("iommufd", "iommufd", "str", False), ("member", "member", "str", False), ("record", "record", "int", False), ("recorded", "recorded", "int", False), ("restored", "restored", "int", False)]),
    "StateJournalFailure": ("struct", StateJournalFailure, [("record", "record", "int", False), ("execute", "execute", "str", False), ("desc", "desc", "str", False)]),
    "StateJournalInfo": ("struct", StateJournalInfo, [("directory", "directory", "str", False), ("records", "records", "int", False), ("restored", "restored", "int", False), ("failed", "failed", "[StateJournalFailure]", False), ("changed-ids", "changed_ids", "[StateJournalIdChange]", False), ("torn-bytes", "torn_bytes", "int", False)]),
    "AddfdInfo": ("struct", AddfdInfo, [("fdset-id", "fdset_id", "int", False), ("fd", "fd", "int", False)]),
    "FdsetFdInfo": ("struct", FdsetFdInfo, [("fd", "fd", "int", False), ("opaque", "opaque", "str", True)]),
    "FdsetInfo": ("struct", FdsetInfo, [("fdset-id", "fdset_id", "int", False), ("fds", "fds", "[FdsetFdInfo]", False)]),
    "ObjectPropertyInfo": ("struct", ObjectPropertyInfo, [("name", "name", "str", False), ("type", "type", "str", False), ("description", "description", "str", True), ("default-value", "default_value", "any", True)]),
    "ObjectTypeInfo": ("struct", ObjectTypeInfo, [("name", "name", "str", False), ("abstract", "abstract", "bool", True), ("parent", "parent", "str", True)]),
    "IOMMUFDProperties": ("struct", IOMMUFDProperties, [("fd", "fd", "str", True)]),
    "MemoryBackendProperties": ("struct", MemoryBackendProperties, [("size", "size", "int", False), ("share", "share", "bool", True), ("prealloc", "prealloc", "bool", True)]),
    "MemoryBackendMemfdProperties": ("struct", MemoryBackendMemfdProperties, [("size", "size", "int", False), ("share", "share", "bool", True), ("prealloc", "prealloc", "bool", True), ("hugetlb", "hugetlb", "bool", True), ("hugetlbsize", "hugetlbsize", "int", True), ("seal", "seal", "bool", True)]),
    "MemoryBackendFileProperties": ("struct", MemoryBackendFileProperties, [("size", "size", "int", False), ("share", "share", "bool", True), ("prealloc", "prealloc", "bool", True), ("mem-path", "mem_path", "str", False), ("readonly", "readonly", "bool", True)]),
    "ObjectOptions": ("union", ObjectOptions, [("qom-type", "qom_type", "ObjectType", False), ("id", "id", "str", False)], "qom-type", {"iommufd": "IOMMUFDProperties", "memory-backend-memfd": "MemoryBackendMemfdProperties", "memory-backend-file": "MemoryBackendFileProperties"}),
    "IOMMUFDIOASInfo": ("struct", IOMMUFDIOASInfo, [("ioas-id", "ioas_id", "int", False)]),
    "IOMMUFDMapInfo": ("struct", IOMMUFDMapInfo, [("iova", "iova", "int", False)]),
    "IOMMUFDUnmapInfo": ("struct", IOMMUFDUnmapInfo, [("unmapped", "unmapped", "int", False), ("nonexistent", "nonexistent", "bool", False)]),
    "IOVARange": ("struct", IOVARange, [("start", "start", "int", False), ("last", "last", "int", False)]),
    "IOMMUFDIOVARanges": ("struct", IOMMUFDIOVARanges, [("ranges", "ranges", "[IOVARange]", False), ("alignment", "alignment", "int", False)]),
    "IOMMUFDMappingInfo": ("struct", IOMMUFDMappingInfo, [("iova", "iova", "int", False), ("size", "size", "int", False), ("memdev", "memdev", "str", False), ("offset", "offset", "int", False), ("readonly", "readonly", "bool", False)]),
    "IOMMUFDIOASDetails": ("struct", IOMMUFDIOASDetails, [("ioas-id", "ioas_id", "int", False), ("mappings", "mappings", "[IOMMUFDMappingInfo]", False)]),
    "IOMMUFDHWPTDetails": ("struct", IOMMUFDHWPTDetails, [("hwpt-id", "hwpt_id", "int", False), ("pt-id", "pt_id", "int", False), ("dev-id", "dev_id", "int", False), ("flags", "flags", "[IOMMUFDHWPTAllocFlag]", False), ("auto", "auto", "bool", False), ("dirty-tracking", "dirty_tracking", "bool", False), ("devices", "devices", "[int]", False)]),
    "IOMMUFDDeviceDetails": ("struct", IOMMUFDDeviceDetails, [("dev-id", "dev_id", "int", False), ("name", "name", "str", False), ("cdev", "cdev", "str", True), ("attached-to", "attached_to", "int", True)]),
    "IOMMUFDObjectDetails": ("struct", IOMMUFDObjectDetails, [("id", "id", "str", False), ("kernel", "kernel", "str", False), ("connected", "connected", "bool", False), ("users", "users", "int", False), ("ioas", "ioas", "[IOMMUFDIOASDetails]", False), ("hwpts", "hwpts", "[IOMMUFDHWPTDetails]", False), ("devices", "devices", "[IOMMUFDDeviceDetails]", False)]),
    "IOMMUFDOptionValue": ("struct", IOMMUFDOptionValue, [("value", "value", "int", False)]),
    "IOMMUFDVTdS1Data": ("struct", IOMMUFDVTdS1Data, [("pgtbl-addr", "pgtbl_addr", "int", False), ("addr-width", "addr_width", "int", False), ("flags", "flags", "[IOMMUFDVTdS1Flag]", True)]),
    "IOMMUFDHWPTInfo": ("struct", IOMMUFDHWPTInfo, [("hwpt-id", "hwpt_id", "int", False)]),
    "IOMMUFDDirtyRange": ("struct", IOMMUFDDirtyRange, [("iova", "iova", "int", False), ("size", "size", "int", False)]),
    "IOMMUFDDirtyBitmap": ("struct", IOMMUFDDirtyBitmap, [("page-size", "page_size", "int", False), ("dirty-pages", "dirty_pages", "int", False), ("ranges", "ranges", "[IOMMUFDDirtyRange]", True), ("bitmap-size", "bitmap_size", "int", True)]),
    "IOMMUFDVTdS1Invalidation": ("struct", IOMMUFDVTdS1Invalidation, [("addr", "addr", "int", False), ("npages", "npages", "int", False), ("leaf", "leaf", "bool", True)]),
    "IOMMUFDInvalidateInfo": ("struct", IOMMUFDInvalidateInfo, [("handled", "handled", "int", False)]),
    "IOMMUFDVTdInfo": ("struct", IOMMUFDVTdInfo, [("flags", "flags", "int", False), ("cap", "cap", "int", False), ("ecap", "ecap", "int", False), ("address-width", "address_width", "int", False), ("mgaw", "mgaw", "int", False), ("page-sizes", "page_sizes", "[int]", False), ("scalable-mode", "scalable_mode", "bool", False), ("dirty-tracking", "dirty_tracking", "bool", False), ("nesting", "nesting", "bool", False), ("first-stage", "first_stage", "bool", False), ("first-stage-1g-pages", "first_stage_1g_pages", "bool", False), ("pasid", "pasid", "bool", False), ("pasid-width", "pasid_width", "int", False), ("page-requests", "page_requests", "bool", False), ("snoop-control", "snoop_control", "bool", False), ("coherent", "coherent", "bool", False), ("interrupt-remapping", "interrupt_remapping", "bool", False), ("errata-772415", "errata_772415", "bool", False)]),
    "IOMMUFDSMMUv3Info": ("struct", IOMMUFDSMMUv3Info, [("flags", "flags", "int", False), ("idr", "idr", "[int]", False), ("iidr", "iidr", "int", False), ("aidr", "aidr", "int", False), ("stage1", "stage1", "bool", False), ("stage2", "stage2", "bool", False), ("hardware-dirty", "hardware_dirty", "bool", False), ("substream-id-bits", "substream_id_bits", "int", False), ("output-address-bits", "output_address_bits", "int", False)]),
    "IOMMUFDHWInfo": ("struct", IOMMUFDHWInfo, [("type", "type", "IOMMUFDHWInfoType", False), ("capabilities", "capabilities", "[IOMMUFDHWCapability]", False), ("max-pasid-log2", "max_pasid_log2", "int", False), ("vtd", "vtd", "IOMMUFDVTdInfo", True), ("smmuv3", "smmuv3", "IOMMUFDSMMUv3Info", True)]),
    "VFIOHostDeviceInfo": ("struct", VFIOHostDeviceInfo, [("name", "name", "str", False), ("sysfsdev", "sysfsdev", "str", False), ("cdev", "cdev", "str", False), ("iommu", "iommu", "str", True), ("group", "group", "int", True), ("summary", "summary", "str", False), ("bound", "bound", "bool", False), ("iommufd", "iommufd", "str", True), ("dev-id", "dev_id", "int", True)]),
    "VFIODeviceBindInfo": ("struct", VFIODeviceBindInfo, [("dev-id", "dev_id", "int", False), ("name", "name", "str", False)]),
    "VFIODeviceAttachInfo": ("struct", VFIODeviceAttachInfo, [("pt-id", "pt_id", "int", False), ("allocated", "allocated", "bool", False)]),
    "VFIODeviceInfo": ("struct", VFIODeviceInfo, [("dev-id", "dev_id", "int", False), ("name", "name", "str", False), ("flags", "flags", "[VFIODeviceFlag]", False), ("num-regions", "num_regions", "int", False), ("num-irqs", "num_irqs", "int", False), ("attached-to", "attached_to", "int", True)]),
    "VFIOPCIProperties": ("struct", VFIOPCIProperties, [("host", "host", "str", True), ("sysfsdev", "sysfsdev", "str", True), ("fd", "fd", "str", True), ("iommufd", "iommufd", "str", True), ("address-space", "address_space", "str", True), ("vfio-user", "vfio_user", "str", True), ("vfio-user-allow", "vfio_user_allow", "[VFIOUserWindow]", True)]),
    "VFIOUserWindow": ("struct", VFIOUserWindow, [("start", "start", "int", False), ("size", "size", "int", False)]),
    "PCDIMMProperties": ("struct", PCDIMMProperties, [("memdev", "memdev", "str", False), ("addr", "addr", "int", False), ("address-space", "address_space", "str", True)]),
    "DeviceOptions": ("union", DeviceOptions, [("driver", "driver", "DeviceDriver", False), ("id", "id", "str", False)], "driver", {"vfio-pci": "VFIOPCIProperties", "pc-dimm": "PCDIMMProperties", "intel-iommu": "IntelIOMMUProperties", "virtio-iommu-pci": "VirtioIOMMUPCIProperties"}),
    "VFIOMappingInfo": ("struct", VFIOMappingInfo, [("iova", "iova", "int", False), ("size", "size", "int", False)]),
    "VFIOContainerInfo": ("struct", VFIOContainerInfo, [("id", "id", "str", False), ("backend", "backend", "VFIOContainerBackend", False), ("address-space", "address_space", "str", False), ("devices", "devices", "[str]", False), ("mappings", "mappings", "[VFIOMappingInfo]", False), ("dirty-tracking", "dirty_tracking", "bool", False), ("pinned-bytes", "pinned_bytes", "int", False), ("charged-to", "charged_to", "VFIOLockedMemoryAccount", False), ("iommufd", "iommufd", "str", True), ("ioas-id", "ioas_id", "int", True), ("hwpts", "hwpts", "[int]", True), ("iommu-type", "iommu_type", "str", True), ("groups", "groups", "[int]", True), ("domains", "domains", "int", True), ("vfio-user", "vfio_user", "VFIOUserExportInfo", True)]),
    "VFIOUserExportInfo": ("struct", VFIOUserExportInfo, [("device", "device", "str", False), ("path", "path", "str", False), ("allow", "allow", "[VFIOUserWindow]", False), ("client", "client", "VFIOUserClientInfo", True), ("clients", "clients", "int", False), ("refusals", "refusals", "int", False)]),
    "VFIOUserClientInfo": ("struct", VFIOUserClientInfo, [("pid", "pid", "int", False), ("uid", "uid", "int", False), ("gid", "gid", "int", False), ("windows", "windows", "int", False)]),
    "IntelIOMMUProperties": ("struct", IntelIOMMUProperties, [("aw-bits", "aw_bits", "int", True), ("caching-mode", "caching_mode", "bool", True), ("x-scalable-mode", "x_scalable_mode", "bool", True), ("x-flts", "x_flts", "bool", True), ("fs1gp", "fs1gp", "bool", True), ("address-space", "address_space", "str", True)]),
    "VirtioIOMMUPCIProperties": ("struct", VirtioIOMMUPCIProperties, [("granule", "granule", "VirtioIOMMUGranule", True), ("address-space", "address_space", "str", True)]),
    "HostIOMMUDeviceInfo": ("struct", HostIOMMUDeviceInfo, [("device", "device", "str", False), ("name", "name", "str", False), ("backend", "backend", "VFIOContainerBackend", False), ("iommu-type", "iommu_type", "IOMMUFDHWInfoType", True), ("aw-bits", "aw_bits", "int", False), ("page-size-mask", "page_size_mask", "int", False), ("capabilities", "capabilities", "[IOMMUFDHWCapability]", True), ("max-pasid-log2", "max_pasid_log2", "int", True), ("vtd", "vtd", "IOMMUFDVTdInfo", True), ("aliased", "aliased", "bool", False), ("hwpt-id", "hwpt_id", "int", True), ("viommu", "viommu", "str", True)]),
    "MigrationInfo": ("struct", MigrationInfo, [("blocked-reasons", "blocked_reasons", "[str]", True)]),
    "SimDMAReadInfo": ("struct", SimDMAReadInfo, [("data", "data", "str", False)]),
    "TraceEventInfo": ("struct", TraceEventInfo, [("name", "name", "str", False), ("state", "state", "TraceEventState", False), ("ust-enabled", "ust_enabled", "bool", True)]),
    "ShutdownData": ("struct", ShutdownData, [("guest", "guest", "bool", False), ("reason", "reason", "ShutdownCause", False)]),
    "DeviceDeletedData": ("struct", DeviceDeletedData, [("device", "device", "str", True), ("path", "path", "str", False)]),
})

# What the client knows of each command: its argument members (wire names).
COMMANDS: Dict[str, List[str]] = {
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
}

# Each event's data type in TYPES.
EVENT_TYPES: Dict[str, str] = {
    "SHUTDOWN": "ShutdownData",
    "DEVICE_DELETED": "DeviceDeletedData",
}

SCHEMA_COMMANDS = 60


class IommudClient(ClientBase):
    """iommud's QMP: one async method per command (hyphens become
    underscores, arguments are keyword-only); results are the
    dataclasses above, errors IommudError."""

    TYPES = TYPES
    COMMANDS = COMMANDS
    EVENT_TYPES = EVENT_TYPES
    async def qmp_capabilities(self, *, enable: Optional[List[str]] = None) -> None:
        """Leave capabilities negotiation mode and enable the listed capabilities.  Until this command succeeds every other command fails with CommandNotFound and no events are delivered."""
        return await self._call("qmp_capabilities", {"enable": enable}, None)

    async def query_version(self) -> VersionInfo:
        """Return the version of iommud."""
        return await self._call("query-version", {}, "VersionInfo")

    async def query_commands(self) -> List[CommandInfo]:
        """List the commands this monitor accepts now.  Before negotiation it is only reachable as an error (every command but qmp_capabilities is); afterwards it lists every command of the schema."""
        return await self._call("query-commands", {}, "[CommandInfo]")

    async def quit(self) -> None:
        """Ask iommud to exit.  The reply is sent before the daemon stops (best effort: clients must also accept the connection closing), and a SHUTDOWN event goes to every connected client."""
        return await self._call("quit", {}, None)

    async def query_qmp_schema(self) -> List[SchemaInfo]:
        """Describe the commands, events and types of this daemon."""
        return await self._call("query-qmp-schema", {}, "[SchemaInfo]")

    async def query_status(self) -> StatusInfo:
        """The machine's phase, as QEMU reports its run state."""
        return await self._call("query-status", {}, "StatusInfo")

    async def x_exit_preconfig(self) -> None:
        """End the preconfig phase (iommud --preconfig): every device added from now on is hotplugged, and every vIOMMU is frozen (virtio-iommu fixes its granule)."""
        return await self._call("x-exit-preconfig", {}, None)

    async def query_state_journal(self) -> StateJournalInfo:
        """What the state journal restored at start: how many changes were made again, which could not be and why, and which kernel ids changed."""
        return await self._call("query-state-journal", {}, "StateJournalInfo")

    async def x_oob_test(self, *, lock: bool) -> None:
        """Hold or release this client's in-band queue, so that tests can show out-of-band commands overtaking queued in-band ones.  Sent in band with lock true, the queue stops after this command, and its own reply is withheld, until the same client sends the command with lock false (normally with exec-oob); then the releasing reply comes first, followed by the held reply and the queued ones in order.  A client can queue at most 8 in-band requests; after that iommud stops reading from it until the queue drains."""
        return await self._call("x-oob-test", {"lock": lock}, None)

    async def getfd(self, *, fd: int, fdname: str) -> None:
        """Take the descriptor the client just sent and keep it under a name, for a later command (for example an iommufd object's fd property) to consume.  If the name is taken, the old descriptor is closed.  Names belong to the listener the client connected to, as a QEMU monitor's do."""
        await self.send_fd(fd)
        return await self._call("getfd", {"fdname": fdname}, None)

    async def closefd(self, *, fdname: str) -> None:
        """Close a descriptor kept by getfd."""
        return await self._call("closefd", {"fdname": fdname}, None)

    async def add_fd(self, *, fd: int, fdset_id: Optional[int] = None, opaque: Optional[str] = None) -> AddfdInfo:
        """Add the descriptor the client just sent to an fd set."""
        await self.send_fd(fd)
        return await self._call("add-fd", {"fdset-id": fdset_id, "opaque": opaque}, "AddfdInfo")

    async def remove_fd(self, *, fdset_id: int, fd: Optional[int] = None) -> None:
        """Close one descriptor of an fd set, or all of them.  A set without descriptors disappears."""
        return await self._call("remove-fd", {"fdset-id": fdset_id, "fd": fd}, None)

    async def query_fdsets(self) -> List[FdsetInfo]:
        """List the fd sets."""
        return await self._call("query-fdsets", {}, "[FdsetInfo]")

    async def qom_list(self, *, path: str) -> List[ObjectPropertyInfo]:
        """List the properties of the object at path, children included."""
        return await self._call("qom-list", {"path": path}, "[ObjectPropertyInfo]")

    async def qom_get(self, *, path: str, property: str) -> Any:
        """Read a property."""
        return await self._call("qom-get", {"path": path, "property": property}, "any")

    async def qom_set(self, *, path: str, property: str, value: Any) -> None:
        """Write a property."""
        return await self._call("qom-set", {"path": path, "property": property, "value": value}, None)

    async def qom_list_types(self, *, implements: Optional[str] = None, abstract: Optional[bool] = None) -> List[ObjectTypeInfo]:
        """List object types."""
        return await self._call("qom-list-types", {"implements": implements, "abstract": abstract}, "[ObjectTypeInfo]")

    async def qom_list_properties(self, *, typename: str) -> List[ObjectPropertyInfo]:
        """List the properties objects of a type have."""
        return await self._call("qom-list-properties", {"typename": typename}, "[ObjectPropertyInfo]")

    async def object_add(self, *, qom_type: str, id: str, **properties: Any) -> None:
        """Create an object at /objects/<id>."""
        return await self._call("object-add", {"qom-type": qom_type, "id": id, **{k.replace("_", "-"): v for k, v in properties.items()}}, None)

    async def object_del(self, *, id: str) -> None:
        """Delete an object created with object-add.  An iommufd object that still has an IOAS, HWPT or bound device, or a memory backend that still has DMA mappings, is in use and cannot be deleted: deleting an object never silently tears down DMA mappings."""
        return await self._call("object-del", {"id": id}, None)

    async def iommufd_ioas_alloc(self, *, iommufd: str) -> IOMMUFDIOASInfo:
        """Create an I/O address space (IOMMU_IOAS_ALLOC).  The iommufd object opens /dev/iommu first if it has not yet."""
        return await self._call("iommufd-ioas-alloc", {"iommufd": iommufd}, "IOMMUFDIOASInfo")

    async def iommufd_destroy(self, *, iommufd: str, id: int) -> None:
        """Destroy a kernel object (IOMMU_DESTROY).  An IOAS is destroyed with whatever it still maps."""
        return await self._call("iommufd-destroy", {"iommufd": iommufd, "id": id}, None)

    async def iommufd_ioas_map(self, *, iommufd: str, ioas_id: int, memdev: str, size: int, offset: Optional[int] = None, iova: Optional[int] = None, readonly: Optional[bool] = None) -> IOMMUFDMapInfo:
        """Map memory of a memory backend into an IOAS (IOMMU_IOAS_MAP), for DMA reads and (unless readonly) writes."""
        return await self._call("iommufd-ioas-map", {"iommufd": iommufd, "ioas-id": ioas_id, "memdev": memdev, "offset": offset, "size": size, "iova": iova, "readonly": readonly}, "IOMMUFDMapInfo")

    async def iommufd_ioas_map_file(self, *, iommufd: str, ioas_id: int, memdev: str, size: int, offset: Optional[int] = None, iova: Optional[int] = None, readonly: Optional[bool] = None) -> IOMMUFDMapInfo:
        """Map memory of a memory backend into an IOAS through its file (IOMMU_IOAS_MAP_FILE, Linux 6.13 and later): the kernel pins the pages through the memfd or file, not through iommud's address space, which is what QEMU does for file-backed guest RAM.  Same arguments and result as iommufd-ioas-map."""
        return await self._call("iommufd-ioas-map-file", {"iommufd": iommufd, "ioas-id": ioas_id, "memdev": memdev, "offset": offset, "size": size, "iova": iova, "readonly": readonly}, "IOMMUFDMapInfo")

    async def iommufd_ioas_unmap(self, *, iommufd: str, ioas_id: int, iova: Optional[int] = None, size: Optional[int] = None) -> IOMMUFDUnmapInfo:
        """Unmap every mapping that lies entirely inside a range (IOMMU_IOAS_UNMAP); without iova and size, everything.  A range that would split a mapping is refused (ENOENT from the kernel there means "not whole mappings"; it is counted as "nonexistent" only when nothing at all is mapped in the range)."""
        return await self._call("iommufd-ioas-unmap", {"iommufd": iommufd, "ioas-id": ioas_id, "iova": iova, "size": size}, "IOMMUFDUnmapInfo")

    async def iommufd_ioas_iova_ranges(self, *, iommufd: str, ioas_id: int) -> IOMMUFDIOVARanges:
        """Report the IOVA ranges an IOAS can map (IOMMU_IOAS_IOVA_RANGES): what every attached IOMMU accepts, minus reserved regions."""
        return await self._call("iommufd-ioas-iova-ranges", {"iommufd": iommufd, "ioas-id": ioas_id}, "IOMMUFDIOVARanges")

    async def query_iommufd(self) -> List[IOMMUFDObjectDetails]:
        """Describe every iommufd object and what was made through it."""
        return await self._call("query-iommufd", {}, "[IOMMUFDObjectDetails]")

    async def iommufd_ioas_copy(self, *, iommufd: str, src_ioas_id: int, src_iova: int, size: int, dst_ioas_id: int, dst_iova: Optional[int] = None, readonly: Optional[bool] = None) -> IOMMUFDMapInfo:
        """Map into dst-ioas-id the same memory that is mapped in src-ioas-id at src-iova (IOMMU_IOAS_COPY); the source range must be fully mapped."""
        return await self._call("iommufd-ioas-copy", {"iommufd": iommufd, "src-ioas-id": src_ioas_id, "src-iova": src_iova, "size": size, "dst-ioas-id": dst_ioas_id, "dst-iova": dst_iova, "readonly": readonly}, "IOMMUFDMapInfo")

    async def iommufd_ioas_allow_iovas(self, *, iommufd: str, ioas_id: int, ranges: List[IOVARange]) -> None:
        """Restrict where the kernel may place automatically chosen IOVAs in an IOAS (IOMMU_IOAS_ALLOW_IOVAS).  An empty list removes the restriction."""
        return await self._call("iommufd-ioas-allow-iovas", {"iommufd": iommufd, "ioas-id": ioas_id, "ranges": ranges}, None)

    async def iommufd_option(self, *, iommufd: str, option: str, ioas_id: Optional[int] = None, value: Optional[int] = None) -> IOMMUFDOptionValue:
        """Read or change an option (IOMMU_OPTION)."""
        return await self._call("iommufd-option", {"iommufd": iommufd, "option": option, "ioas-id": ioas_id, "value": value}, "IOMMUFDOptionValue")

    async def iommufd_hwpt_alloc(self, *, iommufd: str, dev_id: int, pt_id: int, flags: Optional[List[str]] = None, vtd_s1: Optional[IOMMUFDVTdS1Data] = None, fault_id: Optional[int] = None) -> IOMMUFDHWPTInfo:
        """Allocate a hardware page table for a bound device (IOMMU_HWPT_ALLOC).  A paging HWPT takes an IOAS as pt-id and mirrors its mappings; a nested HWPT takes a nest-parent HWPT as pt-id and the guest's stage-1 table as vtd-s1.  The HWPT is not attached to anything: use vfio-device-attach."""
        return await self._call("iommufd-hwpt-alloc", {"iommufd": iommufd, "dev-id": dev_id, "pt-id": pt_id, "flags": flags, "vtd-s1": vtd_s1, "fault-id": fault_id}, "IOMMUFDHWPTInfo")

    async def iommufd_hwpt_set_dirty_tracking(self, *, iommufd: str, hwpt_id: int, enable: bool) -> None:
        """Start or stop dirty tracking on a HWPT allocated with dirty-tracking (IOMMU_HWPT_SET_DIRTY_TRACKING).  Starting clears what was recorded before."""
        return await self._call("iommufd-hwpt-set-dirty-tracking", {"iommufd": iommufd, "hwpt-id": hwpt_id, "enable": enable}, None)

    async def iommufd_hwpt_get_dirty_bitmap(self, *, iommufd: str, hwpt_id: int, iova: int, size: int, page_size: Optional[int] = None, no_clear: Optional[bool] = None, fd: Optional[str] = None) -> IOMMUFDDirtyBitmap:
        """Read (and unless no-clear, clear) the dirty bits of an IOVA range of a HWPT (IOMMU_HWPT_GET_DIRTY_BITMAP).  Small bitmaps come back as dirty ranges; for large ones pass a descriptor (a memfd) with getfd and name it in fd: the raw bitmap is written at its offset 0 and the reply carries only counts."""
        return await self._call("iommufd-hwpt-get-dirty-bitmap", {"iommufd": iommufd, "hwpt-id": hwpt_id, "iova": iova, "size": size, "page-size": page_size, "no-clear": no_clear, "fd": fd}, "IOMMUFDDirtyBitmap")

    async def iommufd_hwpt_invalidate(self, *, iommufd: str, hwpt_id: int, vtd_s1: List[IOMMUFDVTdS1Invalidation]) -> IOMMUFDInvalidateInfo:
        """Invalidate the IOTLB of a nested VT-d HWPT after the guest changed its stage-1 table (IOMMU_HWPT_INVALIDATE).  Entries are processed in order; on failure the error says which one."""
        return await self._call("iommufd-hwpt-invalidate", {"iommufd": iommufd, "hwpt-id": hwpt_id, "vtd-s1": vtd_s1}, "IOMMUFDInvalidateInfo")

    async def iommufd_get_hw_info(self, *, iommufd: str, dev_id: int) -> IOMMUFDHWInfo:
        """Report the IOMMU behind a bound device (IOMMU_GET_HW_INFO)."""
        return await self._call("iommufd-get-hw-info", {"iommufd": iommufd, "dev-id": dev_id}, "IOMMUFDHWInfo")

    async def query_vfio_host_devices(self) -> List[VFIOHostDeviceInfo]:
        """List the devices that can be bound: on the host kernel those under /sys/bus/pci/devices and /sys/bus/mdev/devices that have a VFIO cdev (verified by major:minor, as QEMU does); on the simulated kernel those of its topology."""
        return await self._call("query-vfio-host-devices", {}, "[VFIOHostDeviceInfo]")

    async def vfio_device_bind(self, *, iommufd: str, host: Optional[str] = None, sysfsdev: Optional[str] = None, fd: Optional[str] = None) -> VFIODeviceBindInfo:
        """Open a device's VFIO cdev and bind it to an iommufd object (VFIO_DEVICE_BIND_IOMMUFD).  Name the device in exactly one way: host, sysfsdev or fd.  The iommufd object opens /dev/iommu first if it has not yet.  DMA stays blocked until vfio-device-attach."""
        return await self._call("vfio-device-bind", {"iommufd": iommufd, "host": host, "sysfsdev": sysfsdev, "fd": fd}, "VFIODeviceBindInfo")

    async def vfio_device_attach(self, *, iommufd: str, dev_id: int, pt_id: int) -> VFIODeviceAttachInfo:
        """Attach a bound device to an IOAS or a HWPT (VFIO_DEVICE_ATTACH_IOMMUFD_PT). Given an IOAS iommud allocated, it follows QEMU's auto-domain algorithm: the device is attached to the first HWPT iommud allocated for that IOAS that its IOMMU accepts (EINVAL means incompatible: the next is tried); when none does, IOMMU_GET_HW_INFO decides the flags (dirty-tracking when the IOMMU can), a new HWPT is allocated on the IOAS and the device attached to it.  An mdev is attached to the IOAS directly.  Given a HWPT or any other id, the device is attached to exactly that. A device that is attached already can be moved to a HWPT (the kernel replaces the attachment, e.g. onto a HWPT nested on its automatic one); to attach it to an IOAS, detach it first.  A device attached by id to an automatic HWPT counts as one of its devices, and belongs to at most one automatic HWPT."""
        return await self._call("vfio-device-attach", {"iommufd": iommufd, "dev-id": dev_id, "pt-id": pt_id}, "VFIODeviceAttachInfo")

    async def vfio_device_detach(self, *, iommufd: str, dev_id: int) -> None:
        """Detach a device (VFIO_DEVICE_DETACH_IOMMUFD_PT): its DMA is blocked again.  An auto-domain HWPT that no device uses any more is destroyed, as QEMU does."""
        return await self._call("vfio-device-detach", {"iommufd": iommufd, "dev-id": dev_id}, None)

    async def vfio_device_unbind(self, *, iommufd: str, dev_id: int) -> None:
        """Unbind a device by closing its VFIO cdev descriptor (VFIO cdevs have no unbind ioctl).  An attached device is detached first, as with vfio-device-detach."""
        return await self._call("vfio-device-unbind", {"iommufd": iommufd, "dev-id": dev_id}, None)

    async def vfio_device_get_info(self, *, iommufd: str, dev_id: int) -> VFIODeviceInfo:
        """Describe a bound device (VFIO_DEVICE_GET_INFO)."""
        return await self._call("vfio-device-get-info", {"iommufd": iommufd, "dev-id": dev_id}, "VFIODeviceInfo")

    async def device_add(self, *, driver: str, id: str, **properties: Any) -> None:
        """Add a device.  A vfio-pci device with iommufd: its VFIO cdev is opened and bound to the iommufd object, and it joins the object's container in its address space (a new one allocates an IOAS and maps every dimm of the space into it), attached as QEMU does: an mdev to the IOAS, any other device to the first automatic HWPT of the container that takes it, or a new one (with dirty tracking when its IOMMU can).  A vfio-pci device without iommufd, on the legacy backend: its group is opened (or shared with another device of the group) and must be viable, joins the first type1 container of the address space that takes it or a new one (type1v2 when the kernel offers it, which maps every dimm), and the device descriptor is taken from the group.  A pc-dimm: its memory is mapped at IOVA = addr into every container of its address space; a container made later replays it. A mapping the kernel cannot pin within RLIMIT_MEMLOCK fails with an error (errno ENOMEM) naming the limit, what is held and needed, and how to raise it."""
        return await self._call("device_add", {"driver": driver, "id": id, **{k.replace("_", "-"): v for k, v in properties.items()}}, None)

    async def device_del(self, *, id: str) -> None:
        """Remove a device.  It is gone when the command returns: the id can be used again, and DEVICE_DELETED is emitted for the clients that wait for it, as they do with QEMU.  A vfio-pci device is detached (its automatic HWPT destroyed when it was the last on it), its container destroyed when it was the container's last device (every mapping unmapped, the IOAS destroyed), and its descriptor closed.  On the legacy backend, the container's last device unmaps every dimm, the device descriptor is closed, then the group when it was its last device (the kernel takes it out of the container) and the container when it was its last group.  A pc-dimm is unmapped from every container."""
        return await self._call("device_del", {"id": id}, None)

    async def query_vfio(self) -> List[VFIOContainerInfo]:
        """List the VFIO containers."""
        return await self._call("query-vfio", {}, "[VFIOContainerInfo]")

    async def dirty_tracking_start(self, *, address_space: Optional[str] = None) -> None:
        """Start dirty tracking in every VFIO container (what QEMU does when a migration starts): every automatic HWPT of an iommufd container (IOMMU_HWPT_SET_DIRTY_TRACKING), every legacy container (VFIO_IOMMU_DIRTY_PAGES START).  All or nothing: when one container cannot track, nothing starts and the error names a device that cannot (one on a HWPT allocated without dirty tracking because its IOMMU has none, an mdev on the IOAS, a device in a type1 container without the migration capability); a kernel failure half-way stops what had started.  While dirty tracking runs, device_add and device_del are refused, as QEMU refuses them while migrating. Starting again is a no-op."""
        return await self._call("dirty-tracking-start", {"address-space": address_space}, None)

    async def dirty_tracking_stop(self, *, address_space: Optional[str] = None) -> None:
        """Stop dirty tracking in every VFIO container of the address space, all or nothing.  Stopping when it is not running is a no-op."""
        return await self._call("dirty-tracking-stop", {"address-space": address_space}, None)

    async def query_dirty_bitmap(self, *, addr: int, size: int, fd: Optional[str] = None, address_space: Optional[str] = None) -> IOMMUFDDirtyBitmap:
        """Read and clear the dirty pages of a guest physical range, ORed over every container of the address space (what QEMU's log sync does): for each dimm in the range, each iommufd container reads its HWPTs' bitmaps (IOMMU_HWPT_GET_DIRTY_BITMAP) and each legacy container its type1 bitmap (VFIO_IOMMU_DIRTY_PAGES GET_BITMAP).  Parts of the range without a dimm are never dirty.  Small ranges come back as dirty runs; for large ones pass a memfd with getfd and name it in fd: the raw bitmap is written at its offset 0.  A read clears the bits it reads in the kernel: a kernel failure after the first read loses the bits read before it (the error says so), as a failed QEMU log sync does."""
        return await self._call("query-dirty-bitmap", {"addr": addr, "size": size, "fd": fd, "address-space": address_space}, "IOMMUFDDirtyBitmap")

    async def query_host_iommu_devices(self) -> List[HostIOMMUDeviceInfo]:
        """The host IOMMU devices of the assigned devices (every vfio-pci device but an mdev, which has none)."""
        return await self._call("query-host-iommu-devices", {}, "[HostIOMMUDeviceInfo]")

    async def vtd_device_attach_hwpt(self, *, device: str, vtd_s1: Optional[IOMMUFDVTdS1Data] = None) -> IOMMUFDHWPTInfo:
        """Point a device behind an intel-iommu with x-flts=on at what its guest's PASID entry says, as QEMU's accelerated VT-d does: with vtd-s1 (a first-stage PGTT), a nested HWPT holding the guest's stage-1 table is allocated on the device's nest-parent HWPT (IOMMU_HWPT_DATA_VTD_S1) and the device attached to it; without it (pass-through PGTT), the device is attached to the nest parent itself.  A stage-1 HWPT the device had before is destroyed once the new one is attached.  Traced as QEMU's vtd_device_attach_hwpt."""
        return await self._call("vtd-device-attach-hwpt", {"device": device, "vtd-s1": vtd_s1}, "IOMMUFDHWPTInfo")

    async def vtd_device_detach_hwpt(self, *, device: str) -> None:
        """Detach a device behind an intel-iommu with x-flts=on from whatever it is attached to (VFIO_DEVICE_DETACH_IOMMUFD_PT): its DMA is blocked, as when the guest disables its PASID entry.  A stage-1 HWPT it had is destroyed.  Traced as QEMU's vtd_device_detach_hwpt."""
        return await self._call("vtd-device-detach-hwpt", {"device": device}, None)

    async def vtd_device_reattach_def_hwpt(self, *, device: str) -> None:
        """Attach a device behind an intel-iommu with x-flts=on to its default HWPT again (the nest parent it got when added), as when the guest disables DMA remapping.  A stage-1 HWPT it had is destroyed. Traced as QEMU's vtd_device_reattach_def_hwpt."""
        return await self._call("vtd-device-reattach-def-hwpt", {"device": device}, None)

    async def query_migrate(self) -> MigrationInfo:
        """What blocks migration of the machine."""
        return await self._call("query-migrate", {}, "MigrationInfo")

    async def x_sim_dma_write(self, *, device: str, iova: int, size: int, fill: Optional[int] = None) -> None:
        """Play a device writing by DMA: size bytes of fill at iova, through the HWPT (or for an mdev the IOAS) it is attached to.  The bytes land in the mapped memory, and with dirty tracking running every IO page written becomes dirty.  All or nothing."""
        return await self._call("x-sim-dma-write", {"device": device, "iova": iova, "size": size, "fill": fill}, None)

    async def x_sim_dma_read(self, *, device: str, iova: int, size: int) -> SimDMAReadInfo:
        """Play a device reading by DMA: size bytes (at most 65536) at iova."""
        return await self._call("x-sim-dma-read", {"device": device, "iova": iova, "size": size}, "SimDMAReadInfo")

    async def x_sim_inject_fault(self, *, nth: int, errno: Optional[str] = None) -> None:
        """Make the nth call from now (1: the next one) fail with errno without doing anything, as the kernel's fail_nth fault injection does.  Counted are the kernel calls (opens and ioctls) and the system calls iommud makes beside them (memfd_create, open, fstat, fcntl, ftruncate, mmap, read; the state journal's pwrite and fsync; the fd store's socket and sendmsg; never close, munmap or the connect of a probe).  Lets a tool check that it copes with a failing kernel or system; every iommud command rolls back what it did.  A new injection replaces a pending one; nth 0 cancels."""
        return await self._call("x-sim-inject-fault", {"nth": nth, "errno": errno}, None)

    async def x_sim_set_memlock_limit(self, *, bytes: Optional[int] = None) -> None:
        """Give the simulated process an RLIMIT_MEMLOCK of bytes without CAP_IPC_LOCK, or take the limit away (no bytes: the default, a process with CAP_IPC_LOCK).  Pinned pages are then charged as Linux charges them: iommufd mappings made from now on to the user (or to the process when its iommufd is in RLIMIT_MODE 1), VFIO type1 mappings to the process; a pin beyond the limit fails with ENOMEM. Lets a tool see the error a VFIO user meets most."""
        return await self._call("x-sim-set-memlock-limit", {"bytes": bytes}, None)

    async def x_sim_irq(self, *, device: str, index: str, vector: Optional[int] = None) -> None:
        """Play a device raising an interrupt: the eventfd its user set with VFIO_DEVICE_SET_IRQS for vector of index is signalled, as the kernel's vfio-pci signals it.  INTx is level-triggered and automasked: while masked it stays pending (its status bit set in config space) and is delivered when the user unmasks it."""
        return await self._call("x-sim-irq", {"device": device, "index": index, "vector": vector}, None)

    async def trace_event_get_state(self, *, name: str) -> List[TraceEventInfo]:
        """Query the state of events."""
        return await self._call("trace-event-get-state", {"name": name}, "[TraceEventInfo]")

    async def trace_event_set_state(self, *, name: str, enable: bool, ignore_unavailable: Optional[bool] = None) -> None:
        """Enable or disable events for the log backend.  (LTTng recording is controlled by the lttng session, as in QEMU.)"""
        return await self._call("trace-event-set-state", {"name": name, "enable": enable, "ignore-unavailable": ignore_unavailable}, None)

