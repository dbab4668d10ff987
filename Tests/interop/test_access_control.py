"""Who may use a QMP socket, tested with real other users: a client process
dropped to another uid, gid and supplementary groups (setpriv) connects to
iommud's Unix socket. The file's mode stops some at connect(2); the daemon
refuses the rest by their SO_PEERCRED credentials (the connection is closed
before the greeting and the refusal logged); those named by --allow-uid,
--allow-gid or --socket-group are served."""
import json
import os
import stat
import subprocess
import sys
import tempfile

import pytest

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="running a client as another user needs root")

# What the client reports: whether connect(2) worked, the greeting, and the
# reply to qmp_capabilities + query-status.
CLIENT = r"""
import json, socket, sys
out = {}
s = socket.socket(socket.AF_UNIX)
s.settimeout(5)
try:
    s.connect(sys.argv[1])
except OSError as e:
    print(json.dumps({"connect": e.strerror})); sys.exit(0)
out["connect"] = "ok"
data = b""
while b"\r\n" not in data:
    chunk = s.recv(65536)
    if not chunk:
        break
    data += chunk
out["greeting"] = data.startswith(b'{"QMP"')
if out["greeting"]:
    s.sendall(b'{"execute": "qmp_capabilities"}{"execute": "query-status"}')
    replies = b""
    while replies.count(b"\r\n") < 2:
        chunk = s.recv(65536)
        if not chunk:
            break
        replies += chunk
    out["replies"] = [json.loads(line) for line in replies.split(b"\r\n") if line]
print(json.dumps(out))
"""


def client_as(uid, gid, path, groups=()):
    """The client on `path` as `uid`:`gid` with supplementary `groups`."""
    group_option = f"--groups={','.join(map(str, groups))}" if groups else "--clear-groups"
    out = subprocess.run(["setpriv", f"--reuid={uid}", f"--regid={gid}", group_option,
                          sys.executable, "-c", CLIENT, path],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


SERVED = {"connect": "ok", "greeting": True,
          "replies": [{"return": {}}, {"return": {"status": "running", "running": True}}]}
REFUSED = {"connect": "ok", "greeting": False}
BLOCKED = {"connect": "Permission denied"}


@pytest.fixture
def daemon():
    """Starts iommud with options on a socket in a directory every user can
    reach; yields (socket path, stderr text reader)."""
    started = []

    def start(*options):
        directory = tempfile.mkdtemp()
        os.chmod(directory, 0o755)
        log = open(os.path.join(directory, "stderr"), "w")
        path = os.path.join(directory, "iommud.sock")
        proc = subprocess.Popen([IOMMUD, "--kernel", "sim", *options, "--qmp", f"unix:{path}"], stderr=log)
        problem = iommud_process.wait_for_socket(proc, path)
        assert problem is None, problem
        started.append((proc, log))

        def log_text():
            with open(log.name) as f:
                return f.read()
        return path, log_text
    yield start
    for proc, log in started:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_by_default_only_the_daemons_user_and_root_are_served(daemon):
    path, log = daemon()
    st = os.stat(path)
    assert stat.S_IMODE(st.st_mode) == 0o600 and st.st_uid == os.getuid()
    assert client_as(65534, 65534, path) == BLOCKED
    assert client_as(0, 0, path) == SERVED


def test_an_open_mode_alone_admits_nobody_else(daemon):
    """0666 lets anyone connect(2); the peer check still refuses them."""
    path, log = daemon("--socket-mode", "0666")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o666
    assert client_as(65534, 65534, path) == REFUSED
    assert "refusing a client: pid " in log() and "uid 65534 gid 65534 is not allowed" in log()
    assert client_as(0, 0, path) == SERVED


def test_allow_uid_admits_exactly_the_users_it_names(daemon):
    path, log = daemon("--socket-mode", "0666", "--allow-uid", "65533")
    assert client_as(65533, 65533, path) == SERVED
    assert client_as(65534, 65534, path) == REFUSED
    assert client_as(65532, 65533, path) == REFUSED   # the gid of an allowed uid is not enough
    refusals = [line for line in log().splitlines() if "refusing a client" in line]
    assert len(refusals) == 2 and "uid 65534" in refusals[0] and "uid 65532" in refusals[1]


def test_allow_uid_adds_to_the_daemons_user_and_root(daemon):
    """--allow-uid is "also": the daemon's own user and root stay admitted."""
    path, log = daemon("--socket-mode", "0666", "--allow-uid", "65533")
    assert client_as(0, 0, path) == SERVED
    assert client_as(0, 65534, path) == SERVED


def test_allow_gid_admits_primary_and_supplementary_members(daemon):
    path, log = daemon("--socket-mode", "0666", "--allow-gid", "65530")
    assert client_as(65532, 65530, path) == SERVED                    # primary group
    assert client_as(65532, 65532, path, groups=[65531, 65530]) == SERVED   # supplementary
    assert client_as(65532, 65532, path, groups=[65531]) == REFUSED


def test_socket_group_admits_its_members_and_the_mode_keeps_others_out(daemon):
    path, log = daemon("--socket-mode", "0660", "--socket-group", "nogroup")
    st = os.stat(path)
    assert stat.S_IMODE(st.st_mode) == 0o660 and st.st_gid == 65534
    assert client_as(65532, 65534, path) == SERVED
    assert client_as(65532, 65532, path, groups=[65534]) == SERVED
    assert client_as(65532, 65532, path) == BLOCKED


def test_refused_clients_do_not_hold_a_client_slot(daemon):
    """A refused peer is closed at once: with --max-clients 1, twenty refusals
    leave the one slot for the admitted user."""
    path, log = daemon("--socket-mode", "0666", "--allow-uid", "65533", "--max-clients", "1")
    for _ in range(20):
        assert client_as(65534, 65534, path) == REFUSED
    assert client_as(65533, 65533, path) == SERVED
