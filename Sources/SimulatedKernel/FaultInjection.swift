import Posix

/// The simulation's `iommufd_fail_nth`: a countdown of kernel calls after
/// which one call fails with a chosen errno, having done nothing.
struct FaultInjection {
    private var remaining = 0
    private var errno: Errno = .ENOMEM

    /// Whether a failure is still to come.
    var pending: Bool { remaining > 0 }

    /// Fails the `nth` call from now.
    mutating func arm(nth: Int, errno: Errno) {
        remaining = nth
        self.errno = errno
    }

    /// Cancels a pending failure.
    mutating func disarm() { remaining = 0 }

    /// Counts one call; returns the errno it must fail with, if it is the one.
    mutating func consume() -> Errno? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        return remaining == 0 ? errno : nil
    }
}
