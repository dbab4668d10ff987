#!/bin/bash
# run-vm.sh KERNEL INITRAMFS JOB[,JOB...] LOG [EXTRA-CMDLINE...]
#
# Boots QEMU (TCG, q35, emulated VT-d, an e1000e) with /test/JOB.sh as the
# guest's jobs and the console in LOG. Fails when the guest's job failed or did
# not report, when QEMU exceeds VM_TIMEOUT seconds (default 300), or when the
# kernel printed a WARN, BUG, oops or panic.
set -uo pipefail
kernel=$1 initrd=$2 run=$3 log=$4; shift 4
timeout=${VM_TIMEOUT:-300}
start=$(date +%s.%N)
timeout --kill-after=10 "$timeout" qemu-system-x86_64 \
  -machine q35,kernel-irqchip=split -accel tcg -cpu max -m "${VM_MEMORY:-2G}" -smp 2 \
  -nodefaults -display none -serial stdio -monitor none -no-reboot \
  -device "intel-iommu,intremap=on,caching-mode=on${VM_IOMMU_OPTS:-}" \
  -device e1000e \
  -kernel "$kernel" -initrd "$initrd" \
  -append "console=ttyS0 loglevel=4 panic=-1 iommud.run=$run $*" \
  </dev/null 2>&1 | tr -d '\r' > "$log"
rc=${PIPESTATUS[0]}
secs=$(echo "$(date +%s.%N) - $start" | bc)
status=$(sed -n 's/^IOMMUD-VM-EXIT=\([0-9]*\)$/\1/p' "$log" | tail -1)
echo "run-vm: $run: qemu rc $rc, guest status ${status:-none}, $(printf %.1f "$secs") s wall, log $log"
if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo "run-vm: $run: timed out after $timeout s"; exit 1; fi
if grep -nE '(WARNING: CPU|BUG: |Oops|Kernel panic|general protection fault|Call Trace:)' "$log"; then
  echo "run-vm: $run: the kernel complained (above)"; exit 1
fi
[ "$status" = 0 ]
