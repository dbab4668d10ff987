#!/usr/bin/env python3
"""QEMU as an unmodified vfio-user client of a device iommud owns (make
vm-qemu-client, part of make test).

iommud runs on the simulated kernel (vfio-user-topology.json: one device with
its own PCI ids) and serves the device with `device_add vfio-pci ...
vfio-user=PATH`; QEMU (build-qemu.sh, >= 10.1) boots the proving-ground kernel
with `-device vfio-user-pci` on that socket, guest RAM a shareable file. The
checks, each as a user would make them:

1. the guest lists the device with the topology's vendor and device ids
   (jobs/vfiouser-guest.sh prints /sys/bus/pci/devices);
2. iommud's query-vfio shows QEMU (its pid) as the export's client and the
   guest's RAM mapped through the export;
3. a DMA write by the simulated device (x-sim-dma-write at a guest physical
   address) appears in the guest's RAM (the file backing it);
4. an interrupt the device raises (x-sim-irq intx) reaches the guest's
   interrupt controller — QEMU's `info irq` counts it on a PCI line (GSI
   16-23) — and the guest sees the device asserting it (PCI_STATUS's
   Interrupt Status bit, read from sysfs; no guest driver handles it);
5. quitting QEMU unmaps everything: query-vfio shows no client and no mapping.

Usage: qemu-client.py QEMU KERNEL INITRAMFS IOMMUD OUTDIR
"""
import json
import os
import re
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEVICE = "0000:3b:00.0"
IDS = "0x1b36:0x00f0"        # vfio-user-topology.json's vendor-id:device-id
RAM = 256 << 20
MARK_GPA = 0x0F000000         # a guest physical address in RAM the tiny guest leaves alone
MARK_FILL = 0x5A


class QMP:
    """A QMP client of the simplest kind: one command, its answer (events skipped)."""

    def __init__(self, path, timeout=60):
        deadline = time.time() + timeout
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX)
                self.sock.connect(path)
                break
            except OSError:
                self.sock.close()
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        self.file = self.sock.makefile("rw")
        json.loads(self.file.readline())
        self.run("qmp_capabilities")

    def run(self, command, **arguments):
        message = {"execute": command}
        if arguments:
            message["arguments"] = arguments
        self.file.write(json.dumps(message) + "\n")
        self.file.flush()
        while True:
            answer = json.loads(self.file.readline())
            if "return" in answer or "error" in answer:
                return answer

    def ok(self, command, **arguments):
        answer = self.run(command, **arguments)
        if "error" in answer:
            raise SystemExit(f"qemu-client: {command} failed: {answer['error']}")
        return answer["return"]

    def close(self):
        self.sock.close()


failures = []


def check(condition, what):
    print(f"qemu-client: {'ok  ' if condition else 'FAIL'} {what}", flush=True)
    if not condition:
        failures.append(what)


def irq_counts(qemu):
    text = qemu.ok("human-monitor-command", **{"command-line": "info irq"})
    ioapic = text.split("IRQ statistics for isa-i8259")[0]
    return {int(m.group(1)): int(m.group(2)) for m in re.finditer(r"^\s*(\d+):\s*(\d+)", ioapic, re.M)}


def accelerator():
    """KVM where the host has a usable hardware KVM, TCG otherwise."""
    if os.environ.get("VM_ACCEL"):
        return os.environ["VM_ACCEL"]
    usable = os.access("/dev/kvm", os.R_OK | os.W_OK) and any(
        os.path.isdir(f"/sys/module/{m}") for m in ("kvm_intel", "kvm_amd"))
    return "kvm" if usable else "tcg"


def main():
    qemu_bin, kernel, initramfs, iommud_bin, out = sys.argv[1:6]
    os.makedirs(out, exist_ok=True)
    qmp_path, export_path = f"{out}/iommud.sock", f"{out}/nic0.vfio-user"
    qemu_qmp, ram_path = f"{out}/qemu.sock", f"{out}/guest-ram"
    for path in (qmp_path, export_path, qemu_qmp, ram_path):
        if os.path.exists(path):
            os.unlink(path)
    daemon = subprocess.Popen(
        [iommud_bin, "--kernel", "sim", "--sim-topology", f"{HERE}/vfio-user-topology.json",
         "--qmp", f"unix:{qmp_path}", "--trace", "vfio_user_*", "-D", f"{out}/iommud-trace.log"],
        stdout=open(f"{out}/iommud.log", "w"), stderr=subprocess.STDOUT)
    vm = None
    try:
        iommud = QMP(qmp_path)
        iommud.ok("object-add", **{"qom-type": "iommufd", "id": "iommufd0"})
        iommud.ok("device_add", driver="vfio-pci", id="nic0", host=DEVICE, iommufd="iommufd0",
                  **{"vfio-user": export_path})
        accel = accelerator()
        console = open(f"{out}/console.log", "w")
        started = time.time()
        vm = subprocess.Popen(
            [qemu_bin, "-machine", f"q35,accel={accel}", "-m", str(RAM >> 20), "-nic", "none", "-vga", "none",
             "-object", f"memory-backend-file,id=ram,size={RAM},mem-path={ram_path},share=on",
             "-machine", "memory-backend=ram",
             "-kernel", kernel, "-initrd", initramfs,
             "-append", "console=ttyS0 iommud.run=vfiouser-guest panic=-1",
             "-device", json.dumps({"driver": "vfio-user-pci", "socket": {"type": "unix", "path": export_path}}),
             "-qmp", f"unix:{qemu_qmp},server=on,wait=off", "-nographic", "-no-reboot"],
            stdout=console, stderr=subprocess.STDOUT)
        print(f"qemu-client: QEMU pid {vm.pid} ({accel})", flush=True)

        # 1. The guest's view of the device.
        lines = []
        deadline = time.time() + 300
        while time.time() < deadline and vm.poll() is None:
            with open(f"{out}/console.log", errors="replace") as f:
                lines = [line.strip() for line in f if line.startswith("guest-pci:")]
            if any("done" in line for line in lines):
                break
            time.sleep(0.5)
        print(f"qemu-client: guest up after {time.time() - started:.1f} s", flush=True)
        device_lines = [line for line in lines if IDS in line]
        check(len(device_lines) == 1, f"the guest lists the device with the topology's ids {IDS}: {device_lines}")

        # 2. The export's client is QEMU, and guest RAM is mapped through it.
        container = iommud.ok("query-vfio")[0]
        client = container["vfio-user"].get("client") or {}
        check(client.get("pid") == vm.pid, f"query-vfio's client is QEMU (pid {client.get('pid')})")
        covered = any(m["iova"] <= MARK_GPA and MARK_GPA + 4096 <= m["iova"] + m["size"]
                      for m in container["mappings"])
        check(covered and client.get("windows", 0) > 0,
              f"guest RAM is mapped through the export ({len(container['mappings'])} windows)")

        # 3. Device DMA lands in guest RAM.
        iommud.ok("x-sim-dma-write", device=DEVICE, iova=MARK_GPA, size=4096, fill=MARK_FILL)
        with open(ram_path, "rb") as ram:
            ram.seek(MARK_GPA)
            page = ram.read(4096)
        check(page == bytes([MARK_FILL]) * 4096, f"the device's DMA write at 0x{MARK_GPA:x} is in the guest's RAM")

        # 4. An interrupt reaches the guest's interrupt controller.
        qemu = QMP(qemu_qmp)
        before = irq_counts(qemu)
        iommud.ok("x-sim-irq", device=DEVICE, index="intx")
        raised = {}
        for _ in range(50):
            after = irq_counts(qemu)
            raised = {line: after[line] - before.get(line, 0) for line in after
                      if 16 <= line <= 23 and after[line] > before.get(line, 0)}
            if raised:
                break
            time.sleep(0.1)
        check(len(raised) == 1, f"INTx raised by the device reaches the guest's IOAPIC (GSI: count {raised})")
        seen = []
        for _ in range(100):
            with open(f"{out}/console.log", errors="replace") as f:
                seen = [line.strip() for line in f if "interrupt status set" in line]
            if seen:
                break
            time.sleep(0.1)
        check(len(seen) == 1, f"the guest reads the device's Interrupt Status bit set: {seen}")

        # 5. Quitting QEMU unmaps everything.
        qemu.run("quit")
        qemu.close()
        vm.wait(timeout=60)
        for _ in range(100):
            container = iommud.ok("query-vfio")[0]
            if "client" not in container["vfio-user"]:
                break
            time.sleep(0.1)
        check("client" not in container["vfio-user"] and container["mappings"] == [],
              f"QEMU gone: no client, no mapping ({container['mappings'][:3]})")
        iommud.ok("device_del", id="nic0")
        iommud.close()
    finally:
        if vm and vm.poll() is None:
            vm.kill()
        daemon.terminate()
        daemon.wait(timeout=30)
        if os.path.exists(ram_path):
            os.unlink(ram_path)
    if failures:
        print(f"qemu-client: FAILED ({len(failures)} checks; logs in {out})")
        return 1
    print("qemu-client: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
