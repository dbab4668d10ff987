#if canImport(Glibc)
import Glibc
#endif
import LinuxKernel
import Posix
import Testing

/// A fake sysfs and /dev in a temporary directory, removed on deinit.
final class FakeHostTree {
    let root: String
    var sysfs: String { root + "/sys" }
    var dev: String { root + "/dev" }
    var kernel: HostKernel { HostKernel(sysfsRoot: sysfs, devRoot: dev) }

    init() throws {
        var template = Array("/tmp/iommud-sysfs-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw Errno.current }
        root = String(cString: made)
        try makeDirectory(sysfs)
        try makeDirectory(dev + "/vfio/devices")
    }

    deinit { Self.removeTree(root) }

    /// `rm -r` without following links: the contents of a directory, then
    /// the directory; anything else (file, link, node) is unlinked.
    private static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            unlink(path)
            return
        }
        if let directory = opendir(path) {
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(directory)
            for name in names { removeTree(path + "/" + name) }
        }
        rmdir(path)
    }

    /// `mkdir -p`.
    func makeDirectory(_ path: String) throws {
        var sofar = ""
        for component in path.split(separator: "/") {
            sofar += "/" + component
            if mkdir(sofar, 0o755) != 0 && errno != EEXIST { throw Errno.current }
        }
    }

    func write(_ path: String, _ text: String) throws {
        try makeDirectory(parent(of: path))
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Errno.current }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        guard Glibc.write(fd, bytes, bytes.count) == bytes.count else { throw Errno.current }
    }

    func link(_ path: String, to target: String) throws {
        try makeDirectory(parent(of: path))
        guard symlink(target, path) == 0 else { throw Errno.current }
    }

    /// A character device node (root only).
    func characterDevice(_ path: String, major: UInt64, minor: UInt64) throws {
        // The kernel's own dev_t layout (new_encode_dev), written out here
        // rather than shared with the code under test.
        let number = (minor & 0xff) | (major << 8) | ((minor & ~0xff) << 12)
        guard mknod(path, S_IFCHR | 0o600, dev_t(number)) == 0 else { throw Errno.current }
    }

    /// A PCI function as sysfs shows it: the bus entry is a link to the
    /// device's real directory under `devices/`, below the bridge
    /// 0000:00:01.0. A PCI Express function has `current_link_speed`; a
    /// conventional one (`pcie: false`) behind the bridge is aliased.
    @discardableResult
    func pciDevice(
        _ address: String, vfio: String? = nil, devFile: String? = nil, iommu: String? = "dmar0",
        group: Int? = nil, vendor: String? = nil, device: String? = nil, pcie: Bool = true
    ) throws -> String {
        let real = sysfs + "/devices/pci0000:00/0000:00:01.0/" + address
        try makeDirectory(real)
        try link(sysfs + "/bus/pci/devices/" + address, to: "../../../devices/pci0000:00/0000:00:01.0/" + address)
        if pcie { try write(real + "/current_link_speed", "8.0 GT/s PCIe\n") }
        try fill(real, vfio: vfio, devFile: devFile, iommu: iommu, group: group)
        if let vendor { try write(real + "/vendor", vendor + "\n") }
        if let device { try write(real + "/device", device + "\n") }
        return real
    }

    /// An mdev, under its parent device.
    func mdevDevice(_ uuid: String, vfio: String, devFile: String, group: Int? = nil, type: String? = nil) throws {
        let real = sysfs + "/devices/virtual/mtty/mtty/" + uuid
        try makeDirectory(real)
        try link(sysfs + "/bus/mdev/devices/" + uuid, to: "../../../devices/virtual/mtty/mtty/" + uuid)
        try fill(real, vfio: vfio, devFile: devFile, iommu: nil, group: group)
        if let type { try link(real + "/mdev_type", to: "../mdev_supported_types/" + type) }
    }

    private func fill(_ real: String, vfio: String?, devFile: String?, iommu: String?, group: Int?) throws {
        if let vfio {
            try makeDirectory(real + "/vfio-dev/" + vfio)
            if let devFile { try write(real + "/vfio-dev/" + vfio + "/dev", devFile + "\n") }
        }
        if let iommu { try link(real + "/iommu", to: "../../../virtual/iommu/" + iommu) }
        if let group { try link(real + "/iommu_group", to: "../../../../kernel/iommu_groups/\(group)") }
    }

    private func parent(of path: String) -> String {
        String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    }
}

private let isRoot = getuid() == 0

@Suite struct HostDeviceDiscoveryTests {
    /// The real thing with device nodes: only root may mknod.
    @Test(.enabled(if: isRoot, "mknod needs root"))
    func listsVerifiedDevicesInCdevOrderAndSkipsTheRest() throws {
        let tree = try FakeHostTree()
        let cdevs = tree.dev + "/vfio/devices/"
        // Kept: vfio0 (a minor above 255, so both halves of st_rdev count),
        // vfio1, vfio9 and the mdev's vfio10 (numeric, not string, order).
        try tree.pciDevice("0000:17:00.0", vfio: "vfio1", devFile: "511:1", group: 12, vendor: "0x8086", device: "0x1572")
        try tree.characterDevice(cdevs + "vfio1", major: 511, minor: 1)
        try tree.pciDevice("0000:17:00.1", vfio: "vfio0", devFile: "511:300", iommu: "dmar1", group: 12)
        try tree.characterDevice(cdevs + "vfio0", major: 511, minor: 300)
        // A conventional PCI function behind the bridge: aliased.
        try tree.pciDevice("0000:65:00.0", vfio: "vfio9", devFile: "511:9", iommu: nil, group: 7, pcie: false)
        try tree.characterDevice(cdevs + "vfio9", major: 511, minor: 9)
        try tree.mdevDevice("83b8f4f2-509f-382f-3c1e-e6bfe0fa1001", vfio: "vfio10", devFile: "511:10", type: "mtty-2")
        try tree.characterDevice(cdevs + "vfio10", major: 511, minor: 10)
        // Skipped: bound to a host driver (no vfio-dev).
        try tree.pciDevice("0000:00:1f.0")
        // Skipped: the node is another device (minor, then major).
        try tree.pciDevice("0000:18:00.0", vfio: "vfio2", devFile: "511:2")
        try tree.characterDevice(cdevs + "vfio2", major: 511, minor: 7)
        try tree.pciDevice("0000:18:00.1", vfio: "vfio6", devFile: "511:6")
        try tree.characterDevice(cdevs + "vfio6", major: 510, minor: 6)
        // Skipped: the node is a regular file.
        try tree.pciDevice("0000:19:00.0", vfio: "vfio3", devFile: "511:3")
        try tree.write(cdevs + "vfio3", "")
        // Skipped: no node.
        try tree.pciDevice("0000:1a:00.0", vfio: "vfio4", devFile: "511:4")
        // Skipped: no number, or not one.
        try tree.pciDevice("0000:1b:00.0", vfio: "vfio5", devFile: "eleven")
        try tree.characterDevice(cdevs + "vfio5", major: 511, minor: 5)
        try tree.pciDevice("0000:1c:00.0", vfio: "vfio7", devFile: nil)
        try tree.characterDevice(cdevs + "vfio7", major: 511, minor: 7)
        // Skipped: vfio-dev without a vfioN in it.
        try tree.pciDevice("0000:1d:00.0", vfio: "vfiox", devFile: "511:8")
        try tree.characterDevice(cdevs + "vfio8", major: 511, minor: 8)

        let devices = try tree.kernel.vfioHostDevices().get()

        #expect(devices.map(\.name) == [
            "0000:17:00.1", "0000:17:00.0", "0000:65:00.0", "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001",
        ])
        #expect(devices.first == VFIOHostDevice(
            name: "0000:17:00.1", sysfsPath: tree.sysfs + "/bus/pci/devices/0000:17:00.1",
            cdevPath: cdevs + "vfio0", iommu: "dmar1", group: 12, summary: ""))
        #expect(devices.dropFirst().first == VFIOHostDevice(
            name: "0000:17:00.0", sysfsPath: tree.sysfs + "/bus/pci/devices/0000:17:00.0",
            cdevPath: cdevs + "vfio1", iommu: "dmar0", group: 12, summary: "8086:1572"))
        var conventional = VFIOHostDevice(
            name: "0000:65:00.0", sysfsPath: tree.sysfs + "/bus/pci/devices/0000:65:00.0",
            cdevPath: cdevs + "vfio9", iommu: nil, group: 7, summary: "")
        conventional.aliased = true
        #expect(devices.dropFirst(2).first == conventional)
        #expect(devices.dropFirst(3).first == VFIOHostDevice(
            name: "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001",
            sysfsPath: tree.sysfs + "/bus/mdev/devices/83b8f4f2-509f-382f-3c1e-e6bfe0fa1001",
            cdevPath: cdevs + "vfio10", iommu: nil, group: nil, summary: "mdev mtty-2"))
    }

    /// Without root: the nodes are links to /dev/null (1:3), which `stat`
    /// follows as QEMU's `open` does.
    @Test func verifiesTheNumberThroughALinkToARealNode() throws {
        let tree = try FakeHostTree()
        let cdevs = tree.dev + "/vfio/devices/"
        try tree.pciDevice("0000:17:00.0", vfio: "vfio0", devFile: "1:3", group: 12)
        try tree.link(cdevs + "vfio0", to: "/dev/null")
        try tree.pciDevice("0000:17:00.1", vfio: "vfio1", devFile: "1:4", group: 12)  // /dev/null is not 1:4
        try tree.link(cdevs + "vfio1", to: "/dev/null")
        try tree.pciDevice("0000:17:00.2", vfio: "vfio2", devFile: "3:3", group: 12)  // nor 3:3
        try tree.link(cdevs + "vfio2", to: "/dev/null")
        try tree.pciDevice("0000:17:00.3", vfio: "vfio3", devFile: "1:3", group: 12)  // a directory
        try tree.link(cdevs + "vfio3", to: "/dev")
        try tree.pciDevice("0000:17:00.4", vfio: "vfio4", devFile: "1:3", group: 12)  // dangling
        try tree.link(cdevs + "vfio4", to: tree.root + "/nowhere")

        let devices = try tree.kernel.vfioHostDevices().get()
        #expect(devices.map(\.name) == ["0000:17:00.0"])
        #expect(devices.first?.cdevPath == cdevs + "vfio0")
    }

    @Test func aMachineWithoutPCIOrMdevListsNothing() throws {
        let tree = try FakeHostTree()
        #expect(try tree.kernel.vfioHostDevices().get() == [])
        // No sysfs at all.
        let nowhere = HostKernel(sysfsRoot: tree.root + "/missing", devRoot: tree.dev)
        #expect(try nowhere.vfioHostDevices().get() == [])
        // Only an mdev bus: still lists the mdev.
        try tree.mdevDevice("0b9b1f1c-6f4e-4d8a-9d3a-2a3c1f2e4d5b", vfio: "vfio0", devFile: "1:3")
        try tree.link(tree.dev + "/vfio/devices/vfio0", to: "/dev/null")
        #expect(try tree.kernel.vfioHostDevices().get().map(\.name) == ["0b9b1f1c-6f4e-4d8a-9d3a-2a3c1f2e4d5b"])
    }

    @Test func rootsWithTrailingSlashesGiveCleanPaths() throws {
        let tree = try FakeHostTree()
        try tree.pciDevice("0000:17:00.0", vfio: "vfio0", devFile: "1:3")
        try tree.link(tree.dev + "/vfio/devices/vfio0", to: "/dev/null")
        let kernel = HostKernel(sysfsRoot: tree.sysfs + "/", devRoot: tree.dev + "//")
        let device = try kernel.vfioHostDevices().get().first
        #expect(device?.sysfsPath == tree.sysfs + "/bus/pci/devices/0000:17:00.0")
        #expect(device?.cdevPath == tree.dev + "/vfio/devices/vfio0")
    }

    @Test func defaultRootsAreTheHostsAndListingItDoesNotFail() throws {
        let kernel = HostKernel()
        #expect(kernel.sysfsRoot == "/sys")
        #expect(kernel.devRoot == "/dev")
        // Whatever this machine has, every device listed checks out.
        for device in try kernel.vfioHostDevices().get() {
            #expect(device.cdevPath.hasPrefix("/dev/vfio/devices/vfio"))
            #expect(device.sysfsPath.hasSuffix("/" + device.name))
        }
    }
}

@Suite struct ResolveVFIODeviceTests {
    static let nic = VFIOHostDevice(
        name: "0000:17:00.0", sysfsPath: "/sys/bus/pci/devices/0000:17:00.0",
        cdevPath: "/dev/vfio/devices/vfio0", iommu: "dmar0", group: 12)
    static let otherDomain = VFIOHostDevice(
        name: "0001:18:00.0", sysfsPath: "/sys/bus/pci/devices/0001:18:00.0",
        cdevPath: "/dev/vfio/devices/vfio1", iommu: "dmar1", group: 13)
    static let mdev = VFIOHostDevice(
        name: "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001",
        sysfsPath: "/sys/bus/mdev/devices/83b8f4f2-509f-382f-3c1e-e6bfe0fa1001",
        cdevPath: "/dev/vfio/devices/vfio10", iommu: nil, group: nil)
    static let all = [nic, otherDomain, mdev]

    @Test(arguments: [
        ("0000:17:00.0", nic),
        ("17:00.0", nic),
        (" 0000:17:00.0\n", nic),
        ("0000:17:00.0".uppercased(), nic),
        ("/sys/bus/pci/devices/0000:17:00.0", nic),
        ("/sys/bus/pci/devices/0000:17:00.0/", nic),
        ("/sys/bus/pci/devices/0000:17:00.0//", nic),
        ("/sys/devices/pci0000:16/0000:16:02.0/0000:17:00.0", nic),
        ("/dev/vfio/devices/vfio0", nic),
        ("0001:18:00.0", otherDomain),
        ("/dev/vfio/devices/vfio1", otherDomain),
        ("83b8f4f2-509f-382f-3c1e-e6bfe0fa1001", mdev),
        ("83B8F4F2-509F-382F-3C1E-E6BFE0FA1001", mdev),
        ("/sys/bus/mdev/devices/83b8f4f2-509f-382f-3c1e-e6bfe0fa1001", mdev),
        ("/sys/devices/virtual/mtty/mtty/83b8f4f2-509f-382f-3c1e-e6bfe0fa1001/", mdev),
        ("/dev/vfio/devices/vfio10", mdev),
    ])
    func resolvesEverySpelling(spec: String, expected: VFIOHostDevice) {
        #expect(resolveVFIODevice(spec, in: Self.all) == expected)
    }

    @Test(arguments: [
        "", " ", "/", "0000:99:00.0", "99:00.0",
        "18:00.0",  // short form means domain 0000; that device is in 0001
        "17:00", "0000:17:00.8", "x7:00.0", "17:00.0.0",
        "vfio0", "/dev/vfio/devices/vfio2", "/dev/vfio/devices/vfio01", "/dev/vfio/devices/",
        "/sys/bus/pci/devices/", "/sys/bus/pci/devices/0000:99:00.0",
        "83b8f4f2-509f-382f-3c1e-e6bfe0fa1002", "dmar0", "12",
    ])
    func refusesWhatNamesNoDevice(spec: String) {
        #expect(resolveVFIODevice(spec, in: Self.all) == nil)
    }

    @Test func findsNothingInAnEmptyList() {
        #expect(resolveVFIODevice("0000:17:00.0", in: []) == nil)
    }
}
