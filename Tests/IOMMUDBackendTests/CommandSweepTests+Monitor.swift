#if canImport(Glibc)
import Glibc
#endif
import JSON
import Posix
import QMP
import Testing
import Tracing

/// The monitor's commands (control, introspection, descriptors), QOM and
/// the objects, tracing, and the simulation's fault injection. Most make
/// no kernel or system call: their sweep proves it (the injected failure
/// stays pending and the command succeeds). Each comment lists the calls
/// whose failure fails the command, in order; close and munmap are never
/// failed.
extension CommandSweepTests {
    static let monitorScenarios: [String: [Scenario]] = [
        // The harness's session has negotiated already, where this is
        // CommandNotFound (no call either): the sweep runs it as a client
        // that has not, a new session on the same dispatcher each attempt.
        "qmp_capabilities": [
            // none
            Scenario("a client that has not negotiated", calls: 0, session: { d in
                QMPSession(dispatcher: d.session.dispatcher, monitor: d.session.monitor)
            }, check: { d, _, _ in
                #expect(d.run("qmp_capabilities")["error"]?["class"] == "CommandNotFound", "negotiated already")
            }) { _ in [:] },
        ],
        "query-version": [Scenario("", calls: 0) { _ in [:] }],  // none
        "query-commands": [Scenario("", calls: 0) { _ in [:] }],  // none
        "query-qmp-schema": [Scenario("", calls: 0) { _ in [:] }],  // none: decoded once at start
        // none: the handler only calls onQuit, which the harness makes a
        // no-op; the daemon's (a shutdown after the reply) runs outside
        // the command and is not what this proves
        "quit": [Scenario("", calls: 0) { _ in [:] }],
        // none; `lock: true` would hold the in-band queue, this very reply
        // included, until an out-of-band release
        "x-oob-test": [Scenario("release", calls: 0) { _ in ["lock": false] }],

        "getfd": [
            // none: the descriptor came with the request (SCM_RIGHTS)
            Scenario("a received descriptor", calls: 0, provide: { d in
                d.session.receiveDescriptors([Daemon.devNull().release()])
            }, check: { d, _, _ in #expect(d.session.monitor.names == ["fd0"]) }) { _ in ["fdname": "fd0"] },
        ],
        "closefd": [
            // none: close is never failed
            Scenario("a named descriptor", calls: 0) { d in
                d.session.monitor.setNamed("fd0", Daemon.devNull())
                return ["fdname": "fd0"]
            },
        ],
        "add-fd": [
            // none
            Scenario("a received descriptor", calls: 0, provide: { d in
                d.session.receiveDescriptors([Daemon.devNull().release()])
            }) { _ in ["fdset-id": 1, "opaque": "null"] },
        ],
        "remove-fd": [
            // none: close is never failed
            Scenario("a whole set", calls: 0) { d in
                addFDSet(d, 1)
                return ["fdset-id": 1]
            },
        ],
        "query-fdsets": [
            // none
            Scenario("one set", calls: 0) { d in
                addFDSet(d, 1)
                return [:]
            },
        ],

        "qom-list": [Scenario("/objects", calls: 0) { d in d.addObjects(); return ["path": "/objects"] }],  // none
        "qom-get": [Scenario("users", calls: 0) { d in d.addObjects(); return ["path": "iommufd0", "property": "users"] }],  // none
        // none: every writable property is set at creation, so qom-set is
        // always refused (no errno) and changes nothing
        "qom-set": [
            Scenario("after creation", calls: 0, outcome: .fails(errno: nil)) { d in
                d.addObjects()
                return ["path": "iommufd0", "property": "fd", "value": "x"]
            },
        ],
        "qom-list-types": [Scenario("memory backends", calls: 0) { _ in ["implements": "memory-backend"] }],  // none
        "qom-list-properties": [Scenario("memfd", calls: 0) { _ in ["typename": "memory-backend-memfd"] }],  // none

        "object-add": [
            // none: /dev/iommu is opened by the object's first user
            Scenario("iommufd", calls: 0) { _ in ["qom-type": "iommufd", "id": "iommufd0"] },
            // adopting the descriptor as /dev/iommu; consumed whatever happens
            Scenario("iommufd from a named descriptor", calls: 1, consumes: ["iommu"], provide: { d in
                d.session.monitor.setNamed("iommu", Daemon.devNull())
            }, check: { d, _, _ in
                #expect(d.kernel.openFileCount == 1 && d.session.monitor.names.isEmpty, "taken over, and the name consumed")
            }) { _ in ["qom-type": "iommufd", "id": "iommufd9", "fd": "iommu"] },
            // adopting the inherited number as /dev/iommu (borrowed: iommud
            // never closes it, so the check deletes the object and closes it)
            Scenario("iommufd from an inherited number", calls: 1, check: { d, arguments, _ in
                _ = d.ok("object-del", ["id": "iommufd9"])
                if let number = arguments["fd"]?.stringValue.flatMap({ Int32($0) }) { close(number) }
            }) { _ in
                ["qom-type": "iommufd", "id": "iommufd9", "fd": .string(String(Daemon.devNull().release()))]
            },
            // memfd_create, ftruncate, fcntl(F_ADD_SEALS), mmap
            Scenario("memory-backend-memfd", calls: 4) { _ in
                ["qom-type": "memory-backend-memfd", "id": "m", "size": 65536]
            },
            // memfd_create, ftruncate, fcntl(F_ADD_SEALS), then open
            // /proc/meminfo, read, read (its end) to check that the host has
            // the memory to preallocate (a guard that cannot read fails the
            // command rather than being skipped), then mmap
            Scenario("memory-backend-memfd, preallocated", calls: 7) { _ in
                ["qom-type": "memory-backend-memfd", "id": "m", "size": 65536, "prealloc": true]
            },
            // open, fstat, ftruncate (the file is empty), mmap
            // (a failure after the ftruncate empties the file again: its
            // size is part of what must not change)
            Scenario("memory-backend-file, an empty file", calls: 4, observe: { arguments in
                "size of mem-path: \(Daemon.fileSize(arguments["mem-path"]?.stringValue ?? ""))"
            }, cleanup: removeMemPath) { _ in
                ["qom-type": "memory-backend-file", "id": "f", "size": 8192, "mem-path": .string(Daemon.temporaryFile(bytes: 0))]
            },
            // open, fstat, mmap: a file of the size is not resized
            Scenario("memory-backend-file, a file of the size", calls: 3, cleanup: removeMemPath) { _ in
                ["qom-type": "memory-backend-file", "id": "f", "size": 8192, "mem-path": .string(Daemon.temporaryFile(bytes: 8192))]
            },
            // open (read-only), fstat, mmap
            Scenario("memory-backend-file, read-only", calls: 3, cleanup: removeMemPath) { _ in
                ["qom-type": "memory-backend-file", "id": "f", "size": 8192, "readonly": true,
                 "mem-path": .string(Daemon.temporaryFile(bytes: 8192))]
            },
            // fcntl(F_GETFL) of the set's descriptor, fcntl(F_DUPFD_CLOEXEC),
            // fstat, mmap
            Scenario("memory-backend-file from an fd set", calls: 4) { d in
                addFDSet(d, 3, bytes: 8192)
                return ["qom-type": "memory-backend-file", "id": "f", "size": 8192, "mem-path": "/dev/fdset/3"]
            },
        ],
        "object-del": [
            // none: the object holds no descriptor yet
            Scenario("iommufd", calls: 0) { d in
                d.addObjects()
                return ["id": "iommufd0"]
            },
            // none: close is never failed
            Scenario("iommufd from a named descriptor", calls: 0) { d in
                d.session.monitor.setNamed("iommu", Daemon.devNull())
                _ = d.ok("object-add", ["qom-type": "iommufd", "id": "iommufd9", "fd": "iommu"])
                return ["id": "iommufd9"]
            },
            // none: munmap and close are never failed
            Scenario("memory-backend-memfd", calls: 0) { d in
                d.addObjects()
                return ["id": "ram0"]
            },
        ],

        "trace-event-get-state": [Scenario("a pattern", calls: 0) { _ in ["name": "iommufd_*"] }],  // none
        "trace-event-set-state": [
            // none; the trace state is the process's, held (and restored)
            // while the sweep changes it
            Scenario("enable", calls: 0, ownsTraceState: true, check: { _, _, _ in
                #expect(TraceEvents.isEnabled("vfio_device_put"))
            }) { _ in ["name": "vfio_device_put", "enable": true] },
        ],

        "x-sim-inject-fault": [
            .instead("arms, fires once, replaces and cancels", because: """
                it replaces whatever failure is armed, the sweep's own included, so a sweep would \
                prove nothing; this checks what it arms instead
                """) { d in
                d.addObjects()
                _ = d.ok("x-sim-inject-fault", ["nth": 2, "errno": "EIO"])
                #expect(d.kernel.faultPending)
                let before = Snapshot(d)
                // open /dev/iommu, then IOMMU_IOAS_ALLOC fails
                #expect(d.run("iommufd-ioas-alloc", ["iommufd": "iommufd0"])["error"]?["errno"] == "EIO")
                #expect(!d.kernel.faultPending, "it fired")
                #expect(Snapshot(d) == before)
                // With a failure armed for the next call it still succeeds
                // (it makes no call), and its own replaces that one.
                d.kernel.injectFault(nth: 1, errno: .ENOMEM)
                _ = d.ok("x-sim-inject-fault", ["nth": 3])
                #expect(d.kernel.faultPending)
                _ = d.ok("x-sim-inject-fault", ["nth": 0])
                #expect(!d.kernel.faultPending, "nth 0 cancels")
                #expect(d.error("x-sim-inject-fault", ["nth": 1, "errno": "EBOGUS"])
                    == "Parameter 'errno' expects an errno name such as 'ENOMEM', not 'EBOGUS'")
                #expect(!d.kernel.faultPending)
                #expect(d.ok("iommufd-ioas-alloc", ["iommufd": "iommufd0"]) == ["ioas-id": 1])
            },
        ],
        "x-sim-set-memlock-limit": [
            // none: it sets the simulated process's limit
            Scenario("a limit", calls: 0, check: { d, _, _ in
                #expect(d.kernel.memlockLimit == 8192)
            }) { _ in ["bytes": 8192] },
        ],
    ]

    /// Fd set `id` holding a descriptor of an unlinked file of `bytes`
    /// bytes, open read-write.
    static func addFDSet(_ d: Daemon, _ id: Int64, bytes: Int = 0) {
        let path = Daemon.temporaryFile(bytes: bytes)
        let fd = open(path, O_RDWR | O_CLOEXEC)
        unlink(path)
        d.session.receiveDescriptors([fd])
        _ = d.ok("add-fd", ["fdset-id": .int(id)])
    }

    /// Removes the file a scenario's `mem-path` names.
    @Sendable static func removeMemPath(_ arguments: JSONValue) {
        if let path = arguments["mem-path"]?.stringValue { unlink(path) }
    }
}
