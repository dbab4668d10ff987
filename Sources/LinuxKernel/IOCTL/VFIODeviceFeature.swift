import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_DEVICE_FEATURE`, on a VFIO device descriptor: gets, sets or probes
/// one feature of the device (migration, its migration state, DMA
/// logging, ...), with up to 64 bytes of the feature's data.
///
/// Fails with EINVAL for unknown flags, GET and SET together without PROBE,
/// or data too short for the feature; ENOTTY for a feature the device does
/// not have (migration on a device without a migration driver).
public struct VFIODeviceFeature: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_FEATURE)
    public static let name = "VFIO_DEVICE_FEATURE"
    public var uapi = iommud_vfio_device_feature()

    /// GET, SET, PROBE.
    public struct Flags: OptionSet, Sendable, Hashable {
        public var rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let get = Flags(rawValue: UInt32(VFIO_DEVICE_FEATURE_GET))
        public static let set = Flags(rawValue: UInt32(VFIO_DEVICE_FEATURE_SET))
        public static let probe = Flags(rawValue: UInt32(VFIO_DEVICE_FEATURE_PROBE))
    }

    /// `VFIO_DEVICE_FEATURE_MIGRATION`: GET the migration flags (u64).
    public static let migration = UInt16(VFIO_DEVICE_FEATURE_MIGRATION)
    /// `VFIO_DEVICE_FEATURE_MIG_DEVICE_STATE`: GET or SET
    /// `struct vfio_device_feature_mig_state`.
    public static let migrationDeviceState = UInt16(VFIO_DEVICE_FEATURE_MIG_DEVICE_STATE)
    /// Most bytes of data a request carries.
    public static let maxData = 64

    /// Feature `index` with `flags` and `data` (at most 64 bytes).
    public init(index: UInt16, flags: Flags, data: [UInt8] = []) {
        let head = MemoryLayout<iommud_vfio_device_feature>.offset(of: \.data) ?? 8
        let payload = data.prefix(Self.maxData)
        uapi.argsz = UInt32(head + payload.count)
        uapi.flags = UInt32(index) | flags.rawValue
        withUnsafeMutableBytes(of: &uapi.data) { $0.copyBytes(from: payload) }
    }

    /// The data as the kernel left it: `count` bytes (at most 64).
    public func data(count: Int) -> [UInt8] {
        withUnsafeBytes(of: uapi.data) { Array($0.prefix(min(count, Self.maxData))) }
    }

    /// iommud's `vfio_device_feature` (−errno on failure).
    /// GET and PROBE only look; SET changes the device.
    public var changesKernelState: Bool { uapi.flags & Flags.set.rawValue != 0 && uapi.flags & Flags.probe.rawValue == 0 }

    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        Trace.vfio_device_feature(name: device.name, devfd: device.fd, flags: uapi.flags, ret: result.negativeErrno)
    }
}
