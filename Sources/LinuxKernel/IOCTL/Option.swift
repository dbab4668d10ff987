import CLinuxUAPI
import Posix
import Tracing

/// `IOMMU_OPTION`: reads or sets an iommufd option — one for the whole file
/// (``Option/Identifier/rlimitMode``) or one per IOAS
/// (``Option/Identifier/hugePages``).
///
/// Fails with EOPNOTSUPP for an unknown option or operation (and for an
/// object id on the global option), ENOENT when a per-IOAS option names no
/// IOAS, EINVAL for a value the option does not take; setting
/// ``Option/Identifier/rlimitMode`` needs CAP_SYS_RESOURCE (EPERM) and an
/// iommufd without objects (EBUSY); disabling
/// ``Option/Identifier/hugePages`` fails with EINVAL once domains and
/// mappings exist and EADDRINUSE when a mapping is not page aligned.
public struct Option: IOMMUFDRequest {
    public static let number = UInt(IOMMUD_IOMMU_OPTION)
    /// The kernel's minimum `size`: the struct up to `val64`, the last field
    /// the command was introduced with (its `IOCTL_OP`).
    public static let minimumSize = 24
    public static let name = "IOMMU_OPTION"
    public var uapi = iommu_option()

    /// Which option.
    public enum Identifier: UInt32, Sendable {
        /// How pinned pages are charged against RLIMIT_MEMLOCK: 0 to the
        /// user (default), 1 to the process (as VFIO does). Global: no
        /// object id. The corresponding C constant is `IOMMU_OPTION_RLIMIT_MODE`.
        case rlimitMode = 0
        /// Whether contiguous pages may be mapped as large IO pages: 1
        /// (default) yes, 0 everything in `PAGE_SIZE` pages (mappings must
        /// then be page aligned). Per IOAS. The corresponding C constant is
        /// `IOMMU_OPTION_HUGE_PAGES`.
        case hugePages = 1
    }

    /// Read or write.
    public enum Operation: UInt16, Sendable {
        /// The corresponding C constant is `IOMMU_OPTION_OP_SET`.
        case set = 0
        /// The corresponding C constant is `IOMMU_OPTION_OP_GET`.
        case get = 1
    }

    /// - Parameters:
    ///   - option: the option.
    ///   - operation: ``Operation/get`` or ``Operation/set``.
    ///   - object: the IOAS for a per-IOAS option; `nil` for a global one.
    ///   - value: the value to set (ignored by ``Operation/get``).
    public init(_ option: Identifier, _ operation: Operation, object: ObjectID? = nil, value: UInt64 = 0) {
        uapi.size = UInt32(MemoryLayout<iommu_option>.size)
        uapi.option_id = option.rawValue
        uapi.op = operation.rawValue
        uapi.object_id = object?.rawValue ?? 0
        uapi.val64 = value
    }

    /// The option's value: read by ``Operation/get``, echoed by ``Operation/set``.
    public var value: UInt64 { uapi.val64 }

    /// A read only looks.
    public var changesKernelState: Bool { uapi.op != Operation.get.rawValue }

    /// The value set (echoed).
    public var kernelOutputs: [UInt64] {
        get { [uapi.val64] }
        set { uapi.val64 = newValue.first ?? uapi.val64 }
    }

    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.iommufd_backend_set_option(
            iommufd: fd, option_id: uapi.option_id, op: UInt32(uapi.op), object_id: uapi.object_id, val: uapi.val64,
            ret: result.negativeErrno)
    }
}
