#!/usr/bin/env python3
"""Groups the rows of the tuned diagnostic tables (lines.tsv, traps.tsv,
lhost.tsv, messages.tsv) by their shape: the status's class and subject
(4.7, 5.7, ...), the reply code (421, 450, 451, 452, 550, 553, 554 or its
class) and the first cause the text names (greylisting, a loop, a
sender's reputation, authentication, a rate, spam or a virus, a quota,
a recipient, a policy, a temporary condition, or none).  For each shape
where the reader's answer and the truth disagree on the borders between
retry-later, blocked, content and unknown, it prints the rows, the
truths and (with --rows) each such miss.  Reads the tuned tables only,
never a held-out one.

usage: scripts/border-audit.py [--rows]
Environment: BUILD_DIR (default build/)
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIAG = os.path.join(TOP, "tests", "corpus", "diagnostics")
SCORE = os.path.join(os.environ.get("BUILD_DIR", os.path.join(TOP, "build")),
                     "tests", "corpus", "diag_score")
TABLES = ["lines", "traps", "lhost", "messages"]
BORDER = {"retry-later", "blocked", "content", "unknown"}
# The causes a text may name, tried in this order; the first wins.
CAUSES = [
    ("grey", r"grey|gray"),
    ("loop", r"\bloop|too many hops|received head|hop count"),
    ("reputation", r"reputation|block ?list|black ?list|\brbl\b|dnsbl|"
     r"spamhaus|listed|\bips?\b|sender ?score"),
    ("auth", r"\bspf\b|dkim|dmarc|authenticat|\bptr\b|reverse dns|rdns|"
     r"helo|ehlo"),
    ("rate", r"\brate\b|too many|limit|throttl|frequen|volume|unusual"),
    ("spam", r"spam|junk|virus|malware|phish|content|attachment|url|bulk"),
    ("quota", r"quota|full|storage|size"),
    ("recipient", r"user|mailbox|recipient|address|account"),
    ("policy", r"polic|denied|refused|rejected|blocked|not allowed|"
     r"prohibit"),
    ("temporary", r"try again|later|temporar|retry|defer|busy|unavailable"),
]


def cause(text):
    t = text.lower()
    for name, pattern in CAUSES:
        if re.search(pattern, t):
            return name
    return "none"


def shape(status, code, text):
    s = status[:3] if re.match(r"^[245]\.\d", status) else "-"
    if code in ("421", "450", "451", "452", "550", "553", "554"):
        c = code
    else:
        c = code[:1] + "xx" if code else "-"
    return (s, c, cause(text))


def answers(table):
    """line -> (answer, reason) as diag_score reads the table."""
    got = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "answers.tsv")
        subprocess.run([SCORE, "-a", out, table], check=True,
                       stdout=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            for line in f:
                col = line.rstrip("\n").split("\t")
                got[int(col[1])] = (col[2], col[3])
    return got


def main():
    rows_too = sys.argv[1:] == ["--rows"]
    if sys.argv[1:] not in ([], ["--rows"]):
        print(__doc__.strip().splitlines()[-2], file=sys.stderr)
        return 2
    if not os.access(SCORE, os.X_OK):
        print("border-audit: build first (scripts/build.sh)",
              file=sys.stderr)
        return 2
    groups = collections.defaultdict(list)
    for name in TABLES:
        path = os.path.join(DIAG, name + ".tsv")
        got = answers(path)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                col = line.rstrip("\n").split("\t")
                if line.startswith("#") or len(col) != 5 or n not in got:
                    continue
                status, code, text, truth, _ = col
                groups[shape(status, code, text)].append(
                    (name, n, status, code, text, truth) + got[n])
    for key in sorted(groups, key=lambda k: -len(groups[k])):
        rows = groups[key]
        miss = [r for r in rows if r[6] not in r[5].split("|")
                and r[6] in BORDER and set(r[5].split("|")) & BORDER]
        if not miss:
            continue
        truths = collections.Counter(r[5] for r in rows)
        print("%-4s %-4s %-11s rows %4d border misses %3d  truths %s" % (
            key + (len(rows), len(miss),
                   ", ".join("%s %d" % t for t in truths.most_common(4)))))
        if rows_too:
            for r in miss:
                print("    %s:%d %s %s [%s -> %s %s] %s" % (
                    r[0], r[1], r[2], r[3], r[5], r[6], r[7], r[4][:120]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
