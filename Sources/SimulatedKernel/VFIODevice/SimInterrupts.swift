#if canImport(Glibc)
import Glibc
#endif
import LinuxKernel
import Posix

/// A simulated function's interrupts as vfio-pci keeps them: which type is
/// enabled (INTx, MSI or MSI-X: one at a time), the eventfd each vector
/// signals, INTx's mask, and the ERR and REQ eventfds. Eventfds are the
/// kernel's own references (duplicates), closed when replaced or disabled.
struct SimInterrupts {
    enum Kind: Equatable { case none, intx, msi, msix }

    /// The enabled type.
    private(set) var kind = Kind.none
    /// INTx's trigger, while INTx is enabled.
    private(set) var intxTrigger: Int32?
    /// INTx is masked (by the user, or automatically when it fired).
    private(set) var intxMasked = false
    /// The device asserts INTx: it fired and was not yet serviced.
    var intxAsserted = false
    /// An eventfd that unmasks INTx when signalled (`UNMASK` with
    /// `DATA_EVENTFD`, QEMU's resample path), read when INTx next fires.
    private(set) var intxUnmask: Int32?
    /// The vectors of an enabled MSI or MSI-X (nil: no eventfd).
    private(set) var vectors: [Int32?] = []
    private(set) var errTrigger: Int32?
    private(set) var reqTrigger: Int32?

    /// Every eventfd dropped, every type disabled.
    mutating func disableAll() {
        disableIntx()
        disableVectors()
        Self.drop(&errTrigger)
        Self.drop(&reqTrigger)
    }

    private mutating func disableIntx() {
        if kind == .intx { kind = .none }
        Self.drop(&intxTrigger)
        Self.drop(&intxUnmask)
        intxMasked = false
        intxAsserted = false
    }

    private mutating func disableVectors() {
        if kind == .msi || kind == .msix { kind = .none }
        for case let fd? in vectors { Glibc.close(fd) }
        vectors = []
    }

    private static func drop(_ fd: inout Int32?) {
        if let old = fd { Glibc.close(old) }
        fd = nil
    }

    // MARK: VFIO_DEVICE_SET_IRQS

    /// The request after `vfio_set_irqs_validate_and_prepare`: `data` holds
    /// `count` items of the data type.
    struct Request {
        var index: UInt32
        var start: UInt32
        var count: UInt32
        var flags: VFIOIRQSetFlags
        var data: [UInt8]

        func bool(_ i: Int) -> Bool { data[i] != 0 }
        func fd(_ i: Int) -> Int32 {
            data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4 * i, as: Int32.self) }
        }
    }

    /// Applies a request validated against the index's vector count, as
    /// vfio-pci's `vfio_pci_set_irqs_ioctl` does.
    mutating func set(_ r: Request) throws(Errno) {
        let action = r.flags.intersection([.actionMask, .actionUnmask, .actionTrigger])
        guard let index = VFIOPCIIRQ(rawValue: r.index) else { throw .EINVAL }
        switch (index, action) {
        case (.intx, .actionMask): try maskIntx(r)
        case (.intx, .actionUnmask): try unmaskIntx(r)
        case (.intx, .actionTrigger): try triggerIntx(r)
        case (.msi, .actionTrigger), (.msix, .actionTrigger): try triggerVectors(r, kind: index == .msi ? .msi : .msix)
        case (.err, .actionTrigger): try Self.setSingle(&errTrigger, r)
        case (.req, .actionTrigger): try Self.setSingle(&reqTrigger, r)
        default: throw .ENOTTY
        }
    }

    private mutating func maskIntx(_ r: Request) throws(Errno) {
        guard kind == .intx, r.start == 0, r.count == 1 else { throw .EINVAL }
        if r.flags.contains(.dataEventfd) { throw .EINVAL }
        if r.flags.contains(.dataNone) || r.bool(0) { intxMasked = true }
    }

    private mutating func unmaskIntx(_ r: Request) throws(Errno) {
        guard kind == .intx, r.start == 0, r.count == 1 else { throw .EINVAL }
        if r.flags.contains(.dataEventfd) {
            let fd = r.fd(0)
            if fd < 0 {
                Self.drop(&intxUnmask)
            } else {
                let own = try Self.takeEventfd(fd)
                Self.drop(&intxUnmask)
                intxUnmask = own
            }
            return
        }
        if r.flags.contains(.dataNone) || r.bool(0) { unmaskNow() }
    }

    /// Unmasking a line the device still asserts delivers it again.
    private mutating func unmaskNow() {
        intxMasked = false
        if intxAsserted { deliverIntx() }
    }

    private mutating func triggerIntx(_ r: Request) throws(Errno) {
        if kind == .intx, r.count == 0, r.flags.contains(.dataNone) {
            disableIntx()
            return
        }
        guard kind == .intx || kind == .none, r.start == 0, r.count == 1 else { throw .EINVAL }
        if r.flags.contains(.dataEventfd) {
            let fd = r.fd(0)
            if fd < 0 {
                disableIntx()
            } else {
                let own = try Self.takeEventfd(fd)
                Self.drop(&intxTrigger)
                intxTrigger = own
                kind = .intx
            }
            return
        }
        guard kind == .intx else { throw .EINVAL }
        if r.flags.contains(.dataNone) || r.bool(0) { Self.signal(intxTrigger) }
    }

    private mutating func triggerVectors(_ r: Request, kind wanted: Kind) throws(Errno) {
        if kind == wanted, r.count == 0, r.flags.contains(.dataNone) {
            disableVectors()
            return
        }
        guard kind == wanted || kind == .none else { throw .EINVAL }
        if r.flags.contains(.dataEventfd) {
            // Every descriptor first, so a bad one changes nothing.
            var taken: [Int32?] = []
            for i in 0..<Int(r.count) {
                let fd = r.fd(i)
                if fd < 0 {
                    taken.append(nil)
                    continue
                }
                do throws(Errno) {
                    taken.append(try Self.takeEventfd(fd))
                } catch {
                    for case let own? in taken { Glibc.close(own) }
                    throw error
                }
            }
            if kind == .none {
                vectors = Array(repeating: nil, count: Int(r.start + r.count))
                kind = wanted
            } else if vectors.count < Int(r.start + r.count) {
                // Enabled MSI vectors cannot grow (NORESIZE); MSI-X ones
                // can (dynamic MSI-X).
                guard wanted == .msix else {
                    for case let own? in taken { Glibc.close(own) }
                    throw .EINVAL
                }
                vectors += Array(repeating: nil, count: Int(r.start + r.count) - vectors.count)
            }
            for (i, own) in taken.enumerated() {
                let at = Int(r.start) + i
                if let old = vectors[at] { Glibc.close(old) }
                vectors[at] = own
            }
            return
        }
        guard kind == wanted else { throw .EINVAL }
        for i in 0..<Int(r.count) where r.flags.contains(.dataNone) || r.bool(i) {
            let at = Int(r.start) + i
            if at < vectors.count { Self.signal(vectors[at]) }
        }
    }

    private static func setSingle(_ slot: inout Int32?, _ r: Request) throws(Errno) {
        guard r.start == 0, r.count <= 1 else { throw .EINVAL }
        if r.flags.contains(.dataNone) {
            if r.count == 0 { Self.drop(&slot) } else { Self.signal(slot) }
        } else if r.flags.contains(.dataBool) {
            guard r.count == 1 else { throw .EINVAL }
            if r.bool(0) { Self.signal(slot) }
        } else {
            guard r.count == 1 else { throw .EINVAL }
            let fd = r.fd(0)
            let own: Int32? = fd < 0 ? nil : try Self.takeEventfd(fd)
            Self.drop(&slot)
            slot = own
        }
    }

    // MARK: The device fires

    /// The device raises `vector` of `index`: INTx is asserted and, unless
    /// masked, signalled and masked (automasked); an MSI or MSI-X vector is
    /// signalled. Errors: the type not enabled → EINVAL (the user has not
    /// set it up), a vector past the enabled ones → ERANGE, no eventfd for
    /// it → ENOENT.
    mutating func fire(_ index: VFIOPCIIRQ, vector: UInt32) throws(Errno) {
        switch index {
        case .intx:
            guard kind == .intx, vector == 0 else { throw .EINVAL }
            if intxMasked, let unmask = intxUnmask, Self.consume(unmask) { intxMasked = false }
            intxAsserted = true
            if !intxMasked { deliverIntx() }
        case .msi, .msix:
            guard kind == (index == .msi ? .msi : .msix) else { throw .EINVAL }
            guard Int(vector) < vectors.count else { throw .ERANGE }
            guard let fd = vectors[Int(vector)] else { throw .ENOENT }
            Self.signal(fd)
        case .err, .req:
            guard vector == 0 else { throw .ERANGE }
            guard let fd = index == .err ? errTrigger : reqTrigger else { throw .ENOENT }
            Self.signal(fd)
        }
    }

    private mutating func deliverIntx() {
        Self.signal(intxTrigger)
        intxMasked = true
    }

    private static func signal(_ fd: Int32?) {
        guard let fd else { return }
        var one: UInt64 = 1
        _ = Glibc.write(fd, &one, 8)
    }

    /// Whether the eventfd was signalled (its count is read, so cleared).
    private static func consume(_ fd: Int32) -> Bool {
        var pollfd = Glibc.pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard Glibc.poll(&pollfd, 1, 0) == 1 else { return false }
        var count: UInt64 = 0
        return Glibc.read(fd, &count, 8) == 8
    }

    /// The kernel's reference to a user's eventfd (`eventfd_ctx_fdget`):
    /// not an open descriptor → EBADF, not an eventfd → EINVAL.
    static func takeEventfd(_ fd: Int32) throws(Errno) -> Int32 {
        guard Glibc.fcntl(fd, F_GETFD) >= 0 else { throw .EBADF }
        var target = [CChar](repeating: 0, count: 64)
        let n = Glibc.readlink("/proc/self/fd/\(fd)", &target, target.count - 1)
        let name = n > 0 ? String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        guard name == "anon_inode:[eventfd]" else { throw .EINVAL }
        let own = Glibc.fcntl(fd, F_DUPFD_CLOEXEC, 0)
        guard own >= 0 else { throw .current }
        return own
    }
}
