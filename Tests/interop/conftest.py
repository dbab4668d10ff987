"""Shared fixtures of the interop tests."""
import os
import subprocess

import pytest

import iommud_process

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")


def _start(*options, stderr=subprocess.PIPE):
    sock, proc, problem = iommud_process.start(IOMMUD, *options, stderr=stderr)
    if problem:
        pytest.fail(problem)
    return sock, proc


def _stop(proc):
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def daemon():
    """A fresh iommud with default options (`--kernel auto`) on a private Unix
    socket: yields (socket path, process); its stderr is a pipe tests may read
    once the daemon has exited."""
    sock, proc = _start()
    yield sock, proc
    _stop(proc)


@pytest.fixture
def sim_daemon():
    """The same on the simulated kernel (`--kernel sim`), whatever the machine
    has: yields the socket path. Its stderr is discarded."""
    sock, proc = _start("--kernel", "sim", stderr=subprocess.DEVNULL)
    yield sock
    _stop(proc)
