#!/bin/bash
# The profile behind docs/performance.md (make bench-profile):
#
#   1. callgrind: the release daemon serving N sequential query-version
#      requests (user-space instructions, exact, no kernel time);
#   2. perf record -e cpu-clock (a software clock: this VM has no hardware
#      counters): the same daemon under pipelined query-version load,
#      kernel included.
#
#   bench/profile.sh IOMMUD QMPLOAD [N] [OUTDIR]
#
# Prints the top functions of each; the raw files stay in OUTDIR
# (default .build-bench/profile).
set -euo pipefail

iommud=$1
qmpload=$2
n=${3:-3000}
out=${4:-.build-bench/profile}
mkdir -p "$out"
out=$(cd "$out" && pwd)
sock=$out/iommud.sock
export LTTNG_UST_REGISTER_TIMEOUT=${LTTNG_UST_REGISTER_TIMEOUT:-200}

wait_socket() {
    for _ in $(seq 600); do
        [ -S "$sock" ] && return 0
        sleep 0.1
    done
    echo "profile: $iommud did not start" >&2
    exit 1
}

stop() {
    kill -TERM "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# --- 1. callgrind ------------------------------------------------------------
# Valgrind 3.19 (bookworm) cannot read the DWARF 5 that Swift's clang emits
# ("unhandled dwarf2 abbrev form code 0x25 ... I can't recover"), so it runs a
# copy without debug sections; the symbol table stays, which is all a
# function-level profile needs.
rm -f "$sock" "$out"/callgrind.out.*
objcopy --strip-debug "$iommud" "$out/iommud.nodebug"
valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out.%p" \
    "$out/iommud.nodebug" --kernel sim --threads 1 --qmp "unix:$sock" 2>"$out/valgrind.log" &
pid=$!
wait_socket
# Dump only the served requests: zero the counters after start-up.
callgrind_control -z "$pid" >/dev/null 2>&1 || true
"$qmpload" --unix "$sock" --label callgrind --seq "$n" --warmup 0 >"$out/callgrind-load.json"
stop "$pid"
cg=$(ls -t "$out"/callgrind.out.* | head -1)
echo "== callgrind: $n sequential query-version requests, user space only =="
python3 "$(dirname "$0")/callgrind_top.py" "$cg" 30 --per "$n"
echo

# --- 2. perf, kernel included ----------------------------------------------------
if perf record -e cpu-clock -o "$out/perf-check.data" true >/dev/null 2>&1; then
    rm -f "$sock"
    "$iommud" --kernel sim --qmp "unix:$sock" 2>/dev/null &
    pid=$!
    wait_socket
    perf record -e cpu-clock -g -p "$pid" -o "$out/perf.data" 2>/dev/null &
    perfpid=$!
    sleep 0.5
    "$qmpload" --unix "$sock" --label perf --pipe --clients 2 --window 8 --duration 3 >"$out/perf-load.json"
    kill -INT "$perfpid"
    wait "$perfpid" 2>/dev/null || true
    stop "$pid"
    echo
    echo "== perf cpu-clock, pipelined 2x8 query-version: by shared object =="
    perf report -i "$out/perf.data" --no-children --sort dso --stdio -g none 2>/dev/null | grep '%' | head -12 || true
    echo
    echo "== perf cpu-clock: top symbols (self) =="
    demangle=cat
    command -v swift-demangle >/dev/null && demangle="swift-demangle --simplified"
    perf report -i "$out/perf.data" --no-children --sort sym --stdio -g none 2>/dev/null | grep '%' | head -40 \
        | $demangle | cut -c1-170 || true
    echo
    echo "== perf cpu-clock: inclusive (children), top 40 =="
    perf report -i "$out/perf.data" --children --sort sym --stdio -g none 2>/dev/null | grep '%' | head -40 \
        | $demangle | cut -c1-170 || true
else
    echo "perf record -e cpu-clock does not work here; skipped"
fi
