#!/usr/bin/env python3
"""make bench: every benchmark of issue 7 in one run.

Starts the servers side by side (the C floor, iommud on the simulated kernel,
QEMU 10.0 with -machine none), drives them with the C load generator
(bench/qmpload.c), runs the in-process benchmarks (iommud-bench, trace-demo,
jsonc_bench, json-bench), prints a table and writes bench/results/latest.json.

Only the orchestration is Python; every timed client is C or Swift. Ratios
are taken between numbers measured in the same round, so the load other
processes put on the machine cancels out as far as it can. The headline
comparison is repeated (--rounds) to show the spread.

    python3 bench/run.py --swift-bin .build-bench/release --c-bin .build-bench/c [--quick]
"""
import argparse
import datetime
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NCPU = os.cpu_count() or 1
CLK_TCK = os.sysconf("SC_CLK_TCK")

# The commands iommud and QEMU both have (issue 7), as qmpload templates.
QV = '{"execute": "query-version"}'
COMMANDS = [
    ("query-version", [QV]),
    ("query-commands", ['{"execute": "query-commands"}']),
    ("qom-list /objects", ['{"execute": "qom-list", "arguments": {"path": "/objects"}}']),
    ("query-qmp-schema", ['{"execute": "query-qmp-schema"}']),
    ("object-add+object-del iommufd", [
        '{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "bench%c_%n"}}',
        '{"execute": "object-del", "arguments": {"id": "bench%c_%n"}}',
    ]),
]
MAP_SETUP = [
    '{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "i0"}}',
    '{"execute": "object-add", "arguments": {"qom-type": "memory-backend-memfd", "id": "ram0", "size": 1048576}}',
    '{"execute": "iommufd-ioas-alloc", "arguments": {"iommufd": "i0"}}',
]
MAP_PAIR = [
    '{"execute": "iommufd-ioas-map", "arguments": {"iommufd": "i0", "ioas-id": 1, "memdev": "ram0", '
    '"offset": 0, "size": 4096, "iova": %k}}',
    '{"execute": "iommufd-ioas-unmap", "arguments": {"iommufd": "i0", "ioas-id": 1, "iova": %k, "size": 4096}}',
]

SIZES = {
    # name: (normal, quick)
    "rounds": (3, 1),
    "seq": (5000, 200),
    "pipe_seconds": (2.0, 0.2),
    "cmd_pipe_seconds": (1.0, 0.2),
    "warmup_seconds": (0.3, 0.05),
    "cmd_seq": (1000, 50),
    "schema_seq_iommud": (200, 5),
    "schema_seq_qemu": (20, 3),
    "map_seq": (3000, 100),
    "ioctl_pairs": (200000, 2000),
    "scale": (1000000, 10000),
    "startup": (10, 2),
    "hold": (1000, 50),
    "trace_disabled": (20000000, 100000),
    "trace_enabled": (200000, 2000),
    "bitmap_rounds": (15, 3),
    "bitmap_bytes_of_iova": (1 << 40, 1 << 34),
}


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---- machine load --------------------------------------------------------

def cpu_times():
    """(busy, total, stolen) jiffies of the whole machine. Stolen time (the
    hypervisor running other guests on our vCPUs) is not counted as busy: it
    is reported on its own, since it slows everything without showing up as
    another process."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]
    steal = fields[7]
    total = sum(fields[:8])
    return total - idle - steal, total, steal


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


def busy_share(seconds=1.0):
    b0, t0, _ = cpu_times()
    time.sleep(seconds)
    b1, t1, _ = cpu_times()
    return (b1 - b0) / max(1, t1 - t0)


def proc_cpu_seconds(pid):
    """CPU time of every thread of `pid`, from schedstat (ns resolution; the
    clock-tick counts in /proc/PID/stat are 10 ms coarse)."""
    total = 0
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0.0
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                total += int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            pass
    return total / 1e9


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


# ---- servers -------------------------------------------------------------

class Server:
    def __init__(self, name, argv, sockets, workdir):
        self.name, self.argv, self.sockets = name, argv, sockets
        self.logpath = os.path.join(workdir, name + ".log")
        self.proc = None
        self.cpu = 0.0

    def start(self):
        for s in self.sockets:
            if os.path.exists(s):
                os.unlink(s)
        self.log = open(self.logpath, "w")
        self.proc = subprocess.Popen(self.argv, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log)
        deadline = time.time() + 30
        for path in self.sockets:
            while True:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited: see {self.logpath}")
                try:
                    with socket.socket(socket.AF_UNIX) as s:
                        s.connect(path)
                        s.settimeout(10)
                        s.recv(4096)  # the greeting; then hang up
                    break
                except OSError:
                    if time.time() > deadline:
                        raise RuntimeError(f"{self.name} does not listen on {path}")
                    time.sleep(0.01)
        return self

    @property
    def pid(self):
        return self.proc.pid

    def pin(self, cpus):
        """Sets the CPU affinity of every thread of the server."""
        for tid in os.listdir(f"/proc/{self.pid}/task"):
            try:
                os.sched_setaffinity(int(tid), cpus)
            except OSError:
                pass  # a thread that just ended

    def stop(self):
        if self.proc is None:
            return
        self.cpu = proc_cpu_seconds(self.proc.pid)
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        self.proc = None
        for s in self.sockets:
            if os.path.exists(s):
                os.unlink(s)


# ---- runner --------------------------------------------------------------

class Bench:
    def __init__(self, args):
        self.args = args
        self.quick = args.quick
        self.swift = args.swift_bin
        self.c = args.c_bin
        self.qmpload = os.path.join(self.c, "qmpload")
        self.work = tempfile.mkdtemp(prefix="iommud-bench.")
        self.servers = []
        self.problems = []
        self.our_cpu = 0.0

    def size(self, name):
        normal, quick = SIZES[name]
        return quick if self.quick else normal

    def path(self, name):
        return os.path.join(self.work, name)

    def server(self, name, argv, sockets):
        srv = Server(name, argv, sockets, self.work).start()
        self.servers.append(srv)
        return srv

    def stop(self, srv):
        srv.stop()
        self.our_cpu += srv.cpu
        if srv in self.servers:
            self.servers.remove(srv)

    def run_json(self, argv, what, timeout=600, cpus=None, env=None):
        t = os.times()
        pre = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout,
                           preexec_fn=pre, env=env)
        t2 = os.times()
        self.our_cpu += (t2.children_user - t.children_user) + (t2.children_system - t.children_system)
        if p.returncode not in (0, 1):
            raise RuntimeError(f"{what} failed ({p.returncode}): {p.stderr.strip()}")
        line = p.stdout.strip().splitlines()[-1]
        out = json.loads(line)
        if out.get("errors"):
            self.problems.append(f"{what}: {out['errors']} error replies, first: {out.get('first_error')}")
        return out

    def load(self, server, label, templates, *mode, sockets=None, placement=None):
        """Runs qmpload; adds the server's CPU time per request (user+system,
        all threads, warm-up included): a cost that other load on the machine
        barely changes, unlike latency and throughput."""
        argv = [self.qmpload, "--label", label]
        for s in sockets or server.sockets[:1]:
            argv += ["--unix", s]
        for t in templates:
            argv += ["-e", t]
        client_cpus = None
        if placement:
            # Server (every thread) on CPU 0; the client on CPU 0 too ("same")
            # or on CPU 1 ("cross"): a wake-up on the same CPU is a context
            # switch, one across CPUs an inter-processor interrupt, and on
            # this VM the two differ by about 15 us per round trip.
            server.pin({0})
            client_cpus = {0} if placement == "same" else {1}
        cpu0, t0 = proc_cpu_seconds(server.pid), time.time()
        try:
            out = self.run_json(argv + list(mode), label, cpus=client_cpus)
        finally:
            if placement:
                server.pin(set(range(NCPU)))
        cpu, wall = proc_cpu_seconds(server.pid) - cpu0, time.time() - t0
        if out.get("replies_total"):
            out["server_cpu_us_per_request"] = cpu * 1e6 / out["replies_total"]
        out["server_cores_used"] = cpu / wall  # averaged over connect, warm-up and drain too
        return out

    def seq(self, server, label, templates, n, warmup=None, placement=None):
        warm = warmup if warmup is not None else max(1, min(200, n // 10))
        return self.load(server, label, templates, "--seq", str(n), "--warmup", str(warm), placement=placement)

    def pipe(self, server, label, templates, clients, window, seconds=None):
        seconds = seconds if seconds is not None else self.size("pipe_seconds")
        sockets = server.sockets[:clients] if server.name == "qemu" else None
        # --oob: QEMU queues in-band requests (up to 8) only with the oob
        # capability on; without it, it reads the next request only after
        # answering one, and pipelining could not help it at all.
        return self.load(server, label, templates, "--pipe", "--oob", "--clients", str(clients), "--window", str(window),
                         "--duration", str(seconds), "--warmup-time", str(self.size("warmup_seconds")),
                         sockets=sockets)

    def cleanup(self):
        for srv in list(self.servers):
            self.stop(srv)
        shutil.rmtree(self.work, ignore_errors=True)


def qemu_argv(sockets):
    argv = ["qemu-system-x86_64", "-machine", "none", "-nodefaults", "-display", "none"]
    for s in sockets:
        argv += ["-qmp", f"unix:{s},server=on,wait=off"]
    return argv


def median_range(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def run(b):
    a = b.args
    R = {"started": datetime.datetime.now().isoformat(timespec="seconds"), "quick": b.quick}
    log("measuring the machine's load before the run (1 s)...")
    R["machine"] = {
        "cpus": NCPU,
        "kernel": os.uname().release,
        "loadavg_start": loadavg(),
        "busy_share_before": busy_share(1.0),
        "qemu": subprocess.run(["qemu-system-x86_64", "--version"], stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]
        if shutil.which("qemu-system-x86_64") else None,
    }
    busy0, total0, steal0 = cpu_times()
    wall0 = time.time()

    # -- json-c alone -------------------------------------------------------
    log("json-c parse+serialise micro-benchmark...")
    R["jsonc"] = b.run_json([os.path.join(b.c, "jsonc_bench"), str(20000 if b.quick else 200000)], "jsonc_bench")
    log("iommud's JSON parser, the same messages...")
    R["json_parser"] = b.run_json([os.path.join(b.swift, "json-bench"), str(20000 if b.quick else 200000)], "json-bench")

    # -- the three servers, side by side -------------------------------------
    qemu_socks = [b.path(f"qemu{i}.sock") for i in range(8)]
    floor = b.server("floor", [os.path.join(b.c, "floor"), "--unix", b.path("floor.sock")], [b.path("floor.sock")])
    iommud = b.server("iommud", [os.path.join(b.swift, "iommud"), "--kernel", "sim", "--qmp",
                                 "unix:" + b.path("iommud.sock"), "--max-clients", "1100"], [b.path("iommud.sock")])
    have_qemu = shutil.which("qemu-system-x86_64") is not None and not a.no_qemu
    qemu = b.server("qemu", qemu_argv(qemu_socks), qemu_socks) if have_qemu else None
    if not have_qemu:
        b.problems.append("QEMU not run (qemu-system-x86_64 missing or --no-qemu)")
    trio = [s for s in (floor, iommud, qemu) if s]

    # Headline, repeated: sequential query-version, pipelined 1x8 and 2x8.
    rounds = []
    for r in range(b.size("rounds")):
        log(f"round {r + 1}/{b.size('rounds')}: query-version sequential and pipelined...")
        rd = {"loadavg": loadavg()}
        _, total0, steal0 = cpu_times()
        order = trio[r % len(trio):] + trio[:r % len(trio)]  # rotate who goes first
        for s in order:
            rd[s.name] = {
                "seq": b.seq(s, f"{s.name} seq", [QV], b.size("seq")),
                "seq_same_cpu": b.seq(s, f"{s.name} seq same CPU", [QV], b.size("seq"), placement="same"),
                "seq_cross_cpu": b.seq(s, f"{s.name} seq cross CPU", [QV], b.size("seq"), placement="cross"),
                "pipe_1x8": b.pipe(s, f"{s.name} pipe 1x8", [QV], 1, 8),
                "pipe_2x8": b.pipe(s, f"{s.name} pipe 2x8", [QV], 2, 8),
            }
        _, total1, steal1 = cpu_times()
        # The hypervisor's share of this round: rounds that differ here are
        # not comparable in absolute terms (their ratios still are, roughly).
        rd["stolen_share"] = (steal1 - steal0) / max(1, total1 - total0)
        rounds.append(rd)
    R["rounds"] = rounds

    def get(m, field):
        return m[field] if field in m else m["all"][field]

    def metric(server, key, field):
        return [get(rd[server][key], field) for rd in rounds if server in rd]

    def ratios(num, den, key, field):
        out = []
        for rd in rounds:
            if num in rd and den in rd:
                x, y = get(rd[num][key], field), get(rd[den][key], field)
                out.append(x / y if y else None)
        return median_range(out)

    head = {}
    for key, field in [("seq", "p50_us"), ("seq", "p90_us"), ("seq", "p99_us"), ("seq", "max_us"),
                       ("seq_same_cpu", "p50_us"), ("seq_cross_cpu", "p50_us"),
                       ("seq", "requests_per_s"), ("pipe_1x8", "requests_per_s"), ("pipe_2x8", "requests_per_s"),
                       ("seq", "server_cpu_us_per_request"), ("pipe_2x8", "server_cpu_us_per_request")]:
        name = f"{key}.{field}"
        head[name] = {s.name: median_range(metric(s.name, key, field)) for s in trio}
        head[name]["iommud/floor"] = ratios("iommud", "floor", key, field)
        if qemu:
            head[name]["iommud/qemu"] = ratios("iommud", "qemu", key, field)
            head[name]["qemu/floor"] = ratios("qemu", "floor", key, field)
    R["headline"] = head

    # Commands both have: sequential and pipelined (1 client x 8).
    log("commands both have, iommud and QEMU...")
    cmds = {}
    for name, templates in COMMANDS:
        entry = {}
        for s in [iommud] + ([qemu] if qemu else []):
            if name == "query-qmp-schema":
                n = b.size("schema_seq_qemu" if s is qemu else "schema_seq_iommud")
            else:
                n = b.size("cmd_seq")
            sq = b.seq(s, f"{s.name} {name}", templates, n, warmup=max(1, n // 20))
            pp = b.pipe(s, f"{s.name} {name} pipe 1x8", templates, 1, 8, b.size("cmd_pipe_seconds"))
            entry[s.name] = {"seq": sq, "pipe_1x8": pp}
        if qemu:
            i, q = entry["iommud"], entry["qemu"]
            entry["iommud/qemu"] = {
                "seq_p50": i["seq"]["all"]["p50_us"] / q["seq"]["all"]["p50_us"],
                "pipe_1x8_throughput": i["pipe_1x8"]["requests_per_s"] / q["pipe_1x8"]["requests_per_s"],
            }
        cmds[name] = entry
    R["commands"] = cmds

    # Scaling over clients and threads (QEMU: one client per -qmp monitor).
    log("pipelined scaling: clients x window, iommud --threads 1 vs default...")
    iommud1 = b.server("iommud-threads1", [os.path.join(b.swift, "iommud"), "--kernel", "sim", "--threads", "1",
                                           "--qmp", "unix:" + b.path("iommud1.sock")], [b.path("iommud1.sock")])
    scaling = {}
    for clients, window in [(1, 1), (4, 8), (8, 8)]:
        key = f"{clients}x{window}"
        scaling[key] = {}
        for s in trio + [iommud1]:
            scaling[key][s.name] = b.pipe(s, f"{s.name} pipe {key}", [QV], clients, window, b.size("cmd_pipe_seconds"))
    b.stop(iommud1)
    R["scaling"] = scaling

    # -- iommud's own work ----------------------------------------------------
    log("iommufd-ioas-map/unmap through QMP and in-process...")
    b.seq(iommud, "iommud map setup", MAP_SETUP, 1, warmup=0)
    # Unpinned (as deployed) and with server and client on one CPU, where a
    # round trip carries no cross-CPU wake-up; the floor beside each.
    qmp_map = b.seq(iommud, "iommud map+unmap", MAP_PAIR, b.size("map_seq"))
    floor_ref = b.seq(floor, "floor seq (map reference)", [QV], b.size("map_seq"))
    qmp_map_same = b.seq(iommud, "iommud map+unmap same CPU", MAP_PAIR, b.size("map_seq"), placement="same")
    floor_same = b.seq(floor, "floor seq same CPU (map reference)", [QV], b.size("map_seq"), placement="same")
    qmp_map_pipe = b.pipe(iommud, "iommud map+unmap pipe 2x8", MAP_PAIR, 2, 8, b.size("cmd_pipe_seconds"))
    ioctl = b.run_json([os.path.join(b.swift, "iommud-bench"), "ioctl", str(b.size("ioctl_pairs"))],
                       "iommud-bench ioctl", cpus={0})
    in_map = ioctl["map"]["p50_ns"] / 1000
    in_unmap = ioctl["unmap"]["p50_ns"] / 1000
    m = {"qmp": qmp_map, "qmp_same_cpu": qmp_map_same, "qmp_pipe_2x8": qmp_map_pipe,
         "floor": floor_ref, "floor_same_cpu": floor_same, "in_process": ioctl}
    for i, op, inproc in ((0, "map", in_map), (1, "unmap", in_unmap)):
        m[f"{op}_rpc_overhead_us"] = qmp_map["per_template"][i]["p50_us"] - inproc
        m[f"{op}_rpc_overhead_same_cpu_us"] = qmp_map_same["per_template"][i]["p50_us"] - inproc
        m[f"{op}_overhead_beyond_floor_us"] = (qmp_map_same["per_template"][i]["p50_us"] - inproc
                                              - floor_same["all"]["p50_us"])
    R["mapping"] = m

    # Many clients: RSS with N negotiated connections.
    log(f"RSS with {b.size('hold')} clients...")
    idle = rss_kib(iommud.pid)
    holder = subprocess.Popen([b.qmpload, "--unix", iommud.sockets[0], "--hold", str(b.size("hold")), "--label", "hold"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    held = json.loads(holder.stdout.readline())
    time.sleep(0.2)
    with_clients = rss_kib(iommud.pid)
    holder.stdin.close()
    holder.wait()
    R["clients_rss"] = {"clients": b.size("hold"), "rss_before_kib": idle, "rss_with_clients_kib": with_clients,
                        "per_client_bytes": (with_clients - idle) * 1024 / b.size("hold"), "hold": held}

    for s in list(b.servers):
        b.stop(s)
    R["server_cpu_seconds"] = {s.name: s.cpu for s in trio}

    # Start-up to greeting and idle RSS (one at a time, nothing else running).
    log("start-up to greeting and idle RSS...")
    st = {}
    sock = b.path("startup.sock")
    st["iommud"] = b.run_json([b.qmpload, "--unix", sock, "--label", "iommud startup", "--startup", str(b.size("startup")),
                               "--", os.path.join(b.swift, "iommud"), "--kernel", "sim", "--qmp", "unix:" + sock], "startup iommud")
    if have_qemu:
        st["qemu"] = b.run_json([b.qmpload, "--unix", sock, "--label", "qemu startup", "--startup", str(b.size("startup")),
                                 "--"] + qemu_argv([sock]), "startup qemu")
    st["floor"] = b.run_json([b.qmpload, "--unix", sock, "--label", "floor startup", "--startup", str(b.size("startup")),
                              "--", os.path.join(b.c, "floor"), "--unix", sock], "startup floor")
    # The same daemon without liblttng-ust's start-up walk over every loaded
    # object's ELF file (base-address state dump; the profile's finding).
    st["iommud_no_baddr_statedump"] = b.run_json(
        [b.qmpload, "--unix", sock, "--label", "iommud startup, LTTNG_UST_WITHOUT_BADDR_STATEDUMP=1", "--startup",
         str(b.size("startup")), "--", os.path.join(b.swift, "iommud"), "--kernel", "sim", "--qmp", "unix:" + sock],
        "startup iommud (no baddr statedump)", env=dict(os.environ, LTTNG_UST_WITHOUT_BADDR_STATEDUMP="1"))
    R["startup"] = st

    # Simulated kernel at scale.
    log(f"simulated kernel: {b.size('scale')} mappings in one IOAS...")
    R["scale"] = b.run_json([os.path.join(b.swift, "iommud-bench"), "scale", str(b.size("scale"))], "iommud-bench scale")

    # Tracepoints.
    log("tracepoints: disabled, then enabled in a private lttng session...")
    R["tracing"] = tracing(b)

    # Dirty bitmap: 1 TiB of IOVA at 4 KiB pages into a passed memfd, end to end.
    log(f"dirty bitmap: {b.size('bitmap_bytes_of_iova') >> 30} GiB at 4 KiB through QMP into a passed memfd...")
    sock = b.path("bitmap.sock")
    bm = b.server("iommud-bitmap", [os.path.join(b.swift, "iommud"), "--kernel", "sim", "--qmp", "unix:" + sock], [sock])
    R["dirty_bitmap"] = b.run_json([os.path.join(b.c, "bitmapbench"), "--unix", sock, "--rounds",
                                    str(b.size("bitmap_rounds")), "--size", str(b.size("bitmap_bytes_of_iova"))],
                                   "bitmapbench")
    b.stop(bm)

    busy1, total1, steal1 = cpu_times()
    wall = time.time() - wall0
    machine_busy = (busy1 - busy0) / CLK_TCK
    R["machine"].update({
        "loadavg_end": loadavg(),
        "wall_seconds": wall,
        "busy_cpu_seconds": machine_busy,
        "our_cpu_seconds": b.our_cpu,
        "others_share": max(0.0, (machine_busy - b.our_cpu) / (wall * NCPU)),
        "busy_share_during": machine_busy / (wall * NCPU),
        "stolen_share_during": (steal1 - steal0) / CLK_TCK / (wall * NCPU),
    })
    R["targets"] = targets(R)
    R["problems"] = b.problems
    return R


def parse_trace_demo(text):
    out = {}
    for line in text.splitlines():
        m = re.match(r"(.+?): ([0-9.]+) ns/call", line)
        if m:
            out[m.group(1)] = float(m.group(2))
    return out


def tracing(b):
    demo = os.path.join(b.swift, "trace-demo")
    res = {}
    n = b.size("trace_disabled")
    env = dict(os.environ)
    # Three runs; the least is the cost (other load on the machine only adds).
    runs = [parse_trace_demo(subprocess.run([demo, "--bench", str(n)], stdout=subprocess.PIPE, text=True,
                                            env=env).stdout) for _ in range(3)]
    res["disabled"] = {"iterations": n, "ns_per_call": {k: min(r[k] for r in runs) for k in runs[0]}, "runs": runs}
    n = b.size("trace_enabled")
    out = b.path("trace")
    script = os.path.join(ROOT, "tracing", "lttng-private-session.sh")
    p = subprocess.run([script, out, demo, "--bench", str(n)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode == 77:
        res["enabled"] = {"status": "skipped", "reason": p.stderr.strip()}
        b.problems.append("tracing: no private lttng session daemon: " + p.stderr.strip())
        return res
    if p.returncode != 0:
        raise RuntimeError(f"traced trace-demo failed: {p.stderr}")
    enabled = {"iterations": n, "ns_per_call": parse_trace_demo(p.stdout), "expected_events": 3 * n}
    c = subprocess.run(["babeltrace2", out, "-c", "sink.utils.counter"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    last = {}
    for line in c.stdout.splitlines():
        m = re.match(r"\s*(\d+) (.+)$", line)
        if m:
            last[m.group(2)] = int(m.group(1))
    enabled["recorded_events"] = last.get("Event messages")
    enabled["discarded_event_messages"] = last.get("Discarded event messages")
    enabled["lost_events"] = 3 * n - (last.get("Event messages") or 0)
    res["enabled"] = enabled
    shutil.rmtree(out, ignore_errors=True)
    return res


# ---- targets and the table ----------------------------------------------------

def targets(R):
    h = R["headline"]
    t = []

    def add(name, value, goal, ok, note=""):
        t.append({"target": name, "value": value, "goal": goal, "met": ok, "note": note})

    r = h["seq.p50_us"].get("iommud/floor")
    if r:
        add("query-version p50 vs C floor", r["median"], "<= 1.3x", r["median"] <= 1.3)
    r = h["pipe_2x8.requests_per_s"].get("iommud/floor")
    if r:
        add("pipelined throughput vs C floor (2 clients x 8)", r["median"], ">= 0.40", r["median"] >= 0.40)
    sc = R["scaling"]["8x8"]
    gain = sc["iommud"]["requests_per_s"] / sc["iommud-threads1"]["requests_per_s"]
    add("scaling over both cores (8x8: 2 threads / 1 thread)", gain, "> 1 (ideally ~2)", gain > 1.15)
    m = R["mapping"]
    add("ioas-map overhead beyond the floor's round trip (p50, same CPU)", m["map_overhead_beyond_floor_us"],
        "<= 10 us", m["map_overhead_beyond_floor_us"] <= 10,
        f"QMP round trip minus in-process call: {m['map_rpc_overhead_us']:.1f} us unpinned, "
        f"{m['map_rpc_overhead_same_cpu_us']:.1f} us same CPU, of which the floor is "
        f"{m['floor_same_cpu']['all']['p50_us']:.1f} us")
    ops = R["mapping"]["in_process"]["ops_per_s"]
    add("sim map+unmap in-process (1 mapping)", ops, ">= 1,000,000 ops/s", ops >= 1e6)
    s = R["scale"]
    scale_ops = 2 / (1 / s["map_per_s"] + 1 / s["unmap_per_s"])
    add(f"sim map+unmap at {s['mappings']} mappings", scale_ops, ">= 1,000,000 ops/s", scale_ops >= 1e6)
    add(f"bytes per mapping (resident, {s['mappings']} mappings)", s["bytes_per_mapping"], "<= 128",
        s["bytes_per_mapping"] <= 128)
    bm = R["dirty_bitmap"]
    add(f"dirty bitmap {bm['size'] >> 30} GiB @ 4 KiB into a passed memfd (p50, end to end)", bm["p50_us"] / 1000,
        "<= 50 ms (1 TiB)", bm["p50_us"] <= 50000,
        f"{bm['bitmap_bytes'] / 2**20:.1f} MiB bitmap, {bm['dirty_pages']} dirty pages, getfd + query round trips")
    d = R["tracing"]["disabled"]["ns_per_call"]
    if d:
        worst = max(d.values())
        add("disabled tracepoint", worst, "<= 1 ns", worst <= 1)
    e = R["tracing"].get("enabled", {})
    if "ns_per_call" in e:
        v = e["ns_per_call"].get("map_dma (7 args)")
        add("enabled tracepoint (map_dma, 7 args)", v, "<= 300 ns", v is not None and v <= 300)
        add("events lost in the benchmark's channel", e["lost_events"], "0", e["lost_events"] == 0)
    st = R["startup"]["iommud"]
    add("start-up to greeting (p50)", st["to_greeting"]["p50_us"] / 1000, "<= 20 ms", st["to_greeting"]["p50_us"] <= 20000)
    add("idle RSS", st["idle_rss_kib"]["median"] / 1024, "<= 20 MB", st["idle_rss_kib"]["median"] <= 20 * 1024)
    return t


def fmt(v, unit=""):
    if v is None:
        return "—"
    if isinstance(v, dict):
        if v["n"] > 1 and v["min"] != v["max"]:
            return f"{fmt(v['median'], unit)} [{fmt(v['min'])}–{fmt(v['max'])}]"
        return fmt(v["median"], unit)
    if abs(v) >= 100000:
        s = f"{v / 1000:,.0f}k"
    elif abs(v) >= 100:
        s = f"{v:,.0f}"
    elif abs(v) >= 10:
        s = f"{v:.1f}"
    else:
        s = f"{v:.2f}"
    return s + unit


def table(R):
    L = []
    m = R["machine"]
    L.append(f"iommud benchmarks — {R['started']}{' (quick)' if R['quick'] else ''}")
    L.append(f"machine: {m['cpus']} CPUs, kernel {m['kernel']}, {m.get('qemu') or 'no QEMU'}")
    L.append(f"load: loadavg {m['loadavg_start'][0]:.2f} at start, {m['loadavg_end'][0]:.2f} at end; "
             f"{m['busy_share_before'] * 100:.0f}% of the CPUs busy before the run; during it "
             f"{m['busy_share_during'] * 100:.0f}% busy, {m['others_share'] * 100:.0f}% by other processes, "
             f"{m.get('stolen_share_during', 0) * 100:.0f}% stolen by the hypervisor; "
             f"{m['wall_seconds']:.0f} s")
    L.append("")
    rounds = len(R["rounds"])
    L.append(f"QMP query-version, same run (median [min–max] over {rounds} round{'s' if rounds > 1 else ''})")
    hdr = f"{'':28} {'C floor':>22} {'iommud':>22} {'QEMU 10.0':>22} {'iommud/floor':>20} {'iommud/QEMU':>20}"
    L.append(hdr)
    h = R["headline"]
    for key, label in [("seq.p50_us", "sequential p50 (us)"), ("seq.p90_us", "sequential p90 (us)"),
                       ("seq.p99_us", "sequential p99 (us)"), ("seq.max_us", "sequential max (us)"),
                       ("seq_same_cpu.p50_us", "seq p50, same CPU (us)"),
                       ("seq_cross_cpu.p50_us", "seq p50, across CPUs (us)"),
                       ("seq.requests_per_s", "sequential req/s"),
                       ("pipe_1x8.requests_per_s", "pipelined 1x8 req/s"),
                       ("pipe_2x8.requests_per_s", "pipelined 2x8 req/s"),
                       ("seq.server_cpu_us_per_request", "server CPU/request seq (us)"),
                       ("pipe_2x8.server_cpu_us_per_request", "server CPU/request 2x8 (us)")]:
        row = h[key]
        L.append(f"{label:28} {fmt(row.get('floor')):>22} {fmt(row.get('iommud')):>22} {fmt(row.get('qemu')):>22} "
                 f"{fmt(row.get('iommud/floor')):>20} {fmt(row.get('iommud/qemu')):>20}")
    stolen = [rd.get("stolen_share") for rd in R["rounds"]]
    if all(x is not None for x in stolen):
        L.append("stolen by the hypervisor, per round: " + ", ".join(f"{x * 100:.0f}%" for x in stolen))
    L.append("")
    L.append("Commands both have: sequential p50 (us) and pipelined 1 client x 8 (req/s)")
    L.append(f"{'':32} {'iommud p50':>11} {'QEMU p50':>10} {'ratio':>7} {'iommud/s':>10} {'QEMU/s':>9} {'ratio':>7}")
    for name, e in R["commands"].items():
        i = e["iommud"]
        q = e.get("qemu")
        L.append(f"{name:32} {fmt(i['seq']['all']['p50_us']):>11} {fmt(q['seq']['all']['p50_us']) if q else '—':>10} "
                 f"{fmt(e['iommud/qemu']['seq_p50']) if q else '—':>7} {fmt(i['pipe_1x8']['requests_per_s']):>10} "
                 f"{fmt(q['pipe_1x8']['requests_per_s']) if q else '—':>9} "
                 f"{fmt(e['iommud/qemu']['pipe_1x8_throughput']) if q else '—':>7}")
    L.append("")
    L.append("Pipelined query-version, clients x in flight each (req/s; QEMU: one -qmp monitor per client)")
    L.append(f"{'':8} {'floor':>10} {'iommud':>10} {'iommud -t1':>11} {'QEMU':>9} {'iommud/floor':>13}"
             f" {'iommud cores':>13} {'-t1 cores':>10} {'iommud CPU/req':>15}")
    for key, row in R["scaling"].items():
        i = row["iommud"]
        L.append(f"{key:8} {fmt(row['floor']['requests_per_s']):>10} {fmt(i['requests_per_s']):>10} "
                 f"{fmt(row['iommud-threads1']['requests_per_s']):>11} "
                 f"{fmt(row['qemu']['requests_per_s']) if 'qemu' in row else '—':>9} "
                 f"{fmt(i['requests_per_s'] / row['floor']['requests_per_s']):>13}"
                 f" {fmt(i['server_cores_used']):>13} {fmt(row['iommud-threads1']['server_cores_used']):>10}"
                 f" {fmt(i.get('server_cpu_us_per_request'), ' us'):>15}")
    L.append("")
    mp = R["mapping"]
    L.append("iommufd-ioas-map/unmap of 4 KiB (simulated kernel)")
    L.append(f"  through QMP, sequential p50: map {fmt(mp['qmp']['per_template'][0]['p50_us'])} us, "
             f"unmap {fmt(mp['qmp']['per_template'][1]['p50_us'])} us (same CPU: "
             f"{fmt(mp['qmp_same_cpu']['per_template'][0]['p50_us'])} / "
             f"{fmt(mp['qmp_same_cpu']['per_template'][1]['p50_us'])} us); pipelined 2x8: "
             f"{fmt(mp['qmp_pipe_2x8']['requests_per_s'])} req/s")
    L.append(f"  in-process typed ioctl p50: map {fmt(mp['in_process']['map']['p50_ns'] / 1000)} us, "
             f"unmap {fmt(mp['in_process']['unmap']['p50_ns'] / 1000)} us "
             f"({fmt(mp['in_process']['ops_per_s'])} ops/s)")
    L.append(f"  QMP minus in-process: map {fmt(mp['map_rpc_overhead_us'])} us, unmap {fmt(mp['unmap_rpc_overhead_us'])} us"
             f" (same CPU: {fmt(mp['map_rpc_overhead_same_cpu_us'])} / {fmt(mp['unmap_rpc_overhead_same_cpu_us'])} us);"
             f" minus also the floor's same-CPU round trip ({fmt(mp['floor_same_cpu']['all']['p50_us'])} us): "
             f"map {fmt(mp['map_overhead_beyond_floor_us'])} us, unmap {fmt(mp['unmap_overhead_beyond_floor_us'])} us")
    s = R["scale"]
    L.append(f"simulated kernel, {s['mappings']:,} mappings in one IOAS: map {fmt(s['map_per_s'])}/s, "
             f"lookup {fmt(s['lookup_per_s'])}/s, unmap {fmt(s['unmap_per_s'])}/s; "
             f"{s['bytes_per_mapping']:.0f} B resident per mapping")
    st = R["startup"]

    def startup(name):
        g = st[name]["to_greeting"]
        return f"{fmt(g['p50_us'] / 1000)} [{fmt(g.get('min_us', g['p50_us']) / 1000)}–{fmt(g['max_us'] / 1000)}] ms"
    line = f"start-up to greeting p50 [min–max]: iommud {startup('iommud')}"
    if "iommud_no_baddr_statedump" in st:
        line += f" (with LTTNG_UST_WITHOUT_BADDR_STATEDUMP=1: {startup('iommud_no_baddr_statedump')})"
    if "qemu" in st:
        line += f", QEMU {startup('qemu')}"
    line += f", floor {startup('floor')}"
    L.append(line)
    line = f"idle RSS: iommud {st['iommud']['idle_rss_kib']['median'] / 1024:.1f} MB"
    if "qemu" in st:
        line += f", QEMU {st['qemu']['idle_rss_kib']['median'] / 1024:.1f} MB"
    cr = R["clients_rss"]
    line += (f"; iommud with {cr['clients']} clients: {cr['rss_with_clients_kib'] / 1024:.1f} MB "
             f"({cr['per_client_bytes'] / 1024:.1f} KiB per client)")
    L.append(line)
    tr = R["tracing"]
    d = tr["disabled"]["ns_per_call"]
    L.append("tracepoints disabled (ns/call, least of 3 runs): " + ", ".join(f"{k} {v:.2f}" for k, v in d.items()))
    e = tr.get("enabled", {})
    if "ns_per_call" in e:
        L.append("tracepoints enabled, private lttng session (ns/call): "
                 + ", ".join(f"{k} {v:.0f}" for k, v in e["ns_per_call"].items())
                 + f"; events {e['recorded_events']:,} of {e['expected_events']:,} recorded, {e['lost_events']} lost")
    j = R["jsonc"]["messages"]
    L.append("json-c alone (ns/message, parse / parse+serialise): "
             + "; ".join(f"{x['message']} {x['parse_ns']:.0f} / {x['parse_serialise_ns']:.0f}" for x in j))
    j = R["json_parser"]["messages"]
    L.append("iommud's parser (ns/message, parse / parse+serialise with JSONWriter): "
             + "; ".join(f"{x['message']} {x['parse_ns']:.0f} / {x['parse_serialise_ns']:.0f}" for x in j))
    bm = R["dirty_bitmap"]
    L.append(f"dirty bitmap, {bm['size'] >> 30} GiB of IOVA @ 4 KiB into a passed memfd ({bm['bitmap_bytes'] / 2**20:.1f} MiB, "
             f"{bm['dirty_pages']} dirty pages), getfd + query end to end: p50 {bm['p50_us'] / 1000:.1f} ms, "
             f"min {bm['min_us'] / 1000:.1f} ms, max {bm['max_us'] / 1000:.1f} ms")
    L.append("")
    L.append("Targets (issue 7)")
    for t in R["targets"]:
        status = {True: "met", False: "NOT met", None: "—"}[t["met"]]
        v = "—" if t["value"] is None else fmt(t["value"])
        L.append(f"  {t['target']:52} {v:>12}  goal {t['goal']:20} {status}{'  (' + t['note'] + ')' if t['note'] else ''}")
    if R["problems"]:
        L.append("")
        L.append("Problems:")
        for p in R["problems"]:
            L.append("  " + p)
    return "\n".join(L)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--swift-bin", default=os.path.join(ROOT, ".build-bench/release"))
    ap.add_argument("--c-bin", default=os.path.join(ROOT, ".build-bench/c"))
    ap.add_argument("--quick", action="store_true", help="tiny sizes (checks that everything runs)")
    ap.add_argument("--rounds", type=int, help="repeat the headline comparison this many times")
    ap.add_argument("--no-qemu", action="store_true")
    ap.add_argument("--output", default=os.path.join(ROOT, "bench/results/latest.json"))
    args = ap.parse_args()
    if args.rounds:
        SIZES["rounds"] = (args.rounds, args.rounds)
    os.environ.setdefault("LTTNG_UST_REGISTER_TIMEOUT", "200")
    b = Bench(args)
    try:
        R = run(b)
    finally:
        b.cleanup()
    text = table(R)
    R["table"] = text
    os.makedirs(os.path.dirname(args.output), exist_ok=True)
    with open(args.output, "w") as f:
        json.dump(R, f, indent=1)
    print(text)
    print(f"\nwritten: {os.path.relpath(args.output)}")


if __name__ == "__main__":
    main()
