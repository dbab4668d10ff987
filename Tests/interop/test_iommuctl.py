"""iommuctl as a user meets it: the shell (from a script and on a terminal,
with completion and history), help from the schema, events, graph, TCP,
and its errors."""
import os
import pty
import re
import select
import subprocess
import tempfile
import time

import pytest

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
IOMMUCTL = os.environ.get("IOMMUCTL", ".build/debug/iommuctl")
NIC = "0000:17:00.0"

SESSION = f"""object-add qom-type=iommufd id=iommufd0
object-add qom-type=memory-backend-memfd id=ram0 size=2097152
device_add driver=pc-dimm id=dimm0 memdev=ram0 addr=0
device_add driver=vfio-pci id=nic0 host={NIC} iommufd=iommufd0
device_add driver=vfio-pci id=gpu host=0000:b1:00.0
"""


@pytest.fixture
def sim():
    sock, proc, problem = iommud_process.start(IOMMUD, "--kernel", "sim", stderr=subprocess.DEVNULL)
    assert problem is None, problem
    yield sock
    proc.terminate()
    proc.wait(timeout=10)


def ctl(sock, *args, stdin=None, timeout=30):
    return subprocess.run([IOMMUCTL, "--socket", sock, *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout)


def test_the_shell_runs_a_script_and_graph_shows_the_result(sim):
    done = ctl(sim, "shell", stdin=SESSION + "help query-version\nquery-vfio\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("{}\n") == 5
    assert "Return the version of iommud." in done.stdout
    assert '"backend": "legacy"' in done.stdout
    graph = ctl(sim, "graph")
    assert graph.returncode == 0, graph.stderr
    lines = graph.stdout.splitlines()
    assert lines[0] == "iommud 0.1.0"
    for expected in ["├── objects", "iommufd0: iommufd, /dev/iommu open", "map 0x0-0x1fffff ← ram0",
                     f"← {NIC}", "ram0: memory-backend-memfd, 2 MiB", "└── machine", "address space system",
                     "container0: iommufd via iommufd0, IOAS 2", f"nic0: vfio-pci {NIC}, HWPT 3",
                     "container1: legacy, groups 45", "dimm0: pc-dimm ram0 at 0x0"]:
        assert any(expected in line for line in lines), (expected, graph.stdout)


def test_a_failing_command_in_a_script_sets_the_status(sim):
    done = ctl(sim, "shell", stdin="device_del id=nope\nquery-version\n")
    assert done.returncode == 1
    assert "error: DeviceNotFound: Device 'nope' not found" in done.stderr
    assert '"package": "iommud' in done.stdout  # it went on


def test_help_comes_from_the_schema():
    listing = subprocess.run([IOMMUCTL, "help"], capture_output=True, text=True)
    assert listing.returncode == 0
    assert re.search(r"^  device_add +Add a device\.", listing.stdout, re.M), listing.stdout
    one = subprocess.run([IOMMUCTL, "help", "device_add"], capture_output=True, text=True)
    assert "Arguments:\n  driver: DeviceDriver\n" in one.stdout
    assert "  with driver=pc-dimm:\n    memdev: str\n" in one.stdout
    assert "Errors:\n  - GenericError" in one.stdout
    missing = subprocess.run([IOMMUCTL, "help", "nope"], capture_output=True, text=True)
    assert missing.returncode == 1 and "no command 'nope'" in missing.stderr


def test_events_waits_for_one(sim):
    assert ctl(sim, "shell", stdin=SESSION).returncode == 0
    waiter = subprocess.Popen([IOMMUCTL, "--socket", sim, "events", "--wait", "DEVICE_DELETED", "--timeout", "10"],
                              stdout=subprocess.PIPE, text=True)
    time.sleep(0.3)
    assert ctl(sim, "device_del", "id=nic0").returncode == 0
    out, _ = waiter.communicate(timeout=15)
    assert waiter.returncode == 0 and '"device": "nic0"' in out
    none = ctl(sim, "events", "--wait", "DEVICE_DELETED", "--timeout", "0.2")
    assert none.returncode == 3 and "no DEVICE_DELETED event within 0.2 s" in none.stderr


def test_tcp_and_version():
    proc = subprocess.Popen([IOMMUD, "--kernel", "sim", "--qmp", "tcp:127.0.0.1:0"], stderr=subprocess.PIPE, text=True)
    try:
        port = None
        while port is None:
            line = proc.stderr.readline()
            assert line, "iommud exited"
            found = re.search(r"listening on tcp:127\.0\.0\.1:(\d+)", line)
            port = found and found.group(1)
        done = subprocess.run([IOMMUCTL, "--tcp", f"127.0.0.1:{port}", "query-status"], capture_output=True, text=True)
        assert done.returncode == 0 and '"status": "running"' in done.stdout
        package = subprocess.run([IOMMUCTL, "--tcp", f"127.0.0.1:{port}", "query-version"], capture_output=True,
                                 text=True).stdout
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    version = subprocess.run([IOMMUCTL, "--version"], capture_output=True, text=True)
    # iommuctl's version is the daemon's.
    daemon_version = re.search(r'"package": "iommud ([0-9.]+)"', package).group(1)
    assert version.stdout.strip() == f"iommuctl {daemon_version}"


def test_connection_errors_say_what_to_do():
    path = os.path.join(tempfile.mkdtemp(), "none.sock")
    done = subprocess.run([IOMMUCTL, "--socket", path, "query-version"], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == f"iommuctl: {path}: no iommud there (start one with 'make run', or name its socket with --socket)"
    done = subprocess.run([IOMMUCTL, "--tcp", "127.0.0.1:1", "query-version"], capture_output=True, text=True)
    assert done.returncode == 2 and "Connection refused (is iommud listening there?" in done.stderr


class Terminal:
    """iommuctl shell on a pseudo-terminal."""

    def __init__(self, sock, home):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = home
            os.execv(IOMMUCTL, [IOMMUCTL, "--socket", sock, "shell"])
        self.seen = ""

    def read_until(self, text, timeout=10):
        deadline = time.time() + timeout
        while text not in self.seen:
            left = deadline - time.time()
            assert left > 0, f"no {text!r} in {self.seen!r}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    self.seen += os.read(self.fd, 4096).decode(errors="replace")
                except OSError:
                    break
        assert text in self.seen, f"no {text!r} in {self.seen!r}"

    def type(self, text):
        os.write(self.fd, text.encode())

    def close(self, timeout=10):
        self.type("\x04")
        deadline = time.time() + timeout
        while True:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                break
            # Keep reading, or a long reply fills the terminal and blocks the shell.
            ready, _, _ = select.select([self.fd], [], [], 0.02)
            if ready:
                try:
                    self.seen += os.read(self.fd, 65536).decode(errors="replace")
                except OSError:
                    pass
            if time.time() > deadline:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
                os.close(self.fd)
                raise AssertionError(f"the shell did not leave at ^D: {self.seen[-300:]!r}")
        os.close(self.fd)
        return status


def test_the_interactive_shell_completes_and_remembers(sim):
    home = tempfile.mkdtemp()
    term = Terminal(sim, home)
    term.read_until("iommud> ")
    # Tab completes the command name, then an argument name.
    term.type("query-ver\t")
    term.read_until("query-version ")
    term.type("\r")
    term.read_until('"package": "iommud')
    term.read_until("}\r\n\r\x1b[Kiommud> ")
    term.type("object-add qom-t\t")
    term.read_until("object-add qom-type=")
    term.type("iommufd i\t")
    term.read_until("qom-type=iommufd id=")
    term.type("iommufd0\r")
    term.read_until("{}")
    # ↑ brings the last line back.
    term.seen = ""
    term.type("\x1b[A")
    term.read_until("object-add qom-type=iommufd id=iommufd0")
    term.type("\x03")  # ^C drops it
    # What is typed while a reply prints is kept (typeahead).
    term.type("query-status\rquery-migrate\r")
    term.read_until('"status": "running"')
    term.read_until("{}")
    assert term.close() == 0
    # ^D typed ahead, while a reply still prints, still ends the shell.
    term = Terminal(sim, home)
    term.read_until("iommud> ")
    term.type("query-qmp-schema\r\x04")
    assert term.close() == 0
    with open(os.path.join(home, ".iommuctl_history")) as f:
        assert f.read().splitlines() == ["query-version", "object-add qom-type=iommufd id=iommufd0", "query-status",
                                         "query-migrate", "query-qmp-schema"]
