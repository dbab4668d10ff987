import CLinuxUAPI
import Posix
import Tracing

/// `VFIO_DEVICE_RESET`, on a VFIO device descriptor: a function-level reset
/// of the device (its config space saved and restored around it, as
/// Linux's `pci_try_reset_function` does). It carries no struct.
///
/// Fails with EINVAL when the device has no reset
/// (`VFIO_DEVICE_FLAGS_RESET` unset).
public struct VFIODeviceReset: VFIODeviceRequest {
    public static let number = UInt(IOMMUD_VFIO_DEVICE_RESET)
    public static let name = "VFIO_DEVICE_RESET"
    /// Nothing; the ioctl takes no argument (a pointer to this is ignored).
    public var uapi: UInt8 = 0

    public init() {}

    /// iommud's `vfio_device_reset` (−errno on failure).
    public func trace(device: VFIODeviceContext, result: Result<Int32, Errno>) {
        Trace.vfio_device_reset(name: device.name, devfd: device.fd, ret: result.negativeErrno)
    }
}
