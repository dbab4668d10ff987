import LinuxKernel
import Posix

extension IOMMUFDObject {
    /// After the replay adopted this object's kernel objects: asks the
    /// kernel whether what the model now holds is there. Each IOAS must
    /// answer IOMMU_IOAS_IOVA_RANGES (ENOENT: gone), each mapping must
    /// refuse a fixed map of its own first page at its IOVA (EEXIST: mapped;
    /// a map that succeeds is unmapped at once), each bound device must
    /// answer VFIO_DEVICE_GET_INFO (EINVAL: not bound). HWPTs are not asked:
    /// the kernel has no call that only looks one up.
    ///
    /// - Returns: why the kernel's objects do not match, nil when they do.
    func checkAdopted() -> String? {
        guard let fd else { return devices.isEmpty && ioases.isEmpty ? nil : "it holds no descriptor" }
        for ioas in ioases.values.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
            var ranges = IOASIOVARanges(ioas: ioas.id)
            do throws(KernelError) {
                try kernel.perform(&ranges, on: fd)
            } catch where error.errno != .EMSGSIZE {
                return "IOAS \(ioas.id.rawValue): \(error)"
            } catch {}
            for mapping in ioas.mappings {
                if let why = checkMapped(mapping, in: ioas.id, on: fd) { return why }
            }
        }
        for device in devices.values.sorted(by: { $0.id.rawValue < $1.id.rawValue }) {
            var info = VFIODeviceGetInfo()
            do throws(KernelError) {
                try device.perform(&info)
            } catch {
                return "device \(device.id.rawValue) (\(device.name)): \(error)"
            }
        }
        return nil
    }

    /// Whether the kernel has something mapped at `mapping`'s IOVA: a fixed
    /// map of the mapping's own first page there must fail with EEXIST.
    private func checkMapped(_ mapping: MappingRecord, in ioas: IOASID, on fd: Int32) -> String? {
        let page: UInt64 = 4096
        let userVA = UInt64(UInt(bitPattern: mapping.memdev.address)) + mapping.offset
        var probe = IOASMap(ioas: ioas, flags: [.fixedIOVA, .readable], userVA: userVA, length: min(page, mapping.size),
                            iova: mapping.iova)
        let where_ = "IOAS \(ioas.rawValue) at IOVA 0x\(String(mapping.iova, radix: 16))"
        do throws(KernelError) {
            try kernel.perform(&probe, on: fd)
        } catch where error.errno == .EEXIST {
            return nil
        } catch {
            return "\(where_): a fixed map there answered \(error.errno.name), not EEXIST"
        }
        var unmap = IOASUnmap(ioas: ioas, iova: mapping.iova, length: min(page, mapping.size))
        try? kernel.perform(&unmap, on: fd)
        return "\(where_): nothing was mapped there"
    }

    /// Makes the descriptors the fd store passed back, which the replay
    /// used, this object's (closed when it closes them); returns them.
    func takeOverKeptDescriptors() -> Set<Int32> {
        var claimed: Set<Int32> = []
        if let fd = descriptor.takeOwnershipOfKept() {
            claimed.insert(fd)
            keptAs = ChangeJournal.iommufdName(id)
        }
        for device in devices.values {
            guard let fd = device.takeOwnershipOfKeptDescriptor() else { continue }
            claimed.insert(fd)
            device.keptAs = device.cdevPath.map { ChangeJournal.cdevName(owner: id, path: $0) }
        }
        return claimed
    }
}

extension IOMMUFDDescriptor {
    /// Makes a kept `/dev/iommu` descriptor owned; the descriptor, if it
    /// was one.
    mutating func takeOwnershipOfKept() -> Int32? {
        switch consume self {
        case .onDemand(let handle):
            switch consume handle {
            case .some(var open):
                let kept = open.ownership == .kept
                open.takeOwnership()
                let fd = open.fd
                self = .onDemand(.some(open))
                return kept ? fd : nil
            case .none:
                self = .onDemand(nil)
                return nil
            }
        case .passed(let handle):
            self = .passed(handle)
            return nil
        }
    }
}
