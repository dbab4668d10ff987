#!/usr/bin/env python3
"""Compares two Swift Testing event streams (--event-stream-version 0) of the
conformance suite: the simulated kernel's and a real kernel's. Prints one line
per case that differs and a summary; writes a Markdown table with --markdown.

A case is a test, or one argument of a parameterized test ("name [arg]").
Its outcome is pass, fail (with the first issue) or skip. Exit status 1 when
a difference is not listed in --known (lines "case-key  # reason"), so
a new disagreement, or a new failure on either side, fails `make vm-test`.
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
    """case key -> ("pass" | "fail" | "skip", first issue text)."""
    result = {}
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        if record.get("kind") != "event":
            continue
        p = record["payload"]
        kind = p["kind"]
        if "testID" not in p:
            continue
        if kind == "testCaseEnded":
            result.setdefault(case_key(p), ("pass", ""))
        elif kind == "testSkipped":
            result[case_key(p)] = ("skip", "")
        elif kind == "issueRecorded" and not p["issue"].get("isKnown"):
            key = case_key(p)
            if result.get(key, ("pass",))[0] != "fail":
                where = p["issue"].get("sourceLocation") or {}
                text = " ".join(m["text"] for m in p.get("messages", []))
                loc = f'{where.get("fileID", "?").split("/")[-1]}:{where.get("line", "?")}'
                result[key] = ("fail", f"{loc}: {text}")
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sim")
    ap.add_argument("real")
    ap.add_argument("--known", help="file of known differences")
    ap.add_argument("--markdown", help="write the per-case table here")
    args = ap.parse_args()
    sim, real = outcomes(args.sim), outcomes(args.real)
    known = {}
    if args.known:
        for line in open(args.known, encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                key, _, reason = line.partition("  #")
                known[key.strip()] = reason.strip()
    keys = sorted(set(sim) | set(real))
    compared = [k for k in keys if sim.get(k, ("none",))[0] != "skip" and real.get(k, ("none",))[0] != "skip"]
    agree = [k for k in compared if sim.get(k, ("none",))[0] == real.get(k, ("none",))[0] == "pass"]
    differ = [k for k in compared if k not in agree]
    unexplained = [k for k in differ if k not in known]
    for k in differ:
        s, r = sim.get(k, ("missing", "")), real.get(k, ("missing", ""))
        mark = "known" if k in known else "NEW"
        print(f"{mark:5} {k}: sim {s[0]}, real {r[0]}: {r[1] or s[1]}")
    stale = [k for k in known if k in agree]
    for k in stale:
        print(f"stale {k}: listed as known but both kernels now agree")
    skipped = len(keys) - len(compared)
    print(f"compare: {len(compared)} cases compared, {len(agree)} agree, {len(differ)} differ "
          f"({len(unexplained)} not in the known list), {skipped} skipped on either side")
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as out:
            out.write("| Case | Simulated | Real | First issue on the failing side |\n|---|---|---|---|\n")
            for k in keys:
                s, r = sim.get(k, ("missing", "")), real.get(k, ("missing", ""))
                issue = (r[1] or s[1]).replace("|", "\\|").replace("\n", " ")
                out.write(f"| `{k}` | {s[0]} | {r[0]} | {issue} |\n")
    return 1 if unexplained else 0


if __name__ == "__main__":
    raise SystemExit(main())
