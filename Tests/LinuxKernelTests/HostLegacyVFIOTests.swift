#if canImport(Glibc)
import Glibc
#endif
import CLinuxUAPI
import LinuxKernel
import Posix
import Synchronization
import Testing

/// The legacy VFIO owners and requests on the host kernel, through a
/// scripted system-call table: the paths opened, and how each argument
/// reaches the ioctl (by value, a pointer to an int, a C string).
@Suite struct HostLegacyVFIOTests {
    struct Call: Equatable, Sendable {
        var fd: Int32
        var request: UInt
        /// The raw argument (a pointer or an integer).
        var argument: UInt
        /// What the argument points at, decoded for the calls that pass one.
        var detail: String
    }

    final class Script: Sendable {
        let opened = Mutex<[String]>([])
        let calls = Mutex<[Call]>([])
        let closes = Mutex<[Int32]>([])

        var table: SystemCalls {
            SystemCalls(
                open: { path, flags in
                    self.opened.withLock { $0.append(path) }
                    guard flags & O_CLOEXEC != 0 else { return -1 }
                    switch path {
                    case "/dev/vfio/vfio": return 50
                    case "/dev/vfio/12": return 51
                    default:
                        errno = ENOENT
                        return -1
                    }
                },
                close: { fd in
                    self.closes.withLock { $0.append(fd) }
                    return 0
                },
                ioctl: { fd, request, argument in
                    var detail = ""
                    var result: Int32 = 0
                    switch request {
                    case UInt(IOMMUD_VFIO_GROUP_SET_CONTAINER):
                        detail = "\(argument?.load(as: Int32.self) ?? -1)"
                    case UInt(IOMMUD_VFIO_GROUP_GET_DEVICE_FD):
                        detail = argument.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) } ?? ""
                        result = 60
                    case UInt(IOMMUD_VFIO_CHECK_EXTENSION):
                        result = 1
                    default:
                        break
                    }
                    self.calls.withLock {
                        $0.append(Call(fd: fd, request: request, argument: UInt(bitPattern: argument), detail: detail))
                    }
                    return result
                })
        }
    }

    @Test func ownersOpenTheLegacyNodesAndPassArgumentsAsVFIODoes() throws {
        let script = Script()
        let kernel = HostKernel(syscalls: script.table)
        do {
            let container = try VFIOContainer(kernel: kernel)
            let group = try VFIOGroup(kernel: kernel, group: 12)
            try group.setContainer(container)
            var check = VFIOCheckExtension(.type1v2)
            try container.perform(&check)
            #expect(check.supported)
            var set = VFIOSetIOMMU(.type1v2)
            try container.perform(&set)
            let device = try group.openDevice("0000:17:00.0")
            #expect(device.fd == 60)
            #expect(throws: KernelError("open /dev/vfio/99", .ENOENT)) { _ = try VFIOGroup(kernel: kernel, group: 99) }
        }
        #expect(script.opened.withLock { $0 } == ["/dev/vfio/vfio", "/dev/vfio/12", "/dev/vfio/99"])
        let calls = script.calls.withLock { $0 }
        #expect(calls == [
            Call(fd: 51, request: UInt(IOMMUD_VFIO_GROUP_SET_CONTAINER), argument: calls.first?.argument ?? 0,
                 detail: "50"),
            Call(fd: 50, request: UInt(IOMMUD_VFIO_CHECK_EXTENSION), argument: UInt(VFIO_TYPE1v2_IOMMU), detail: ""),
            Call(fd: 50, request: UInt(IOMMUD_VFIO_SET_IOMMU), argument: UInt(VFIO_TYPE1v2_IOMMU), detail: ""),
            Call(fd: 51, request: UInt(IOMMUD_VFIO_GROUP_GET_DEVICE_FD), argument: calls.last?.argument ?? 0,
                 detail: "0000:17:00.0"),
        ])
        #expect(script.closes.withLock { Set($0) } == [50, 51, 60])
    }
}
