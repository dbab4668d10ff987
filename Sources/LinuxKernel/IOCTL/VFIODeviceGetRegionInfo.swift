import CLinuxUAPI
import Posix
import Tracing

/// `flags` of `struct vfio_region_info`.
public struct VFIORegionInfoFlags: OptionSet, Sendable, Hashable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// `VFIO_REGION_INFO_FLAG_READ`.
    public static let read = VFIORegionInfoFlags(rawValue: UInt32(VFIO_REGION_INFO_FLAG_READ))
    /// `VFIO_REGION_INFO_FLAG_WRITE`.
    public static let write = VFIORegionInfoFlags(rawValue: UInt32(VFIO_REGION_INFO_FLAG_WRITE))
    /// The region can be mmapped from the device descriptor at its offset
    /// (`VFIO_REGION_INFO_FLAG_MMAP`).
    public static let mmap = VFIORegionInfoFlags(rawValue: UInt32(VFIO_REGION_INFO_FLAG_MMAP))
    /// A capability chain follows (`VFIO_REGION_INFO_FLAG_CAPS`).
    public static let capabilities = VFIORegionInfoFlags(rawValue: UInt32(VFIO_REGION_INFO_FLAG_CAPS))
}

/// vfio-pci's fixed region indexes (`VFIO_PCI_*_REGION_INDEX`) and where
/// a region lives in the device descriptor.
public enum VFIOPCIRegion {
    /// BAR0…BAR5 are 0…5.
    public static let bar0: UInt32 = 0
    public static let rom: UInt32 = 6
    public static let config: UInt32 = 7
    /// A region's offset in the descriptor (`VFIO_PCI_INDEX_TO_OFFSET`).
    public static func offset(of index: UInt32) -> UInt64 { UInt64(index) << 40 }
}

/// `VFIO_DEVICE_GET_REGION_INFO`, on a VFIO device descriptor: one
/// region's size, where it lives in the descriptor, what can be done with
/// it, and its capability chain (sparse mmap areas, MSI-X mappable, a
/// device-specific type), for which the request has 1 KiB of room.
///
/// Fails with EINVAL for an index past the device's regions (also a VGA
/// region of a device that has none) and, on a cdev, before the bind.
public struct VFIODeviceGetRegionInfo: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_GET_REGION_INFO)
    public static let name = "VFIO_DEVICE_GET_REGION_INFO"
    public var uapi = iommud_vfio_region_info()

    /// Room for the longest capability chain asked for.
    public static let maximumSize = UInt32(MemoryLayout<iommud_vfio_region_info>.size)

    /// Asks about region `index` with `argsz` bytes of room (the struct
    /// alone by default; at most ``maximumSize``).
    public init(index: UInt32, argsz: UInt32 = UInt32(MemoryLayout<vfio_region_info>.size)) {
        uapi.info.argsz = min(argsz, Self.maximumSize)
        uapi.info.index = index
    }

    /// The room the answer needs: more than asked when a chain did not fit.
    public var argsz: UInt32 { uapi.info.argsz }

    public var index: UInt32 { uapi.info.index }
    public var flags: VFIORegionInfoFlags { VFIORegionInfoFlags(rawValue: uapi.info.flags) }
    /// The region's size in bytes (0: the device does not have it).
    public var size: UInt64 { uapi.info.size }
    /// Where the region starts in the device descriptor.
    public var offset: UInt64 { uapi.info.offset }
    /// The answer as the kernel wrote it: `struct vfio_region_info`, then,
    /// when it fitted, the capability chain (offsets in it count from the
    /// start of the struct); `argsz` bytes in all.
    public var answer: [UInt8] {
        let head = MemoryLayout<vfio_region_info>.size
        let total = uapi.info.cap_offset != 0 ? max(head, Int(min(uapi.info.argsz, Self.maximumSize))) : head
        return withUnsafeBytes(of: uapi) { Array($0.prefix(total)) }
    }

    /// iommud's `vfio_device_get_region_info` (−errno on failure).
    /// It only looks.
    public var changesKernelState: Bool { false }

    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        Trace.vfio_device_get_region_info(
            name: device.name, devfd: device.fd, index: uapi.info.index, flags: uapi.info.flags,
            size: uapi.info.size, offset: uapi.info.offset, caps: uapi.info.cap_offset, ret: result.negativeErrno)
    }
}
