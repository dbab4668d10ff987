import CLinuxUAPI
import Posix

extension Commands {
    /// IOMMU_IOAS_MAP_FILE (reference §2.6; Linux 6.13 and later), in the
    /// kernel's order: unknown flags → EOPNOTSUPP (no reserved field);
    /// `iova` or `length` = U64_MAX → EOVERFLOW; neither WRITEABLE nor
    /// READABLE → EINVAL; IOAS → ENOENT; `length` 0 → EINVAL; `start +
    /// length - 1` wraps → EOVERFLOW; a bad descriptor → EBADF; a file that is
    /// no memfd, or a range past its end, → EINVAL when pages are pinned (the
    /// IOAS has a domain); then as MAP (alignment, EEXIST, ENOSPC, EFAULT …),
    /// the page offset being `start`'s. Writes the IOVA back.
    ///
    /// The file range is mapped into the simulated kernel's process
    /// (``SimFileWindow``), so the mapping's pages are the file's and a copy
    /// of it is a file mapping too (IOMMU_IOAS_CHANGE_PROCESS accepts both).
    /// Simplification: without a domain the file is not looked at beyond
    /// being a memfd; a domain added later over a range past the file's end
    /// fails with EFAULT (the kernel: EINVAL).
    static func ioasMapFile(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        var cmd = buffer.load(iommud_ioas_map_file.self)
        guard cmd.flags & ~mapFlagsKnown == 0 else { throw .EOPNOTSUPP }
        guard cmd.iova != .max, cmd.length != .max else { throw .EOVERFLOW }
        guard cmd.flags & (mapFlagWriteable | mapFlagReadable) != 0 else { throw .EINVAL }
        let ioas = try iommufd.table.ioas(cmd.ioas_id)
        guard cmd.length != 0 else { throw .EINVAL }
        if cmd.start.addingReportingOverflow(cmd.length - 1).overflow { throw .EOVERFLOW }
        let window = try SimFileWindow(fd: cmd.fd, start: cmd.start, length: cmd.length)
        if !ioas.space.domains.isEmpty && !window.pinnable(fd: cmd.fd, start: cmd.start, length: cmd.length) {
            throw .EINVAL
        }
        let writeable = cmd.flags & mapFlagWriteable != 0
        let backing = IOVABacking(writable: writeable, ledger: ioas.ledger, chargedTo: iommufd.account, file: window)
        let piece = IOVAPiece(backing: backing, userAddress: window.address, length: cmd.length)
        do throws(Errno) {
            cmd.iova = try ioas.space.map([piece], length: cmd.length,
                                          at: cmd.flags & mapFlagFixedIOVA != 0 ? cmd.iova : nil,
                                          writeable: writeable, readable: cmd.flags & mapFlagReadable != 0)
        } catch {
            ioas.ledger.dropUnusedWindow(backing.id)
            throw error
        }
        buffer.store(cmd)
        return CommandOutcome(copyOut: .wholeStruct)
    }

    /// IOMMU_IOAS_CHANGE_PROCESS (reference §2.11; Linux 6.13 and later):
    /// `__reserved` ≠ 0 → EOPNOTSUPP; any mapping of any IOAS of this
    /// iommufd not made by MAP_FILE (or copied from one) → EINVAL; then the
    /// pinned-page accounting moves to the calling process. Nothing is copied
    /// back.
    ///
    /// The simulated kernel has one process, the one it runs in, so the move
    /// leaves every charge where it is (the kernel too charges the same
    /// account when the caller is the pinning process). A mapping still being
    /// made (the kernel's EBUSY) cannot be seen: commands run one at a time.
    static func ioasChangeProcess(_ buffer: inout UAPIBuffer, _ iommufd: SimIOMMUFD) throws(Errno) -> CommandOutcome {
        let cmd = buffer.load(iommud_ioas_change_process.self)
        guard cmd.__reserved == 0 else { throw .EOPNOTSUPP }
        for object in iommufd.table.sorted {
            guard let ioas = object as? SimIOAS else { continue }
            if ioas.space.allAreas.contains(where: { !$0.backing.isFile }) { throw .EINVAL }
        }
        return CommandOutcome()
    }
}
