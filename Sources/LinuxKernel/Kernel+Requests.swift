import Posix
import Tracing

extension Kernel {
    /// Runs a typed request on descriptor `fd` and fires its trace event.
    public func perform<R: IOMMUFDRequest>(_ request: inout R, on fd: Int32) throws(KernelError) {
        let result = withUnsafeMutableBytes(of: &request.uapi) { raw in
            ioctl(fd, R.number, ownStruct: raw)
        }
        request.trace(fd: fd, result: result)
        if case .failure(let e) = result { throw KernelError(R.name, e) }
    }
}
