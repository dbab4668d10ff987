"""Starting iommud (or the benchmark floor) for the interop tests and their
helper scripts."""
import asyncio
import os
import subprocess
import tempfile
import time


def wait_for_socket(proc, path, attempts=200):
    """Waits for `proc` to create the Unix socket `path`, checking every
    20 ms, `attempts` times. Returns None once it exists; otherwise kills
    the process (if still running) and returns why it failed."""
    for _ in range(attempts):
        if os.path.exists(path):
            return None
        if proc.poll() is not None:
            return f"{proc.args[0]} exited with {proc.returncode} before listening"
        time.sleep(0.02)
    proc.kill()
    return f"{proc.args[0]} did not create {path}"


def start(binary, *options, stderr=subprocess.PIPE, attempts=200):
    """Starts `binary` with `options` and `--qmp` on a fresh Unix socket.
    Returns (socket path, process, problem); problem is None once it
    listens, else why not (the process is then gone)."""
    sock = os.path.join(tempfile.mkdtemp(), "iommud.sock")
    proc = subprocess.Popen([binary, *options, "--qmp", f"unix:{sock}"], stderr=stderr)
    return sock, proc, wait_for_socket(proc, sock, attempts)


def run_bounded(coroutine, timeout=60):
    """`asyncio.run` with a deadline: a client that waits for a reply or an
    event that never comes (a broken OOB path, a lost event) fails the test
    with TimeoutError after `timeout` seconds instead of hanging the run."""
    return asyncio.run(asyncio.wait_for(coroutine, timeout))
