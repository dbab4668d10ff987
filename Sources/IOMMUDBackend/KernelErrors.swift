import LinuxKernel
import Posix
import QAPIRuntime

// The one mapping from failed kernel and system calls to QMP: a GenericError
// whose desc names the call and the errno, with the errno's name also in the
// error object's `errno` member. Handlers build no errno error of their own.

extension KernelError {
    /// `IOMMU_IOAS_MAP failed: EINVAL (Invalid argument)`.
    public var qmp: QMPError { qmp(adding: nil) }

    /// The same with `context` before it, QEMU-style
    /// (`Could not parse remote object fd x:adopt … failed: EBADF (…)`).
    public func qmp(after context: String) -> QMPError {
        QMPError(.genericError, "\(context)\(description)", errno: errno.name)
    }

    /// The same with `detail` after the errno (`… after 1 of 2 entries`).
    public func qmp(adding detail: String?) -> QMPError {
        QMPError(.genericError, detail.map { "\(description)\($0)" } ?? description, errno: errno.name)
    }
}

extension Errno {
    /// A system call's failure: `<what>: ENOMEM (Cannot allocate memory)`.
    public func qmp(_ what: String) -> QMPError {
        QMPError(.genericError, "\(what): \(self)", errno: name)
    }
}

/// Runs kernel work for a command handler: a failure becomes its QMP error
/// through the one mapping (``KernelError/qmp``).
func kernelWork<T>(_ body: () throws(KernelError) -> T) throws(QMPError) -> T {
    do throws(KernelError) {
        return try body()
    } catch {
        throw error.qmp
    }
}
