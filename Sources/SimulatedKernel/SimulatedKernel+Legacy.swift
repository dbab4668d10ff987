import LinuxKernel
import Posix

/// The legacy VFIO interface: `/dev/vfio/vfio` containers with the type1
/// backend, and the host's IOMMU groups as `/dev/vfio/<N>` (reference
/// §5.1), beside the iommufd world and exclusive with it per group.
extension SimulatedKernel {
    /// What a legacy container holds, for tests and listings.
    public struct LegacyContainerState: Sendable, Hashable {
        /// Its groups, in the order they joined.
        public var groups: [Int]
        /// Whether VFIO_SET_IOMMU set the type1 backend, and which version.
        public var type1v2: Bool?
        /// The backend's domains, each as its groups.
        public var domains: [[Int]]
        /// Its mappings (`vfio_dma`), as inclusive IOVA intervals in order.
        public var mappings: [ClosedRange<UInt64>]
        /// CPU pages accounted to it (`locked_vm`): once per mapping,
        /// however many domains mirror it.
        public var accountedPages: Int
        /// Whether VFIO_IOMMU_DIRTY_PAGES START is in effect.
        public var dirtyTracking: Bool
    }

    /// The state of every open legacy container, by descriptor (for
    /// checks that a failed command changed nothing).
    public var legacyContainers: [Int32: LegacyContainerState] {
        let fds = state { core in
            core.files.compactMap { fd, file -> Int32? in
                if case .vfioContainer = file { return fd }
                return nil
            }
        }
        var result: [Int32: LegacyContainerState] = [:]
        for fd in fds { result[fd] = legacyContainer(fd) }
        return result
    }

    /// The state of the legacy container open as `fd`; nil when `fd` is
    /// not one.
    public func legacyContainer(_ fd: Int32) -> LegacyContainerState? {
        state { core -> LegacyContainerState? in
            guard case .vfioContainer(let container)? = core.files[fd] else { return nil }
            let iommu = container.iommu
            let mappings = iommu.map { type1 in
                type1.handles(in: Interval(start: 0, last: .max)).map { handle -> ClosedRange<UInt64> in
                    let range = type1.interval(handle)
                    return range.start...range.last
                }
            } ?? []
            return LegacyContainerState(
                groups: container.groups.map(\.number), type1v2: iommu?.v2,
                domains: iommu?.domains.map(\.groups) ?? [], mappings: mappings,
                accountedPages: iommu?.accountedPages ?? 0, dirtyTracking: iommu?.dirtyTracking ?? false)
        }
    }

    public func type1DomainCount(container: Int32) -> Int? {
        legacyContainer(container).flatMap { $0.type1v2 == nil ? nil : $0.domains.count }
    }

    /// The host's IOMMU groups the legacy interface offers (`/dev/vfio/<N>`):
    /// the groups of devices behind an IOMMU, ascending. mdevs have none.
    public var legacyGroupNumbers: [Int] {
        Array(Set(host.devices.compactMap { $0.iommu == nil ? nil : $0.group })).sorted()
    }

    /// The group number in `/dev/vfio/<N>`, if `path` is one.
    static func groupNumber(_ path: String) -> Int? {
        let prefix = "/dev/vfio/"
        guard path.hasPrefix(prefix) else { return nil }
        let rest = path.dropFirst(prefix.count)
        guard !rest.isEmpty, rest.allSatisfy(\.isASCII), rest.allSatisfy(\.isNumber) else { return nil }
        return Int(rest)
    }

    /// Opens the container or a group (the caller holds the lock).
    func openLegacy(_ path: String, _ core: KernelCore) throws(Errno) -> Int32 {
        if path == "/dev/vfio/vfio" {
            if let injected = core.faults.consume() { throw injected }
            let fd = try core.newDescriptor()
            core.files[fd] = .vfioContainer(SimVFIOContainer(ledger: core.pins))
            return fd
        }
        guard let number = Self.groupNumber(path) else { throw .ENOENT }
        let members = host.devices.filter { $0.group == number && $0.iommu != nil }
        guard let first = members.first, let unit = first.iommu.flatMap({ host.iommu(named: $0) }) else {
            throw .ENOENT
        }
        let group = core.legacyGroups[number] ?? SimVFIOGroup(number: number, devices: members, iommu: unit)
        core.legacyGroups[number] = group
        if group.isOpen { throw .EBUSY }
        if let injected = core.faults.consume() { throw injected }
        let fd = try core.newDescriptor()
        group.fileOpen = true
        core.files[fd] = .vfioGroup(group)
        return fd
    }
}
