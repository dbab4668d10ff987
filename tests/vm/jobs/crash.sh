#!/bin/sh
# Guest job (boot A: VT-d on, the e1000e on vfio-pci; real kernel only):
# crash and upgrade without stopping DMA (issue 21). iommud runs under
# fd-holder (tests/vm/fd-holder.c, systemd's fd store in small), which keeps
# the descriptors iommud stores: state.iommufd.<object> (its /dev/iommu),
# state.cdev.<object>.<cdev> (a bound VFIO cdev), state.memfd.<backend>.
# With the holder's copies open, the kernel objects outlive the process:
# while iommud is dead the holder asks the kernel itself (IOAS alive, the
# device still bound, IOMMU_DESTROY of the IOAS busy with the device's
# automatic domain, the IOVA still mapped), and the next iommud takes them over —
# the same ids and mappings, nothing made again (no alloc, bind, attach or
# map in its trace). Once after SIGKILL, once after a `quit` (an upgrade).
#
# HOSTPATH_BIN (directory of iommud, iommuctl and fd-holder), HOSTPATH_TMP
# and HOSTPATH_KERNEL (iommud's kernel options) as in hostpath.sh: the last
# only to try the script's plumbing on the simulated kernel, where the
# probes have nothing to look at and fail.
bin=${HOSTPATH_BIN:-/test}
tmp=${HOSTPATH_TMP:-/tmp}/crash
rm -rf "$tmp"; mkdir -p "$tmp/state"
sock=$tmp/iommud.sock
control=$tmp/holder.ctl
failed=0
bdf=${IOMMUD_VM_BDF:?no e1000e}
fail() { echo "crash: FAIL $*"; failed=1; }

# step WANT COMMAND ARGS...: an iommuctl step, as in hostpath.sh.
step() {
  want=$1; shift
  out=$("$bin/iommuctl" --socket "$sock" --raw "$@" 2>/dev/null)
  case "$want:$out" in
    ok:'{"return"'*|[A-Z]*:*'"errno": "'"$want"'"'*) echo "crash: ok   $* -> $out" ;;
    *) fail "$* (want $want) -> $out" ;;
  esac
}
# field NAME: the first numeric member NAME of the last step's answer.
field() { echo "$out" | sed -n 's/.*"'"$1"'": \([0-9]*\).*/\1/p'; }
# hold WANT WORD ARGS...: a holder command; its one-line reply must match
# the shell pattern WANT.
hold() {
  want=$1; shift
  reply=$("$bin/fd-holder" --ask "$control" "$@" 2>&1)
  # shellcheck disable=SC2254
  case "$reply" in
    $want) echo "crash: ok   holder $* -> $reply" ;;
    *) fail "holder $* (want $want) -> $reply" ;;
  esac
}

# Each start of iommud gets its own stderr and trace log (N counts starts);
# sh execs iommud, so the pid the holder set as LISTEN_PID is iommud's.
cat > "$tmp/iommud-run.sh" <<EOF
n=\$(cat "$tmp/generation")
exec "$bin/iommud" ${HOSTPATH_KERNEL:---kernel host} --state-dir "$tmp/state" --qmp "unix:$sock" \\
  --trace 'iommufd_*' --trace 'vfio_*' -D "$tmp/trace.\$n.log" 2>"$tmp/iommud.\$n.log"
EOF
# started N: iommud's start number N is up (READY=1 through the holder).
started() {
  hold "ready *" ready 120
  echo "crash: iommud start $1: log"; sed 's/^/crash: | /' "$tmp/iommud.$1.log"
}

# The probes first check themselves on a /dev/iommu of a holder of their
# own (its command only sleeps): an IOAS it makes is alive, takes a page at
# a fixed IOVA (mapped and unmapped again), is destroyed, and is gone; no
# device is bound there.
if [ -z "${HOSTPATH_KERNEL:-}" ]; then
  "$bin/fd-holder" --notify "$tmp/check.notify" --control "$tmp/check.ctl" --log "$tmp/check.log" -- sleep 600 &
  i=0; while [ ! -S "$tmp/check.ctl" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  saved=$control; control=$tmp/check.ctl
  hold ok open state.iommufd.check /dev/iommu
  hold "ok [0-9]*" ioas-alloc check; own=${reply#ok }
  hold ok ioas-alive check "$own"
  hold ok map-fixed check "$own" 1048576
  hold ok destroy check "$own"
  hold ENOENT dev-alive check 1
  hold ENOENT ioas-alive check "$own"
  hold ENOENT map-fixed check "$own" 1048576
  hold ENOENT destroy check "$own"
  hold "error: no state.iommufd.nothing stored" ioas-alive nothing 1
  hold bye exit
  wait
  control=$saved
fi

# 1. iommud under the holder; the device's DMA set up.
echo 1 > "$tmp/generation"
"$bin/fd-holder" --notify "$tmp/notify" --control "$control" --log "$tmp/holder.log" -- sh "$tmp/iommud-run.sh" &
holder=$!
i=0; while [ ! -S "$control" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
started 1
step ok object-add qom-type=iommufd id=iommufd0
step ok object-add qom-type=memory-backend-memfd id=ram0 size=2097152 share=true
step ok iommufd-ioas-alloc iommufd=iommufd0; ioas=$(field ioas-id)
step ok vfio-device-bind iommufd=iommufd0 host="$bdf"; dev=$(field dev-id)
step ok vfio-device-attach iommufd=iommufd0 dev-id="$dev" pt-id="$ioas"
case "$out" in *'"allocated": true'*) ;; *) fail "no automatic domain" ;; esac
step ok iommufd-ioas-map iommufd=iommufd0 ioas-id="$ioas" memdev=ram0 size=65536 iova=1048576
# What a client sees; every later start must show exactly this.
graph() {
  step ok query-iommufd; iommufd=$out
  step ok qom-list path=/objects; objects=$out
  step ok query-vfio; vfio=$out
}
graph
before="$iommufd $objects $vfio"
# The cdev's name, as the kernel has it (vfio0), else as iommud says it.
cdev=$(ls "/sys/bus/pci/devices/$bdf/vfio-dev" 2>/dev/null | head -1)
[ -n "$cdev" ] || cdev=$(echo "$iommufd" | sed -n 's|.*"cdev": "/dev/vfio/devices/\([^"]*\)".*|\1|p')

# 2. What the store holds: the /dev/iommu, the bound cdev, the memory.
stored="state.cdev.iommufd0.$cdev state.iommufd.iommufd0 state.memfd.ram0"
hold "$stored" names

# probes WHEN: the kernel's objects, through the holder's descriptors: the
# IOAS, the device still bound to this iommufd (GET_HW_INFO answers only
# then: its cdev is open somewhere), the IOAS busy, the IOVA mapped. The
# IOAS is destroyed only while the store keeps the device bound and the
# kernel says it is, so that it is attached and IOMMU_DESTROY cannot succeed.
probes() {
  echo "crash: probes $1"
  hold ok ioas-alive iommufd0 "$ioas"
  hold ok dev-alive iommufd0 "$dev"; bound=$reply
  case "$bound: $("$bin/fd-holder" --ask "$control" names 2>/dev/null) " in
    "ok:"*" state.cdev.iommufd0.$cdev "*) hold EBUSY destroy iommufd0 "$ioas" ;;
    *) fail "holder destroy iommufd0 $ioas not tried: the device is not bound or the store does not keep state.cdev.iommufd0.$cdev (the IOAS could go)" ;;
  esac
  hold EEXIST map-fixed iommufd0 "$ioas" 1048576
}
# taken_over N: start N answers as before, and made nothing again.
taken_over() {
  graph
  if [ "$iommufd $objects $vfio" = "$before" ]; then
    echo "crash: ok   start $1 shows the same ids, HWPTs and mappings"
  else
    fail "start $1 does not show what was there before"
    echo "crash: | before: $before"; echo "crash: | now:    $iommufd $objects $vfio"
  fi
  for event in iommufd_backend_alloc_ioas iommufd_cdev_connect_and_bind iommufd_cdev_attach_ioas_hwpt \
      iommufd_backend_map_dma; do
    grep -q "^$event " "$tmp/trace.1.log" || fail "trace event $event did not fire at start 1 (no trace?)"
  done
  # A map that failed (ret -1) is the adoption's own check: a fixed map of
  # the mapping's first page, which the kernel refuses with EEXIST.
  for event in iommufd_backend_alloc_ioas iommufd_backend_alloc_hwpt iommufd_cdev_connect_and_bind \
      iommufd_cdev_attach_ioas_hwpt iommufd_backend_map_dma; do
    made=$(grep "^$event " "$tmp/trace.$1.log" | grep -v ' (-1)$' | head -1)
    [ -n "$made" ] && fail "start $1 made it again: $made"
  done
  grep -q "fd store: adopted the kernel objects of 'iommufd0'" "$tmp/iommud.$1.log" \
    || fail "start $1's log does not say it adopted iommufd0's kernel objects"
  if grep -E "could not be restored|kernel ids? changed|is [0-9]+ now, was|gets new memory|refused" "$tmp/iommud.$1.log"; then
    fail "start $1's log says something was made again or refused (above)"
  fi
  hold "$stored" names
  probes "with iommud start $1 running"
}

# 3. A crash: iommud killed; the kernel objects stay.
hold "signal 9" kill
hold "$stored" names
probes "while iommud is dead (killed)"

# 4. The next start takes them over.
echo 2 > "$tmp/generation"
hold "started *" start
started 2
taken_over 2

# 5. A planned upgrade: quit keeps the store; the new binary takes over.
step ok quit
hold "exited 0" wait 60
hold "$stored" names
probes "while iommud is stopped (quit)"
echo 3 > "$tmp/generation"
hold "started *" start
started 3
taken_over 3

# 6. The kernel still had the mapping; then everything goes, and with it
# what the store keeps.
step ok iommufd-ioas-unmap iommufd=iommufd0 ioas-id="$ioas" iova=1048576 size=65536
case "$out" in *'"unmapped": 65536'*) ;; *) fail "the kernel did not unmap 64 KiB" ;; esac
hold ok map-fixed iommufd0 "$ioas" 1048576
step ok vfio-device-detach iommufd=iommufd0 dev-id="$dev"
step ok vfio-device-unbind iommufd=iommufd0 dev-id="$dev"
hold "state.iommufd.iommufd0 state.memfd.ram0" names
# Out of the store, the cdev is closed everywhere: the device is unbound.
hold ENOENT dev-alive iommufd0 "$dev"
# The last kernel object gone, iommud closes /dev/iommu and the store
# lets it go too.
step ok iommufd-destroy iommufd=iommufd0 id="$ioas"
hold "state.memfd.ram0" names
step ok object-del id=ram0
step ok object-del id=iommufd0
hold "" names
hold bye exit
wait "$holder"

echo "crash: holder log:"; sed 's/^/crash: | /' "$tmp/holder.log"
for n in 1 2 3; do echo "crash: start $n: $(wc -l < "$tmp/trace.$n.log" 2>/dev/null || echo no) trace lines"; done
exit "$failed"
