"""The generated Python client (clients/python, `iommud_client`) against a
live daemon: the README's session, every command through the stub, events,
lost connections, and version skew both ways."""
import asyncio
import inspect
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

import iommud_process

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "clients", "python"))

from iommud_client import ConnectionLost, IommudClient, IommudError  # noqa: E402
from iommud_client import types  # noqa: E402
from iommud_client._runtime import python_name  # noqa: E402

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
QAPI_GEN = os.environ.get("QAPI_GEN", ".build/debug/qapi-gen")
NIC = "0000:17:00.0"


@pytest.fixture
def daemon():
    sock, proc, problem = iommud_process.start(IOMMUD, "--kernel", "sim", stderr=subprocess.DEVNULL)
    assert problem is None, problem
    yield sock, proc
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_readme_session(daemon):
    """The README's ten-line script: typed results, DEVICE_DELETED awaited."""
    sock, _ = daemon

    async def main():
        async with IommudClient() as iommud:
            await iommud.connect(sock)
            await iommud.object_add(qom_type="iommufd", id="iommufd0")
            await iommud.object_add(qom_type="memory-backend-memfd", id="ram0", size=2 << 20)
            await iommud.device_add(driver="pc-dimm", id="dimm0", memdev="ram0", addr=0)
            await iommud.device_add(driver="vfio-pci", id="nic0", host=NIC, iommufd="iommufd0")
            [container] = await iommud.query_vfio()
            assert container.backend == "iommufd" and container.devices == ["nic0"]
            assert container.mappings[0].size == 2 << 20
            await iommud.device_del(id="nic0")
            event = await iommud.wait_event("DEVICE_DELETED", {"device": "nic0"}, timeout=5)
            assert event.data.device == "nic0" and event.data.path == "/machine/peripheral/nic0"
            assert iommud.schema_report.matches, str(iommud.schema_report)

    iommud_process.run_bounded(main())


def test_errors_are_typed(daemon):
    sock, _ = daemon

    async def main():
        async with IommudClient() as iommud:
            await iommud.connect(sock)
            with pytest.raises(IommudError) as missing:
                await iommud.device_del(id="nope")
            assert missing.value.error_class == "DeviceNotFound" and missing.value.desc == "Device 'nope' not found"
            await iommud.object_add(qom_type="iommufd", id="iommufd0")
            await iommud.x_sim_inject_fault(nth=1, errno="EIO")
            with pytest.raises(IommudError) as failed:
                await iommud.iommufd_ioas_alloc(iommufd="iommufd0")
            assert failed.value.errno == "EIO" and "EIO" in failed.value.desc

    iommud_process.run_bounded(main())


def dummy(annotation):
    """A value of the parameter's type, good enough to reach the daemon."""
    text = str(annotation)
    if text.startswith("List["):
        return []
    return {"str": "x", "int": 0, "bool": False, "float": 0.0}.get(text, {})


def test_every_command_goes_through_the_stub(daemon):
    """Each generated method sends its command and decodes the answer: a
    typed result, or an IommudError with a class; never a client-side
    failure. quit goes last and ends the daemon."""
    sock, proc = daemon
    names = [n for n in types.COMMANDS if n != "quit"] + ["quit"]

    async def main():
        iommud = IommudClient()
        await iommud.connect(sock)
        await iommud.object_add(qom_type="iommufd", id="iommufd0")
        seen = {}
        for name in names:
            method = getattr(iommud, python_name(name))
            kwargs = {}
            for p in inspect.signature(method).parameters.values():
                if p.kind == p.KEYWORD_ONLY and p.default is p.empty:
                    kwargs[p.name] = os.open("/dev/null", os.O_RDONLY) if p.name == "fd" else dummy(p.annotation)
            try:
                result = await method(**kwargs)
                seen[name] = "ok"
                if types.COMMANDS.get(name) is not None and result is not None and not isinstance(result, (int, str, bool, list, dict)):
                    assert type(result).__module__.endswith("_generated"), (name, result)
            except IommudError as error:
                assert error.error_class in ("GenericError", "CommandNotFound", "DeviceNotFound"), (name, error)
                seen[name] = error.error_class
            finally:
                if "fd" in kwargs:
                    os.close(kwargs["fd"])
        assert set(seen) == set(types.COMMANDS)
        # Only qmp_capabilities, which the client already ran, is refused as such.
        assert [n for n, outcome in seen.items() if outcome == "CommandNotFound"] == ["qmp_capabilities"], seen
        await iommud.disconnect()

    iommud_process.run_bounded(main())
    assert proc.wait(timeout=10) == 0


def test_a_lost_connection_fails_pending_calls_and_waits(daemon):
    sock, proc = daemon

    async def main():
        iommud = IommudClient()
        await iommud.connect(sock)
        waiting = asyncio.ensure_future(iommud.wait_event("DEVICE_DELETED", timeout=10))
        await asyncio.sleep(0.1)
        proc.kill()
        with pytest.raises(ConnectionLost):
            await waiting
        with pytest.raises(ConnectionLost):
            await iommud.query_version()

    iommud_process.run_bounded(main())


OLD_SCHEMA = os.path.join(HERE, "fixtures", "schema-0.1")


def old_client():
    """IommudClient generated from iommud 0.1's schema (before the device
    model): qapi-gen on the fixture, with today's runtime."""
    out = tempfile.mkdtemp()
    package = os.path.join(out, "iommud_client_old")
    shutil.copytree(os.path.join(ROOT, "clients", "python", "iommud_client"), package)
    subprocess.run([QAPI_GEN, "--schema", os.path.join(OLD_SCHEMA, "qapi-schema.json"), "--swift-output", out,
                    "--docs", os.path.join(out, "ref.md"), "--suppress-tracing",
                    "--python-client", os.path.join(package, "_generated.py"), "--command-help", "", "--swift-client", ""], check=True, stdout=subprocess.DEVNULL)
    sys.path.insert(0, out)
    import iommud_client_old
    return iommud_client_old


def test_an_older_stub_works_with_the_current_daemon(daemon):
    sock, _ = daemon
    old = old_client()

    async def main():
        iommud = old.IommudClient()
        await iommud.connect(sock)
        report = iommud.schema_report
        assert "device_add" in report.missing_in_client and "query-vfio" in report.missing_in_client
        assert report.missing_in_daemon == []
        version = await iommud.query_version()
        assert version.qemu.major == 0
        # Members the old schema does not know (query-iommufd grew some) are ignored.
        await iommud.object_add(qom_type="iommufd", id="iommufd0")
        [obj] = await iommud.query_iommufd()
        assert obj.id == "iommufd0"
        await iommud.disconnect()

    iommud_process.run_bounded(main())


class OlderDaemon:
    """A QMP server speaking like an older iommud: its schema lacks today's
    commands and its replies carry a member and an enum value the client
    has never seen."""

    def __init__(self, path):
        self.path = path

    async def serve(self, reader, writer):
        writer.write(b'{"QMP": {"version": {"qemu": {"major": 0, "minor": 0, "micro": 9}, "package": "old"}, "capabilities": []}}\r\n')
        import json
        decoder = json.JSONDecoder()
        buffer = ""
        while True:
            # qemu.qmp does not end its messages with a newline.
            try:
                request, end = decoder.raw_decode(buffer.lstrip())
                buffer = buffer.lstrip()[end:]
            except ValueError:
                chunk = await reader.read(65536)
                if not chunk:
                    return
                buffer += chunk.decode()
                continue
            name = request.get("execute")
            if name == "query-qmp-schema":
                result = [{"name": "query-version", "meta-type": "command", "arg-type": "0", "ret-type": "1"},
                          {"name": "query-vfio-host-devices", "meta-type": "command", "arg-type": "0", "ret-type": "[2]"},
                          {"name": "0", "meta-type": "object", "members": []}]
            elif name == "query-vfio-host-devices":
                result = [{"name": NIC, "sysfsdev": "/sys/x", "cdev": "/dev/vfio/devices/vfio0", "iommu": "dmar0",
                           "group": 12, "summary": "", "bound": False, "numa-node": 1}]
            elif name == "query-status":
                result = {"running": False, "status": "paused", "singlestep": False}
            elif name == "query-vfio":
                result = None
            else:
                result = {}
            reply = {"return": result} if result is not None else {
                "error": {"class": "CommandNotFound", "desc": f"The command {name} has not been found"}}
            if "id" in request:
                reply["id"] = request["id"]
            writer.write(json.dumps(reply).encode() + b"\r\n")
            await writer.drain()


def test_the_current_stub_works_with_an_older_daemon():
    path = os.path.join(tempfile.mkdtemp(), "old.sock")

    async def main():
        server = await asyncio.start_unix_server(OlderDaemon(path).serve, path)
        async with server:
            iommud = IommudClient()
            await iommud.connect(path)
            report = iommud.schema_report
            assert "device_add" in report.missing_in_daemon and report.missing_in_client == []
            [device] = await iommud.query_vfio_host_devices()
            assert device.name == NIC and device.group == 12  # "numa-node" ignored
            # An enum value the client does not know is kept.
            status = await iommud.query_status()
            assert status.status == "paused" and status.running is False
            with pytest.raises(IommudError) as missing:
                await iommud.query_vfio()
            assert missing.value.error_class == "CommandNotFound"
            await iommud.disconnect()

    iommud_process.run_bounded(main())
