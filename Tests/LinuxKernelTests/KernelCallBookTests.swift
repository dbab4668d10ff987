@testable import LinuxKernel
import Posix
import Testing

/// The record-and-answer book on its own: what a replay that does not make
/// the recorded calls gets, and that only watched descriptors are touched.
@Suite struct KernelCallBookTests {
    static func call(_ request: String, _ outputs: [UInt64] = [], errno: Errno? = nil, owner: String = "a") -> KernelCallBook.Call {
        KernelCallBook.Call(owner: owner, request: request, errno: errno, outputs: outputs)
    }

    @Test func recordedCallsAreAnsweredInOrderPerOwner() {
        let book = KernelCallBook()
        book.adopt(["a", "b"])
        book.expect([Self.call("IOMMU_IOAS_ALLOC", [1]), Self.call("IOMMU_IOAS_ALLOC", [7], owner: "b"),
                     Self.call("VFIO_DEVICE_ATTACH_IOMMUFD_PT", errno: .EINVAL), Self.call("IOMMU_HWPT_ALLOC", [3])])
        #expect(book.replayed("IOMMU_IOAS_ALLOC", owner: "b") == .success([7]))
        #expect(book.replayed("IOMMU_IOAS_ALLOC", owner: "a") == .success([1]))
        #expect(book.replayed("VFIO_DEVICE_ATTACH_IOMMUFD_PT", owner: "a") == .failure(.EINVAL))
        #expect(book.replayed("IOMMU_HWPT_ALLOC", owner: "a") == .success([3]))
        book.finishChange("change 1")
        #expect(book.diverged.isEmpty)
    }

    @Test func anotherRequestOneMoreOrOneFewerDiverges() {
        let book = KernelCallBook()
        book.adopt(["a", "b", "c"])
        book.expect([Self.call("IOMMU_IOAS_ALLOC", [1]), Self.call("IOMMU_IOAS_MAP", [4096], owner: "c")])
        KernelCallBook.$change.withValue("change 2 (x)") {
            #expect(book.replayed("IOMMU_HWPT_ALLOC", owner: "a") == .failure(.EIO))
            // Once diverged, every later answer is EIO.
            #expect(book.replayed("IOMMU_IOAS_ALLOC", owner: "a") == .failure(.EIO))
            #expect(book.replayed("IOMMU_DESTROY", owner: "b") == .failure(.EIO))
        }
        book.finishChange("change 2 (x)")
        #expect(book.diverged == [
            "a": "change 2 (x) made IOMMU_HWPT_ALLOC where IOMMU_IOAS_ALLOC was recorded",
            "b": "change 2 (x) made IOMMU_DESTROY, which was not recorded",
            "c": "change 2 (x) made fewer kernel calls than recorded (IOMMU_IOAS_MAP was not made)",
        ])
    }

    @Test func aFaultQueueCannotBeAnswered() {
        let book = KernelCallBook()
        book.adopt(["a"])
        book.expect([Self.call(FaultQueueAlloc.name, [5, 9])])
        #expect(book.replayed(FaultQueueAlloc.name, owner: "a") == .failure(.EIO))
        #expect(book.diverged["a"]?.contains("whose new descriptor cannot be given back") == true)
    }

    @Test func onlyStateChangingCallsOnWatchedDescriptorsAreRecorded() throws {
        let book = KernelCallBook()
        book.watch(5, owner: "a")
        book.beginChange()
        book.record("IOMMU_IOAS_ALLOC", owner: "a", result: .success(0), outputs: [2])
        book.record("IOMMU_HWPT_ALLOC", owner: "a", result: .failure(.EOPNOTSUPP), outputs: [0])
        #expect(book.recorded == [Self.call("IOMMU_IOAS_ALLOC", [2]), Self.call("IOMMU_HWPT_ALLOC", errno: .EOPNOTSUPP)])
        #expect(book.owner(of: 5) == "a" && book.owner(of: 6) == nil)
        book.unwatch(5)
        #expect(book.owner(of: 5) == nil)
        book.beginChange()
        #expect(book.recorded.isEmpty)
        // The requests say which only look.
        #expect(!IOASIOVARanges(ioas: IOASID(rawValue: 1)).changesKernelState)
        #expect(IOASAlloc().changesKernelState)
        #expect(!Option(.hugePages, .get, object: ObjectID(rawValue: 1)).changesKernelState)
        #expect(Option(.hugePages, .set, object: ObjectID(rawValue: 1), value: 0).changesKernelState)
        var alloc = IOASAlloc()
        alloc.kernelOutputs = [9]
        #expect(alloc.ioas == IOASID(rawValue: 9) && alloc.kernelOutputs == [9])
    }
}
