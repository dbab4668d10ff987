"""The hostile-input catalogue: what a client may throw at iommud, one case
each, by area. Every case runs on its own connection against a daemon that
holds real state (an iommufd object with an IOAS and a mapping, a memory
backend, a vfio-pci device with its container); its documented answer is in
answers.json (reviewed, written by `python3 runner.py --record`), printed as
docs/hostile-inputs.md, and test_hostile_catalogue.py checks each answer, that
another client is still served, that query-iommufd, qom-list and the other
queries show the state unchanged, and that the daemon's descriptors are back
to what they were.

A case is a Case: `send` is the bytes written after the greeting (and after
qmp_capabilities unless `negotiate` says otherwise), or a dict sent as JSON;
`fds` descriptors ride on the write (SCM_RIGHTS); `action` names a scripted
client in runner.py instead (slow, broken, or many clients). `{tmp}` in the
input stands for the case directory (files made by runner.make_files);
`daemon` picks the daemon by its options (runner.DAEMONS)."""
from dataclasses import dataclass, field
import json

MIB = 1 << 20
NIC = "0000:17:00.0"      # used by the setup's device nic0
GPU = "0000:b1:00.0"      # free


@dataclass
class Case:
    area: str
    name: str
    send: object = None          # bytes, or a dict sent as JSON
    fds: int = 0
    negotiate: str = "caps"      # caps | none | oob
    action: str = ""             # a scripted client (runner.ACTIONS)
    daemon: str = "default"      # runner.DAEMONS
    why: str = ""                # what the case is about, for the docs

    def payload(self, tmp):
        if isinstance(self.send, bytes):
            return self.send.replace(b"{tmp}", tmp.encode())
        if self.send is None:
            return b""
        return json.dumps(self.send).replace("{tmp}", tmp).encode()


def cmd(command, /, **arguments):
    """A command as a dict; `arguments` keys with '_' become '-'."""
    out = {"execute": command}
    if arguments:
        out["arguments"] = {k.replace("_", "-"): v for k, v in arguments.items()}
    return out


def args(name, arguments):
    return {"execute": name, "arguments": arguments}


CASES = []


def case(area, name, send=None, **kw):
    CASES.append(Case(area, name, send, **kw))


# --- malformed JSON ---------------------------------------------------------
J = "malformed JSON"
case(J, "stray closing brace", b"}")
case(J, "stray closing bracket", b"]")
case(J, "missing value", b'{"execute": }')
case(J, "missing colon", b'{"execute" "query-version"}')
case(J, "lone comma in object", b"{,}")
case(J, "trailing comma in object", b'{"execute": "query-version",}')
case(J, "trailing comma in array", b'{"execute": "query-version", "id": [1,]}')
case(J, "single-quoted value (QEMU's extension)", b"{\"execute\": 'query-version', \"id\": 'sq'}")
case(J, "single-quoted key", b"{'execute': 'query-version'}")
case(J, "truncated literal null", b'{"execute": "query-version", "id": nul}')
case(J, "truncated literal true", b'{"execute": "query-version", "id": tru}')
case(J, "number with a leading zero", b'{"execute": "query-version", "id": 01}')
case(J, "exponent without digits", b'{"execute": "query-version", "id": 1e}')
case(J, "lone minus", b'{"execute": "query-version", "id": -}')
case(J, "hexadecimal number", b'{"execute": "query-version", "id": 0x10}')
case(J, "NaN", b'{"execute": "query-version", "id": NaN}')
case(J, "Infinity", b'{"execute": "query-version", "id": Infinity}')
case(J, "huge exponent", b'{"execute": "query-version", "id": 1.5e99999}')
case(J, "integer beyond 64 bits", b'{"execute": "query-version", "id": 18446744073709551616}')
case(J, "negative zero id", b'{"execute": "query-version", "id": -0}')
case(J, "unknown escape", b'{"execute": "query-version", "id": "\\x"}')
case(J, "short \\u escape", b'{"execute": "query-version", "id": "\\u12"}')
case(J, "lone high surrogate", b'{"execute": "query-version", "id": "\\ud800"}')
case(J, "lone low surrogate", b'{"execute": "query-version", "id": "\\udc00"}')
case(J, "escaped NUL in the id", b'{"execute": "query-version", "id": "a\\u0000b"}')
case(J, "byte 0xFF", b"\xff")
case(J, "byte 0xFE then a command", b'\xfe{"execute": "query-version", "id": 1}')
case(J, "overlong UTF-8 NUL", b'{"execute": "query-version", "id": "\xc0\x80"}')
case(J, "UTF-8-encoded surrogate", b'{"execute": "query-version", "id": "\xed\xa0\x80"}')
case(J, "truncated UTF-8 sequence", b'{"execute": "query-version", "id": "\xe2\x82"}')
case(J, "control character in a string", b'{"execute": "query-version", "id": "a\x01b"}')
case(J, "raw NUL byte", b"\x00")
case(J, "byte-order mark", b'\xef\xbb\xbf{"execute": "query-version", "id": 1}')
case(J, "C comment", b'/* hi */ {"execute": "query-version", "id": 1}')
case(J, "arrays nested 1,025 deep", b"[" * 1025 + b"]" * 1025)
case(J, "objects nested 1,025 deep", b'{"a":' * 1025 + b"1" + b"}" * 1025)
case(J, "top level is a number", b"1\n")
case(J, "top level is a string", b'"query-version"')
case(J, "top level is an array", b'[{"execute": "query-version"}]')
case(J, "top level is null", b"null\n")
case(J, "top level is true", b"true\n")
case(J, "empty object", b"{}")
case(J, "whitespace only", b" \r\n\t\n ")
case(J, "incomplete object (waits for the rest)", b'{"execute": "query-version"')
case(J, "unterminated string (waits for the rest)", b'{"execute": "query-version", "id": "open')
case(J, "one brace too many", b'{"execute": "query-version", "id": 1}}')
case(J, "two commands in one write", b'{"execute": "query-version", "id": 1}{"execute": "query-version", "id": 2}')
case(J, "a command then garbage", b'{"execute": "query-version", "id": 1} @#!')
case(J, "duplicate key (must not run quit)", b'{"execute": "query-version", "execute": "quit"}')
case(J, "duplicate arguments key", b'{"execute": "query-version", "arguments": {}, "arguments": {}}')
case(J, "the server's greeting sent back", b'{"QMP": {"version": {}, "capabilities": []}}')

# --- wrong types and protocol -----------------------------------------------
P = "wrong types and protocol"
case(P, "execute is a number", {"execute": 1})
case(P, "execute is null", {"execute": None})
case(P, "execute is an array", {"execute": ["query-version"]})
case(P, "execute is an object", {"execute": {"name": "query-version"}})
case(P, "execute is empty", {"execute": ""})
case(P, "unknown command", {"execute": "no-such-command"})
case(P, "arguments is an array", {"execute": "query-version", "arguments": []})
case(P, "arguments is a string", {"execute": "query-version", "arguments": "x"})
case(P, "arguments is null", {"execute": "query-version", "arguments": None})
case(P, "unexpected top-level member", {"execute": "query-version", "foo": 1})
case(P, "both execute and exec-oob", {"execute": "query-version", "exec-oob": "query-version"})
case(P, "exec-oob without oob negotiated", {"exec-oob": "x-oob-test", "arguments": {"lock": False}})
case(P, "exec-oob of a command without allow-oob", {"exec-oob": "query-version", "id": 1}, negotiate="oob")
case(P, "exec-oob without an id", {"exec-oob": "x-oob-test", "arguments": {"lock": False}}, negotiate="oob")
case(P, "qmp_capabilities twice", cmd("qmp_capabilities"))
case(P, "a command before qmp_capabilities", cmd("query-version"), negotiate="none")
case(P, "qmp_capabilities with an unknown capability", cmd("qmp_capabilities", enable=["foo"]), negotiate="none")
case(P, "qmp_capabilities enable is a string", cmd("qmp_capabilities", enable="oob"), negotiate="none")
case(P, "argument a command does not take", cmd("query-version", x=1))
case(P, "quit with an argument (does not quit)", cmd("quit", now=True))
case(P, "object-add qom-type is a number", args("object-add", {"qom-type": 1, "id": "x"}))
case(P, "object-add without id", args("object-add", {"qom-type": "iommufd"}))
case(P, "object-add without qom-type", args("object-add", {"id": "x"}))
case(P, "object-add unknown type", args("object-add", {"qom-type": "no-such-type", "id": "x"}))
case(P, "object-add id starts with a digit", args("object-add", {"qom-type": "iommufd", "id": "1abc"}))
case(P, "object-add id with a space", args("object-add", {"qom-type": "iommufd", "id": "a b"}))
case(P, "object-add empty id", args("object-add", {"qom-type": "iommufd", "id": ""}))
case(P, "object-add id with a slash", args("object-add", {"qom-type": "iommufd", "id": "a/b"}))
case(P, "object-add id taken", args("object-add", {"qom-type": "iommufd", "id": "iommufd0"}))
case(P, "memfd size negative", args("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": -1}))
case(P, "memfd size as a string", args("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": "2M"}))
case(P, "memfd size zero", args("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": 0}))
case(P, "memfd size beyond 64 bits", b'{"execute": "object-add", "arguments": {"qom-type": "memory-backend-memfd", "id": "m", "size": 18446744073709551616}}')
case(P, "memfd size fractional", args("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": 1.5}))
case(P, "memfd size not a page multiple", args("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": 4095}))
case(P, "memfd size 8 EiB", args("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": 1 << 63}))
case(P, "memfd share as a string", args("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": MIB, "share": "yes"}))
case(P, "memfd unknown property", args("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": MIB, "foo": 1}))
case(P, "object-del unknown id", cmd("object-del", id="nope"))
case(P, "object-del id is a number", cmd("object-del", id=5))
case(P, "object-del iommufd object in use", cmd("object-del", id="iommufd0"))
case(P, "object-del mapped memory backend", cmd("object-del", id="ram0"))
case(P, "qom-get unknown property", cmd("qom-get", path="/objects/iommufd0", property="nope"))
case(P, "qom-set read-only property", cmd("qom-set", path="/objects/ram0", property="size", value=4096))
case(P, "qom-list path is a number", cmd("qom-list", path=5))
case(P, "qom-list-properties unknown type", cmd("qom-list-properties", typename="nope"))
case(P, "device_add without driver", args("device_add", {"id": "d"}))
case(P, "device_add unknown driver", args("device_add", {"driver": "no-such", "id": "d"}))
case(P, "vfio-pci without host", args("device_add", {"driver": "vfio-pci", "id": "d", "iommufd": "iommufd0"}))
case(P, "vfio-pci host malformed", args("device_add", {"driver": "vfio-pci", "id": "d", "host": "zz:zz.z", "iommufd": "iommufd0"}))
case(P, "vfio-pci host absent", args("device_add", {"driver": "vfio-pci", "id": "d", "host": "0000:99:00.0", "iommufd": "iommufd0"}))
case(P, "vfio-pci unknown iommufd", args("device_add", {"driver": "vfio-pci", "id": "d", "host": GPU, "iommufd": "nope"}))
case(P, "vfio-pci iommufd names a memory backend", args("device_add", {"driver": "vfio-pci", "id": "d", "host": GPU, "iommufd": "ram0"}))
case(P, "vfio-pci id taken", args("device_add", {"driver": "vfio-pci", "id": "nic0", "host": GPU, "iommufd": "iommufd0"}))
case(P, "vfio-pci host already assigned", args("device_add", {"driver": "vfio-pci", "id": "d", "host": NIC, "iommufd": "iommufd0"}))
case(P, "vfio-pci id as a number", args("device_add", {"driver": "vfio-pci", "id": 7, "host": GPU, "iommufd": "iommufd0"}))
case(P, "device_del unknown id", cmd("device_del", id="nope"))
case(P, "device_del id is a number", cmd("device_del", id=1))
case(P, "ioas-alloc unknown iommufd", cmd("iommufd-ioas-alloc", iommufd="nope"))
case(P, "ioas-map unknown IOAS", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=9999, memdev="ram0", size=4096))
case(P, "ioas-map IOAS id negative", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=-1, memdev="ram0", size=4096))
case(P, "ioas-map IOAS id beyond 32 bits", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=1 << 32, memdev="ram0", size=4096))
case(P, "ioas-map size zero", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=1, memdev="ram0", size=0, iova=64 * MIB))
case(P, "ioas-map into a VFIO container's IOAS", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=3, memdev="ram0", size=4096, iova=0x1001))
case(P, "ioas-map wraps the address space", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=1, memdev="ram0", size=2 * MIB, iova=(1 << 64) - 4096))
case(P, "ioas-map beyond the backend", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=1, memdev="ram0", offset=2 * MIB, size=4096, iova=64 * MIB))
case(P, "ioas-map unknown memdev", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=1, memdev="nope", size=4096))
case(P, "ioas-map memdev names the iommufd", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=1, memdev="iommufd0", size=4096))
case(P, "ioas-map over a mapping", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=1, memdev="ram0", size=4096, iova=4 * MIB))
case(P, "ioas-unmap of nothing mapped", cmd("iommufd-ioas-unmap", iommufd="iommufd0", ioas_id=1, iova=128 * MIB, size=4096))
case(P, "ioas-unmap part of a mapping", cmd("iommufd-ioas-unmap", iommufd="iommufd0", ioas_id=1, iova=4 * MIB, size=4096))
case(P, "iommufd-destroy id 0", cmd("iommufd-destroy", iommufd="iommufd0", id=0))
case(P, "iommufd-destroy unknown id", cmd("iommufd-destroy", iommufd="iommufd0", id=9999))
case(P, "vfio-device-bind of an assigned device", cmd("vfio-device-bind", iommufd="iommufd0", host=NIC))
case(P, "vfio-device-attach unknown dev-id", cmd("vfio-device-attach", iommufd="iommufd0", dev_id=9999, pt_id=1))
case(P, "hwpt-alloc unknown dev-id", cmd("iommufd-hwpt-alloc", iommufd="iommufd0", dev_id=9999, pt_id=1))
case(P, "get-dirty-bitmap unknown HWPT", cmd("iommufd-hwpt-get-dirty-bitmap", iommufd="iommufd0", hwpt_id=9999, iova=0, size=4096))
case(P, "hwpt-invalidate unknown HWPT", cmd("iommufd-hwpt-invalidate", iommufd="iommufd0", hwpt_id=9999, vtd_s1=[]))
case(P, "allow-iovas ranges is a string", cmd("iommufd-ioas-allow-iovas", iommufd="iommufd0", ioas_id=1, ranges="x"))
case(P, "iommufd-option unknown option", cmd("iommufd-option", iommufd="iommufd0", option="bogus"))
case(P, "x-sim-dma-write unknown device", cmd("x-sim-dma-write", device="nope", iova=0, size=4))
case(P, "x-sim-dma-write to an unmapped IOVA", cmd("x-sim-dma-write", device=NIC, iova=512 * MIB, size=4))
case(P, "x-sim-dma-read 1 TiB", cmd("x-sim-dma-read", device=NIC, iova=0, size=1 << 40))
case(P, "x-sim-inject-fault unknown errno", cmd("x-sim-inject-fault", nth=1, errno="EFOO"))
case(P, "trace-event-set-state enable as a string", cmd("trace-event-set-state", name="*", enable="yes"))
case(P, "dirty-tracking-start unknown address space", cmd("dirty-tracking-start", address_space="nope"))
case(P, "remove-fd unknown fd set", cmd("remove-fd", fdset_id=99))
case(P, "add-fd fd set id negative", cmd("add-fd", fdset_id=-1), fds=1)
case(P, "getfd fdname starts with a digit", cmd("getfd", fdname="1abc"), fds=1)
case(P, "an id of every JSON type echoed", b'{"execute": "no-such", "id": {"a": [1, 2.5, null, true, "x"]}}')

# --- limits -----------------------------------------------------------------
L = "limits"
case(L, "object-add beyond --max-objects", args("object-add", {"qom-type": "iommufd", "id": "one-more"}), daemon="tight")
case(L, "getfd beyond --max-named-fds", cmd("getfd", fdname="second"), fds=1, daemon="tight")
case(L, "add-fd beyond --max-fdsets", cmd("add-fd"), fds=1, daemon="tight")
case(L, "add-fd beyond --max-fds-per-fdset", cmd("add-fd", fdset_id=0), fds=1, daemon="tight")
case(L, "ioas-alloc beyond --max-iommufd-objects", cmd("iommufd-ioas-alloc", iommufd="iommufd0"), daemon="tight")
case(L, "ioas-map beyond --max-mappings", cmd("iommufd-ioas-map", iommufd="iommufd0", ioas_id=1, memdev="ram0", size=4096, iova=64 * MIB), daemon="tight")
case(L, "a client beyond --max-clients", action="beyond_max_clients", daemon="tight")
case(L, "a 65 MiB string token", action="huge_token")
case(L, "two million tokens in one request", action="many_tokens")
case(L, "1,000 requests pipelined without reading", action="pipelined")
case(L, "20,000 large replies never read, then a hang-up", action="output_flood", daemon="tight")
case(L, "an id of 1 MiB echoed", action="big_id")

# --- descriptor abuse -------------------------------------------------------
D = "descriptor abuse"
case(D, "getfd without a descriptor", cmd("getfd", fdname="x"))
case(D, "add-fd without a descriptor", cmd("add-fd"))
case(D, "closefd of an unknown name", cmd("closefd", fdname="nope"))
case(D, "getfd with an empty name, then closefd of it", b'{"execute": "getfd", "arguments": {"fdname": ""}}{"execute": "closefd", "arguments": {"fdname": ""}}', fds=1)
case(D, "a descriptor on a command that takes none", dict(cmd("query-version"), id=1), fds=1)
case(D, "200 descriptors on one command", dict(cmd("query-version"), id=1), fds=200)
case(D, "descriptors on malformed JSON", b"}{", fds=3)
case(D, "descriptors then a hang-up without a command", b"", fds=5)
case(D, "descriptors on an incomplete request, then a hang-up", b'{"execute": "getfd"', fds=2)
case(D, "iommufd object naming an unknown descriptor", args("object-add", {"qom-type": "iommufd", "id": "x", "fd": "nope"}))
case(D, "memory backend from an unknown fd set", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": MIB, "mem-path": "/dev/fdset/99"}))
case(D, "memory backend from /dev/fdset/abc", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": MIB, "mem-path": "/dev/fdset/abc"}))
case(D, "dirty bitmap into an unknown descriptor", cmd("iommufd-hwpt-get-dirty-bitmap", iommufd="iommufd0", hwpt_id=9999, iova=0, size=4096, fd="nope"))
case(D, "descriptor passed over TCP is impossible: getfd over TCP", cmd("getfd", fdname="x"), daemon="tcp")
case(D, "a descriptor passed to a read-only listener", cmd("getfd", fdname="x"), fds=1, daemon="readonly")
case(D, "a command refused on a read-only listener", cmd("object-del", id="ram0"), daemon="readonly")

# --- path tricks -------------------------------------------------------------
T = "path tricks"
case(T, "qom-list of an empty path", cmd("qom-list", path=""))
case(T, "qom-list of //objects", cmd("qom-list", path="//objects"))
case(T, "qom-list through ..", cmd("qom-list", path="/objects/../objects"))
case(T, "qom-list of object/..", cmd("qom-list", path="/objects/iommufd0/.."))
case(T, "qom-list relative path", cmd("qom-list", path="objects"))
case(T, "qom-list path with NUL", cmd("qom-list", path="/objects/\u0000"))
case(T, "qom-get 4 KiB path", cmd("qom-get", path="/" + "a" * 4096, property="type"))
case(T, "mem-path names /etc/passwd (read, never written)", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "/etc/passwd"}))
case(T, "mem-path is a symlink to a small file", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "{tmp}/link"}))
case(T, "mem-path is /proc/self/mem", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "/proc/self/mem"}))
case(T, "mem-path is a FIFO (never blocks)", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "{tmp}/fifo"}))
case(T, "mem-path is a directory", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "{tmp}"}))
case(T, "mem-path is /dev/zero", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "/dev/zero"}))
case(T, "mem-path does not exist", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "{tmp}/none/x"}))
case(T, "mem-path with NUL", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "{tmp}/victim\u0000x"}))
case(T, "mem-path through ..", args("object-add", {"qom-type": "memory-backend-file", "id": "m", "size": 2 * MIB, "mem-path": "{tmp}/../../../../../../etc/passwd"}))
case(T, "sysfsdev is /etc/passwd", cmd("vfio-device-bind", iommufd="iommufd0", sysfsdev="/etc/passwd"))
case(T, "sysfsdev climbs out of /sys", cmd("vfio-device-bind", iommufd="iommufd0", sysfsdev="/sys/bus/pci/devices/../../../../etc"))
case(T, "sysfsdev relative, naming no device", cmd("vfio-device-bind", iommufd="iommufd0", sysfsdev="../../../etc/passwd"))
case(T, "host with a path", cmd("vfio-device-bind", iommufd="iommufd0", host="../../etc"))


def export(path, iommufd="iommufd1"):
    """device_add of the GPU exported over vfio-user at `path`."""
    return args("device_add", {"driver": "vfio-pci", "id": "d", "host": GPU, "iommufd": iommufd, "vfio-user": path})


case(T, "vfio-user socket over a regular file (kept)", export("{tmp}/victim"))
case(T, "vfio-user socket over the QMP socket (live)", export("{qmp}"))
case(T, "vfio-user socket path of 200 bytes", export("/tmp/" + "s" * 195))
case(T, "vfio-user socket in a missing directory", export("{tmp}/none/s"))
case(T, "vfio-user socket path empty", export(""))
case(T, "vfio-user export sharing an iommufd", export("{tmp}/s", iommufd="iommufd0"))
case(T, "closefd of a name that is a path", cmd("closefd", fdname="../../etc/passwd"))

# --- broken and slow clients -------------------------------------------------
B = "broken and slow clients"
case(B, "a request one byte at a time", action="byte_by_byte")
case(B, "a request split inside a UTF-8 sequence", action="split_utf8")
case(B, "a request then shutdown(SHUT_WR)", action="half_close")
case(B, "a request then a reset (SO_LINGER 0)", action="reset_after_request")
case(B, "half a request then a hang-up", action="hang_up_mid_request")
case(B, "a hang-up before reading the greeting", action="hang_up_at_greeting")
case(B, "a hang-up during a slow command", action="hang_up_during_lock")
case(B, "50 connections opened and closed", action="churn")
case(B, "a client that never sends anything", action="idle_client")
case(B, "a client that stops reading, then resumes", action="pause_reading")
case(B, "an out-of-band command overtakes a stuck one", action="oob_overtakes")
case(B, "1 MiB of every byte value, read while sent", action="garbage_stream")
