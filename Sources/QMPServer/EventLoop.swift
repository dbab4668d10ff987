#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import JSON
import Posix

/// Something the loop watches: called with the epoll event bits.
protocol EventLoopHandler: AnyObject {
    func handle(events: UInt32)
}

/// A single-threaded epoll loop. Handlers run on the loop's thread; other threads
/// hand work over with ``execute(_:)``, which wakes the loop through an eventfd.
///
/// `@unchecked Sendable`: only ``execute(_:)`` (guarded by a mutex) may be called
/// from other threads; everything else runs on the loop's own thread, or before
/// ``run()`` starts.
final class EventLoop: @unchecked Sendable {
    private let epollFD: Int32
    private let wakeFD: Int32
    private var handlers: [Int32: EventLoopHandler] = [:]
    /// Work handed over by other threads. A pthread mutex rather than
    /// `Synchronization.Mutex`: on Linux the latter is futex-based, which
    /// ThreadSanitizer does not model, so it reported false races here.
    private let pendingLock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var pending: [@Sendable () -> Void] = []
    private var running = false
    /// Timers set with ``schedule(after:_:)`` (loop thread only).
    private var timers = TimerQueue()

    init() throws(Errno) {
        epollFD = try systemCall { epoll_create1(Int32(EPOLL_CLOEXEC)) }.get()
        switch systemCall({ eventfd(0, Int32(EFD_CLOEXEC | EFD_NONBLOCK)) }) {
        case .success(let fd): wakeFD = fd
        case .failure(let e):
            close(epollFD)
            throw e
        }
        var ev = epoll_event(events: EPOLLIN.rawValue, data: epoll_data_t(fd: wakeFD))
        _ = epoll_ctl(epollFD, EPOLL_CTL_ADD, wakeFD, &ev)
        pthread_mutex_init(pendingLock, nil)
    }

    deinit {
        close(wakeFD)
        close(epollFD)
        pthread_mutex_destroy(pendingLock)
        pendingLock.deallocate()
    }

    private func withPending<T>(_ body: (inout [@Sendable () -> Void]) -> T) -> T {
        pthread_mutex_lock(pendingLock)
        defer { pthread_mutex_unlock(pendingLock) }
        return body(&pending)
    }

    /// Starts watching `fd` for `events`.
    func register(_ fd: Int32, events: UInt32, handler: EventLoopHandler) throws(Errno) {
        var ev = epoll_event(events: events, data: epoll_data_t(fd: fd))
        _ = try systemCall { epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, &ev) }.get()
        handlers[fd] = handler
    }

    /// Changes the events watched on `fd`.
    func modify(_ fd: Int32, events: UInt32) {
        var ev = epoll_event(events: events, data: epoll_data_t(fd: fd))
        _ = epoll_ctl(epollFD, EPOLL_CTL_MOD, fd, &ev)
    }

    /// Stops watching `fd` (before it is closed).
    func unregister(_ fd: Int32) {
        _ = epoll_ctl(epollFD, EPOLL_CTL_DEL, fd, nil)
        handlers[fd] = nil
    }

    /// Runs `work` on the loop thread soon; safe from any thread.
    func execute(_ work: @escaping @Sendable () -> Void) {
        withPending { $0.append(work) }
        var one: UInt64 = 1
        _ = write(wakeFD, &one, 8)
    }

    /// Runs `work` on the loop thread once, `milliseconds` from now. Call on
    /// the loop thread (or before ``run()`` starts).
    func schedule(after milliseconds: Int, _ work: @escaping () -> Void) {
        timers.add(after: milliseconds, work)
    }

    /// Makes ``run()`` return after the current iteration.
    func stop() { running = false }

    /// Dispatches events until ``stop()``.
    func run() {
        running = true
        var events = [epoll_event](repeating: epoll_event(), count: 64)
        while running {
            let timeout = timers.isEmpty ? -1 : timers.timeout(now: TimerQueue.now())
            let n = epoll_wait(epollFD, &events, Int32(events.count), timeout)
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            if !timers.isEmpty {
                for work in timers.takeDue(now: TimerQueue.now()) { work() }
            }
            for i in 0..<Int(n) {
                let fd = events[i].data.fd
                if fd == wakeFD {
                    var value: UInt64 = 0
                    _ = read(wakeFD, &value, 8)
                    let work = withPending { q in
                        let w = q
                        q.removeAll()
                        return w
                    }
                    for w in work { w() }
                    continue
                }
                handlers[fd]?.handle(events: events[i].events)
            }
        }
    }
}
