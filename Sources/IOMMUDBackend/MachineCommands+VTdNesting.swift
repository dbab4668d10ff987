import LinuxKernel
import QAPIRuntime
import QMP
import QMPAPI
import Tracing

/// What QEMU's accelerated VT-d (`intel_iommu_accel.c`) does when the
/// guest changes a PASID entry of a device behind `intel-iommu,x-flts=on`:
/// a first-stage entry becomes a nested HWPT on the device's nest parent,
/// pass-through attaches the nest parent, and disabling DMA remapping
/// goes back to the default HWPT. The device's default HWPT is its
/// automatic HWPT (allocated as a nest parent); the stage-1 HWPT it is
/// attached to, if any, is derived from where it is attached.
extension MachineCommands {
    public func vtdDeviceAttachHwpt(device: String, vtdS1: IOMMUFDVTdS1Data?, context: QMPRequestContext)
        throws(QMPError) -> IOMMUFDHWPTInfo
    {
        try tree.transaction { s, transaction throws(QMPError) in
            let (record, object, parent) = try Self.nested(device, in: s.machine)
            let previous = Self.stage1(of: record, on: parent, in: object)
            let target: HWPTID
            if let vtdS1 {
                var alloc = HWPTAlloc(
                    device: record.id, pt: parent.id.object, flags: [],
                    data: .vtdS1(pageTable: vtdS1.pgtblAddr, addressWidth: vtdS1.addrWidth,
                                 flags: HWPTData.VTdS1Flags(vtdS1.flags ?? [])),
                    fault: nil)
                target = try object.allocateHWPT(
                    &alloc, on: parent.id.object, for: record.id, flags: [], automatic: false, in: transaction).id
            } else {
                target = parent.id
            }
            do throws(KernelError) {
                try object.attach(record, to: target.object, in: transaction)
            } catch {
                Trace.vtd_device_attach_hwpt(dev_id: record.id.rawValue, pasid: 0, hwpt_id: target.rawValue, ret: 1)
                throw error.qmp
            }
            Trace.vtd_device_attach_hwpt(dev_id: record.id.rawValue, pasid: 0, hwpt_id: target.rawValue, ret: 0)
            // QEMU's vtd_destroy_old_fs_hwpt, once the new one holds.
            if let previous, previous.id != target { try object.destroy(previous.id.object, in: transaction) }
            return IOMMUFDHWPTInfo(hwptId: target.rawValue)
        }
    }

    public func vtdDeviceDetachHwpt(device: String, context: QMPRequestContext) throws(QMPError) {
        try tree.transaction { s, transaction throws(QMPError) in
            let (record, object, parent) = try Self.nested(device, in: s.machine)
            let previous = Self.stage1(of: record, on: parent, in: object)
            do throws(KernelError) {
                try object.park(record, in: transaction)
            } catch {
                Trace.vtd_device_detach_hwpt(dev_id: record.id.rawValue, pasid: 0, ret: 1)
                throw error.qmp
            }
            Trace.vtd_device_detach_hwpt(dev_id: record.id.rawValue, pasid: 0, ret: 0)
            if let previous { try object.destroy(previous.id.object, in: transaction) }
        }
    }

    public func vtdDeviceReattachDefHwpt(device: String, context: QMPRequestContext) throws(QMPError) {
        try tree.transaction { s, transaction throws(QMPError) in
            let (record, object, parent) = try Self.nested(device, in: s.machine)
            let previous = Self.stage1(of: record, on: parent, in: object)
            do throws(KernelError) {
                try object.attach(record, to: parent.id.object, in: transaction)
            } catch {
                Trace.vtd_device_reattach_def_hwpt(dev_id: record.id.rawValue, pasid: 0, hwpt_id: parent.id.rawValue, ret: 1)
                throw error.qmp
            }
            Trace.vtd_device_reattach_def_hwpt(dev_id: record.id.rawValue, pasid: 0, hwpt_id: parent.id.rawValue, ret: 0)
            if let previous { try object.destroy(previous.id.object, in: transaction) }
        }
    }

    /// The device `id` with its iommufd object and default (nest-parent)
    /// HWPT, when it is an iommufd vfio-pci device behind an intel-iommu
    /// with x-flts=on.
    private static func nested(_ id: String, in machine: Machine) throws(QMPError)
        -> (DeviceRecord, IOMMUFDObject, HWPTRecord)
    {
        guard let device = machine.device(id) else { throw QMPError(.deviceNotFound, "Device '\(id)' not found") }
        guard let vfio = device as? VFIOPCIDevice, case .iommufd(let record, let container) = vfio.binding,
              let viommu = machine.viommu(in: vfio.addressSpace) as? IntelIOMMUDevice, viommu.flts
        else {
            throw QMPError.generic(
                "device '\(id)' is not a vfio-pci device on the iommufd backend behind an intel-iommu with x-flts=on")
        }
        guard let parent = container.iommufd.automaticHWPT(of: record.id) else {
            throw QMPError.generic("device '\(id)' has no default HWPT (an mdev has none)")
        }
        return (record, container.iommufd, parent)
    }

    /// The stage-1 HWPT `record` is attached to: one nested on `parent`.
    private static func stage1(of record: DeviceRecord, on parent: HWPTRecord, in object: IOMMUFDObject) -> HWPTRecord? {
        guard let attached = record.attachedTo, attached != parent.id.object else { return nil }
        return object.hwpts[HWPTID(rawValue: attached.rawValue)].flatMap { $0.parent == parent.id.object ? $0 : nil }
    }
}
