#!/usr/bin/env python3
"""Top functions of a callgrind output file, self and inclusive cost.

    bench/callgrind_top.py CALLGRIND_OUT [N] [--per DIVISOR]

callgrind_annotate 3.19 attributes every self cost to __libc_start_main on
the daemon's profile (it chokes on some Swift symbols), so this reads the
file format directly: cost lines after `fn=` are self costs; the line after
`calls=` is the inclusive cost of that call. Swift symbols are shown
demangled when swift-demangle is on PATH. --per divides costs (e.g. by the
number of requests served) to print instructions per request.
"""
import collections
import re
import shutil
import subprocess
import sys


def parse(path):
    names = {}
    self_cost = collections.Counter()
    callee_cost = collections.Counter()  # inclusive cost of calls made by fn (to others)
    fn = None
    pending_call = None

    def name(kind, value):
        m = re.match(r"\((\d+)\)(?: (.*))?$", value)
        if not m:
            return value
        if m.group(2):
            names[(kind, m.group(1))] = m.group(2)
        return names.get((kind, m.group(1)), m.group(1))

    total = 0
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        if line.startswith("fn="):
            fn = name("fn", line[3:])
        elif line.startswith("cfn="):
            pending_call = name("fn", line[4:])
        elif line.startswith("calls="):
            continue
        elif line.startswith("summary:"):
            total = int(line.split()[1])
        elif line and (line[0].isdigit() or line[0] in "+-*") and fn is not None:
            parts = line.split()
            if len(parts) < 2:
                continue
            cost = int(parts[1])
            if pending_call is not None:
                if pending_call != fn:
                    callee_cost[fn] += cost
                pending_call = None
            else:
                self_cost[fn] += cost
    inclusive = collections.Counter()
    for f in set(self_cost) | set(callee_cost):
        inclusive[f] = self_cost[f] + callee_cost[f]
    return total or sum(self_cost.values()), self_cost, inclusive


def demangle(symbols):
    if not shutil.which("swift-demangle"):
        return {s: s for s in symbols}
    p = subprocess.run(["swift-demangle", "--simplified"], input="\n".join(symbols), stdout=subprocess.PIPE, text=True)
    out = p.stdout.splitlines()
    return dict(zip(symbols, out)) if len(out) == len(symbols) else {s: s for s in symbols}


def main():
    args = sys.argv[1:]
    per = 1.0
    if "--per" in args:
        i = args.index("--per")
        per = float(args[i + 1])
        del args[i:i + 2]
    path = args[0]
    n = int(args[1]) if len(args) > 1 else 25
    total, self_cost, inclusive = parse(path)
    unit = "instructions" if per == 1 else f"instructions per request (/{per:g})"
    print(f"total: {total:,} instructions; {total / per:,.0f} per request" if per != 1 else f"total: {total:,}")
    for title, counter in (("self", self_cost), ("inclusive", inclusive)):
        top = counter.most_common(n)
        pretty = demangle([f for f, _ in top])
        print(f"-- {title} cost, {unit} --")
        for f, c in top:
            print(f"{c / per:>14,.0f} {100 * c / total:5.1f}%  {pretty[f][:150]}")


if __name__ == "__main__":
    main()
