// Generated from schema/qapi-schema.json by qapi-gen. Do not edit: change the schema and run 'make gen'.

import JSON
import QAPIRuntime

/// Bytes a simulated device read.
public struct SimDMAReadInfo: Sendable, Hashable, QAPIObjectDecodable, QAPIObjectEncodable {
    /// the bytes, as lower-case hexadecimal
    public var data: String

    /// Creates a value from its members.
    public init(data: String) {
        self.data = data
    }

    public static let qapiMemberNames: [String] = ["data"]

    public init(qapiMembersOf object: JSONObject, at path: QAPIPath) throws(QMPError) {
        self.data = try QAPIDecoding.member(object, "data", at: path)
    }

    public func qapiEncodeMembers(into object: inout JSONObject) {
        QAPIEncoding.put(&object, "data", data)
    }
}

/// A vfio-pci interrupt index.
public enum SimIRQIndex: String, QAPIEnum {
    /// the legacy INTx pin
    case intx = "intx"
    /// MSI
    case msi = "msi"
    /// MSI-X
    case msix = "msix"
    /// PCI Express error reporting
    case err = "err"
    /// the device request (the host wants the device back)
    case req = "req"
}

/// Handlers for the commands of schema module 'sim'.
///
/// The dispatch table decodes arguments strictly before calling a handler,
/// so handlers see only well-typed values.
public protocol SimCommands<Context>: Sendable {
    /// Per-request state the transport passes to every handler.
    associatedtype Context

    /// Play a device writing by DMA: `size` bytes of `fill` at `iova`, through
    /// the HWPT (or for an mdev the IOAS) it is attached to.  The bytes
    /// land in the mapped memory, and with dirty tracking running every IO
    /// page written becomes dirty.  All or nothing.
    ///
    /// - Parameters:
    ///   - device: the device's sysfs name (or cdev path)
    ///   - iova: where the write starts
    ///   - size: bytes to write, at most 1 GiB
    ///   - fill: the byte written (default: 0)
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError for a `size` above 1 GiB (before anything is allocated or written)
    ///   - GenericError with errno EIO when the device is not attached, EFAULT when the range is not mapped (an IOMMU fault), EPERM for a read-only mapping, ENODEV for an unknown device
    /// - Note: Unstable: a test hook of the simulated kernel
    func xSimDmaWrite(device: String, iova: UInt64, size: UInt64, fill: UInt8?, context: Context) throws(QMPError)

    /// Play a device reading by DMA: `size` bytes (at most 65536) at `iova`.
    ///
    /// - Parameters:
    ///   - device: the device's sysfs name (or cdev path)
    ///   - iova: where the read starts
    ///   - size: bytes to read
    ///   - context: the state of the request
    /// - Returns: the bytes
    /// - Throws:
    ///   - GenericError as x-sim-dma-write (EPERM for a write-only mapping)
    /// - Note: Unstable: a test hook of the simulated kernel
    func xSimDmaRead(device: String, iova: UInt64, size: UInt64, context: Context) throws(QMPError) -> SimDMAReadInfo

    /// Make the `nth` call from now (1: the next one) fail with `errno`
    /// without doing anything, as the kernel's fail_nth fault injection
    /// does.  Counted are the kernel calls (opens and ioctls) and the
    /// system calls iommud makes beside them (memfd_create, open, fstat,
    /// fcntl, ftruncate, mmap, read; the state journal's pwrite and fsync;
    /// the fd store's socket and sendmsg; never close, munmap or the
    /// connect of a probe).  Lets a tool check that it copes with a
    /// failing kernel or system; every iommud
    /// command rolls back what it did.  A new injection replaces a pending
    /// one; `nth` 0 cancels.
    ///
    /// - Parameters:
    ///   - nth: which call fails (0: cancel a pending injection)
    ///   - errno: the errno's name (default: ENOMEM)
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError for an unknown errno name
    /// - Note: Unstable: a test hook of the simulated kernel
    func xSimInjectFault(nth: UInt32, errno: String?, context: Context) throws(QMPError)

    /// Give the simulated process an RLIMIT_MEMLOCK of `bytes` without
    /// CAP_IPC_LOCK, or take the limit away (no `bytes`: the default, a
    /// process with CAP_IPC_LOCK).  Pinned pages are then charged as Linux
    /// charges them: iommufd mappings made from now on to the user (or to
    /// the process when its iommufd is in RLIMIT_MODE 1), VFIO type1
    /// mappings to the process; a pin beyond the limit fails with ENOMEM.
    /// Lets a tool see the error a VFIO user meets most.
    ///
    /// - Parameters:
    ///   - bytes: the limit (rounded down to pages); absent: no limit
    ///   - context: the state of the request
    /// - Note: Unstable: a test hook of the simulated kernel
    func xSimSetMemlockLimit(bytes: UInt64?, context: Context) throws(QMPError)

    /// Play a device raising an interrupt: the eventfd its user set with
    /// VFIO_DEVICE_SET_IRQS for `vector` of `index` is signalled, as the
    /// kernel's vfio-pci signals it.  INTx is level-triggered and
    /// automasked: while masked it stays pending (its status bit set in
    /// config space) and is delivered when the user unmasks it.
    ///
    /// - Parameters:
    ///   - device: the device's sysfs name (or cdev path)
    ///   - index: the interrupt type
    ///   - vector: the vector (default: 0)
    ///   - context: the state of the request
    /// - Throws:
    ///   - GenericError with errno EINVAL when the device's user has not enabled that interrupt type, ERANGE for a vector past the enabled ones, ENOENT when the vector has no eventfd, ENODEV for an unknown device, ENOTTY for an mdev
    /// - Note: Unstable: a test hook of the simulated kernel
    func xSimIrq(device: String, index: SimIRQIndex, vector: UInt32?, context: Context) throws(QMPError)
}
