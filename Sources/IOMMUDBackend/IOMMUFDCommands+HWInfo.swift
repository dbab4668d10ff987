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

/// Hardware information (IOMMU_GET_HW_INFO) and its decoded registers.
extension IOMMUFDCommands {
    public func iommufdGetHwInfo(iommufd: String, devId: UInt32, context: QMPRequestContext) throws(QMPError)
        -> IOMMUFDHWInfo
    {
        try tree.withState { s throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var request = GetHWInfo(device: DeviceID(rawValue: devId))
            try kernelWork { () throws(KernelError) in try object.perform(&request) }
            var capabilities: [IOMMUFDHWCapability] = []
            if request.capabilities.contains(.dirtyTracking) { capabilities.append(.dirtyTracking) }
            if request.capabilities.contains(.pasidExecute) { capabilities.append(.pasidExec) }
            if request.capabilities.contains(.pasidPrivileged) { capabilities.append(.pasidPriv) }
            return IOMMUFDHWInfo(
                type: Self.describe(request.dataType), capabilities: capabilities, maxPasidLog2: request.maxPASIDLog2,
                vtd: request.vtd.map(Self.describe), smmuv3: request.smmuv3.map(Self.describe))
        }
    }

    static func describe(_ type: HWInfoType) -> IOMMUFDHWInfoType {
        switch type {
        case .none: return .none
        case .intelVTd: return .intelVtd
        case .armSMMUv3: return .armSmmuv3
        case .selftest: return .selftest
        default: return .unknown
        }
    }

    static func describe(_ vtd: VTdHWInfo) -> IOMMUFDVTdInfo {
        IOMMUFDVTdInfo(
            flags: vtd.flags, cap: vtd.capability, ecap: vtd.extendedCapability,
            addressWidth: UInt8(vtd.addressWidth), mgaw: UInt8(vtd.maximumGuestAddressWidth), pageSizes: vtd.pageSizes,
            scalableMode: vtd.scalableMode, dirtyTracking: vtd.dirtyTracking, nesting: vtd.nesting,
            firstStage: vtd.firstStage, firstStage1gPages: vtd.firstStage1GPages, pasid: vtd.pasid,
            pasidWidth: UInt8(vtd.pasidWidth), pageRequests: vtd.pageRequests, snoopControl: vtd.snoopControl,
            coherent: vtd.coherent, interruptRemapping: vtd.interruptRemapping, errata772415: vtd.errata772415)
    }

    static func describe(_ smmu: SMMUv3HWInfo) -> IOMMUFDSMMUv3Info {
        IOMMUFDSMMUv3Info(
            flags: smmu.flags, idr: smmu.idr, iidr: smmu.iidr, aidr: smmu.aidr, stage1: smmu.stage1,
            stage2: smmu.stage2, hardwareDirty: smmu.hardwareDirty, substreamIdBits: UInt8(smmu.substreamIDBits),
            outputAddressBits: UInt8(smmu.outputAddressBits))
    }
}
