"""iommud against real QMP clients: qemu.qmp's async and legacy APIs and qmp-shell.

These are the clients orchestration tools use; iommud must work with them unchanged.
"""
import asyncio
import json
import os
import subprocess
import tempfile
import time

import pytest
from qemu.qmp import QMPClient, ExecuteError
from qemu.qmp.legacy import QEMUMonitorProtocol

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
IOMMUCTL = os.environ.get("IOMMUCTL", ".build/debug/iommuctl")


def test_async_client_negotiates_and_runs_commands(daemon):
    sock, _ = daemon

    async def main():
        client = QMPClient("test")
        await client.connect(sock)
        version = await client.execute("query-version")
        names = {c["name"] for c in await client.execute("query-commands")}
        with pytest.raises(ExecuteError) as err:
            await client.execute("no-such-command")
        await client.disconnect()
        return client, version, names, err.value

    client, version, names, err = iommud_process.run_bounded(main())
    assert client.greeting.QMP.version["qemu"]["major"] == version["qemu"]["major"]
    assert version["package"].startswith("iommud ")
    assert {"qmp_capabilities", "query-version", "query-qmp-schema", "quit"} <= names
    assert err.error_class == "CommandNotFound"


def test_oob_overtakes_a_held_in_band_queue(daemon):
    """qemu.qmp enables OOB when offered; an exec-oob command overtakes in-band
    commands queued behind x-oob-test's hold."""
    sock, _ = daemon
    order = []

    async def run(client, name, args, oob=False, tag=None):
        await client.execute(name, args, oob=oob)
        order.append(tag or name)

    async def main():
        client = QMPClient("oob")
        await client.connect(sock)
        held = asyncio.create_task(run(client, "x-oob-test", {"lock": True}, tag="lock"))
        await asyncio.sleep(0.05)
        queued = asyncio.create_task(run(client, "query-version", None))
        await asyncio.sleep(0.05)
        assert order == []
        await run(client, "x-oob-test", {"lock": False}, oob=True, tag="unlock")
        await asyncio.gather(held, queued)
        await client.disconnect()

    # A broken OOB path would leave the held queue waiting for ever.
    iommud_process.run_bounded(main(), timeout=10)
    assert order == ["unlock", "lock", "query-version"]


def test_legacy_client_and_schema(daemon):
    sock, _ = daemon
    qmp = QEMUMonitorProtocol(sock)
    greeting = qmp.connect(negotiate=True)
    assert greeting["QMP"]["capabilities"] == ["oob"]
    schema = qmp.cmd("query-qmp-schema")
    commands = {e["name"] for e in schema if e["meta-type"] == "command"}
    assert "query-version" in commands
    bad = qmp.cmd_raw("query-version", {"unexpected": 1})
    assert bad["error"]["desc"] == "Parameter 'unexpected' is unexpected"
    qmp.close()


def test_quit_sends_shutdown_event_and_exits(daemon):
    sock, proc = daemon
    watcher = QEMUMonitorProtocol(sock)
    watcher.connect(negotiate=True)
    qmp = QEMUMonitorProtocol(sock)
    qmp.connect(negotiate=True)
    assert qmp.cmd("quit") == {}
    event = watcher.pull_event(wait=5.0)
    assert event["event"] == "SHUTDOWN"
    assert event["data"] == {"guest": False, "reason": "host-qmp-quit"}
    assert proc.wait(timeout=10) == 0
    assert not os.path.exists(sock)


def test_qmp_shell_runs_commands(daemon):
    sock, _ = daemon
    shell = os.path.join(os.path.dirname(os.path.realpath(__file__)), "..", "..", ".venv", "bin", "qmp-shell")
    out = subprocess.run([shell, sock], input="query-version\nquery-commands\n", capture_output=True,
                         text=True, timeout=30)
    # The banner reads greeting['QMP']['version']['qemu'], which iommud fills with its own version.
    assert "Connected to QEMU 0.1.0" in out.stdout
    assert "iommud" in out.stdout
    assert "query-qmp-schema" in out.stdout


def test_iommuctl_prints_results_and_fails_on_errors(daemon):
    sock, _ = daemon
    ok = subprocess.run([IOMMUCTL, "--socket", sock, "query-version"], capture_output=True, text=True, timeout=30)
    assert ok.returncode == 0
    assert '"package": "iommud ' in ok.stdout
    bad = subprocess.run([IOMMUCTL, "--socket", sock, "query-version", "x=1"], capture_output=True, text=True,
                         timeout=30)
    assert bad.returncode == 1
    assert bad.stderr.strip() == "error: GenericError: Parameter 'x' is unexpected"
    raw = subprocess.run([IOMMUCTL, "--socket", sock, "--raw", "query-commands"], capture_output=True, text=True,
                         timeout=30)
    assert raw.stdout.startswith('{"return": [{"name": "qmp_capabilities"}')


def test_iommuctl_waits_for_an_event(daemon):
    """--wait-event prints the event the command caused (device_del's
    DEVICE_DELETED), and fails with status 3 when none comes in time."""
    sock, _ = daemon

    def ctl(*args):
        return subprocess.run([IOMMUCTL, "--socket", sock, *args], capture_output=True, text=True, timeout=30)

    assert ctl("object-add", "qom-type=memory-backend-memfd", "id=ram0", "size=1048576").returncode == 0
    assert ctl("device_add", "driver=pc-dimm", "id=dimm0", "memdev=ram0", "addr=0").returncode == 0
    deleted = ctl("--raw", "--wait-event", "DEVICE_DELETED", "device_del", "id=dimm0")
    assert deleted.returncode == 0
    reply, event = deleted.stdout.splitlines()
    assert json.loads(reply) == {"return": {}, "id": "iommuctl"}
    event = json.loads(event)
    assert event["event"] == "DEVICE_DELETED"
    assert event["data"] == {"device": "dimm0", "path": "/machine/peripheral/dimm0"}
    none = ctl("--wait-event", "DEVICE_DELETED", "--timeout", "0.2", "query-version")
    assert none.returncode == 3
    assert none.stderr.strip() == "iommuctl: no DEVICE_DELETED event within 0.2 s"
    assert ctl("object-del", "id=ram0").returncode == 0


def test_client_hanging_up_after_quit_does_not_kill_the_daemon(daemon):
    """Writing the reply and SHUTDOWN to a client that already closed must give
    EPIPE, not SIGPIPE: the daemon exits 0 and removes its socket."""
    import socket as pysocket
    sock, proc = daemon
    for _ in range(3):
        s = pysocket.socket(pysocket.AF_UNIX)
        s.connect(sock)
        s.recv(4096)
        s.sendall(b'{"execute": "qmp_capabilities"}')
        s.recv(4096)
        s.close()
    s = pysocket.socket(pysocket.AF_UNIX)
    s.connect(sock)
    s.recv(4096)
    s.sendall(b'{"execute": "qmp_capabilities"}{"execute": "query-qmp-schema"}{"execute": "quit"}')
    s.close()
    assert proc.wait(timeout=10) == 0
    assert not os.path.exists(sock)


def test_socket_activation_serves_the_passed_socket(tmp_path):
    """systemd-style activation: the listening socket arrives as fd 3 with
    LISTEN_PID/LISTEN_FDS/LISTEN_FDNAMES; iommud serves it and creates nothing."""
    import socket as pysocket
    path = str(tmp_path / "activated.sock")
    listener = pysocket.socket(pysocket.AF_UNIX)
    listener.bind(path)
    listener.listen(8)
    fd = listener.fileno()

    # As a service manager does: the socket becomes fd 3 of the exec'd daemon,
    # and LISTEN_PID names the daemon's own pid (bash's $$ survives exec; dash cannot redirect fds above 9).
    script = f'exec 3<&{fd} {fd}<&-; export LISTEN_PID=$$; exec "$0"'
    env = dict(os.environ, LISTEN_FDS="1", LISTEN_FDNAMES="qmp")
    proc = subprocess.Popen(["bash", "-c", script, os.path.abspath(IOMMUD)], env=env, pass_fds=(fd,),
                            stderr=subprocess.PIPE, cwd=str(tmp_path))
    listener.close()
    try:
        qmp = QEMUMonitorProtocol(path)
        qmp.connect(negotiate=True)
        assert qmp.cmd("query-version")["package"].startswith("iommud ")
        assert qmp.cmd("quit") == {}
        try:
            qmp.close()
        except EOFError:  # qemu.qmp raises this when the server closed first after quit
            pass
        assert proc.wait(timeout=10) == 0
        err = proc.stderr.read().decode()
        assert "socket-activated as 'qmp'" in err
        assert not os.path.exists(tmp_path / "iommud.sock"), "no default socket when activated"
        assert os.path.exists(path), "systemd's socket file is not removed"
    finally:
        if proc.poll() is None:
            proc.kill()


def _fd_count(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def _call(qmp, name, args=None):
    resp = qmp.cmd_raw(name, args)
    assert "return" in resp, resp
    return resp["return"]


def test_send_fd_scm_and_getfd_with_qemu_qmp(daemon):
    """qemu.qmp sends the descriptor on a lone space byte before the command."""
    sock, proc = daemon
    qmp = QEMUMonitorProtocol(sock)
    qmp.connect(negotiate=True)
    baseline = _fd_count(proc.pid)
    r, w = os.pipe()
    qmp.send_fd_scm(r)
    assert _call(qmp, "getfd", {"fdname": "pipe0"}) == {}
    assert _fd_count(proc.pid) == baseline + 1
    qmp.send_fd_scm(r)
    info = _call(qmp, "add-fd", {"opaque": "ro"})
    assert info["fdset-id"] == 0
    assert qmp.cmd("query-fdsets") == [{"fdset-id": 0, "fds": [{"fd": info["fd"], "opaque": "ro"}]}]
    assert _call(qmp, "closefd", {"fdname": "pipe0"}) == {}
    assert _call(qmp, "remove-fd", {"fdset-id": 0}) == {}
    assert _fd_count(proc.pid) == baseline
    err = qmp.cmd_raw("getfd", {"fdname": "again"})
    assert err["error"]["desc"] == "No file descriptor supplied via SCM_RIGHTS"
    os.close(r)
    os.close(w)
    qmp.close()


def test_no_descriptor_leaks(daemon):
    """libvirt-style (fds on the command bytes), unclaimed batches, more than 16
    in one message, and a disconnect with fds pending: the daemon's descriptor
    count returns to where it started."""
    import socket as pysocket
    sock, proc = daemon

    def connect():
        s = pysocket.socket(pysocket.AF_UNIX)
        s.connect(sock)
        s.recv(4096)
        s.sendall(b'{"execute": "qmp_capabilities"}')
        s.recv(4096)
        return s

    def reply(s):
        data = b""
        while not data.endswith(b"\r\n"):
            data += s.recv(65536)
        return json.loads(data)

    import json
    time.sleep(0.1)
    baseline = _fd_count(proc.pid)
    r, w = os.pipe()
    s = connect()
    pysocket.send_fds(s, [b'{"execute": "getfd", "arguments": {"fdname": "lv"}, "id": 1}'], [r])
    assert reply(s) == {"return": {}, "id": 1}
    # A batch nobody claims, replaced by the next batch.
    pysocket.send_fds(s, [b" "], [r, r, r])
    pysocket.send_fds(s, [b'{"execute": "add-fd", "id": 2}'], [r])
    added = reply(s)["return"]
    # 20 descriptors in one message: 16 kept (then closed by the claim), 4 closed at once.
    pysocket.send_fds(s, [b'{"execute": "getfd", "arguments": {"fdname": "many"}, "id": 3}'], [r] * 20)
    assert reply(s) == {"return": {}, "id": 3}
    # Descriptors still pending when the client goes away.
    pysocket.send_fds(s, [b" "], [r, w])
    time.sleep(0.1)
    s.close()
    time.sleep(0.2)
    assert _fd_count(proc.pid) == baseline + 3  # lv, the fd set member, many
    t = connect()
    for cmd in ['{"execute": "closefd", "arguments": {"fdname": "lv"}}',
                '{"execute": "closefd", "arguments": {"fdname": "many"}}',
                '{"execute": "remove-fd", "arguments": {"fdset-id": %d}}' % added["fdset-id"]]:
        t.sendall(cmd.encode())
        assert reply(t) == {"return": {}}
    assert _fd_count(proc.pid) == baseline + 1  # the second connection itself
    t.close()
    time.sleep(0.2)
    assert _fd_count(proc.pid) == baseline
    os.close(r)
    os.close(w)


def test_jsonrpc_listener_on_the_real_daemon(tmp_path):
    import json
    import socket as pysocket
    qmp_path = str(tmp_path / "q.sock")
    rpc_path = str(tmp_path / "r.sock")
    proc = subprocess.Popen([IOMMUD, "--qmp", f"unix:{qmp_path}", "--jsonrpc", f"unix:{rpc_path}"],
                            stderr=subprocess.PIPE)
    try:
        assert iommud_process.wait_for_socket(proc, rpc_path) is None
        s = pysocket.socket(pysocket.AF_UNIX)
        s.connect(rpc_path)
        f = s.makefile("rb")
        s.sendall(b'[{"jsonrpc": "2.0", "method": "query-version", "id": 1},'
                  b' {"jsonrpc": "2.0", "method": "quit", "params": {"x": 1}, "id": 2}]\n')
        batch = json.loads(f.readline())
        assert batch[0]["result"]["package"].startswith("iommud ")
        assert batch[1]["error"] == {"code": -32602, "message": "Parameter 'x' is unexpected",
                                     "data": {"class": "GenericError"}}
        s.sendall(b'{"jsonrpc": "2.0", "method": "quit", "id": "q"}')
        assert json.loads(f.readline()) == {"jsonrpc": "2.0", "result": {}, "id": "q"}
        event = json.loads(f.readline())
        assert event["method"] == "SHUTDOWN" and "id" not in event
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_kernel_auto_says_which_kernel_it_uses(daemon):
    sock, proc = daemon
    qmp = QEMUMonitorProtocol(sock)
    qmp.connect(negotiate=True)
    qmp.cmd("quit")
    assert proc.wait(timeout=10) == 0
    log = proc.stderr.read().decode()
    if os.path.exists("/dev/iommu"):
        assert "using the host kernel: /dev/iommu exists (--kernel auto)" in log
    else:
        assert "using the simulated kernel: /dev/iommu does not exist (--kernel auto)" in log
