/// fuzz-sim-ioctl: the simulated kernel's iommufd and VFIO device ioctls
/// with arbitrary struct bytes — what a buggy or hostile caller could hand
/// ``SimulatedKernel/ioctl(_:_:ownStruct:)``, which must answer as Linux
/// does (an errno, never a crash).
///
/// Input: byte 0 chooses the ioctl among ``requests`` (every iommufd
/// ioctl the simulation implements but IOMMU_TEST_CMD, whose kernel is
/// built without CONFIG_IOMMUFD_TEST here, and the VFIO device cdev's but
/// VFIO_DEVICE_FEATURE, whose migration states hand out descriptors); the
/// next bytes are the struct, in a buffer of the largest struct (512 bytes
/// at least) whose `size`/`argsz` is clamped to the buffer; the rest fills
/// the user-memory arena. Each input gets a fresh kernel with a few objects
/// to hit: an iommufd with two IOAS (ids 1 and 2), one page of the arena
/// mapped in the first, the default host's first device bound and attached
/// to it (a DEVICE, a HWPT) and its second device open, not bound.
/// Descriptors in structs (``descriptorFields``) are the kernel's own: a
/// non-negative one becomes the iommufd or the bound device.
///
/// User pointers: the struct fields that carry one (``pointerFields``) are
/// pointed into the arena (a non-zero value becomes the arena's start plus
/// the value modulo its size; zero stays zero, for EFAULT), so the
/// simulation's copy_from_user/copy_to_user (process_vm_readv/writev on
/// this process) reach only the arena, which ends at a PROT_NONE page.
///
/// A crash means an ioctl's struct can make the simulation trap (an
/// overflow, a bad index) where the kernel answers an errno.
import CLinuxUAPI
#if canImport(Glibc)
import Glibc
#endif
import LinuxKernel
import SimulatedKernel

/// Where an ioctl goes.
private enum Target {
    /// The iommufd.
    case iommufd
    /// The device bound to it and attached to IOAS 1.
    case device
    /// A second device, opened and not bound (for VFIO_DEVICE_BIND_IOMMUFD).
    case unboundDevice
}

/// The ioctls fuzzed: number, struct size (its largest, for a struct with a
/// variable part) and descriptor.
private let requests: [(number: UInt, size: Int, target: Target)] = [
    (Destroy.number, MemoryLayout<iommu_destroy>.size, .iommufd),
    (IOASAlloc.number, MemoryLayout<iommu_ioas_alloc>.size, .iommufd),
    (IOASAllowIOVAs.number, MemoryLayout<iommu_ioas_allow_iovas>.size, .iommufd),
    (IOASCopy.number, MemoryLayout<iommu_ioas_copy>.size, .iommufd),
    (IOASIOVARanges.number, MemoryLayout<iommu_ioas_iova_ranges>.size, .iommufd),
    (IOASMap.number, MemoryLayout<iommu_ioas_map>.size, .iommufd),
    (IOASUnmap.number, MemoryLayout<iommu_ioas_unmap>.size, .iommufd),
    (Option.number, MemoryLayout<iommu_option>.size, .iommufd),
    (VFIOIOAS.number, MemoryLayout<iommu_vfio_ioas>.size, .iommufd),
    (HWPTAlloc.number, MemoryLayout<iommu_hwpt_alloc>.size, .iommufd),
    (GetHWInfo.number, MemoryLayout<iommu_hw_info>.size, .iommufd),
    (HWPTSetDirtyTracking.number, MemoryLayout<iommu_hwpt_set_dirty_tracking>.size, .iommufd),
    (HWPTGetDirtyBitmap.number, MemoryLayout<iommu_hwpt_get_dirty_bitmap>.size, .iommufd),
    (HWPTInvalidate.number, MemoryLayout<iommu_hwpt_invalidate>.size, .iommufd),
    (FaultQueueAlloc.number, MemoryLayout<iommu_fault_alloc>.size, .iommufd),
    (VFIODeviceBindIOMMUFD.number, MemoryLayout<vfio_device_bind_iommufd>.size, .unboundDevice),
    (VFIODeviceAttachIOMMUFDPT.number, MemoryLayout<vfio_device_attach_iommufd_pt>.size, .device),
    (VFIODeviceDetachIOMMUFDPT.number, MemoryLayout<vfio_device_detach_iommufd_pt>.size, .device),
    (VFIODeviceGetInfo.number, MemoryLayout<vfio_device_info>.size, .device),
    (VFIODeviceGetRegionInfo.number, MemoryLayout<iommud_vfio_region_info>.size, .device),
    (VFIODeviceGetIRQInfo.number, MemoryLayout<vfio_irq_info>.size, .device),
    (VFIODeviceSetIRQs.number, MemoryLayout<iommud_vfio_irq_set>.size, .device),
    (VFIODeviceReset.number, 0, .device),
]

/// Byte offsets of the descriptors in each ioctl's struct: a non-negative
/// value becomes the iommufd or, when odd, the bound device.
private let descriptorFields: [UInt: [Int]] = [
    VFIODeviceBindIOMMUFD.number: [MemoryLayout<vfio_device_bind_iommufd>.offset(of: \.iommufd)!],
]

/// Byte offsets of the user pointers in each ioctl's struct.
private let pointerFields: [UInt: [Int]] = [
    IOASAllowIOVAs.number: [MemoryLayout<iommu_ioas_allow_iovas>.offset(of: \.allowed_iovas)!],
    IOASIOVARanges.number: [MemoryLayout<iommu_ioas_iova_ranges>.offset(of: \.allowed_iovas)!],
    IOASMap.number: [MemoryLayout<iommu_ioas_map>.offset(of: \.user_va)!],
    HWPTAlloc.number: [MemoryLayout<iommu_hwpt_alloc>.offset(of: \.data_uptr)!],
    GetHWInfo.number: [MemoryLayout<iommu_hw_info>.offset(of: \.data_uptr)!],
    HWPTGetDirtyBitmap.number: [MemoryLayout<iommu_hwpt_get_dirty_bitmap>.offset(of: \.data)!],
    HWPTInvalidate.number: [MemoryLayout<iommu_hwpt_invalidate>.offset(of: \.data_uptr)!],
]

private let structCapacity = max(512, requests.map(\.size).max() ?? 0)
private let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
private let arenaSize = 16 * pageSize

/// The arena: 16 pages of user memory, then a PROT_NONE page.
nonisolated(unsafe) private let arena: UnsafeMutableRawPointer = {
    let base = mmap(nil, arenaSize + pageSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
    guard let base, base != MAP_FAILED else { fatalError("fuzz-sim-ioctl: no arena: \(errno)") }
    guard mprotect(base + arenaSize, pageSize, PROT_NONE) == 0 else { fatalError("fuzz-sim-ioctl: no guard page: \(errno)") }
    return base
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSimIoctl(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let (number, structSize, target) = requests[Int(data[0]) % requests.count]
    let structBytes = min(size - 1, structCapacity)
    let argument = UnsafeMutableRawBufferPointer.allocate(byteCount: structCapacity, alignment: 8)
    defer { argument.deallocate() }
    argument.initializeMemory(as: UInt8.self, repeating: 0)
    argument.copyMemory(from: UnsafeRawBufferPointer(start: data + 1, count: structBytes))
    if structBytes < structSize {
        // A short input is a struct of its natural size with the rest zero.
        argument.storeBytes(of: UInt32(structSize), as: UInt32.self)
    }
    let sizeField = argument.load(as: UInt32.self)
    argument.storeBytes(of: min(sizeField, UInt32(structCapacity)), as: UInt32.self)
    for offset in pointerFields[number] ?? [] {
        let value = argument.load(fromByteOffset: offset, as: UInt64.self)
        let pointer = value == 0 ? 0 : UInt64(UInt(bitPattern: arena)) + value % UInt64(arenaSize)
        argument.storeBytes(of: pointer, toByteOffset: offset, as: UInt64.self)
    }
    let rest = UnsafeRawBufferPointer(start: data + 1 + structBytes, count: size - 1 - structBytes)
    arena.initializeMemory(as: UInt8.self, repeating: 0, count: arenaSize)
    arena.copyMemory(from: rest.baseAddress ?? UnsafeRawPointer(arena), byteCount: min(rest.count, arenaSize))

    do {
        try run(number, argument, on: target)
    } catch {
        fatalError("fuzz-sim-ioctl: the setup failed: \(error)")
    }
    return 0
}

/// Runs the ioctl on a fresh kernel's iommufd holding the starting objects
/// (closed, with everything in them, on return).
private func run(_ number: UInt, _ argument: UnsafeMutableRawBufferPointer, on target: Target) throws(KernelError) {
    let kernel = SimulatedKernel(selftest: false)
    let iommufd = try IOMMUFD(kernel: kernel)
    var first = IOASAlloc()
    try iommufd.perform(&first)
    var second = IOASAlloc()
    try iommufd.perform(&second)
    var map = IOASMap(ioas: first.ioas, flags: [.readable, .writeable], userVA: UInt64(UInt(bitPattern: arena)),
                      length: UInt64(pageSize), iova: 1 << 20)
    try iommufd.perform(&map)
    guard case .success(let devices) = kernel.vfioHostDevices(), devices.count >= 2 else {
        fatalError("fuzz-sim-ioctl: the default host has fewer than two devices")
    }
    var device = try VFIODevice(kernel: kernel, path: devices[0].cdevPath)
    var bind = VFIODeviceBindIOMMUFD(iommufd: iommufd.fd)
    try device.perform(&bind)
    var attach = VFIODeviceAttachIOMMUFDPT(ioas: first.ioas)
    try device.perform(&attach)
    let unbound = try VFIODevice(kernel: kernel, path: devices[1].cdevPath)
    for offset in descriptorFields[number] ?? [] {
        let value = argument.load(fromByteOffset: offset, as: Int32.self)
        guard value >= 0 else { continue }
        argument.storeBytes(of: value % 2 == 0 ? iommufd.fd : device.fd, toByteOffset: offset, as: Int32.self)
    }
    let fd = switch target {
    case .iommufd: iommufd.fd
    case .device: device.fd
    case .unboundDevice: unbound.fd
    }
    _ = kernel.ioctl(fd, number, ownStruct: argument)
}
