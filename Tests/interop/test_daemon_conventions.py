"""iommud as a Linux daemon: systemd's notification protocol (READY, STATUS,
WATCHDOG, STOPPING) through a fake NOTIFY_SOCKET, journal priorities when
stderr is the journal, --log-level, and --config."""
import os
import socket
import subprocess
import tempfile
import time

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")


def test_it_tells_systemd_when_it_is_ready_alive_and_stopping():
    directory = tempfile.mkdtemp()
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(os.path.join(directory, "notify"))
    notify.settimeout(10)
    env = dict(os.environ, NOTIFY_SOCKET=os.path.join(directory, "notify"), WATCHDOG_USEC="200000")
    sock = os.path.join(directory, "iommud.sock")
    proc = subprocess.Popen([IOMMUD, "--kernel", "sim", "--qmp", f"unix:{sock}"], env=env, stderr=subprocess.DEVNULL)
    try:
        ready = notify.recv(4096).decode()
        assert ready == "READY=1\nSTATUS=serving 1 listener on the sim kernel"
        # The socket accepts by the time READY=1 is sent.
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(sock)
        assert client.recv(4096).startswith(b'{"QMP"')
        client.close()
        # WATCHDOG=1 every half interval (100 ms).
        pings = [notify.recv(4096).decode() for _ in range(3)]
        assert pings == ["WATCHDOG=1"] * 3
        proc.terminate()
        while True:
            message = notify.recv(4096).decode()
            if message != "WATCHDOG=1":
                break
        assert message == "STOPPING=1\nSTATUS=shutting down (host-signal)"
        assert proc.wait(timeout=10) == 0
        # The variables are not passed on to children.
    finally:
        if proc.poll() is None:
            proc.kill()


def start_logging(*options, journal):
    """iommud with stderr a pipe; with `journal`, JOURNAL_STREAM names it.
    Returns its stderr lines once it has been stopped."""
    read_end, write_end = os.pipe()
    st = os.fstat(write_end)
    env = dict(os.environ)
    if journal:
        env["JOURNAL_STREAM"] = f"{st.st_dev}:{st.st_ino}"
    sock = os.path.join(tempfile.mkdtemp(), "iommud.sock")
    proc = subprocess.Popen([IOMMUD, "--kernel", "sim", "--qmp", f"unix:{sock}", "--trace", "no_such_event", *options],
                            env=env, stderr=write_end)
    os.close(write_end)
    assert iommud_process.wait_for_socket(proc, sock) is None
    proc.terminate()
    proc.wait(timeout=10)
    with os.fdopen(read_end) as f:
        return f.read().splitlines()


def test_journal_lines_carry_syslog_priorities():
    lines = start_logging(journal=True)
    assert "<4>warning: no trace event matches 'no_such_event'" in lines
    assert "<6>using the simulated kernel (--kernel sim)" in lines
    assert all(line.startswith("<") for line in lines), lines
    plain = start_logging(journal=False)
    assert "iommud: warning: no trace event matches 'no_such_event'" in plain


def test_log_level_drops_what_is_below_it():
    lines = start_logging("--log-level", "warning", journal=False)
    assert lines == ["iommud: warning: no trace event matches 'no_such_event'"]
    bad = subprocess.run([IOMMUD, "--log-level", "loud"], capture_output=True, text=True)
    assert bad.returncode != 0 and "--log-level must be error, warning, info or debug, not 'loud'" in bad.stderr


def test_a_config_file_says_what_the_command_line_can():
    directory = tempfile.mkdtemp()
    config = os.path.join(directory, "iommud.conf")
    in_file = os.path.join(directory, "from-file.sock")
    with open(config, "w") as f:
        f.write(f"""# a comment
kernel = sim
qmp = unix:{in_file}
object = iommufd,id=iommufd0
object = memory-backend-memfd,id=ram0,size=2M
device = pc-dimm,id=dimm0,memdev=ram0,addr=0
allow-remote = false
""")
    # The command line's --qmp replaces the file's.
    sock = os.path.join(directory, "cli.sock")
    proc = subprocess.Popen([IOMMUD, "--config", config, "--qmp", f"unix:{sock}"], stderr=subprocess.DEVNULL)
    try:
        assert iommud_process.wait_for_socket(proc, sock) is None
        assert not os.path.exists(in_file)
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(sock)
        client.recv(4096)
        client.sendall(b'{"execute": "qmp_capabilities"}{"execute": "qom-get", "arguments": {"path": "/machine/peripheral/dimm0", "property": "memdev"}}')
        replies = b""
        while replies.count(b"\n") < 2:
            replies += client.recv(4096)
        assert b'{"return": "ram0"}' in replies
        client.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    with open(config, "a") as f:
        f.write("max-clients = lots\n")
    bad = subprocess.run([IOMMUD, "--config", config], capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr.strip() == f"iommud: error: --config {config}:8: The value 'lots' is invalid for '--max-clients <max-clients>'"
    with open(config, "w") as f:
        f.write("kernel = sim\nbogus = 1\n")
    bad = subprocess.run([IOMMUD, "--config", config], capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.strip() == f"iommud: error: --config {config}:2: unknown key 'bogus'"
