import QAPIRuntime
import QMP
import QMPAPI

/// The `sim` schema module's commands when no simulated kernel is plugged
/// in (``DaemonCommands``): each says which kernel the daemon drives.
struct NoSimulationCommands: SimCommands {
    typealias Context = QMPRequestContext
    /// The kernel the daemon drives (`host`).
    let kernelName: String

    private func unavailable(_ command: String) -> QMPError {
        .generic("\(command) needs the simulated kernel, but iommud drives the \(kernelName) kernel (--kernel sim)")
    }

    func xSimDmaWrite(device: String, iova: UInt64, size: UInt64, fill: UInt8?, context: Context) throws(QMPError) {
        throw unavailable("x-sim-dma-write")
    }

    func xSimDmaRead(device: String, iova: UInt64, size: UInt64, context: Context) throws(QMPError) -> SimDMAReadInfo {
        throw unavailable("x-sim-dma-read")
    }

    func xSimInjectFault(nth: UInt32, errno: String?, context: Context) throws(QMPError) {
        throw unavailable("x-sim-inject-fault")
    }

    func xSimIrq(device: String, index: SimIRQIndex, vector: UInt32?, context: Context) throws(QMPError) {
        throw unavailable("x-sim-irq")
    }

    func xSimSetMemlockLimit(bytes: UInt64?, context: Context) throws(QMPError) {
        throw unavailable("x-sim-set-memlock-limit")
    }
}
