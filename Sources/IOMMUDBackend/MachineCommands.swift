import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import Tracing

/// QEMU's device model as commands (schema module `device`): `device_add`
/// and `device_del` of `vfio-pci` and `pc-dimm`, and `query-vfio`. Each
/// runs as a ``Transaction`` through the model's operations, so it is all
/// or nothing.
public struct MachineCommands: DeviceCommands {
    public typealias Context = QMPRequestContext
    let tree: ObjectTree

    public init(tree: ObjectTree) { self.tree = tree }

    public func deviceAdd(_ arguments: DeviceOptions, context: QMPRequestContext) throws(QMPError) {
        guard ObjectTree.isValidID(arguments.id) else {
            throw QMPError.invalidArgument("Parameter 'id' expects an identifier")
        }
        switch arguments.branch {
        case .vfioPci(let p): try addVFIOPCI(id: arguments.id, p, context: context)
        case .pcDimm(let p): try addDIMM(id: arguments.id, p)
        case .intelIommu(let p): try addIntelIOMMU(id: arguments.id, p)
        case .virtioIommuPci(let p): try addVirtioIOMMU(id: arguments.id, p)
        }
    }

    /// QEMU's duplicate-id error and its refusal while migrating, before
    /// anything is made.
    static func checkNewDevice(_ id: String, in space: String, _ machine: Machine) throws(QMPError) {
        if machine.device(id) != nil {
            throw QMPError.generic("Duplicate device ID '\(id)'")
        }
        if let exported = machine.exportedDevice(in: space) {
            throw QMPError.generic(
                "address space '\(space)' belongs to device '\(exported.id)', which is served over vfio-user: its DMA reaches only what its client maps")
        }
        try checkNotTracking("device_add", in: space, machine)
    }

    public func deviceDel(id: String, context: QMPRequestContext) throws(QMPError) {
        let (name, path, export) = try tree.transaction {
            s, transaction throws(QMPError) -> (String, String, VFIOUserExport?) in
            guard let device = s.machine.device(id) else {
                throw QMPError(.deviceNotFound, "Device '\(id)' not found")
            }
            try Self.checkNotTracking("device_del", in: device.addressSpace, s.machine)
            switch device {
            case let vfio as VFIOPCIDevice: try removeVFIOPCI(vfio, in: s, transaction)
            case let dimm as PCDIMMDevice: try removeDIMM(dimm, in: s, transaction)
            case let viommu as VIOMMUDevice: throw viommu.noHotplug
            default: throw QMPError.generic("device '\(device.id)' of type \(device.typeName) cannot be removed")
            }
            return (device.id, device.path, (device as? VFIOPCIDevice)?.export)
        }
        // Only once the transaction holds: the device is gone for good.
        export?.retire()
        context.dispatcher.events.emitDeviceDeleted(device: name, path: path)
    }

    public func queryVfio(context: QMPRequestContext) throws(QMPError) -> [VFIOContainerInfo] {
        try tree.withState { s throws(QMPError) in
            var infos: [VFIOContainerInfo] = []
            for container in s.machine.containers {
                let devices = s.machine.devices(in: container)
                var info = try container.info(devices: devices.map(\.id))
                info.vfioUser = devices.lazy.compactMap(\.export).first.map { $0.info(status: $0.endpoint?.status) }
                infos.append(info)
            }
            return infos
        }
    }

    // MARK: pc-dimm

    private func addDIMM(id: String, _ p: PCDIMMProperties) throws(QMPError) {
        let space = p.addressSpace ?? Machine.defaultAddressSpace
        try tree.transaction { s, transaction throws(QMPError) in
            try Self.checkNewDevice(id, in: space, s.machine)
            guard let object = s.object(p.memdev) else {
                throw QMPError.generic("Property 'pc-dimm.memdev' can't find value '\(p.memdev)'")
            }
            guard let memory = object as? MemoryBackendObject else {
                throw QMPError.generic("object '\(p.memdev)' is a \(object.typeName), not a memory backend")
            }
            if let user = s.machine.dimm(using: memory) {
                throw QMPError.generic("can't use already busy memdev: \(memory.id) (used by dimm '\(user.id)')")
            }
            guard p.addr % MemoryBackendObject.pageSize == 0 else {
                throw QMPError.invalidArgument(
                    "Parameter 'addr' must be a multiple of the page size (\(MemoryBackendObject.pageSize)), not 0x\(String(p.addr, radix: 16))")
            }
            guard p.addr <= UInt64.max - (memory.size - 1) else {
                throw QMPError.invalidArgument("dimm '\(id)' at 0x\(String(p.addr, radix: 16)) would end past the 64-bit address space")
            }
            let dimm = PCDIMMDevice(id: id, addressSpace: space, memory: memory, addr: p.addr)
            if let other = s.machine.dimms(in: space).first(where: { $0.overlaps(dimm) }) {
                throw QMPError.generic(
                    "dimm '\(id)' [0x\(String(dimm.addr, radix: 16)), 0x\(String(dimm.last, radix: 16))] overlaps dimm '\(other.id)' [0x\(String(other.addr, radix: 16)), 0x\(String(other.last, radix: 16))] in address space '\(space)'")
            }
            for container in s.machine.containers(in: space) {
                try mapDIMM(dimm, into: container, s.machine, transaction)
            }
            s.machine.add(dimm, in: transaction)
        }
    }

    /// Unmaps the dimm from every container of its address space (each
    /// unmap undone by mapping it again should a later one fail).
    private func removeDIMM(_ dimm: PCDIMMDevice, in s: ObjectTree.State, _ transaction: Transaction) throws(QMPError) {
        for container in s.machine.containers(in: dimm.addressSpace) {
            try container.unmap(dimm, in: transaction)
        }
        s.machine.remove(dimm, in: transaction)
    }
}
