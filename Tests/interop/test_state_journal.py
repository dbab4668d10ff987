"""--state-dir on the simulated kernel: every acknowledged change survives
SIGKILL and comes back at the next start, the one in flight wholly or not
at all; a torn journal tail is cut off and reported, other damage stops the
start; one daemon per directory; a change the journal cannot record fails
and changes nothing (docs/reliability.md, Crash and restart)."""
import json
import os
import random
import signal
import socket
import subprocess
import tempfile
import threading
import time

import pytest

import iommud_process
from fd_store import FdStore

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")


class Client:
    """A blocking QMP client: one request at a time, events skipped."""

    def __init__(self, path):
        self.s = socket.socket(socket.AF_UNIX)
        self.s.settimeout(30)
        self.s.connect(path)
        self.f = self.s.makefile("rwb")
        self.f.readline()
        self.expect("qmp_capabilities")

    def command(self, name, **arguments):
        message = {"execute": name}
        if arguments:
            message["arguments"] = arguments
        self.f.write(json.dumps(message).encode())
        self.f.flush()
        while True:
            reply = json.loads(self.f.readline())
            if "event" not in reply:
                return reply

    def expect(self, name, **arguments):
        reply = self.command(name, **arguments)
        assert "return" in reply, f"{name}: {reply}"
        return reply["return"]

    def close(self):
        self.f.close()
        self.s.close()


class Daemon:
    def __init__(self, state_dir, *options, fd_store=None):
        self.state_dir = state_dir
        self.log_path = os.path.join(tempfile.mkdtemp(), "stderr")
        with open(self.log_path, "w") as log:
            if fd_store is None:
                self.sock, self.proc, problem = iommud_process.start(
                    IOMMUD, "--kernel", "sim", "--state-dir", state_dir, *options, stderr=log)
            else:
                self.sock = os.path.join(tempfile.mkdtemp(), "iommud.sock")
                self.proc = fd_store.spawn([IOMMUD, "--kernel", "sim", "--state-dir", state_dir, *options,
                                            "--qmp", f"unix:{self.sock}"], stderr=log)
                problem = iommud_process.wait_for_socket(self.proc, self.sock, 200)
        if problem:
            pytest.fail(f"{problem}: {self.log()}")

    def log(self):
        with open(self.log_path) as f:
            return f.read()

    def client(self):
        return Client(self.sock)

    def holds(self, name):
        """The daemon's descriptors and mappings of the file `name`."""
        fd_dir = f"/proc/{self.proc.pid}/fd"
        held = []
        for fd in os.listdir(fd_dir):
            try:
                if os.readlink(os.path.join(fd_dir, fd)).startswith(name + " "):
                    held.append(f"fd {fd}")
            except FileNotFoundError:
                pass
        with open(f"/proc/{self.proc.pid}/maps") as maps:
            held += [line.strip() for line in maps if f" {name} " in line + " "]
        return held

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def quit(self):
        c = self.client()
        c.command("quit")
        self.proc.wait(timeout=10)


@pytest.fixture
def state_dir():
    directory = tempfile.mkdtemp(prefix="iommud-state-")
    daemons = []
    yield directory, daemons
    for d in daemons:
        if d.proc.poll() is None:
            d.kill()


def start(state, *options, fd_store=None):
    directory, daemons = state
    d = Daemon(directory, *options, fd_store=fd_store)
    daemons.append(d)
    return d


def refused_start(state_dir):
    """iommud on `state_dir` that must not start: its stderr."""
    run = subprocess.run([IOMMUD, "--kernel", "sim", "--state-dir", state_dir, "--qmp",
                          f"unix:{tempfile.mkdtemp()}/q.sock"], capture_output=True, text=True, timeout=30)
    assert run.returncode == 1
    return run.stderr


def graph(c):
    """What a client sees of the state: objects, devices, iommufd, VFIO."""
    return {
        "objects": sorted((p["name"], p["type"]) for p in c.expect("qom-list", path="/objects")),
        "devices": sorted((p["name"], p["type"]) for p in c.expect("qom-list", path="/machine/peripheral")),
        "iommufd": c.expect("query-iommufd"),
        "vfio": c.expect("query-vfio"),
    }


def test_sigkill_then_restart_restores_the_whole_graph(state_dir):
    d = start(state_dir)
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "ifd"})
    ioas = c.expect("iommufd-ioas-alloc", iommufd="ifd")["ioas-id"]
    c.expect("object-add", **{"qom-type": "memory-backend-memfd", "id": "ram", "size": 2 << 20})
    iova = c.expect("iommufd-ioas-map", iommufd="ifd", memdev="ram", size=65536, **{"ioas-id": ioas})["iova"]
    c.expect("iommufd-ioas-map", iommufd="ifd", memdev="ram", size=65536, offset=65536, iova=1 << 30,
             **{"ioas-id": ioas})
    c.expect("device_add", driver="pc-dimm", id="dimm0", memdev="ram", addr=0)
    c.expect("object-add", **{"qom-type": "iommufd", "id": "ifd1"})
    c.expect("device_add", driver="vfio-pci", id="nic0", host="0000:17:00.0", iommufd="ifd1")
    c.expect("object-add", **{"qom-type": "iommufd", "id": "gone"})
    c.expect("iommufd-ioas-alloc", iommufd="gone")
    c.expect("object-add", **{"qom-type": "memory-backend-memfd", "id": "m-gone", "size": 65536})
    c.expect("object-del", id="m-gone")
    c.expect("iommufd-destroy", iommufd="gone", id=1)
    c.expect("object-del", id="gone")
    before = graph(c)
    assert any(m["iova"] == iova for i in before["iommufd"][0]["ioas"] for m in i["mappings"])
    assert ("nic0", "child<vfio-pci>") in before["devices"]
    d.kill()

    again = start(state_dir)
    assert graph(again.client()) == before
    assert "restored 14 of 14 changes" in again.log()
    assert "other results" not in again.log()


def test_a_clean_quit_keeps_the_state_and_a_deleted_object_stays_deleted(state_dir):
    d = start(state_dir)
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "kept"})
    c.expect("object-add", **{"qom-type": "iommufd", "id": "deleted"})
    c.expect("object-del", id="deleted")
    d.quit()
    again = start(state_dir)
    names = [p["name"] for p in again.client().expect("qom-list", path="/objects")]
    assert "kept" in names and "deleted" not in names


def _objects_after(commands):
    """The backends that exist after running `commands` in order."""
    present = set()
    for name, arguments in commands:
        if name == "object-add":
            present.add(arguments["id"])
        else:
            present.discard(arguments["id"])
    return present


@pytest.mark.parametrize("seed", range(5))
def test_sigkill_in_a_burst_keeps_every_acknowledged_change_and_each_in_flight_wholly_or_not(state_dir, seed):
    rng = random.Random(seed)
    commands = []
    live = []
    for i in range(5000):
        if live and rng.random() < 0.3:
            victim = live.pop(rng.randrange(len(live)))
            commands.append(("object-del", {"id": victim}))
        else:
            commands.append(("object-add", {"qom-type": "memory-backend-memfd", "id": f"m{i}", "size": 65536}))
            live.append(f"m{i}")
    d = start(state_dir, "--max-objects", "10000")
    c = d.client()
    acknowledged = []

    def read_replies():
        try:
            while len(acknowledged) < len(commands):
                line = c.f.readline()
                if not line:
                    return
                reply = json.loads(line)
                if "event" in reply:
                    continue
                assert "return" in reply, reply
                acknowledged.append(reply)
        except (OSError, ValueError):
            return

    reader = threading.Thread(target=read_replies)
    reader.start()
    c.f.write(b"".join(json.dumps({"execute": n, "arguments": a}).encode() for n, a in commands))
    c.f.flush()
    deadline = time.monotonic() + 10
    wanted = rng.randrange(20, 2000)
    while len(acknowledged) < wanted and time.monotonic() < deadline:
        time.sleep(0.001)
    d.kill()
    reader.join(timeout=10)
    done = len(acknowledged)
    assert 0 < done < len(commands), "the kill must land inside the burst"

    again = start(state_dir, "--max-objects", "10000")
    names = {p["name"] for p in again.client().expect("qom-list", path="/objects")} - {"type"}
    assert "could not be restored" not in again.log()
    # Requests are pipelined, so more than one may have been carried out
    # with its reply not yet sent: the state must be that after some prefix
    # of the burst that includes every acknowledged command.
    prefixes = [k for k in range(done, len(commands) + 1) if _objects_after(commands[:k]) == names]
    assert prefixes, f"{done} acknowledged: the state is not that after any longer prefix of the burst: {again.log()[-600:]}"


def test_a_torn_tail_is_cut_off_and_reported(state_dir):
    d = start(state_dir)
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "first"})
    c.expect("object-add", **{"qom-type": "iommufd", "id": "second"})
    d.kill()
    journal = os.path.join(state_dir[0], "journal")
    with open(journal, "rb") as f:
        whole = f.read()
    # A third record cut short, as a crash in the middle of its write leaves it.
    with open(journal, "ab") as f:
        f.write(whole[:40])
    again = start(state_dir)
    assert "cut off 40 bytes" in again.log()
    assert f"after byte {len(whole)}" in again.log()
    c = again.client()
    assert {"first", "second"} <= {p["name"] for p in c.expect("qom-list", path="/objects")}
    c.expect("object-add", **{"qom-type": "iommufd", "id": "third"})
    again.kill()
    third = start(state_dir)
    assert {"first", "second", "third"} <= {p["name"] for p in third.client().expect("qom-list", path="/objects")}
    assert "cut off" not in third.log()


def test_a_corrupt_journal_stops_the_start(state_dir):
    d = start(state_dir)
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "first"})
    c.expect("object-add", **{"qom-type": "iommufd", "id": "second"})
    d.kill()
    journal = os.path.join(state_dir[0], "journal")
    with open(journal, "r+b") as f:
        f.seek(30)
        byte = f.read(1)
        f.seek(30)
        f.write(bytes([byte[0] ^ 1]))
    assert "journal corrupt at byte 0: a checksum mismatch, and a valid record follows at" in refused_start(state_dir[0])


def test_one_daemon_per_state_directory(state_dir):
    start(state_dir)
    assert "is in use by another iommud" in refused_start(state_dir[0])
    assert "--state-dir /nonexistent/state: open /nonexistent/state/lock: ENOENT" in refused_start("/nonexistent/state")


@pytest.mark.parametrize("nth, call", [(1, "write"), (2, "fsync")])
def test_a_change_the_journal_cannot_record_fails_and_changes_nothing(state_dir, nth, call):
    d = start(state_dir)
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "ifd"})
    ioas = c.expect("iommufd-ioas-alloc", iommufd="ifd")["ioas-id"]
    before = graph(c)
    c.expect("x-sim-inject-fault", nth=nth, errno="ENOSPC")
    reply = c.command("object-add", **{"qom-type": "iommufd", "id": "new"})
    assert reply["error"]["class"] == "GenericError"
    assert reply["error"]["errno"] == "ENOSPC"
    assert reply["error"]["desc"].startswith(f"the change could not be recorded in the state journal: {call} ")
    assert graph(c) == before
    # A memory backend made before the record was refused is released with
    # the command: no descriptor, no mapping left in the daemon.
    c.expect("x-sim-inject-fault", nth=nth, errno="ENOSPC")
    reply = c.command("object-add", **{"qom-type": "memory-backend-memfd", "id": "refused-ram", "size": 1 << 21})
    assert reply["error"]["errno"] == "ENOSPC"
    assert graph(c) == before
    assert d.holds("/memfd:iommud:refused-ram") == []
    # Destroying an IOAS cannot be undone: it is recorded before, so a
    # journal that cannot record it leaves the IOAS as it was.
    c.expect("x-sim-inject-fault", nth=nth, errno="EIO")
    reply = c.command("iommufd-destroy", iommufd="ifd", id=ioas)
    assert reply["error"]["errno"] == "EIO"
    assert graph(c) == before
    d.kill()
    again = start(state_dir)
    assert graph(again.client()) == before


def _topology_without(device):
    """A topology file: the default simulated host without `device`."""
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "sim-topology.json")) as f:
        topology = json.load(f)
    topology["devices"] = [d for d in topology["devices"] if d["name"] != device]
    path = os.path.join(tempfile.mkdtemp(), "topology.json")
    with open(path, "w") as f:
        json.dump(topology, f)
    return path


def test_kernel_ids_that_change_on_restart_are_translated_reported_and_rewritten(state_dir):
    d = start(state_dir)
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "ifd"})
    dev = c.expect("vfio-device-bind", iommufd="ifd", host="0000:65:00.0")["dev-id"]
    ioas = c.expect("iommufd-ioas-alloc", iommufd="ifd")["ioas-id"]
    c.expect("object-add", **{"qom-type": "memory-backend-memfd", "id": "ram", "size": 2 << 20})
    c.expect("iommufd-ioas-map", iommufd="ifd", memdev="ram", size=65536, iova=1 << 20, **{"ioas-id": ioas})
    c.expect("vfio-device-attach", iommufd="ifd", **{"dev-id": dev, "pt-id": ioas})
    assert (dev, ioas) == (1, 2)
    # The device goes; the kernel gives its number to the next IOAS.
    c.expect("vfio-device-detach", iommufd="ifd", **{"dev-id": dev})
    c.expect("vfio-device-unbind", iommufd="ifd", **{"dev-id": dev})
    reused = c.expect("iommufd-ioas-alloc", iommufd="ifd")["ioas-id"]
    c.expect("iommufd-ioas-map", iommufd="ifd", memdev="ram", size=65536, offset=65536, iova=1 << 22,
             **{"ioas-id": reused})
    assert reused == 1
    d.kill()

    # The NVMe controller is gone from the host: its bind fails, so the
    # IOAS is made with id 1; the map that named IOAS 2 is made on IOAS 1,
    # what names the lost device is not made at all; the IOAS that had the
    # device's number 1 is made as 2, and its map follows it.
    without = _topology_without("0000:65:00.0")
    again = start(state_dir, "--sim-topology", without)
    c = again.client()
    report = c.expect("query-state-journal")
    assert report["directory"] == state_dir[0]
    assert (report["records"], report["restored"], report["torn-bytes"]) == (10, 6, 0)
    assert [(f["record"], f["execute"]) for f in report["failed"]] == [
        (2, "vfio-device-bind"), (6, "vfio-device-attach"), (7, "vfio-device-detach"), (8, "vfio-device-unbind")]
    assert report["failed"][0]["desc"] == "no VFIO device '0000:65:00.0': see query-vfio-host-devices"
    assert "dev-id 1 of 'ifd', whose object could not be restored" in report["failed"][1]["desc"]
    assert report["changed-ids"] == [
        {"iommufd": "ifd", "member": "ioas-id", "record": 3, "recorded": 2, "restored": 1},
        {"iommufd": "ifd", "member": "ioas-id", "record": 9, "recorded": 1, "restored": 2}]
    [state] = c.expect("query-iommufd")
    assert sorted((i["ioas-id"], [(m["iova"], m["size"]) for m in i["mappings"]]) for i in state["ioas"]) == [
        (1, [(1 << 20, 65536)]), (2, [(1 << 22, 65536)])]
    log = again.log()
    assert "ioas-id of 'ifd' is 1 now, was 2; later changes naming 2 use 1" in log
    assert "rewritten with the 6 changes as made now" in log

    # What is made now is recorded in today's numbering: a restart on the
    # same host restores it with nothing failed and no id changed.
    second = c.expect("iommufd-ioas-alloc", iommufd="ifd")["ioas-id"]
    c.expect("iommufd-ioas-map", iommufd="ifd", memdev="ram", size=65536, offset=65536, iova=1 << 21,
             **{"ioas-id": second})
    c.expect("iommufd-ioas-unmap", iommufd="ifd", iova=1 << 22, size=65536, **{"ioas-id": 2})
    c.expect("iommufd-destroy", iommufd="ifd", id=2)  # the IOAS that was 1 before the rewrite
    before = graph(c)
    again.kill()
    third = start(state_dir, "--sim-topology", without)
    c = third.client()
    assert graph(c) == before
    report = c.expect("query-state-journal")
    assert (report["records"], report["restored"], report["failed"], report["changed-ids"]) == (10, 10, [], [])
    assert "rewritten" not in third.log()


def test_query_state_journal_without_a_state_directory():
    sock, proc, problem = iommud_process.start(IOMMUD, "--kernel", "sim")
    try:
        assert not problem, problem
        reply = Client(sock).command("query-state-journal")
        assert reply["error"] == {"class": "GenericError",
                                  "desc": "iommud was started without --state-dir: there is no state journal"}
    finally:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture
def fd_store():
    store = FdStore()
    yield store
    store.close()


def _guest_with_memory(c):
    """A device DMAing into 2 MiB of guest RAM at 0, 4 KiB at 0x1000 written."""
    c.expect("object-add", **{"qom-type": "iommufd", "id": "ifd"})
    c.expect("object-add", **{"qom-type": "memory-backend-memfd", "id": "ram", "size": 2 << 20})
    c.expect("device_add", driver="pc-dimm", id="dimm0", memdev="ram", addr=0)
    c.expect("device_add", driver="vfio-pci", id="nic0", host="0000:17:00.0", iommufd="ifd")
    c.expect("x-sim-dma-write", device="0000:17:00.0", iova=0x1000, size=4096, fill=0xab)


def _read(c):
    return c.expect("x-sim-dma-read", device="0000:17:00.0", iova=0x1000, size=16)["data"]


def test_guest_memory_outlives_a_crash_in_systemds_fd_store(state_dir, fd_store):
    d = start(state_dir, fd_store=fd_store)
    c = d.client()
    _guest_with_memory(c)
    assert _read(c) == "ab" * 16
    assert fd_store.names() == ["state.memfd.ram"]
    before = graph(c)
    d.kill()

    again = start(state_dir, fd_store=fd_store)
    c = again.client()
    assert graph(c) == before
    assert _read(c) == "ab" * 16, "the memory the device wrote is still there"
    assert "fd store: 'ram' takes over its memory (2097152 bytes) from the fd store" in again.log()
    assert fd_store.names() == ["state.memfd.ram"], "kept once, not twice"

    # Deleting the backend removes it from the store.
    c.expect("device_del", id="nic0")
    c.expect("device_del", id="dimm0")
    c.expect("object-del", id="ram")
    assert fd_store.names() == []


def test_without_the_fd_store_a_restart_gets_new_memory(state_dir):
    d = start(state_dir)
    c = d.client()
    _guest_with_memory(c)
    d.kill()
    c = start(state_dir).client()
    assert _read(c) == "00" * 16


def test_a_stored_descriptor_that_does_not_match_is_refused_and_one_nothing_claims_is_dropped(state_dir, fd_store):
    d = start(state_dir, fd_store=fd_store)
    _guest_with_memory(d.client())
    d.kill()
    fd_store.drain()
    # What the store holds is not what the journal describes: another size
    # under the backend's name, and a name no object has.
    for name, fd in fd_store.stored:
        os.close(fd)
    fd_store.stored = []
    wrong = os.memfd_create("wrong")
    os.ftruncate(wrong, 1 << 20)
    fd_store.put("state.memfd.ram", wrong)
    fd_store.put("state.memfd.gone", os.memfd_create("gone"))
    again = start(state_dir, fd_store=fd_store)
    c = again.client()
    assert _read(c) == "00" * 16, "new memory"
    log = again.log()
    assert "fd store: 'memfd.ram' is refused (1048576 bytes, not 2097152): 'ram' gets new memory" in log
    assert "fd store: 'memfd.gone' matches no restored object: closed and removed from the store" in log
    assert fd_store.names() == ["state.memfd.ram"]
    assert len(again.holds("/memfd:wrong")) == 0 and len(again.holds("/memfd:gone")) == 0


def test_failing_each_call_of_an_object_add_with_the_fd_store_changes_nothing(state_dir, fd_store):
    d = start(state_dir, fd_store=fd_store)
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "ifd"})
    before = graph(c)
    failures = []
    for nth in range(1, 30):
        c.expect("x-sim-inject-fault", nth=nth, errno="ENOBUFS")
        reply = c.command("object-add", **{"qom-type": "memory-backend-memfd", "id": "ram", "size": 2 << 20})
        if "return" in reply:
            break
        failures.append(reply["error"]["desc"])
        assert reply["error"]["errno"] == "ENOBUFS", reply
        assert graph(c) == before
        assert fd_store.names() == []
        assert d.holds("/memfd:iommud:ram") == []
    else:
        pytest.fail("object-add never succeeded")
    assert fd_store.names() == ["state.memfd.ram"]
    assert any(f.startswith("the fd store could not be updated: fd store: store memfd.ram") for f in failures), failures
    assert any(f.startswith("the change could not be recorded in the state journal") for f in failures), failures
    # Deleting it: the removal from the store failing fails the command,
    # which keeps the object (and the store) as they were.
    c.expect("x-sim-inject-fault", nth=1, errno="ENOBUFS")
    reply = c.command("object-del", id="ram")
    assert reply["error"]["desc"].startswith("the fd store could not be updated: fd store: remove memfd.ram"), reply
    assert fd_store.names() == ["state.memfd.ram"]
    c.expect("object-del", id="ram")
    assert fd_store.names() == []


def test_an_iommufd_option_set_is_recorded_and_undone_when_it_cannot_be(state_dir):
    d = start(state_dir)
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "ifd"})
    ioas = c.expect("iommufd-ioas-alloc", iommufd="ifd")["ioas-id"]
    huge = {"iommufd": "ifd", "option": "huge-pages", "ioas-id": ioas}
    assert c.expect("iommufd-option", **huge) == {"value": 1}
    # get (the value to restore), set, then the journal's write: refused.
    c.expect("x-sim-inject-fault", nth=3, errno="ENOSPC")
    reply = c.command("iommufd-option", value=0, **huge)
    assert reply["error"]["errno"] == "ENOSPC"
    assert c.expect("iommufd-option", **huge) == {"value": 1}, "set back"
    c.expect("iommufd-option", value=0, **huge)
    d.kill()
    c = start(state_dir).client()
    assert c.expect("iommufd-option", **huge) == {"value": 0}


def test_a_planned_restart_keeps_guest_memory_like_a_crash(state_dir, fd_store):
    """`systemctl restart` with FileDescriptorStorePreserve=yes: a clean
    quit, the store kept, the (new) binary started on the same state."""
    d = start(state_dir, fd_store=fd_store)
    c = d.client()
    _guest_with_memory(c)
    before = graph(c)
    d.quit()
    assert fd_store.names() == ["state.memfd.ram"], "a quit does not empty the store"
    again = start(state_dir, fd_store=fd_store)
    c = again.client()
    assert graph(c) == before
    assert _read(c) == "ab" * 16


def test_the_journal_drops_the_changes_of_deleted_objects_once_it_has_grown(state_dir):
    d = start(state_dir, "--state-compact-at", "4K")
    c = d.client()
    c.expect("object-add", **{"qom-type": "iommufd", "id": "kept"})
    c.expect("iommufd-ioas-alloc", iommufd="kept")
    journal = os.path.join(state_dir[0], "journal")
    sizes = []
    for n in range(40):
        # A VM's life: iommufd object, memory, DIMM, device, torn down.
        c.expect("object-add", **{"qom-type": "iommufd", "id": f"ifd{n}"})
        c.expect("object-add", **{"qom-type": "memory-backend-memfd", "id": f"ram{n}", "size": 2 << 20})
        c.expect("device_add", driver="pc-dimm", id=f"dimm{n}", memdev=f"ram{n}", addr=0)
        c.expect("device_add", driver="vfio-pci", id=f"nic{n}", host="0000:17:00.0", iommufd=f"ifd{n}")
        c.expect("device_del", id=f"nic{n}")
        c.expect("device_del", id=f"dimm{n}")
        c.expect("object-del", id=f"ram{n}")
        c.expect("object-del", id=f"ifd{n}")
        sizes.append(os.path.getsize(journal))
    before = graph(c)
    assert "compacted from" in d.log()
    assert max(sizes) < 12 * 1024, sizes
    assert sizes[-1] < 12 * 1024
    d.kill()
    again = start(state_dir, "--state-compact-at", "4K")
    c = again.client()
    assert graph(c) == before
    report = c.expect("query-state-journal")
    assert report["failed"] == [] and report["changed-ids"] == []
    assert report["records"] < 40, report["records"]
