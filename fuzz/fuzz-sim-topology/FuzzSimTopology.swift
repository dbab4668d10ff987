/// fuzz-sim-topology: the simulated host's topology file
/// (docs/sim-topology.md; ``SimTopology/decode(_:)``: JSON, then IOMMUs and
/// devices checked member by member), fed arbitrary text; a host that
/// decodes is then summarised (as `iommud --sim-topology` logs it) and
/// given to a ``SimulatedKernel`` that lists its devices.
///
/// A crash means a topology file makes `iommud --sim-topology` (or `make run
/// TOPOLOGY=`) trap instead of refusing the file with the JSON path of the
/// problem.
import IOMMUDSimulation
import SimulatedKernel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSimTopology(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let host = try? SimTopology.decode(text) else { return 0 }
    _ = SimTopology.summary(of: host)
    _ = SimulatedKernel(host: host).vfioHostDevices()
    return 0
}
