"""The benchmarks still run: the load generator (bench/qmpload.c) against a
freshly started iommud and the C floor server, on a handful of requests.

Not a performance test: the assertions only check that the numbers are sane
(every request answered, latencies ordered and positive). `make bench` runs
the real thing. QEMU is not needed here.
"""
import json
import os
import subprocess
import tempfile

import pytest

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
QMPLOAD = os.environ.get("QMPLOAD", ".build-bench/c/qmpload")
FLOOR = os.environ.get("FLOOR", ".build-bench/c/floor")
BITMAPBENCH = os.environ.get("BITMAPBENCH", ".build-bench/c/bitmapbench")

QV = '{"execute": "query-version"}'


def wait_for_socket(proc, sock):
    problem = iommud_process.wait_for_socket(proc, sock, attempts=500)
    if problem:
        pytest.fail(problem)


@pytest.fixture(params=["iommud", "floor"])
def server(request):
    for tool in (QMPLOAD, FLOOR):
        if not os.access(tool, os.X_OK):
            pytest.fail(f"{tool} is missing: `make bench-tools` builds it (make interop does)")
    tmp = tempfile.mkdtemp()
    sock = os.path.join(tmp, request.param + ".sock")
    if request.param == "iommud":
        argv = [IOMMUD, "--kernel", "sim", "--qmp", f"unix:{sock}"]
    else:
        argv = [FLOOR, "--unix", sock]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_socket(proc, sock)
    yield request.param, sock
    proc.terminate()
    proc.wait(timeout=10)


def qmpload(sock, *args):
    p = subprocess.run([QMPLOAD, "--unix", sock, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def check_latency(lat, count):
    assert lat["count"] == count
    assert 0 < lat["p50_us"] <= lat["p90_us"] <= lat["p99_us"] <= lat["max_us"]
    assert lat["max_us"] < 10_000_000


def test_sequential_round_trips(server):
    name, sock = server
    out = qmpload(sock, "--label", name, "--seq", "20", "--warmup", "2", "-e", QV)
    assert out["mode"] == "seq" and out["errors"] == 0
    check_latency(out["all"], 20)
    check_latency(out["per_template"][0], 20)
    assert out["requests_per_s"] > 0


def test_pipelined_clients(server):
    name, sock = server
    out = qmpload(sock, "--label", name, "--pipe", "--clients", "2", "--window", "4",
                  "--duration", "0.1", "--warmup-time", "0.02", "-e", QV)
    assert out["mode"] == "pipe" and out["errors"] == 0
    assert out["clients"] == 2 and out["window"] == 4
    assert out["replies"] > 0 and out["requests_per_s"] > 0
    assert 0 < out["latency"]["p50_us"] <= out["latency"]["max_us"]


def test_iommud_commands_and_mapping_cycle(server):
    name, sock = server
    if name != "iommud":
        pytest.skip("the floor answers every request with the same canned reply")
    pair = ['{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "b%c_%n"}}',
            '{"execute": "object-del", "arguments": {"id": "b%c_%n"}}']
    out = qmpload(sock, "--seq", "5", "--warmup", "1", *sum((["-e", t] for t in pair), []))
    assert out["errors"] == 0 and len(out["per_template"]) == 2
    check_latency(out["all"], 10)

    setup = ['{"execute": "object-add", "arguments": {"qom-type": "iommufd", "id": "i0"}}',
             '{"execute": "object-add", "arguments": {"qom-type": "memory-backend-memfd", "id": "ram0", "size": 65536}}',
             '{"execute": "iommufd-ioas-alloc", "arguments": {"iommufd": "i0"}}']
    out = qmpload(sock, "--seq", "1", "--warmup", "0", *sum((["-e", t] for t in setup), []))
    assert out["errors"] == 0
    cycle = ['{"execute": "iommufd-ioas-map", "arguments": {"iommufd": "i0", "ioas-id": 1, "memdev": "ram0", '
             '"offset": 0, "size": 4096, "iova": %k}}',
             '{"execute": "iommufd-ioas-unmap", "arguments": {"iommufd": "i0", "ioas-id": 1, "iova": %k, "size": 4096}}']
    out = qmpload(sock, "--seq", "5", "--warmup", "1", *sum((["-e", t] for t in cycle), []))
    assert out["errors"] == 0, out["first_error"]
    check_latency(out["all"], 10)


def test_errors_are_reported(server):
    """A failing command is counted, not mistaken for a reply."""
    name, sock = server
    if name != "iommud":
        pytest.skip("the floor never fails")
    p = subprocess.run([QMPLOAD, "--unix", sock, "--seq", "3", "--warmup", "0", "-e",
                        '{"execute": "no-such-command"}'], stdout=subprocess.PIPE, text=True, timeout=60)
    assert p.returncode == 1
    out = json.loads(p.stdout)
    assert out["errors"] == 3 and "CommandNotFound" in out["first_error"]


def test_many_clients_are_held(server):
    name, sock = server
    p = subprocess.Popen([QMPLOAD, "--unix", sock, "--hold", "20"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         text=True)
    out = json.loads(p.stdout.readline())
    p.stdin.close()
    assert p.wait(timeout=30) == 0
    assert out["clients"] == 20


def test_dirty_bitmap_benchmark_runs_and_checks_its_bits():
    """bitmapbench drives the whole dirty-bitmap path (bind, attach, dirty
    tracking, simulated DMA, getfd + query into a memfd) and verifies every
    written page is set; a small range keeps it quick."""
    if not os.access(BITMAPBENCH, os.X_OK):
        pytest.fail(f"{BITMAPBENCH} is missing: `make bench-tools` builds it (make interop does)")
    tmp = tempfile.mkdtemp()
    sock = os.path.join(tmp, "bitmap.sock")
    proc = subprocess.Popen([IOMMUD, "--kernel", "sim", "--qmp", f"unix:{sock}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for_socket(proc, sock)
        p = subprocess.run([BITMAPBENCH, "--unix", sock, "--rounds", "2", "--size", str(1 << 31), "--dirty-pages", "16"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
        assert p.returncode == 0, p.stderr
        out = json.loads(p.stdout)
        assert out["dirty_pages"] == 16 and out["bitmap_bytes"] == (1 << 31) // 4096 // 8
        assert 0 < out["min_us"] <= out["p50_us"] <= out["max_us"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
