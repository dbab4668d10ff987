#!/bin/sh
# Guest job of qemu-client.py (make vm-qemu-client), in a guest whose QEMU
# is a vfio-user client of iommud: lists the PCI devices the guest sees
# (vendor:device and class from sysfs, as lspci -n shows them), then waits
# for the host to finish its checks and quit QEMU.
for dev in /sys/bus/pci/devices/*; do
  echo "guest-pci: ${dev##*/} $(cat "$dev/vendor"):$(cat "$dev/device") class $(cat "$dev/class")"
done
echo "guest-pci: done"
sleep 600
