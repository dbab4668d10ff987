#if canImport(Glibc)
import Glibc
#endif
import Posix
import Tracing

/// What a VFIO device request's trace event needs to know about the device
/// it ran on: QEMU's `iommufd_cdev_*` events name the device and carry its
/// descriptor and the iommufd it is bound to.
public struct VFIODeviceContext: Sendable, Hashable {
    /// The device descriptor (`/dev/vfio/devices/vfioN`).
    public var fd: Int32
    /// The device's name in traces (its sysfs name, as QEMU's `vbasedev->name`).
    public var name: String
    /// The iommufd the device is bound to; −1 before a successful bind.
    public var iommufd: Int32

    public init(fd: Int32, name: String, iommufd: Int32 = -1) {
        self.fd = fd
        self.name = name
        self.iommufd = iommufd
    }
}

/// A typed VFIO cdev ioctl: like ``IOMMUFDRequest``, but it runs on a VFIO
/// *device* descriptor, not on the iommufd. Each lives in its own file
/// under `IOCTL/` and keeps the C struct internal behind typed accessors.
public protocol VFIODeviceRequest {
    /// The uapi struct (`struct vfio_device_bind_iommufd`, …).
    associatedtype UAPI
    /// The ioctl number.
    static var number: UInt { get }
    /// The uapi name, used in errors.
    static var name: String { get }
    /// The struct as passed to the kernel, `argsz` already set.
    var uapi: UAPI { get set }
    /// The iommufd the device is bound to once this request succeeded
    /// (VFIO_DEVICE_BIND_IOMMUFD); nil for every other request.
    var boundIOMMUFD: Int32? { get }
    /// Fires the request's trace event after the ioctl: QEMU's
    /// `iommufd_cdev_*` on success, iommud's `iommufd_cdev_fail_*`
    /// (`ret` = −errno) on failure.
    func trace(device: VFIODeviceContext, result: Result<Int32, Errno>)
    /// As ``IOMMUFDRequest/changesKernelState``.
    var changesKernelState: Bool { get }
    /// As ``IOMMUFDRequest/kernelOutputs``.
    var kernelOutputs: [UInt64] { get set }
}

extension VFIODeviceRequest {
    public var boundIOMMUFD: Int32? { nil }
    public var changesKernelState: Bool { true }
    public var kernelOutputs: [UInt64] {
        get { [] }
        set {}
    }
}

extension Kernel {
    /// Runs a typed VFIO device request on `device.fd` and fires its trace event.
    ///
    /// A call on a descriptor a ``KernelCallBook`` watches is recorded, or
    /// answered from the record for an adopted owner (no kernel call, no
    /// trace event).
    public func perform<R: VFIODeviceRequest>(_ request: inout R, on device: VFIODeviceContext) throws(KernelError) {
        let book = request.changesKernelState ? KernelCallBook.current : nil
        let route = book?.route(of: device.fd)
        if let book, let route, route.adopting {
            switch book.replayed(R.name, owner: route.owner) {
            case .success(let outputs): if !outputs.isEmpty { request.kernelOutputs = outputs }
            case .failure(let e): throw KernelError(R.name, e)
            }
            return
        }
        let result = withUnsafeMutableBytes(of: &request.uapi) { raw in
            ioctl(device.fd, R.number, ownStruct: raw)
        }
        request.trace(device: device, result: result)
        if let book, let route { book.record(R.name, owner: route.owner, result: result, outputs: request.kernelOutputs) }
        if case .failure(let e) = result { throw KernelError(R.name, e) }
    }
}

/// An open VFIO device cdev (`/dev/vfio/devices/vfioN`): owns the
/// descriptor and closes it exactly once. Closing it detaches and unbinds
/// the device (its DEVICE object and any automatic HWPT it alone used
/// disappear from the iommufd).
///
/// Every request but ``VFIODeviceBindIOMMUFD`` fails with EINVAL until the
/// device is bound.
public struct VFIODevice: ~Copyable {
    /// The device descriptor.
    public let fd: Int32
    /// The path it was opened from.
    public let path: String
    /// Its name in traces (the sysfs name, e.g. `0000:17:00.0`).
    public let name: String
    /// The kernel it belongs to.
    public let kernel: any Kernel
    /// The iommufd descriptor it is bound to; −1 before a successful bind.
    public private(set) var iommufd: Int32 = -1
    /// Whether the descriptor is closed at the end: not one systemd's fd
    /// store passed back while the state journal's replay uses it
    /// (``init(kept:kernel:path:name:)``) until it is handed over.
    public private(set) var closesAtEnd = true

    /// Opens `path` read-write and close-on-exec; fires QEMU's
    /// `iommufd_cdev_getfd`.
    ///
    /// - Parameters:
    ///   - name: the device's name in traces; the last path component when nil.
    /// - Throws: `KernelError` named `open <path>` with the errno (ENOENT for
    ///   a device that does not exist).
    public init(kernel: any Kernel, path: String, name: String? = nil) throws(KernelError) {
        switch kernel.open(path, flags: O_RDWR | O_CLOEXEC) {
        case .success(let fd): self.fd = fd
        case .failure(let e): throw KernelError("open \(path)", e)
        }
        self.path = path
        self.name = name ?? String(path.split(separator: "/").last ?? Substring(path))
        self.kernel = kernel
        Trace.iommufd_cdev_getfd(dev: path, devfd: fd)
    }

    /// Takes ownership of an open VFIO cdev descriptor a client passed (as
    /// libvirt passes devices to QEMU). Nothing is checked here: the
    /// kernel refuses the requests of a descriptor that is not a VFIO cdev.
    ///
    /// - Parameters:
    ///   - name: the device's name in traces (QEMU names such devices
    ///     after their descriptor).
    public init(adopting fd: Int32, kernel: any Kernel, name: String) {
        self.fd = fd
        self.path = "fd \(fd)"
        self.name = name
        self.kernel = kernel
    }

    /// Uses `fd`, a bound VFIO device descriptor systemd's fd store passed
    /// back, without closing it at the end until ``takeOwnership()``.
    public init(kept fd: Int32, kernel: any Kernel, path: String, name: String) {
        self.fd = fd
        self.path = path
        self.name = name
        self.kernel = kernel
        closesAtEnd = false
    }

    /// Makes a kept descriptor this value's to close.
    public mutating func takeOwnership() { closesAtEnd = true }

    /// The device as its trace events see it.
    public var context: VFIODeviceContext { VFIODeviceContext(fd: fd, name: name, iommufd: iommufd) }

    /// Runs a typed request on the device; a successful bind records the iommufd.
    public mutating func perform<R: VFIODeviceRequest>(_ request: inout R) throws(KernelError) {
        try kernel.perform(&request, on: context)
        if let bound = request.boundIOMMUFD { iommufd = bound }
    }

    /// Closes the descriptor: consuming `self` ends ownership, and `deinit` —
    /// the one place that closes — runs.
    public consuming func close() {}

    /// Fires QEMU's `vfio_device_put` ("close vdev->fd") and closes.
    deinit {
        guard closesAtEnd else { return }
        Trace.vfio_device_put(fd: fd)
        _ = kernel.close(fd)
    }
}

extension Kernel {
    /// Takes over a descriptor a client passed as an open VFIO device cdev
    /// (as libvirt passes devices to QEMU): the returned device closes it at
    /// the end. One the kernel will not adopt is closed here, and its errno
    /// returned.
    public func adoptVFIODevice(_ passed: consuming OwnedFD, name: String) -> Result<VFIODevice, Errno> {
        let fd = passed.release()
        switch adoptVFIODevice(fd) {
        case .success: return .success(VFIODevice(adopting: fd, kernel: self, name: name))
        case .failure(let e):
            systemCalls.typed.close(fd)
            return .failure(e)
        }
    }
}
