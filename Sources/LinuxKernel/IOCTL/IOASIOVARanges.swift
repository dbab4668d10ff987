import CLinuxUAPI
import Posix
import Tracing

/// One inclusive IOVA interval, `start...last`.
public struct IOVARange: Sendable, Hashable {
    public var start: UInt64
    public var last: UInt64
    public init(start: UInt64, last: UInt64) {
        self.start = start
        self.last = last
    }
}

/// `IOMMU_IOAS_IOVA_RANGES`: the IOVA intervals an IOAS can map, and the
/// alignment mappings need. Asked with room for `capacity` ranges; the kernel
/// reports how many exist (EMSGSIZE when they do not fit).
public struct IOASIOVARanges: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES)
    /// The kernel's minimum `size`: the struct up to `out_iova_alignment`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 32
    public static let name = "IOMMU_IOAS_IOVA_RANGES"
    public var uapi = iommu_ioas_iova_ranges()
    /// Storage for the ranges the kernel writes; `allowed_iovas` points here.
    private let buffer: RangeBuffer

    final class RangeBuffer {
        let pointer: UnsafeMutablePointer<iommu_iova_range>
        let capacity: Int
        init(capacity: Int) {
            self.capacity = capacity
            pointer = .allocate(capacity: max(capacity, 1))
            pointer.initialize(repeating: iommu_iova_range(), count: max(capacity, 1))
        }
        deinit { pointer.deallocate() }
    }

    public init(ioas: IOASID, capacity: Int = 16) {
        buffer = RangeBuffer(capacity: capacity)
        uapi.size = UInt32(MemoryLayout<iommu_ioas_iova_ranges>.size)
        uapi.ioas_id = ioas.rawValue
        uapi.num_iovas = UInt32(capacity)
        uapi.allowed_iovas = UInt64(UInt(bitPattern: buffer.pointer))
    }

    /// How many ranges the IOAS has (may exceed the capacity on EMSGSIZE).
    public var count: Int { Int(uapi.num_iovas) }

    /// The ranges returned (up to the capacity).
    public var ranges: [IOVARange] {
        (0..<min(count, buffer.capacity)).map { IOVARange(start: buffer.pointer[$0].start, last: buffer.pointer[$0].last) }
    }

    /// Required alignment of IOVAs and lengths.
    public var alignment: UInt64 { uapi.out_iova_alignment }

    /// It only looks.
    public var changesKernelState: Bool { false }

    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_get_iova_ranges(
            iommufd: fd, ioas: uapi.ioas_id, num_iovas: uapi.num_iovas, alignment: uapi.out_iova_alignment,
            ret: result.negativeErrno)
    }
}
