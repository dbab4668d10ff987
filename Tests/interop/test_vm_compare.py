"""tests/vm/compare.py, the proving ground's judge, on small event streams:
it must fail a run that compared nothing, lost a case, ran a case on one side
only, or disagreed outside the known list, and name every case it dropped
and the real kernel in every difference."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMPARE = os.path.join(ROOT, "tests/vm/compare.py")
KERNEL = "Linux 6.12.118 (Debian linux-source-6.12 6.12.118-1~deb12u1)"


def stream(path, cases):
    """Writes a Swift Testing event stream (version 0): `cases` maps a test
    name to "pass", "fail" or "skip"."""
    with open(path, "w", encoding="utf-8") as out:
        for name, outcome in cases.items():
            test_id = f"KernelConformanceTests.Suite/{name}()/Suite.swift:1:2"
            if outcome == "skip":
                payload = {"kind": "testSkipped", "testID": test_id}
            else:
                if outcome == "fail":
                    issue = {"kind": "issueRecorded", "testID": test_id,
                             "issue": {"isKnown": False, "sourceLocation": {"fileID": "M/Suite.swift", "line": 7}},
                             "messages": [{"text": "Expectation failed"}]}
                    out.write(json.dumps({"kind": "event", "payload": issue}) + "\n")
                payload = {"kind": "testEnded", "testID": test_id}
            out.write(json.dumps({"kind": "event", "payload": payload}) + "\n")
        out.write(json.dumps({"kind": "event", "payload": {"kind": "runEnded"}}) + "\n")


def run(tmp_path, sim, real, expect=None, known=""):
    stream(tmp_path / "sim.jsonl", sim)
    stream(tmp_path / "real.jsonl", real)
    (tmp_path / "known.txt").write_text(known)
    args = [sys.executable, COMPARE, str(tmp_path / "sim.jsonl"), str(tmp_path / "real.jsonl"),
            "--known", str(tmp_path / "known.txt"), "--kernel", KERNEL]
    if expect is not None:
        (tmp_path / "cases").write_text(f"# the count\n{expect}\n")
        args += ["--expect", str(tmp_path / "cases")]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=30)
    return proc.returncode, proc.stdout


def test_all_agree_with_the_expected_count(tmp_path):
    rc, out = run(tmp_path, {"a": "pass", "b": "pass"}, {"a": "pass", "b": "pass"}, expect=2)
    assert rc == 0, out
    assert "2 cases compared, 2 agree" in out
    assert f"real kernel {KERNEL}" in out


def test_nothing_compared_fails(tmp_path):
    rc, out = run(tmp_path, {}, {})
    assert rc == 1
    assert "no case was compared" in out


def test_a_lost_case_fails_the_count(tmp_path):
    rc, out = run(tmp_path, {"a": "pass", "b": "skip"}, {"a": "pass", "b": "pass"}, expect=2)
    assert rc == 1
    assert "dropped: Suite/b(): skipped on sim" in out
    assert "1 cases compared, 2 expected" in out


def test_a_case_on_one_side_only_is_a_difference(tmp_path):
    rc, out = run(tmp_path, {"a": "pass", "b": "pass"}, {"a": "pass"})
    assert rc == 1
    assert "dropped: Suite/b(): run on one side only (sim, pass)" in out
    assert "NEW   Suite/b(): sim pass, real missing" in out


def test_a_difference_names_the_case_and_the_kernel(tmp_path):
    rc, out = run(tmp_path, {"a": "pass"}, {"a": "fail"}, expect=1)
    assert rc == 1
    assert f"NEW   Suite/a(): sim pass, real fail on {KERNEL}: Suite.swift:7: Expectation failed" in out


def test_a_known_difference_passes_and_a_fixed_one_is_stale(tmp_path):
    rc, out = run(tmp_path, {"a": "pass", "b": "pass"}, {"a": "fail", "b": "pass"}, expect=2,
                  known="Suite/a()  # why\nSuite/b()  # fixed since\n")
    assert rc == 0, out
    assert "known Suite/a()" in out
    assert "stale Suite/b()" in out
