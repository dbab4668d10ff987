"""Who may use a vfio-user export, tested with real other users: a client
process run as another uid and gid (setpriv) against iommud's export socket,
which follows the QMP sockets' rules (--socket-mode, --socket-group,
--allow-uid). The client is vfio-user-probe, which uses the device as a VMM
does; refused, it sees the connection closed."""
import os
import stat
import subprocess
import tempfile

import pytest
from qemu.qmp import QMPClient

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
PROBE = os.environ.get("VFIO_USER_PROBE", ".build/debug/vfio-user-probe")
NIC = "0000:17:00.0"

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="running a client as another user needs root")


def probe_as(uid, gid, path):
    """vfio-user-probe on `path` as `uid`:`gid` (no supplementary groups)."""
    return subprocess.run(
        ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", os.path.abspath(PROBE), path],
        capture_output=True, text=True, timeout=60)


def export(*options):
    """Starts iommud on the simulated kernel with `options`, exports the NIC
    at a path every user can reach, and runs `check(path, qmp)`."""
    def run(check):
        directory = tempfile.mkdtemp()
        os.chmod(directory, 0o755)
        path = os.path.join(directory, "nic0.vfio-user")
        sock, proc, problem = iommud_process.start(IOMMUD, "--kernel", "sim", *options, stderr=subprocess.PIPE)
        assert problem is None, problem

        async def main():
            qmp = QMPClient("vfio-user-access")
            await qmp.connect(sock)
            await qmp.execute("object-add", {"qom-type": "iommufd", "id": "iommufd0"})
            await qmp.execute("device_add", {"driver": "vfio-pci", "id": "nic0", "host": NIC,
                                             "iommufd": "iommufd0", "vfio-user": path})
            await check(path, qmp)
            await qmp.execute("device_del", {"id": "nic0"})
            await qmp.disconnect()

        try:
            iommud_process.run_bounded(main())
        finally:
            proc.terminate()
            proc.wait(timeout=10)
        return proc.stderr.read().decode()
    return run


async def export_info(qmp):
    return (await qmp.execute("query-vfio"))[0]["vfio-user"]


def test_by_default_only_the_daemons_user_reaches_the_export():
    async def check(path, qmp):
        mode = os.stat(path)
        assert stat.S_IMODE(mode.st_mode) == 0o600 and mode.st_uid == os.getuid()
        other = probe_as(65534, 65534, path)
        # The file's mode stops it before the daemon sees it.
        assert other.returncode == 2 and "cannot connect" in other.stderr, other
        assert (await export_info(qmp))["refusals"] == 0
        own = probe_as(0, 0, path)
        assert own.returncode == 0, own.stdout + own.stderr
        assert "vfio-user-probe: dma-map iova 0x100000 size 0x100000" in own.stdout
    export()(check)


def test_allow_uid_admits_exactly_the_users_it_names():
    async def check(path, qmp):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o666
        # Not named: the daemon reads its credentials and closes it.
        refused = probe_as(65534, 65534, path)
        assert refused.returncode == 1 and "the server closed the connection" in refused.stdout, refused
        info = await export_info(qmp)
        assert info["refusals"] == 1 and info["clients"] == 0 and "client" not in info
        # Named: served, down to its own memory mapped for the device.
        admitted = probe_as(65533, 65533, path)
        assert admitted.returncode == 0, admitted.stdout + admitted.stderr
        assert "vfio-user-probe: config ids 1b36:0005" in admitted.stdout
        # (its requests for what the device lacks count as refusals too)
        assert (await export_info(qmp))["clients"] == 1
    log = export("--socket-mode", "0666", "--allow-uid", "65533")(check)
    assert "vfio-user 'nic0': refusing a client: " in log and "uid 65534" in log, log


def test_socket_group_admits_its_members():
    async def check(path, qmp):
        st = os.stat(path)
        assert stat.S_IMODE(st.st_mode) == 0o660 and st.st_gid == 65534
        member = probe_as(65532, 65534, path)
        assert member.returncode == 0, member.stdout + member.stderr
        # Another user of another group: the file's mode stops it.
        outsider = probe_as(65532, 65532, path)
        assert outsider.returncode == 2, outsider
        assert (await export_info(qmp))["clients"] == 1
    export("--socket-mode", "0660", "--socket-group", "nogroup")(check)
