#if canImport(Glibc)
import Glibc
#endif
@testable import IOMMUDBackend
import JSON
import Posix
import QMP
import SimulatedKernel
import Testing
import Tracing

/// Everything a failed command must leave unchanged: the kernel's objects,
/// descriptors, pins and devices, iommud's model (shown and hidden), the
/// monitor's named descriptors and the fd sets.
struct Snapshot: Equatable, CustomStringConvertible {
    var model: JSONValue?
    var hostDevices: JSONValue?
    var kernelObjects: [String]
    var deviceStates: [SimulatedKernel.DeviceState]
    var openFiles: Int
    var pinnedPages: Int
    var objectIDs: [String]
    /// What query-iommufd does not show: backend mapping counts, each
    /// device's automatic HWPT and each IOAS's automatic HWPTs.
    var hidden: [String]
    var namedFDs: [String]
    var fdSets: JSONValue?
    /// The device model: its containers and its devices.
    var vfio: JSONValue?
    var devices: JSONValue?
    /// The kernel's legacy containers: groups, domains, mappings, pins.
    var legacyContainers: [Int32: SimulatedKernel.LegacyContainerState]
    /// The machine: its phase, migration blockers, host IOMMU devices and
    /// its vIOMMUs' (possibly synced) values.
    var machine: [JSONValue?]
    /// What a scenario observes outside the daemon (a file it was given).
    var outside: String?

    init(_ d: Daemon, outside: String? = nil) {
        model = d.ok("query-iommufd")
        hostDevices = d.ok("query-vfio-host-devices")
        kernelObjects = d.kernel.objectInventory
        deviceStates = d.kernel.deviceStates
        openFiles = d.kernel.openFileCount
        pinnedPages = d.kernel.pinnedPageCount
        objectIDs = d.tree.ids
        hidden = Self.hiddenState(d)
        namedFDs = d.session.monitor.names
        fdSets = d.ok("query-fdsets")
        vfio = d.ok("query-vfio")
        devices = d.ok("qom-list", ["path": "/machine/peripheral"])
        legacyContainers = d.kernel.legacyContainers
        machine = [d.ok("query-status"), d.ok("query-migrate"), d.ok("query-host-iommu-devices")]
            + Self.viommus(d).map { path in
                d.ok("qom-list", ["path": .string(path)])?.arrayValue?.compactMap { $0["name"] }.map { name in
                    d.run("qom-get", ["path": .string(path), "property": name])["return"]
                } ?? []
            }.map { JSONValue.array($0.map { $0 ?? .null }) }
        self.outside = outside
    }

    /// The QOM paths of the vIOMMUs.
    static func viommus(_ d: Daemon) -> [String] {
        (d.ok("qom-list", ["path": "/machine/peripheral"])?.arrayValue ?? []).compactMap { entry in
            guard let name = entry["name"]?.stringValue, entry["type"]?.stringValue?.hasPrefix("child<") == true else { return nil }
            let type = d.run("qom-get", ["path": .string("/machine/peripheral/" + name), "property": "type"])["return"]
            return type == "intel-iommu" || type == "virtio-iommu-pci" ? "/machine/peripheral/" + name : nil
        }
    }

    static func hiddenState(_ d: Daemon) -> [String] {
        (try? d.tree.withState { s in
            s.objects.flatMap { object -> [String] in
                if let memory = object as? MemoryBackendObject { return ["\(memory.id) mappings \(memory.mappings)"] }
                guard let iommufd = object as? IOMMUFDObject else { return [] }
                let devices = iommufd.devices.values.sorted { $0.id.rawValue < $1.id.rawValue }.map {
                    "dev \($0.id) auto \(iommufd.automaticHWPT(of: $0.id).map { String($0.id.rawValue) } ?? "-")"
                }
                let ioases = iommufd.ioases.values.sorted { $0.id.rawValue < $1.id.rawValue }.map {
                    "ioas \($0.id) autos \(iommufd.automaticHWPTs(on: $0.id).map(\.rawValue))"
                }
                return devices + ioases
            }
        }) ?? ["unreadable"]
    }

    /// The snapshot once the command consumed the named descriptors `names`
    /// (as QEMU's fd parameters are, whatever happens).
    func consuming(_ names: [String]) -> Snapshot {
        var copy = self
        copy.namedFDs.removeAll { names.contains($0) }
        return copy
    }

    /// The fields that differ from `other`, for failure messages.
    func differences(from other: Snapshot) -> String {
        zip(Mirror(reflecting: self).children, Mirror(reflecting: other).children)
            .filter { String(describing: $0.value) != String(describing: $1.value) }
            .map { "\($0.label ?? "?"): \(String(describing: $1.value)) → \(String(describing: $0.value))" }
            .joined(separator: "; ")
    }

    var description: String { "\(model.map { JSONWriter.string($0) } ?? "nil") \(kernelObjects)" }
}

/// One way to run one command, and what failing each of its calls must do.
struct Scenario: Sendable, CustomTestStringConvertible {
    /// What the command does once no injected failure reaches it.
    enum Outcome: Sendable, Equatable {
        case succeeds
        /// It is refused anyway, with this errno (nil: an error without
        /// one), and must change nothing.
        case fails(errno: String?)
    }

    /// How the scenario is proved.
    enum Proof: Sendable {
        /// Swept: this many calls fail the command when they fail.
        case calls(Int)
        /// Not swept, for the reason given; `check` proves it instead.
        case instead(because: String, check: @Sendable (Daemon) -> Void)
    }

    /// The command (the table's key).
    var command = ""
    let label: String
    var proof: Proof
    var outcome: Outcome = .succeeds
    /// What the injected failure fails with.
    var errno: Errno = .ENOMEM
    /// Named descriptors the command consumes whether it succeeds or fails.
    var consumes: [String] = []
    /// Calls that fail the command after a step that cannot be undone (a
    /// second IOMMU_DESTROY in a teardown): the error must say what stayed
    /// done, and iommud's model must still match the kernel.
    var afterIrreversible: Set<Int> = []
    /// The machine simulated.
    var host: SimulatedHost = .default
    /// Whether the daemon's machine is being built (coldplug).
    var prelaunch = false
    /// Holds the process-wide trace state while the command changes it.
    var ownsTraceState = false
    /// Brings a fresh daemon to where the command can succeed; returns the
    /// command's arguments.
    let setup: @Sendable (Daemon) -> JSONValue
    /// Before each attempt: hands over what the command consumes.
    var provide: (@Sendable (Daemon) -> Void)? = nil
    /// A session to run the command in instead of the daemon's own.
    var session: (@Sendable (Daemon) -> QMPSession)? = nil
    /// What the snapshot also compares, from the arguments (a file's size).
    var observe: (@Sendable (JSONValue) -> String)? = nil
    /// After the last attempt: the daemon, the arguments, the response.
    var check: (@Sendable (Daemon, JSONValue, JSONValue) -> Void)? = nil
    /// At the end, whatever happened: removes what the setup made outside.
    var cleanup: (@Sendable (JSONValue) -> Void)? = nil

    var testDescription: String { label.isEmpty ? command : "\(command): \(label)" }

    init(_ label: String, calls: Int, outcome: Outcome = .succeeds, errno: Errno = .ENOMEM, consumes: [String] = [],
         afterIrreversible: Set<Int> = [], host: SimulatedHost = .default, ownsTraceState: Bool = false,
         provide: (@Sendable (Daemon) -> Void)? = nil, session: (@Sendable (Daemon) -> QMPSession)? = nil,
         observe: (@Sendable (JSONValue) -> String)? = nil, check: (@Sendable (Daemon, JSONValue, JSONValue) -> Void)? = nil,
         cleanup: (@Sendable (JSONValue) -> Void)? = nil, setup: @escaping @Sendable (Daemon) -> JSONValue)
    {
        self.label = label
        proof = .calls(calls)
        self.outcome = outcome
        self.errno = errno
        self.consumes = consumes
        self.afterIrreversible = afterIrreversible
        self.host = host
        self.ownsTraceState = ownsTraceState
        self.provide = provide
        self.session = session
        self.observe = observe
        self.check = check
        self.cleanup = cleanup
        self.setup = setup
    }

    /// A scenario that is not swept: `reason` says why, `check` what is proved.
    static func instead(_ label: String, because reason: String, check: @escaping @Sendable (Daemon) -> Void) -> Scenario {
        var scenario = Scenario(label, calls: 0) { _ in [:] }
        scenario.proof = .instead(because: reason, check: check)
        return scenario
    }
}

/// The sweep: fails call 1, 2, … of a scenario's command until it runs
/// without reaching the injected failure.
enum FaultSweep {
    /// More calls than any command makes.
    static let attemptLimit = 16

    static func run(_ s: Scenario) {
        switch s.proof {
        case .instead(_, let check):
            check(Daemon())
        case .calls(let expected):
            let lease = s.ownsTraceState ? TraceStateLease() : nil
            let saved = s.ownsTraceState ? TraceEvents.all.map { ($0.name, TraceEvents.isEnabled($0.name)) } : []
            defer {
                for (name, on) in saved where TraceEvents.isEnabled(name) != on { try? TraceEvents.setState(name, enabled: on) }
                lease?.end()
            }
            sweep(s, expected: expected)
        }
    }

    private static func sweep(_ s: Scenario, expected: Int) {
        var d = Daemon(host: s.host, prelaunch: s.prelaunch)
        var arguments = s.setup(d)
        defer { s.cleanup?(arguments) }
        var failures = 0
        for nth in 1...attemptLimit {
            s.provide?(d)
            let before = Snapshot(d, outside: s.observe?(arguments))
            d.kernel.injectFault(nth: nth, errno: s.errno)
            let response = d.run(s.command, arguments, in: s.session?(d) ?? d.session)
            let fired = !d.kernel.faultPending
            d.kernel.cancelFault()
            let after = Snapshot(d, outside: s.observe?(arguments))
            if fired {
                guard let error = response["error"] else {
                    Issue.record("\(s) succeeded although its call \(nth) failed")
                    return
                }
                failures += 1
                #expect(error["errno"] == .string(s.errno.name), "\(s), call \(nth): \(error)")
                #expect(error["desc"]?.stringValue?.contains(s.errno.description) == true, "\(s), call \(nth): \(error)")
                if s.afterIrreversible.contains(nth) {
                    #expect(error["desc"]?.stringValue?.contains("already done and not undone: ") == true, "\(s), call \(nth): \(error)")
                    expectModelMatchesKernel(d, s, nth)
                    // Part of it stays done: go on from a fresh daemon.
                    s.cleanup?(arguments)
                    d = Daemon(host: s.host, prelaunch: s.prelaunch)
                    arguments = s.setup(d)
                    continue
                }
                expectUnchanged(after, before.consuming(s.consumes), s, nth)
                continue
            }
            switch s.outcome {
            case .succeeds:
                #expect(response["error"] == nil, "\(s): \(response)")
            case .fails(let errno):
                #expect(response["error"] != nil, "\(s) must be refused: \(response)")
                #expect(response["error"]?["errno"] == errno.map { .string($0) }, "\(s): \(response)")
                expectUnchanged(after, before.consuming(s.consumes), s, nth)
            }
            #expect(failures == expected, "\(s): \(failures) calls fail it, the table says \(expected)")
            s.check?(d, arguments, response)
            return
        }
        Issue.record("\(s) still reached the injected failure at call \(attemptLimit)")
    }

    /// The IOASes, HWPTs and devices query-iommufd shows are exactly the
    /// kernel's, and every device's attachment agrees.
    private static func expectModelMatchesKernel(_ d: Daemon, _ s: Scenario, _ nth: Int) {
        let objects = d.ok("query-iommufd")?.arrayValue ?? []
        func ids(_ member: String, _ key: String) -> [Int64] {
            objects.flatMap { $0[member]?.arrayValue ?? [] }.compactMap { $0[key]?.int64Value }.sorted()
        }
        let kernel = d.kernel.objectInventory.map { $0.split(separator: ":") }
        func kernelIDs(_ kind: String) -> [Int64] {
            kernel.filter { $0.count > 2 && $0[2].contains(kind) }.compactMap { Int64($0[1]) }.sorted()
        }
        #expect(ids("ioas", "ioas-id") == kernelIDs("IOAS"), "\(s), call \(nth): IOASes \(d.kernel.objectInventory)")
        #expect(ids("hwpts", "hwpt-id") == kernelIDs("HWPT"), "\(s), call \(nth): HWPTs \(d.kernel.objectInventory)")
        let attached = objects.flatMap { $0["devices"]?.arrayValue ?? [] }.map { $0["attached-to"]?.int64Value }
        let kernelAttached = d.kernel.deviceStates.filter { $0.boundTo != nil }.map { $0.attachedTo.map(Int64.init) }
        #expect(attached.sorted { ($0 ?? -1) < ($1 ?? -1) } == kernelAttached.sorted { ($0 ?? -1) < ($1 ?? -1) },
                "\(s), call \(nth): attachments")
    }

    private static func expectUnchanged(_ after: Snapshot, _ before: Snapshot, _ s: Scenario, _ nth: Int) {
        #expect(after == before, "\(s), call \(nth) failing left a change: \(after.differences(from: before))")
    }
}

/// Setups shared by the scenarios, on the simulated kernel's default host.
extension Daemon {
    /// Behind dmar0, which tracks dirty pages (as `nvme`).
    static let nic0 = "0000:17:00.0"
    static let nvme = "0000:65:00.0"
    /// Behind dmar1, which does not track dirty pages.
    static let gpu = "0000:b1:00.0"
    /// An mdev: no IOMMU of its own.
    static let mdev = "83b8f4f2-509f-382f-3c1e-e6bfe0fa1001"

    /// iommufd0 (not yet connected) and ram0, a 1 MiB memfd.
    func addObjects() {
        _ = ok("object-add", ["qom-type": "iommufd", "id": "iommufd0"])
        _ = ok("object-add", ["qom-type": "memory-backend-memfd", "id": "ram0", "size": 1_048_576])
    }

    /// A new IOAS of iommufd0; its id.
    @discardableResult
    func allocIOAS() -> JSONValue { ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"])?["ioas-id"] ?? 0 }

    /// The objects, IOAS 1, and ram0 mapped whole at IOVA 1 MiB in it.
    func addMappedIOAS() {
        addObjects()
        allocIOAS()
        _ = ok("iommufd-ioas-map", ["iommufd": "iommufd0", "ioas-id": 1, "memdev": "ram0", "size": 1_048_576, "iova": 1_048_576])
    }

    /// Binds `host` through iommufd0; its dev-id.
    func bind(_ host: String) -> JSONValue {
        ok("vfio-device-bind", ["iommufd": "iommufd0", "host": .string(host)])?["dev-id"] ?? 0
    }

    /// Attaches `device` to `pt`; the id it went to.
    @discardableResult
    func attach(_ device: JSONValue, to pt: JSONValue) -> JSONValue {
        ok("vfio-device-attach", ["iommufd": "iommufd0", "dev-id": device, "pt-id": pt])?["pt-id"] ?? 0
    }

    /// A descriptor of /dev/null, open read-write.
    static func devNull() -> OwnedFD { OwnedFD(adopting: open("/dev/null", O_RDWR | O_CLOEXEC)) }

    /// A new file under /tmp of `bytes` zero bytes; its path.
    static func temporaryFile(bytes: Int) -> String {
        var template = Array("/tmp/iommud-sweep-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        if fd >= 0 {
            _ = ftruncate(fd, off_t(bytes))
            close(fd)
        }
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// An unlinked regular file under /tmp, open read-write.
    static func anonymousFile() -> OwnedFD {
        let path = temporaryFile(bytes: 0)
        let fd = open(path, O_RDWR | O_CLOEXEC)
        unlink(path)
        return OwnedFD(adopting: fd)
    }

    /// The size of the file at `path` (-1 when it cannot be examined).
    static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : -1
    }
}

extension JSONValue {
    /// This object with member `key` set to `value` (removed when nil).
    func with(_ key: String, _ value: JSONValue?) -> JSONValue {
        guard var object = objectValue else { return self }
        object[key] = value
        return .object(object)
    }
}
