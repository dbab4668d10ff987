"""tests/vm/fd-holder.c, the VM's stand-in for systemd's fd store, here on
the simulated kernel: iommud under it keeps a shared memory backend's memfd
in the store over a SIGKILL and over a quit, the next start takes the
memory over, and deleting the backend empties the store. The probes (the
kernel's IOMMUFD ioctls on stored descriptors) need a real /dev/iommu:
tests/vm/jobs/crash.sh runs them in the VM; here only their errno names."""
import os
import shutil
import signal
import subprocess
import tempfile

import pytest

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
IOMMUCTL = os.environ.get("IOMMUCTL", ".build/debug/iommuctl")
SOURCE = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "vm", "fd-holder.c")


@pytest.fixture(scope="module")
def holder_binary():
    if shutil.which("gcc") is None:
        pytest.skip("no gcc")
    binary = os.path.join(tempfile.mkdtemp(), "fd-holder")
    # As build-initramfs.sh builds it (static), warnings are errors here.
    build = subprocess.run(["gcc", "-static", "-O2", "-Wall", "-Wextra", "-Werror", "-o", binary, SOURCE],
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    return binary


class Holder:
    """fd-holder running iommud on the simulated kernel with --state-dir."""

    def __init__(self, binary):
        self.binary = binary
        self.dir = tempfile.mkdtemp(prefix="fd-holder-")
        self.control = os.path.join(self.dir, "ctl")
        self.sock = os.path.join(self.dir, "iommud.sock")
        self.stderr_path = os.path.join(self.dir, "iommud.log")
        os.mkdir(os.path.join(self.dir, "state"))
        with open(self.stderr_path, "w") as stderr:
            self.proc = subprocess.Popen(
                [binary, "--notify", os.path.join(self.dir, "notify"), "--control", self.control,
                 "--log", os.path.join(self.dir, "holder.log"), "--",
                 IOMMUD, "--kernel", "sim", "--qmp", f"unix:{self.sock}", "--state-dir",
                 os.path.join(self.dir, "state")], stderr=stderr)
        for _ in range(500):
            if os.path.exists(self.control):
                break
            assert self.proc.poll() is None, self.logs()
            subprocess.run(["sleep", "0.01"])
        assert self.ask("ready", "60") == f"ready {self.child()}", self.logs()

    def ask(self, *words, status=0):
        run = subprocess.run([self.binary, "--ask", self.control, *words], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == status, (words, run.stdout, run.stderr, self.logs())
        return run.stdout.rstrip("\n")

    def child(self):
        return int(self.ask("status").split()[1])

    def ctl(self, *arguments):
        run = subprocess.run([IOMMUCTL, "--socket", self.sock, "--raw", *arguments], capture_output=True,
                             text=True, timeout=60)
        assert run.returncode == 0, (arguments, run.stdout, run.stderr, self.logs())
        return run.stdout

    def logs(self):
        text = ""
        for name in ("holder.log", "iommud.log"):
            with open(os.path.join(self.dir, name)) as f:
                text += f"--- {name}\n{f.read()}"
        return text

    def iommud_log(self):
        with open(self.stderr_path) as f:
            return f.read()

    def close(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=60)


@pytest.fixture
def holder(holder_binary):
    h = Holder(holder_binary)
    yield h
    h.close()


def test_memory_is_taken_over_from_the_holder_after_a_kill_and_after_a_quit(holder):
    holder.ctl("object-add", "qom-type=memory-backend-memfd", "id=ram0", "size=2097152", "share=true")
    assert holder.ask("names") == "state.memfd.ram0"

    assert holder.ask("kill") == "signal 9"
    assert holder.ask("status") == "signal 9", "never restarted on its own"
    assert holder.ask("names") == "state.memfd.ram0"
    assert holder.ask("start").startswith("started ")
    assert holder.ask("ready", "60").startswith("ready ")
    assert holder.iommud_log().count("takes over its memory") == 1, holder.logs()
    assert "fd store: 'ram0' takes over its memory (2097152 bytes) from the fd store" in holder.iommud_log()
    assert '"name": "ram0", "type": "child<memory-backend-memfd>"' in holder.ctl("qom-list", "path=/objects")
    assert holder.ask("names") == "state.memfd.ram0", "kept once, not twice"

    # A planned restart: quit keeps the store.
    holder.ctl("quit")
    assert holder.ask("wait", "30") == "exited 0"
    assert holder.ask("names") == "state.memfd.ram0"
    assert holder.ask("start").startswith("started ")
    assert holder.ask("ready", "60").startswith("ready ")
    assert holder.iommud_log().count("takes over its memory") == 2, holder.logs()

    holder.ctl("object-del", "id=ram0")
    assert holder.ask("names") == ""
    assert holder.ask("stop") == "exited 0"
    assert holder.ask("start").startswith("started ")
    assert holder.ask("ready", "60").startswith("ready ")
    assert holder.iommud_log().count("takes over its memory") == 2


def test_commands_answer_with_errno_names_and_errors(holder):
    assert holder.ask("start", status=1).startswith("error: running ")
    assert holder.ask("ioas-alive", "x", "1", status=1) == "error: no state.iommufd.x stored"
    assert holder.ask("bogus", status=1) == "error: unknown command or arguments: bogus"
    # /dev/null is no iommufd: the kernel's ENOTTY, by name.
    assert holder.ask("open", "state.iommufd.null", "/dev/null") == "ok"
    assert holder.ask("ioas-alive", "null", "1") == "ENOTTY"
    assert holder.ask("map-fixed", "null", "1", "0x100000") == "ENOTTY"
    assert holder.ask("destroy", "null", "1") == "ENOTTY"
    assert holder.ask("open", "state.x", "/nonexistent") == "ENOENT"
    assert holder.ask("names") == "state.iommufd.null"
    assert holder.ask("exit") == "bye"
    assert holder.proc.wait(timeout=60) == 0
    assert not os.path.exists(holder.control)
    run = subprocess.run([holder.binary, "--ask", holder.control, "names"], capture_output=True, text=True)
    assert run.returncode == 2 and "ENOENT" in run.stderr


def test_passes_stored_descriptors_as_listen_fds_in_the_order_stored(holder_binary, tmp_path):
    """What a started command gets: LISTEN_PID its own pid, LISTEN_FDS and
    LISTEN_FDNAMES in store order, the descriptors at 3, 4, … and
    NOTIFY_SOCKET; stored here by a service that sends FDSTORE=1 itself."""
    d = tempfile.mkdtemp()
    notify, control = os.path.join(d, "notify"), os.path.join(d, "ctl")
    report = tmp_path / "report"
    script = f"""
import os, socket, time
if os.environ.get("LISTEN_FDS"):
    with open({str(report)!r}, "w") as f:
        f.write(" ".join([os.environ["LISTEN_PID"] == str(os.getpid()) and "pid-ok" or "pid-wrong",
                          os.environ["LISTEN_FDS"], os.environ["LISTEN_FDNAMES"],
                          os.readlink("/proc/self/fd/3"), os.readlink("/proc/self/fd/4")]))
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.connect(os.environ["NOTIFY_SOCKET"])
if not os.environ.get("LISTEN_FDS"):
    a, b = os.open("/dev/null", os.O_RDONLY), os.open("/", os.O_RDONLY)
    socket.send_fds(s, [b"FDSTORE=1\\nFDNAME=state.b"], [a])
    socket.send_fds(s, [b"FDSTORE=1\\nFDNAME=state.a"], [b])
    socket.send_fds(s, [b"STATUS=other descriptors are closed"], [os.open("/", os.O_RDONLY)])
s.send(b"READY=1")
time.sleep(60)
"""
    proc = subprocess.Popen([holder_binary, "--notify", notify, "--control", control, "--log",
                             os.path.join(d, "log"), "--", "python3", "-c", script])
    try:
        for _ in range(500):
            if os.path.exists(control):
                break
            subprocess.run(["sleep", "0.01"])

        def ask(*words):
            return subprocess.run([holder_binary, "--ask", control, *words], capture_output=True, text=True,
                                  timeout=60).stdout.rstrip("\n")
        assert ask("ready").startswith("ready ")
        assert ask("names") == "state.a state.b"
        assert ask("stop") == "signal 15"
        assert ask("start").startswith("started ")
        assert ask("ready").startswith("ready ")
        assert ask("kill") == "signal 9"
        assert report.read_text() == "pid-ok 2 state.b:state.a /dev/null /"
        with open(os.path.join(d, "log")) as f:
            assert '"STATUS=other descriptors are closed" (descriptors closed)' in f.read()
        assert ask("exit") == "bye"
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
