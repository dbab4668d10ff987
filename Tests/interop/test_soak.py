"""The soak, short: 1,000 concurrent clients against one iommud (the build
under test, debug in `make interop`) for 25 s, through the driver `make soak`
runs for 10 minutes (tests/soak/soak.py, docs/reliability.md, Soak).

The driver asserts everything itself (every request answered once on its own
connection, replies matching what was asked, DEVICE_DELETED reaching every
client, RSS and descriptors bounded, nothing left behind, descriptors back to
their baseline) and exits 1 on any violation; the test also reads its JSON
summary, so a driver that checked nothing could not pass."""
import json
import os
import subprocess
import sys
import tempfile

IOMMUD = os.environ.get("IOMMUD", ".build/debug/iommud")
DRIVER = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "soak", "soak.py")
CLIENTS = 1000
SECONDS = 25


def test_a_thousand_clients_for_25_seconds():
    summary_path = os.path.join(tempfile.mkdtemp(), "soak.json")
    run = subprocess.run(
        [sys.executable, DRIVER, "--iommud", IOMMUD, "--clients", str(CLIENTS),
         "--seconds", str(SECONDS), "--json", summary_path],
        capture_output=True, text=True, timeout=SECONDS + 90)
    assert run.returncode == 0, run.stdout + run.stderr
    with open(summary_path) as f:
        summary = json.load(f)
    assert summary["violations"] == 0
    assert summary["clients"] == CLIENTS
    assert summary["requests"] == summary["replies"] > CLIENTS * 5
    assert summary["events_triggered"] > 0
    # Every client but the reconnecting tenth saw every event.
    assert summary["events_received"] >= summary["events_triggered"] * CLIENTS * 9 // 10
    assert summary["reconnects"] > 0
    assert sum(summary["errors_expected"].values()) > 0
    assert summary["by_command"]["object-add"] > CLIENTS
    assert summary["fds"]["end"] == summary["fds"]["baseline"]
    assert summary["left_behind"] == {"objects": [], "devices": [], "iommufd": []}
    assert summary["daemon_exit"] == 0
