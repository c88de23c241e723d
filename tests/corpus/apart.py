#!/usr/bin/env python3
"""Fails when a file of a held-out set (tests/corpus/heldout-*/maildir) is
byte for byte a file anywhere else under tests/corpus: a notice one may
tune on must not be a notice the held-out figures count.  Prints counts
only, never which files, so that nobody learns the held-out files from
it.

usage: apart.py CORPUS_DIR"""
import hashlib
import os
import sys


def digest(path):
    """The SHA-256 of a file's bytes."""
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def files_under(top):
    """Every regular file below top."""
    for root, dirs, names in os.walk(top):
        dirs.sort()
        for n in sorted(names):
            yield os.path.join(root, n)


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        sys.exit("usage: apart.py CORPUS_DIR")
    top = argv[1]
    held = sorted(d for d in os.listdir(top)
                  if d.startswith("heldout-")
                  and os.path.isdir(os.path.join(top, d, "maildir")))
    if not held:
        sys.exit("apart: no held-out set under \"%s\"" % top)
    owner = {}
    for d in held:
        for p in files_under(os.path.join(top, d, "maildir")):
            owner.setdefault(digest(p), set()).add(d)
    bad = 0
    for d in held:
        inside = os.path.join(top, d) + os.sep
        n = sum(1 for _ in files_under(os.path.join(top, d, "maildir")))
        clash = 0
        for p in files_under(top):
            if p.startswith(inside):
                continue
            if d in owner.get(digest(p), ()):
                clash += 1
        print("%s: %d files, %d byte-identical files elsewhere in the "
              "corpora" % (d, n, clash))
        bad += clash
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
