import LinuxKernel

extension Optional where Wrapped: ~Copyable {
    /// Runs `body` on the wrapped descriptor while it is open (EBADF for
    /// `operation` once it is closed), putting it back whatever the answer:
    /// how the model's records use the `~Copyable` descriptors they hold.
    mutating func whileOpen<T>(_ operation: String, _ body: (inout Wrapped) throws(KernelError) -> T)
        throws(KernelError) -> T
    {
        guard var open = take() else { throw KernelError(operation, .EBADF) }
        let outcome: Result<T, KernelError>
        do throws(KernelError) {
            outcome = .success(try body(&open))
        } catch {
            outcome = .failure(error)
        }
        self = .some(open)
        return try outcome.get()
    }
}

extension Optional where Wrapped == VFIODevice {
    /// Runs a request on the device while it is open (EBADF once closed).
    mutating func perform<R: VFIODeviceRequest>(_ request: inout R) throws(KernelError) {
        try whileOpen(R.name) { device throws(KernelError) in try device.perform(&request) }
    }

    /// Reads the device's regions while it is open.
    mutating func readRegion(count: Int, at offset: UInt64) throws(KernelError) -> [UInt8] {
        try whileOpen("read") { device throws(KernelError) in try device.readRegion(count: count, at: offset) }
    }

    /// Writes the device's regions while it is open.
    mutating func writeRegion(_ bytes: [UInt8], at offset: UInt64) throws(KernelError) -> Int {
        try whileOpen("write") { device throws(KernelError) in try device.writeRegion(bytes, at: offset) }
    }

    /// A new descriptor of the device while it is open, the caller's.
    mutating func duplicate() throws(KernelError) -> Int32 {
        try whileOpen("dup") { device throws(KernelError) in try device.duplicate() }
    }
}
