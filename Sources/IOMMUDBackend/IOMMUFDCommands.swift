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

/// The iommufd backend functions as commands (schema module `iommufd`).
///
/// Each runs under the object tree's lock; one that changes something runs
/// as a ``Transaction`` (all or nothing) through the model's operations.
public struct IOMMUFDCommands: IommufdCommands {
    public typealias Context = QMPRequestContext
    let tree: ObjectTree

    public init(tree: ObjectTree) { self.tree = tree }

    /// The iommufd object `id`.
    static func iommufd(_ id: String, in s: ObjectTree.State) throws(QMPError) -> IOMMUFDObject {
        guard let object = s.object(id) else { throw QMPError.generic("object '\(id)' not found") }
        guard let iommufd = object as? IOMMUFDObject else {
            throw QMPError.generic("object '\(id)' is a \(object.typeName), not an iommufd object")
        }
        return iommufd
    }

    public func iommufdIoasAlloc(iommufd: String, context: QMPRequestContext) throws(QMPError) -> IOMMUFDIOASInfo {
        try tree.transaction { s, transaction throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            return IOMMUFDIOASInfo(ioasId: try object.allocateIOAS(in: transaction).id.rawValue)
        }
    }

    public func iommufdDestroy(iommufd: String, id: UInt32, context: QMPRequestContext) throws(QMPError) {
        try tree.transaction { s, transaction throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            try object.checkUnmanaged(ObjectID(rawValue: id))
            try object.destroy(ObjectID(rawValue: id), in: transaction)
        }
    }

    public func iommufdOption(
        iommufd: String, option: IOMMUFDOptionName, ioasId: UInt32?, value: UInt64?, context: QMPRequestContext
    ) throws(QMPError) -> IOMMUFDOptionValue {
        let identifier: Option.Identifier
        switch option {
        case .rlimitMode:
            guard ioasId == nil else {
                throw QMPError.invalidArgument("Parameter 'ioas-id' is not used by the global option 'rlimit-mode'")
            }
            identifier = .rlimitMode
        case .hugePages:
            guard ioasId != nil else { throw QMPError.invalidArgument("Parameter 'ioas-id' is missing: 'huge-pages' is per IOAS") }
            identifier = .hugePages
        }
        let ioas = ioasId.map { ObjectID(rawValue: $0) }
        guard let value else {
            return try tree.withState { s throws(QMPError) in
                let object = try Self.iommufd(iommufd, in: s)
                var request = Option(identifier, .get, object: ioas, value: 0)
                try kernelWork { () throws(KernelError) in try object.perform(&request) }
                return IOMMUFDOptionValue(value: request.value)
            }
        }
        // A set changes the kernel: a command of its own, undone (the value
        // read first is set again) if it cannot be recorded.
        return try tree.transaction { s, transaction throws(QMPError) in
            let object = try Self.iommufd(iommufd, in: s)
            var current = Option(identifier, .get, object: ioas, value: 0)
            try kernelWork { () throws(KernelError) in try object.perform(&current) }
            var request = Option(identifier, .set, object: ioas, value: value)
            try kernelWork { () throws(KernelError) in try object.perform(&request) }
            let previous = current.value
            transaction.onFailure("set \(option.rawValue) back to \(previous)") { () throws(KernelError) in
                var undo = Option(identifier, .set, object: ioas, value: previous)
                try object.perform(&undo)
            }
            return IOMMUFDOptionValue(value: value)
        }
    }

    public func queryIommufd(context: QMPRequestContext) throws(QMPError) -> [IOMMUFDObjectDetails] {
        try tree.withState { s throws(QMPError) in
            s.objects.compactMap { $0 as? IOMMUFDObject }.map { o in
                IOMMUFDObjectDetails(
                    id: o.id, kernel: o.kernelName, connected: o.fd != nil, users: o.users,
                    ioas: o.ioases.values.sorted { $0.id.rawValue < $1.id.rawValue }.map { ioas in
                        IOMMUFDIOASDetails(
                            ioasId: ioas.id.rawValue,
                            mappings: ioas.mappings.sorted { $0.iova < $1.iova }.map {
                                IOMMUFDMappingInfo(iova: $0.iova, size: $0.size, memdev: $0.memdev.id, offset: $0.offset, readonly: $0.readonly)
                            })
                    },
                    hwpts: o.hwpts.values.sorted { $0.id.rawValue < $1.id.rawValue }.map { hwpt in
                        IOMMUFDHWPTDetails(
                            hwptId: hwpt.id.rawValue, ptId: hwpt.parent.rawValue, devId: hwpt.device.rawValue,
                            flags: [IOMMUFDHWPTAllocFlag](hwpt.flags), auto: hwpt.automatic, dirtyTracking: hwpt.dirtyTracking,
                            devices: hwpt.devices.map(\.rawValue).sorted())
                    },
                    devices: o.devices.values.sorted { $0.id.rawValue < $1.id.rawValue }.map { device in
                        IOMMUFDDeviceDetails(
                            devId: device.id.rawValue, name: device.name, cdev: device.cdevPath,
                            attachedTo: device.attachedTo?.rawValue)
                    })
            }
        }
    }
}
