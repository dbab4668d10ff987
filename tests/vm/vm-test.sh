#!/bin/bash
# vm-test.sh BIN-DIR: the proving ground, end to end (make vm-test). BIN-DIR
# holds iommudPackageTests.xctest, iommud and iommuctl (a SwiftPM debug dir).
#
# 1. the kernel (build-kernel.sh, cached); 2. an initramfs with the test
# binary and the guest jobs; 3. the conformance suite on the simulated kernel,
# here; 4. iommud through QMP on the simulated kernel with the VM's topology
# (jobs/hostpath.sh and jobs/devicemodel.sh, qemu-vtd.json), then boot A (VT-d on, e1000e on
# vfio-pci): the same on the real kernel, answers compared, and the e1000e
# served over vfio-user to vfio-user-probe (jobs/vfiouser.sh); 5. boot B
# (intel_iommu=off, which 6.12's selftest mock device needs): the conformance
# suite against the real kernel; 6. compare.py against known-differences.txt.
#
#   VM_OUT     results directory (default .build/vm): logs, events, table
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$(realpath "$1")
bin=$dir/iommudPackageTests.xctest
out=$(realpath -m "${VM_OUT:-.build/vm}")
mkdir -p "$out"
t() { date +%s.%N; }
secs() { printf %.1f "$(echo "$(t) - $1" | bc)"; }

s=$(t); kernel=$("$here/build-kernel.sh"); echo "vm-test: kernel $kernel ($(secs "$s") s)"
# The kernel a boot ran, as `uname -r` (the guest's first line) and the
# Debian package the image was built from (its name: bzImage-VERSION-HASH).
package=$(basename "$kernel" | sed 's/^bzImage-//; s/-[0-9a-f]*$//')
kernel_name() { echo "Linux $(sed -n 's/^iommud-vm: \([^ ]*\) up .*/\1/p' "$1" | head -1) (Debian linux-source-6.12 $package)"; }
s=$(t); "$here/build-initramfs.sh" "$out/initramfs.cpio.gz" "$here"/jobs/*.sh "$here/sim-only-suites" -- "$bin" "$dir/iommud" "$dir/iommuctl" "$dir/vfio-user-probe"
echo "vm-test: initramfs $(du -h "$out/initramfs.cpio.gz" | cut -f1) ($(secs "$s") s)"

s=$(t)
skips=()
while read -r suite; do skips+=(--skip "KernelConformanceTests.$suite"); done < <(grep -v '^#' "$here/sim-only-suites")
rm -f "$out/sim.jsonl"
simrc=0
(cd "$out" && env -u IOMMUD_CONFORMANCE_KERNEL "$bin" --testing-library swift-testing \
  --filter KernelConformanceTests "${skips[@]}" --event-stream-output-path "$out/sim.jsonl" \
  --event-stream-version 0 >"$out/sim.log" 2>&1) || simrc=$?
echo "vm-test: conformance on the simulated kernel, runner exit $simrc ($(secs "$s") s)"

fail=0
# A failed case is compare.py's to judge (exit 1); a runner that crashed or
# never finished its run is a failure of its own.
if [ "$simrc" -gt 1 ] || ! grep -q '"runEnded"' "$out/sim.jsonl" 2>/dev/null; then
  echo "vm-test: the simulated kernel's run did not finish (exit $simrc, log $out/sim.log)"; fail=1
fi

# Files the guest printed between IOMMUD-VM-FILE-BEGIN/END (gzip, base64).
extract() { # LOG NAME DEST
  awk -v n="$2" '$0 == "IOMMUD-VM-FILE-END" {on=0} on {print} $0 == "IOMMUD-VM-FILE-BEGIN " n {on=1}' "$1" \
    | base64 -d | gunzip > "$3"
}

# The QMP jobs (host path, device model) twice: here on the simulated
# kernel with the VM's topology, then in boot A on the real one. Every
# step's answer must match (the kernel's name aside).
steps() { grep -E "^$2: (ok|FAIL)" "$1" | sed 's/"kernel": "\(sim\|host\)"/"kernel": K/'; }
qmp_jobs="hostpath devicemodel"
for job in $qmp_jobs; do
  mkdir -p "$out/$job-sim"
  HOSTPATH_BIN=$dir HOSTPATH_TMP=$out/$job-sim IOMMUD_VM_BDF=0000:00:01.0 \
    HOSTPATH_KERNEL="--kernel sim --sim-topology $here/qemu-vtd.json" \
    sh "$here/jobs/$job.sh" >"$out/$job-sim.log" 2>&1 || { echo "vm-test: $job failed on the simulation"; fail=1; }
done
if "$here/run-vm.sh" "$kernel" "$out/initramfs.cpio.gz" hostpath,legacy,devicemodel,vfiouser "$out/boot-vtd.log" intel_iommu=on; then
  for job in $qmp_jobs; do
    if diff <(steps "$out/$job-sim.log" "$job") <(steps "$out/boot-vtd.log" "$job") >"$out/$job.diff"; then
      echo "vm-test: $job: $(steps "$out/boot-vtd.log" "$job" | wc -l) steps, the same answers from both kernels"
    else
      echo "vm-test: $job: the kernels answer differently on $(kernel_name "$out/boot-vtd.log"):"
      cat "$out/$job.diff"; fail=1
    fi
  done
else
  fail=1
fi
if "$here/run-vm.sh" "$kernel" "$out/initramfs.cpio.gz" conformance "$out/boot-mock.log" intel_iommu=off; then
  extract "$out/boot-mock.log" events.jsonl "$out/real.jsonl"
  extract "$out/boot-mock.log" runner.log "$out/real.log"
  python3 "$here/compare.py" "$out/sim.jsonl" "$out/real.jsonl" --known "$here/known-differences.txt" \
    --expect "$here/conformance-cases" --kernel "$(kernel_name "$out/boot-mock.log")" \
    --markdown "$out/conformance-table.md" || fail=1
else
  fail=1
fi
echo "vm-test: real kernel $(kernel_name "$out/boot-mock.log")" | tee "$out/kernel-version"
[ "$fail" = 0 ] && echo "vm-test: passed" || echo "vm-test: FAILED (logs in $out)"
exit "$fail"
