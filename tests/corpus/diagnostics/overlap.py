#!/usr/bin/env python3
"""Fails when a table the rules are tuned on (lines.tsv, lhost.tsv,
traps.tsv, messages.tsv) holds a text that a held-out table (heldout.tsv, heldout2.tsv,
heldout3.tsv: every heldout*.tsv) holds too: such a row would let a rule
be fitted to a held-out line, and the held-out reading would overstate
how the reader does on texts it has never seen.  Fails too when two
held-out tables share a text, as each is meant to measure texts the
others do not hold.  Texts are compared
lower-cased with white space squeezed.  Prints counts only, never the
texts, so that running it tells nothing of the held-out lines.

usage: overlap.py DIR [--drop]
  --drop  rewrites the tuned tables without the shared rows
"""
import glob
import os
import re
import sys


def norm(text):
    return re.sub(r"\s+", " ", text.strip().lower())


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                yield None, line
                continue
            cols = line.rstrip("\n").split("\t")
            yield (norm(cols[2]) if len(cols) > 2 else None), line


def main():
    if len(sys.argv) < 2 or sys.argv[2:] not in ([], ["--drop"]):
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    top = sys.argv[1]
    drop = sys.argv[2:] == ["--drop"]
    held = set()
    apart = 0
    for path in sorted(glob.glob(os.path.join(top, "heldout*.tsv"))):
        texts = set(t for t, _ in rows(path) if t)
        n = len(texts & held)
        print("%s: %d texts held by an earlier held-out table"
              % (os.path.basename(path), n))
        apart += n
        held.update(texts)
    shared = 0
    for name in ("lines.tsv", "lhost.tsv", "traps.tsv", "messages.tsv"):
        path = os.path.join(top, name)
        if not os.path.exists(path):
            continue
        kept, n = [], 0
        for t, line in rows(path):
            if t and t in held:
                n += 1
                continue
            kept.append(line)
        print("%s: %d rows share a held-out text" % (name, n))
        shared += n
        if drop and n:
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(kept)
    # --drop mends the tuned tables only; held-out tables that share a
    # text fail either way.
    return 1 if apart or (shared and not drop) else 0


if __name__ == "__main__":
    sys.exit(main())
