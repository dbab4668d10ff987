#if canImport(Glibc)
import Glibc
#endif
import CSocketShims
import Posix

/// Delivers signals through a signalfd so they are handled on the loop thread,
/// like any other event.
final class SignalSource: EventLoopHandler {
    let fd: Int32
    private let onSignal: (Int32) -> Void

    init(signals: [Int32], onSignal: @escaping (Int32) -> Void) throws(Errno) {
        var mask = sigset_t()
        sigemptyset(&mask)
        for s in signals { sigaddset(&mask, s) }
        pthread_sigmask(SIG_BLOCK, &mask, nil)
        fd = try systemCall { iommud_signalfd(&mask) }.get()
        self.onSignal = onSignal
    }

    deinit { close(fd) }

    func handle(events: UInt32) {
        while true {
            let signal = iommud_signalfd_read(fd)
            guard signal > 0 else { return }
            onSignal(signal)
        }
    }
}
