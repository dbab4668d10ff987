import CLinuxUAPI
import LinuxKernel
import Posix

extension Commands {
    /// IOMMU_GET_HW_INFO (reference §2.13, as Linux 6.12 has it: no
    /// INPUT_TYPE flag): any flag or non-zero `__reserved` byte →
    /// EOPNOTSUPP; `dev_id` not a DEVICE → ENOENT; the driver's data is
    /// copied up to `data_len` bytes and the rest of the caller's buffer up
    /// to `data_len` is zeroed (EFAULT); `data_len` comes back as the
    /// driver's length, with the type, the capabilities
    /// (IOMMU_HW_CAP_DIRTY_TRACKING) and the PASID width.
    static func getHWInfo(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_hw_info.self)
        let reserved = cmd.__reserved
        guard cmd.flags == 0, reserved.0 == 0, reserved.1 == 0, reserved.2 == 0 else { throw .EOPNOTSUPP }
        let device = try iommufd.lookup(cmd.dev_id, as: SimDevice.self)
        let info = device.hardwareInfo
        let userLength = Int(cmd.data_len)
        let copied = min(userLength, info.data.count)
        try UserMemory.write(cmd.data_uptr, Array(info.data.prefix(copied)))
        var zeroed = copied
        while zeroed < userLength {
            let chunk = min(userLength - zeroed, 1 << 16)
            try UserMemory.write(cmd.data_uptr &+ UInt64(zeroed), [UInt8](repeating: 0, count: chunk))
            zeroed += chunk
        }
        cmd.data_len = UInt32(info.data.count)
        cmd.out_data_type = info.type
        cmd.out_capabilities = device.dirtyTracking ? UInt64(IOMMU_HW_CAP_DIRTY_TRACKING.rawValue) : 0
        cmd.out_max_pasid_log2 = device.pasidWidth
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct)
    }
}
