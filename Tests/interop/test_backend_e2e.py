"""The backend commands end to end through qemu.qmp, on the simulated kernel.

One session as an orchestration tool would run it: an iommufd object, an IOAS,
a memfd backend and a mapping; two devices bound, one attached through QEMU's
auto-domain algorithm; HWPTs with dirty tracking where the IOMMU has it and
EOPNOTSUPP where it has not; simulated DMA writes read back as dirty pages;
then everything torn down in order until the daemon holds nothing. It runs
twice: with iommud opening /dev/iommu, and with the descriptor passed by getfd
as libvirt passes it to QEMU.
"""
import asyncio
import os

import pytest

import iommud_process
from qemu.qmp import QMPClient, ExecuteError


NIC = "0000:17:00.0"   # behind dmar0, which tracks dirty pages
GPU = "0000:b1:00.0"   # behind dmar1, which does not
MIB = 1 << 20


async def session(sock, pass_fd):
    qmp = QMPClient("e2e")
    await qmp.connect(sock)
    run = qmp.execute

    if pass_fd:
        # The simulated kernel lets any open descriptor stand for /dev/iommu.
        fd = os.open("/dev/null", os.O_RDWR)
        qmp.send_fd_scm(fd)
        os.close(fd)
        await run("getfd", {"fdname": "iommu0"})
        await run("object-add", {"qom-type": "iommufd", "id": "iommufd0", "fd": "iommu0"})
    else:
        await run("object-add", {"qom-type": "iommufd", "id": "iommufd0"})
    await run("object-add", {"qom-type": "memory-backend-memfd", "id": "ram0", "size": 2 * MIB})
    ioas = (await run("iommufd-ioas-alloc", {"iommufd": "iommufd0"}))["ioas-id"]
    mapped = await run("iommufd-ioas-map", {"iommufd": "iommufd0", "ioas-id": ioas, "memdev": "ram0",
                                            "size": 2 * MIB, "iova": 4 * MIB})
    assert mapped == {"iova": 4 * MIB}

    nic = (await run("vfio-device-bind", {"iommufd": "iommufd0", "host": NIC}))["dev-id"]
    gpu = (await run("vfio-device-bind", {"iommufd": "iommufd0", "sysfsdev": f"/sys/bus/pci/devices/{GPU}"}))["dev-id"]
    listed = {d["name"]: d for d in await run("query-vfio-host-devices")}
    assert listed[NIC]["bound"] and listed[NIC]["dev-id"] == nic and listed[NIC]["iommufd"] == "iommufd0"

    # Auto domain: a new HWPT on the IOAS, with dirty tracking since dmar0 can.
    attached = await run("vfio-device-attach", {"iommufd": "iommufd0", "dev-id": nic, "pt-id": ioas})
    assert attached["allocated"] is True
    hwpt = attached["pt-id"]
    info = await run("iommufd-get-hw-info", {"iommufd": "iommufd0", "dev-id": nic})
    assert info["type"] == "intel-vtd" and info["capabilities"] == ["dirty-tracking"]
    assert info["vtd"]["dirty-tracking"] is True

    # An explicit dirty-tracking HWPT: fine on dmar0, EOPNOTSUPP on dmar1.
    extra = (await run("iommufd-hwpt-alloc", {"iommufd": "iommufd0", "dev-id": nic, "pt-id": ioas,
                                              "flags": ["dirty-tracking"]}))["hwpt-id"]
    with pytest.raises(ExecuteError) as refused:
        await run("iommufd-hwpt-alloc", {"iommufd": "iommufd0", "dev-id": gpu, "pt-id": ioas,
                                         "flags": ["dirty-tracking"]})
    assert refused.value.error_class == "GenericError"
    assert "IOMMU_HWPT_ALLOC failed: EOPNOTSUPP" in refused.value.error.error.desc
    await run("iommufd-destroy", {"iommufd": "iommufd0", "id": extra})

    # Dirty tracking of simulated DMA.
    await run("iommufd-hwpt-set-dirty-tracking", {"iommufd": "iommufd0", "hwpt-id": hwpt, "enable": True})
    await run("x-sim-dma-write", {"device": NIC, "iova": 4 * MIB + 8192, "size": 3 * 4096, "fill": 0x5a})
    dirty = await run("iommufd-hwpt-get-dirty-bitmap", {"iommufd": "iommufd0", "hwpt-id": hwpt,
                                                        "iova": 4 * MIB, "size": 2 * MIB})
    assert dirty == {"page-size": 4096, "dirty-pages": 3, "ranges": [{"iova": 4 * MIB + 8192, "size": 3 * 4096}]}
    assert (await run("x-sim-dma-read", {"device": NIC, "iova": 4 * MIB + 8192, "size": 2})) == {"data": "5a5a"}

    # Objects in use cannot go.
    with pytest.raises(ExecuteError) as busy:
        await run("object-del", {"id": "iommufd0"})
    assert busy.value.error.error.desc == "object 'iommufd0' is in use, can not be deleted"

    # Tear down in order: detach (the auto domain goes with it), unbind,
    # unmap, destroy the IOAS, delete the objects.
    await run("iommufd-hwpt-set-dirty-tracking", {"iommufd": "iommufd0", "hwpt-id": hwpt, "enable": False})
    await run("vfio-device-detach", {"iommufd": "iommufd0", "dev-id": nic})
    details = (await run("query-iommufd"))[0]
    assert details["hwpts"] == [] and details["devices"][0]["dev-id"] == nic
    assert "attached-to" not in details["devices"][0]
    await run("vfio-device-unbind", {"iommufd": "iommufd0", "dev-id": nic})
    await run("vfio-device-unbind", {"iommufd": "iommufd0", "dev-id": gpu})
    unmapped = await run("iommufd-ioas-unmap", {"iommufd": "iommufd0", "ioas-id": ioas})
    assert unmapped == {"unmapped": 2 * MIB, "nonexistent": False}
    await run("iommufd-destroy", {"iommufd": "iommufd0", "id": ioas})
    assert (await run("qom-get", {"path": "iommufd0", "property": "users"})) == 0
    await run("object-del", {"id": "ram0"})
    await run("object-del", {"id": "iommufd0"})
    assert await run("query-iommufd") == []
    assert not any(d["bound"] for d in await run("query-vfio-host-devices"))
    await qmp.disconnect()


@pytest.mark.parametrize("pass_fd", [False, True], ids=["iommud-opens", "getfd"])
def test_backend_session_with_qemu_qmp(sim_daemon, pass_fd):
    iommud_process.run_bounded(session(sim_daemon, pass_fd))


def test_injected_kernel_failure_leaves_nothing_behind(sim_daemon):
    async def main():
        qmp = QMPClient("faults")
        await qmp.connect(sim_daemon)
        run = qmp.execute
        await run("object-add", {"qom-type": "iommufd", "id": "iommufd0"})
        # The bind's third kernel call (VFIO_DEVICE_BIND_IOMMUFD) fails.
        await run("x-sim-inject-fault", {"nth": 3, "errno": "EIO"})
        with pytest.raises(ExecuteError) as failed:
            await run("vfio-device-bind", {"iommufd": "iommufd0", "host": NIC})
        assert failed.value.error.error.desc == "VFIO_DEVICE_BIND_IOMMUFD failed: EIO (Input/output error)"
        assert (await run("query-iommufd"))[0]["connected"] is False
        assert (await run("qom-get", {"path": "iommufd0", "property": "users"})) == 0
        assert (await run("vfio-device-bind", {"iommufd": "iommufd0", "host": NIC}))["dev-id"] > 0
        await qmp.disconnect()

    iommud_process.run_bounded(main())


def test_device_model_with_qemu_qmp(sim_daemon):
    """QEMU's device commands as a libvirt-style client drives them: a dimm,
    vfio-pci on the iommufd backend, query-vfio, and device_del answered by
    DEVICE_DELETED on the socket, after which the id can be used again."""
    async def main():
        qmp = QMPClient("devices")
        await qmp.connect(sim_daemon)
        run = qmp.execute
        # qmp.events: qemu.qmp's default listener, which holds every event.
        await run("object-add", {"qom-type": "iommufd", "id": "iommufd0"})
        await run("object-add", {"qom-type": "memory-backend-memfd", "id": "ram0", "size": 2 * MIB})
        await run("device_add", {"driver": "pc-dimm", "id": "dimm0", "memdev": "ram0", "addr": 0})
        await run("device_add", {"driver": "vfio-pci", "id": "nic0", "host": NIC, "iommufd": "iommufd0"})
        [container] = await run("query-vfio")
        assert container["devices"] == ["nic0"] and container["mappings"] == [{"iova": 0, "size": 2 * MIB}]
        assert container["backend"] == "iommufd" and container["iommufd"] == "iommufd0"
        assert await run("qom-get", {"path": "/machine/peripheral/nic0", "property": "host"}) == NIC
        # The NIC's DMA to guest physical address 4 KiB works through the container.
        await run("x-sim-dma-write", {"device": NIC, "iova": 4096, "size": 4, "fill": 7})
        assert (await run("x-sim-dma-read", {"device": NIC, "iova": 4096, "size": 4}))["data"] == "07070707"
        assert await run("device_del", {"id": "nic0"}) == {}
        event = await asyncio.wait_for(qmp.events.get(), 5)
        assert event["event"] == "DEVICE_DELETED"
        assert event["data"] == {"device": "nic0", "path": "/machine/peripheral/nic0"}
        assert await run("query-vfio") == []
        await run("device_add", {"driver": "vfio-pci", "id": "nic0", "host": NIC, "iommufd": "iommufd0"})
        await run("device_del", {"id": "nic0"})
        await run("device_del", {"id": "dimm0"})
        with pytest.raises(ExecuteError) as missing:
            await run("device_del", {"id": "dimm0"})
        assert missing.value.error.error.class_ == "DeviceNotFound"
        await run("object-del", {"id": "ram0"})
        await run("object-del", {"id": "iommufd0"})
        await qmp.disconnect()

    iommud_process.run_bounded(main())
