#!/bin/sh
# Guest job (boot A: VT-d on, the e1000e on vfio-pci): QEMU's device model
# on the real kernel — a dimm, the e1000e as vfio-pci on the iommufd backend
# and then on the legacy type1 backend, the dimm replayed into each new
# container, dirty tracking refused where the IOMMU cannot and run where
# type1 can, device_del — over QMP with iommuctl, one command per step.
#
# vm-test.sh also runs it on the host against the simulated kernel with the
# VM's topology (qemu-vtd.json), as it runs hostpath.sh: the answers of
# both kernels must be the same. Same variables as hostpath.sh.
bin=${HOSTPATH_BIN:-/test}
tmp=${HOSTPATH_TMP:-/tmp}
sock=$tmp/iommud-dm.sock
failed=0
# shellcheck disable=SC2086
"$bin/iommud" ${HOSTPATH_KERNEL:---kernel host} --qmp "unix:$sock" --trace 'vfio_*' \
  -D "$tmp/trace-dm.log" 2>"$tmp/iommud-dm.log" &
daemon=$!
i=0; while [ ! -S "$sock" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done

# step WANT COMMAND ARGS...: WANT is "ok", "error" (refused without an
# errno) or the errno the command must fail with.
step() {
  want=$1; shift
  out=$("$bin/iommuctl" --socket "$sock" --raw "$@" 2>/dev/null)
  case "$want:$out" in
    ok:'{"return"'*|error:'{"error"'*|[A-Z]*:*'"errno": "'"$want"'"'*) echo "devicemodel: ok   $* -> $out" ;;
    *) echo "devicemodel: FAIL $* (want $want) -> $out"; failed=1 ;;
  esac
}
# expect TEXT WHAT: the last step's answer must contain TEXT.
expect() {
  case "$out" in *"$1"*) ;; *) echo "devicemodel: FAIL $2"; failed=1 ;; esac
}

bdf=${IOMMUD_VM_BDF:?no e1000e}
step ok object-add qom-type=iommufd id=iommufd0
step ok object-add qom-type=memory-backend-memfd id=ram0 size=2097152
step ok object-add qom-type=memory-backend-memfd id=ram1 size=1048576
step ok device_add driver=pc-dimm id=dimm0 memdev=ram0 addr=0
# The iommufd backend: the cdev bound, a container (IOAS) that replays the
# dimm, an automatic HWPT (without dirty tracking: QEMU's VT-d has none).
step ok device_add driver=vfio-pci id=nic0 host="$bdf" iommufd=iommufd0
step ok query-vfio
expect '"backend": "iommufd"' "no iommufd container"
expect '"mappings": [{"iova": 0, "size": 2097152}]' "dimm0 not replayed into the new container"
step ok qom-get path=/machine/peripheral/nic0 property=hwpt
step ok device_add driver=pc-dimm id=dimm1 memdev=ram1 addr=1073741824
step ok query-vfio
expect '{"iova": 1073741824, "size": 1048576}' "dimm1 not mapped into the container"
step error dirty-tracking-start
expect "device 'nic0' cannot track dirty pages" "dirty tracking not refused for nic0"
step ok device_del id=dimm1
step error device_add driver=vfio-pci id=nic1 host="$bdf" iommufd=iommufd0
step ok device_del id=nic0
step ok query-vfio
expect '"return": []' "the iommufd container outlived its last device"
step ok qom-get path=iommufd0 property=connected
expect '"return": false' "/dev/iommu stayed open"
# The legacy backend: the group, a type1v2 container replaying the dimm,
# the device descriptor from the group.
step ok device_add driver=vfio-pci id=nic0 host="$bdf"
step ok query-vfio
expect '"backend": "legacy"' "no legacy container"
expect '"iommu-type": "type1v2"' "not type1v2"
expect '"mappings": [{"iova": 0, "size": 2097152}]' "dimm0 not replayed into the type1 container"
step ok qom-get path=nic0 property=group
# type1 can track: it reports every page its domain maps as dirty.
step ok dirty-tracking-start
step ok query-dirty-bitmap addr=0 size=2097152
expect '"dirty-pages": 512' "type1 did not report every mapped page dirty"
step error device_del id=nic0
step ok dirty-tracking-stop
step ok device_del id=nic0
step ok query-vfio
expect '"return": []' "the legacy container outlived its last device"
step ok device_del id=dimm0
step ok object-del id=ram0
step ok object-del id=ram1
step ok object-del id=iommufd0
kill "$daemon"; wait "$daemon"

# The command line: a daemon started configured, as a systemd unit starts
# it; the objects and the device exist before the socket does.
main_sock=$sock
sock=$tmp/iommud-cl.sock
# shellcheck disable=SC2086
"$bin/iommud" ${HOSTPATH_KERNEL:---kernel host} --qmp "unix:$sock" --object iommufd,id=iommufd0 \
  --object memory-backend-memfd,id=ram0,size=2M --device pc-dimm,id=dimm0,memdev=ram0,addr=0x40000000 \
  --device "vfio-pci,id=nic0,host=$bdf,iommufd=iommufd0" 2>>"$tmp/iommud-dm.log" &
daemon=$!
i=0; while [ ! -S "$sock" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
step ok query-vfio
expect '"devices": ["nic0"]' "the command line's device is not in a container"
expect '"mappings": [{"iova": 1073741824, "size": 2097152}]' "the command line's dimm is not mapped"
step ok device_del id=nic0
kill "$daemon"; wait "$daemon"
# A device that cannot be added ends the daemon before it listens.
rm -f "$sock"
# shellcheck disable=SC2086
"$bin/iommud" ${HOSTPATH_KERNEL:---kernel host} --qmp "unix:$sock" --object iommufd,id=iommufd0 \
  --device vfio-pci,id=nic0,host=0000:00:1f.7,iommufd=iommufd0 2>"$tmp/iommud-cl.err"
status=$?
line=$(tail -n 1 "$tmp/iommud-cl.err")
if [ "$status" = 1 ] && [ ! -e "$sock" ]; then
  echo "devicemodel: ok   command line refused -> $line"
else
  echo "devicemodel: FAIL command line not refused (status $status) -> $line"; failed=1
fi
# Only the real kernel has a VFIO device behind a descriptor: the cdev
# inherited as descriptor 5, named by number as QEMU's fd=5.
cdev=$(ls "/sys/bus/pci/devices/$bdf/vfio-dev" 2>/dev/null | head -n 1)
if [ "${HOSTPATH_KERNEL:---kernel host}" = "--kernel host" ] && [ -n "$cdev" ]; then
  "$bin/iommud" --kernel host --qmp "unix:$sock" --object iommufd,id=iommufd0 \
    --device vfio-pci,id=nic0,fd=5,iommufd=iommufd0 5<>"/dev/vfio/devices/$cdev" 2>>"$tmp/iommud-dm.log" &
  daemon=$!
  i=0; while [ ! -S "$sock" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  out=$("$bin/iommuctl" --socket "$sock" --raw query-vfio 2>&1)
  case "$out" in
    *'"devices": ["nic0"]'*) echo "devicemodel-host: ok   vfio-pci fd=5 ($cdev) -> $out" ;;
    *) echo "devicemodel-host: FAIL vfio-pci fd=5 ($cdev) -> $out"; failed=1 ;;
  esac
  kill "$daemon"; wait "$daemon"
fi
# vIOMMUs: a daemon built in steps (--preconfig). The e1000e is
# coldplugged behind intel-iommu and checked against its host IOMMU device,
# which carries the emulated VT-d's real cap/ecap; once running, vIOMMUs of
# other address spaces refuse it: intel-iommu without caching mode, and
# virtio-iommu with a 64 KiB granule (on each backend).
sock=$tmp/iommud-vi.sock
# shellcheck disable=SC2086
"$bin/iommud" ${HOSTPATH_KERNEL:---kernel host} --qmp "unix:$sock" --preconfig --object iommufd,id=iommufd0 \
  --device intel-iommu,id=viommu0,aw-bits=48,caching-mode=on \
  --device intel-iommu,id=viommu1,address-space=vm2 \
  --device virtio-iommu-pci,id=viommu2,granule=64k,address-space=vm3 2>>"$tmp/iommud-dm.log" &
daemon=$!
i=0; while [ ! -S "$sock" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
step ok query-status
expect '"status": "prelaunch"' "the daemon did not wait in preconfig"
step ok device_add driver=vfio-pci id=nic0 host="$bdf" iommufd=iommufd0
step ok query-host-iommu-devices
expect '"iommu-type": "intel-vtd"' "no VT-d host IOMMU device"
step ok qom-get path=viommu0 property=aw-bits
step ok query-migrate
step ok x-exit-preconfig
step ok device_del id=nic0
step error device_add driver=vfio-pci id=nic0 host="$bdf" iommufd=iommufd0 address-space=vm2
expect "caching-mode=on" "intel-iommu without caching mode took the device"
step error device_add driver=vfio-pci id=nic0 host="$bdf" iommufd=iommufd0 address-space=vm3
expect "incompatible with currently supported mask" "virtio-iommu took an iommufd device it cannot map"
# type1 maps 4 KiB, 2 MiB and 1 GiB pages: sizes the mask has, but not
# the frozen granule.
step error device_add driver=vfio-pci id=leg0 host="$bdf" address-space=vm3
expect "does not support frozen granule 0x10000" "virtio-iommu took a type1 device without its granule"
step ok query-host-iommu-devices
step error device_add driver=intel-iommu id=viommu3 address-space=vm4
kill "$daemon"; wait "$daemon"
sock=$main_sock

for event in vfio_listener_region_add_ram vfio_listener_region_del vfio_device_attach vfio_device_get \
    vfio_device_detach vfio_group_put vfio_container_disconnect vfio_container_query_dirty_bitmap; do
  grep -q "^$event " "$tmp/trace-dm.log" || { echo "devicemodel: FAIL trace event $event did not fire"; failed=1; }
done
echo "devicemodel: $(wc -l < "$tmp/trace-dm.log") trace lines; daemon log:"; cat "$tmp/iommud-dm.log"
exit "$failed"
