#if canImport(Glibc)
import Glibc
#endif

/// Exclusive use of the process-wide dynamic trace state, for code that
/// changes it and expects it to stay as set until it is done — in practice
/// tests, which run in parallel in one process. Holding a lease blocks other
/// lease holders; the daemon itself never needs one.
public final class TraceStateLease: @unchecked Sendable {
    private static let gate = Gate()
    private var held = true

    /// Waits until no other lease is held, then holds this one.
    public init() { Self.gate.acquire() }

    /// Gives the lease back (also done when the lease is dropped).
    public func end() {
        guard held else { return }
        held = false
        Self.gate.release()
    }

    deinit { end() }

    /// A binary semaphore: released from any thread, unlike a mutex.
    private final class Gate: @unchecked Sendable {
        private var mutex = pthread_mutex_t()
        private var condition = pthread_cond_t()
        private var busy = false

        init() {
            pthread_mutex_init(&mutex, nil)
            pthread_cond_init(&condition, nil)
        }

        func acquire() {
            pthread_mutex_lock(&mutex)
            while busy { pthread_cond_wait(&condition, &mutex) }
            busy = true
            pthread_mutex_unlock(&mutex)
        }

        func release() {
            pthread_mutex_lock(&mutex)
            busy = false
            pthread_cond_signal(&condition)
            pthread_mutex_unlock(&mutex)
        }
    }
}
