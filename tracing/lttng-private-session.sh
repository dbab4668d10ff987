#!/bin/bash
# Runs COMMAND under a private LTTng session daemon that records every qemu:*
# event into OUTPUT_DIR, then stops everything. The machine's own sessiond (if
# any) is neither used nor disturbed.
#
#   tracing/lttng-private-session.sh OUTPUT_DIR COMMAND [ARG...]
#
# As root: a private mount namespace (unshare -m) with tmpfs over /run/lttng and
# /dev/shm and its own LTTNG_HOME, because root always talks to the sessiond in
# /run/lttng. Otherwise: a per-user sessiond under a fresh LTTNG_HOME.
#
# The channel is large (8 x 4 MiB sub-buffers) so that nothing is discarded.
# COMMAND runs with LTTNG_UST_REGISTER_TIMEOUT=10000 (unless the caller set
# TRACED_REGISTER_TIMEOUT) so a short-lived program waits until the sessiond has
# told it which events to record; with a small timeout it may lose its events.
#
# Exit status: COMMAND's; 77 if lttng-sessiond cannot be started (tests skip).
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 OUTPUT_DIR COMMAND [ARG...]" >&2
    exit 2
fi
out=$1
shift

if ! command -v lttng-sessiond >/dev/null || ! command -v lttng >/dev/null; then
    echo "$0: lttng-sessiond or lttng not installed (make deps installs lttng-tools)" >&2
    exit 77
fi

if [ "$(id -u)" = 0 ] && [ -z "${LTTNG_PRIVATE_NAMESPACE:-}" ]; then
    if unshare -m --propagation private true 2>/dev/null; then
        exec unshare -m --propagation private env LTTNG_PRIVATE_NAMESPACE=1 "$0" "$out" "$@"
    fi
    echo "$0: cannot create a mount namespace (unshare -m); cannot isolate a root sessiond" >&2
    exit 77
fi

home=$(mktemp -d /tmp/lttng-home.XXXXXX)
if [ -n "${LTTNG_PRIVATE_NAMESPACE:-}" ]; then
    mkdir -p /run/lttng
    mount -t tmpfs tmpfs /run/lttng
    mount -t tmpfs tmpfs /dev/shm
    pidfile=/run/lttng/lttng-sessiond.pid
else
    pidfile=$home/.lttng/lttng-sessiond.pid
fi
export LTTNG_HOME=$home

stop_sessiond() {
    local pid
    pid=$(cat "$pidfile" 2>/dev/null || true)
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$home"
}
trap stop_sessiond EXIT

if ! lttng-sessiond --daemonize --no-kernel >"$home/sessiond.log" 2>&1; then
    echo "$0: lttng-sessiond did not start:" >&2
    cat "$home/sessiond.log" >&2
    exit 77
fi

session=iommud-$$
mkdir -p "$(dirname "$out")"
lttng -q create "$session" --output="$out"
lttng -q enable-channel -u -s "$session" --subbuf-size=4M --num-subbuf=8 big
lttng -q enable-event -u -s "$session" -c big 'qemu:*'
lttng -q start "$session"

rc=0
LTTNG_UST_REGISTER_TIMEOUT=${TRACED_REGISTER_TIMEOUT:-10000} "$@" || rc=$?

lttng -q stop "$session"
lttng -q destroy "$session"
exit $rc
