#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora (fuzz/corpus/<target>/) from the
tree: the schema's QMP examples, the schema files and the test schemas, the
trace-events files and their test fixtures, the topology example, and
hand-built vfio-user messages and ioctl structs. Run from the top of the tree;
it replaces fuzz/corpus. The files are small (seeds, not a minimised corpus)."""

import glob
import hashlib
import json
import os
import re
import shutil
import struct

OUT = "fuzz/corpus"
MAX_FILE = 8192


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > MAX_FILE:
        return
    d = os.path.join(OUT, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)


def qmp_examples():
    """Each qmp-example of the schema: the requests it sends, as JSON text."""
    examples = []
    for path in sorted(glob.glob("schema/*.json")):
        text = open(path).read()
        for block in re.split(r"#\s*\.\. qmp-example::", text)[1:]:
            requests, current = [], None
            for line in block.splitlines()[1:]:
                m = re.match(r"#\s*(->|<-)\s*(.*)", line)
                if m:
                    if current is not None:
                        requests.append(current)
                    current = m.group(2) if m.group(1) == "->" else None
                elif current is not None and re.match(r"#\s+\S", line):
                    current += " " + line.lstrip("#").strip()
                elif not line.startswith("#") or line.strip() == "##":
                    break
            if current is not None:
                requests.append(current)
            good = []
            for r in requests:
                try:
                    json.loads(r)
                    good.append(r)
                except ValueError:
                    pass
            if good:
                examples.append(good)
    return examples


def json_seeds(examples):
    for requests in examples:
        for r in requests:
            put("json", b"\x3f" + r.encode())  # all at once, QEMU's limits
    put("json", b"\x02" + open("docs/sim-topology.json", "rb").read())
    for text in [r"{'a': [1, -0, 0.5e-3, 1e400, 18446744073709551616, true, null], 'b\u00e9': 'x\'y'}",
                 '[[[[[[[[[[[[]]]]]]]]]]]]', '{"a": 1}{"b": 2}\x01{"c"', '"\\ud83d\\ude00"', "123 456 ",
                 '{"execute": "qmp_capabilities"}\r\n']:
        put("json", b"\x05" + text.encode())
        put("json", b"\x85" + text.encode())  # small limits


def qmp_session_seeds(examples):
    caps = '{"execute": "qmp_capabilities"}\n'
    setup = ('{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "iommufd0"}}\n'
             '{"execute": "object-add", "arguments": {"qom-type": "memory-backend-memfd", "id": "ram0", '
             '"size": 2097152, "share": true}}\n')
    for requests in examples:
        put("qmp-session", caps + "\n".join(requests) + "\n")
        put("qmp-session", caps + setup + "\n".join(requests) + "\n")
    put("qmp-session", '{"execute": "qmp_capabilities", "arguments": {"enable": ["oob"]}}\n'
                       '{"exec-oob": "x-oob-test", "arguments": {"lock": true}, "id": 1}\n'
                       '{"execute": "query-status", "id": 2}\n'
                       '{"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": 3}\n')
    put("qmp-session", caps + '{"execute": "query-qmp-schema"}\n{"execute": "query-commands"}\n')
    put("qmp-session", caps + '{"jsonrpc": "2.0", "method": "query-version", "id": 1}\n')


def text_seeds():
    for path in sorted(glob.glob("schema/*.json")) + sorted(glob.glob("Tests/Fixtures/qapi/good/*.json")) \
            + sorted(glob.glob("Tests/Fixtures/qapi/bad/*.json")):
        put("qapi-schema", open(path, "rb").read())
    events = open("tracing/trace-events").read().split("\n\n")
    for chunk in events:
        put("trace-events", chunk + "\n")
    for path in sorted(glob.glob("Tests/TracingTests/Fixtures/*/*.trace-events")) \
            + sorted(glob.glob("Tests/TracingTests/Fixtures/good/*/trace-events")):
        put("trace-events", open(path, "rb").read())
    topology = json.load(open("docs/sim-topology.json"))
    put("sim-topology", json.dumps(topology, indent=2))
    for iommu in topology.get("iommus", []):
        put("sim-topology", json.dumps({"iommus": [iommu], "devices": []}))
    for device in topology.get("devices", []):
        iommus = [i for i in topology.get("iommus", []) if i.get("name") == device.get("iommu")]
        put("sim-topology", json.dumps({"iommus": iommus, "devices": [device]}))


def vfio_user(msg_id, command, payload=b"", flags=0):
    return struct.pack("<HHIII", msg_id, command, 16 + len(payload), flags, 0) + payload


def vfio_user_seeds():
    caps = json.dumps({"capabilities": {"max_msg_fds": 8, "max_data_xfer_size": 1048576,
                                        "migration": {"pgsize": 4096}}}).encode() + b"\0"
    version = vfio_user(0, 1, struct.pack("<HH", 0, 1) + caps)
    requests = [
        vfio_user(1, 4, struct.pack("<IIII", 16, 0, 0, 0)),                           # DEVICE_GET_INFO
        vfio_user(2, 5, struct.pack("<IIIIQQ", 32, 0, 0, 0, 0, 0)),                   # GET_REGION_INFO
        vfio_user(3, 9, struct.pack("<QII", 0, 0, 4)),                                # REGION_READ
        vfio_user(4, 10, struct.pack("<QII", 4, 0, 4) + b"\x01\x02\x03\x04"),          # REGION_WRITE
        vfio_user(5, 7, struct.pack("<IIII", 16, 0, 2, 0)),                           # GET_IRQ_INFO
        vfio_user(6, 8, struct.pack("<IIIII", 20, 0x24, 2, 0, 1)),                    # SET_IRQS
        vfio_user(7, 13),                                                              # DEVICE_RESET
        vfio_user(8, 3, struct.pack("<IIQQ", 24, 0, 0x100000, 0x1000)),               # DMA_UNMAP
        vfio_user(9, 2, struct.pack("<IIQQQ", 32, 3, 0, 0x100000, 0x1000)),           # DMA_MAP (no fd)
        vfio_user(10, 16, struct.pack("<II", 8, (1 << 16) | 6) + struct.pack("<QQI", 4096, 0, 0)),  # DMA logging start
        vfio_user(11, 16, struct.pack("<II", 8, (1 << 17) | 8) + struct.pack("<QQQ", 0, 1 << 20, 4096)),  # report
        vfio_user(12, 16, struct.pack("<II", 8, (1 << 16) | 2) + struct.pack("<I", 2)),  # MIG_DEVICE_STATE SET
        vfio_user(13, 17, struct.pack("<IIQ", 16, 0, 64)),                            # MIG_DATA_READ
        vfio_user(14, 18, struct.pack("<IIQ", 16, 0, 4) + b"abcd"),                   # MIG_DATA_WRITE
    ]
    put("vfio-user", version)
    put("vfio-user", version + b"".join(requests))
    for r in requests:
        put("vfio-user", version + r)
        put("vfio-user", r)


def sim_ioctl_seeds():
    # (index in fuzz-sim-ioctl's table, struct bytes)
    seeds = [
        (0, struct.pack("<II", 8, 2)),                                          # DESTROY ioas 2
        (1, struct.pack("<III", 12, 0, 0)),                                     # IOAS_ALLOC
        (2, struct.pack("<IIIIQ", 24, 1, 1, 0, 8) + struct.pack("<QQ", 0, 1 << 40)),  # ALLOW_IOVAS
        (3, struct.pack("<IIIIQQQ", 40, 7, 2, 1, 0x100000, 4096, 0x200000)),    # IOAS_COPY
        (4, struct.pack("<IIIIQQ", 32, 1, 4, 0, 8, 0)),                          # IOVA_RANGES
        (5, struct.pack("<IIIIQQQ", 40, 7, 1, 0, 4096, 4096, 0x400000)),        # IOAS_MAP
        (6, struct.pack("<IIQQ", 24, 1, 0x100000, 4096)),                       # IOAS_UNMAP
        (7, struct.pack("<IIHHIQ", 24, 1, 1, 0, 0, 1)),                         # OPTION huge pages get
        (8, struct.pack("<IIHH", 12, 1, 0, 0)),                                 # VFIO_IOAS get
        (9, struct.pack("<IIIIIIIIQ", 40, 4, 1, 1, 0, 0, 0, 0, 0)),             # HWPT_ALLOC dirty tracking
        (10, struct.pack("<IIIIQIHHQ", 40, 0, 1, 64, 8, 0, 0, 0, 0)),           # GET_HW_INFO
        (11, struct.pack("<IIII", 16, 1, 3, 0)),                                # SET_DIRTY_TRACKING
        (12, struct.pack("<IIIIQQQQ", 48, 3, 0, 0, 0x100000, 4096, 4096, 8)),   # GET_DIRTY_BITMAP
        (13, struct.pack("<IIIIIIQ", 32, 3, 0, 0, 0, 0, 0)),                    # HWPT_INVALIDATE
        (14, struct.pack("<IIII", 16, 0, 0, 0)),                                # FAULT_QUEUE_ALLOC
        (15, struct.pack("<IIiI", 16, 0, 0, 0)),                                # VFIO_DEVICE_BIND_IOMMUFD
        (16, struct.pack("<IIII", 16, 0, 2, 0)),                                # ATTACH_IOMMUFD_PT ioas 2
        (17, struct.pack("<IIII", 16, 0, 0, 0)),                                # DETACH_IOMMUFD_PT
        (18, struct.pack("<IIIIIIQ", 32, 0, 0, 0, 0, 0, 0)),                    # GET_INFO
        (19, struct.pack("<IIIIQQ", 32, 0, 0, 0, 0, 0)),                        # GET_REGION_INFO BAR0
        (20, struct.pack("<IIII", 16, 0, 2, 0)),                                # GET_IRQ_INFO MSI
        (21, struct.pack("<IIIIIi", 24, 0x24, 2, 0, 1, -1)),                    # SET_IRQS MSI trigger, no eventfd
        (22, b""),                                                               # RESET
    ]
    for index, data in seeds:
        put("sim-ioctl", bytes([index]) + data)
        put("sim-ioctl", bytes([index]) + data + bytes(range(64)))


def dictionaries():
    """fuzz/dict/<target>.dict: the words of each input language."""
    os.makedirs("fuzz/dict", exist_ok=True)
    schema = "".join(open(p).read() for p in sorted(glob.glob("schema/*.json")))
    names = sorted(set(re.findall(r"'\*?([a-z][a-z0-9_-]*)'\s*:", schema))
                   | set(re.findall(r"'(?:command|struct|enum|union|alternate|event)'\s*:\s*'([A-Za-z0-9_-]+)'", schema)))
    json_words = ['{', '}', '[', ']', ':', ',', 'true', 'false', 'null', '"\\u0000"', '"\\ud800"', "'", '1e400',
                  '-0', '18446744073709551616', '\\x01']
    qmp_words = ['"execute"', '"exec-oob"', '"arguments"', '"id"', '"qmp_capabilities"', '"enable"', '"oob"',
                 '"jsonrpc"', '"method"', '"params"'] + [f'"{n}"' for n in names]
    with open("fuzz/dict/json.dict", "w") as f:
        f.writelines(json.dumps(w) + "\n" for w in json_words)
    with open("fuzz/dict/qmp-session.dict", "w") as f:
        f.writelines(json.dumps(w) + "\n" for w in json_words + qmp_words)
    qapi_words = ["'struct'", "'union'", "'enum'", "'alternate'", "'command'", "'event'", "'include'", "'pragma'",
                  "'data'", "'base'", "'discriminator'", "'if'", "'features'", "'returns'", "'boxed'",
                  "'allow-oob'", "'prefix'", "'all'", "'any'", "'not'", "'deprecated'", "'unstable'", "##",
                  "# @", "Returns:", "Errors:", "Since:", ".. qmp-example::", "'inc.json'", "'*"]
    with open("fuzz/dict/qapi-schema.dict", "w") as f:
        f.writelines(json.dumps(w) + "\n" for w in qapi_words)
    trace_words = ["disable", "vcpu", "(", ")", "\"%d\"", "\"%s\"", "\"0x%\" PRIx64", "PRIu32", "uint64_t", "int",
                   "const char *", "void *", "bool", "size_t", "#"]
    with open("fuzz/dict/trace-events.dict", "w") as f:
        f.writelines(json.dumps(w) + "\n" for w in trace_words)
    topology = json.load(open("docs/sim-topology.json"))
    keys = set()

    def walk(v):
        if isinstance(v, dict):
            for k, x in v.items():
                keys.add(k)
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    walk(topology)
    with open("fuzz/dict/sim-topology.dict", "w") as f:
        f.writelines(json.dumps(json.dumps(k)) + "\n" for k in sorted(keys) + ["vtd", "amd", "smmuv3", "4K", "2M", "1G"])


def main():
    dictionaries()
    shutil.rmtree(OUT, ignore_errors=True)
    examples = qmp_examples()
    json_seeds(examples)
    qmp_session_seeds(examples)
    text_seeds()
    vfio_user_seeds()
    sim_ioctl_seeds()
    for d in sorted(os.listdir(OUT)):
        print(f"{d}: {len(os.listdir(os.path.join(OUT, d)))} files")


if __name__ == "__main__":
    main()
