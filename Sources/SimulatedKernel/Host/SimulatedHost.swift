import LinuxKernel

/// The machine the simulated kernel pretends to run on: its IOMMUs and the
/// devices bound to vfio-pci (or mdevs) that appear as
/// `/dev/vfio/devices/vfioN`.
///
/// A value type with public members, so a topology can be built in code
/// (``default``) or decoded from a JSON file (`iommud --sim-topology`, whose
/// loader is `SimTopology` in IOMMUDBackend) and passed to
/// ``SimulatedKernel/init(host:selftest:)``. `docs/sim-topology.json`
/// declares ``default``; a test keeps the two equal.
public struct SimulatedHost: Sendable, Hashable {
    /// The IOMMU units.
    public var iommus: [SimulatedIOMMU]
    /// The assignable devices, in cdev order.
    public var devices: [SimulatedDevice]
    /// The Linux release simulated: which iommufd ioctls exist. 6.12 (the
    /// default) has no IOMMU_IOAS_MAP_FILE or IOMMU_IOAS_CHANGE_PROCESS
    /// (ENOTTY, as the real 6.12 answers); 6.13 and later have both. Nothing
    /// else changes with it (docs/fidelity.md, "Kernel versions").
    public var kernelVersion: KernelVersion

    public init(iommus: [SimulatedIOMMU], devices: [SimulatedDevice], kernelVersion: KernelVersion = .linux6_12) {
        self.iommus = iommus
        self.devices = devices
        self.kernelVersion = kernelVersion
    }

    /// The IOMMU called `name`.
    public func iommu(named name: String) -> SimulatedIOMMU? { iommus.first { $0.name == name } }

    /// The device whose sysfs name or cdev path is `name`.
    public func device(_ name: String) -> SimulatedDevice? {
        devices.first { $0.sysfsName == name || $0.cdevPath == name }
    }

    /// The default topology: two Intel VT-d units and five devices.
    ///
    /// - `dmar0`, a Sapphire-Rapids-like unit: scalable mode with
    ///   second-stage A/D bits (SMTS + SLADS), so it **can track dirty
    ///   pages**; snoop control, page requests, 20-bit PASIDs, 48-bit
    ///   4-level tables with 2 MiB and 1 GiB pages. Behind it:
    ///   `0000:17:00.0` and `0000:17:00.1`, two functions of one NIC that
    ///   share IOMMU group 12 (`vfio0`, `vfio1`), and an NVMe controller
    ///   `0000:65:00.0` in group 30 (`vfio2`).
    /// - `dmar1`, an Ice-Lake-like unit: the same without SLADS, so it
    ///   **cannot track dirty pages**. Behind it: a GPU `0000:b1:00.0` in
    ///   group 45 (`vfio3`) with a 20-bit PASID.
    /// - An mdev (`mtty`, `vfio4`) with no IOMMU: it attaches to an IOAS
    ///   through an in-kernel access, never to a HWPT.
    ///
    /// Neither unit has NEST, so nest-parent HWPTs are refused (EOPNOTSUPP)
    /// on these devices, as on QEMU's emulated VT-d; the mock driver
    /// (IOMMU_TEST_CMD) covers nesting.
    public static let `default` = SimulatedHost(
        iommus: [
            SimulatedIOMMU(name: "dmar0", registers: .sapphireRapidsLike(slads: true)),
            SimulatedIOMMU(name: "dmar1", registers: .sapphireRapidsLike(slads: false)),
        ],
        devices: [
            SimulatedDevice(sysfsName: "0000:17:00.0", cdevPath: "/dev/vfio/devices/vfio0", iommu: "dmar0",
                            group: 12, summary: "Ethernet controller, function 0", pageRequests: false),
            SimulatedDevice(sysfsName: "0000:17:00.1", cdevPath: "/dev/vfio/devices/vfio1", iommu: "dmar0",
                            group: 12, summary: "Ethernet controller, function 1", pageRequests: false),
            SimulatedDevice(sysfsName: "0000:65:00.0", cdevPath: "/dev/vfio/devices/vfio2", iommu: "dmar0",
                            group: 30, summary: "NVMe controller", pageRequests: false),
            SimulatedDevice(sysfsName: "0000:b1:00.0", cdevPath: "/dev/vfio/devices/vfio3", iommu: "dmar1",
                            group: 45, summary: "GPU with PASID and page requests", pasidWidth: 20,
                            pageRequests: true),
            SimulatedDevice(sysfsName: "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001",
                            cdevPath: "/dev/vfio/devices/vfio4", iommu: nil, group: nil,
                            summary: "mdev (mtty), no IOMMU"),
        ])
}

/// One IOMMU unit of the simulated host.
public struct SimulatedIOMMU: Sendable, Hashable {
    /// Its name (`dmar0`, as under /sys/class/iommu).
    public var name: String
    /// Its VT-d registers, which decide what it can do.
    public var registers: VTdRegisters

    public init(name: String, registers: VTdRegisters) {
        self.name = name
        self.registers = registers
    }

    /// Whether it can track dirty IO pages (SMTS and SLADS).
    public var dirtyTracking: Bool { registers.dirtyTracking }
}

/// One device of the simulated host, as `/dev/vfio/devices/vfioN`.
public struct SimulatedDevice: Sendable, Hashable {
    /// The sysfs name: a PCI address (`0000:17:00.0`) or an mdev UUID.
    public var sysfsName: String
    /// Its VFIO cdev (`/dev/vfio/devices/vfio0`).
    public var cdevPath: String
    /// The IOMMU it sits behind; nil for an mdev (an emulated device with
    /// no IOMMU, which attaches to an IOAS through an in-kernel access).
    public var iommu: String?
    /// Its IOMMU group (devices of one group share one domain); nil for an mdev.
    public var group: Int?
    /// What it is, for listings.
    public var summary: String
    /// `VFIO_DEVICE_GET_INFO.num_regions` (VFIO_PCI_NUM_REGIONS = 9 plus
    /// device-specific regions).
    public var regionCount: UInt32
    /// `VFIO_DEVICE_GET_INFO.num_irqs` (VFIO_PCI_NUM_IRQS = 5).
    public var irqCount: UInt32
    /// Whether a function reset works (`VFIO_DEVICE_FLAGS_RESET`).
    public var resetWorks: Bool
    /// log2 of its PASID count; 0 without the PCI PASID capability.
    public var pasidWidth: UInt8
    /// Whether it can issue page requests (PRI), which fault-capable HWPTs need.
    public var pageRequests: Bool
    /// Extra reserved IOVA regions of the device (RMRRs), inclusive; the
    /// IOMMU's MSI window is added for every device behind a VT-d unit.
    public var reservedRegions: [ClosedRange<UInt64>]
    /// Whether it is a conventional PCI device behind a PCI bridge, so that
    /// its requests carry the bridge's id (QEMU's aliased BDF).
    public var behindBridge: Bool = false
    /// Its PCI vendor and device ids, in config space (Red Hat's QEMU test
    /// device, 1b36:0005, unless the topology says otherwise: a guest has
    /// no driver that would claim it).
    public var vendorID: UInt16 = 0x1b36
    public var deviceID: UInt16 = 0x0005
    /// Its PCI class code (base class, subclass, programming interface):
    /// 0xff0000, a device that fits no class, unless the topology says.
    public var classCode: UInt32 = 0xff0000
    /// Whether it has a migration driver (VFIO_DEVICE_FEATURE_MIGRATION
    /// with STOP_COPY; its state is BAR0's contents).
    public var migration = false

    public init(sysfsName: String, cdevPath: String, iommu: String?, group: Int?, summary: String = "",
                regionCount: UInt32 = 9, irqCount: UInt32 = 5, resetWorks: Bool = true, pasidWidth: UInt8 = 0,
                pageRequests: Bool = false, reservedRegions: [ClosedRange<UInt64>] = []) {
        self.sysfsName = sysfsName
        self.cdevPath = cdevPath
        self.iommu = iommu
        self.group = group
        self.summary = summary
        self.regionCount = regionCount
        self.irqCount = irqCount
        self.resetWorks = resetWorks
        self.pasidWidth = pasidWidth
        self.pageRequests = pageRequests
        self.reservedRegions = reservedRegions
    }

    /// Whether it is an mdev (no IOMMU).
    public var isEmulated: Bool { iommu == nil }
}
