"""Driver for test_tracing.py's QMP scenario, run under a private lttng session:
starts iommud (which inherits the session's environment), runs the issue's
scenario through qemu.qmp, and quits the daemon.

    qmp_trace_scenario.py IOMMUD
"""
import asyncio
import subprocess
import sys

from qemu.qmp import QMPClient

import iommud_process

NIC = "0000:17:00.0"


async def scenario(sock):
    qmp = QMPClient("trace")
    await qmp.connect(sock)
    run = qmp.execute
    await run("object-add", {"qom-type": "iommufd", "id": "iommufd0"})
    await run("object-add", {"qom-type": "memory-backend-memfd", "id": "ram0", "size": 1 << 20})
    ioas = (await run("iommufd-ioas-alloc", {"iommufd": "iommufd0"}))["ioas-id"]
    await run("iommufd-ioas-map", {"iommufd": "iommufd0", "ioas-id": ioas, "memdev": "ram0", "size": 1 << 20,
                                   "iova": 1 << 30})
    dev = (await run("vfio-device-bind", {"iommufd": "iommufd0", "host": NIC}))["dev-id"]
    hwpt = (await run("vfio-device-attach", {"iommufd": "iommufd0", "dev-id": dev, "pt-id": ioas}))["pt-id"]
    await run("iommufd-hwpt-set-dirty-tracking", {"iommufd": "iommufd0", "hwpt-id": hwpt, "enable": True})
    await run("x-sim-dma-write", {"device": NIC, "iova": 1 << 30, "size": 4096})
    await run("iommufd-hwpt-get-dirty-bitmap", {"iommufd": "iommufd0", "hwpt-id": hwpt, "iova": 1 << 30,
                                                "size": 1 << 20})
    await run("vfio-device-detach", {"iommufd": "iommufd0", "dev-id": dev})
    await run("vfio-device-unbind", {"iommufd": "iommufd0", "dev-id": dev})
    await run("iommufd-ioas-unmap", {"iommufd": "iommufd0", "ioas-id": ioas})
    await run("iommufd-destroy", {"iommufd": "iommufd0", "id": ioas})
    await run("quit")
    try:
        await qmp.disconnect()
    except EOFError:
        # The daemon may close the socket before the client's own goodbye,
        # as QEMU does after quit.
        pass


def main():
    sock, proc, problem = iommud_process.start(sys.argv[1], "--kernel", "sim", stderr=subprocess.DEVNULL,
                                               attempts=1000)
    if problem:
        sys.exit(problem)
    iommud_process.run_bounded(scenario(sock))
    sys.exit(proc.wait(timeout=20))


if __name__ == "__main__":
    main()
