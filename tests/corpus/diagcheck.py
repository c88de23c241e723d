#!/usr/bin/env python3
"""Flag diagnostics that are not the reason a notice gives.

The `diagnostic` the reader reports for each recipient (parse --json) is
shown to people: in the browser review, the CSV export and --explain.  It
should be the remote server's or the reporter's reason in plain words.
This checker reads the reader's JSON lines for the tuned whole-message
corpora (never a held-out set) and flags texts of these kinds:

  empty       a bounce's recipient with no diagnostic at all
  address     the recipient's own address glued before the text
              (Sendmail's "<a@b>... reason" is the reply's own form)
  boilerplate the reporter's advice or preamble, not a reason ("No
              action is required", "This is an automatically generated",
              "Please contact your administrator", Chinese 请/建议 ...)
  code-only   only a reply code or status, no words
  header      a header line of the notice or the returned message
  markup      a MIME boundary or delimiter, HTML tags or entities, CSS
  long        longer than LONG characters
  other       names another recipient of the same notice, not this one
  mojibake    replacement characters or text decoded twice ("Ã©")

usage:
  diagcheck.py -b BIN [-m MAX] [-l LIMITS] [-v] [CORPUS_DIR]
      run BIN parse --json over the tuned sets under CORPUS_DIR (default:
      this script's folder), print counts by kind; with -m, fail when
      more than MAX diagnostics are flagged; with -l, when more are
      flagged than a line "flagged N" of LIMITS allows, or more of a
      kind than its line "KIND N"; -v lists every flag.
  diagcheck.py -j FILE.jsonl [-m MAX] [-l LIMITS] [-v]
      check the JSON lines of FILE instead (the gate test feeds it bad
      records it must catch).
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter

# The tuned sets of whole messages (the held-out-* sets are never read).
SETS = ["dev/sisimai", "wild", "wild2", "wild3", "wild4", "mta", "chinese",
        "localized", "servers", "providers", "legacy", "smbservers",
        "families", "negative", "ordinary"]
LONG = 500

ADDR = re.compile(r"[\w.+=-]+@[\w-]+(?:\.[\w-]+)+")
BOILER = re.compile("|".join([
    r"no action is required",
    r"this is an automatically generated",
    r"this is an automated",
    r"please contact your (?:system |mail |e-?mail |network )?admin",
    r"contact your (?:system |mail |e-?mail |network )?administrator",
    r"do not reply",
    r"the following message",
    r"the original message",
    r"this message was created automatically",
    r"i'?m sorry to have to inform you",
    r"i'?m afraid i wasn'?t able",
    r"you do not need to resend",
    r"delivery attempts will continue",
    r"请勿(?:直接)?回复",
    r"解决方案",
    r"请联系(?:系统)?管理员",
    r"^\W*(?:请|建议)",
    r"请(?:联系|与|勿|不要|检查|核对|确认)",
    r"建议(?:您|你)",
]), re.I)
# The reply code or status alone, maybe with its protocol label.
CODE_ONLY = re.compile(
    r"^\W*(?:(?:smtp|x-\w+|mta|x-unix);?\s*)?"
    r"(?:[245]\d\d[ -]?)?(?:#?[245]\.\d{1,3}\.\d{1,3})?\W*$", re.I)
HEADER = re.compile(
    r"(?:^|\s)(?:From|Subject|Date|Received|Message-I[Dd]|"
    r"Content-Type|Content-Transfer-Encoding|MIME-Version|Return-Path|"
    r"Reply-To|X-[A-Z][\w-]*): ")
MARKUP = re.compile("|".join([
    r"(?:^|\s)--[\w=.'()+,/:?-]{8,}",
    r"</?(?:html|head|body|div|p|br|td|tr|table|span|font|style|b|i|a)"
    r"(?:[\s/][^>]*)?>",
    r"&(?:nbsp|lt|gt|amp|quot|#\d+);",
    r"[\w-]+\s*:\s*[\w#-]+\s*;\s*[\w-]+\s*:",
    r"\{[^}]*:[^}]*\}",
]), re.I)
MOJIBAKE = re.compile(
    "\ufffd|[\u00c2-\u00ef][\u0080-\u00bf]|\u00e2\u20ac|锟斤拷")


def kinds(rec, others):
    """The kinds of fault of one record's diagnostic; others: the other
    recipients of the same notice."""
    d = rec.get("diagnostic") or ""
    rcpt = (rec.get("recipient") or "").lower()
    out = []
    if not d.strip():
        return ["empty"] if rec.get("kind") == "bounce" else []
    low = d.lower()
    if rcpt:
        m = re.match(r"\W*<?" + re.escape(rcpt) + r">?(.{0,4})", low)
        if m and not m.group(1).startswith("..."):
            out.append("address")
    if BOILER.search(d):
        out.append("boilerplate")
    if CODE_ONLY.match(d):
        out.append("code-only")
    if HEADER.search(d):
        out.append("header")
    if MARKUP.search(d):
        out.append("markup")
    if len(d) > LONG:
        out.append("long")
    named = {a.lower().rstrip(".") for a in ADDR.findall(d)}
    if rcpt not in named and named & others:
        out.append("other")
    if MOJIBAKE.search(d):
        out.append("mojibake")
    return out


def check(records):
    """Yield (record, kinds) for every flagged record."""
    notices = {}
    for r in records:
        key = (r.get("set"), r.get("file"), r.get("message"))
        notices.setdefault(key, set()).add((r.get("recipient") or "").lower())
    for r in records:
        key = (r.get("set"), r.get("file"), r.get("message"))
        own = (r.get("recipient") or "").lower()
        k = kinds(r, notices[key] - {own})
        if k:
            yield r, k


def read_limits(path):
    """Lines "flagged N" and "KIND N"; '#' starts a comment."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            w = line.split("#")[0].split()
            if len(w) == 2:
                out[w[0]] = int(w[1])
    return out


def parse_sets(bh, top):
    recs = []
    for s in SETS:
        root = os.path.join(top, s)
        if os.path.isdir(os.path.join(root, "maildir")):
            paths = ["maildir"]
        else:
            paths = sorted(p for p in os.listdir(root)
                           if os.path.isdir(os.path.join(root, p)))
        out = subprocess.run([bh, "parse", "--json"] + paths, cwd=root,
                             check=True, stdout=subprocess.PIPE).stdout
        for line in out.decode("utf-8", "surrogateescape").splitlines():
            r = json.loads(line)
            r["set"] = s
            recs.append(r)
    return recs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-b", "--bin", help="the bounce-harvester binary")
    ap.add_argument("-j", "--jsonl", help="check this file's records")
    ap.add_argument("-m", "--max", type=int, help="most flags allowed")
    ap.add_argument("-l", "--limits", help="ceilings: total and by kind")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("top", nargs="?",
                    default=os.path.dirname(os.path.abspath(__file__)))
    a = ap.parse_args()
    if a.jsonl:
        with open(a.jsonl, encoding="utf-8", errors="surrogateescape") as f:
            recs = [json.loads(x) for x in f if x.strip()]
    elif a.bin:
        recs = parse_sets(os.path.abspath(a.bin), a.top)
    else:
        ap.error("give -b BIN or -j FILE")
    count = Counter()
    flagged = 0
    for r, k in check(recs):
        flagged += 1
        count.update(k)
        if a.verbose:
            print("%s %s %s [%s] %s" % (
                r.get("set", "-"), r.get("file"), r.get("recipient"),
                ",".join(k), json.dumps(r.get("diagnostic"),
                                        ensure_ascii=False)))
    print("records %d flagged %d: %s" % (
        len(recs), flagged,
        " ".join("%s=%d" % kv for kv in sorted(count.items())) or "none"))
    ceil = read_limits(a.limits) if a.limits else {}
    if a.max is not None:
        ceil["flagged"] = a.max
    bad = 0
    for kind, most in sorted(ceil.items()):
        n = flagged if kind == "flagged" else count[kind]
        if n > most:
            print("FAIL: %s %d, ceiling %d" % (kind, n, most))
            bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main())
