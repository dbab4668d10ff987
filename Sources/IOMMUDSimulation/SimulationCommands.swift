import IOMMUDBackend
import LinuxKernel
import Posix
import QAPIRuntime
import QMP
import QMPAPI
import SimulatedKernel

/// The simulated kernel's hooks as commands (schema module `sim`, all
/// unstable): play device DMA, inject a failing kernel or system call.
/// Plugged into the daemon's command table with the simulated kernel it
/// drives (``DaemonCommands/simulated(_:limits:onQuit:)``).
public struct SimulationCommands: SimCommands {
    public typealias Context = QMPRequestContext
    let sim: SimulatedKernel

    public init(kernel: SimulatedKernel) { sim = kernel }

    /// The largest x-sim-dma-read, so a reply stays small.
    static let maximumRead: UInt64 = 65536
    /// The largest x-sim-dma-write: the bytes are written while the kernel
    /// lock is held, so a write must stay short (1 GiB is a fraction of a
    /// second) however much is mapped.
    static let maximumWrite: UInt64 = 1 << 30

    public func xSimDmaWrite(device: String, iova: UInt64, size: UInt64, fill: UInt8?, context: QMPRequestContext)
        throws(QMPError)
    {
        guard size <= Self.maximumWrite else {
            throw QMPError.invalidArgument("Parameter 'size' must be at most \(Self.maximumWrite)")
        }
        do throws(Errno) {
            try sim.dmaWrite(device: device, iova: iova, length: size, fill: fill ?? 0)
        } catch {
            throw error.qmp("simulated DMA write by '\(device)' failed")
        }
    }

    public func xSimDmaRead(device: String, iova: UInt64, size: UInt64, context: QMPRequestContext) throws(QMPError)
        -> SimDMAReadInfo
    {
        guard size <= Self.maximumRead else {
            throw QMPError.invalidArgument("Parameter 'size' must be at most \(Self.maximumRead)")
        }
        do throws(Errno) {
            let bytes = try sim.dmaRead(device: device, iova: iova, count: Int(size))
            let digits = Array("0123456789abcdef".utf8)
            var hex: [UInt8] = []
            hex.reserveCapacity(bytes.count * 2)
            for byte in bytes {
                hex.append(digits[Int(byte >> 4)])
                hex.append(digits[Int(byte & 0xf)])
            }
            return SimDMAReadInfo(data: String(decoding: hex, as: UTF8.self))
        } catch {
            throw error.qmp("simulated DMA read by '\(device)' failed")
        }
    }

    public func xSimInjectFault(nth: UInt32, errno: String?, context: QMPRequestContext) throws(QMPError) {
        let name = errno ?? "ENOMEM"
        guard let value = Errno(named: name) else {
            throw QMPError.invalidArgument("Parameter 'errno' expects an errno name such as 'ENOMEM', not '\(name)'")
        }
        if nth == 0 {
            sim.cancelFault()
        } else {
            sim.injectFault(nth: Int(nth), errno: value)
        }
    }

    public func xSimIrq(device: String, index: SimIRQIndex, vector: UInt32?, context: QMPRequestContext)
        throws(QMPError)
    {
        let irq: VFIOPCIIRQ
        switch index {
        case .intx: irq = .intx
        case .msi: irq = .msi
        case .msix: irq = .msix
        case .err: irq = .err
        case .req: irq = .req
        }
        do throws(Errno) {
            try sim.raiseInterrupt(device: device, index: irq, vector: vector ?? 0)
        } catch {
            throw error.qmp("simulated \(index.rawValue) interrupt \(vector ?? 0) of '\(device)' failed")
        }
    }

    public func xSimSetMemlockLimit(bytes: UInt64?, context: QMPRequestContext) throws(QMPError) {
        sim.memlockLimit = bytes
    }
}
