#if canImport(Glibc)
import Glibc
#endif
import JSON
import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import Tracing

/// HWPT commands: allocation and invalidation.
extension IOMMUFDCommands {
    public func iommufdHwptAlloc(
        iommufd: String, devId: UInt32, ptId: UInt32, flags: [IOMMUFDHWPTAllocFlag]?, vtdS1: IOMMUFDVTdS1Data?,
        faultId: UInt32?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDHWPTInfo {
        let allocFlags = HWPTAllocFlags(flags ?? [])
        let data = vtdS1.map { s1 in
            HWPTData.vtdS1(pageTable: s1.pgtblAddr, addressWidth: s1.addrWidth, flags: HWPTData.VTdS1Flags(s1.flags ?? []))
        }
        return try tree.transaction { s, transaction throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            try object.checkUnmanaged(ObjectID(rawValue: ptId))
            try object.checkUnmanaged(ObjectID(rawValue: devId))
            var alloc = HWPTAlloc(
                device: DeviceID(rawValue: devId), pt: ObjectID(rawValue: ptId), flags: allocFlags, data: data,
                fault: faultId.map { FaultID(rawValue: $0) })
            let hwpt = try object.allocateHWPT(
                &alloc, on: ObjectID(rawValue: ptId), for: DeviceID(rawValue: devId), flags: allocFlags, automatic: false,
                in: transaction)
            return IOMMUFDHWPTInfo(hwptId: hwpt.id.rawValue)
        }
    }

    public func iommufdHwptInvalidate(
        iommufd: String, hwptId: UInt32, vtdS1: [IOMMUFDVTdS1Invalidation], context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDInvalidateInfo {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var request = HWPTInvalidate.vtdS1(
                hwpt: HWPTID(rawValue: hwptId),
                entries: vtdS1.map { (address: $0.addr, pages: $0.npages, leaf: $0.leaf ?? false) })
            do throws(KernelError) {
                try object.perform(&request)
            } catch {
                throw error.qmp(adding: " after \(request.handled) of \(request.requested) entries")
            }
            return IOMMUFDInvalidateInfo(handled: request.handled)
        }
    }
}
