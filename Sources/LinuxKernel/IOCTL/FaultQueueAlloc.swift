import CLinuxUAPI
import Posix
import Tracing

/// An IO page fault queue (`IOMMU_FAULT_QUEUE_ALLOC`).
public struct FaultID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public var object: ObjectID { ObjectID(rawValue: rawValue) }
    public var description: String { String(rawValue) }
}

/// `IOMMU_FAULT_QUEUE_ALLOC`: creates a FAULT object and its descriptor.
/// HWPTs allocated with it (``HWPTAllocFlags/faultIDValid``) deliver their
/// IO page faults there: `read()` returns `struct iommu_hwpt_pgfault`
/// records, `write()` takes `struct iommu_hwpt_page_response`s. The
/// descriptor keeps the FAULT busy (IOMMU_DESTROY → EBUSY until closed).
///
/// Fails with EOPNOTSUPP for any flag.
public struct FaultQueueAlloc: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_FAULT_QUEUE_ALLOC)
    /// The kernel's minimum `size`: the struct up to `out_fault_fd`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 16
    public static let name = "IOMMU_FAULT_QUEUE_ALLOC"
    public var uapi = iommu_fault_alloc()

    public init() {
        uapi.size = UInt32(MemoryLayout<iommu_fault_alloc>.size)
    }

    /// The new FAULT (after a successful call).
    public var fault: FaultID { FaultID(rawValue: uapi.out_fault_id) }
    /// Its descriptor (close-on-exec), owned by the caller.
    public var fd: Int32 { Int32(bitPattern: uapi.out_fault_fd) }

    /// The FAULT object's id and its descriptor (which a replay cannot
    /// give back: ``KernelCallBook`` refuses to answer this request).
    public var kernelOutputs: [UInt64] {
        get { [UInt64(uapi.out_fault_id), UInt64(uapi.out_fault_fd)] }
        set {}
    }

    /// iommud's `iommufd_backend_alloc_fault_queue` (`ret` is 0 or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_alloc_fault_queue(
            iommufd: fd, flags: uapi.flags, fault_id: uapi.out_fault_id, fault_fd: Int32(bitPattern: uapi.out_fault_fd),
            ret: result.negativeErrno)
    }
}
