// The IOAS commands' validation rules and check order from the reference
// (§2.3–§2.10) that no selftest case pins down. Not selftest ports; written
// against any Kernel like the rest of this target, so they hold the
// simulation to the real kernel's answers.

#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

@Suite struct IOASCommandRuleTests {
    /// IOMMU_IOAS_MAP's checks in order (§2.5): unknown flags / __reserved →
    /// EOPNOTSUPP before U64_MAX → EOVERFLOW before no permission → EINVAL
    /// before the IOAS lookup → ENOENT; then user_va wrap → EOVERFLOW, length
    /// 0 or huge → EINVAL, fixed IOVA wrap → EOVERFLOW.
    @Test func mapCheckOrder() throws {
        let f = try IOASFixture(setUp: false)
        func map(flags: UInt32 = mapReadWrite | mapFixed, reserved: UInt32 = 0, ioas: UInt32? = nil,
                 userVA: UInt64 = 0x10000, length: UInt64 = pageSize, iova: UInt64 = 0) -> Errno? {
            var cmd = iommu_ioas_map()
            cmd.size = UInt32(MemoryLayout<iommu_ioas_map>.size)
            cmd.flags = flags
            cmd.ioas_id = ioas ?? f.ioas
            cmd.__reserved = reserved
            cmd.user_va = userVA
            cmd.length = length
            cmd.iova = iova
            return f.iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_MAP), &cmd)
        }
        #expect(map(flags: 1 << 3, ioas: 99, length: .max) == .EOPNOTSUPP)
        #expect(map(reserved: 1, ioas: 99, length: .max) == .EOPNOTSUPP)
        #expect(map(flags: mapFixed, ioas: 99, length: .max) == .EOVERFLOW)
        #expect(map(flags: mapFixed, ioas: 99, iova: .max) == .EOVERFLOW)
        #expect(map(flags: mapFixed, ioas: 99) == .EINVAL)
        #expect(map(ioas: 99) == .ENOENT)
        #expect(map(userVA: .max - 10, length: 11) == .EOVERFLOW)
        #expect(map(length: 0) == .EINVAL)
        #expect(map(userVA: 0, length: .max - 1) == .EINVAL)
        #expect(map(length: 2 * pageSize, iova: .max - pageSize) == .EOVERFLOW)
        #expect(map(iova: 0) == nil, "IOVA 0 is a legal fixed IOVA")
        #expect(map(iova: pageSize / 2) == .EEXIST)
        #expect(map(flags: mapReadWrite, userVA: 0, length: 1 << 63) == .EOVERFLOW, "automatic IOVA for ≥ 2^63")
    }

    /// Automatic IOVAs keep the user address's page offset, are never 0 or in
    /// the last page, and without a domain the user memory is never looked at.
    @Test func automaticIOVAPlacement() throws {
        let f = try IOASFixture(setUp: false)
        let offset = f.map(f.buffer.address + 0x123, 0x200)
        #expect(offset.error == nil)
        #expect(offset.iova % pageSize == 0x123)
        let untouched = f.map(0xdead_0000, pageSize)
        #expect(untouched.error == nil, "no domain: the address is not checked")
        #expect(untouched.iova != 0)
        #expect(f.iommufd.allowIOVAs(f.ioas, [(0, pageSize - 1), (UInt64.max - pageSize + 1, .max)]) == nil)
        #expect(f.map(f.buffer.address, 1).error == .ENOSPC, "page 0 and the last page are never picked")
    }

    /// The allowed list restricts automatic IOVAs only, not fixed maps; it
    /// is checked range by range (start ≥ last, overlaps → EINVAL, unreadable
    /// → EFAULT) and replaced as a whole.
    @Test func allowIOVAsRules() throws {
        let f = try IOASFixture(setUp: false)
        #expect(f.iommufd.allowIOVAs(f.ioas, [(10, 10)]) == .EINVAL)
        #expect(f.iommufd.allowIOVAs(f.ioas, [(0x1000, 0x1fff), (0x1800, 0x2fff)]) == .EINVAL)
        #expect(f.iommufd.allowIOVAs(f.ioas, [(0x1000, 0x1fff), (0x2000, 0x2fff)]) == nil)
        #expect(f.iommufd.allowIOVAs(99, []) == .ENOENT)
        #expect(f.map(f.buffer.address, pageSize, iova: 1 << 40).error == nil, "fixed maps ignore the allowed list")
        // A page-aligned (not 8 KiB-aligned) address: natural alignment 4 KiB.
        let inside = f.map(f.buffer.address + pageSize, 2 * pageSize)
        #expect(inside.error == nil)
        #expect(inside.iova == 0x1000, "adjacent allowed ranges form one window")
        #expect(f.map(f.buffer.address, pageSize).error == .ENOSPC)

        var cmd = iommu_ioas_allow_iovas()
        cmd.size = UInt32(MemoryLayout<iommu_ioas_allow_iovas>.size)
        cmd.ioas_id = f.ioas
        cmd.num_iovas = 1
        cmd.allowed_iovas = 8
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_ALLOW_IOVAS), &cmd) == .EFAULT)
        cmd.__reserved = 1
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_ALLOW_IOVAS), &cmd) == .EOPNOTSUPP)
    }

    /// IOMMU_IOAS_IOVA_RANGES: __reserved → EOPNOTSUPP; an unwritable array
    /// → EFAULT, but capacity 0 never touches it (EMSGSIZE).
    @Test func iovaRangesRules() throws {
        let f = try IOASFixture(setUp: false)
        var cmd = iommu_ioas_iova_ranges()
        cmd.size = UInt32(MemoryLayout<iommu_ioas_iova_ranges>.size)
        cmd.ioas_id = f.ioas
        cmd.num_iovas = 1
        cmd.allowed_iovas = 8
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES), &cmd) == .EFAULT)
        cmd.num_iovas = 0
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES), &cmd) == .EMSGSIZE)
        #expect(cmd.num_iovas == 1)
        cmd.__reserved = 1
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES), &cmd) == .EOPNOTSUPP)
    }

    /// IOMMU_IOAS_UNMAP: the IOAS is looked up before any range check;
    /// length 0 → EINVAL; wrap → EOVERFLOW; the walk is not atomic.
    @Test func unmapRules() throws {
        let f = try IOASFixture(setUp: false)
        #expect(f.iommufd.unmap(99, iova: 5, length: .max).error == .ENOENT)
        #expect(f.unmap(5, .max).error == .EOVERFLOW)
        #expect(f.unmap(.max, 1).error == .EOVERFLOW)
        #expect(f.unmap(5, 0).error == .EINVAL)
        #expect(f.unmap(.max - 1, 3).error == .EOVERFLOW)
        #expect(f.map(f.buffer.address, pageSize, iova: 0x10000).error == nil)
        #expect(f.map(f.buffer.address, 2 * pageSize, iova: 0x20000).error == nil)
        // Covers the first mapping, cuts the second: ENOENT, yet the first is gone.
        #expect(f.unmap(0x10000, 0x10000 + pageSize).error == .ENOENT)
        #expect(f.unmap(0x10000, pageSize).error == .ENOENT)
        let rest = f.unmap(0, .max)
        #expect(rest.error == nil)
        #expect(rest.unmapped == 2 * pageSize)
    }

    /// IOMMU_IOAS_COPY: no permission → EINVAL; a hole in the source →
    /// ENOENT; a WRITEABLE copy of memory mapped read-only → EPERM (a
    /// READABLE one works); a copy spanning two source mappings becomes two
    /// mappings, each unmappable alone; the copy survives the source's unmap.
    @Test func copyRules() throws {
        let f = try IOASFixture(setUp: false)
        let readOnly = UInt32(IOMMU_IOAS_MAP_READABLE.rawValue), writeable = UInt32(IOMMU_IOAS_MAP_WRITEABLE.rawValue)
        #expect(f.iommufd.map(f.ioas, userVA: f.buffer.address, length: pageSize, iova: 0x10000, flags: readOnly)
            .error == nil)
        #expect(f.map(f.buffer.address + pageSize, pageSize, iova: 0x11000).error == nil)
        #expect(f.iommufd.copy(dst: f.ioas, src: f.ioas, flags: mapFixed, length: pageSize, srcIOVA: 0x10000,
                               dstIOVA: 0x40000).error == .EINVAL)
        #expect(f.iommufd.copy(dst: f.ioas, src: f.ioas, flags: mapFixed | writeable, length: pageSize,
                               srcIOVA: 0x10000, dstIOVA: 0x40000).error == .EPERM)
        #expect(f.iommufd.copy(dst: f.ioas, src: f.ioas, flags: mapFixed | readOnly, length: 3 * pageSize,
                               srcIOVA: 0x10000, dstIOVA: 0x40000).error == .ENOENT)
        #expect(f.iommufd.copy(dst: 99, src: f.ioas, flags: mapFixed | readOnly, length: pageSize, srcIOVA: 0x10000,
                               dstIOVA: 0x40000).error == .ENOENT)
        #expect(f.iommufd.copy(dst: f.ioas, src: f.ioas, flags: mapFixed | readOnly, length: 2 * pageSize,
                               srcIOVA: 0x10000, dstIOVA: 0x40000).error == nil)
        // Two mappings: the first page of the copy unmaps on its own.
        #expect(f.unmap(0x40000, pageSize).unmapped == pageSize)
        #expect(f.unmap(0x10000, 2 * pageSize).unmapped == 2 * pageSize)
        #expect(f.unmap(0x41000, pageSize).unmapped == pageSize, "the copy outlives its source")
    }

    /// IOMMU_OPTION: __reserved, unknown option, an object id on the global
    /// option and an unknown op → EOPNOTSUPP; HUGE_PAGES on a non-IOAS →
    /// ENOENT; RLIMIT_MODE SET with objects present → EBUSY (with the
    /// capability; EPERM without).
    @Test func optionRules() throws {
        let f = try IOASFixture(setUp: false)
        var cmd = iommu_option()
        cmd.size = UInt32(MemoryLayout<iommu_option>.size)
        cmd.option_id = IOMMU_OPTION_HUGE_PAGES.rawValue
        cmd.op = UInt16(IOMMU_OPTION_OP_GET.rawValue)
        cmd.object_id = f.ioas
        cmd.__reserved = 1
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_OPTION), &cmd) == .EOPNOTSUPP)
        #expect(f.iommufd.option(iommufd_option(rawValue: 2), IOMMU_OPTION_OP_GET, object: f.ioas).error == .EOPNOTSUPP)
        #expect(f.iommufd.option(IOMMU_OPTION_RLIMIT_MODE, IOMMU_OPTION_OP_GET, object: f.ioas).error == .EOPNOTSUPP)
        #expect(f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, iommufd_option_ops(rawValue: 2), object: f.ioas).error
            == .EOPNOTSUPP)
        #expect(f.iommufd.option(IOMMU_OPTION_HUGE_PAGES, iommufd_option_ops(rawValue: 2), object: 99).error
            == .ENOENT, "the IOAS is looked up before the op")
        #expect(f.iommufd.option(IOMMU_OPTION_RLIMIT_MODE, IOMMU_OPTION_OP_SET, value: 1).error
            == (hasCapability(capSysResource) ? .EBUSY : .EPERM))
    }

    /// IOMMU_VFIO_IOAS: __reserved and unknown ops → EOPNOTSUPP; SET of a
    /// non-IOAS → ENOENT; destroying the compat IOAS ends the designation.
    @Test func vfioIOASRules() throws {
        let f = try IOASFixture(setUp: false)
        var cmd = iommu_vfio_ioas()
        cmd.size = UInt32(MemoryLayout<iommu_vfio_ioas>.size)
        cmd.op = UInt16(IOMMU_VFIO_IOAS_SET.rawValue)
        cmd.ioas_id = f.ioas
        cmd.__reserved = 1
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_VFIO_IOAS), &cmd) == .EOPNOTSUPP)
        #expect(f.iommufd.vfioIOAS(iommufd_vfio_ioas_op(rawValue: 3)).error == .EOPNOTSUPP)
        #expect(f.iommufd.vfioIOAS(IOMMU_VFIO_IOAS_SET, ioas: f.ioas + 1).error == .ENOENT)
        #expect(f.iommufd.vfioIOAS(IOMMU_VFIO_IOAS_SET, ioas: f.ioas).error == nil)
        #expect(f.iommufd.destroy(f.ioas) == nil, "the compat designation holds no reference")
        #expect(f.iommufd.vfioIOAS(IOMMU_VFIO_IOAS_GET).error == .ENODEV)
    }

    /// Commands write back only what they respond with: DESTROY and
    /// ALLOW_IOVAS write nothing, so a read-only struct is fine.
    @Test func commandsWithoutOutputDoNotWrite() throws {
        let f = try IOASFixture(setUp: false)
        let page = try TestBuffer()
        page.store(iommu_destroy(size: 8, id: f.ioas))
        #expect(mprotect(UnsafeMutableRawPointer(bitPattern: UInt(page.address)), Int(pageSize), PROT_READ) == 0)
        #expect(f.iommufd.ioctl(UInt(IOMMUD_IOMMU_DESTROY), at: page.address) == nil)
    }
}
