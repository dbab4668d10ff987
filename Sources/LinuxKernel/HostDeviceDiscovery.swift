#if canImport(Glibc)
import Glibc
#endif
import Posix

// Finding the host's VFIO cdev devices through sysfs, the way QEMU finds the
// cdev of one device (`iommufd_cdev_getfd`): `<sysfsdev>/vfio-dev/vfioN/dev`
// holds "major:minor", and `/dev/vfio/devices/vfioN` must be a character
// device with that number.

extension HostKernel {
    /// The VFIO cdev devices of the host, found through sysfs, in cdev order
    /// (`vfio0`, `vfio1`, …).
    ///
    /// Looks at every device under `<sysfs>/bus/pci/devices` and
    /// `<sysfs>/bus/mdev/devices` that has a `vfio-dev/vfioN` directory, and
    /// keeps it only when `<dev>/vfio/devices/vfioN` is a character device
    /// whose number is the one in `vfio-dev/vfioN/dev`. A device that fails
    /// that check, or vanishes while it is read, is left out; a bus without
    /// a readable `devices` directory (a machine without PCI, no mdev
    /// support) contributes nothing.
    ///
    /// - Returns: the devices, or the errno of something unexpected: running
    ///   out of descriptors or memory, or a directory that opened but could
    ///   not be read to its end.
    public func vfioHostDevices() -> Result<[VFIOHostDevice], Errno> {
        do throws(Errno) {
            var found: [(index: Int, device: VFIOHostDevice)] = []
            for bus in ["pci", "mdev"] {
                found += try discoverDevices(onBus: bus)
            }
            found.sort { ($0.index, $0.device.name) < ($1.index, $1.device.name) }
            return .success(found.map(\.device))
        } catch {
            return .failure(error)
        }
    }

    /// The verified VFIO devices of one bus, each with the N of its `vfioN`.
    private func discoverDevices(onBus bus: String) throws(Errno) -> [(index: Int, device: VFIOHostDevice)] {
        let busDevices = directoryPrefix(sysfsRoot) + "/bus/" + bus + "/devices"
        let names: [String]
        switch directoryEntries(atPath: busDevices, syscalls) {
        case .success(let entries):
            names = entries
        case .failure(.cannotOpen(let error)):
            if isResourceExhaustion(error) { throw error }
            return []  // no such bus here, or not ours to read
        case .failure(.cannotRead(let error)):
            throw error
        }
        var found: [(index: Int, device: VFIOHostDevice)] = []
        for name in names {
            if let device = try discoverDevice(named: name, at: busDevices + "/" + name) {
                found.append(device)
            }
        }
        return found
    }

    /// One sysfs device as a VFIO cdev device, or nil when it is not bound to
    /// VFIO or its cdev does not check out.
    private func discoverDevice(named name: String, at sysfsPath: String) throws(Errno) -> (index: Int, device: VFIOHostDevice)? {
        // Which vfioN: the directory under vfio-dev (there is one).
        let vfioEntries: [String]
        switch directoryEntries(atPath: sysfsPath + "/vfio-dev", syscalls) {
        case .success(let entries): vfioEntries = entries
        case .failure(.cannotOpen(let error)), .failure(.cannotRead(let error)):
            if isResourceExhaustion(error) { throw error }
            return nil  // not bound to a VFIO driver, or gone meanwhile
        }
        guard let index = vfioEntries.compactMap(vfioCdevIndex).min() else { return nil }
        let cdevName = "vfio\(index)"

        // The number sysfs announces, and the node that must carry it.
        let announced: DeviceNumber
        switch readSmallTextFile(atPath: sysfsPath + "/vfio-dev/" + cdevName + "/dev", syscalls) {
        case .success(let text):
            guard let number = DeviceNumber(parsing: text) else { return nil }
            announced = number
        case .failure(let error):
            if isResourceExhaustion(error) { throw error }
            return nil
        }
        let cdevPath = directoryPrefix(devRoot) + "/vfio/devices/" + cdevName
        // Missing, not a character device, or another device than announced.
        guard case .success(let actual?) = characterDeviceNumber(atPath: cdevPath, syscalls), actual == announced else {
            return nil
        }

        let iommu = symbolicLinkTarget(atPath: sysfsPath + "/iommu", syscalls).map(lastPathComponent)
        let group = symbolicLinkTarget(atPath: sysfsPath + "/iommu_group", syscalls).flatMap { Int(lastPathComponent($0)) }
        var device = VFIOHostDevice(
            name: name, sysfsPath: sysfsPath, cdevPath: cdevPath, iommu: iommu, group: group,
            summary: summary(ofDeviceAt: sysfsPath))
        device.aliased = isAliased(sysfsPath)
        return (index, device)
    }

    /// Whether the PCI device at `sysfsPath` is a conventional PCI function
    /// behind a bridge: its parent in the device tree is another PCI
    /// function (not a root bus, `pciDDDD:BB`) and it has no PCI Express
    /// capability (sysfs gives only PCIe functions `current_link_speed`).
    /// Its DMA then carries the bridge's requester id.
    private func isAliased(_ sysfsPath: String) -> Bool {
        guard let target = symbolicLinkTarget(atPath: sysfsPath, syscalls) else { return false }
        let components = target.split(separator: "/")
        guard components.count >= 2 else { return false }
        let parent = components[components.count - 2]
        guard !parent.hasPrefix("pci"), parent.contains(":") else { return false }
        if case .failure = readSmallTextFile(atPath: sysfsPath + "/current_link_speed", syscalls) { return true }
        return false
    }

    /// Something cheap to show: `8086:1572` from a PCI device's `vendor` and
    /// `device` files, or `mdev <type>` from an mdev's `mdev_type` link;
    /// empty when neither is there.
    private func summary(ofDeviceAt sysfsPath: String) -> String {
        if case .success(let vendor) = readSmallTextFile(atPath: sysfsPath + "/vendor", syscalls),
           case .success(let device) = readSmallTextFile(atPath: sysfsPath + "/device", syscalls) {
            return withoutHexPrefix(trimmingWhitespace(vendor)) + ":" + withoutHexPrefix(trimmingWhitespace(device))
        }
        if let type = symbolicLinkTarget(atPath: sysfsPath + "/mdev_type", syscalls) {
            return "mdev " + lastPathComponent(type)
        }
        return ""
    }
}

// MARK: Resolving what a user types

/// The device among `devices` that `spec` names, or nil.
///
/// `spec` may be spelled as
/// - a PCI address, `0000:17:00.0`, or without its domain, `17:00.0`
///   (domain 0000);
/// - an mdev UUID;
/// - a sysfs path, `/sys/bus/pci/devices/0000:17:00.0` (a trailing slash is
///   fine) or the real path under `/sys/devices/…`: its last component names
///   the device;
/// - the VFIO cdev, `/dev/vfio/devices/vfio0`.
///
/// Hexadecimal digits and UUIDs match in either case. Surrounding white
/// space is ignored.
public func resolveVFIODevice(_ spec: String, in devices: [VFIOHostDevice]) -> VFIOHostDevice? {
    let typed = trimmingWhitespace(spec)
    guard !typed.isEmpty else { return nil }
    guard typed.contains("/") else { return device(named: typed, in: devices) }

    let path = trimmingTrailingSlashes(typed)
    if let device = devices.first(where: { $0.cdevPath == path }) { return device }
    return device(named: lastPathComponent(path), in: devices)
}

/// The device whose sysfs name is `name`: a PCI address (completed with
/// domain 0000 when it has none) or an mdev UUID, in either case.
private func device(named name: String, in devices: [VFIOHostDevice]) -> VFIOHostDevice? {
    let wanted = normalizedDeviceName(name)
    guard !wanted.isEmpty else { return nil }
    return devices.first { normalizedDeviceName($0.name) == wanted }
}

/// Lower case, and `bb:dd.f` completed to `0000:bb:dd.f`.
private func normalizedDeviceName(_ name: String) -> String {
    let lower = name.lowercased()
    return isShortPCIAddress(lower) ? "0000:" + lower : lower
}

/// Whether `text` is a PCI address without a domain: two hex digits (bus),
/// `:`, two hex digits (device), `.`, one digit 0-7 (function).
private func isShortPCIAddress(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 7, bytes[2] == UInt8(ascii: ":"), bytes[5] == UInt8(ascii: ".") else { return false }
    let hex = [bytes[0], bytes[1], bytes[3], bytes[4]]
    let isHex = hex.allSatisfy { byte in
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
    return isHex && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[6])
}

// MARK: Device numbers

/// A device number, `major:minor`.
private struct DeviceNumber: Equatable {
    var major: UInt32
    var minor: UInt32

    /// Parses sysfs's `dev` file: decimal `major:minor`, a newline after it.
    init?(parsing text: String) {
        let parts = trimmingWhitespace(text).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let major = UInt32(parts[0]), let minor = UInt32(parts[1]) else { return nil }
        self.major = major
        self.minor = minor
    }

    /// Decodes `st_rdev` as glibc's `major()`/`minor()` do: the low 12 bits
    /// of the major sit at bits 8-19, the rest at 44-63; the low 8 bits of
    /// the minor at 0-7, the rest at 20-43.
    init(rdev: UInt64) {
        major = UInt32(truncatingIfNeeded: ((rdev >> 8) & 0xfff) | ((rdev >> 32) & ~UInt64(0xfff)))
        minor = UInt32(truncatingIfNeeded: (rdev & 0xff) | ((rdev >> 12) & ~UInt64(0xff)))
    }
}

/// The number of the character device at `path` (following links), nil when
/// it is something else.
private func characterDeviceNumber(atPath path: String, _ system: SystemCalls) -> Result<DeviceNumber?, Errno> {
    var status = stat()
    return systemCall { system.stat(path, &status) }.map { _ in
        (status.st_mode & S_IFMT) == S_IFCHR ? DeviceNumber(rdev: UInt64(status.st_rdev)) : nil
    }
}

// MARK: File-system helpers

/// Why a directory could not be listed.
private enum DirectoryListingError: Error {
    /// `opendir` failed: typically ENOENT, ENOTDIR or EACCES.
    case cannotOpen(Errno)
    /// `readdir` failed part-way.
    case cannotRead(Errno)
}

/// The names in the directory at `path`, without `.` and `..`, in the order
/// the file system gives them.
private func directoryEntries(atPath path: String, _ system: SystemCalls) -> Result<[String], DirectoryListingError> {
    guard let directory = system.opendir(path) else { return .failure(.cannotOpen(.current)) }
    defer { _ = system.closedir(directory) }
    var names: [String] = []
    while true {
        errno = 0
        guard let entry = system.readdir(directory) else {
            let error = errno
            return error == 0 ? .success(names) : .failure(.cannotRead(Errno(rawValue: error)))
        }
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
    }
}

/// The target of the symbolic link at `path`, nil when it is not a readable
/// link.
private func symbolicLinkTarget(atPath path: String, _ system: SystemCalls) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let result = buffer.withUnsafeMutableBufferPointer { chars -> Result<Int, Errno> in
        guard let base = chars.baseAddress else { return .failure(.ENOMEM) }
        return systemCall { system.readlink(path, base, chars.count) }
    }
    // A target filling the whole buffer may have been cut short.
    guard case .success(let count) = result, count < buffer.count else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

/// A small text file (a sysfs attribute), whole.
private func readSmallTextFile(atPath path: String, _ system: SystemCalls) -> Result<String, Errno> {
    switch system.typed.readFile(atPath: path, limit: 1 << 16) {
    case .success(let bytes): return .success(String(decoding: bytes, as: UTF8.self))
    case .failure(let error): return .failure(error.errno)
    }
}

/// Whether `error` says the process ran short of descriptors or memory — a
/// problem with iommud, not with the device being looked at.
private func isResourceExhaustion(_ error: Errno) -> Bool {
    error == .ENOMEM || error.rawValue == EMFILE || error.rawValue == ENFILE
}

// MARK: Strings and paths

/// `vfio7` → 7; nil for anything not `vfio` followed by decimal digits.
private func vfioCdevIndex(_ name: String) -> Int? {
    guard name.hasPrefix("vfio") else { return nil }
    let digits = name.dropFirst(4)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(digits)
}

/// The part after the last `/`.
private func lastPathComponent(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
}

/// `path` without trailing slashes, `/` staying `/`.
private func trimmingTrailingSlashes(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    return String(trimmed)
}

/// A directory to put `/name` after: `/sys/` → `/sys`, `/` → empty.
private func directoryPrefix(_ path: String) -> String {
    let trimmed = trimmingTrailingSlashes(path)
    return trimmed == "/" ? "" : trimmed
}

/// `text` without leading and trailing white space (sysfs ends its values
/// with a newline).
private func trimmingWhitespace(_ text: String) -> String {
    String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
}

/// `0x8086` → `8086`.
private func withoutHexPrefix(_ text: String) -> String {
    text.hasPrefix("0x") || text.hasPrefix("0X") ? String(text.dropFirst(2)) : text
}
