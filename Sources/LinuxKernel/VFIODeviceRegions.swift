#if canImport(Glibc)
import Glibc
#endif
import Posix

extension VFIODevice {
    /// `pread` of the device's regions: up to `count` bytes at `offset` (the
    /// region's offset from VFIO_DEVICE_GET_REGION_INFO plus the position in
    /// it). Errors are named `read <region offset>` with the errno.
    public func readRegion(count: Int, at offset: UInt64) throws(KernelError) -> [UInt8] {
        switch kernel.readRegion(fd, count: count, at: offset) {
        case .success(let bytes): return bytes
        case .failure(let e): throw KernelError("read of \(name) at 0x\(String(offset, radix: 16))", e)
        }
    }

    /// `pwrite` of the device's regions; the bytes written.
    public func writeRegion(_ bytes: [UInt8], at offset: UInt64) throws(KernelError) -> Int {
        switch kernel.writeRegion(fd, bytes, at: offset) {
        case .success(let n): return n
        case .failure(let e): throw KernelError("write of \(name) at 0x\(String(offset, radix: 16))", e)
        }
    }

    /// A new descriptor of the same open device (`F_DUPFD_CLOEXEC`), to hand
    /// to a process that mmaps its regions; the caller owns it.
    public func duplicate() throws(KernelError) -> Int32 {
        switch kernel.systemCalls.typed.fcntl(fd, F_DUPFD_CLOEXEC) {
        case .success(let copy): return copy
        case .failure(let e): throw KernelError("dup of \(name)", e)
        }
    }
}
