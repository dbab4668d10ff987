#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import CPosix
import LinuxKernel
import Posix

/// The PCI function behind a simulated host device, as Linux's vfio-pci
/// shows it to the user of a VFIO device descriptor: a conventional PCI
/// config space of 256 bytes (ids from the topology, a 16 KiB memory BAR0,
/// INTx pin A, an MSI capability with one vector and an MSI-X capability
/// with four whose table and PBA sit in BAR0), BAR0 backed by memory, and
/// the interrupt state `VFIO_DEVICE_SET_IRQS` sets.
///
/// BAR0 is a memfd: every descriptor of the device is a fresh open of it,
/// so a user mmaps the BAR at its region offset (0) from any of them, as
/// from a real device descriptor. Config space lives here, virtualised as
/// vfio-pci does: writes reach only the bits a driver may change.
final class SimPCIFunction {
    /// Config space size: conventional PCI.
    static let configSize = 256
    /// BAR0's size.
    static let bar0Size: UInt64 = 0x4000
    /// Where the capabilities sit in config space.
    static let msiCapability = 0x40
    static let msixCapability = 0x50
    /// Vectors of each interrupt type.
    static let msiVectors: UInt32 = 1
    static let msixVectors: UInt32 = 4

    let device: SimulatedDevice
    /// The memfd behind BAR0 (sealed against resizing).
    let memory: Int32
    /// Config space as the device powered up.
    private let initialConfig: [UInt8]
    /// Config space now.
    private(set) var config: [UInt8]
    /// Which bits of each config byte a write changes.
    private let writable: [UInt8]
    /// Who has the device open (a bound cdev, the group path's device
    /// descriptors); the last to go disables interrupts and resets it.
    private(set) var users = 0
    /// Interrupts, as VFIO_DEVICE_SET_IRQS configured them.
    var interrupts = SimInterrupts()
    /// The migration state (a device the topology marks `migration`).
    var migrationState = MigrationState.running
    /// What a user resuming the device wrote so far (RESUMING only).
    var resumeData: Int32?

    /// Makes the function of `device`, with its BAR0 memory.
    init(device: SimulatedDevice) throws(Errno) {
        let fd = iommud_memfd_create("iommud-sim-bar:\(device.sysfsName)", IOMMUD_MFD_CLOEXEC | IOMMUD_MFD_ALLOW_SEALING)
        guard fd >= 0 else { throw .current }
        guard Glibc.ftruncate(fd, off_t(Self.bar0Size)) == 0,
            Glibc.fcntl(fd, IOMMUD_F_ADD_SEALS, IOMMUD_SEALS_FIXED_SIZE) == 0
        else {
            let e = Errno.current
            Glibc.close(fd)
            throw e
        }
        self.device = device
        memory = fd
        (initialConfig, writable) = Self.layout(device)
        config = initialConfig
    }

    deinit {
        interrupts.disableAll()
        if let data = resumeData { Glibc.close(data) }
        Glibc.close(memory)
    }

    /// A new descriptor of the device: a fresh open of the BAR memory.
    func openDescriptor() throws(Errno) -> Int32 {
        let fd = Glibc.open("/proc/self/fd/\(memory)", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { throw .current }
        return fd
    }

    // MARK: Config space

    private static func layout(_ device: SimulatedDevice) -> (config: [UInt8], writable: [UInt8]) {
        var c = [UInt8](repeating: 0, count: configSize)
        var w = [UInt8](repeating: 0, count: configSize)
        func put16(_ at: Int, _ v: UInt16) { c[at] = UInt8(v & 0xff); c[at + 1] = UInt8(v >> 8) }
        func put32(_ at: Int, _ v: UInt32) { for i in 0..<4 { c[at + i] = UInt8((v >> (8 * UInt32(i))) & 0xff) } }
        func mask32(_ at: Int, _ v: UInt32) { for i in 0..<4 { w[at + i] = UInt8((v >> (8 * UInt32(i))) & 0xff) } }
        put16(0x00, device.vendorID)
        put16(0x02, device.deviceID)
        // Command: I/O, memory, bus master, parity, SERR, INTx disable.
        w[0x04] = 0x47
        w[0x05] = 0x05
        // Status: a capability list.
        put16(0x06, 0x0010)
        c[0x08] = 0x01  // revision
        c[0x09] = UInt8(device.classCode & 0xff)
        c[0x0a] = UInt8((device.classCode >> 8) & 0xff)
        c[0x0b] = UInt8((device.classCode >> 16) & 0xff)
        w[0x0c] = 0xff  // cache line size
        w[0x0d] = 0xff  // latency timer
        // BAR0: 32-bit memory, not prefetchable; the address bits above its size.
        mask32(0x10, ~UInt32(bar0Size - 1))
        put16(0x2c, device.vendorID)
        put16(0x2e, device.deviceID)
        c[0x34] = UInt8(msiCapability)
        w[0x3c] = 0xff  // interrupt line
        c[0x3d] = 0x01  // INTA#
        // MSI: one vector, 64-bit addresses.
        c[msiCapability] = 0x05
        c[msiCapability + 1] = UInt8(msixCapability)
        put16(msiCapability + 2, 0x0080)
        w[msiCapability + 2] = 0x71  // enable, multiple message enable
        mask32(msiCapability + 4, 0xffff_fffc)
        mask32(msiCapability + 8, 0xffff_ffff)
        w[msiCapability + 12] = 0xff
        w[msiCapability + 13] = 0xff
        // MSI-X: four vectors; table at BAR0 + 0x2000, PBA at BAR0 + 0x3000.
        c[msixCapability] = 0x11
        put16(msixCapability + 2, UInt16(msixVectors - 1))
        w[msixCapability + 3] = 0xc0  // enable, function mask
        put32(msixCapability + 4, 0x2000)
        put32(msixCapability + 8, 0x3000)
        return (c, w)
    }

    /// `pread` of config space: EFAULT past its end (vfio-pci's rule).
    func readConfig(at position: UInt64, count: Int) throws(Errno) -> [UInt8] {
        guard position < UInt64(Self.configSize), UInt64(count) <= UInt64(Self.configSize) - position else { throw .EFAULT }
        var bytes = Array(config[Int(position)..<Int(position) + count])
        // The INTx status bit shows a pending (masked) interrupt.
        let status = 0x06
        if interrupts.intxAsserted, Int(position) <= status, status < Int(position) + count {
            bytes[status - Int(position)] |= 0x08
        }
        return bytes
    }

    /// `pwrite` of config space: only the writable bits change.
    func writeConfig(_ bytes: [UInt8], at position: UInt64) throws(Errno) -> Int {
        guard position < UInt64(Self.configSize), UInt64(bytes.count) <= UInt64(Self.configSize) - position else {
            throw .EFAULT
        }
        for (i, byte) in bytes.enumerated() {
            let at = Int(position) + i
            config[at] = (config[at] & ~writable[at]) | (byte & writable[at])
        }
        return bytes.count
    }

    // MARK: Users

    /// A descriptor opened the device for use (a cdev's BIND, a group
    /// path's GET_DEVICE_FD).
    func open() { users += 1 }

    /// Such a descriptor went; the last one disables the device.
    func close() {
        users -= 1
        if users == 0 { disable() }
    }

    // MARK: Reset and release

    /// `VFIO_DEVICE_RESET`: BAR0's contents and a pending INTx are lost;
    /// config space is saved and restored around the reset (Linux's
    /// `pci_try_reset_function`), so it stays as the user set it.
    func reset() {
        clearMemory()
        interrupts.intxAsserted = false
    }

    /// The last user went (vfio-pci's `vfio_pci_core_disable`): interrupts
    /// are disabled and their eventfds dropped, the device is reset and its
    /// config space restored to what it was at power-up.
    func disable() {
        interrupts.disableAll()
        clearMemory()
        config = initialConfig
        migrationState = .running
        if let data = resumeData { Glibc.close(data) }
        resumeData = nil
    }

    private func clearMemory() {
        let zeros = [UInt8](repeating: 0, count: Int(Self.bar0Size))
        _ = zeros.withUnsafeBytes { Glibc.pwrite(memory, $0.baseAddress, $0.count, 0) }
    }
}

extension SimulatedDevice {
    /// The function's interrupt count for a vfio-pci IRQ index
    /// (`vfio_pci_get_irq_count`), nil for an index it does not have.
    var simIRQCount: [UInt32: UInt32] {
        [VFIOPCIIRQ.intx.rawValue: 1, VFIOPCIIRQ.msi.rawValue: SimPCIFunction.msiVectors,
         VFIOPCIIRQ.msix.rawValue: SimPCIFunction.msixVectors, VFIOPCIIRQ.req.rawValue: 1]
    }
}
