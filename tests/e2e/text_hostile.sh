#!/bin/sh
# Text from strangers reaches no terminal unharmed: escape and OSC
# sequences, a C1 CSI, a bidi override and a line break in a bounce's
# diagnostic, a blocklist name, a contact's address and a file name come
# out of parse, status, report, list and the error output as visible
# escapes (no control byte but the line ends of the layout, one line per
# contact in list, under its header), while --json carries them exactly.
set -eu
. "$(dirname "$0")/lib.sh"

esc=$(printf '\033')
bel=$(printf '\007')
csi1=$(printf '\302\233')
rlo=$(printf '\342\200\256')
diag="550 5.1.1 ${esc}]0;pwned${bel}${esc}[2J user ${csi1}31m unknown \
${rlo}gpj.exe"

# clean FILE: fails if FILE holds a control character other than the line
# ends, a C1 control, a bidi override or isolate, or bytes not UTF-8.
clean() {
	python3 - "$1" <<'PY' || die "control characters in $1: $(cat -v "$1")"
import sys
b = open(sys.argv[1], "rb").read()
t = b.decode("utf-8")
bad = [c for c in t if (ord(c) < 32 and c != "\n") or 0x7f <= ord(c) <= 0x9f
       or ord(c) in (0x61c, 0x200e, 0x200f) or 0x2028 <= ord(c) <= 0x202e
       or 0x2066 <= ord(c) <= 0x2069]
sys.exit(1 if bad else 0)
PY
}

# exact FILE KEY WANT: some JSON line of FILE has KEY (searched in nested
# objects too) exactly equal to WANT.
exact() {
	python3 - "$@" <<'PY' || die "--json lost $2 exactly: $(cat -v "$1")"
import json, sys
want = sys.argv[3]
def walk(o):
    if isinstance(o, dict):
        return any(k == sys.argv[2] and v == want or walk(v)
                   for k, v in o.items())
    if isinstance(o, list):
        return any(walk(v) for v in o)
    return False
sys.exit(0 if any(walk(json.loads(l)) for l in open(sys.argv[1])
                  if l.strip()) else 1)
PY
}

dsn bob@example.com failed 5.1.1 "$diag" "Mon, 1 Jan 2024 10:00:00 +0000" \
    m1@mx.example.org >"$work/b.eml"
# The notice's own Subject, shown by status as "notice from ...".
sed -i "s/^Subject: Delivery Status Notification/Subject: Delivery \
${esc}]0;subj${bel} failed/" "$work/b.eml"
dsn carol@example.com failed 5.7.1 "554 5.7.1 Client host [192.0.2.7] \
blocked using zen${esc}]0;x${bel}.spamhaus.org" \
    "Mon, 1 Jan 2024 10:00:00 +0000" m2@mx.example.org >"$work/c.eml"

expect_exit 0 "$BH" parse "$work/b.eml" >"$work/parse"
clean "$work/parse"
grep -qF '\x1b]0;pwned\x07\x1b[2J user \u009b31m unknown \u202egpj.exe' \
    "$work/parse" || die "parse: the diagnostic is not shown escaped: \
$(cat "$work/parse")"
expect_exit 0 "$BH" parse --json "$work/b.eml" >"$work/parse.json"
exact "$work/parse.json" diagnostic "$diag"

# We wrote to bob the day before (a mailing tool's log): his bounce counts.
printf 'email,date\nbob@example.com,2023-12-31\n' >"$work/sent.csv"
"$BH" ingest -q --db "$work/h.db" --sent-log "$work/sent.csv" "$work/b.eml" \
    "$work/c.eml"
"$BH" status --db "$work/h.db" bob@example.com >"$work/status"
clean "$work/status"
grep -qF '\x1b]0;pwned' "$work/status" || die "status: $(cat "$work/status")"
grep -qF 'notice from MAILER-DAEMON@mx.example.org: Delivery \x1b]0;subj\x07 \
failed' "$work/status" || die "status: the notice's sender: \
$(cat "$work/status")"
"$BH" status --json --db "$work/h.db" bob@example.com >"$work/status.json"
exact "$work/status.json" diagnostic "$diag"
exact "$work/status.json" notice_subject \
    "Delivery ${esc}]0;subj${bel} failed"

"$BH" report --db "$work/h.db" >"$work/report"
clean "$work/report"
grep -qF 'zen\x1b]0;x\x07.spamhaus.org' "$work/report" ||
    die "report: $(cat "$work/report")"
"$BH" report --json --db "$work/h.db" >"$work/report.json"
clean "$work/report.json"

# A contact whose address forges a second table row and colours the
# screen, as a database filled by an earlier version may hold.
forged="x${esc}[8m
fake@example.com                         active      -              2024"
sqlite3 "$work/h.db" "INSERT INTO contacts (address, source, since) VALUES \
('$forged', 'import', 0)"
"$BH" list --db "$work/h.db" >"$work/list"
clean "$work/list"
[ "$(wc -l <"$work/list")" -eq 3 ] || die "list: a row was forged: \
$(cat -v "$work/list")"
grep -qF 'x\x1b[8m\nfake@example.com' "$work/list" ||
    die "list: $(cat -v "$work/list")"
"$BH" list --json --db "$work/h.db" >"$work/list.json"
exact "$work/list.json" address "$forged"

# A column name from an imported file, in import's summary.
printf 'Name,Mail%s]0;x%s\nAnn,ann@example.com\n' "$esc" "$bel" >"$work/c.csv"
"$BH" import --db "$work/h.db" "$work/c.csv" >"$work/import" 2>&1
clean "$work/import"
grep -qF "'Mail\x1b]0;x\x07'" "$work/import" ||
    die "import: $(cat -v "$work/import")"

# Error output: a file name is a stranger's text too.
set +e
"$BH" parse "$work/no${esc}]0;such${bel}.eml" >/dev/null 2>"$work/err"
set -e
clean "$work/err"
grep -qF 'no\x1b]0;such\x07.eml' "$work/err" || die "stderr: $(cat -v "$work/err")"
finish
