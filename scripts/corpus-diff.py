#!/usr/bin/env python3
"""Lists where `parse --json` output differs from a truth file (the format
of tests/corpus/dev/sisimai-truth.jsonl): missed recipients, extra rows, wrong categories or status.
Usage: corpus-diff.py TRUTH.jsonl OUTPUT.jsonl [miss|extra|cat|status]..."""
import json
import sys

REASON_CATEGORY = {}
for cat, reasons in {
    "invalid": "userunknown hostunknown hasmoved notaccept suspend suppressed",
    "full": "mailboxfull",
    "retry-later": "expired networkerror systemerror systemfull toomanyconn speeding ratelimited",
    "blocked": "blocked rejected filtered policyviolation securityerror norelaying badreputation requireptr authfailure notcompliantrfc failedstarttls",
    "content": "mesgtoobig emailtoolarge exceedlimit contenterror virusdetected spamdetected",
    "complaint": "feedback", "autoreply": "vacation", "delivered": "delivered",
}.items():
    for r in reasons.split():
        REASON_CATEGORY[r] = cat


def category(t):
    c = REASON_CATEGORY.get(t["reason"], "unknown")
    if c == "unknown" and (t["status"].startswith("4") or t["code"].startswith("4")):
        c = "retry-later"
    return c


def main():
    truth = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
    rows = {}
    for l in open(sys.argv[2]):
        if l.strip():
            r = json.loads(l)
            rows.setdefault(r["file"], {}).setdefault(r["recipient"].lower(), r)
    want = set(sys.argv[3:]) or {"miss", "extra", "cat", "status"}
    for t in truth:
        got = rows.get(t["file"], {})
        seen = set()
        for tr in t["recipients"]:
            addrs = [tr["addr"].lower()] + [a.lower() for a in tr.get("alt", [])]
            r = next((got[a] for a in addrs if a in got), None)
            seen.update(addrs)
            if r is None:
                if "miss" in want:
                    print("MISS  %s %s (%s)" % (t["file"], tr["addr"], tr["reason"]))
                continue
            c = category(tr)
            if "cat" in want and r["category"] != c:
                print("CAT   %s %s want %s/%s got %s/%s st=%s/%s rule=%s\n      %s" % (
                    t["file"], tr["addr"], c, tr["reason"], r["category"], r["reason"],
                    tr["status"], r["status"], r["rule"], (r["diagnostic"] or "")[:300]))
            if ("status" in want and tr["status"] and not tr["status"].split(".")[1] == "0"
                    and r["status"] != tr["status"]):
                print("STAT  %s %s want %s got %s" % (t["file"], tr["addr"], tr["status"], r["status"]))
        for a, r in got.items():
            if a not in seen and "extra" in want and r["category"] != "autoreply":
                print("EXTRA %s %s %s (truth kind %s)" % (t["file"], a, r["category"], t["kind"]))


main()
