#if canImport(Glibc)
import Glibc
#endif
import Posix
import Tracing

/// A typed ioctl of the legacy VFIO interface, on a container
/// (`/dev/vfio/vfio`) or a group (`/dev/vfio/<N>`) descriptor. Like
/// ``IOMMUFDRequest``, but some of these ioctls take their argument by value
/// (VFIO_SET_IOMMU, VFIO_CHECK_EXTENSION), some return a value
/// (VFIO_CHECK_EXTENSION, VFIO_GROUP_GET_DEVICE_FD) and some carry a
/// variable-size payload (capability chains, dirty bitmaps), so each request
/// supplies the argument itself. Each lives in its own file under `IOCTL/`
/// and keeps the C struct internal behind typed accessors.
public protocol VFIOLegacyRequest {
    /// The ioctl number.
    static var number: UInt { get }
    /// The uapi name, used in errors.
    static var name: String { get }
    /// Calls `ioctl` with the request's argument: a pointer to its uapi
    /// struct (`argsz` already set) and payload, the integer itself, or nil.
    mutating func withArgument(_ ioctl: (UnsafeMutableRawPointer?) -> Result<Int32, Errno>) -> Result<Int32, Errno>
    /// Takes the ioctl's return value on success (the default ignores it).
    mutating func received(_ value: Int32)
    /// Fires the request's trace event after the ioctl: iommud's
    /// `vfio_legacy_*`, whose `ret` is the return value or `-errno`.
    func trace(fd: Int32, result: Result<Int32, Errno>)
}

extension VFIOLegacyRequest {
    public mutating func received(_ value: Int32) {}
}

extension Kernel {
    /// Runs a typed legacy VFIO request on descriptor `fd`, fires its trace
    /// event and returns the ioctl's return value.
    @discardableResult
    public func perform<R: VFIOLegacyRequest>(_ request: inout R, on fd: Int32) throws(KernelError) -> Int32 {
        let result = request.withArgument { argument in ioctl(fd, R.number, argument) }
        if case .success(let value) = result { request.received(value) }
        request.trace(fd: fd, result: result)
        switch result {
        case .success(let value): return value
        case .failure(let e): throw KernelError(R.name, e)
        }
    }
}

/// An open legacy VFIO container (`/dev/vfio/vfio`): owns the descriptor
/// and closes it exactly once, firing QEMU's `vfio_container_disconnect`.
///
/// A container does nothing until a group joins it
/// (``VFIOGroupSetContainer``) and ``VFIOSetIOMMU`` picks the type1 backend;
/// before that every request but ``VFIOGetAPIVersion``,
/// ``VFIOCheckExtension`` and ``VFIOSetIOMMU`` fails with EINVAL. Attached
/// groups keep the container alive after its descriptor is closed; the last
/// group to leave drops every mapping.
public struct VFIOContainer: ~Copyable {
    /// The descriptor.
    public let fd: Int32
    /// The kernel it belongs to.
    public let kernel: any Kernel

    /// Opens `path` (default `/dev/vfio/vfio`) read-write and close-on-exec.
    ///
    /// - Throws: `KernelError` named `open <path>` with the errno (ENOENT on
    ///   a machine without VFIO).
    public init(kernel: any Kernel, path: String = "/dev/vfio/vfio") throws(KernelError) {
        switch kernel.open(path, flags: O_RDWR | O_CLOEXEC) {
        case .success(let fd): self.fd = fd
        case .failure(let e): throw KernelError("open \(path)", e)
        }
        self.kernel = kernel
    }

    /// Runs a typed request on the container; returns the ioctl's value.
    @discardableResult
    public func perform<R: VFIOLegacyRequest>(_ request: inout R) throws(KernelError) -> Int32 {
        try kernel.perform(&request, on: fd)
    }

    /// Closes the descriptor: consuming `self` ends ownership, and `deinit` —
    /// the one place that closes — runs.
    public consuming func close() {}

    deinit {
        Trace.vfio_container_disconnect(fd: fd)
        _ = kernel.close(fd)
    }
}

/// An open VFIO group (`/dev/vfio/<N>`): owns the descriptor and closes it
/// exactly once, firing QEMU's `vfio_group_put`. A group can be open only
/// once at a time (EBUSY). Closing it, once no device descriptor taken from
/// it is open either, takes it out of its container.
public struct VFIOGroup: ~Copyable {
    /// The descriptor.
    public let fd: Int32
    /// The IOMMU group number.
    public let group: Int
    /// The kernel it belongs to.
    public let kernel: any Kernel

    /// Opens `/dev/vfio/<group>` read-write and close-on-exec.
    ///
    /// - Throws: `KernelError` named `open /dev/vfio/<group>` with the errno:
    ///   ENOENT for a group that does not exist, EBUSY while it is open.
    public init(kernel: any Kernel, group: Int) throws(KernelError) {
        let path = "/dev/vfio/\(group)"
        switch kernel.open(path, flags: O_RDWR | O_CLOEXEC) {
        case .success(let fd): self.fd = fd
        case .failure(let e): throw KernelError("open \(path)", e)
        }
        self.group = group
        self.kernel = kernel
    }

    /// Runs a typed request on the group; returns the ioctl's value.
    @discardableResult
    public func perform<R: VFIOLegacyRequest>(_ request: inout R) throws(KernelError) -> Int32 {
        try kernel.perform(&request, on: fd)
    }

    /// Adds the group to `container` (VFIO_GROUP_SET_CONTAINER).
    public func setContainer(_ container: borrowing VFIOContainer) throws(KernelError) {
        var request = VFIOGroupSetContainer(container: container.fd)
        try perform(&request)
    }

    /// Opens the device `name` of the group (VFIO_GROUP_GET_DEVICE_FD) as a
    /// ``VFIODevice`` owning the new descriptor, on which
    /// ``VFIODeviceGetInfo`` works at once (the cdev-only requests fail with
    /// EINVAL).
    public func openDevice(_ name: String) throws(KernelError) -> VFIODevice {
        var request = VFIOGroupGetDeviceFD(name: name)
        let fd = try perform(&request)
        return VFIODevice(adopting: fd, kernel: kernel, name: name)
    }

    /// Closes the descriptor: consuming `self` ends ownership, and `deinit` —
    /// the one place that closes — runs.
    public consuming func close() {}

    deinit {
        Trace.vfio_group_put(fd: fd)
        _ = kernel.close(fd)
    }
}
