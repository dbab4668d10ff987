#if canImport(Glibc)
import Glibc
#endif
import IOMMUDBackend
import LinuxKernel
import SimulatedKernel
import Testing
@testable import IOMMUDSimulation

/// `--sim-topology`: the JSON topology file, its checks, and what a loaded
/// topology does to the simulated kernel.
@Suite struct SimTopologyTests {
    /// The repository's `docs/sim-topology.json`.
    static let shippedExample: String = {
        var path = #filePath  // Tests/IOMMUDBackendTests/SimTopologyTests.swift
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/docs/sim-topology.json"
    }()

    /// The message a topology is refused with, or nil when it loads.
    static func refusal(_ text: String) -> String? {
        do {
            _ = try SimTopology.decode(text)
            return nil
        } catch {
            return error.description
        }
    }

    /// A file in a fresh temporary directory, removed by `cleanUp`.
    static func temporaryFile(_ contents: String) -> String {
        var template = Array("/tmp/iommud-topology-XXXXXX".utf8CString)
        let directory = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
        let path = directory + "/topology.json"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0)
        let bytes = Array(contents.utf8)
        precondition(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
        close(fd)
        return path
    }

    static func cleanUp(_ path: String) {
        unlink(path)
        rmdir(String(path[..<path.lastIndex(of: "/")!]))
    }

    // MARK: Round trips

    @Test func shippedExampleIsTheDefaultHost() throws {
        let host = try SimTopology.load(path: Self.shippedExample)
        #expect(host.iommus == SimulatedHost.default.iommus)
        #expect(host.devices == SimulatedHost.default.devices)
        #expect(host == SimulatedHost.default)
    }

    /// The example in docs/sim-topology.md loads and means what its text says.
    @Test func formatDocumentExampleLoads() throws {
        let markdown = String(Self.shippedExample.dropLast(".json".count)) + ".md"
        let fd = open(markdown, O_RDONLY)
        try #require(fd >= 0)
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        close(fd)
        let text = String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self)
        let blocks = text.split(separator: "```json\n", omittingEmptySubsequences: false).dropFirst()
        let example = try #require(blocks.first?.split(separator: "```").first)
        let host = try SimTopology.decode(String(example))
        #expect(host.iommus.count == 1 && !host.iommus[0].dirtyTracking)
        #expect(host.iommus[0].registers.addressWidth == 39 && host.iommus[0].registers.pageSizeBitmap == 1 << 12 | 1 << 21)
        #expect(host.devices.map(\.cdevPath) == (0..<3).map { "/dev/vfio/devices/vfio\($0)" })
        #expect(host.devices.map(\.group) == [7, 7, nil])
        #expect(host.devices[1].reservedRegions == [0xfe00_0000...0xfe0f_ffff])
    }

    /// Pins the default registers, so neither the example nor the default
    /// can drift together unnoticed.
    @Test func defaultRegistersArePinned() throws {
        let host = SimulatedHost.default
        let dmar0 = try #require(host.iommu(named: "dmar0")).registers
        let dmar1 = try #require(host.iommu(named: "dmar1")).registers
        #expect(dmar0 == VTdRegisters(capability: 0x9d2_078e_206f_0466, extendedCapability: 0x3_ef9a_a2f0_50df))
        #expect(dmar1 == VTdRegisters(capability: 0x9d2_078e_206f_0466, extendedCapability: 0x3_cf9a_a2f0_50df))
        #expect(dmar0.dirtyTracking && !dmar1.dirtyTracking)
    }

    @Test func rawRegistersAsHexStringsAndIntegers() throws {
        let host = try SimTopology.decode("""
            {"iommus": [{"name": "a", "cap": "0x9D2078E206F0466", "ecap": "0x3ef9aa2f050df"},
                        {"name": "b", "cap": 707636398461486182, "ecap": 1107872367792351}],
             "devices": []}
            """)
        let expected = VTdRegisters(capability: 0x9d2_078e_206f_0466, extendedCapability: 0x3_ef9a_a2f0_50df)
        #expect(host.iommus.map(\.registers) == [expected, expected])
        #expect(host.iommus.map(\.name) == ["a", "b"])
    }

    @Test func namedFieldsOverrideTheRawRegisters() throws {
        let host = try SimTopology.decode("""
            {"iommus": [{"name": "x", "cap": "0x9d2078e206f0466", "ecap": "0x3ef9aa2f050df",
                         "dirty-tracking": false, "nesting": true, "address-width": 57, "page-sizes": ["4K"],
                         "pasid-width": 8, "page-requests": false, "snoop-control": false, "coherent": false,
                         "interrupt-remapping": false}],
             "devices": []}
            """)
        let r = host.iommus[0].registers
        #expect(!r.dirtyTracking && !r.secondLevelAccessedDirty && r.scalableMode)
        #expect(r.nesting && r.nested)
        #expect(r.addressWidth == 57 && r.maximumGuestAddressWidth == 57 && r.supportedAdjustedGuestAddressWidths == 0b1000)
        #expect(r.pageSizeBitmap == 1 << 12)
        #expect(r.pasid && r.pasidWidth == 8)
        #expect(!r.pageRequests && !r.snoopControl && !r.coherent && !r.interruptRemapping)
        // Untouched fields keep the raw value's bits (here: FRO, NFR, IRO).
        let raw = VTdRegisters(capability: 0x9d2_078e_206f_0466, extendedCapability: 0x3_ef9a_a2f0_50df)
        let froAndNFR: UInt64 = 0x3ff << 24 | 0xff << 40
        #expect(r.capability & froAndNFR == raw.capability & froAndNFR)
        #expect(r.extendedCapability & 0x3ff00 == raw.extendedCapability & 0x3ff00)
    }

    @Test func anIOMMUWithoutRegistersStartsFromTheTemplate() throws {
        let host = try SimTopology.decode(#"{"iommus": [{"name": "d"}, {"name": "e", "pasid-width": 0}], "devices": []}"#)
        #expect(host.iommus[0].registers == VTdRegisters.sapphireRapidsLike(slads: true))
        #expect(host.iommus[0].dirtyTracking)
        #expect(!host.iommus[1].registers.pasid)
        let back = try SimTopology.decode(#"{"iommus": [{"name": "d", "dirty-tracking": false}], "devices": []}"#)
        #expect(back.iommus[0].registers == VTdRegisters.sapphireRapidsLike(slads: false))
    }

    @Test func deviceDefaultsAndHexNumbers() throws {
        let host = try SimTopology.decode("""
            {"comment": "two devices",
             "iommus": [{"name": "dmar0"}],
             "devices": [
               {"name": "0000:00:02.0", "iommu": "dmar0", "group": "0x1f",
                "reserved-regions": [{"start": "0xfee00000", "last": "0xfeefffff"}, {"start": 0, "last": 4095}],
                "regions": "0xa", "irqs": 3, "reset": false, "pasid-width": 5, "page-requests": true,
                "vendor-id": "0x8086", "device-id": 4307, "class": "0x020000"},
               {"name": "mdev0", "iommu": null, "group": null}]}
            """)
        let pci = host.devices[0]
        #expect(pci.cdevPath == "/dev/vfio/devices/vfio0")
        #expect(pci.group == 31 && pci.iommu == "dmar0" && pci.summary == "")
        #expect(pci.reservedRegions == [0xfee0_0000...0xfeef_ffff, 0...4095])
        #expect(pci.regionCount == 10 && pci.irqCount == 3 && !pci.resetWorks)
        #expect(pci.pasidWidth == 5 && pci.pageRequests)
        #expect(pci.vendorID == 0x8086 && pci.deviceID == 0x10d3 && pci.classCode == 0x02_0000)
        let mdev = host.devices[1]
        #expect(mdev == SimulatedDevice(sysfsName: "mdev0", cdevPath: "/dev/vfio/devices/vfio1", iommu: nil, group: nil))
        #expect(mdev.regionCount == 9 && mdev.irqCount == 5 && mdev.resetWorks && mdev.pasidWidth == 0)
        #expect(mdev.vendorID == 0x1b36 && mdev.deviceID == 0x0005 && mdev.classCode == 0xff_0000)
        #expect(SimTopology.summary(of: host) == "1 IOMMU (dmar0), 2 devices (1 mdev)")
    }

    // MARK: Refusals

    static let refusalCases: [(String, String)] = [
        // Syntax and shape
        (#"{"devices": [}"#, "not valid JSON: "),
        ("[]", "top level: expected an object, got array"),
        (#"{"iommus": []}"#, #"top level: missing required member "devices""#),
        (#"{"devices": [], "colour": 1}"#, "colour: unknown member; expected one of: comment, kernel-version, iommus, devices"),
        (#"{"devices": [], "kernel-version": "7"}"#, #"kernel-version: '7' is not a Linux release such as "6.12" or "7.3""#),
        (#"{"devices": [], "kernel-version": "7.x"}"#, #"kernel-version: '7.x' is not a Linux release such as "6.12" or "7.3""#),
        (#"{"devices": [], "kernel-version": 7.3}"#, "kernel-version: expected a string, got number"),
        (#"{"devices": {}}"#, "devices: expected an array, got object"),
        (#"{"comment": 5, "devices": []}"#, "comment: expected a string, got integer"),
        // IOMMUs
        (#"{"iommus": [{"name": "a", "dirty_tracking": true}], "devices": []}"#,
         "iommus[0].dirty_tracking: unknown member; expected one of: name, type, cap, ecap, dirty-tracking, nesting, address-width, page-sizes, pasid-width, page-requests, snoop-control, coherent, interrupt-remapping, first-stage-1g-pages"),
        (#"{"iommus": [{}], "devices": []}"#, #"iommus[0]: missing required member "name""#),
        (#"{"iommus": [{"name": ""}], "devices": []}"#, "iommus[0].name: must not be empty"),
        (#"{"iommus": [{"name": 7}], "devices": []}"#, "iommus[0].name: expected a string, got integer"),
        (#"{"iommus": [{"name": "a"}, {"name": "b"}, {"name": "a"}], "devices": []}"#,
         "iommus[2].name: duplicate IOMMU name 'a' (also iommus[0])"),
        (#"{"iommus": [{"name": "a", "type": "arm-smmuv3"}], "devices": []}"#,
         "iommus[0].type: unsupported IOMMU type 'arm-smmuv3'; the simulated host has only 'intel-vtd'"),
        (#"{"iommus": [{"name": "a", "dirty-tracking": "yes"}], "devices": []}"#,
         "iommus[0].dirty-tracking: expected a boolean, got string"),
        (#"{"iommus": [{"name": "a", "cap": 1.5}], "devices": []}"#,
         #"iommus[0].cap: expected an integer or a "0x" hex string, got number"#),
        (#"{"iommus": [{"name": "a", "cap": "123"}], "devices": []}"#,
         #"iommus[0].cap: "123" is not a number; expected an integer or a "0x" hex string"#),
        (#"{"iommus": [{"name": "a", "ecap": "0xfg"}], "devices": []}"#,
         #"iommus[0].ecap: "0xfg" is not a number; expected an integer or a "0x" hex string"#),
        (#"{"iommus": [{"name": "a", "ecap": "0x"}], "devices": []}"#,
         #"iommus[0].ecap: "0x" is not a number; expected an integer or a "0x" hex string"#),
        (#"{"iommus": [{"name": "a", "ecap": "0x10000000000000000"}], "devices": []}"#,
         "iommus[0].ecap: 0x10000000000000000 does not fit in 64 bits"),
        (#"{"iommus": [{"name": "a", "cap": -1}], "devices": []}"#, "iommus[0].cap: must not be negative, not -1"),
        (#"{"iommus": [{"name": "a", "address-width": 40}], "devices": []}"#,
         "iommus[0].address-width: must be 39, 48 or 57, not 40"),
        (#"{"iommus": [{"name": "a", "pasid-width": 33}], "devices": []}"#,
         "iommus[0].pasid-width: must be from 0 to 32, not 33"),
        (#"{"iommus": [{"name": "a", "page-sizes": "4K"}], "devices": []}"#,
         "iommus[0].page-sizes: expected an array, got string"),
        (#"{"iommus": [{"name": "a", "page-sizes": ["4K", "16K"]}], "devices": []}"#,
         #"iommus[0].page-sizes[1]: unknown page size "16K"; expected "4K", "2M" or "1G""#),
        (#"{"iommus": [{"name": "a", "page-sizes": ["4K", "2M", "2M"]}], "devices": []}"#,
         #"iommus[0].page-sizes[2]: duplicate page size "2M""#),
        (#"{"iommus": [{"name": "a", "page-sizes": ["2M", "1G"]}], "devices": []}"#,
         #"iommus[0].page-sizes: must include "4K""#),
        (#"{"iommus": [{"name": "a"}, 3], "devices": []}"#, "iommus[1]: expected an object, got integer"),
        // Devices
        (#"{"devices": [{"name": "m", "irq": 5}]}"#,
         "devices[0].irq: unknown member; expected one of: name, cdev, iommu, group, summary, regions, irqs, reset, pasid-width, page-requests, reserved-regions, behind-bridge, vendor-id, device-id, class, migration"),
        (#"{"devices": [{"name": "m", "vendor-id": "0xffff"}]}"#, "devices[0].vendor-id: must be from 0 to 0xfffe, not 0xffff"),
        (#"{"devices": [{"name": "m", "class": "0x1000000"}]}"#, "devices[0].class: a class code has 24 bits, not 0x1000000"),
        (#"{"devices": [{"cdev": "/dev/vfio/devices/vfio0"}]}"#, #"devices[0]: missing required member "name""#),
        (#"{"devices": [{"name": "m"}, {"name": "m"}]}"#, "devices[1].name: duplicate device name 'm' (also devices[0])"),
        (#"{"devices": [{"name": "m", "cdev": "/dev/vfio/devices/vfio9"}, {"name": "n", "cdev": "/dev/vfio/devices/vfio9"}]}"#,
         "devices[1].cdev: duplicate cdev path '/dev/vfio/devices/vfio9' (also devices[0])"),
        (#"{"devices": [{"name": "m", "cdev": "/dev/vfio/devices/vfio1"}, {"name": "n"}]}"#,
         "devices[1].cdev: duplicate cdev path '/dev/vfio/devices/vfio1' (also devices[0])"),
        (#"{"devices": [{"name": "m", "cdev": "/dev/iommu"}]}"#,
         "devices[0].cdev: '/dev/iommu' is not a file in /dev/vfio/devices/"),
        (#"{"iommus": [{"name": "dmar0"}, {"name": "dmar1"}], "devices": [{"name": "d", "iommu": "dmar9", "group": 1}]}"#,
         "devices[0].iommu: no IOMMU named 'dmar9' (declared: dmar0, dmar1)"),
        (#"{"devices": [{"name": "d", "iommu": "dmar0", "group": 1}]}"#,
         "devices[0].iommu: no IOMMU named 'dmar0' (none declared)"),
        (#"{"iommus": [{"name": "dmar0"}], "devices": [{"name": "d", "iommu": "dmar0"}]}"#,
         #"devices[0]: missing required member "group" (a device behind an IOMMU has one)"#),
        (#"{"devices": [{"name": "m", "group": 4}]}"#, #"devices[0].group: an mdev (no "iommu") has no IOMMU group"#),
        (#"{"iommus": [{"name": "dmar0"}], "devices": [{"name": "d", "iommu": "dmar0", "group": 4294967296}]}"#,
         "devices[0].group: must be from 0 to 2147483647, not 4294967296"),
        ("""
         {"iommus": [{"name": "dmar0"}, {"name": "dmar1"}],
          "devices": [{"name": "a", "iommu": "dmar0", "group": 12}, {"name": "b", "iommu": "dmar0", "group": 12},
                      {"name": "c", "iommu": "dmar1", "group": 12}]}
         """,
         "devices[2].group: group 12 is behind IOMMU 'dmar0' (devices[0]), not 'dmar1': the devices of a group share one IOMMU"),
        (#"{"devices": [{"name": "m", "regions": 4294967296}]}"#, "devices[0].regions: must be from 0 to 4294967295, not 4294967296"),
        (#"{"devices": [{"name": "m", "pasid-width": 21}]}"#, "devices[0].pasid-width: must be from 0 to 20, not 21"),
        (#"{"devices": [{"name": "m", "reset": 1}]}"#, "devices[0].reset: expected a boolean, got integer"),
        (#"{"devices": [{"name": "m", "reserved-regions": [{"start": "0x2000", "last": "0x1fff"}]}]}"#,
         "devices[0].reserved-regions[0]: start 0x2000 is above last 0x1fff"),
        (#"{"devices": [{"name": "m", "reserved-regions": [{"start": 0}]}]}"#,
         #"devices[0].reserved-regions[0]: missing required member "last""#),
        (#"{"devices": [{"name": "m", "reserved-regions": [{"start": 0, "last": 1, "size": 2}]}]}"#,
         "devices[0].reserved-regions[0].size: unknown member; expected one of: start, last"),
        (#"{"devices": [{"name": "m", "reserved-regions": [{"start": 0, "last": true}]}]}"#,
         #"devices[0].reserved-regions[0].last: expected an integer or a "0x" hex string, got boolean"#),
    ]

    @Test(arguments: refusalCases)
    func refusals(text: String, message: String) {
        let refusal = Self.refusal(text)
        if message.hasSuffix(": ") {
            #expect(refusal?.hasPrefix(message) == true, "\(String(describing: refusal))")
        } else {
            #expect(refusal == message)
        }
    }

    // MARK: The kernel and the daemon's selection

    /// A host whose only IOMMU cannot track dirty pages: a dirty-tracking
    /// HWPT is refused, and GET_HW_INFO shows the file's registers.
    @Test func aTopologyWithoutDirtyTracking() throws {
        let host = try SimTopology.decode("""
            {"iommus": [{"name": "old", "dirty-tracking": false, "pasid-width": 0, "address-width": 39}],
             "devices": [{"name": "0000:03:00.0", "cdev": "/dev/vfio/devices/vfio7", "iommu": "old", "group": 3,
                          "pasid-width": 20}]}
            """)
        let kernel = SimulatedKernel(host: host)
        let iommufd = try IOMMUFD(kernel: kernel)
        var alloc = IOASAlloc()
        try iommufd.perform(&alloc)
        #expect(throws: KernelError("open /dev/vfio/devices/vfio0", .ENOENT)) {
            _ = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio0")
        }
        var device = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio7", name: "0000:03:00.0")
        var bind = VFIODeviceBindIOMMUFD(iommufd: iommufd)
        try device.perform(&bind)
        var hw = GetHWInfo(device: bind.device)
        try iommufd.perform(&hw)
        let registers = host.iommus[0].registers
        #expect(hw.vtd == VTdHWInfo(flags: 1, capability: registers.capability,
                                    extendedCapability: registers.extendedCapability))
        #expect(!hw.capabilities.contains(.dirtyTracking))
        #expect(hw.maxPASIDLog2 == 0)  // the IOMMU has no PASID support
        var dirty = HWPTAlloc(device: bind.device, ioas: alloc.ioas, flags: [.dirtyTracking])
        #expect(throws: KernelError("IOMMU_HWPT_ALLOC", .EOPNOTSUPP)) { try iommufd.perform(&dirty) }
        var plain = HWPTAlloc(device: bind.device, ioas: alloc.ioas)
        try iommufd.perform(&plain)
        device.close()

        // The same device behind a unit that can: the HWPT is allocated.
        let tracking = try SimTopology.decode("""
            {"iommus": [{"name": "new"}],
             "devices": [{"name": "0000:03:00.0", "cdev": "/dev/vfio/devices/vfio7", "iommu": "new", "group": 3}]}
            """)
        let kernel2 = SimulatedKernel(host: tracking)
        let iommufd2 = try IOMMUFD(kernel: kernel2)
        var alloc2 = IOASAlloc()
        try iommufd2.perform(&alloc2)
        var device2 = try VFIODevice(kernel: kernel2, path: "/dev/vfio/devices/vfio7")
        var bind2 = VFIODeviceBindIOMMUFD(iommufd: iommufd2)
        try device2.perform(&bind2)
        var hw2 = GetHWInfo(device: bind2.device)
        try iommufd2.perform(&hw2)
        #expect(hw2.capabilities.contains(.dirtyTracking))
        var dirty2 = HWPTAlloc(device: bind2.device, ioas: alloc2.ioas, flags: [.dirtyTracking])
        try iommufd2.perform(&dirty2)
        device2.close()
    }

    @Test func selectionLogsTheTopology() throws {
        let (kernel, log) = try KernelChoice.sim.select(simTopology: Self.shippedExample)
        #expect(kernel.name == "sim")
        #expect(log == ["using the simulated kernel (--kernel sim)",
                        "simulated host: \(Self.shippedExample): 2 IOMMUs (dmar0, dmar1), 5 devices (1 mdev); Linux 6.12"])
        let (_, builtIn) = try KernelChoice.auto.select(iommuPath: "/nonexistent/iommu", simTopology: nil)
        #expect(builtIn == ["using the simulated kernel: /nonexistent/iommu does not exist (--kernel auto)",
                            "simulated host: the built-in default topology: 2 IOMMUs (dmar0, dmar1), 5 devices (1 mdev); Linux 6.12"])
    }

    @Test func selectionUsesTheFilesDevices() throws {
        let path = Self.temporaryFile(#"{"devices": [{"name": "only", "cdev": "/dev/vfio/devices/vfio42"}]}"#)
        defer { Self.cleanUp(path) }
        let (kernel, log) = try KernelChoice.sim.select(simTopology: path)
        #expect(log.last == "simulated host: \(path): 0 IOMMUs, 1 device (1 mdev); Linux 6.12")
        #expect(throws: KernelError("open /dev/vfio/devices/vfio0", .ENOENT)) {
            _ = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio0")
        }
        let device = try VFIODevice(kernel: kernel, path: "/dev/vfio/devices/vfio42")
        device.close()
    }

    /// The release the simulated kernel answers as: 6.12 by default, the
    /// file's `kernel-version`, and `--sim-kernel-version` over both; with
    /// the host kernel, refused (`--kernel host`) or ignored (auto).
    @Test func kernelVersionSetting() throws {
        let path = Self.temporaryFile(#"{"kernel-version": "7.3.4", "devices": []}"#)
        defer { Self.cleanUp(path) }
        let fromFile = try KernelChoice.sim.select(simTopology: path)
        #expect((fromFile.kernel as? SimulatedKernel)?.version == KernelVersion(7, 3))
        #expect(fromFile.log.last == "simulated host: \(path): 0 IOMMUs, 0 devices; Linux 7.3")
        let option = try KernelChoice.sim.select(simTopology: path, simKernelVersion: KernelVersion(6, 13))
        #expect((option.kernel as? SimulatedKernel)?.version == .linux6_13)
        let builtIn = try KernelChoice.sim.select(simTopology: nil, simKernelVersion: KernelVersion(7, 3))
        #expect(builtIn.log.last?.hasSuffix("; Linux 7.3") == true)
        #expect((try KernelChoice.sim.select(simTopology: nil).kernel as? SimulatedKernel)?.version == .linux6_12)
        #expect(throws: KernelSelectionError.kernelVersionWithHostKernel) {
            _ = try KernelChoice.host.select(simTopology: nil, simKernelVersion: .linux6_13)
        }
        let auto = try KernelChoice.auto.select(iommuPath: "/dev/null", simTopology: nil, simKernelVersion: .linux6_13)
        #expect(auto.log.last == "warning: --sim-kernel-version ignored: the host kernel is in use")
        #expect(SimTopology.kernelVersion(parsing: "6.12") == .linux6_12)
        #expect(SimTopology.kernelVersion(parsing: "7.3.4") == KernelVersion(7, 3))
        for bad in ["7", "7.", "7.3.4.1", "7.3-rc1", "", "v7.3"] { #expect(SimTopology.kernelVersion(parsing: bad) == nil) }
        #expect(KernelVersion("7.3.4-iommufd-vm") == KernelVersion(7, 3))
        #expect(KernelVersion(6, 12) < .linux6_13 && !KernelVersion.linux6_12.hasFileMappings && KernelVersion(7, 3).hasFileMappings)
    }

    @Test func theHostKernelRefusesATopology() {
        #expect(throws: KernelSelectionError.topologyWithHostKernel(file: "t.json")) {
            _ = try KernelChoice.host.select(simTopology: "t.json")
        }
        #expect(KernelSelectionError.topologyWithHostKernel(file: "t.json").description
            == "--sim-topology t.json needs the simulated kernel (--kernel sim or auto), not --kernel host")
    }

    @Test func autoOnTheHostWarnsThatTheTopologyIsIgnored() throws {
        // Any existing path stands in for /dev/iommu.
        let (kernel, log) = try KernelChoice.auto.select(iommuPath: "/dev/null", simTopology: Self.shippedExample)
        #expect(kernel.name == "host")
        #expect(log == ["using the host kernel: /dev/null exists (--kernel auto)",
                        "warning: --sim-topology \(Self.shippedExample) ignored: the host kernel is in use"])
    }

    @Test func aBadFileIsRefusedWhicheverKernelWins() {
        let path = Self.temporaryFile(#"{"devices": [{"name": "m", "group": 4}]}"#)
        defer { Self.cleanUp(path) }
        for (choice, iommuPath) in [(KernelChoice.sim, "/nonexistent"), (.auto, "/dev/null")] {
            do {
                _ = try choice.select(iommuPath: iommuPath, simTopology: path)
                Issue.record("\(choice) accepted a bad topology")
            } catch {
                #expect(error.description == "--sim-topology \(path): devices[0].group: an mdev (no \"iommu\") has no IOMMU group")
            }
        }
    }

    @Test func anUnreadableFileIsRefused() {
        #expect(throws: SimTopologyError("", "cannot open: No such file or directory")) {
            _ = try SimTopology.load(path: "/nonexistent/topology.json")
        }
        #expect(throws: SimTopologyError("", "cannot read: Is a directory")) {
            _ = try SimTopology.load(path: "/tmp")
        }
    }
}
