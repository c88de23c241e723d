#!/bin/sh
# Proves that mail which fails nobody marks nobody failed: the auto-replies,
# read receipts, success and delay notices, confirmations and ordinary mail
# of this directory (see README.md).  Two ends are checked:
#
#   parse --json: no recipient of an auto-reply, a receipt, a success
#       notice or ordinary mail gets a failure category, a delay notice
#       gets nothing worse than retry-later, and a sender alert
#       (authentication-failure report, a moderator's refusal) nothing
#       but the blocked its truth names (scored with the
#       development corpus's score.py; every wrong row is printed);
#   ingest: every contact named in the truth, imported into a fresh
#       database, stays active with no failure on record after all the
#       messages are ingested with --accept-unverified (the most
#       credulous setting); a contact whose notice only says "delayed"
#       may be held as retry-later (a hold that wears off).
#
#   check.sh BINARY [EXTRA.eml...]
#
# Each EXTRA message is taken as one more that must fail nobody, its
# recipients and senders as contacts: given a real bounce, the check must
# fail (the self-test of the gate).
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/extra"
cp "$here/truth.jsonl" "$tmp/truth.jsonl"
n=0
for f in "$@"; do
	n=$((n + 1))
	cp "$f" "$tmp/extra/$n.eml"
	# Every address in the message is a contact.
	python3 - "$tmp/extra/$n.eml" "extra/$n.eml" >>"$tmp/truth.jsonl" <<'EOF'
import json, re, sys
raw = open(sys.argv[1], "rb").read().decode("latin-1")
addrs = sorted(set(a.lower() for a in
                   re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", raw)))
print(json.dumps({"file": sys.argv[2], "kind": "notbounce",
                  "recipients": [], "contacts": addrs, "made_by": "extra"}))
EOF
done
for dir in sieve vacation exim postfix mailbot mailman3 written services \
    l10n; do
	ln -s "$here/$dir" "$tmp/$dir"
done
(cd "$tmp" && "$bin" parse --json sieve vacation exim postfix mailbot \
    mailman3 written services l10n extra) >"$tmp/out.jsonl"
python3 "$here/../dev/score.py" "$tmp/truth.jsonl" "$tmp" "$tmp/out.jsonl" \
    --json "$tmp/score.json" | tail -n 1

# The contacts: imported, then every message ingested.
python3 - "$tmp/truth.jsonl" >"$tmp/contacts.csv" <<'EOF'
import json, sys
seen = set()
print("email")
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line)
    for a in t.get("contacts", []) + [r["addr"] for r in t["recipients"]]:
        if a.lower() not in seen:
            seen.add(a.lower())
            print(a)
EOF
"$bin" import -q --db "$tmp/c.db" "$tmp/contacts.csv"
find "$tmp/sieve/" "$tmp/vacation/" "$tmp/exim/" "$tmp/postfix/" \
    "$tmp/mailbot/" "$tmp/mailman3/" "$tmp/written/" "$tmp/services/" \
    "$tmp/l10n/" \
    "$tmp/extra" \
    -name '*.eml' -print | sort >"$tmp/files"
# shellcheck disable=SC2046
"$bin" ingest -q --accept-unverified --db "$tmp/c.db" $(cat "$tmp/files")
"$bin" list --json --db "$tmp/c.db" >"$tmp/list.jsonl"

python3 - "$tmp/score.json" "$tmp/truth.jsonl" "$tmp/out.jsonl" \
    "$tmp/list.jsonl" <<'EOF'
import json, sys
score = json.load(open(sys.argv[1]))
truth = {}
for line in open(sys.argv[2], encoding="utf-8"):
    t = json.loads(line)
    truth[t["file"]] = t
FAIL = {"invalid", "full", "retry-later", "blocked", "content", "complaint",
        "unknown"}
bad = []
files = set()
for line in open(sys.argv[3], encoding="utf-8"):
    o = json.loads(line)
    t = truth.get(o["file"])
    kind = t["kind"] if t else "?"
    files.add(o["file"])
    allowed = {"retry-later"} if kind == "delayed" else set()
    # A sender alert the truth names (an authentication-failure report,
    # a moderator's refusal) never punishes its contact.
    allowed |= {r["category"] for r in (t["recipients"] if t else [])
                if r["addr"].lower() == o["recipient"].lower() and
                r.get("category") == "blocked"}
    # A delay of a full mailbox may say full, as ../mta's truth allows
    # (category_ok): the sender keeps trying, nothing worse.
    if kind == "delayed":
        allowed |= {c for r in t["recipients"]
                    if r["addr"].lower() == o["recipient"].lower()
                    for c in r.get("category_ok", ()) if c != "invalid"}
    if o["category"] in FAIL - allowed:
        bad.append("%s: %s %s (%s): %s" % (
            o["file"], o["recipient"], o["category"], kind,
            (o.get("diagnostic") or "")[:100]))
held = {}
for t in truth.values():
    for a in t.get("contacts", []) + [r["addr"] for r in t["recipients"]]:
        ok = {"active"}
        if t["kind"] == "delayed":
            ok.add("retry-later")
        held[a.lower()] = held.get(a.lower(), ok) & ok
contacts = {}
for line in open(sys.argv[4], encoding="utf-8"):
    c = json.loads(line)
    contacts[c["address"].lower()] = c
# The messages are months old: a full or retry-later read wrongly would
# have worn off by now, so no failure may be on record either (bounces
# counts the failures recorded; a delay notice records one).
for a, ok in sorted(held.items()):
    c = contacts.get(a)
    if c is None:
        bad.append("contact %s: not in the database" % a)
    elif c["status"] not in ok or ("retry-later" not in ok and
                                   (c["bounces"] or c["reason"])):
        bad.append("contact %s: %s (%s), %d failures recorded" % (
            a, c["status"], c["reason"], c["bounces"]))
print("negative corpus: %d messages, %d contacts; false positives %d, "
      "false kills %d, contacts with a failure %d" % (
          len(truth), len(held), score["false_positives"],
          score["false_kills"],
          sum(1 for b in bad if b.startswith("contact "))))
if len(truth) < 130 or len(held) < 120:
    bad.append("too few messages (%d) or contacts (%d)" % (len(truth),
                                                          len(held)))
if score["false_positives"] or score["false_kills"]:
    bad.append("scorer: false positives %d, false kills %d" % (
        score["false_positives"], score["false_kills"]))
for b in bad:
    print("negative corpus: " + b, file=sys.stderr)
sys.exit(1 if bad else 0)
EOF
