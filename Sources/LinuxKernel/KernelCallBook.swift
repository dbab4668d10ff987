import Posix
import Synchronization

/// The kernel calls that change the objects of an iommufd whose descriptors
/// outlive the daemon (kept in systemd's fd store), as the state journal
/// records them with each change, and as a restarted daemon answers them
/// again without the kernel when it adopts those objects.
///
/// Each iommufd object that keeps its descriptors is an *owner*: its
/// `/dev/iommu` descriptor and the VFIO device descriptors bound through it
/// are watched under its name. A call on a watched descriptor that changes
/// kernel state (``IOMMUFDRequest/changesKernelState``) is recorded while
/// a change is being made: its request, its errno, and the values the
/// kernel chose (``IOMMUFDRequest/kernelOutputs``). When the daemon starts
/// again with the descriptors passed back, the kernel already holds what
/// the journal's changes made; replaying them, each such call on an adopted
/// owner's descriptors is answered from its record instead — the same ids,
/// the same IOVAs, the same failures — so the model is rebuilt over the
/// living kernel objects without touching them. Calls that only look
/// (hardware information, IOVA ranges, device information) still reach the
/// kernel.
///
/// A replay whose calls do not match the record (another request, more or
/// fewer calls) has *diverged* for that owner: its answer is EIO and the
/// owner cannot be adopted (``diverged``).
public final class KernelCallBook: Sendable {
    /// One recorded call.
    public struct Call: Sendable, Equatable {
        /// The iommufd object whose descriptor it went to.
        public var owner: String
        /// The request's uapi name (`IOMMU_IOAS_ALLOC`).
        public var request: String
        /// Its errno, nil when it succeeded.
        public var errno: Errno?
        /// What the kernel chose (ids, IOVAs, lengths), in the request's order.
        public var outputs: [UInt64]

        public init(owner: String, request: String, errno: Errno?, outputs: [UInt64]) {
            self.owner = owner
            self.request = request
            self.errno = errno
            self.outputs = outputs
        }
    }

    private struct State {
        /// Watched descriptors and their owners.
        var owners: [Int32: String] = [:]
        /// Owners whose calls are answered from the record.
        var adopting: Set<String> = []
        /// The calls of the change being made.
        var recorded: [Call] = []
        /// The recorded calls of the change being replayed not answered yet.
        var pending: [Call] = []
        /// Owners whose replay did not match the record, and why.
        var diverged: [String: String] = [:]
    }

    private let state = Mutex(State())

    /// The book of the object tree whose command runs on this task (set
    /// around each change), if its kernel descriptors are kept.
    @TaskLocal public static var current: KernelCallBook?

    public init() {}

    /// Watches `fd` as one of `owner`'s descriptors.
    public func watch(_ fd: Int32, owner: String) {
        state.withLock { $0.owners[fd] = owner }
    }

    /// Stops watching `fd` (it is being closed).
    public func unwatch(_ fd: Int32) {
        state.withLock { _ = $0.owners.removeValue(forKey: fd) }
    }

    /// The owner `fd` is watched for.
    public func owner(of fd: Int32) -> String? {
        state.withLock { $0.owners[fd] }
    }

    /// The owner `fd` is watched for and whether its calls are answered
    /// from the record (one look under the lock, on every kernel call).
    func route(of fd: Int32) -> (owner: String, adopting: Bool)? {
        state.withLock { s in s.owners[fd].map { ($0, s.adopting.contains($0)) } }
    }

    // MARK: Recording

    /// Starts a change: forgets what an earlier one recorded.
    public func beginChange() {
        state.withLock { $0.recorded.removeAll() }
    }

    /// The calls recorded since ``beginChange()``.
    public var recorded: [Call] { state.withLock { $0.recorded } }

    func record(_ call: Call) {
        state.withLock { $0.recorded.append(call) }
    }

    // MARK: Replaying

    /// Answers the calls of `owners` from the record from now on.
    public func adopt(_ owners: Set<String>) {
        state.withLock { $0.adopting = owners }
    }

    /// Whether `owner`'s calls are answered from the record.
    public func isAdopting(_ owner: String) -> Bool {
        state.withLock { $0.adopting.contains(owner) }
    }

    /// Stops answering from the record (the replay is over).
    public func endAdoption() {
        state.withLock {
            $0.adopting.removeAll()
            $0.pending.removeAll()
        }
    }

    /// Sets the recorded calls of the change about to be replayed.
    public func expect(_ calls: [Call]) {
        state.withLock { $0.pending = calls.filter { [adopting = $0.adopting] in adopting.contains($0.owner) } }
    }

    /// Ends the replayed change: an adopted owner with recorded calls left
    /// unanswered has diverged.
    public func finishChange(_ change: String) {
        state.withLock { s in
            for call in s.pending where s.diverged[call.owner] == nil {
                s.diverged[call.owner] = "\(change) made fewer kernel calls than recorded (\(call.request) was not made)"
            }
            s.pending.removeAll()
        }
    }

    /// The recorded answer to `request` on `owner`'s descriptor: the next
    /// recorded call of that owner, which must be the same request; nil
    /// (and the owner diverged) when it is not.
    func answer(_ request: String, owner: String, change: String) -> Call? {
        state.withLock { s in
            guard s.diverged[owner] == nil else { return nil }
            guard !Self.notReplayable.contains(request) else {
                s.diverged[owner] = "\(change) made \(request), whose new descriptor cannot be given back"
                return nil
            }
            guard let index = s.pending.firstIndex(where: { $0.owner == owner }) else {
                s.diverged[owner] = "\(change) made \(request), which was not recorded"
                return nil
            }
            let call = s.pending.remove(at: index)
            guard call.request == request else {
                s.diverged[owner] = "\(change) made \(request) where \(call.request) was recorded"
                return nil
            }
            return call
        }
    }

    /// Marks `owner` as not adoptable, for `reason` (e.g. a check of the
    /// kernel's objects failed); the first reason stays.
    public func diverge(_ owner: String, _ reason: String) {
        state.withLock { s in
            if s.diverged[owner] == nil { s.diverged[owner] = reason }
        }
    }

    /// Owners whose replay did not match, with the first reason.
    public var diverged: [String: String] { state.withLock { $0.diverged } }

    /// Requests a replay cannot answer: they return a new descriptor.
    static let notReplayable: Set<String> = [FaultQueueAlloc.name]

    /// The change being replayed, for messages (set by the replay).
    @TaskLocal public static var change: String = "a change"
}

extension KernelCallBook {
    /// The recorded answer to `request` on `owner`'s descriptor: the values
    /// the kernel chose, or its errno; EIO when the replay diverged.
    func replayed(_ request: String, owner: String) -> Result<[UInt64], Errno> {
        guard let call = answer(request, owner: owner, change: Self.change) else { return .failure(.EIO) }
        return call.errno.map { .failure($0) } ?? .success(call.outputs)
    }

    /// Records a call made on `owner`'s descriptor.
    func record(_ request: String, owner: String, result: Result<Int32, Errno>, outputs: [UInt64]) {
        var errno: Errno?
        if case .failure(let e) = result { errno = e }
        record(Call(owner: owner, request: request, errno: errno, outputs: errno == nil ? outputs : []))
    }
}
