#!/bin/sh
# Guest job: the conformance suite (KernelConformanceTests) against this
# kernel. The runner's events go to the console as gzip+base64 between
# markers; the host compares them with the simulated kernel's run. The job
# fails only when the runner did not finish (disagreements are judged there).
cd /tmp
start=$(cut -d' ' -f1 /proc/uptime)
skips=$(grep -v '^#' /test/sim-only-suites | sed 's/^/--skip KernelConformanceTests./')
# shellcheck disable=SC2086
IOMMUD_CONFORMANCE_KERNEL=host /test/iommudPackageTests.xctest --testing-library swift-testing \
  --filter KernelConformanceTests $skips \
  --event-stream-output-path /tmp/events.jsonl --event-stream-version 0 >/tmp/runner.log 2>&1
rc=$?
echo "conformance: runner exit $rc, $start s -> $(cut -d' ' -f1 /proc/uptime) s uptime"
grep -E '^(✘|✔ Test run|✘ Test run)' /tmp/runner.log | tail -n 3
for f in events.jsonl runner.log; do
  echo "IOMMUD-VM-FILE-BEGIN $f"
  gzip -c "/tmp/$f" | base64
  echo "IOMMUD-VM-FILE-END"
done
grep -q '"runEnded"' /tmp/events.jsonl
