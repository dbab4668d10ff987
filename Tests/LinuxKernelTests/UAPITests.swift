import CLinuxUAPI
import LinuxKernel
import Posix
import Testing

/// The ioctl numbers and struct sizes, pinned to the reference (kernel-iommufd.md
/// §0.1). The numbers come from the C headers through the shim; a header or
/// shim mistake shows up here, not as ENOTTY on a real kernel.
@Suite struct UAPITests {
    @Test(arguments: [
        (UInt(IOMMUD_IOMMU_DESTROY), 0x3b80, "IOMMU_DESTROY"),
        (UInt(IOMMUD_IOMMU_IOAS_ALLOC), 0x3b81, "IOMMU_IOAS_ALLOC"),
        (UInt(IOMMUD_IOMMU_IOAS_ALLOW_IOVAS), 0x3b82, "IOMMU_IOAS_ALLOW_IOVAS"),
        (UInt(IOMMUD_IOMMU_IOAS_COPY), 0x3b83, "IOMMU_IOAS_COPY"),
        (UInt(IOMMUD_IOMMU_IOAS_IOVA_RANGES), 0x3b84, "IOMMU_IOAS_IOVA_RANGES"),
        (UInt(IOMMUD_IOMMU_IOAS_MAP), 0x3b85, "IOMMU_IOAS_MAP"),
        (UInt(IOMMUD_IOMMU_IOAS_UNMAP), 0x3b86, "IOMMU_IOAS_UNMAP"),
        (UInt(IOMMUD_IOMMU_OPTION), 0x3b87, "IOMMU_OPTION"),
        (UInt(IOMMUD_IOMMU_VFIO_IOAS), 0x3b88, "IOMMU_VFIO_IOAS"),
        (UInt(IOMMUD_IOMMU_HWPT_ALLOC), 0x3b89, "IOMMU_HWPT_ALLOC"),
        (UInt(IOMMUD_IOMMU_GET_HW_INFO), 0x3b8a, "IOMMU_GET_HW_INFO"),
        (UInt(IOMMUD_IOMMU_HWPT_SET_DIRTY_TRACKING), 0x3b8b, "IOMMU_HWPT_SET_DIRTY_TRACKING"),
        (UInt(IOMMUD_IOMMU_HWPT_GET_DIRTY_BITMAP), 0x3b8c, "IOMMU_HWPT_GET_DIRTY_BITMAP"),
        (UInt(IOMMUD_IOMMU_HWPT_INVALIDATE), 0x3b8d, "IOMMU_HWPT_INVALIDATE"),
        (UInt(IOMMUD_IOMMU_FAULT_QUEUE_ALLOC), 0x3b8e, "IOMMU_FAULT_QUEUE_ALLOC"),
        (UInt(IOMMUD_IOMMU_IOAS_MAP_FILE), 0x3b8f, "IOMMU_IOAS_MAP_FILE"),
        (UInt(IOMMUD_VFIO_DEVICE_BIND_IOMMUFD), 0x3b76, "VFIO_DEVICE_BIND_IOMMUFD"),
        (UInt(IOMMUD_VFIO_DEVICE_ATTACH_IOMMUFD_PT), 0x3b77, "VFIO_DEVICE_ATTACH_IOMMUFD_PT"),
        (UInt(IOMMUD_VFIO_DEVICE_DETACH_IOMMUFD_PT), 0x3b78, "VFIO_DEVICE_DETACH_IOMMUFD_PT"),
        (UInt(IOMMUD_VFIO_DEVICE_GET_INFO), 0x3b6b, "VFIO_DEVICE_GET_INFO"),
        (UInt(IOMMUD_VFIO_DEVICE_GET_REGION_INFO), 0x3b6c, "VFIO_DEVICE_GET_REGION_INFO"),
        (UInt(IOMMUD_VFIO_DEVICE_GET_IRQ_INFO), 0x3b6d, "VFIO_DEVICE_GET_IRQ_INFO"),
        (UInt(IOMMUD_VFIO_DEVICE_SET_IRQS), 0x3b6e, "VFIO_DEVICE_SET_IRQS"),
        (UInt(IOMMUD_VFIO_DEVICE_RESET), 0x3b6f, "VFIO_DEVICE_RESET"),
        (UInt(IOMMUD_VFIO_DEVICE_FEATURE), 0x3b75, "VFIO_DEVICE_FEATURE"),
        (UInt(IOMMUD_VFIO_GET_API_VERSION), 0x3b64, "VFIO_GET_API_VERSION"),
        (UInt(IOMMUD_VFIO_CHECK_EXTENSION), 0x3b65, "VFIO_CHECK_EXTENSION"),
        (UInt(IOMMUD_VFIO_SET_IOMMU), 0x3b66, "VFIO_SET_IOMMU"),
        (UInt(IOMMUD_VFIO_IOMMU_GET_INFO), 0x3b70, "VFIO_IOMMU_GET_INFO"),
        (UInt(IOMMUD_VFIO_IOMMU_MAP_DMA), 0x3b71, "VFIO_IOMMU_MAP_DMA"),
        (UInt(IOMMUD_VFIO_IOMMU_UNMAP_DMA), 0x3b72, "VFIO_IOMMU_UNMAP_DMA"),
        (UInt(IOMMUD_VFIO_IOMMU_DIRTY_PAGES), 0x3b75, "VFIO_IOMMU_DIRTY_PAGES"),
        (UInt(IOMMUD_VFIO_GROUP_GET_STATUS), 0x3b67, "VFIO_GROUP_GET_STATUS"),
        (UInt(IOMMUD_VFIO_GROUP_SET_CONTAINER), 0x3b68, "VFIO_GROUP_SET_CONTAINER"),
        (UInt(IOMMUD_VFIO_GROUP_UNSET_CONTAINER), 0x3b69, "VFIO_GROUP_UNSET_CONTAINER"),
        (UInt(IOMMUD_VFIO_GROUP_GET_DEVICE_FD), 0x3b6a, "VFIO_GROUP_GET_DEVICE_FD"),
    ])
    func ioctlNumber(actual: UInt, expected: Int, name: String) {
        #expect(actual == UInt(expected), "\(name)")
    }

    @Test func typedRequestsCarryTheirNumberAndName() {
        #expect(Destroy.number == 0x3b80 && Destroy.name == "IOMMU_DESTROY")
        #expect(IOASAlloc.number == 0x3b81 && IOASAlloc.name == "IOMMU_IOAS_ALLOC")
        #expect(IOASIOVARanges.number == 0x3b84 && IOASIOVARanges.name == "IOMMU_IOAS_IOVA_RANGES")
        #expect(IOASMap.number == 0x3b85 && IOASMap.name == "IOMMU_IOAS_MAP")
        #expect(IOASUnmap.number == 0x3b86 && IOASUnmap.name == "IOMMU_IOAS_UNMAP")
    }

    /// Sizes on 6.12 (Debian's linux-libc-dev from bookworm-backports). They
    /// equal the reference's 7.2 table except the VFIO cdev structs, which 6.15
    /// grew with PASID fields (bind 16 → 24, attach 12 → 16, detach 8 → 12).
    @Test func structSizes() {
        #expect(MemoryLayout<iommu_destroy>.size == 8)
        #expect(MemoryLayout<iommu_ioas_alloc>.size == 12)
        #expect(MemoryLayout<iommu_ioas_allow_iovas>.size == 24)
        #expect(MemoryLayout<iommu_ioas_copy>.size == 40)
        #expect(MemoryLayout<iommu_ioas_iova_ranges>.size == 32)
        #expect(MemoryLayout<iommu_ioas_map>.size == 40)
        #expect(MemoryLayout<iommud_ioas_map_file>.size == 40)
        #expect(MemoryLayout<iommud_ioas_map_file>.offset(of: \iommud_ioas_map_file.start) == 16)
        #expect(MemoryLayout<iommu_ioas_unmap>.size == 24)
        #expect(MemoryLayout<iommu_option>.size == 24)
        #expect(MemoryLayout<iommu_vfio_ioas>.size == 12)
        #expect(MemoryLayout<iommu_hwpt_alloc>.size == 48)
        #expect(MemoryLayout<iommu_hw_info>.size == 40)
        #expect(MemoryLayout<iommu_hwpt_set_dirty_tracking>.size == 16)
        #expect(MemoryLayout<iommu_hwpt_get_dirty_bitmap>.size == 48)
        #expect(MemoryLayout<iommu_hwpt_invalidate>.size == 32)
        #expect(MemoryLayout<iommu_fault_alloc>.size == 16)
        #expect(MemoryLayout<vfio_device_bind_iommufd>.size == 16)
        #expect(MemoryLayout<vfio_device_attach_iommufd_pt>.size == 12)
        #expect(MemoryLayout<vfio_device_detach_iommufd_pt>.size == 8)
        #expect(MemoryLayout<vfio_device_info>.size == 24)
    }

    @Test func mapFlagValues() {
        #expect(IOASMapFlags.fixedIOVA.rawValue == 1 << 0)
        #expect(IOASMapFlags.writeable.rawValue == 1 << 1)
        #expect(IOASMapFlags.readable.rawValue == 1 << 2)
    }
}

@Suite struct ErrnoNameTests {
    @Test func namesAndDescriptions() {
        #expect(Errno.EINVAL.name == "EINVAL")
        #expect(Errno.EOPNOTSUPP.name == "EOPNOTSUPP")
        #expect(Errno(rawValue: 77).name == "EBADFD")
        #expect(Errno.ENOENT.description == "ENOENT (No such file or directory)")
        #expect(Errno(rawValue: 9999).name == "errno 9999")
    }

    /// Found by the hostile-input catalogue: a memory-backend-file on a
    /// directory answered "errno 21 (Is a directory)", the name table
    /// having no EISDIR.
    @Test func namesComeFromTheCLibraryForEveryErrno() {
        #expect(Errno(rawValue: 21).description == "EISDIR (Is a directory)")
        #expect(Errno(rawValue: 26).name == "ETXTBSY")
        #expect(Errno(rawValue: 133).name == "EHWPOISON")
        // 41 and 58 are holes in Linux's numbering.
        for value in Int32(1)...133 where value != 41 && value != 58 {
            #expect(!Errno(rawValue: value).name.hasPrefix("errno "), "errno \(value) has no name")
        }
        #expect(Errno(rawValue: 4000).name == "errno 4000")
    }

    @Test func namesParseBack() {
        #expect(Errno(named: "EISDIR") == Errno(rawValue: 21))
        #expect(Errno(named: "ENOMEM") == Errno.ENOMEM)
        #expect(Errno(named: "EFOO") == nil)
    }
}
