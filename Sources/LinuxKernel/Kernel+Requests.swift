import Posix
import Tracing

extension Kernel {
    /// Runs a typed request on descriptor `fd` and fires its trace event.
    ///
    /// A call on a descriptor a ``KernelCallBook`` watches is recorded, or
    /// answered from the record for an adopted owner (no kernel call, no
    /// trace event).
    public func perform<R: IOMMUFDRequest>(_ request: inout R, on fd: Int32) throws(KernelError) {
        let book = request.changesKernelState ? KernelCallBook.current : nil
        let route = book?.route(of: fd)
        if let book, let route, route.adopting {
            switch book.replayed(R.name, owner: route.owner) {
            case .success(let outputs): if !outputs.isEmpty { request.kernelOutputs = outputs }
            case .failure(let e): throw KernelError(R.name, e)
            }
            return
        }
        let result = withUnsafeMutableBytes(of: &request.uapi) { raw in
            ioctl(fd, R.number, ownStruct: raw)
        }
        request.trace(fd: fd, result: result)
        if let book, let route { book.record(R.name, owner: route.owner, result: result, outputs: request.kernelOutputs) }
        if case .failure(let e) = result { throw KernelError(R.name, e) }
    }
}
