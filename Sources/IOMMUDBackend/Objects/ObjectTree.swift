#if canImport(Glibc)
import Glibc
#endif
import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import StateJournal
import Synchronization
import VFIOUserServer

/// The daemon's objects, at `/objects/<id>`, behind one lock: commands run on
/// several worker threads, and a command's kernel calls and model updates
/// happen under the lock so each command is atomic with respect to the others.
public final class ObjectTree: Sendable {
    /// The kernel iommufd objects talk to.
    public let kernel: any Kernel
    /// What clients can make the tree hold.
    public let limits: BackendLimits
    /// The kernel's system-call table (the simulation's counts every call
    /// for its fault injection), taken once: building it is not free.
    let systemCalls: SystemCalls
    /// ``systemCalls`` as Results.
    var system: SystemCalls.Typed { systemCalls.typed }
    private let fdSets: FDSetRegistry
    private let state: Mutex<State>
    /// Who may use vfio-user exports, and their sockets' mode and group.
    let vfioUserAccess: VFIOUserAccess
    /// Where committed changes are recorded (`--state-dir`), if anywhere.
    public let journal: ChangeJournal?

    struct State {
        /// Objects in creation order.
        var objects: [BackendObject] = []
        /// The devices and the containers mirroring their address spaces.
        let machine: Machine

        func object(_ id: String) -> BackendObject? { objects.first { $0.id == id } }
    }

    /// A tree whose machine starts in the prelaunch phase when `prelaunch`
    /// (the daemon, until its command line is realized), else running.
    public init(kernel: any Kernel, fdSets: FDSetRegistry, limits: BackendLimits = BackendLimits(), prelaunch: Bool = false,
                vfioUserAccess: VFIOUserAccess = VFIOUserAccess(), journal: ChangeJournal? = nil) {
        self.vfioUserAccess = vfioUserAccess
        self.journal = journal
        state = Mutex(State(machine: Machine(phase: prelaunch ? .prelaunch : .running)))
        self.kernel = kernel
        self.fdSets = fdSets
        self.limits = limits
        systemCalls = kernel.systemCalls
        journal?.adoptionEnd.withLock { $0 = { [weak self] owners in self?.finishAdoption(owners) ?? ([:], []) } }
    }

    /// Ends the replay's adoption of the iommufd objects `owners`: each
    /// one's replay must have matched the journal and its kernel objects
    /// must check out (``IOMMUFDObject/checkAdopted()``); those that do take
    /// the descriptors the fd store passed back, and the rest of those are
    /// closed. Returns, by owner, why the others are not adopted, and the
    /// names of the descriptors closed.
    func finishAdoption(_ owners: Set<String>) -> (failures: [String: String], closed: [String]) {
        guard let journal else { return ([:], []) }
        var failures = journal.kernelCalls?.diverged.filter { owners.contains($0.key) } ?? [:]
        var claimed: Set<Int32> = []
        state.withLock { s in
            for object in s.objects.compactMap({ $0 as? IOMMUFDObject }) where owners.contains(object.id) {
                if failures[object.id] == nil, let why = object.checkAdopted() { failures[object.id] = why }
                if failures[object.id] == nil { claimed.formUnion(object.takeOverKeptDescriptors()) }
            }
        }
        let rest = journal.endAdoption(claimed: claimed)
        for (_, fd) in rest { _ = kernel.close(fd) }
        return (failures, rest.map(\.name))
    }

    /// Runs `body` with the tree locked (commands that only look).
    func withState<T: Sendable>(_ body: (inout State) throws(QMPError) -> T) throws(QMPError) -> T {
        try state.withLock { (s: inout State) throws(QMPError) -> T in try body(&s) }
    }

    /// Runs a command that changes something as one ``Transaction``, with
    /// the tree locked: if `body` throws, every side effect it registered
    /// is undone, newest first, before the error is returned. With a
    /// ``journal``, the command (``QMPChangeRequest/current``) is recorded
    /// before the transaction commits; if it cannot be, the command fails.
    func transaction<T: Sendable>(_ body: (inout State, Transaction) throws(QMPError) -> T) throws(QMPError) -> T {
        guard let calls = journal?.kernelCalls else { return try locked(body) }
        // Kernel calls on kept descriptors are recorded with the change
        // (or answered from the journal while the replay adopts them).
        let outcome: Result<T, QMPError> = KernelCallBook.$current.withValue(calls) {
            do throws(QMPError) { return .success(try locked(body)) } catch { return .failure(error) }
        }
        return try outcome.get()
    }

    private func locked<T: Sendable>(_ body: (inout State, Transaction) throws(QMPError) -> T) throws(QMPError) -> T {
        try state.withLock { (s: inout State) throws(QMPError) -> T in
            // Under the lock: the calls of one change at a time.
            journal?.kernelCalls?.beginChange()
            let transaction = Transaction()
            // How many of the change's kernel calls its record holds: one
            // written before an irreversible step misses the calls after it.
            let callsInRecord = Mutex<Int?>(nil)
            if let journal, let request = QMPChangeRequest.current, request.markRecorded() {
                transaction.record = { (result: Any?) throws(QMPError) in
                    let calls = journal.kernelCalls?.recorded ?? []
                    try journal.append(ChangeJournal.record(request, result: result, kernelCalls: calls))
                    callsInRecord.withLock { $0 = calls.count }
                }
                transaction.retract = { journal.retractLast() }
            }
            // The object list as it was: a command that fails after adding
            // or removing an object (its record refused by the journal)
            // leaves it as it found it.
            let objects = s.objects
            do throws(QMPError) {
                let result = try body(&s, transaction)
                do throws(QMPError) {
                    try transaction.recordChange(result: result)
                } catch {
                    s.objects = objects
                    throw error
                }
                transaction.commit()
                if let journal, let held = callsInRecord.withLock({ $0 }), let calls = journal.kernelCalls?.recorded,
                   calls.count > held
                {
                    journal.appendContinuation(Array(calls[held...]))
                }
                // Under the tree's lock: no other change is being recorded.
                journal?.compactIfDue()
                return result
            } catch {
                throw transaction.rollBack(after: error)
            }
        }
    }

    /// What a path names.
    enum Node {
        /// A container at `path` (`/`, `/objects`, `/machine`,
        /// `/machine/peripheral`), with its children.
        case container(path: String, children: [Child])
        /// An object (`/objects/<id>`) or a device (`/machine/peripheral/<id>`).
        case object(BackendObject)
    }

    /// A container's child: its name and QOM type (`child<iommufd>`).
    struct Child {
        let name: String
        let type: String
    }

    /// Every node of the tree with its path, root first.
    static func nodes(in state: State) -> [(path: String, node: Node)] {
        let objects = state.objects.map { (path: "/objects/\($0.id)", node: Node.object($0)) }
        let devices = state.machine.devices.map { (path: $0.path, node: Node.object($0)) }
        func child(_ o: BackendObject) -> Child { Child(name: o.id, type: "child<\(o.typeName)>") }
        return [
            ("/", .container(path: "/", children: [
                Child(name: "objects", type: "child<container>"), Child(name: "machine", type: "child<container>"),
            ])),
            ("/objects", .container(path: "/objects", children: state.objects.map(child))),
            ("/machine", .container(path: "/machine", children: [Child(name: "peripheral", type: "child<container>")])),
            (DeviceObject.peripheral, .container(path: DeviceObject.peripheral, children: state.machine.devices.map(child))),
        ] + objects + devices
    }

    /// Resolves an absolute path (`/objects/<id>`, `/machine/peripheral/<id>`
    /// and their containers) or a partial one (the end of exactly one
    /// path), QEMU's rules: a partial path matching several is ambiguous.
    static func resolve(_ path: String, in state: State) throws(QMPError) -> Node {
        let all = nodes(in: state)
        if path.hasPrefix("/") {
            let canonical = "/" + path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
            guard let found = all.first(where: { $0.path == canonical }) else {
                throw QMPError(.deviceNotFound, "Device '\(path)' not found")
            }
            return found.node
        }
        let matches = all.filter { $0.path.hasSuffix("/" + path) }
        guard let only = matches.first else { throw QMPError(.deviceNotFound, "Device '\(path)' not found") }
        guard matches.count == 1 else { throw QMPError.generic("Path '\(path)' is ambiguous") }
        return only.node
    }

    /// QEMU's id rule: a letter, then letters, digits, '-', '.', '_'.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCIILetter else { return false }
        return id.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "-._".unicodeScalars.contains($0) }
    }

    /// Creates an object (all or nothing: a failure leaves nothing behind).
    func add(_ options: ObjectOptions, context: QMPRequestContext) throws(QMPError) {
        guard Self.isValidID(options.id) else { throw QMPError.invalidArgument("Parameter 'id' expects an identifier") }
        try transaction { (s: inout State, transaction: Transaction) throws(QMPError) in
            guard s.object(options.id) == nil else {
                throw QMPError.generic("attempt to add duplicate property '\(options.id)' to object (type 'container')")
            }
            guard s.objects.count < limits.objects else {
                throw BackendLimits.reached("cannot add object '\(options.id)'", limits.objects, option: "--max-objects")
            }
            let object: BackendObject
            switch options.branch {
            case .iommufd(let p):
                object = try makeIOMMUFD(id: options.id, p, context: context)
            case .memoryBackendMemfd(let p):
                object = try MemoryBackendObject.memfd(id: options.id, p, system: system, state: journal, in: transaction)
            case .memoryBackendFile(let p):
                object = try MemoryBackendObject.file(id: options.id, p, fdSets: fdSets, system: system, in: transaction)
            }
            s.objects.append(object)
        }
    }

    private func makeIOMMUFD(id: String, _ p: IOMMUFDProperties, context: QMPRequestContext) throws(QMPError) -> IOMMUFDObject {
        guard let fdParam = p.fd else {
            return IOMMUFDObject(id: id, kernel: kernel, limits: limits, descriptor: .onDemand(nil), journal: journal)
        }
        // QEMU's monitor_fd_param: a leading digit means an inherited number,
        // anything else a getfd name of this monitor (consumed).
        func failure(_ inner: String) -> QMPError {
            .generic("Could not parse remote object fd \(fdParam):\(inner)")
        }
        if let first = fdParam.first, first.isNumber {
            guard let number = Int32(fdParam), number >= 0 else {
                throw failure("Invalid file descriptor number '\(fdParam)'")
            }
            // Adoption checks the descriptor is open (EBADF otherwise).
            switch kernel.borrowIOMMUFD(number) {
            case .success(let handle):
                return IOMMUFDObject(id: id, kernel: kernel, limits: limits, descriptor: .passed(handle))
            case .failure(let e):
                guard e != .EBADF else { throw failure("Invalid file descriptor number '\(fdParam)'") }
                throw KernelError("adopt /dev/iommu descriptor", e).qmp(after: "Could not parse remote object fd \(fdParam):")
            }
        }
        guard let named = context.session.monitor.takeNamed(fdParam) else {
            throw failure("File descriptor named '\(fdParam)' has not been found")
        }
        // Consumed either way, as QEMU's monitor_fd_param does.
        switch kernel.adoptIOMMUFD(named) {
        case .success(let handle):
            return IOMMUFDObject(id: id, kernel: kernel, limits: limits, descriptor: .passed(handle))
        case .failure(let e):
            throw KernelError("adopt /dev/iommu descriptor", e).qmp(after: "Could not parse remote object fd \(fdParam):")
        }
    }

    /// Deletes an object unless something still uses it.
    func delete(_ id: String) throws(QMPError) {
        try transaction { (s: inout State, transaction: Transaction) throws(QMPError) in
            guard let index = s.objects.firstIndex(where: { $0.id == id }) else {
                throw QMPError.generic("object '\(id)' not found")
            }
            if s.objects[index].busyReason != nil
                || (s.objects[index] as? MemoryBackendObject).flatMap(s.machine.dimm(using:)) != nil
            {
                throw QMPError.generic("object '\(id)' is in use, can not be deleted")
            }
            if let memory = s.objects[index] as? MemoryBackendObject, let store = memory.keptIn(journal) {
                try store.forget(MemoryBackendObject.storedName(id), keeping: memory.fd, in: transaction)
            }
            try transaction.prepareIrreversible()
            let object = s.objects.remove(at: index)
            object.finalize()
            transaction.irreversible("delete object '\(id)'")
        }
    }

    /// Ids of the objects, in creation order (for tests).
    public var ids: [String] { (try? withState { s in s.objects.map(\.id) }) ?? [] }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension FDSetRegistry: FDSetLookup {
    /// A close-on-exec duplicate of a descriptor of `set` opened with the
    /// needed access mode (QEMU matches O_ACCMODE exactly).
    func duplicate(set: Int64, readonly: Bool, system: SystemCalls.Typed) -> Result<Int32, Errno>? {
        guard let members = snapshot.first(where: { $0.id == set })?.members else { return nil }
        let wanted = readonly ? O_RDONLY : O_RDWR
        for m in members {
            switch system.fcntl(m.fd, F_GETFL) {
            case .success(let mode) where mode & O_ACCMODE == wanted:
                return system.fcntl(m.fd, F_DUPFD_CLOEXEC, 0)
            case .success: continue
            case .failure(let e): return .failure(e)
            }
        }
        return nil
    }
}
