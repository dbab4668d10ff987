#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix

/// A listener's state after accept(2) failed for want of descriptors or
/// memory (EMFILE, ENFILE, ENOBUFS, ENOMEM, or any error that is not about
/// the one connection): the listener stops being polled and is tried again
/// after a delay that doubles from 100 ms to 1 s, or as soon as a client
/// disconnects. The failure is logged once, when accepting stops, and once
/// more when it works again; connected clients are served throughout.
struct AcceptBackoff {
    /// The first delay, in milliseconds.
    static let initialDelay = 100
    /// The longest delay, in milliseconds.
    static let maximumDelay = 1000

    /// Whether the listener is not polled now.
    private(set) var isPaused = false
    /// The delay before the next retry.
    private(set) var delay = initialDelay
    /// Counts pauses, so a timer set for an earlier pause does nothing.
    private(set) var generation = 0
    /// Whether the failure has been logged (until an accept succeeds).
    var isReported = false

    /// Enters (or stays in) the paused state; returns the delay to wait.
    mutating func pause() -> Int {
        isPaused = true
        generation &+= 1
        let wait = delay
        delay = min(delay * 2, Self.maximumDelay)
        return wait
    }

    /// Leaves the paused state (the delay stays until an accept succeeds).
    mutating func resume() {
        isPaused = false
    }

    /// Forgets the failure after a successful accept.
    mutating func reset() {
        delay = Self.initialDelay
        isReported = false
    }
}

extension Listener {
    /// Stops polling this listener after `error` and retries later.
    func pauseAccepting(after error: Errno) {
        guard let loop else { return }
        let wait = acceptBackoff.pause()
        if !acceptBackoff.isReported {
            acceptBackoff.isReported = true
            log("cannot accept clients on \(address): \(error); retrying after \(wait) ms (up to \(AcceptBackoff.maximumDelay) ms) or when a client leaves; connected clients are still served")
        }
        loop.modify(fd, events: 0)
        let generation = acceptBackoff.generation
        loop.schedule(after: wait) { [weak self] in
            guard let self, self.acceptBackoff.generation == generation else { return }
            self.resumeAccepting()
        }
        onPause(self)
    }

    /// Polls the listener again (the next accept tells whether it works now).
    func resumeAccepting() {
        guard acceptBackoff.isPaused, let loop else { return }
        acceptBackoff.resume()
        loop.modify(fd, events: EPOLLIN.rawValue)
    }

    /// Notes a successful accept: after a failure, says that accepting works again.
    func acceptSucceeded() {
        guard acceptBackoff.isReported else { return }
        acceptBackoff.reset()
        log("accepting clients on \(address) again")
    }
}
