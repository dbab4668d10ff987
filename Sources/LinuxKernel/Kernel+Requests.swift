import Posix

extension Kernel {
    /// Runs a typed request on descriptor `fd`.
    public func perform<R: IOMMUFDRequest>(_ request: inout R, on fd: Int32) throws(KernelError) {
        let result = withUnsafeMutableBytes(of: &request.uapi) { raw in
            ioctl(fd, R.number, raw.baseAddress)
        }
        if case .failure(let e) = result { throw KernelError(R.name, e) }
    }
}
