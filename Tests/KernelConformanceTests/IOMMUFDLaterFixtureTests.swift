// Selftest fixtures whose ioctls Linux 6.12 does not have, so none of their
// cases can be ported to a 6.12 kernel (simulated or real):
//
//   change_process (§4.2): basic — IOMMU_IOAS_CHANGE_PROCESS (6.14) and
//       IOMMU_IOAS_MAP_FILE (6.13).
//   iommufd_viommu (§4.7), both variants: viommu_auto_destroy,
//       viommu_negative_tests, viommu_alloc_nested_iopf,
//       viommu_alloc_with_data, vdevice_alloc, vdevice_cache, hw_queue,
//       vdevice_tombstone — IOMMU_VIOMMU_ALLOC / VDEVICE_ALLOC (6.13),
//       VEVENTQ_ALLOC (6.15), HW_QUEUE_ALLOC and mmap() on the iommufd (6.17).
//   iommufd_device_pasid (§4.8), both variants: pasid_attach — the PASID
//       test ops, IOMMU_HWPT_ALLOC_PASID and MOCK_FLAGS_DEVICE_PASID attach
//       semantics (6.15).
//
// What can be checked is that 6.12 answers them as a kernel without them.

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

@Suite struct IOMMUFDLaterFixtureTests {
    /// The later ioctls' numbers (0x8f MAP_FILE … 0x94 HW_QUEUE_ALLOC) are
    /// holes of a 6.12 CONFIG_IOMMUFD_TEST kernel's table: ENOTTY. From 6.13
    /// a zeroed 48-byte MAP_FILE has neither READABLE nor WRITEABLE (EINVAL)
    /// and CHANGE_PROCESS on an iommufd without mappings succeeds (the bytes
    /// past its 8 are zero); the others stay ENOTTY on the simulation, which
    /// does not model them (7.x answers them: tests/vm/known-differences-7.txt).
    @Test(arguments: [UInt(0x8f), 0x90, 0x91, 0x92, 0x93, 0x94])
    func laterIoctlsAreUnknown(nr: UInt) throws {
        let f = try IOMMUFDFixture()
        var bytes = le32(48) + [UInt8](repeating: 0, count: 44)
        let fileMappings = ConformanceKernel.version.hasFileMappings
        let expected: Errno? = fileMappings && nr == 0x8f ? .EINVAL : fileMappings && nr == 0x92 ? nil : .ENOTTY
        #expect(f.ioctl(ioNumber(nr), bytes: &bytes) == expected)
    }

    /// The later test ops (17 TRIGGER_VEVENT … 23 DMABUF_REVOKE) are unknown
    /// to 6.12's mock driver: EOPNOTSUPP.
    @Test(arguments: Array(UInt32(17)...23))
    func laterTestOpsAreUnknown(op: UInt32) throws {
        let f = try IOMMUFDFixture()
        var cmd = IOMMUTestCommand(op: .addReserved)
        cmd.op = op
        #expect(f.testCmd(&cmd) == .EOPNOTSUPP)
    }

    /// IOMMU_HWPT_ALLOC_PASID (1 << 3) is an unknown flag to 6.12: EOPNOTSUPP.
    @Test func hwptAllocPASIDIsUnknown() throws {
        let f = try IOASFixture(.mockDomain)
        #expect(f.iommufd.hwptAlloc(device: f.deviceID, pt: f.ioas, flags: 1 << 3).error == .EOPNOTSUPP)
        f.teardown()
    }
}
