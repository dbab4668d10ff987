"""Runs the hostile-input catalogue (catalogue.py) against real daemons.

    python3 runner.py --record   runs every case and writes answers.json
                                 (review its diff: it is the documentation)
    python3 runner.py --docs     prints docs/hostile-inputs.md

IOMMUD names the daemon (default .build/debug/iommud)."""
import json
import os
import re
import socket
import stat
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import catalogue  # noqa: E402
import iommud_process  # noqa: E402

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
ANSWERS = os.path.join(HERE, "answers.json")
MIB = 1 << 20

# What each daemon is started with; "tcp" and "readonly" are the default
# daemon's other listeners.
DAEMONS = {
    "default": [],
    "tight": ["--max-objects", "2", "--max-named-fds", "1", "--max-fdsets", "1", "--max-fds-per-fdset", "1",
              "--max-iommufd-objects", "1", "--max-mappings", "1", "--max-clients", "2",
              "--max-queued-output-per-client", "64K"],
}


class Connection:
    """One raw QMP connection: bytes in, parsed messages out."""

    def __init__(self, address, timeout=5.0):
        if isinstance(address, tuple):
            self.s = socket.create_connection(address, timeout=timeout)
        else:
            self.s = socket.socket(socket.AF_UNIX)
            self.s.settimeout(timeout)
            self.s.connect(address)
        self.buffer = b""
        self.closed = False

    def send(self, data, fds=()):
        self.s.settimeout(60)
        if fds:
            socket.send_fds(self.s, [data or b" "], list(fds))
        elif data:
            self.s.sendall(data)

    def _line(self, wait, raw=False):
        while b"\r\n" not in self.buffer:
            if self.closed:
                return None
            self.s.settimeout(wait)
            try:
                chunk = self.s.recv(1 << 20)
            except socket.timeout:
                return None
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                self.closed = True
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line.decode() if raw else json.loads(line)

    def collect(self, count=None, quiet=0.3, limit=10.0, raw=False, exact=False):
        """Messages until `count` have come (then, unless `exact`, `quiet`/6
        more for any extra), or until `quiet` seconds pass without one, or
        EOF; parsed, or with `raw` each line's text as the daemon wrote it."""
        out = []
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if count is not None and len(out) >= count and exact:
                break
            wait = quiet if count is None or len(out) < count else quiet / 6
            if count is not None and len(out) < count:
                wait = max(deadline - time.monotonic(), 0.01)
            message = self._line(wait, raw)
            if message is None:
                break
            out.append(message)
        return out

    def command(self, name, arguments=None, **extra):
        request = {"execute": name, **extra}
        if arguments is not None:
            request["arguments"] = arguments
        self.send(json.dumps(request).encode())
        [reply] = self.collect(count=1, exact=True)
        return reply

    def handshake(self, negotiate="caps"):
        greeting = self._line(5.0)
        assert greeting and "QMP" in greeting, greeting
        if negotiate == "caps":
            assert self.command("qmp_capabilities") == {"return": {}}
        elif negotiate == "oob":
            assert self.command("qmp_capabilities", {"enable": ["oob"]}) == {"return": {}}
        return greeting

    def close(self):
        self.s.close()


class Daemon:
    """An iommud on the simulated kernel holding the catalogue's state."""

    def __init__(self, kind):
        self.kind = kind
        self.dir = tempfile.mkdtemp(prefix="hostile-")
        self.log = open(os.path.join(self.dir, "stderr"), "w")
        extra = ["--qmp", "tcp:127.0.0.1:0", "--qmp", f"unix:{self.dir}/ro.sock,readonly=on"] if kind == "default" else []
        self.sock, self.proc, problem = iommud_process.start(
            IOMMUD, "--kernel", "sim", "--threads", "2", *DAEMONS[kind], *extra, stderr=self.log)
        if problem:
            raise RuntimeError(problem)
        self.tcp = None
        if kind == "default":
            for _ in range(200):
                m = re.search(r"listening on tcp:127\.0\.0\.1:(\d+)", self.log_text())
                if m:
                    self.tcp = ("127.0.0.1", int(m.group(1)))
                    break
                time.sleep(0.02)
        self.setup()
        self.witness = Connection(self.sock)
        self.witness.handshake()

    def log_text(self):
        with open(os.path.join(self.dir, "stderr")) as f:
            return f.read()

    def setup(self):
        c = Connection(self.sock)
        c.handshake()

        def ok(name, arguments=None):
            reply = c.command(name, arguments)
            assert "return" in reply, (name, reply)
            return reply["return"]
        ok("object-add", {"qom-type": "iommufd", "id": "iommufd0"})
        ok("object-add", {"qom-type": "memory-backend-memfd", "id": "ram0", "size": 2 * MIB, "share": True})
        ioas = ok("iommufd-ioas-alloc", {"iommufd": "iommufd0"})["ioas-id"]
        assert ioas == 1, ioas
        ok("iommufd-ioas-map", {"iommufd": "iommufd0", "ioas-id": ioas, "memdev": "ram0", "size": 2 * MIB, "iova": 4 * MIB})
        r, w = os.pipe()
        if self.kind == "tight":
            c.send(b'{"execute": "getfd", "arguments": {"fdname": "first"}}', [r])
            assert c.collect(count=1) == [{"return": {}}]
            c.send(b'{"execute": "add-fd", "arguments": {"fdset-id": 0}}', [r])
            assert "return" in c.collect(count=1)[0]
        else:
            ok("object-add", {"qom-type": "iommufd", "id": "iommufd1"})
            ok("device_add", {"driver": "vfio-pci", "id": "nic0", "host": catalogue.NIC, "iommufd": "iommufd0"})
            # The simulated kernel makes a device's PCI function (its BAR's
            # memfd) at the first open and keeps it, as hardware keeps its
            # BARs: open the free device once so no case sees that descriptor
            # appear.
            dev = ok("vfio-device-bind", {"iommufd": "iommufd1", "host": catalogue.GPU})["dev-id"]
            ok("vfio-device-unbind", {"iommufd": "iommufd1", "dev-id": dev})
        os.close(r)
        os.close(w)
        c.close()

    def address(self, case):
        if case.daemon == "tcp":
            return self.tcp
        if case.daemon == "readonly":
            return os.path.join(self.dir, "ro.sock")
        return self.sock

    def state(self):
        """What the queries show: it must not change under a hostile case."""
        out = {}
        for name, arguments in [("query-iommufd", None), ("qom-list", {"path": "/objects"}),
                                ("qom-list", {"path": "/machine/peripheral"}), ("query-vfio", None),
                                ("query-fdsets", None), ("query-vfio-host-devices", None), ("query-status", None)]:
            reply = self.witness.command(name, arguments)
            assert "return" in reply, (name, reply)
            out[f"{name} {json.dumps(arguments)}"] = reply["return"]
        return out

    def fds(self):
        return len(os.listdir(f"/proc/{self.proc.pid}/fd"))

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.log.close()


def make_files(tmp):
    """The files the path cases name: a small file with content (`victim`),
    a symlink to it, a FIFO."""
    with open(os.path.join(tmp, "victim"), "w") as f:
        f.write("a user's data\n")
    os.symlink(os.path.join(tmp, "victim"), os.path.join(tmp, "link"))
    os.mkfifo(os.path.join(tmp, "fifo"))


def files_digest(tmp):
    """Names, modes, sizes and contents under `tmp` and of /etc/passwd: no
    case may change them."""
    out = {}
    for name in sorted(os.listdir(tmp)):
        p = os.path.join(tmp, name)
        st = os.lstat(p)
        entry = [stat.S_IFMT(st.st_mode), st.st_size]
        if stat.S_ISREG(st.st_mode):
            with open(p, "rb") as f:
                entry.append(f.read().decode(errors="replace"))
        out[name] = entry
    st = os.stat("/etc/passwd")
    out["/etc/passwd"] = [st.st_size, st.st_mtime_ns]
    return out


# --- scripted clients (catalogue cases with an action) -----------------------

def _pipe_fds(n):
    fds = []
    while len(fds) < n:
        r, w = os.pipe()
        fds += [r, w]
    extra = fds[n:]
    for fd in extra:
        os.close(fd)
    return fds[:n]


def _one_reply(address, *writes, pause=0.0, half_close=False):
    """Negotiates, sends `writes` one at a time `pause` seconds apart, half-
    closes if asked, and returns the one reply and whether the daemon then
    closed the connection."""
    c = Connection(address)
    c.handshake()
    for data in writes:
        c.send(data)
        time.sleep(pause)
    if half_close:
        c.s.shutdown(socket.SHUT_WR)
    replies = c.collect(count=1)
    if half_close:
        c.collect(quiet=1.0)
    c.close()
    return replies, c.closed


def action_byte_by_byte(d, address):
    request = b'{"execute": "query-status", "id": "slow"}'
    replies, _ = _one_reply(address, *(bytes([b]) for b in request), pause=0.005)
    return {"replies": replies}


def action_split_utf8(d, address):
    request = '{"execute": "no-such", "id": "caf\u00e9 \u20ac"}'.encode()
    cut = request.index(b"\xe2") + 1
    replies, _ = _one_reply(address, request[:cut], request[cut:], pause=0.1)
    return {"replies": replies}


def action_half_close(d, address):
    replies, closed = _one_reply(address, b'{"execute": "query-status", "id": 1}', half_close=True)
    return {"replies": replies, "closed": closed}


def _reset(c):
    import struct
    c.s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    c.close()


def action_reset_after_request(d, address):
    c = Connection(address)
    c.handshake()
    c.send(b'{"execute": "query-qmp-schema"}' * 20)
    _reset(c)
    return {"served": True}


def action_hang_up_mid_request(d, address):
    c = Connection(address)
    c.handshake()
    c.send(b'{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "half"')
    c.close()
    return {"served": True}


def action_hang_up_at_greeting(d, address):
    for _ in range(5):
        c = Connection(address)
        c.close()
    return {"served": True}


def action_hang_up_during_lock(d, address):
    c = Connection(address)
    c.handshake("oob")
    c.send(b'{"execute": "x-oob-test", "arguments": {"lock": true}, "id": "lock"}'
           b'{"execute": "query-status", "id": "queued"}')
    time.sleep(0.1)
    c.close()
    unlock = Connection(address)
    unlock.handshake("oob")
    unlock.send(b'{"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": "unlock"}')
    replies = unlock.collect(count=1)
    unlock.close()
    return {"replies": replies}


def action_churn(d, address):
    for _ in range(50):
        c = Connection(address)
        c.handshake("none")
        c.close()
    return {"served": True}


def action_idle_client(d, address):
    idle = Connection(address)
    time.sleep(0.2)
    busy = Connection(address)
    busy.handshake()
    replies = [busy.command("query-status", id=1)]
    busy.close()
    still = idle._line(0.05)  # the greeting is all it got
    idle.close()
    return {"replies": replies, "idle client got": still is not None and "QMP" in still}


def action_pause_reading(d, address):
    c = Connection(address)
    c.handshake()
    c.s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    c.send(b'{"execute": "query-qmp-schema"}' * 5 + b'{"execute": "query-status", "id": "last"}')
    time.sleep(0.5)
    replies = c.collect(count=6, limit=20)
    c.close()
    return {"replies": len(replies), "last": replies[-1] if replies else None}


def action_oob_overtakes(d, address):
    c = Connection(address)
    c.handshake("oob")
    c.send(b'{"execute": "x-oob-test", "arguments": {"lock": true}, "id": "lock"}')
    time.sleep(0.05)
    c.send(b'{"exec-oob": "x-oob-test", "arguments": {"lock": false}, "id": "unlock"}')
    replies = c.collect(count=2)
    c.close()
    return {"replies": replies}


def action_garbage_stream(d, address):
    import threading
    c = Connection(address)
    c.handshake()
    sender = threading.Thread(target=lambda: c.send(bytes(range(256)) * 4096))
    sender.start()
    messages = c.collect(quiet=1.0, limit=60)
    sender.join()
    c.close()
    classes = sorted({m["error"]["class"] for m in messages if "error" in m})
    return {"closed": c.closed, "error classes": classes, "non-errors": [m for m in messages if "error" not in m]}


def action_beyond_max_clients(d, address):
    first = Connection(address)
    first.handshake()
    extra = Connection(address)
    replies = extra.collect(quiet=0.5)
    first.close()
    extra.close()
    return {"replies": replies, "closed": extra.closed}


def action_huge_token(d, address):
    c = Connection(address, timeout=30)
    c.handshake()
    try:
        c.send(b'{"execute": "query-version", "id": "' + b"x" * (65 * MIB) + b'"}')
    except (BrokenPipeError, ConnectionResetError):
        pass
    replies = c.collect(quiet=1.0, limit=30)
    c.close()
    return {"replies": replies, "closed": c.closed}


def action_many_tokens(d, address):
    c = Connection(address, timeout=30)
    c.handshake()
    try:
        c.send(b'{"execute": "query-version", "id": [' + b"0," * 2_000_000 + b'0]}')
    except (BrokenPipeError, ConnectionResetError):
        pass
    replies = c.collect(quiet=1.0, limit=30)
    c.close()
    return {"replies": replies, "closed": c.closed}


def action_pipelined(d, address):
    c = Connection(address)
    c.handshake()
    c.send(b"".join(b'{"execute": "query-status", "id": %d}' % i for i in range(1000)))
    replies = c.collect(count=1000, limit=30)
    c.close()
    return {"replies": len(replies), "in order": [r.get("id") for r in replies] == list(range(1000)),
            "all running": all(r.get("return", {}).get("status") == "running" for r in replies)}


def action_output_flood(d, address):
    """The daemon stops reading a client whose replies wait (half of
    --max-queued-output-per-client): it holds no more, and serves others."""
    c = Connection(address)
    c.handshake()
    c.s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    c.s.setblocking(False)
    sent = 0
    request = b'{"execute": "query-qmp-schema"}' * 20000
    deadline = time.monotonic() + 2
    while sent < len(request) and time.monotonic() < deadline:
        try:
            sent += c.s.send(request[sent:])
        except BlockingIOError:
            time.sleep(0.05)
    c.s.setblocking(True)
    c.close()
    return {"the daemon stopped reading it": sent < len(request)}


def action_big_id(d, address):
    big = "i" * MIB
    [reply], _ = _one_reply(address, json.dumps({"execute": "query-status", "id": big}).encode())
    return {"id echoed whole": reply.get("id") == big, "return": reply.get("return")}


ACTIONS = {name[len("action_"):]: f for name, f in globals().items() if name.startswith("action_")}


# --- running a case ----------------------------------------------------------

def run_case(d, case, tmp, expected=None):
    """The case's answer as a JSON-able dict."""
    address = d.address(case)
    if case.action:
        return ACTIONS[case.action](d, address)
    c = Connection(address)
    c.handshake(case.negotiate)
    payload = case.payload(tmp).replace(b"{qmp}", d.sock.encode())
    fds = _pipe_fds(case.fds)
    try:
        c.send(payload, fds)
    finally:
        for fd in fds:
            os.close(fd)
    count = len(expected["replies"]) if expected and not expected.get("closed") else None
    replies = c.collect(count=count, raw=True)
    if expected is None or expected.get("closed"):
        replies += c.collect(quiet=0.2, raw=True)
    answer = {"replies": [normalise(r, tmp, d) for r in replies]}
    if c.closed:
        answer["closed"] = True
    c.close()
    return answer


def normalise(line, tmp, d):
    """A reply line as the daemon wrote it, with the case's directory and the
    daemon's socket path written as `{tmp}` and `{qmp}`."""
    return line.replace(tmp, "{tmp}").replace(d.sock, "{qmp}")


def run_all(cases, expected=None, check=None):
    """Runs `cases`; `check(case, answer, before, after)` sees each."""
    answers = {}
    daemons = {}
    try:
        for case in cases:
            kind = "default" if case.daemon in ("tcp", "readonly") else case.daemon
            if kind not in daemons:
                daemons[kind] = Daemon(kind)
            d = daemons[kind]
            tmp = tempfile.mkdtemp(prefix="case-")
            make_files(tmp)
            before = (d.state(), d.fds(), files_digest(tmp))
            answer = run_case(d, case, tmp, (expected or {}).get(case.name))
            deadline = time.monotonic() + 5
            while d.fds() != before[1] and time.monotonic() < deadline:
                time.sleep(0.02)
            after = (d.state(), d.fds(), files_digest(tmp))
            answers[case.name] = answer
            if check:
                check(case, answer, before, after, d)
    finally:
        for d in daemons.values():
            d.stop()
    return answers


def markdown(answers):
    lines = ["# Hostile inputs and iommud's answers", "",
             "<!-- Generated by Tests/interop/hostile/runner.py --docs from catalogue.py and",
             "     answers.json; test_hostile_catalogue.py checks it is current. -->", "",
             "Every case below runs against a daemon on the simulated kernel that holds an",
             "iommufd object with an IOAS and a 2 MiB mapping, a memory backend and a vfio-pci",
             "device (the `tight` daemon: low limits, see runner.py). After each, another client",
             "is served, `query-iommufd`, `qom-list` and the other queries show the state",
             "unchanged, the daemon holds the descriptors it held before, and no file the case",
             "named changed. See docs/reliability.md.", ""]
    area = None
    for case in catalogue.CASES:
        if case.area != area:
            area = case.area
            lines += ["", f"## {area}", "", "| case | input | answer |", "|---|---|---|"]
        if case.action:
            shown = f"scripted: `{case.action}`"
        else:
            raw = case.send if isinstance(case.send, bytes) else json.dumps(case.send).encode()
            text = raw.decode("utf-8", errors="backslashreplace")
            text = "".join(ch if ch >= " " else f"\\x{ord(ch):02x}" for ch in text)
            text = text if len(text) <= 90 else text[:60] + f"… ({len(raw)} bytes)"
            shown = f"`{text}`".replace("|", "\\|")
            if case.fds:
                shown += f" + {case.fds} fd"
            if case.negotiate != "caps":
                shown += f" (negotiation: {case.negotiate})"
        if case.daemon != "default":
            shown += f" [{case.daemon}]"
        answer = json.dumps(answers.get(case.name, "—"))
        answer = answer if len(answer) <= 400 else answer[:380] + "…"
        lines.append(f"| {case.name} | {shown} | `{answer}` |".replace("\n", " "))
    return "\n".join(lines) + "\n"


def main():
    if "--docs" in sys.argv:
        with open(ANSWERS) as f:
            sys.stdout.write(markdown(json.load(f)))
        return
    names = [n for n in sys.argv[1:] if not n.startswith("--")]
    cases = [c for c in catalogue.CASES if not names or c.name in names]
    problems = []

    def check(case, answer, before, after, d):
        if before[0] != after[0]:
            problems.append(f"{case.name}: state changed")
        if before[1] != after[1]:
            problems.append(f"{case.name}: descriptors {before[1]} -> {after[1]}")
        if before[2] != after[2]:
            problems.append(f"{case.name}: files changed")
        if not d.alive():
            problems.append(f"{case.name}: daemon died")
        print(f"{case.name}: {json.dumps(answer)[:300]}", file=sys.stderr)
    answers = run_all(cases, check=check)
    if "--record" in sys.argv:
        old = {}
        if os.path.exists(ANSWERS):
            with open(ANSWERS) as f:
                old = json.load(f)
        old.update(answers)
        ordered = {c.name: old[c.name] for c in catalogue.CASES if c.name in old}
        with open(ANSWERS, "w") as f:
            json.dump(ordered, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print("\n".join(problems) or "no state changed", file=sys.stderr)


if __name__ == "__main__":
    main()
