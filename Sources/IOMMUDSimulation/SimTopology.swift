#if canImport(Glibc)
import Glibc
#endif
import JSON
import LinuxKernel
import Posix
import SimulatedKernel

/// A problem with a topology file (`iommud --sim-topology FILE`), at a JSON
/// path such as `devices[3].iommu`.
public struct SimTopologyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where: a JSON path (`iommus[1].page-sizes[0]`), `top level`, or empty
    /// for a problem with the file itself.
    public var path: String
    /// What is wrong.
    public var message: String

    /// A problem at `path`.
    public init(_ path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    /// `path: message`, or the message alone when there is no path.
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// The simulated host declared in a JSON topology file. The format is
/// described in `docs/sim-topology.md`; `docs/sim-topology.json` declares
/// ``SimulatedHost/default``.
///
/// Decoding is strict: unknown members, wrong types and inconsistent
/// declarations are refused with the JSON path of the first problem.
public enum SimTopology {
    /// The members of the top-level object.
    static let topMembers = ["comment", "kernel-version", "iommus", "devices"]
    /// The members of an IOMMU.
    static let iommuMembers = [
        "name", "type", "cap", "ecap", "dirty-tracking", "nesting", "address-width", "page-sizes", "pasid-width",
        "page-requests", "snoop-control", "coherent", "interrupt-remapping", "first-stage-1g-pages",
    ]
    /// The members of a device.
    static let deviceMembers = [
        "name", "cdev", "iommu", "group", "summary", "regions", "irqs", "reset", "pasid-width", "page-requests",
        "reserved-regions", "behind-bridge", "vendor-id", "device-id", "class", "migration",
    ]
    /// Where VFIO device cdevs live.
    static let cdevDirectory = "/dev/vfio/devices/"
    /// The page-size names of `page-sizes`, with their sizes.
    static let pageSizes: [(name: String, size: UInt64)] = [("4K", 1 << 12), ("2M", 1 << 21), ("1G", 1 << 30)]

    /// Reads and decodes the topology file at `path`.
    public static func load(path: String) throws(SimTopologyError) -> SimulatedHost {
        try decode(try readFile(path))
    }

    /// Decodes a topology from JSON text.
    public static func decode(_ text: String) throws(SimTopologyError) -> SimulatedHost {
        let value: JSONValue
        do {
            value = try JSONStreamParser.parse(text)
        } catch {
            throw SimTopologyError("", "not valid JSON: \(error.description)")
        }
        return try decode(value)
    }

    /// Decodes a topology from a parsed JSON value.
    public static func decode(_ value: JSONValue) throws(SimTopologyError) -> SimulatedHost {
        let top = try Members(value, at: "", allowed: topMembers)
        if let comment = top["comment"] { _ = try string(comment, at: top.path("comment")) }
        var kernelVersion = KernelVersion.linux6_12
        if let value = top["kernel-version"] {
            kernelVersion = try Self.kernelVersion(value, at: top.path("kernel-version"))
        }

        var iommus: [SimulatedIOMMU] = []
        var iommuIndex: [String: Int] = [:]
        for (index, element) in try array(top["iommus"] ?? .array([]), at: top.path("iommus")).enumerated() {
            let path = "iommus[\(index)]"
            let iommu = try decodeIOMMU(element, at: path)
            if let first = iommuIndex[iommu.name] {
                throw SimTopologyError("\(path).name", "duplicate IOMMU name '\(iommu.name)' (also iommus[\(first)])")
            }
            iommuIndex[iommu.name] = index
            iommus.append(iommu)
        }

        guard let devicesValue = top["devices"] else {
            throw SimTopologyError(top.here, "missing required member \"devices\"")
        }
        var devices: [SimulatedDevice] = []
        var nameIndex: [String: Int] = [:]
        var cdevIndex: [String: Int] = [:]
        var groupOwner: [Int: (iommu: String, device: Int)] = [:]
        for (index, element) in try array(devicesValue, at: top.path("devices")).enumerated() {
            let path = "devices[\(index)]"
            let device = try decodeDevice(element, at: path, index: index)
            if let first = nameIndex[device.sysfsName] {
                throw SimTopologyError("\(path).name",
                                       "duplicate device name '\(device.sysfsName)' (also devices[\(first)])")
            }
            if let first = cdevIndex[device.cdevPath] {
                throw SimTopologyError("\(path).cdev",
                                       "duplicate cdev path '\(device.cdevPath)' (also devices[\(first)])")
            }
            if let iommu = device.iommu {
                guard iommuIndex[iommu] != nil else {
                    let declared = iommus.isEmpty
                        ? "none declared" : "declared: " + iommus.map(\.name).joined(separator: ", ")
                    throw SimTopologyError("\(path).iommu", "no IOMMU named '\(iommu)' (\(declared))")
                }
                if let group = device.group {
                    if let owner = groupOwner[group], owner.iommu != iommu {
                        throw SimTopologyError(
                            "\(path).group",
                            "group \(group) is behind IOMMU '\(owner.iommu)' (devices[\(owner.device)]), not '\(iommu)': "
                                + "the devices of a group share one IOMMU")
                    }
                    if groupOwner[group] == nil { groupOwner[group] = (iommu, index) }
                }
            }
            nameIndex[device.sysfsName] = index
            cdevIndex[device.cdevPath] = index
            devices.append(device)
        }
        return SimulatedHost(iommus: iommus, devices: devices, kernelVersion: kernelVersion)
    }

    /// A Linux release, "MAJOR.MINOR" or "MAJOR.MINOR.PATCH" (the patch
    /// level is ignored): `iommud --sim-kernel-version` and the topology's
    /// `kernel-version`. Nil for anything else.
    public static func kernelVersion(parsing text: String) -> KernelVersion? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return nil }
        return KernelVersion(text)
    }

    static func kernelVersion(_ value: JSONValue, at path: String) throws(SimTopologyError) -> KernelVersion {
        let text = try string(value, at: path)
        guard let version = kernelVersion(parsing: text) else {
            throw SimTopologyError(path, "'\(text)' is not a Linux release such as \"6.12\" or \"7.3\"")
        }
        return version
    }

    /// "2 IOMMUs (dmar0, dmar1), 5 devices (1 mdev)", for the log.
    public static func summary(of host: SimulatedHost) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var text = count(host.iommus.count, "IOMMU")
        if !host.iommus.isEmpty { text += " (" + host.iommus.map(\.name).joined(separator: ", ") + ")" }
        text += ", " + count(host.devices.count, "device")
        let mdevs = host.devices.filter(\.isEmulated).count
        if mdevs > 0 { text += " (" + count(mdevs, "mdev") + ")" }
        return text
    }

    // MARK: IOMMUs

    static func decodeIOMMU(_ value: JSONValue, at path: String) throws(SimTopologyError) -> SimulatedIOMMU {
        let m = try Members(value, at: path, allowed: iommuMembers)
        let name = try requiredName(m)
        if let type = m["type"] {
            let text = try string(type, at: m.path("type"))
            guard text == "intel-vtd" else {
                throw SimTopologyError(m.path("type"),
                                       "unsupported IOMMU type '\(text)'; the simulated host has only 'intel-vtd'")
            }
        }
        // The raw registers (or the template's), then the named fields on top.
        var registers = VTdRegisters.sapphireRapidsLike(slads: true)
        if let cap = m["cap"] { registers.capability = try unsigned(cap, at: m.path("cap")) }
        if let ecap = m["ecap"] { registers.extendedCapability = try unsigned(ecap, at: m.path("ecap")) }
        if let v = m["address-width"] {
            let width = try unsigned(v, at: m.path("address-width"))
            guard let match = VTdRegisters.addressWidths.first(where: { UInt64($0) == width }) else {
                throw SimTopologyError(m.path("address-width"), "must be 39, 48 or 57, not \(width)")
            }
            registers.addressWidth = match
        }
        if let v = m["page-sizes"] {
            let elements = try array(v, at: m.path("page-sizes"))
            var bitmap: UInt64 = 0
            for (index, element) in elements.enumerated() {
                let elementPath = m.path("page-sizes") + "[\(index)]"
                let text = try string(element, at: elementPath)
                guard let size = pageSizes.first(where: { $0.name == text })?.size else {
                    throw SimTopologyError(elementPath, "unknown page size \"\(text)\"; expected \"4K\", \"2M\" or \"1G\"")
                }
                guard bitmap & size == 0 else { throw SimTopologyError(elementPath, "duplicate page size \"\(text)\"") }
                bitmap |= size
            }
            guard bitmap & (1 << 12) != 0 else { throw SimTopologyError(m.path("page-sizes"), "must include \"4K\"") }
            registers.pageSizeBitmap = bitmap
        }
        if let v = m["pasid-width"] {
            let width = try unsigned(v, at: m.path("pasid-width"))
            guard width <= 32 else { throw SimTopologyError(m.path("pasid-width"), "must be from 0 to 32, not \(width)") }
            registers.pasid = width > 0
            if width > 0 { registers.pasidWidth = Int(width) }
        }
        if let v = m["dirty-tracking"] { registers.dirtyTracking = try bool(v, at: m.path("dirty-tracking")) }
        if let v = m["nesting"] { registers.nesting = try bool(v, at: m.path("nesting")) }
        if let v = m["first-stage-1g-pages"] {
            registers.firstStage1GPages = try bool(v, at: m.path("first-stage-1g-pages"))
        }
        if let v = m["page-requests"] { registers.pageRequests = try bool(v, at: m.path("page-requests")) }
        if let v = m["snoop-control"] { registers.snoopControl = try bool(v, at: m.path("snoop-control")) }
        if let v = m["coherent"] { registers.coherent = try bool(v, at: m.path("coherent")) }
        if let v = m["interrupt-remapping"] {
            registers.interruptRemapping = try bool(v, at: m.path("interrupt-remapping"))
        }
        return SimulatedIOMMU(name: name, registers: registers)
    }

    // MARK: Devices

    static func decodeDevice(_ value: JSONValue, at path: String, index: Int) throws(SimTopologyError)
        -> SimulatedDevice
    {
        let m = try Members(value, at: path, allowed: deviceMembers)
        let name = try requiredName(m)
        var cdev = "\(cdevDirectory)vfio\(index)"
        if let v = m["cdev"] {
            cdev = try string(v, at: m.path("cdev"))
            let file = cdev.hasPrefix(cdevDirectory) ? cdev.dropFirst(cdevDirectory.count) : ""
            guard !file.isEmpty, !file.contains("/") else {
                throw SimTopologyError(m.path("cdev"), "'\(cdev)' is not a file in \(cdevDirectory)")
            }
        }
        var iommu: String?
        if let v = m["iommu"], v != .null { iommu = try string(v, at: m.path("iommu")) }
        var group: Int?
        if let v = m["group"], v != .null {
            guard iommu != nil else {
                throw SimTopologyError(m.path("group"), "an mdev (no \"iommu\") has no IOMMU group")
            }
            let number = try unsigned(v, at: m.path("group"))
            guard number <= UInt64(Int32.max) else {
                throw SimTopologyError(m.path("group"), "must be from 0 to \(Int32.max), not \(number)")
            }
            group = Int(number)
        } else if iommu != nil {
            throw SimTopologyError(path, "missing required member \"group\" (a device behind an IOMMU has one)")
        }
        var device = SimulatedDevice(sysfsName: name, cdevPath: cdev, iommu: iommu, group: group)
        if let v = m["summary"] { device.summary = try string(v, at: m.path("summary")) }
        if let v = m["regions"] { device.regionCount = try uint32(v, at: m.path("regions")) }
        if let v = m["irqs"] { device.irqCount = try uint32(v, at: m.path("irqs")) }
        if let v = m["reset"] { device.resetWorks = try bool(v, at: m.path("reset")) }
        if let v = m["pasid-width"] {
            let width = try unsigned(v, at: m.path("pasid-width"))
            guard width <= 20 else { throw SimTopologyError(m.path("pasid-width"), "must be from 0 to 20, not \(width)") }
            device.pasidWidth = UInt8(width)
        }
        if let v = m["page-requests"] { device.pageRequests = try bool(v, at: m.path("page-requests")) }
        if let v = m["migration"] {
            guard iommu != nil else {
                throw SimTopologyError(m.path("migration"), "an mdev (no \"iommu\") has no PCI function to migrate")
            }
            device.migration = try bool(v, at: m.path("migration"))
        }
        if let v = m["vendor-id"] { device.vendorID = try pciID(v, at: m.path("vendor-id")) }
        if let v = m["device-id"] { device.deviceID = try pciID(v, at: m.path("device-id")) }
        if let v = m["class"] {
            let code = try unsigned(v, at: m.path("class"))
            guard code <= 0xff_ffff else {
                throw SimTopologyError(m.path("class"), "a class code has 24 bits, not \(hex(code))")
            }
            device.classCode = UInt32(code)
        }
        if let v = m["behind-bridge"] {
            guard iommu != nil else {
                throw SimTopologyError(m.path("behind-bridge"), "an mdev (no \"iommu\") sits behind no PCI bridge")
            }
            device.behindBridge = try bool(v, at: m.path("behind-bridge"))
        }
        if let v = m["reserved-regions"] {
            for (index, element) in try array(v, at: m.path("reserved-regions")).enumerated() {
                let regionPath = m.path("reserved-regions") + "[\(index)]"
                let region = try Members(element, at: regionPath, allowed: ["start", "last"])
                guard let startValue = region["start"] else {
                    throw SimTopologyError(regionPath, "missing required member \"start\"")
                }
                guard let lastValue = region["last"] else {
                    throw SimTopologyError(regionPath, "missing required member \"last\"")
                }
                let start = try unsigned(startValue, at: region.path("start"))
                let last = try unsigned(lastValue, at: region.path("last"))
                guard start <= last else {
                    throw SimTopologyError(regionPath, "start \(hex(start)) is above last \(hex(last))")
                }
                device.reservedRegions.append(start...last)
            }
        }
        return device
    }

    // MARK: Values

    /// An object's members, checked against the allowed names, with its path.
    struct Members {
        let object: JSONObject
        /// The object's own path; empty at the top level.
        let base: String

        init(_ value: JSONValue, at path: String, allowed: [String]) throws(SimTopologyError) {
            guard case .object(let object) = value else {
                throw SimTopologyError(path.isEmpty ? "top level" : path, "expected an object, got \(value.typeName)")
            }
            self.object = object
            base = path
            for key in object.keys where !allowed.contains(key) {
                throw SimTopologyError(self.path(key),
                                       "unknown member; expected one of: " + allowed.joined(separator: ", "))
            }
        }

        subscript(key: String) -> JSONValue? { object[key] }

        /// The path of member `key`.
        func path(_ key: String) -> String { base.isEmpty ? key : "\(base).\(key)" }

        /// The object's own path, for messages.
        var here: String { base.isEmpty ? "top level" : base }
    }

    static func requiredName(_ m: Members) throws(SimTopologyError) -> String {
        guard let value = m["name"] else { throw SimTopologyError(m.here, "missing required member \"name\"") }
        let name = try string(value, at: m.path("name"))
        guard !name.isEmpty else { throw SimTopologyError(m.path("name"), "must not be empty") }
        return name
    }

    static func string(_ value: JSONValue, at path: String) throws(SimTopologyError) -> String {
        guard case .string(let text) = value else {
            throw SimTopologyError(path, "expected a string, got \(value.typeName)")
        }
        return text
    }

    static func bool(_ value: JSONValue, at path: String) throws(SimTopologyError) -> Bool {
        guard case .bool(let flag) = value else {
            throw SimTopologyError(path, "expected a boolean, got \(value.typeName)")
        }
        return flag
    }

    static func array(_ value: JSONValue, at path: String) throws(SimTopologyError) -> [JSONValue] {
        guard case .array(let elements) = value else {
            throw SimTopologyError(path, "expected an array, got \(value.typeName)")
        }
        return elements
    }

    /// A non-negative JSON integer, or a string "0x" followed by 1 to 16 hex digits.
    static func unsigned(_ value: JSONValue, at path: String) throws(SimTopologyError) -> UInt64 {
        switch value {
        case .int(let number):
            guard number >= 0 else { throw SimTopologyError(path, "must not be negative, not \(number)") }
            return UInt64(number)
        case .uint(let number):
            return number
        case .string(let text):
            let digits = text.hasPrefix("0x") || text.hasPrefix("0X") ? text.dropFirst(2) : ""
            guard !digits.isEmpty, digits.allSatisfy(\.isHexDigit) else {
                throw SimTopologyError(path, "\"\(text)\" is not a number; expected an integer or a \"0x\" hex string")
            }
            guard let number = UInt64(digits, radix: 16) else {
                throw SimTopologyError(path, "\(text) does not fit in 64 bits")
            }
            return number
        default:
            throw SimTopologyError(path, "expected an integer or a \"0x\" hex string, got \(value.typeName)")
        }
    }

    /// A 16-bit PCI id; 0xffff (no device) refused.
    static func pciID(_ value: JSONValue, at path: String) throws(SimTopologyError) -> UInt16 {
        let id = try unsigned(value, at: path)
        guard id < 0xffff else { throw SimTopologyError(path, "must be from 0 to 0xfffe, not \(hex(id))") }
        return UInt16(id)
    }

    static func uint32(_ value: JSONValue, at path: String) throws(SimTopologyError) -> UInt32 {
        let number = try unsigned(value, at: path)
        guard let small = UInt32(exactly: number) else {
            throw SimTopologyError(path, "must be from 0 to \(UInt32.max), not \(number)")
        }
        return small
    }

    static func hex(_ number: UInt64) -> String { "0x" + String(number, radix: 16) }

    /// The whole file as UTF-8 text (at most 16 MiB).
    static func readFile(_ path: String) throws(SimTopologyError) -> String {
        let limit = 16 << 20
        let bytes: [UInt8]
        switch SystemCalls.live.typed.readFile(atPath: path, limit: limit) {
        case .success(let read): bytes = read
        case .failure(.open(let e)): throw SimTopologyError("", "cannot open: \(e.message)")
        case .failure(.read(let e)): throw SimTopologyError("", "cannot read: \(e.message)")
        case .failure(.tooLarge): throw SimTopologyError("", "larger than 16 MiB")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SimTopologyError("", "not UTF-8 text")
        }
        return text
    }
}
