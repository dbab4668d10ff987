#!/usr/bin/env python3
"""Compares two Swift Testing event streams (--event-stream-version 0) of the
conformance suite: the simulated kernel's and a real kernel's. Prints one line
per case that differs and a summary; writes a Markdown table with --markdown.

A case is a test, or one argument of a parameterized test ("name [arg]").
Its outcome is pass, fail (with the first issue) or skip. Exit status 1 when
a difference is not listed in --known (lines "case-key  # reason"), so
a new disagreement, or a new failure on either side, fails `make vm-test`.

Nothing is dropped silently: every case skipped on either side or run on one
side only is listed by name, a case run on one side only is a difference,
and the number of cases compared must be exactly --expect (the count in
tests/vm/conformance-cases), so a run that compared nothing, or lost cases
to a crash, a skip or a renamed argument, fails. --kernel names the real
kernel (its `uname -r` and the Debian package) in every line that reports a
difference, so a point release that changes an answer says which.
"""
import argparse
import json
import re


def case_key(payload):
    name = re.sub(r"/[^/]+\.swift:\d+:\d+$", "", payload["testID"])
    name = name.removeprefix("KernelConformanceTests.")
    case = payload.get("_testCase")
    if case and case.get("id", "").startswith("Parameterized"):
        name += " [" + case.get("displayName", "?") + "]"
    return name


def outcomes(path):
    """case key -> ("pass" | "fail" | "skip", its issues as "file:line: text"
    joined with " / ")."""
    result = {}
    with_cases = set()  # tests that reported cases (parameterized ones)
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        if record.get("kind") != "event":
            continue
        p = record["payload"]
        kind = p["kind"]
        if "testID" not in p:
            continue
        if kind == "testCaseEnded":
            with_cases.add(p["testID"])
            result.setdefault(case_key(p), ("pass", ""))
        elif kind == "testEnded" and "/" in p["testID"] and p["testID"] not in with_cases:
            # A plain test reports no case events of its own.
            result.setdefault(case_key(p), ("pass", ""))
        elif kind == "testSkipped" and "/" in p["testID"]:
            # (a skipped suite reports itself and each of its tests)
            result[case_key(p)] = ("skip", "")
        elif kind == "issueRecorded" and not p["issue"].get("isKnown"):
            key = case_key(p)
            where = p["issue"].get("sourceLocation") or {}
            text = " ".join(" ".join(m["text"] for m in p.get("messages", [])).split())
            issue = f'{where.get("fileID", "?").split("/")[-1]}:{where.get("line", "?")}: {text}'
            previous = result.get(key, ("pass", ""))[1]
            if issue not in previous.split(" / "):
                result[key] = ("fail", f"{previous} / {issue}" if previous else issue)
    return result


def read_known(path):
    """case key -> reason, from lines "case-key  # reason"."""
    known = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, reason = line.partition("  #")
            known[key.strip()] = reason.strip()
    return known


def read_expected(path):
    """The first line of `path` that is not a comment, as a number."""
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            return int(line)
    raise SystemExit(f"compare: no case count in {path}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sim")
    ap.add_argument("real")
    ap.add_argument("--known", help="file of known differences")
    ap.add_argument("--expect", help="file holding the number of cases that must be compared")
    ap.add_argument("--kernel", default="?", help="the real kernel, as reported in every difference")
    ap.add_argument("--markdown", help="write the per-case table here")
    args = ap.parse_args()
    sim, real = outcomes(args.sim), outcomes(args.real)
    known = read_known(args.known) if args.known else {}
    keys = sorted(set(sim) | set(real))
    print(f"compare: real kernel {args.kernel}")
    # A case on one side only: a parameterized test whose arguments depend
    # on the machine, or a runner that stopped early. Never compared, always
    # a difference (the arguments must not depend on the kernel's host).
    unpaired = [k for k in keys if (k in sim) != (k in real)]
    skipped = [k for k in keys if k not in unpaired and "skip" in (sim[k][0], real[k][0])]
    for k in unpaired:
        side, (outcome, issue) = ("sim", sim[k]) if k in sim else ("real", real[k])
        print(f"dropped: {k}: run on one side only ({side}, {outcome}) {issue}".rstrip())
    for k in skipped:
        sides = "both" if sim[k][0] == real[k][0] else ("sim" if sim[k][0] == "skip" else "real")
        print(f"dropped: {k}: skipped on {sides}")
    compared = [k for k in keys if k not in unpaired and k not in skipped]
    agree = [k for k in compared if sim[k][0] == real[k][0] == "pass"]
    differ = [k for k in compared if k not in agree] + unpaired
    unexplained = [k for k in differ if k not in known]
    for k in differ:
        s, r = sim.get(k, ("missing", "")), real.get(k, ("missing", ""))
        mark = "known" if k in known else "NEW"
        print(f"{mark:5} {k}: sim {s[0]}, real {r[0]} on {args.kernel}: {r[1] or s[1]}")
    stale = [k for k in known if k in agree]
    for k in stale:
        print(f"stale {k}: listed as known but both kernels now agree")
    print(f"compare: {len(compared)} cases compared, {len(agree)} agree, {len(differ)} differ "
          f"({len(unexplained)} not in the known list); {len(skipped)} skipped on either side, "
          f"{len(unpaired)} on one side only")
    failed = bool(unexplained)
    if not compared:
        print("compare: FAILED: no case was compared")
        failed = True
    if args.expect:
        expected = read_expected(args.expect)
        if len(compared) != expected:
            print(f"compare: FAILED: {len(compared)} cases compared, {expected} expected ({args.expect}): "
                  "a case was lost, or one was added and the count not updated")
            failed = True
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as out:
            out.write(f"Real kernel: {args.kernel}\n\n")
            out.write("| Case | Simulated | Real | First issue on the failing side |\n|---|---|---|---|\n")
            for k in keys:
                s, r = sim.get(k, ("missing", "")), real.get(k, ("missing", ""))
                issue = (r[1] or s[1]).replace("|", "\\|").replace("\n", " ")
                out.write(f"| `{k}` | {s[0]} | {r[0]} | {issue} |\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
