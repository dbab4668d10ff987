import Posix

/// A memory backend's descriptor and, once mapped, its mapping into the
/// daemon: released (unmapped, then closed, through the system-call funnel)
/// exactly once — by the creating command's undo when it fails, by
/// `object-del`, or when the last reference goes (a dropped tree: a test's
/// or a fuzz run's; fuzz-qmp-session finding 6). A class, not a `~Copyable`
/// value, because the backend and its creating command's undos share it:
/// an undo that still needs the descriptor (emptying a file again) keeps it
/// open until it has run.
final class BackendMemory {
    /// The descriptor (open until ``release()``).
    let fd: Int32
    /// Where it is mapped and how many bytes, once ``mapped(at:length:)``.
    private(set) var mapping: (address: UnsafeMutableRawPointer, length: Int)?
    private var released = false
    private let system: SystemCalls.Typed

    /// Takes over `fd`.
    init(taking fd: Int32, system: SystemCalls.Typed) {
        self.fd = fd
        self.system = system
    }

    /// Records the mapping of `length` bytes at `address`, released with the
    /// descriptor.
    func mapped(at address: UnsafeMutableRawPointer, length: Int) {
        mapping = (address, length)
    }

    /// Unmaps and closes; later calls do nothing.
    func release() {
        guard !released else { return }
        released = true
        if let mapping { system.munmap(mapping.address, length: mapping.length) }
        system.close(fd)
    }

    deinit { release() }
}
