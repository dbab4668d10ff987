import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import StateJournal

/// Kernel descriptors in systemd's fd store, and their adoption at start.
///
/// With the host kernel under systemd (`NOTIFY_SOCKET`) and `--state-dir`,
/// an `iommufd` object that opens `/dev/iommu` itself keeps that descriptor
/// in the fd store as `iommufd.<id>`, and each VFIO device bound through it
/// as `cdev.<id>.<vfioN>`: the kernel keeps an iommufd's IOASes, HWPTs and
/// bound devices as long as a descriptor does, so with the store holding
/// them a crash stops no DMA. Their state-changing kernel calls are
/// recorded with each change (``KernelCallBook``).
///
/// At the next start, the replay *adopts* an object whose `/dev/iommu`
/// descriptor came back: its kernel calls are answered from the record
/// (same ids, IOVAs, failures; nothing made twice), and then checked
/// against the kernel (``IOMMUFDObject/checkAdopted()``): each IOAS must
/// answer IOMMU_IOAS_IOVA_RANGES, each mapping must refuse a fixed map of
/// its first page (EEXIST), each bound device must answer
/// VFIO_DEVICE_GET_INFO. What does not check out is not adopted: its
/// descriptors are removed from the store and closed, which destroys those
/// kernel objects, and the daemon starts again to make them anew.
extension ChangeJournal {
    /// The stored name of an iommufd object's `/dev/iommu` descriptor.
    static func iommufdName(_ id: String) -> String { "iommufd.\(id)" }

    /// The stored name of a VFIO device cdev bound through iommufd object
    /// `owner` (`cdev.iommufd0.vfio0`; systemd's names cannot hold the
    /// PCI address's colons).
    static func cdevName(owner: String, path: String) -> String {
        "cdev.\(owner).\(path.split(separator: "/").last.map(String.init) ?? path)"
    }

    /// Whether iommufd objects made now keep their descriptors in the fd
    /// store (a store and a call book, from the replay on).
    var keepsKernelDescriptorsNow: Bool {
        keeping.load(ordering: .acquiring) && descriptors != nil && kernelCalls != nil
    }

    /// Starts keeping the kernel descriptors of iommufd objects made from
    /// now on, and takes the ones the store passed back for the replay to
    /// adopt; the owners (iommufd object ids) it will adopt.
    public func beginKeepingKernelDescriptors() -> Set<String> {
        guard let descriptors, let kernelCalls else { return [] }
        keeping.store(true, ordering: .releasing)
        var taken: [String: Int32] = [:]
        for name in descriptors.passedBackNames where name.hasPrefix("iommufd.") || name.hasPrefix("cdev.") {
            if let fd = descriptors.take(name) { taken[name] = fd }
        }
        adopted.withLock { $0 = taken }
        let owners = Set(taken.keys.filter { $0.hasPrefix("iommufd.") }.map { String($0.dropFirst("iommufd.".count)) })
        kernelCalls.adopt(owners)
        return owners
    }

    /// The descriptor passed back as `name`, while the replay adopts it.
    func adoptedDescriptor(_ name: String) -> Int32? {
        adopted.withLock { $0[name] }
    }

    /// Ends adoption: the descriptors in `claimed` are the model's now;
    /// returns every other passed-back kernel descriptor, for the object
    /// tree to close through its kernel.
    func endAdoption(claimed: Set<Int32>) -> [(name: String, fd: Int32)] {
        kernelCalls?.endAdoption()
        let all = adopted.withLock { all in
            defer { all.removeAll() }
            return all
        }
        return all.sorted { $0.key < $1.key }.filter { !claimed.contains($0.value) }.map { (name: $0.key, fd: $0.value) }
    }

    /// Appends the kernel calls a change made after its record was written
    /// (before a step that cannot be undone) as a continuation of it,
    /// `{"kernel-continued": [...]}`, which the replay joins to the change.
    /// A continuation that cannot be written is logged: a replay adopting
    /// that object then diverges there and the object is made anew.
    func appendContinuation(_ calls: [KernelCallBook.Call]) {
        var record = JSONObject()
        record.appendUnchecked("kernel-continued", .array(calls.map(\.json)))
        do throws(QMPError) {
            try appendContinuationRecord(record, calls: calls)
        } catch {
            log("warning: state journal in \(directory): the kernel calls after a change's record could not be "
                + "recorded (\(error.desc)); a restart that adopts its iommufd object will make it anew")
        }
    }

    /// Joins the continuation records in `changes` (their payloads, in
    /// order) to the change before each.
    static func joiningContinuations(_ changes: [[UInt8]]) -> [[UInt8]] {
        var joined: [[UInt8]] = []
        joined.reserveCapacity(changes.count)
        let marker = Array("\"kernel-continued\"".utf8)
        for payload in changes {
            guard payload.starts(with: Array("{".utf8) + marker),
                  case .object(let continuation)? = try? JSONStreamParser.parse(bytes: payload),
                  case .array(let more)? = continuation["kernel-continued"],
                  let last = joined.last, case .object(var change)? = try? JSONStreamParser.parse(bytes: last)
            else {
                joined.append(payload)
                continue
            }
            var calls: [JSONValue] = []
            if case .array(let before)? = change["kernel"] { calls = before }
            change["kernel"] = .array(calls + more)
            joined[joined.count - 1] = JSONWriter.bytes(.object(change))
        }
        return joined
    }

    /// Removes `name` from the store after the kernel object went (a step
    /// that cannot fail the command any more): a failure is logged.
    func forgetKernelDescriptor(_ name: String, in store: DescriptorStore) {
        do throws(JournalError) {
            try store.forget(name)
        } catch {
            log("warning: fd store: '\(name)' could not be removed (its kernel objects stay until the store drops it): \(error)")
        }
    }
}

extension DescriptorStore {
    /// Keeps `fd` as `name` within `transaction` (taken back if the command
    /// fails).
    func keep(_ fd: Int32, name: String, in transaction: Transaction) throws(QMPError) {
        do throws(JournalError) {
            try keep(fd, name: name)
        } catch {
            throw error.qmp("the fd store could not be updated")
        }
        transaction.onFailure("remove '\(name)' from the fd store") { () throws(KernelError) in
            do throws(JournalError) { try self.forget(name) } catch { throw error.undoFailure }
        }
    }

    /// Removes `name` (`fd`, which the caller still holds) within
    /// `transaction`, before the step that closes it: kept again if the
    /// command fails after this. A store that cannot remove it fails the
    /// command, which keeps the object.
    func forget(_ name: String, keeping fd: Int32, in transaction: Transaction) throws(QMPError) {
        do throws(JournalError) {
            try forget(name)
        } catch {
            throw error.qmp("the fd store could not be updated")
        }
        transaction.onFailure("keep '\(name)' in the fd store again") { () throws(KernelError) in
            do throws(JournalError) { try self.keep(fd, name: name) } catch { throw error.undoFailure }
        }
    }
}

extension KernelCallBook.Call {
    /// `{"iommufd": …, "call": …, "out": [...]}`, with `"errno"` when it failed.
    var json: JSONValue {
        var object = JSONObject()
        object.appendUnchecked("iommufd", .string(owner))
        object.appendUnchecked("call", .string(request))
        if let errno { object.appendUnchecked("errno", .string(errno.name)) }
        if !outputs.isEmpty { object.appendUnchecked("out", .array(outputs.map { .uint($0) })) }
        return .object(object)
    }

    /// A call as ``json`` wrote it; nil for anything else.
    init?(json: JSONValue) {
        guard case .object(let o) = json, case .string(let owner)? = o["iommufd"], case .string(let request)? = o["call"]
        else { return nil }
        var errno: Errno?
        if case .string(let name)? = o["errno"] {
            guard let known = Errno(named: name) else { return nil }
            errno = known
        }
        var outputs: [UInt64] = []
        if case .array(let values)? = o["out"] {
            for value in values {
                guard let v = value.uint64Value else { return nil }
                outputs.append(v)
            }
        }
        self.init(owner: owner, request: request, errno: errno, outputs: outputs)
    }
}
