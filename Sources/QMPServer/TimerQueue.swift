#if canImport(Glibc)
import Glibc
#endif

/// One-shot timers of an event loop, kept without a descriptor of their own
/// (they must work when the process has none left): the loop sleeps in
/// `epoll_wait` no longer than until the earliest deadline.
struct TimerQueue {
    private var entries: [(deadline: UInt64, work: () -> Void)] = []

    /// Whether no timer is set (the common case: the loop then skips the clock).
    var isEmpty: Bool { entries.isEmpty }

    /// Now, in nanoseconds of CLOCK_MONOTONIC.
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Runs `work` once, `milliseconds` from now.
    mutating func add(after milliseconds: Int, _ work: @escaping () -> Void) {
        entries.append((Self.now() + UInt64(max(milliseconds, 0)) * 1_000_000, work))
    }

    /// How long `epoll_wait` may sleep: -1 (no timer), or the milliseconds
    /// until the earliest deadline, rounded up.
    func timeout(now: UInt64) -> Int32 {
        guard let earliest = entries.map(\.deadline).min() else { return -1 }
        guard earliest > now else { return 0 }
        return Int32(clamping: (earliest - now + 999_999) / 1_000_000)
    }

    /// Removes and returns the work whose deadline has passed, earliest first.
    mutating func takeDue(now: UInt64) -> [() -> Void] {
        let due = entries.filter { $0.deadline <= now }.sorted { $0.deadline < $1.deadline }
        guard !due.isEmpty else { return [] }
        entries.removeAll { $0.deadline <= now }
        return due.map(\.work)
    }
}
