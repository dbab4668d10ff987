import CLinuxUAPI
import Posix

extension Commands {
    /// The flags IOMMU_IOAS_MAP and IOMMU_IOAS_COPY know.
    static let mapFlagFixedIOVA = UInt32(IOMMU_IOAS_MAP_FIXED_IOVA.rawValue)
    static let mapFlagWriteable = UInt32(IOMMU_IOAS_MAP_WRITEABLE.rawValue)
    static let mapFlagReadable = UInt32(IOMMU_IOAS_MAP_READABLE.rawValue)
    static let mapFlagsKnown = mapFlagFixedIOVA | mapFlagWriteable | mapFlagReadable

    /// IOMMU_IOAS_MAP (reference §2.5), in the kernel's order: unknown flags
    /// or `__reserved` → EOPNOTSUPP; `iova` or `length` = U64_MAX →
    /// EOVERFLOW; neither WRITEABLE nor READABLE → EINVAL; IOAS → ENOENT;
    /// then ``mapUserMemory(_:userVA:length:iova:writeable:readable:account:)``.
    /// Writes the IOVA back.
    static func ioasMap(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommu_ioas_map.self)
        guard cmd.flags & ~mapFlagsKnown == 0, cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        guard cmd.iova != .max, cmd.length != .max else { throw .EOVERFLOW }
        guard cmd.flags & (mapFlagWriteable | mapFlagReadable) != 0 else { throw .EINVAL }
        let ioas = try iommufd.table.ioas(cmd.ioas_id)
        cmd.iova = try mapUserMemory(ioas, userVA: cmd.user_va, length: cmd.length,
                                     iova: cmd.flags & mapFlagFixedIOVA != 0 ? cmd.iova : nil,
                                     writeable: cmd.flags & mapFlagWriteable != 0,
                                     readable: cmd.flags & mapFlagReadable != 0, account: iommufd.account)
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct)
    }

    /// Maps user memory into an IOAS (`iopt_map_user_pages`, shared with
    /// VFIO_IOMMU_MAP_DMA): `userVA + length` wraps → EOVERFLOW; `length` 0
    /// or above `SIZE_MAX - PAGE_SIZE` → EINVAL; then ``IOVASpace/map``.
    static func mapUserMemory(_ ioas: SimIOAS, userVA: UInt64, length: UInt64, iova: UInt64?,
                              writeable: Bool, readable: Bool, account: LockedMemoryAccount) throws(Errno) -> UInt64 {
        if userVA.addingReportingOverflow(length).overflow { throw .EOVERFLOW }
        guard length != 0, length <= .max - HostPage.size else { throw .EINVAL }
        let piece = IOVAPiece(backing: IOVABacking(writable: writeable, ledger: ioas.ledger, chargedTo: account), userAddress: userVA,
                              length: length)
        return try ioas.space.map([piece], length: length, at: iova, writeable: writeable, readable: readable)
    }
}
