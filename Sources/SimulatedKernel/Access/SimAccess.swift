import LinuxKernel
import Posix

/// An in-kernel user of an IOAS (the kernel's `iommufd_access`, an ACCESS
/// object): the selftest's CREATE_ACCESS, or an emulated (mdev) VFIO device.
/// Its owner holds it (DESTROY → EBUSY); it goes when its descriptor closes
/// (selftest) or its device unbinds (mdev).
final class SimAccess: SimObject {
    /// Who created it.
    enum Owner {
        /// Selftest CREATE_ACCESS, with or without NEEDS_PIN_PAGES.
        case selftest(pinsPages: Bool)
        /// An emulated VFIO device (pins pages through its driver).
        case emulatedDevice
    }

    /// What one ACCESS_PAGES pinned (the selftest's `selftest_access_item`).
    struct Item {
        let id: UInt32
        let iova: UInt64
        let length: UInt64
        let pieces: [AccessPinPiece]
    }

    let owner: Owner
    /// The IOAS it is attached to, if any.
    private(set) var ioas: SimIOAS?
    /// The selftest's pinned items, oldest first.
    private(set) var items: [Item] = []
    /// The id the next item gets (the selftest counts from 0).
    private var nextItemID: UInt32 = 0

    init(id: UInt32, owner: Owner) {
        self.owner = owner
        super.init(id: id)
        ownedByDriver = true
    }

    /// Whether it pins pages (which needs PAGE_SIZE alignment).
    var pinsPages: Bool {
        switch owner {
        case .selftest(let pins): return pins
        case .emulatedDevice: return true
        }
    }

    /// The IOAS alignment it needs.
    var alignment: UInt64 { pinsPages ? HostPage.size : 1 }

    /// Attaches to `newIOAS` or moves there (`iommufd_access_change_ioas`):
    /// the new IOAS's alignment may rise (EADDRINUSE, nothing changes); the
    /// old one first gets everything unpinned (the owner's unmap callback
    /// over the whole range), then loses the access.
    func changeIOAS(to newIOAS: SimIOAS?) throws(Errno) {
        if newIOAS === ioas { return }
        if let newIOAS {
            try newIOAS.space.addAccess(ObjectIdentifier(self), alignment: alignment)
            newIOAS.accesses.append(self)
            newIOAS.users += 1
        }
        let old = ioas
        ioas = newIOAS
        if let old {
            unpinAll(in: old)
            old.space.removeAccess(ObjectIdentifier(self))
            old.accesses.removeAll { $0 === self }
            old.users -= 1
        }
    }

    /// ACCESS_PAGES: pins `[iova, iova+length)` and records an item. Not
    /// attached → ENOENT; then ``IOVASpace/accessPin(_:write:)``.
    func pin(iova: UInt64, length: UInt64, write: Bool) throws(Errno) -> Item {
        guard let ioas else { throw .ENOENT }
        let pieces = try ioas.space.accessPin(Interval(start: iova, last: iova + (length - 1)), write: write)
        let item = Item(id: nextItemID, iova: iova, length: length, pieces: pieces)
        nextItemID &+= 1
        items.append(item)
        return item
    }

    /// Drops the last recorded item again (a failed ACCESS_PAGES after the pin).
    func discardLastItem() {
        guard let item = items.popLast(), let ioas else { return }
        ioas.space.accessUnpin(item.pieces)
        nextItemID &-= 1
    }

    /// DESTROY_ACCESS_PAGES: unknown item → ENOENT.
    func unpin(item id: UInt32) throws(Errno) {
        guard let index = items.firstIndex(where: { $0.id == id }) else { throw .ENOENT }
        let item = items.remove(at: index)
        ioas?.space.accessUnpin(item.pieces)
    }

    /// The owner's unmap callback: the selftest drops every item overlapping
    /// `range` (an emulated device has nothing pinned here).
    func notifyUnmap(_ range: Interval, in ioas: SimIOAS) {
        items.removeAll { item in
            let last = item.iova &+ (item.length - 1)
            guard item.iova <= range.last, last >= range.start else { return false }
            ioas.space.accessUnpin(item.pieces)
            return true
        }
    }

    /// Unpins every item (closing the access, or leaving an IOAS).
    private func unpinAll(in ioas: SimIOAS) {
        for item in items { ioas.space.accessUnpin(item.pieces) }
        items.removeAll()
    }

    /// Destroys it: unpins everything and leaves its IOAS.
    func destroy() { try? changeIOAS(to: nil) }
}
