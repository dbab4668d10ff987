#!/usr/bin/env python3
"""Soak: many concurrent QMP clients against one iommud on the simulated
kernel, for a while, with events flowing (docs/reliability.md, Soak).

Starts the daemon itself (`--kernel sim`, `--max-clients` and
`--max-objects` raised above what the clients need), then runs CLIENTS
asyncio clients for SECONDS. Each client connects over the Unix socket,
reads the greeting, negotiates, and loops: read-only queries whose answers
it checks against what it owns, a cycle of state-changing commands on
objects only it names (an iommufd object, an IOAS, a memory backend mapped
into it, unmapped, all deleted again), and now and then a malformed or
failing request whose error class it checks. One request is outstanding per
connection, so every reply must be the answer to that request: the right
id, exactly once. A few clients add and delete pc-dimm devices, whose
DEVICE_DELETED every client must receive; some clients close and reopen
their connection during the run.

The daemon's resident memory and descriptor count are sampled every second
and must stay bounded; after the run nothing the clients made may be left
and the descriptor count must return to its baseline. Writes a JSON summary
(--json) and prints a table; exits 1 on any violation, 2 on a usage or
setup error. Standard library only."""
import argparse
import asyncio
import json
import os
import random
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

MIB = 1024 * 1024
MEMFD_SIZE = 65536          # one memory backend a client maps
DIMM_SIZE = 65536           # one pc-dimm's backend
GREETING_TIMEOUT = 30       # seconds for a connection to be greeted
REPLY_TIMEOUT = 30          # seconds for one reply (the run fails after it)
EVENT_GRACE = 5             # seconds for the last events to arrive
FD_RETURN_TIMEOUT = 10      # seconds for the daemon's fds to return to baseline

# Read-only queries and their weights in the mix. qom-list /objects and
# query-iommufd answer with every client's objects (about 100 KiB with 1,000
# clients), so they are rarer: at their weight they cost the driver, which
# parses them, about as much as everything else together.
QUERIES = [
    ("query-version", 30),
    ("query-status", 20),
    ("query-commands", 5),
    ("qom-list-objects", 1),
    ("query-iommufd", 1),
    ("query-vfio", 10),
    ("qom-list-peripheral", 10),
    ("query-qmp-schema", 1),
]

# Failing requests: (kind, expected error class, whether the reply has the id).
FAILURES = [
    ("object-del-missing", "GenericError", True),
    ("device-del-missing", "DeviceNotFound", True),
    ("unknown-command", "CommandNotFound", True),
    ("missing-argument", "GenericError", True),
    ("unexpected-member", "GenericError", True),
    ("parse-error", "GenericError", False),
    ("not-an-object", "GenericError", False),
]


async def open_unix(path, limit):
    """Connects to the Unix socket at `path`. A full listen backlog makes a
    non-blocking connect(2) on a Unix socket fail with EAGAIN, where TCP says
    EINPROGRESS; asyncio's open_unix_connection takes that for a connection
    in progress, reports success, and the first read fails with EINVAL. Here
    the EAGAIN surfaces as BlockingIOError, for the caller to retry."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.setblocking(False)
        sock.connect(path)
    except BaseException:
        sock.close()
        raise
    return await asyncio.open_unix_connection(sock=sock, limit=limit)


class Violation(Exception):
    """A reply, event or sample that breaks what the soak asserts."""


class Stats:
    """Counters shared by every client (one asyncio thread: no locks)."""

    def __init__(self):
        self.requests = 0
        self.replies = 0
        self.by_command = {}
        self.errors_expected = {}
        self.connects = 0
        self.reconnects = 0
        self.connect_retries = 0
        self.events_received = 0
        self.events_triggered = 0
        self.latencies = []
        self.violations = []
        self.violation_count = 0

    def violation(self, text):
        self.violation_count += 1
        if len(self.violations) < 50:
            self.violations.append(text)


class Connection:
    """One QMP connection: a reader task routes replies to the one pending
    request and records events."""

    def __init__(self, client, reader, writer):
        self.client = client
        self.reader = reader
        self.writer = writer
        self.pending = None          # (id or None, future)
        self.events = []
        self.reader_task = None

    async def start(self):
        line = await asyncio.wait_for(self.reader.readline(), GREETING_TIMEOUT)
        greeting = json.loads(line)
        if "QMP" not in greeting:
            raise Violation(f"{self.client.name}: greeting is {line!r}")
        self.reader_task = asyncio.create_task(self.read_loop())

    async def read_loop(self):
        stats = self.client.stats
        try:
            while True:
                line = await self.reader.readline()
                if not line:
                    break
                message = json.loads(line)
                if "event" in message:
                    self.events.append(message)
                    stats.events_received += 1
                    continue
                stats.replies += 1
                if self.pending is None:
                    stats.violation(f"{self.client.name}: reply with no request pending: {line[:200]!r}")
                    continue
                wanted, future = self.pending
                self.pending = None
                if message.get("id") != wanted:
                    stats.violation(f"{self.client.name}: reply for id {message.get('id')!r}, expected {wanted!r}")
                if not future.done():
                    future.set_result(message)
        except (ConnectionError, ValueError) as e:
            if self.pending is not None and not self.pending[1].done():
                self.pending[1].set_exception(e)
            return
        if self.pending is not None and not self.pending[1].done():
            self.pending[1].set_exception(ConnectionError("connection closed by iommud"))

    async def request(self, raw, wanted_id, command):
        """Sends the bytes `raw`, whose reply carries `wanted_id` (None: none),
        and returns the reply."""
        stats = self.client.stats
        future = asyncio.get_running_loop().create_future()
        self.pending = (wanted_id, future)
        stats.requests += 1
        stats.by_command[command] = stats.by_command.get(command, 0) + 1
        started = time.monotonic()
        self.writer.write(raw + b"\n")
        await self.writer.drain()
        try:
            reply = await asyncio.wait_for(future, REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            raise Violation(f"{self.client.name}: no reply to {command} ({wanted_id!r}) in {REPLY_TIMEOUT} s")
        stats.latencies.append(time.monotonic() - started)
        return reply

    async def close(self):
        self.writer.close()
        try:
            await self.writer.wait_closed()
        except ConnectionError:
            pass
        if self.reader_task:
            await self.reader_task


class Client:
    """One soak client: its own objects, its own ids."""

    def __init__(self, soak, number, triggers_events, reconnects):
        self.soak = soak
        self.stats = soak.stats
        self.number = number
        self.name = f"c{number}"
        self.triggers_events = triggers_events
        self.reconnects = reconnects
        self.random = random.Random(soak.seed * 100003 + number)
        self.sequence = 0
        self.generation = 0
        self.step = 0                # position in the object cycle
        self.owned = {}              # what the cycle holds now
        self.gone = set()            # object ids it deleted
        self.dimm = None             # (dimm id, backend id) while plugged
        self.dimm_generation = 0
        self.connection = None
        self.steady_events = []      # DEVICE_DELETED device ids, one connection
        self.next_trigger = 0.0

    # -- connection --------------------------------------------------------

    async def connect(self):
        for attempt in range(50):
            try:
                reader, writer = await open_unix(self.soak.socket, limit=16 * MIB)
                connection = Connection(self, reader, writer)
                await connection.start()
                break
            except (ConnectionError, BlockingIOError, FileNotFoundError, json.JSONDecodeError,
                    asyncio.IncompleteReadError) as e:
                self.stats.connect_retries += 1
                if attempt == 49:
                    raise Violation(f"{self.name}: cannot connect: {e}")
                await asyncio.sleep(0.05 * (attempt + 1))
        self.connection = connection
        self.stats.connects += 1
        reply = await self.execute("qmp_capabilities")
        self.expect_return(reply, "qmp_capabilities")

    async def reconnect(self):
        self.stats.reconnects += 1
        await self.connection.close()
        self.check_events(self.connection.events, complete=False)
        await self.connect()

    # -- requests ----------------------------------------------------------

    def next_id(self):
        self.sequence += 1
        return f"{self.name}.{self.sequence}"

    async def execute(self, command, arguments=None):
        wanted = self.next_id()
        message = {"execute": command, "id": wanted}
        if arguments is not None:
            message["arguments"] = arguments
        return await self.connection.request(json.dumps(message).encode(), wanted, command)

    def expect_return(self, reply, what):
        if "return" not in reply:
            raise Violation(f"{self.name}: {what} failed: {reply}")
        return reply["return"]

    def expect_error(self, reply, error_class, what):
        error = reply.get("error")
        if not isinstance(error, dict) or error.get("class") != error_class:
            raise Violation(f"{self.name}: {what} answered {reply}, expected a {error_class}")
        key = f"{what}: {error_class}"
        self.stats.errors_expected[key] = self.stats.errors_expected.get(key, 0) + 1

    # -- the mix -----------------------------------------------------------

    async def run(self, deadline):
        await self.connect()
        # Events start once every client listens, so each must see them all.
        self.soak.ready += 1
        if self.soak.ready == self.soak.args.clients:
            self.soak.all_ready.set()
        while time.monotonic() < deadline:
            roll = self.random.random()
            if (self.triggers_events and self.soak.all_ready.is_set()
                    and time.monotonic() >= self.next_trigger):
                await self.dimm_cycle()
                self.next_trigger = time.monotonic() + self.soak.trigger_interval * self.random.uniform(0.5, 1.5)
            elif roll < 0.55:
                await self.query(self.random.choices(
                    [q for q, _ in QUERIES], [w for _, w in QUERIES])[0])
            elif roll < 0.95:
                await self.cycle_step()
            else:
                await self.failure(self.random.choice(FAILURES))
            if self.reconnects and self.random.random() < self.soak.reconnect_probability:
                await self.reconnect()
        # Leave nothing behind: finish the cycle.
        while self.step != 0:
            await self.cycle_step()

    async def query(self, which):
        if which == "qom-list-objects":
            names = {p["name"] for p in self.expect_return(
                await self.execute("qom-list", {"path": "/objects"}), which)}
            for key in ("iommufd", "memdev"):
                if key in self.owned and self.owned[key] not in names:
                    raise Violation(f"{self.name}: qom-list /objects lacks its {self.owned[key]}")
            if self.dimm and self.dimm[1] not in names:
                raise Violation(f"{self.name}: qom-list /objects lacks its {self.dimm[1]}")
            left = self.gone & names
            if left:
                raise Violation(f"{self.name}: qom-list /objects still has {sorted(left)}, deleted")
        elif which == "qom-list-peripheral":
            names = {p["name"] for p in self.expect_return(
                await self.execute("qom-list", {"path": "/machine/peripheral"}), which)}
            if self.dimm and self.dimm[0] not in names:
                raise Violation(f"{self.name}: /machine/peripheral lacks its {self.dimm[0]}")
        elif which == "query-iommufd":
            objects = {o["id"]: o for o in self.expect_return(await self.execute(which), which)}
            self.check_iommufd(objects)
        elif which == "query-version":
            version = self.expect_return(await self.execute(which), which)
            if not isinstance(version.get("qemu", {}).get("major"), int) or "package" not in version:
                raise Violation(f"{self.name}: query-version returned {version}")
        elif which == "query-status":
            status = self.expect_return(await self.execute(which), which)
            if status.get("status") != "running":
                raise Violation(f"{self.name}: query-status returned {status}")
        elif which == "query-commands":
            names = {c["name"] for c in self.expect_return(await self.execute(which), which)}
            if not {"query-version", "object-add", "device_del"} <= names:
                raise Violation(f"{self.name}: query-commands lacks core commands")
        elif which == "query-vfio":
            if not isinstance(self.expect_return(await self.execute(which), which), list):
                raise Violation(f"{self.name}: query-vfio is not a list")
        elif which == "query-qmp-schema":
            schema = self.expect_return(await self.execute(which), which)
            if not any(e.get("name") == "DEVICE_DELETED" for e in schema):
                raise Violation(f"{self.name}: query-qmp-schema lacks DEVICE_DELETED")

    def check_iommufd(self, objects):
        if "iommufd" not in self.owned:
            return
        mine = objects.get(self.owned["iommufd"])
        if mine is None:
            raise Violation(f"{self.name}: query-iommufd lacks its {self.owned['iommufd']}")
        if "ioas" in self.owned:
            ioas = {i["ioas-id"]: i for i in mine["ioas"]}
            if self.owned["ioas"] not in ioas:
                raise Violation(f"{self.name}: query-iommufd lacks its IOAS {self.owned['ioas']}")
            mappings = ioas[self.owned["ioas"]]["mappings"]
            if "iova" in self.owned:
                expected = [{"iova": self.owned["iova"], "size": MEMFD_SIZE,
                             "memdev": self.owned["memdev"], "offset": 0, "readonly": False}]
                if mappings != expected:
                    raise Violation(f"{self.name}: its IOAS maps {mappings}, expected {expected}")
            elif mappings:
                raise Violation(f"{self.name}: its IOAS still maps {mappings}")

    async def cycle_step(self):
        """One step of the object cycle: iommufd object, IOAS, memory
        backend, map, check, unmap, delete everything, in that order."""
        g = f"{self.name}-{self.generation}"
        step = self.step
        if step == 0:
            self.expect_return(await self.execute(
                "object-add", {"qom-type": "iommufd", "id": f"ifd-{g}"}), "object-add iommufd")
            self.owned["iommufd"] = f"ifd-{g}"
        elif step == 1:
            info = self.expect_return(await self.execute(
                "iommufd-ioas-alloc", {"iommufd": self.owned["iommufd"]}), "iommufd-ioas-alloc")
            self.owned["ioas"] = info["ioas-id"]
        elif step == 2:
            self.expect_return(await self.execute(
                "object-add", {"qom-type": "memory-backend-memfd", "id": f"mem-{g}",
                               "size": MEMFD_SIZE}), "object-add memory-backend-memfd")
            self.owned["memdev"] = f"mem-{g}"
        elif step == 3:
            info = self.expect_return(await self.execute(
                "iommufd-ioas-map", {"iommufd": self.owned["iommufd"], "ioas-id": self.owned["ioas"],
                                     "memdev": self.owned["memdev"], "size": MEMFD_SIZE}),
                "iommufd-ioas-map")
            self.owned["iova"] = info["iova"]
        elif step == 4:
            # The backend is mapped: deleting it must fail and change nothing.
            self.expect_error(await self.execute("object-del", {"id": self.owned["memdev"]}),
                              "GenericError", "object-del of a mapped backend")
        elif step == 5 and self.generation % 5 == 0:
            objects = {o["id"]: o for o in self.expect_return(
                await self.execute("query-iommufd"), "query-iommufd")}
            self.check_iommufd(objects)
        elif step == 6:
            info = self.expect_return(await self.execute(
                "iommufd-ioas-unmap", {"iommufd": self.owned["iommufd"], "ioas-id": self.owned["ioas"],
                                       "iova": self.owned.pop("iova"), "size": MEMFD_SIZE}),
                "iommufd-ioas-unmap")
            if info.get("unmapped") != MEMFD_SIZE:
                raise Violation(f"{self.name}: unmap returned {info}")
        elif step == 7:
            self.expect_return(await self.execute("object-del", {"id": self.owned["memdev"]}),
                               "object-del memory-backend-memfd")
            self.gone.add(self.owned.pop("memdev"))
        elif step == 8:
            self.expect_return(await self.execute(
                "iommufd-destroy", {"iommufd": self.owned["iommufd"], "id": self.owned.pop("ioas")}),
                "iommufd-destroy")
        elif step == 9:
            self.expect_return(await self.execute("object-del", {"id": self.owned["iommufd"]}),
                               "object-del iommufd")
            self.gone.add(self.owned.pop("iommufd"))
            self.generation += 1
        self.step = (step + 1) % 10

    async def dimm_cycle(self):
        """Plugs and unplugs a pc-dimm: every client must see its
        DEVICE_DELETED."""
        g = f"{self.name}-{self.dimm_generation}"
        self.dimm_generation += 1
        backend, dimm = f"dm-{g}", f"dimm-{g}"
        self.expect_return(await self.execute(
            "object-add", {"qom-type": "memory-backend-memfd", "id": backend, "size": DIMM_SIZE}),
            "object-add dimm backend")
        self.expect_return(await self.execute(
            "device_add", {"driver": "pc-dimm", "id": dimm, "memdev": backend,
                           "addr": (self.number + 1) * 2 * MIB}), "device_add pc-dimm")
        self.dimm = (dimm, backend)
        await self.query("qom-list-peripheral")
        self.soak.triggered.add(dimm)
        self.stats.events_triggered += 1
        self.expect_return(await self.execute("device_del", {"id": dimm}), "device_del pc-dimm")
        self.dimm = None
        self.expect_return(await self.execute("object-del", {"id": backend}), "object-del dimm backend")
        self.gone.add(backend)

    async def failure(self, kind):
        name, error_class, has_id = kind
        if name == "object-del-missing":
            reply = await self.execute("object-del", {"id": f"nope-{self.name}"})
        elif name == "device-del-missing":
            reply = await self.execute("device_del", {"id": f"nope-{self.name}"})
        elif name == "unknown-command":
            reply = await self.execute("x-soak-no-such-command")
        elif name == "missing-argument":
            reply = await self.execute("iommufd-ioas-alloc", {})
        elif name == "unexpected-member":
            wanted = self.next_id()
            raw = json.dumps({"exec": "query-version", "id": wanted}).encode()
            reply = await self.connection.request(raw, wanted, name)
        elif name == "parse-error":
            raw = b'{"execute": "query-version", "id": "%s", }' % self.next_id().encode()
            reply = await self.connection.request(raw, None, name)
        else:
            raw = b'["%s"]' % self.next_id().encode()
            reply = await self.connection.request(raw, None, name)
        self.expect_error(reply, error_class, name)

    def check_events(self, events, complete):
        """Every DEVICE_DELETED once, only of dimms a client deleted; with
        `complete`, every one triggered."""
        seen = [e["data"].get("device") for e in events if e["event"] == "DEVICE_DELETED"]
        others = [e["event"] for e in events if e["event"] != "DEVICE_DELETED"]
        if others:
            self.stats.violation(f"{self.name}: unexpected events {others[:5]}")
        if len(seen) != len(set(seen)):
            self.stats.violation(f"{self.name}: an event delivered twice")
        unknown = set(seen) - self.soak.triggered
        if unknown:
            self.stats.violation(f"{self.name}: events for devices nobody deleted: {sorted(unknown)[:5]}")
        if complete:
            missing = self.soak.triggered - set(seen)
            if missing:
                self.stats.violation(f"{self.name}: {len(missing)} of {len(self.soak.triggered)} "
                                     f"DEVICE_DELETED never arrived (e.g. {sorted(missing)[:3]})")


class Soak:
    def __init__(self, args):
        self.args = args
        self.stats = Stats()
        self.seed = args.seed
        self.triggered = set()
        self.samples = []
        self.socket = None
        self.process = None
        event_clients = max(1, args.clients // 100)
        # About args.event_rate DEVICE_DELETED a second in all.
        self.trigger_interval = event_clients / args.event_rate
        self.reconnect_probability = 1 / 150
        self.event_clients = event_clients
        self.ready = 0
        self.all_ready = None
        self.load_seconds = None
        self.daemon_cpu = self.driver_cpu = None
        self.daemon_died = None
        self.baseline_rss = self.baseline_fds = None
        self.fd_bound = self.peak_fds = self.peak_rss = None
        self.rss_first_half_peak = self.rss_second_half_peak = self.rss_growth = None

    # -- the daemon --------------------------------------------------------

    def raise_fd_limit(self, needed):
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if hard != resource.RLIM_INFINITY and hard < needed:
            sys.exit(f"soak: {needed} descriptors are needed and the hard limit is {hard}; raise it (ulimit -Hn)")
        target = needed if hard == resource.RLIM_INFINITY else max(soft, min(hard, max(needed, soft)))
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
        return resource.getrlimit(resource.RLIMIT_NOFILE)

    def start_daemon(self):
        args = self.args
        directory = tempfile.mkdtemp(prefix="iommud-soak-")
        self.socket = os.path.join(directory, "qmp.sock")
        self.log_path = os.path.join(directory, "iommud.log")
        self.max_clients = args.clients + 256
        self.max_objects = 3 * args.clients + 256
        self.command = [args.iommud, "--kernel", "sim", "--qmp", f"unix:{self.socket}",
                        "--max-clients", str(self.max_clients), "--max-objects", str(self.max_objects)]
        self.log = open(self.log_path, "w")
        # The daemon inherits the raised descriptor limit.
        self.process = subprocess.Popen(self.command, stderr=self.log, stdin=subprocess.DEVNULL)
        for _ in range(500):
            if os.path.exists(self.socket):
                break
            if self.process.poll() is not None:
                sys.exit(f"soak: iommud exited with {self.process.returncode} before listening (log: {self.log_path})")
            time.sleep(0.02)
        else:
            self.process.kill()
            sys.exit("soak: iommud did not listen")
        time.sleep(0.2)
        with open(f"/proc/{self.process.pid}/limits") as f:
            line = next(line for line in f if line.startswith("Max open files"))
        self.daemon_fd_limit = [int(v) if v.isdigit() else v for v in line.split()[3:5]]
        if isinstance(self.daemon_fd_limit[0], int) and self.daemon_fd_limit[0] < 3 * args.clients:
            sys.exit(f"soak: iommud may open only {self.daemon_fd_limit[0]} descriptors")

    def cpu_seconds(self):
        """The daemon's user + system time."""
        with open(f"/proc/{self.process.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def sample(self):
        pid = self.process.pid
        with open(f"/proc/{pid}/status") as f:
            status = dict(line.split(":", 1) for line in f if ":" in line)
        rss_kib = int(status["VmRSS"].split()[0])
        fds = len(os.listdir(f"/proc/{pid}/fd"))
        return rss_kib, fds

    def sampler(self, started, stop):
        """Samples the daemon every sample_interval seconds on a thread of its
        own, so a busy driver loop does not space the samples out."""
        while not stop.is_set():
            if self.process.poll() is not None:
                self.daemon_died = self.process.returncode
                return
            rss, fds = self.sample()
            self.samples.append((round(time.monotonic() - started, 2), rss, fds))
            stop.wait(self.args.sample_interval)

    async def probe(self, command, arguments=None):
        """One request on a fresh connection of the driver's own."""
        probe = Client(self, -1, False, False)
        probe.name = "probe"
        await probe.connect()
        reply = await probe.execute(command, arguments)
        await probe.connection.close()
        self.stats.connects -= 1
        return reply

    # -- the run -----------------------------------------------------------

    async def run(self):
        args = self.args
        self.all_ready = asyncio.Event()
        self.baseline_rss, self.baseline_fds = self.sample()
        cpu_before, driver_cpu_before = self.cpu_seconds(), time.process_time()
        started = time.monotonic()
        stop_sampling = threading.Event()
        sampler = threading.Thread(target=self.sampler, args=(started, stop_sampling), daemon=True)
        sampler.start()
        clients = []
        for n in range(args.clients):
            clients.append(Client(self, n, triggers_events=(n % 100 == 0),
                                  reconnects=(n % 10 == 5)))
        deadline = started + args.seconds
        tasks = []
        for i, client in enumerate(clients):
            tasks.append(asyncio.create_task(client.run(deadline)))
            if i % 50 == 49:
                await asyncio.sleep(0.05)       # ramp up: the listen backlog is 128
        results = await asyncio.gather(*tasks, return_exceptions=True)
        self.load_seconds = time.monotonic() - started
        self.daemon_cpu = round(self.cpu_seconds() - cpu_before, 1)
        self.driver_cpu = round(time.process_time() - driver_cpu_before, 1)
        for client, result in zip(clients, results):
            if isinstance(result, BaseException):
                self.stats.violation(f"{client.name}: {type(result).__name__}: {result}")
        if self.stats.events_triggered == 0:
            self.stats.violation("no event was triggered")
        # Every client that kept its connection saw every DEVICE_DELETED.
        alive = [c for c, r in zip(clients, results) if not isinstance(r, BaseException)]
        grace_end = time.monotonic() + EVENT_GRACE
        for client in alive:
            await client.execute("query-version")
            while time.monotonic() < grace_end:
                seen = {e["data"].get("device") for e in client.connection.events
                        if e["event"] == "DEVICE_DELETED"}
                if self.triggered <= seen or client.reconnects:
                    break
                await asyncio.sleep(0.1)
        for client in alive:
            client.check_events(client.connection.events, complete=not client.reconnects)
        # Nothing left behind.
        self.objects_left = [p["name"] for p in (await self.probe("qom-list", {"path": "/objects"}))["return"]
                             if p["type"].startswith("child<")]
        self.devices_left = [p["name"] for p in (await self.probe("qom-list", {"path": "/machine/peripheral"}))["return"]
                             if p["type"].startswith("child<")]
        self.iommufd_left = (await self.probe("query-iommufd"))["return"]
        if self.objects_left or self.devices_left or self.iommufd_left:
            self.stats.violation(f"left behind: objects {self.objects_left[:5]}, devices {self.devices_left[:5]}, "
                                 f"iommufd {[o['id'] for o in self.iommufd_left][:5]}")
        for client in clients:
            if client.connection is not None:
                await client.connection.close()
        # The daemon's descriptors return to their baseline.
        fds_deadline = time.monotonic() + FD_RETURN_TIMEOUT
        while True:
            _, fds = self.sample()
            if fds <= self.baseline_fds or time.monotonic() > fds_deadline:
                break
            await asyncio.sleep(0.1)
        self.end_fds = fds
        self.end_rss = self.sample()[0]
        stop_sampling.set()
        sampler.join()
        if self.daemon_died is not None:
            self.stats.violation(f"iommud exited with {self.daemon_died} during the run")
        if fds > self.baseline_fds:
            self.stats.violation(f"descriptors did not return to the baseline: {fds} > {self.baseline_fds}")

    # -- bounds and summary ------------------------------------------------

    def check_bounds(self):
        args = self.args
        during = [s for s in self.samples if s[0] <= self.load_seconds]
        if not during:
            self.stats.violation("no sample taken during the run")
            return
        # Descriptors: one socket per client (a reconnecting one may briefly
        # hold two), one per object a client holds (a memfd; an iommufd
        # object's /dev/iommu), and a little slack for the listener's churn.
        held = 2 * args.clients + self.event_clients
        self.fd_bound = self.baseline_fds + args.clients + args.clients // 10 + held + 32
        self.peak_fds = max(s[2] for s in during)
        if self.peak_fds > self.fd_bound:
            self.stats.violation(f"descriptors peaked at {self.peak_fds} > bound {self.fd_bound}")
        # Memory: a plateau after warm-up. The first half warms up (every
        # client connected, buffers grown to their working size); the peak
        # of the second half may exceed the first half's peak by at most
        # rss_growth_mib.
        half = self.load_seconds / 2
        first = [s[1] for s in during if s[0] <= half]
        second = [s[1] for s in during if s[0] > half]
        self.peak_rss = max(s[1] for s in during)
        self.rss_first_half_peak = max(first) if first else 0
        self.rss_second_half_peak = max(second) if second else 0
        self.rss_growth = self.rss_second_half_peak - self.rss_first_half_peak
        if second and self.rss_growth > args.rss_growth_mib * 1024:
            self.stats.violation(f"RSS grew {self.rss_growth} KiB over the second half "
                                 f"(bound {args.rss_growth_mib} MiB)")
        if self.peak_rss > args.rss_max_mib * 1024:
            self.stats.violation(f"RSS peaked at {self.peak_rss} KiB > {args.rss_max_mib} MiB")

    def summary(self):
        s = self.stats
        latencies = sorted(s.latencies)

        def pct(p):
            return round(1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))], 2) if latencies else None

        return {
            "clients": self.args.clients,
            "seconds": round(self.load_seconds, 1),
            "seed": self.seed,
            "daemon": " ".join(self.command),
            "fd_limit": {"driver": list(self.fd_limit), "iommud": self.daemon_fd_limit},
            "requests": s.requests,
            "replies": s.replies,
            "requests_per_second": round(s.requests / self.load_seconds, 1),
            "cpu_seconds": {"iommud": self.daemon_cpu, "driver": self.driver_cpu},
            "latency_ms": {"p50": pct(0.5), "p99": pct(0.99), "max": pct(1.0)},
            "by_command": dict(sorted(s.by_command.items())),
            "errors_expected": dict(sorted(s.errors_expected.items())),
            "events_triggered": s.events_triggered,
            "events_received": s.events_received,
            "connects": s.connects,
            "reconnects": s.reconnects,
            "connect_retries": s.connect_retries,
            "rss_kib": {"start": self.baseline_rss, "first_half_peak": self.rss_first_half_peak,
                        "second_half_peak": self.rss_second_half_peak, "peak": self.peak_rss,
                        "end": self.end_rss, "growth_bound": self.args.rss_growth_mib * 1024,
                        "max_bound": self.args.rss_max_mib * 1024},
            "fds": {"baseline": self.baseline_fds, "peak": self.peak_fds, "bound": self.fd_bound,
                    "end": self.end_fds},
            "left_behind": {"objects": self.objects_left, "devices": self.devices_left,
                            "iommufd": [o["id"] for o in self.iommufd_left]},
            "daemon_exit": self.daemon_exit,
            "violations": s.violation_count,
            "violation_samples": s.violations,
            "samples": self.samples,
        }


def table(summary):
    rss = summary["rss_kib"]
    fds = summary["fds"]
    rows = [
        ("clients", summary["clients"]),
        ("seconds", summary["seconds"]),
        ("fd limit driver / iommud", f"{summary['fd_limit']['driver'][0]} / {summary['fd_limit']['iommud'][0]}"),
        ("requests", summary["requests"]),
        ("replies", summary["replies"]),
        ("requests/s", summary["requests_per_second"]),
        ("CPU s iommud / driver", f"{summary['cpu_seconds']['iommud']} / {summary['cpu_seconds']['driver']}"),
        ("latency ms p50/p99/max", "/".join(str(v) for v in summary["latency_ms"].values())),
        ("expected errors", sum(summary["errors_expected"].values())),
        ("events triggered", summary["events_triggered"]),
        ("events received", summary["events_received"]),
        ("connects / reconnects", f"{summary['connects']} / {summary['reconnects']}"),
        ("connect retries", summary["connect_retries"]),
        ("RSS MiB start/peak/end", f"{rss['start'] / 1024:.1f} / {rss['peak'] / 1024:.1f} / {rss['end'] / 1024:.1f}"),
        ("RSS growth, 2nd half", f"{rss['second_half_peak'] - rss['first_half_peak']} KiB (bound {rss['growth_bound']} KiB)"),
        ("fds baseline/peak/end", f"{fds['baseline']} / {fds['peak']} / {fds['end']} (bound {fds['bound']})"),
        ("left behind", sum(len(v) for v in summary["left_behind"].values())),
        ("iommud exit status", summary["daemon_exit"]),
        ("violations", summary["violations"]),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    lines += [f"  errors {k}: {v}" for k, v in summary["errors_expected"].items()]
    lines += [f"  VIOLATION {v}" for v in summary["violation_samples"]]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iommud", default=".build/release/iommud")
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--event-rate", type=float, default=2.0,
                        help="DEVICE_DELETED events a second, all triggering clients together")
    parser.add_argument("--sample-interval", type=float, default=1.0)
    parser.add_argument("--rss-growth-mib", type=float, default=16,
                        help="the most the RSS peak of the second half may exceed the first half's")
    parser.add_argument("--rss-max-mib", type=float, default=512)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", help="write the summary here")
    args = parser.parse_args()
    if not os.access(args.iommud, os.X_OK):
        parser.error(f"{args.iommud} is not an executable (swift build -c release --product iommud)")

    soak = Soak(args)
    # The driver holds one socket a client (two while reconnecting); the
    # daemon as many plus its objects.
    soak.fd_limit = soak.raise_fd_limit(4 * args.clients + 512)
    soak.start_daemon()
    try:
        asyncio.run(soak.run())
    except Exception as e:                    # the run itself broke: report what there is
        soak.stats.violation(f"driver: {type(e).__name__}: {e}")
        soak.load_seconds = soak.load_seconds or args.seconds
        for name, value in (("objects_left", []), ("devices_left", []), ("iommufd_left", []),
                            ("end_fds", -1), ("end_rss", -1)):
            if not hasattr(soak, name):
                setattr(soak, name, value)
    finally:
        if soak.process.poll() is None:
            soak.process.send_signal(signal.SIGTERM)
        try:
            soak.daemon_exit = soak.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            soak.process.kill()
            soak.daemon_exit = "hung at SIGTERM"
        soak.log.close()
    if soak.daemon_exit != 0:
        soak.stats.violation(f"iommud exited with {soak.daemon_exit} at SIGTERM (log: {soak.log_path})")
    soak.check_bounds()
    summary = soak.summary()
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=1)
    print(table(summary))
    return 1 if summary["violations"] else 0


if __name__ == "__main__":
    sys.exit(main())
