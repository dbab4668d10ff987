"""`--object` and `--device`: a daemon started fully configured, as a systemd
unit starts it, then driven by qemu.qmp; bad options end the daemon with one
line naming the option and leave no socket behind."""
import asyncio
import os
import subprocess
import tempfile

import pytest
from qemu.qmp import ExecuteError, QMPClient

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")


def serve(session, *options):
    """Starts iommud on the simulated kernel with `options`, runs the async
    `session(qmp)` against it with a connected qemu.qmp client, then stops it."""
    sock, proc, problem = iommud_process.start(IOMMUD, "--kernel", "sim", *options, stderr=subprocess.DEVNULL)
    assert problem is None, problem

    async def main():
        qmp = QMPClient("command-line")
        await qmp.connect(sock)
        await session(qmp)
        await qmp.disconnect()

    try:
        iommud_process.run_bounded(main())
    finally:
        proc.terminate()
        proc.wait(timeout=10)


NIC = "0000:17:00.0"
NVME = "0000:65:00.0"
MIB = 1 << 20


def test_daemon_starts_with_its_objects_and_devices():
    sock, proc, problem = iommud_process.start(
        IOMMUD, "--kernel", "sim",
        "--object", "iommufd,id=iommufd0",
        "--object", "memory-backend-memfd,id=ram0,size=2M,share=on",
        "--device", "pc-dimm,id=dimm0,memdev=ram0,addr=4G",  # not a size: refused below
        stderr=subprocess.PIPE)
    assert problem is not None
    assert proc.wait(timeout=10) == 1
    lines = proc.stderr.read().decode().splitlines()
    assert lines[-1] == "iommud: --device pc-dimm,id=dimm0,memdev=ram0,addr=4G: Parameter 'addr' expects integer"
    assert not os.path.exists(sock)

    async def session(qmp):
        run = qmp.execute
        containers = await run("query-vfio")
        assert [(c["backend"], c["devices"]) for c in containers] == [("iommufd", ["nic0"]), ("legacy", ["nvme0"])]
        for c in containers:
            assert c["mappings"] == [{"iova": 4 << 30, "size": 2 * MIB}]
        assert await run("qom-get", {"path": "ram0", "property": "share"}) is True
        # The NIC's DMA reaches the dimm the command line mapped.
        await run("x-sim-dma-write", {"device": NIC, "iova": (4 << 30) + 8, "size": 2, "fill": 9})
        assert (await run("x-sim-dma-read", {"device": NIC, "iova": (4 << 30) + 8, "size": 2}))["data"] == "0909"
        # Clients may take down what the command line made.
        assert await run("device_del", {"id": "nic0"}) == {}
        event = await asyncio.wait_for(qmp.events.get(), 5)
        assert event["event"] == "DEVICE_DELETED" and event["data"]["device"] == "nic0"

    serve(session,
          "--device", f"vfio-pci,id=nic0,host={NIC},iommufd=iommufd0",
          "--device", '{"driver": "vfio-pci", "id": "nvme0", "host": "%s"}' % NVME,
          "--device", "pc-dimm,id=dimm0,memdev=ram0,addr=0x100000000",
          # Objects are made first, wherever they stand (as QEMU's -object).
          "--object", "iommufd,id=iommufd0",
          "--object", "memory-backend-memfd,id=ram0,size=2M,share=on")


def run_briefly(*options):
    """Runs iommud with `options` and a socket path; returns (status, stdout,
    stderr lines, whether the socket exists)."""
    sock = os.path.join(tempfile.mkdtemp(), "iommud.sock")
    done = subprocess.run([IOMMUD, "--kernel", "sim", "--qmp", f"unix:{sock}", *options],
                          capture_output=True, timeout=30)
    return done.returncode, done.stdout.decode(), done.stderr.decode().splitlines(), os.path.exists(sock)


def test_bad_text_is_one_line_and_status_1():
    status, _, err, listening = run_briefly("--object", "memory-backend-memfd,id=m,size=1X")
    assert (status, listening) == (1, False)
    # Refused as the command line is read: before a kernel is even chosen.
    assert err == ["iommud: --object memory-backend-memfd,id=m,size=1X: Parameter 'size' expects size"]


def test_a_failing_device_ends_the_daemon_before_it_listens():
    status, _, err, listening = run_briefly(
        "--object", "iommufd,id=iommufd0",
        "--device", "vfio-pci,id=x,host=0000:99:00.0,iommufd=iommufd0")
    assert (status, listening) == (1, False)
    assert err[-1] == ("iommud: --device vfio-pci,id=x,host=0000:99:00.0,iommufd=iommufd0: "
                       "no VFIO device '0000:99:00.0': see query-vfio-host-devices")


def test_help_lists_types_and_properties():
    status, out, _, listening = run_briefly("--object", "help")
    assert (status, listening) == (0, False)
    assert out.splitlines() == ["List of user creatable objects:", "  iommufd", "  memory-backend-memfd",
                                "  memory-backend-file"]
    status, out, _, _ = run_briefly("--device", "pc-dimm,help")
    assert status == 0
    assert "  addr=<uint64> (required)" in out.splitlines()


NARROW_HOST = """{"iommus": [{"name": "dmar0", "address-width": 39}],
 "devices": [{"name": "0000:17:00.0", "iommu": "dmar0", "group": 1}]}"""


def topology(text):
    path = os.path.join(tempfile.mkdtemp(), "host.json")
    with open(path, "w") as f:
        f.write(text)
    return path


def test_command_line_devices_are_coldplugged_and_preconfig_waits():
    """The command line's devices are coldplugged: intel-iommu syncs its
    aw-bits down to a 39-bit host and migration is blocked; then the
    daemon runs, and a hotplugged device meets a frozen vIOMMU. With
    --preconfig the daemon waits in prelaunch for x-exit-preconfig."""
    host = topology(NARROW_HOST)

    async def running(qmp):
        run = qmp.execute
        assert await run("query-status") == {"running": True, "status": "running"}
        assert await run("qom-get", {"path": "/machine/peripheral/viommu0", "property": "aw-bits"}) == 39
        assert (await run("query-migrate"))["blocked-reasons"] == [
            "intel-iommu 'viommu0': aw-bits synced from 48 to 39 for device 'nic0' (host aw-bits 39)"]
        [hiod] = await run("query-host-iommu-devices")
        assert hiod["aw-bits"] == 39 and hiod["vtd"]["address-width"] == 39

    serve(running, "--sim-topology", host,
          "--object", "iommufd,id=iommufd0",
          "--device", "intel-iommu,id=viommu0,aw-bits=48,caching-mode=on",
          "--device", "vfio-pci,id=nic0,host=0000:17:00.0,iommufd=iommufd0")

    async def preconfig(qmp):
        run = qmp.execute
        assert await run("query-status") == {"running": False, "status": "prelaunch"}
        await run("x-exit-preconfig")
        assert (await run("query-status"))["status"] == "running"
        # Hotplugged: the frozen 48-bit vIOMMU refuses the 39-bit host.
        with pytest.raises(ExecuteError) as refused:
            await run("device_add", {"driver": "vfio-pci", "id": "nic0", "host": "0000:17:00.0",
                                     "iommufd": "iommufd0"})
        assert refused.value.error.error.desc == "vfio 0000:17:00.0: aw-bits 48 > host aw-bits 39"
        assert await run("query-vfio") == []

    serve(preconfig, "--sim-topology", host, "--preconfig",
          "--object", "iommufd,id=iommufd0",
          "--device", "intel-iommu,id=viommu0,aw-bits=48,caching-mode=on")
