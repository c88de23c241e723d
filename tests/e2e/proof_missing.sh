#!/bin/sh
# Plain words when the proof is missing: an `ingest` whose notices changed
# no status because no mail we sent is known at all says so once on
# stderr, with what to do (--sent, --sent-log, mark --accept-bounce, and
# what --accept-unverified allows), whatever else it prints; `report`
# says the same and its output stays as it was (JSON included).  Once
# some sent mail is known, neither says it (the notices left unverified
# then are not for want of it), nor when the notices were counted
# (--accept-unverified), nor when every notice counts.
set -eu
. "$(dirname "$0")/lib.sh"

said="no mail we sent is known"
dsn boss@kunde.example failed 5.1.1 "550 5.1.1 user unknown" \
    "Mon, 1 Jan 2024 10:00:00 +0000" f1@mx.example.org >"$work/f1.eml"
dsn chef@kunde.example failed 5.1.1 "550 5.1.1 user unknown" \
    "Mon, 1 Jan 2024 11:00:00 +0000" f2@mx.example.org >"$work/f2.eml"
dsn anna@kunde.example failed 5.1.1 "550 5.1.1 user unknown" \
    "Mon, 1 Jan 2024 12:00:00 +0000" r1@mx.example.org >"$work/real.eml"

# No sent mail at all: two notices, one warning, exit 0, the summary too.
run first ingest --db "$work/a.db" "$work/f1.eml" "$work/f2.eml"
expect_rc first 0
[ "$(grep -c "$said" "$work/first.err")" = 1 ] ||
    fail "not said once: $(cat "$work/first.err")"
grep -q "^bounce-harvester: ingest: 2 notice(s) changed no status" \
    "$work/first.err" || fail "count: $(cat "$work/first.err")"
for what in "ingest --sent PATH" "ingest --sent-log FILE" \
    "mark ADDRESS --accept-bounce" "ingest --accept-unverified" \
    "make any contact invalid"; do
	grep -qF -- "$what" "$work/first.err" ||
	    fail "the warning does not say '$what'"
done
grep -q "2 recipients, 2 new" "$work/first.err" || fail "no summary"
# -q drops the summary, not the warning.
run quiet ingest -q --db "$work/q.db" "$work/f1.eml"
[ "$(grep -c "$said" "$work/quiet.err")" = 1 ] || fail "-q: not said"

# report: the same words on stderr, the report itself unchanged.
run report report --db "$work/a.db"
expect_rc report 0
grep -q "^bounce-harvester: report: 2 notice(s) changed no status" \
    "$work/report.err" || fail "report: $(cat "$work/report.err")"
grep -q "$said" "$work/report.out" && fail "report: the warning in stdout"
run json report --json --db "$work/a.db"
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' \
    "$work/json.out" || fail "report --json is no longer JSON"
grep -q "$said" "$work/json.err" || fail "report --json: not said"

# Sent mail known: the real bounce counts, the forged ones do not, and no
# one is told that sent mail is missing.
printf 'email,date\nanna@kunde.example,2023-12-31\n' >"$work/sent.csv"
run sent ingest --db "$work/a.db" --sent-log "$work/sent.csv" \
    "$work/real.eml" "$work/f1.eml"
expect_rc sent 0
grep -q "$said" "$work/sent.err" && fail "said with sent mail known"
run report2 report --db "$work/a.db"
grep -q "$said" "$work/report2.err" && fail "report: said with sent mail"
[ "$(sqlite3 "$work/a.db" "SELECT status FROM contacts WHERE address = \
    'anna@kunde.example'")" = invalid ] || fail "the real bounce"

# --accept-unverified: the notices count, nothing to say.
run relaxed ingest --accept-unverified --db "$work/r.db" "$work/f1.eml"
expect_rc relaxed 0
grep -q "$said" "$work/relaxed.err" && fail "said with --accept-unverified"
finish
