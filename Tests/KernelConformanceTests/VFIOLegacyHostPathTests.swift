#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import SimulatedKernel
import Testing

/// The legacy VFIO path through the typed requests on the conformance
/// kernel: container (`/dev/vfio/vfio`), one group, type1, map and unmap,
/// a device descriptor from the group. On the simulation it uses group 12
/// and 0000:17:00.0 of the default host. On a real kernel,
/// `IOMMUD_CONFORMANCE_GROUP` and `IOMMUD_CONFORMANCE_DEVICE` name a group
/// bound to vfio-pci and its device (the proving-ground VM passes its
/// e1000e); without them the suite is skipped.
struct LegacyTarget {
    let group: Int
    let device: String

    static var current: LegacyTarget? {
        if runningOnSimulation { return LegacyTarget(group: 12, device: "0000:17:00.0") }
        guard let group = getenv("IOMMUD_CONFORMANCE_GROUP").flatMap({ Int(String(cString: $0)) }),
            let device = getenv("IOMMUD_CONFORMANCE_DEVICE").map({ String(cString: $0) })
        else { return nil }
        return LegacyTarget(group: group, device: device)
    }
}

@Suite(.enabled(if: LegacyTarget.current != nil, "set IOMMUD_CONFORMANCE_GROUP and IOMMUD_CONFORMANCE_DEVICE"))
struct VFIOLegacyHostPathTests: KernelErrnoChecking {
    @Test func containerGroupType1() throws {
        let target = try #require(LegacyTarget.current)
        let kernel = ConformanceKernel.make()
        let container = try VFIOContainer(kernel: kernel)
        var version = VFIOGetAPIVersion()
        try container.perform(&version)
        #expect(version.version == VFIO_API_VERSION)
        var check = VFIOCheckExtension(.type1v2)
        try container.perform(&check)
        #expect(check.supported)

        let group = try VFIOGroup(kernel: kernel, group: target.group)
        var status = VFIOGroupGetStatus()
        try group.perform(&status)
        #expect(status.flags == [.viable])
        var early = VFIOGroupGetDeviceFD(name: target.device)
        #expect(errno { try group.perform(&early) } == .EINVAL, "not in a container")
        try group.setContainer(container)
        try group.perform(&status)
        #expect(status.flags == [.viable, .containerSet])
        var v2 = VFIOSetIOMMU(.type1v2)
        try container.perform(&v2)

        let buffer = try TestBuffer()
        let iova: UInt64 = 0x10_0000
        var map = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: iova, size: buffer.size)
        try container.perform(&map)
        var overlap = VFIOIOMMUMapDMA(vaddr: buffer.address, iova: iova + pageSize, size: pageSize)
        #expect(errno { try container.perform(&overlap) } == .EEXIST)
        var unmap = VFIOIOMMUUnmapDMA(iova: iova, size: buffer.size)
        try container.perform(&unmap)
        #expect(unmap.unmapped == buffer.size)
        var nothing = VFIOIOMMUUnmapDMA(iova: iova, size: buffer.size)
        try container.perform(&nothing)
        #expect(nothing.unmapped == 0, "nothing left to unmap")

        var device = try group.openDevice(target.device)
        var info = VFIODeviceGetInfo()
        try device.perform(&info)
        #expect(info.flags == [.pci, .reset])
        #expect(info.regionCount == 9 && info.irqCount == 5)
        var unset = VFIOGroupUnsetContainer()
        #expect(errno { try group.perform(&unset) } == .EBUSY, "a device descriptor is open")
        device.close()
        try group.perform(&unset)
        try group.perform(&status)
        #expect(status.flags == [.viable])
    }
}
