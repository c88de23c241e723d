#!/usr/bin/env python3
"""Peer comparison on the diagnostic tables: applies a peer's published
bounce classification to every row of every table in
tests/corpus/diagnostics (*.tsv, the held-out ones included) and prints,
per table, our reader's figures beside the peer's: lines right and ratio,
false kills (a row whose truth is not invalid read as invalid), invalid
recall (rows whose truth is invalid alone), and first-bounce
suppressions of live contacts (an answer that drops the contact at the
first bounce -- our invalid or complaint, a CiviCRM type with hold
threshold 1 -- on a row whose truth is neither invalid nor complaint).

It prints totals only, never a row or its text: the held-out tables are
scored, never looked at.  It measures; it tunes nothing.

Peers:

civicrm  CiviCRM's bounce types and patterns (scripts/peers/
         civicrm-bounce-patterns.tsv, AGPL-3.0, source and version in
         that file), applied as CRM_Mailing_BAO_BouncePattern::match()
         does: one case-insensitive multi-line regex per type, types in
         id order, first match wins, white space collapsed.  Each row is
         offered as a bounce body quotes it: "CODE STATUS TEXT".
         Its types map to our categories by CiviCRM's own descriptions
         (CIVICRM_MAP below).

Ours are diag_score's answers (-a), the same dsn_classify() the product
runs.

With --patterns, prints instead which of CiviCRM's patterns give its
kills and drops, counted (pattern and count, never a row), on the tuned
tables only: it refuses a held-out table.

Usage: measure-peers.py [--build DIR] [--patterns] [TABLE...]
"""
import collections
import glob
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATTERNS = os.path.join(TOP, "scripts", "peers", "civicrm-bounce-patterns.tsv")

# CiviCRM's type -> our category, from each type's description in
# civicrm_mailing_bounce_type:
#   AOL      "AOL Terms of Service complaint"           -> complaint
#   Away     "Recipient is on vacation"                 -> autoreply (no
#            table truth is an auto-reply: never right, never a kill)
#   Dns      "Unable to resolve recipient domain"       -> invalid
#   Host     "Unable to deliver to destination mail server" -> invalid
#   Inactive "User account is no longer active"         -> invalid
#   Invalid  "Email address is not valid"               -> invalid
#   Loop     "Mail routing error"                       -> unknown (the
#            tables judge loops unknown)
#   Quota    "User inbox is full"                       -> full
#   Relay    "Unable to reach destination mail server"; its patterns are
#            relaying refusals and the sending host's name checks
#                                                       -> blocked
#   Spam     "Message caught by a content filter"       -> content
#   Syntax   "Error in SMTP transaction"                -> unknown
#   no type matched                                     -> unknown
CIVICRM_MAP = {
    "AOL": "complaint", "Away": "autoreply", "Dns": "invalid",
    "Host": "invalid", "Inactive": "invalid", "Invalid": "invalid",
    "Loop": "unknown", "Quota": "full", "Relay": "blocked",
    "Spam": "content", "Syntax": "unknown", None: "unknown",
}
DROPS = ("invalid", "complaint")


def civicrm_load():
    """[(type, threshold, compiled regex)] in CiviCRM's id order."""
    order, pats, hold = [], {}, {}
    with open(PATTERNS, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            typ, thr, pat = line.split("\t", 2)
            if typ not in pats:
                order.append(typ)
                pats[typ] = []
            pats[typ].append(pat)
            hold[typ] = int(thr)
    return [(t, hold[t], re.compile("(" + ")|(".join(pats[t]) + ")",
                                    re.I | re.M)) for t in order]


def civicrm_message(status, code, text):
    """The row as a bounce body quotes it, white space collapsed."""
    return re.sub(r"\s+", " ", " ".join(x for x in (code, status, text)
                                        if x))


def civicrm_classify(types, status, code, text):
    """(our category, hold threshold or None) for one row."""
    msg = civicrm_message(status, code, text)
    for typ, thr, rx in types:
        if rx.search(msg):
            return CIVICRM_MAP[typ], thr
    return CIVICRM_MAP[None], None


def read_table(path):
    """{line number: (status, code, text, truth)} as diag_score reads it."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            col = line.split("\t")
            if len(col) != 5:
                sys.exit("measure-peers: %s:%d: want 5 columns" %
                         (os.path.basename(path), n))
            rows[n] = (col[0], col[1], col[2], col[3])
    return rows


def ours(diag, path):
    """{line number: our category} from diag_score -a."""
    with tempfile.NamedTemporaryFile("r", suffix=".tsv") as tmp:
        subprocess.run([diag, "-a", tmp.name, path], check=True,
                       stdout=subprocess.DEVNULL)
        ans = {}
        for line in open(tmp.name, encoding="utf-8"):
            col = line.rstrip("\n").split("\t")
            ans[int(col[1])] = col[2]
    return ans


class Tally:
    def __init__(self):
        self.lines = self.right = self.kills = self.drops = 0
        self.inv = self.inv_found = 0

    def add(self, truth, cat, drops):
        t = truth.split("|")
        self.lines += 1
        if cat in t:
            self.right += 1
        elif cat == "invalid":
            self.kills += 1
        if drops and not any(d in t for d in DROPS):
            self.drops += 1
        if truth == "invalid":
            self.inv += 1
            self.inv_found += cat == "invalid"

    def cells(self):
        return "%5d %6.3f %5d %5d %6.3f" % (
            self.right, self.right / self.lines if self.lines else 0,
            self.kills, self.drops,
            self.inv_found / self.inv if self.inv else 0)


def patterns(tables):
    """Counts, per CiviCRM pattern, the kills and drops it gives."""
    types, pats = civicrm_load(), []
    with open(PATTERNS, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                typ, _, pat = line.rstrip("\n").split("\t", 2)
                pats.append((typ, pat, re.compile(pat, re.I | re.M)))
    count = collections.Counter()
    for path in tables:
        if os.path.basename(path).startswith("heldout"):
            sys.exit("measure-peers: --patterns reads no held-out table")
        for status, code, text, truth in read_table(path).values():
            cat, thr = civicrm_classify(types, status, code, text)
            t = truth.split("|")
            kill = cat == "invalid" and "invalid" not in t
            drop = thr == 1 and not any(d in t for d in DROPS)
            if not (kill or drop):
                continue
            msg = civicrm_message(status, code, text)
            for typ, pat, rx in pats:
                if CIVICRM_MAP[typ] == cat and rx.search(msg):
                    count[(typ, pat, truth)] += 1
                    break
    print("count  type      truth            pattern")
    for (typ, pat, truth), n in count.most_common():
        print("%5d  %-8s  %-15s  %s" % (n, typ, truth, pat))


def main():
    args = sys.argv[1:]
    build = os.environ.get("BUILD_DIR", os.path.join(TOP, "build"))
    if args[:1] == ["--build"]:
        build, args = args[1], args[2:]
    diag = os.path.join(build, "tests", "corpus", "diag_score")
    if not os.access(diag, os.X_OK):
        sys.exit("measure-peers: build first (scripts/build.sh)")
    by_pattern = args[:1] == ["--patterns"]
    args = args[1:] if by_pattern else args
    tables = args or sorted(glob.glob(os.path.join(
        TOP, "tests", "corpus", "diagnostics", "*.tsv")))
    if by_pattern:
        patterns([t for t in tables
                  if not os.path.basename(t).startswith("heldout")]
                 if not args else tables)
        return
    types = civicrm_load()
    print("%-10s %5s  %-5s %5s %6s %5s %5s %6s  %s" % (
        "table", "lines", "who", "right", "ratio", "kills", "drops",
        "invrec", "peer: no type"))
    for path in tables:
        rows, ans = read_table(path), ours(diag, path)
        us, peer, untyped = Tally(), Tally(), 0
        typed_unknown_right = 0
        for n, (status, code, text, truth) in rows.items():
            cat = ans[n]
            us.add(truth, cat, cat in DROPS)
            pcat, thr = civicrm_classify(types, status, code, text)
            untyped += thr is None
            typed_unknown_right += thr is None and "unknown" in truth
            peer.add(truth, pcat, thr == 1)
        name = os.path.basename(path)[:-4]
        print("%-10s %5d  ours  %s" % (name, us.lines, us.cells()))
        print("%-10s %5s  civi  %s  %d (right of typed: %d of %d)" % (
            "", "", peer.cells(), untyped, peer.right - typed_unknown_right,
            peer.lines - untyped))
    print("kills: truth not invalid, answer invalid; drops: contact dropped "
          "at the first bounce (ours: invalid or complaint; CiviCRM: a type "
          "held at 1 bounce) where truth is neither; invrec: recall on "
          "rows whose truth is invalid alone")


if __name__ == "__main__":
    main()
