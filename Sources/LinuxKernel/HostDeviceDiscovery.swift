import Posix

extension HostKernel {
    /// The VFIO cdev devices of the host, found through sysfs.
    ///
    /// Not yet implemented: answers ENOSYS so callers report a clear error.
    public func vfioHostDevices() -> Result<[VFIOHostDevice], Errno> { .failure(.ENOSYS) }
}
