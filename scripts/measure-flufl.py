#!/usr/bin/env python3
"""Measures bounce-harvester on a second, independent collection: the real
bounces that ship with Debian's python3-flufl.bounce (Mailman's bounce
detector) and the addresses its tests expect.  Prints recall, precision and
how many warnings (temporary) were read as temporary.  With --floor R P
it exits 1 when recall or precision falls below R or P (the ctest
corpus_flufl).
Usage: measure-flufl.py BINARY [-v] [--floor RECALL PRECISION]"""
import json
import os
import subprocess
import sys

import ast

PKG = "/usr/lib/python3/dist-packages/flufl/bounce"
DATADIR = os.path.join(PKG, "tests", "data")


def load_data():
    """The DATA table of flufl.bounce's test helper, read without importing
    it (it needs nose2)."""
    try:
        src = open(os.path.join(PKG, "testing", "helpers.py")).read()
    except OSError:
        sys.exit("python3-flufl.bounce is not installed (scripts/install-deps.sh)")
    tree = ast.parse(src)
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DATA":
            return ast.literal_eval(node.value)
    sys.exit("no DATA table in flufl.bounce's helpers.py")


def main():
    binary, verbose = sys.argv[1], "-v" in sys.argv
    floor = None
    if "--floor" in sys.argv:
        i = sys.argv.index("--floor")
        floor = (float(sys.argv[i + 1]), float(sys.argv[i + 2]))
    want = {}
    for row in load_data():
        name, addrs = row[1], {a.decode().lower() for a in row[2]}
        temp = len(row) > 3 and row[3]
        want.setdefault(name, (set(), temp))[0].update(addrs)
    tp = fp = fn = temp_ok = temp_n = 0
    for name, (addrs, temp) in sorted(want.items()):
        out = subprocess.run([binary, "parse", "--json", os.path.join(DATADIR, name)],
                             capture_output=True, text=True).stdout
        rows = [json.loads(l) for l in out.splitlines() if l.strip()]
        got = {r["recipient"].lower(): r for r in rows if r["category"] not in ("autoreply", "delivered")}
        hit = addrs & set(got)
        tp += len(hit)
        fn += len(addrs - set(got))
        fp += len(set(got) - addrs)
        if temp and addrs:
            temp_n += 1
            temp_ok += all(got[a]["category"] == "retry-later" for a in hit) and bool(hit)
        if verbose and (addrs != set(got)):
            print("%-18s want %s got %s" % (name, sorted(addrs),
                  sorted((a, r["category"]) for a, r in got.items())))
    recall, precision = tp / max(1, tp + fn), tp / max(1, tp + fp)
    print("flufl.bounce data: %d files, recall %.3f (%d/%d), precision %.3f, "
          "warnings read as temporary %d/%d" % (
              len(want), recall, tp, tp + fn, precision, temp_ok, temp_n))
    if floor is not None and (recall < floor[0] or precision < floor[1]):
        print("measure-flufl: below the floor: recall %.3f < %.3f or "
              "precision %.3f < %.3f" % (recall, floor[0], precision,
                                         floor[1]), file=sys.stderr)
        sys.exit(1)


main()
