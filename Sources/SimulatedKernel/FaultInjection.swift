import Posix

/// The simulation's `iommufd_fail_nth`: counts kernel calls, and the ones
/// armed fail with a chosen errno, having done nothing.
struct FaultInjection {
    /// The calls still to fail, counted from the last arming (1 = the next).
    private var failing: Set<Int> = []
    private var counted = 0
    private var errno: Errno = .ENOMEM

    /// Whether a failure is still to come.
    var pending: Bool { !failing.isEmpty }

    /// Fails the calls `calls` from now (1 = the next one), replacing what
    /// was armed before.
    mutating func arm(calls: Set<Int>, errno: Errno) {
        failing = calls
        counted = 0
        self.errno = errno
    }

    /// Cancels pending failures.
    mutating func disarm() { failing = [] }

    /// Counts one call; returns the errno it must fail with, if it is one.
    mutating func consume() -> Errno? {
        guard !failing.isEmpty else { return nil }
        counted += 1
        return failing.remove(counted) != nil ? errno : nil
    }
}
