#!/bin/sh
# Guest job (boot A: VT-d on, the e1000e on vfio-pci): iommud on the real
# kernel (--kernel host), driven over QMP with iommuctl, one command per step.
# Each step states what the real kernel answers (real-kernel-vm.md §6.1);
# every ioctl's trace event is logged (log backend) and checked at the end.
#
# vm-test.sh also runs it on the host against the simulated kernel with the
# VM's topology (qemu-vtd.json): HOSTPATH_BIN (directory of iommud and
# iommuctl), HOSTPATH_KERNEL (iommud's kernel options), HOSTPATH_TMP.
bin=${HOSTPATH_BIN:-/test}
tmp=${HOSTPATH_TMP:-/tmp}
[ -z "${HOSTPATH_KERNEL:-}" ] && ls -l /dev/iommu /dev/vfio/devices
sock=$tmp/iommud.sock
failed=0
# Descriptor 7 is inherited as an open /dev/iommu, the way a parent process
# passes one (the simulated kernel lets any open descriptor stand for it).
node=/dev/iommu
[ -n "${HOSTPATH_KERNEL:-}" ] && node=/dev/null
# shellcheck disable=SC2086
"$bin/iommud" ${HOSTPATH_KERNEL:---kernel host} --qmp "unix:$sock" --trace 'iommufd_*' --trace 'vfio_*' \
  --trace 'iommu_backend_*' -D "$tmp/trace.log" 2>"$tmp/iommud.log" 7<>"$node" &
daemon=$!
i=0; while [ ! -S "$sock" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done

# step WANT COMMAND ARGS...: WANT is "ok" or the errno the command must fail with.
step() {
  want=$1; shift
  out=$("$bin/iommuctl" --socket "$sock" --raw "$@" 2>/dev/null)
  case "$want:$out" in
    ok:'{"return"'*|[A-Z]*:*'"errno": "'"$want"'"'*) echo "hostpath: ok   $* -> $out" ;;
    *) echo "hostpath: FAIL $* (want $want) -> $out"; failed=1 ;;
  esac
}
# field NAME: the first numeric member NAME of the last step's answer.
field() { echo "$out" | sed -n 's/.*"'"$1"'": \([0-9]*\).*/\1/p'; }

bdf=${IOMMUD_VM_BDF:?no e1000e}
# The kernel's release (on the simulation its --sim-kernel-version, given
# here as HOSTPATH_RELEASE).
release=${HOSTPATH_RELEASE:-$(uname -r)}
major=${release%%.*}; minor=$(echo "$release" | cut -d. -f2 | sed 's/[^0-9].*//')
# since MAJOR MINOR: whether the kernel is that release or later.
since() { [ "$major" -gt "$1" ] || { [ "$major" = "$1" ] && [ "$minor" -ge "$2" ]; }; }
# real_since MAJOR MINOR: the same, for answers the simulation does not
# model (it answers as 6.12 there): true only on a real kernel. Each such
# step differs between the kernels and is listed, with its reason, in
# tests/vm/known-step-differences-SERIES.txt.
real_since() { [ -z "${HOSTPATH_KERNEL:-}" ] && since "$@"; }
# IOMMU_IOAS_MAP_FILE is 6.13's (ENOTTY before); simulated.
if since 6 13; then map_file=ok; else map_file=ENOTTY; fi
# IOMMU_HWPT_ALLOC_PASID is 6.15's (an unknown flag before); not simulated.
if real_since 6 15; then pasid=ok; else pasid=EOPNOTSUPP; fi
# HWPT_INVALIDATE of a paging HWPT: 6.12 looks the id up as a nested HWPT
# (ENOENT); 7.3 finds it and refuses it (EINVAL); not simulated.
if real_since 6 13; then invalidate=EINVAL; else invalidate=ENOENT; fi
step ok object-add qom-type=iommufd id=iommufd0
step ok object-add qom-type=memory-backend-memfd id=ram0 size=2097152
step ok iommufd-ioas-alloc iommufd=iommufd0; ioas=$(field ioas-id)
step ok iommufd-ioas-map iommufd=iommufd0 ioas-id="$ioas" memdev=ram0 size=65536 iova=1048576
# The memfd itself (by descriptor and offset), then gone again: UNMAP's
# length is the kernel's word that it was mapped.
step "$map_file" iommufd-ioas-map-file iommufd=iommufd0 ioas-id="$ioas" memdev=ram0 size=65536 offset=65536 iova=2097152
if [ "$map_file" = ok ]; then
  step ok iommufd-ioas-unmap iommufd=iommufd0 ioas-id="$ioas" iova=2097152 size=65536
  case "$out" in *'"unmapped": 65536'*) ;; *) echo "hostpath: FAIL MAP_FILE's mapping is not 64 KiB"; failed=1 ;; esac
fi
step ok query-vfio-host-devices
case "$out" in *"\"name\": \"$bdf\""*'"cdev": "/dev/vfio/devices/vfio0"'*) ;;
  *) echo "hostpath: FAIL $bdf with /dev/vfio/devices/vfio0 not listed"; failed=1 ;; esac
step ok vfio-device-bind iommufd=iommufd0 host="$bdf"; dev=$(field dev-id)
step ok iommufd-get-hw-info iommufd=iommufd0 dev-id="$dev"
# QEMU's emulated VT-d, legacy mode: cap 0x00d2008c222f0686, ecap 0xf00f4a.
case "$out" in *'"type": "intel-vtd"'*'"cap": 59110346978166406, "ecap": 15732554'*) ;;
  *) echo "hostpath: FAIL GET_HW_INFO is not QEMU's VT-d"; failed=1 ;; esac
case "$out" in *'"dirty-tracking": true'*) echo "hostpath: FAIL dirty tracking on QEMU's VT-d"; failed=1 ;; esac
step ok iommufd-hwpt-alloc iommufd=iommufd0 dev-id="$dev" pt-id="$ioas"; hwpt=$(field hwpt-id)
step EOPNOTSUPP iommufd-hwpt-alloc iommufd=iommufd0 dev-id="$dev" pt-id="$ioas" flags='["dirty-tracking"]'
step EOPNOTSUPP iommufd-hwpt-alloc iommufd=iommufd0 dev-id="$dev" pt-id="$ioas" flags='["nest-parent"]'
# IOMMU_HWPT_ALLOC_PASID: an unknown flag on 6.12; 7.x makes the HWPT,
# which goes again at once (not a step: the simulation has none to destroy).
step "$pasid" iommufd-hwpt-alloc iommufd=iommufd0 dev-id="$dev" pt-id="$ioas" flags='["pasid"]'
if [ "$pasid" = ok ]; then
  "$bin/iommuctl" --socket "$sock" --raw iommufd-destroy iommufd=iommufd0 id="$(field hwpt-id)" >/dev/null 2>&1 \
    || { echo "hostpath: FAIL the PASID HWPT cannot be destroyed"; failed=1; }
fi
step ok vfio-device-attach iommufd=iommufd0 dev-id="$dev" pt-id="$hwpt"
# Invalidation takes only nested HWPTs (see $invalidate above); the
# emulated VT-d has no dirty tracking.
step "$invalidate" iommufd-hwpt-invalidate iommufd=iommufd0 hwpt-id="$hwpt" vtd-s1='[{"addr": 0, "npages": 1}]'
step EOPNOTSUPP iommufd-hwpt-get-dirty-bitmap iommufd=iommufd0 hwpt-id="$hwpt" iova=1048576 size=65536
# Attached: VT-d's MSI window is reserved, and mapping into it fails.
step ok iommufd-ioas-iova-ranges iommufd=iommufd0 ioas-id="$ioas"
case "$out" in *'"last": 4276092927}, {"start": 4277141504,'*) ;;  # 0xfedfffff, 0xfef00000
  *) echo "hostpath: FAIL the MSI window [0xfee00000, 0xfeefffff] is not reserved"; failed=1 ;; esac
step EINVAL iommufd-ioas-map iommufd=iommufd0 ioas-id="$ioas" memdev=ram0 size=4096 iova=4276092928 offset=65536
step EBUSY iommufd-destroy iommufd=iommufd0 id="$hwpt"
step EBUSY iommufd-destroy iommufd=iommufd0 id="$ioas"
step ok vfio-device-detach iommufd=iommufd0 dev-id="$dev"
step ok iommufd-destroy iommufd=iommufd0 id="$hwpt"
step ok vfio-device-attach iommufd=iommufd0 dev-id="$dev" pt-id="$ioas"
case "$out" in *'"allocated": true'*) ;; *) echo "hostpath: FAIL no automatic domain"; failed=1 ;; esac
step ok query-iommufd
step ok vfio-device-detach iommufd=iommufd0 dev-id="$dev"
step ok vfio-device-unbind iommufd=iommufd0 dev-id="$dev"
step ok iommufd-ioas-unmap iommufd=iommufd0 ioas-id="$ioas"
step ok iommufd-destroy iommufd=iommufd0 id="$ioas"
step ok object-del id=ram0
step ok object-del id=iommufd0
# An iommufd object on the inherited descriptor: iommud adopts it, never
# opens /dev/iommu for it, and leaves it open when the object goes.
step ok object-add qom-type=iommufd id=passed fd='"7"'
step ok iommufd-ioas-alloc iommufd=passed; passed_ioas=$(field ioas-id)
step ok qom-get path=passed property=connected
case "$out" in *'"return": true'*) ;; *) echo "hostpath: FAIL the passed descriptor is not used"; failed=1 ;; esac
step ok iommufd-destroy iommufd=passed id="$passed_ioas"
step ok object-del id=passed
kill "$daemon"; wait "$daemon"

# The trace events of the ioctls made above (QEMU's names where QEMU has one).
for event in iommufd_backend_connect iommufd_backend_alloc_ioas iommufd_backend_map_dma \
    iommufd_cdev_connect_and_bind iommufd_backend_alloc_hwpt iommufd_cdev_attach_ioas_hwpt \
    iommufd_cdev_detach_ioas_hwpt iommufd_backend_unmap_dma iommufd_backend_free_id \
    iommufd_backend_disconnect iommu_backend_set_fd iommufd_backend_map_file_dma; do
  grep -q "^$event " "$tmp/trace.log" || { echo "hostpath: FAIL trace event $event did not fire"; failed=1; }
done
echo "hostpath: $(wc -l < "$tmp/trace.log") trace lines; daemon log:"; cat "$tmp/iommud.log"
exit "$failed"
