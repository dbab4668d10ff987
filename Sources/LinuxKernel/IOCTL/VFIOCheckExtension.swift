import CLinuxUAPI
import Posix
import Tracing

/// What `VFIO_CHECK_EXTENSION` and `VFIO_SET_IOMMU` ask about: an IOMMU
/// backend type or a feature of one.
public struct VFIOExtension: RawRepresentable, Sendable, Hashable {
    public var rawValue: UInt
    public init(rawValue: UInt) { self.rawValue = rawValue }

    /// The type1 backend with v1 unmap semantics. C: `VFIO_TYPE1_IOMMU`.
    public static let type1 = VFIOExtension(rawValue: UInt(VFIO_TYPE1_IOMMU))
    /// The type1 backend with v2 semantics (whole-mapping unmaps, dirty
    /// tracking). C: `VFIO_TYPE1v2_IOMMU`.
    public static let type1v2 = VFIOExtension(rawValue: UInt(VFIO_TYPE1v2_IOMMU))
    /// Every domain enforces cache coherency. C: `VFIO_DMA_CC_IOMMU`.
    public static let dmaCoherent = VFIOExtension(rawValue: UInt(VFIO_DMA_CC_IOMMU))
    /// UNMAP_DMA with the ALL flag. C: `VFIO_UNMAP_ALL`.
    public static let unmapAll = VFIOExtension(rawValue: UInt(VFIO_UNMAP_ALL))
    /// MAP/UNMAP_DMA with the VADDR flag. C: `VFIO_UPDATE_VADDR`.
    public static let updateVaddr = VFIOExtension(rawValue: UInt(VFIO_UPDATE_VADDR))
    /// The no-IOMMU mode. C: `VFIO_NOIOMMU_IOMMU`.
    public static let noIOMMU = VFIOExtension(rawValue: UInt(VFIO_NOIOMMU_IOMMU))
}

/// `VFIO_CHECK_EXTENSION`, on a container: whether an extension is
/// supported — the ioctl's return value (1 or 0). The extension is passed
/// by value. Before VFIO_SET_IOMMU every backend is asked; after, only the
/// one set (DMA_CC_IOMMU and UPDATE_VADDR answer 1 only then).
public struct VFIOCheckExtension: VFIOLegacyRequest {
    public static let number = UInt(IOMMUD_VFIO_CHECK_EXTENSION)
    public static let name = "VFIO_CHECK_EXTENSION"
    /// The extension asked about (the ioctl's integer argument).
    public var uapi: UInt
    /// The kernel's answer (after a successful request).
    public private(set) var supported = false

    public init(_ extension: VFIOExtension) {
        uapi = `extension`.rawValue
    }

    public mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno> {
        ioctl(UnsafeMutableRawPointer(bitPattern: uapi))
    }

    public mutating func received(_ value: Int32) { supported = value > 0 }

    /// iommud's `vfio_legacy_check_extension` (ret = the answer or −errno).
    public func trace(fd: Int32, result: Result<Int32, Errno>) {
        Trace.vfio_legacy_check_extension(container: fd, extension: Int32(truncatingIfNeeded: uapi),
                                          ret: result.negativeErrno)
    }
}
