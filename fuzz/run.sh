#!/bin/sh
# fuzz/run.sh SECONDS TARGET...: runs each fuzz-TARGET (built by make
# fuzz-build in .build-fuzz/release) for SECONDS on a fresh copy of its
# committed corpus in .build-fuzz/work/TARGET (the committed corpus is never
# written; make fuzz-merge folds new inputs into it). Prints one line per
# target: executions, executions per second, coverage (cov, ft), seconds.
# Exits non-zero if any target found a crash, a leak, a timeout or an
# out-of-memory; the input is kept as .build-fuzz/work/TARGET/crash-* (or
# leak-, timeout-, oom-) and libFuzzer's report in .build-fuzz/work/TARGET/log.
set -u
seconds=$1
shift
bin=.build-fuzz/release
failed=""
# Swift's own crash handler reads memory ASan has poisoned; libFuzzer and ASan
# report the crash instead. LeakSanitizer works with the Swift runtime.
export SWIFT_BACKTRACE=enable=no
for t in "$@"; do
    export ASAN_OPTIONS=detect_leaks=1
    work=.build-fuzz/work/$t
    rm -rf "$work" && mkdir -p "$work" && cp -R "fuzz/corpus/$t" "$work/corpus"
    dict=""
    [ -f "fuzz/dict/$t.dict" ] && dict="-dict=fuzz/dict/$t.dict"
    start=$(date +%s)
    nice -n 10 "$bin/fuzz-$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$work/" $dict "$work/corpus" >"$work/log" 2>&1
    status=$?
    end=$(date +%s)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log")
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$work/log" | tail -1)
    printf 'fuzz-%-13s %10s runs %7s/s  %-20s %4ss' "$t" "${runs:-?}" "${rate:-?}" "${cov:-?}" $((end - start))
    if [ $status -ne 0 ]; then
        printf '  FAILED (%s)\n' "$(grep -Eo 'ERROR: [A-Za-z]+: [a-z -]+|deadly signal|timeout|out-of-memory' "$work/log" | head -1)"
        failed="$failed fuzz-$t"
    else
        printf '\n'
    fi
done
if [ -n "$failed" ]; then
    echo "fuzzing found problems in:$failed (see .build-fuzz/work/*/log)" >&2
    exit 1
fi
