"""Read-only listeners (`--qmp ADDRESS,readonly=on`, and the same for
--jsonrpc and TCP) through the real daemon, with qemu.qmp as orchestration
tools use it: queries run, everything else is refused and changes nothing,
and descriptors sent there are closed on arrival."""
import json
import os
import re
import socket
import subprocess
import tempfile
import time

import pytest
from qemu.qmp import QMPClient, ExecuteError
from qemu.qmp.legacy import QEMUMonitorProtocol

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
REFUSED = "Command {} has been disabled: this monitor is read-only"


@pytest.fixture
def daemon():
    """iommud with a read-write QMP socket and read-only QMP (Unix and TCP)
    and JSON-RPC listeners: yields (paths, tcp port, process)."""
    d = tempfile.mkdtemp()
    ro, rpc = os.path.join(d, "ro.sock"), os.path.join(d, "rpc.sock")
    log_path = os.path.join(d, "stderr")
    log = open(log_path, "w")
    rw, proc, problem = iommud_process.start(
        IOMMUD, "--kernel", "sim", "--qmp", f"unix:{ro},readonly=on", "--jsonrpc", f"unix:{rpc},readonly=on",
        "--qmp", "tcp:127.0.0.1:0,readonly=on", stderr=log)
    if problem or iommud_process.wait_for_socket(proc, rpc):
        pytest.fail(problem or "no JSON-RPC socket")
    port = None
    for _ in range(100):
        with open(log_path) as f:
            m = re.search(r"listening on tcp:127\.0\.0\.1:(\d+) \(QMP, read-only\)", f.read())
        if m:
            port = int(m.group(1))
            break
        time.sleep(0.02)
    assert port, "no read-only TCP listener logged"
    yield {"rw": rw, "ro": ro, "rpc": rpc}, port, proc
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=10)
    log.close()
    with open(log_path) as f:
        text = f.read()
    assert f"listening on unix:{ro} (QMP, read-only)" in text
    assert f"listening on unix:{rpc} (JSON-RPC, read-only)" in text


def test_qemu_qmp_client_on_a_read_only_socket(daemon):
    paths, _, _ = daemon

    async def main():
        writer = QMPClient("rw")
        await writer.connect(paths["rw"])
        reader = QMPClient("ro")
        await reader.connect(paths["ro"])
        version = await reader.execute("query-version")
        before = await reader.execute("qom-list", {"path": "/objects"})
        with pytest.raises(ExecuteError) as refused:
            await reader.execute("object-add", {"qom-type": "iommufd", "id": "fd0"})
        after_refusal = await reader.execute("qom-list", {"path": "/objects"})
        await writer.execute("object-add", {"qom-type": "iommufd", "id": "fd0"})
        seen = await reader.execute("qom-list", {"path": "/objects"})
        typ = await reader.execute("qom-get", {"path": "/objects/fd0", "property": "type"})
        ro_commands = {c["name"] for c in await reader.execute("query-commands")}
        rw_commands = {c["name"] for c in await writer.execute("query-commands")}
        ro_schema = await reader.execute("query-qmp-schema")
        rw_schema = await writer.execute("query-qmp-schema")
        with pytest.raises(ExecuteError) as quit_refused:
            await reader.execute("quit")
        await reader.disconnect()
        await writer.disconnect()
        return locals()

    r = iommud_process.run_bounded(main())
    assert r["version"]["package"].startswith("iommud ")
    assert r["refused"].value.error_class == "GenericError"
    assert r["refused"].value.error.error.desc == REFUSED.format("object-add")
    assert r["after_refusal"] == r["before"]
    assert {"name": "fd0", "type": "child<iommufd>"} in r["seen"]
    assert r["typ"] == "iommufd"
    assert r["quit_refused"].value.error.error.desc == REFUSED.format("quit")
    expected = {c for c in r["rw_commands"] if c.startswith("query-")} | {
        "qmp_capabilities", "qom-list", "qom-get", "trace-event-get-state"}
    assert r["ro_commands"] == expected
    assert r["ro_schema"] == r["rw_schema"]


def test_descriptors_sent_to_a_read_only_socket_are_closed_at_once(daemon):
    paths, _, proc = daemon
    qmp = QEMUMonitorProtocol(paths["ro"])
    qmp.connect(negotiate=True)
    time.sleep(0.1)
    baseline = len(os.listdir(f"/proc/{proc.pid}/fd"))
    r, w = os.pipe()
    for _ in range(5):
        qmp.send_fd_scm(r)
    refused = qmp.cmd_raw("getfd", {"fdname": "x"})
    assert refused["error"] == {"class": "GenericError", "desc": REFUSED.format("getfd")}
    assert qmp.cmd_raw("add-fd")["error"]["desc"] == REFUSED.format("add-fd")
    assert len(os.listdir(f"/proc/{proc.pid}/fd")) == baseline
    assert qmp.cmd("query-fdsets") == []
    qmp.close()
    os.close(r)
    os.close(w)


def test_read_only_tcp_listener(daemon):
    _, port, _ = daemon
    qmp = QEMUMonitorProtocol(("127.0.0.1", port))
    qmp.connect(negotiate=True)
    assert qmp.cmd("query-version")["package"].startswith("iommud ")
    bad = qmp.cmd_raw("object-add", {"qom-type": "memory-backend-memfd", "id": "m", "size": 4096})
    assert bad["error"]["desc"] == REFUSED.format("object-add")
    assert {"name": "m", "type": "child<memory-backend-memfd>"} not in qmp.cmd("qom-list", path="/objects")
    qmp.close()


def test_read_only_json_rpc_listener(daemon):
    paths, _, _ = daemon
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(10)
    s.connect(paths["rpc"])
    f = s.makefile("rb")
    s.sendall(b'{"jsonrpc": "2.0", "method": "query-version", "id": 1}\n')
    assert json.loads(f.readline())["result"]["package"].startswith("iommud ")
    s.sendall(b'{"jsonrpc": "2.0", "method": "object-add", "params": {"qom-type": "iommufd", "id": "x"}, "id": 2}\n')
    assert json.loads(f.readline()) == {
        "jsonrpc": "2.0", "id": 2,
        "error": {"code": -32000, "message": REFUSED.format("object-add"), "data": {"class": "GenericError"}}}
    s.sendall(b'{"jsonrpc": "2.0", "method": "quit", "id": 3}\n')
    assert json.loads(f.readline())["error"]["message"] == REFUSED.format("quit")
    s.close()


@pytest.mark.parametrize("option, message", [
    ("unix:/tmp/x.sock,readonly=maybe", "'unix:/tmp/x.sock,readonly=maybe': 'readonly=maybe': expected readonly=on or readonly=off"),
    ("unix:/tmp/x.sock,ro=on", "unknown option 'ro=on'; the options are server=on, wait=off and readonly=on|off"),
])
def test_bad_listener_options_are_usage_errors(option, message):
    out = subprocess.run([IOMMUD, "--qmp", option], capture_output=True, text=True, timeout=30)
    assert out.returncode == 64
    assert message in out.stderr
