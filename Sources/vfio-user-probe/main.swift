#if canImport(Glibc)
import Glibc
#endif
import CPosix
import CSocketShims
import VFIOUser
import VFIOUserClient

/// vfio-user-probe: a vfio-user client that checks a device served at a
/// socket (iommud's `vfio-user=PATH`, or any vfio-user server) the way a VMM
/// uses it, and prints what it finds, one `vfio-user-probe: …` line per fact:
/// the version, the device, its config space ids, each region, BAR0 mmapped
/// and a register read, each interrupt index, a DMA window of its own memory
/// mapped, an eventfd set on the first MSI-X (else MSI, else INTx) vector,
/// whether DMA logging can run and whether the device can migrate.
/// With `--then COMMAND`, the command runs (`/bin/sh -c`) while all of that
/// is in place; then everything is undone. Exits 1 when a step fails.
/// Whether a step failed (the probe is one thread).
enum Outcome {
    nonisolated(unsafe) static var failed = false
}

let usage = """
    usage: vfio-user-probe SOCKET [--iova ADDRESS] [--size BYTES] [--register OFFSET] [--then COMMAND]
      --iova      where to map the probe's memory (default 0x100000)
      --size      how much (default 0x100000)
      --register  the BAR0 offset read through the mapping (default 0x8)
      --then      a shell command run while mapped and connected
    """

func fail(_ text: String) -> Never {
    let line = Array((text + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

func parse(_ text: String) -> UInt64 {
    guard let value = text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text) else { fail(usage) }
    return value
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first, !path.hasPrefix("-") else { fail(usage) }
arguments.removeFirst()
var iova: UInt64 = 0x10_0000, size: UInt64 = 0x10_0000, register: UInt64 = 0x8
var then: String?
while let option = arguments.first {
    arguments.removeFirst()
    guard let value = arguments.first else { fail(usage) }
    arguments.removeFirst()
    switch option {
    case "--iova": iova = parse(value)
    case "--size": size = parse(value)
    case "--register": register = parse(value)
    case "--then": then = value
    default: fail(usage)
    }
}

func say(_ text: String) {
    print("vfio-user-probe: \(text)")
    fflush(nil)
}
func hex<T: BinaryInteger>(_ v: T) -> String { "0x" + String(v, radix: 16) }
func check(_ reply: VFIOUserMessage?, _ what: String) -> Bool {
    guard let reply else {
        say("\(what): FAIL (the server closed the connection)")
        Outcome.failed = true
        return false
    }
    guard reply.errno == 0 else {
        say("\(what): FAIL errno \(reply.errno) (\(String(cString: strerror(reply.errno))))")
        Outcome.failed = true
        return false
    }
    return true
}

guard let connection = VFIOUserConnection(path: path) else { fail("vfio-user-probe: cannot connect to \(path)") }
let version = connection.negotiate()
guard check(version, "version"), let version, let offer = try? VFIOUserVersion(payload: version.payload) else { exit(1) }
say("version \(offer.major).\(offer.minor)")

let info = connection.send(.deviceGetInfo, VFIOUserDeviceInfo(flags: 0, regionCount: 0, irqCount: 0).payload)
guard check(info, "device"), let info, info.payload.count == VFIOUserDeviceInfo.size else { exit(1) }
let words = stride(from: 0, to: 16, by: 4).map { at in info.payload[at..<at + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
let (regions, irqs) = (words[2], words[3])
say("device flags \(hex(words[1])) regions \(regions) irqs \(irqs)")

// Config space: vendor and device ids, command register.
if let ids = connection.read(region: 7, offset: 0, count: 4) {
    func id(_ low: UInt8, _ high: UInt8) -> String {
        let text = String(UInt16(high) << 8 | UInt16(low), radix: 16)
        return String(repeating: "0", count: 4 - text.count) + text
    }
    say("config ids \(id(ids[0], ids[1])):\(id(ids[2], ids[3]))")
} else {
    say("config ids: FAIL")
    Outcome.failed = true
}

// Regions; BAR0 mapped from the descriptor handed over.
var bar0: (address: UnsafeMutableRawPointer, length: Int)?
for index in 0..<min(regions, 9) {
    guard let region = connection.regionInfo(index) else {
        say("region \(index) none")
        continue
    }
    let fd = region.reply.fds.first
    say("region \(index) flags \(hex(region.flags)) size \(hex(region.size)) offset \(hex(region.offset))\(fd != nil ? " fd" : "")")
    if index == 0, region.flags & 4 != 0, let fd {
        let length = Int(min(region.size, 1 << 20))
        if let address = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_SHARED, fd, off_t(region.offset)), address != MAP_FAILED {
            bar0 = (address, length)
            if register + 4 <= UInt64(length) {
                let value = address.load(fromByteOffset: Int(register), as: UInt32.self)
                say("bar0 mmap \(hex(length)) register \(hex(register)) = \(hex(value))")
            }
        } else {
            say("bar0 mmap: FAIL \(String(cString: strerror(errno)))")
            Outcome.failed = true
        }
    }
    region.reply.fds.forEach { close($0) }
}

// Interrupts; an eventfd on the first vector of the richest kind.
var counts: [UInt32: UInt32] = [:]
for index in 0..<min(irqs, 5) {
    guard let irq = connection.irqInfo(index) else {
        say("irq \(index) none")
        continue
    }
    counts[index] = irq.count
    say("irq \(index) flags \(hex(irq.flags)) count \(irq.count)")
}
let trigger: UInt32 = VFIOUserSetIRQs.dataEventfd | 0x20
let irqIndex = [UInt32(2), 1, 0].first { (counts[$0] ?? 0) > 0 }
let eventFD = eventfd(0, Int32(EFD_CLOEXEC))
if let irqIndex {
    let set = VFIOUserSetIRQs(flags: trigger, index: irqIndex, start: 0, count: 1)
    if check(connection.send(.deviceSetIRQs, set.payload, fds: [eventFD]), "set-irqs \(irqIndex)") {
        say("set-irqs index \(irqIndex) vector 0 eventfd")
    }
}

// A DMA window of the probe's own memory.
let memory = iommud_memfd_create("vfio-user-probe", IOMMUD_MFD_CLOEXEC)
ftruncate(memory, off_t(size))
let mapped = check(connection.map(memory, iova: iova, size: size), "dma-map")
if mapped { say("dma-map iova \(hex(iova)) size \(hex(size))") }

// Whether the device's DMA can be logged (the IOMMU's dirty tracking).
let probeLogging = VFIOUserDeviceFeature(flags: UInt32(VFIOUserDeviceFeature.dmaLoggingStart)
                                          | VFIOUserDeviceFeature.probe | VFIOUserDeviceFeature.set)
if let reply = connection.send(.deviceFeature, probeLogging.payload) {
    say(reply.errno == 0 ? "dma-logging supported" : "dma-logging unsupported errno \(reply.errno)")
}

// Whether the device can migrate (relayed to its VFIO_DEVICE_FEATURE).
let probeMigration = VFIOUserDeviceFeature(flags: UInt32(VFIOUserDeviceFeature.migration) | VFIOUserDeviceFeature.get)
if let reply = connection.send(.deviceFeature, probeMigration.payload) {
    if reply.errno == 0, let flags = reply.payload.dropFirst(8).first {
        say("migration flags \(hex(flags))")
    } else {
        say("migration unsupported errno \(reply.errno)")
    }
}

if let then {
    let status = system(then)
    say("then exit \(status >> 8)")
    if status != 0 { Outcome.failed = true }
}

if mapped, check(connection.unmap(iova: iova, size: size), "dma-unmap") { say("dma-unmap") }
if let irqIndex {
    let disable = VFIOUserSetIRQs(flags: VFIOUserSetIRQs.dataNone | 0x20, index: irqIndex, start: 0, count: 0)
    if check(connection.send(.deviceSetIRQs, disable.payload), "irq-disable") { say("irq-disable") }
}
if let bar0 { munmap(bar0.address, bar0.length) }
close(memory)
close(eventFD)
exit(Outcome.failed ? 1 : 0)
