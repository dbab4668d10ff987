#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import CPosix
import LinuxKernel
import Posix
import Synchronization

/// A kernel in the daemon's own process that takes the same uapi structs as
/// Linux and answers with the same errno, modelled on the kernel's iommufd code
/// and its selftest mock driver (reference: kernel-iommufd.md). It is the
/// default where `/dev/iommu` is absent, and a product feature: dry runs and
/// CI for orchestration tools.
///
/// Descriptors are real (eventfds), so they are unique, can be closed and
/// passed around like the kernel's; what they stand for lives here. One lock
/// serialises every call, as a single-threaded model of the kernel.
///
/// Commands not simulated yet answer ENOTTY, exactly as a kernel without them.
public final class SimulatedKernel: Kernel {
    public let name = "sim"
    private let state = Mutex<State>(State())

    struct State {
        var files: [Int32: OpenFile] = [:]
    }

    enum OpenFile {
        case iommufd(SimIOMMUFD)
    }

    public init() {}

    public func open(_ path: String, flags: Int32) -> Result<Int32, Errno> {
        guard path == "/dev/iommu" else { return .failure(.ENOENT) }
        let fd = iommud_anonymous_fd()
        guard fd >= 0 else { return .failure(.current) }
        // The file's state is created under the lock, so it never crosses threads.
        state.withLock { $0.files[fd] = .iommufd(SimIOMMUFD()) }
        return .success(fd)
    }

    public func close(_ fd: Int32) -> Result<Void, Errno> {
        let known = state.withLock { $0.files.removeValue(forKey: fd) != nil }
        guard known else { return .failure(.EBADF) }
        // Closing an iommufd destroys every object in it (reference §1.6); the
        // state is simply dropped.
        Glibc.close(fd)
        return .success(())
    }

    public func ioctl(_ fd: Int32, _ request: UInt, _ argument: UnsafeMutableRawPointer?) -> Result<Int32, Errno> {
        state.withLock { state -> Result<Int32, Errno> in
            guard let file = state.files[fd] else { return .failure(.EBADF) }
            switch file {
            case .iommufd(let iommufd):
                do throws(Errno) {
                    return .success(try IOMMUFDDispatch.run(request, UInt64(UInt(bitPattern: argument)), iommufd))
                } catch {
                    return .failure(error)
                }
            }
        }
    }

    /// Number of descriptors open on this kernel (for leak tests).
    public var openFileCount: Int { state.withLock { $0.files.count } }
}
