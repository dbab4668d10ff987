#!/bin/sh
# Guest job (boot A: VT-d on, the e1000e on vfio-pci): iommud on the real
# kernel serves the e1000e over vfio-user to vfio-user-probe, a client that
# uses it as a VMM does — the real config space read through the socket,
# BAR0 mmapped from the descriptor iommud hands over and a register read,
# an eventfd set on an MSI-X vector, a DMA window of its memory mapped through
# DMA_MAP into the device's IOAS (the kernel's IOMMU_IOAS_MAP answer in the
# trace, the mapping in query-vfio while the probe is connected) — then
# device_del. Run on the real kernel only: its answers are the e1000e's.
bin=${HOSTPATH_BIN:-/test}
tmp=${HOSTPATH_TMP:-/tmp}
sock=$tmp/iommud-vu.sock
export_path=$tmp/nic0.vfio-user
failed=0
"$bin/iommud" --kernel host --qmp "unix:$sock" --trace 'vfio_user_*' --trace 'iommufd_backend_map_dma' \
  -D "$tmp/trace-vu.log" 2>"$tmp/iommud-vu.log" &
daemon=$!
i=0; while [ ! -S "$sock" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done

step() {
  want=$1; shift
  out=$("$bin/iommuctl" --socket "$sock" --raw "$@" 2>/dev/null)
  case "$want:$out" in
    ok:'{"return"'*|error:'{"error"'*) echo "vfiouser: ok   $* -> $out" ;;
    *) echo "vfiouser: FAIL $* (want $want) -> $out"; failed=1 ;;
  esac
}
# expect TEXT WHAT: the probe's output must contain TEXT.
expect() {
  case "$probe" in *"$1"*) echo "vfiouser: ok   $2" ;; *) echo "vfiouser: FAIL $2"; failed=1 ;; esac
}

bdf=${IOMMUD_VM_BDF:?no e1000e}
step ok object-add qom-type=iommufd id=iommufd0
step ok device_add driver=vfio-pci id=nic0 host="$bdf" iommufd=iommufd0 vfio-user="$export_path"
probe=$("$bin/vfio-user-probe" "$export_path" --iova 0x100000 --size 0x100000 \
  --then "'$bin/iommuctl' --socket '$sock' --raw query-vfio" 2>&1); rc=$?
echo "$probe" | sed 's/^/vfiouser: | /'
[ "$rc" = 0 ] && echo "vfiouser: ok   the probe succeeded" || { echo "vfiouser: FAIL the probe exited $rc"; failed=1; }
expect "config ids 8086:10d3" "the e1000e's config space, read through the socket"
expect '"iova": 1048576, "size": 1048576' "the probe's window in the device's IOAS while it is connected"
expect '"client": {"pid": ' "query-vfio shows the probe as the client"
case "$probe" in
  *"region 0 flags 0x7 "*" fd"*"bar0 mmap "*" register 0x8 = 0x"[1-9a-f]*) echo "vfiouser: ok   BAR0 mmapped from the descriptor handed over; STATUS is not zero" ;;
  *) echo "vfiouser: FAIL BAR0 not mmapped, or STATUS read as 0"; failed=1 ;;
esac
expect "set-irqs index 2 vector 0 eventfd" "an eventfd set on MSI-X vector 0"
expect "dma-logging unsupported errno 95" "no DMA logging: QEMU's VT-d tracks no dirty pages (EOPNOTSUPP)"
expect "migration unsupported errno 25" "no migration: the kernel's ENOTTY for the e1000e, relayed"
# The kernel mapped the window: QEMU's map event with ret 0 (the ioctl's).
if grep -q 'iommufd_backend_map_dma .*iova=0x100000 size=0x100000 .*(0)' "$tmp/trace-vu.log"; then
  echo "vfiouser: ok   IOMMU_IOAS_MAP of the window succeeded in the kernel"
else
  echo "vfiouser: FAIL no successful IOMMU_IOAS_MAP of the window in the trace"; failed=1
  grep iommufd_backend_map_dma "$tmp/trace-vu.log" | tail -3
fi
step ok query-vfio
case "$out" in *'"mappings": []'*) echo "vfiouser: ok   unmapped once the probe left" ;; *) echo "vfiouser: FAIL mappings left"; failed=1 ;; esac
step ok device_del id=nic0
kill "$daemon"; wait "$daemon" 2>/dev/null
exit "$failed"
