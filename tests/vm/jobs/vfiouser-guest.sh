#!/bin/sh
# Guest job of qemu-client.py (make vm-qemu-client), in a guest whose QEMU
# is a vfio-user client of iommud: lists the PCI devices the guest sees
# (vendor:device and class from sysfs, as lspci -n shows them), then watches
# the served device's config space for the interrupt the host will have the
# device raise (PCI_STATUS bit 3, Interrupt Status: the device asserts
# INTx), and waits for the host to finish its checks and quit QEMU.
served=
for dev in /sys/bus/pci/devices/*; do
  ids="$(cat "$dev/vendor"):$(cat "$dev/device")"
  echo "guest-pci: ${dev##*/} $ids class $(cat "$dev/class")"
  [ "$ids" = "${IOMMUD_SERVED_IDS:-0x1b36:0x00f0}" ] && served=$dev
done
echo "guest-pci: done"
[ -n "$served" ] || { echo "guest-pci: the served device is missing"; sleep 600; exit 1; }
i=0
while [ $i -lt 1200 ]; do
  status=$(dd if="$served/config" bs=1 skip=6 count=1 2>/dev/null | od -An -tx1 | tr -d ' ')
  case "$status" in
    [0-9a-f][8-9a-f]) echo "guest-pci: ${served##*/} interrupt status set (PCI_STATUS 0x$status)"; break ;;
  esac
  sleep 0.1; i=$((i + 1))
done
sleep 600
