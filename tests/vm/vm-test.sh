#!/bin/bash
# vm-test.sh BIN-DIR: the proving ground, end to end (make vm-test). BIN-DIR
# holds iommudPackageTests.xctest, iommud and iommuctl (a SwiftPM debug dir).
#
# 1. the kernel (build-kernel.sh, cached); 2. an initramfs with the test
# binary and the guest jobs; 3. the conformance suite on the simulated kernel,
# here; 4. iommud through QMP on the simulated kernel with the VM's topology
# (jobs/hostpath.sh and jobs/devicemodel.sh, qemu-vtd.json), then boot A (VT-d on, e1000e on
# vfio-pci): the same on the real kernel, answers compared, and the e1000e
# served over vfio-user to vfio-user-probe (jobs/vfiouser.sh), and iommud
# killed and restarted under fd-holder with the kernel objects kept
# (jobs/crash.sh); 5. boot B
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
kernels=${VM_KERNELS:-6.12 7}

s=$(t); "$here/build-initramfs.sh" "$out/initramfs.cpio.gz" "$here"/jobs/*.sh "$here/sim-only-suites" -- "$bin" "$dir/iommud" "$dir/iommuctl" "$dir/vfio-user-probe"
echo "vm-test: initramfs $(du -h "$out/initramfs.cpio.gz" | cut -f1) ($(secs "$s") s)"

skips=()
while read -r suite; do skips+=(--skip "KernelConformanceTests.$suite"); done < <(grep -v '^#' "$here/sim-only-suites")

# Files the guest printed between IOMMUD-VM-FILE-BEGIN/END (gzip, base64).
extract() { # LOG NAME DEST
  awk -v n="$2" '$0 == "IOMMUD-VM-FILE-END" {on=0} on {print} $0 == "IOMMUD-VM-FILE-BEGIN " n {on=1}' "$1" \
    | base64 -d | gunzip > "$3"
}

# The QMP jobs' steps, the kernel's name aside.
steps() { grep -E "^$2: (ok|FAIL)" "$1" | sed 's/"kernel": "\(sim\|host\)"/"kernel": K/'; }
# compared_steps LOG JOB KNOWN: the steps, less those KNOWN lists (lines
# "JOB: COMMAND ARGS  # reason": answers of a real kernel newer than 6.12
# that the simulation does not model).
compared_steps() {
  steps "$1" "$2" | awk -v known="$3" '
    BEGIN { while ((getline line < known) > 0) { if (line ~ /^#/ || line == "") continue; sub(/  #.*/, "", line); skip[line] = 1 } }
    { key = $0; sub(/ -> .*/, "", key); sub(/ \(want [^)]*\)$/, "", key); sub(/: (ok   |FAIL )/, ": ", key); if (!(key in skip)) print }'
}
# known_steps JOB KNOWN: the keys of KNOWN for JOB, with their reasons.
known_steps() { grep "^$1: " "$2" 2>/dev/null || true; }
qmp_jobs="hostpath devicemodel"

fail=0
summary=()
for series in $kernels; do
  kout=$out/linux-$series
  mkdir -p "$kout"
  s=$(t)
  if ! kernel=$("$here/build-kernel.sh" "$series"); then
    echo "vm-test [$series]: no kernel"; fail=1; summary+=("$series: no kernel"); continue
  fi
  # The Debian package the image was built from (its name:
  # bzImage-VERSION-HASH), its release (MAJOR.MINOR: what the simulated
  # kernel is set to) and, once booted, `uname -r` (the guest's first line).
  package=$(basename "$kernel" | sed 's/^bzImage-//; s/-[0-9a-f]*$//')
  release=$(echo "$package" | cut -d. -f1,2)
  source_package=linux-source-$release
  label="vm-test [Linux $release]"
  kernel_name() {
    local uname
    uname=$(sed -n 's/^iommud-vm: \([^ ]*\) up .*/\1/p' "$1" 2>/dev/null | head -1)
    echo "Linux ${uname:-?} (Debian $source_package $package)"
  }
  echo "$label: kernel $kernel ($(secs "$s") s)"

  s=$(t)
  rm -f "$kout/sim.jsonl"
  simrc=0
  (cd "$kout" && env -u IOMMUD_CONFORMANCE_KERNEL IOMMUD_SIM_KERNEL_VERSION="$release" "$bin" --testing-library swift-testing \
    --filter KernelConformanceTests "${skips[@]}" --event-stream-output-path "$kout/sim.jsonl" \
    --event-stream-version 0 >"$kout/sim.log" 2>&1) || simrc=$?
  echo "$label: conformance on the simulated kernel set to $release, runner exit $simrc ($(secs "$s") s)"
  kfail=0
  # A failed case is compare.py's to judge (exit 1); a runner that crashed or
  # never finished its run is a failure of its own.
  if [ "$simrc" -gt 1 ] || ! grep -q '"runEnded"' "$kout/sim.jsonl" 2>/dev/null; then
    echo "$label: the simulated kernel's run did not finish (exit $simrc, log $kout/sim.log)"; kfail=1
  fi

  # The QMP jobs (host path, device model) twice: here on the simulated
  # kernel with the VM's topology and this release, then in boot A on the
  # real one. Every step's answer must match (the kernel's name aside).
  for job in $qmp_jobs; do
    mkdir -p "$kout/$job-sim"
    HOSTPATH_BIN=$dir HOSTPATH_TMP=$kout/$job-sim IOMMUD_VM_BDF=0000:00:01.0 HOSTPATH_RELEASE=$release \
      HOSTPATH_KERNEL="--kernel sim --sim-topology $here/qemu-vtd.json --sim-kernel-version $release" \
      sh "$here/jobs/$job.sh" >"$kout/$job-sim.log" 2>&1 || { echo "$label: $job failed on the simulation"; kfail=1; }
  done
  if "$here/run-vm.sh" "$kernel" "$out/initramfs.cpio.gz" hostpath,legacy,devicemodel,vfiouser,crash "$kout/boot-vtd.log" intel_iommu=on \
    | sed "s/^/$label: /"; then
    for job in $qmp_jobs; do
      known=$here/known-step-differences-$series.txt
      if diff <(compared_steps "$kout/$job-sim.log" "$job" "$known") <(compared_steps "$kout/boot-vtd.log" "$job" "$known") \
        >"$kout/$job.diff"; then
        echo "$label: $job: $(compared_steps "$kout/boot-vtd.log" "$job" "$known" | wc -l) steps, the same answers from both kernels"
        known_steps "$job" "$known" | sed "s/^/$label: known difference (not compared): /"
      else
        echo "$label: $job: the kernels answer differently on $(kernel_name "$kout/boot-vtd.log"):"
        cat "$kout/$job.diff"; kfail=1
      fi
    done
  else
    kfail=1
  fi
  if "$here/run-vm.sh" "$kernel" "$out/initramfs.cpio.gz" conformance "$kout/boot-mock.log" intel_iommu=off \
    | sed "s/^/$label: /"; then
    extract "$kout/boot-mock.log" events.jsonl "$kout/real.jsonl"
    extract "$kout/boot-mock.log" runner.log "$kout/real.log"
    # (pipefail: the pipeline fails when compare.py does)
    python3 "$here/compare.py" "$kout/sim.jsonl" "$kout/real.jsonl" --known "$here/known-differences-$series.txt" \
      --expect "$here/conformance-cases-$series" --kernel "$(kernel_name "$kout/boot-mock.log")" \
      --markdown "$kout/conformance-table.md" | sed "s/^/$label: /" || kfail=1
  else
    kfail=1
  fi
  kernel_name "$kout/boot-mock.log" > "$kout/kernel-version"
  echo "$label: real kernel $(kernel_name "$kout/boot-mock.log"): $([ "$kfail" = 0 ] && echo passed || echo FAILED)"
  summary+=("$(kernel_name "$kout/boot-mock.log"): $([ "$kfail" = 0 ] && echo passed || echo FAILED)")
  [ "$kfail" = 0 ] || fail=1
done
for line in "${summary[@]}"; do echo "vm-test: $line"; done
[ "$fail" = 0 ] && echo "vm-test: passed" || echo "vm-test: FAILED (logs in $out)"
exit "$fail"
