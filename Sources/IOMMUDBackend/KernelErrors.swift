import LinuxKernel
import QAPIRuntime

extension KernelError {
    /// The one mapping from kernel failures to QMP: a GenericError whose desc
    /// names the ioctl (or call) and the errno, with the errno's name also in
    /// the error object's `errno` member.
    var qmp: QMPError {
        QMPError(.genericError, description, errno: errno.name)
    }
}
