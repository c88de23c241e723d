#!/bin/sh
# Only bounces of our own mail change a contact (docs/guarantees.md,
# "Evidence"), on the real binary and files: what we sent is read with
# `ingest --sent`, then an inbox holding a real bounce and the forgeries
# an attacker with one e-mail to the bounce mailbox can send.  With
# accept_unverified = 0, the real bounce (and a real "has left" reply
# answering our offer) marks its recipient and nothing else changes a
# status, forged "has left" replies included; the forgeries are listed
# as unverified in `report` and `status`; `mark` works on every
# contact.  The same inbox with accept_unverified = 1 shows what the
# relaxed setting lets through.
set -eu
. "$(dirname "$0")/lib.sh"
T=$work

. "$HERE/forgeries.sh"
# Sent mail as an mbox, the way a mail client exports its Sent folder.
for i in 1 2 3; do
	echo "From sales@us.example $(date -u -d "@$((now - 3 * 86400))" \
	    '+%a %b %e %T %Y')"
	cat "$T/sent-$i.eml"
	echo
done >"$T/sent.mbox"

{
	echo "email,name"
	for a in kunde1 kunde2 kunde3 boss vip kollege; do
		echo "$a@customer.example,$a"
	done
} >"$T/c.csv"

# run CONF-VALUE DB: the import, the sent mail, the inbox.
run() {
	printf '[policy]\naccept_unverified = %s\n' "$1" >"$T/$1.conf"
	"$BH" import -q --config "$T/$1.conf" --db "$2" "$T/c.csv"
	"$BH" ingest -q --config "$T/$1.conf" --db "$2" --sent "$T/sent.mbox" \
	    "$T"/[1-7]*-*.eml
}

db="$T/strict.db"
run 0 "$db"
st=$(sqlite3 "$db" "SELECT address || ' ' || status FROM contacts WHERE \
    source = 'import' ORDER BY address" | tr '\n' ' ')
[ "$st" = "boss@customer.example active kollege@customer.example active \
kunde1@customer.example invalid kunde2@customer.example active \
kunde3@customer.example invalid vip@customer.example active " ] ||
    fail "statuses after the run: $st"
changed=$(sqlite3 "$db" "SELECT count(*) FROM contacts WHERE status <> \
    'active'")
[ "$changed" = 2 ] ||
    fail "$changed contacts changed, want 2 (kunde1, kunde3)"
ev() {	# ev ADDRESS: evidence[,held] of its failures
	sqlite3 "$db" "SELECT group_concat(evidence || coalesce(',' || \
	    held, ''), ';') FROM bounces WHERE recipient = '$1' AND category \
	    IN ('invalid', 'complaint')"
}
[ "$(ev kunde1@customer.example)" = verified ] ||
    fail "the real bounce: $(ev kunde1@customer.example)"
[ "$(ev boss@customer.example)" = unverified ] ||
    fail "the forged report: $(ev boss@customer.example)"
[ "$(ev vip@customer.example)" = unverified ] ||
    fail "the forged ARF: $(ev vip@customer.example)"
ev2=$(ev kunde2@customer.example)
[ "$(ev kunde3@customer.example)" = verified ] ||
    fail "the real has-left reply: $(ev kunde3@customer.example)"
case $ev2 in
*"verified,an auto-reply not sent from the address itself"*) ;;
*) fail "the has-left reply from another address: $ev2" ;;
esac
[ "$(sqlite3 "$db" "SELECT evidence FROM bounces WHERE recipient = \
    'kunde2@customer.example' AND kind = 'autoreply' AND original_message_id \
    IS NULL")" = unverified ] || fail "the has-left reply answering nothing"
case $(ev kollege@customer.example) in
"unverified,sent from a person's address (Return-Path), not by a mail \
system") ;;
*) fail "the forwarded report: $(ev kollege@customer.example)" ;;
esac
ev2=$(ev kunde2@customer.example)
case $ev2 in
*"verified,a person's forward of a report"*) ;;
*) fail "the forward saved to a file, for kunde2: $ev2" ;;
esac
case $ev2 in
*"plausible,dated after it arrived"*) ;;
*) fail "the future-dated report for kunde2: $ev2" ;;
esac
case $ev2 in
*"max_per_message"*) ;;
*) fail "the 5,000-recipient report for kunde2: $ev2" ;;
esac
made=$(sqlite3 "$db" "SELECT count(*) FROM contacts WHERE source <> \
    'import'")
[ "$made" = 0 ] || fail "the forgeries made $made contacts"
counted=$(sqlite3 "$db" "SELECT count(*) FROM bounces WHERE msg_key = \
    'mid:many-6@mx' AND held IS NULL")
[ "$counted" = 50 ] || fail "$counted recipients of one report not held"

# report lists the forgeries as unverified.
"$BH" report --db "$db" >"$T/report"
# One line per notice, naming the notice's own sender.
for a in boss:MAILER-DAEMON@mx.customer.example vip:fbl@isp.example; do
	grep -q "${a%%:*}@customer.example (.*unverified, from ${a#*:}, \
notice" "$T/report" || fail "report does not list ${a%%:*} as unverified" \
	    "from ${a#*:}: $(cat "$T/report")"
done
grep -q "kunde2@customer.example (dated after it arrived, from \
MAILER-DAEMON@mx.customer.example, notice mid:future-5@mx)" "$T/report" ||
    fail "report does not show the future-dated report held"
grep -q "950  kunde2@customer.example and others (over the recipients one \
notice may change" "$T/report" || fail "no cap in: $(cat "$T/report")"
"$BH" report --json --db "$db" >"$T/report.json"
python3 - "$T/report.json" <<'PY' || fail "report --json: unverified"
import json, sys
r = json.load(open(sys.argv[1]))
u = {x["label"].split()[0] for x in r["unverified"]}
assert {"boss@customer.example", "vip@customer.example"} <= u, u
assert "kunde1@customer.example" not in u, u
PY
# status shows them as unverified, and says they count for nothing.
"$BH" status --db "$db" boss@customer.example >"$T/status"
grep -q "unverified: changes no status" "$T/status" ||
    fail "status boss: $(cat "$T/status")"
grep -q "notice from MAILER-DAEMON@mx.customer.example: Undelivered Mail \
Returned to Sender" "$T/status" || fail "status boss: no notice sender:" \
    "$(cat "$T/status")"
"$BH" status --json --db "$db" vip@customer.example >"$T/status.json"
python3 - "$T/status.json" <<'PY' || fail "status --json vip"
import json, sys
s = json.load(open(sys.argv[1]))
b = [x for x in s["bounces"] if x["category"] == "complaint"]
assert b and b[0]["evidence"] == "unverified" and not b[0]["counts"], b
assert b[0]["notice_from"] == "fbl@isp.example", b
PY
"$BH" status --db "$db" kunde1@customer.example | grep -q \
    "evidence: verified" || fail "status kunde1 does not say verified"

# Only the real "has left" reply offers its replacement.
"$BH" status --db "$db" kunde3@customer.example | grep -q \
    "replacement: nachfolger@customer.example" ||
    fail "the real has-left reply offers no replacement"
"$BH" status --db "$db" kunde2@customer.example >"$T/status2"
! grep -q "replacement:" "$T/status2" ||
    fail "a forged has-left reply offers its replacement: $(cat "$T/status2")"
grep -q "held (dated after it arrived), plausible: changes no status" \
    "$T/status2" || fail "status does not say why a report is held"
expect_exit 2 "$BH" mark --db "$db" --accept kunde2@customer.example 2>/dev/null

# mark works on every contact.
for a in kunde1 kunde2 kunde3 boss vip kollege; do
	"$BH" mark --db "$db" "$a@customer.example" suspect \
	    --note "checked" >/dev/null || fail "mark $a suspect"
done
[ "$(sqlite3 "$db" "SELECT count(*) FROM contacts WHERE source = \
    'import' AND status = 'suspect'")" = 6 ] || fail "marks not applied"
"$BH" mark --db "$db" --clear boss@customer.example >/dev/null
"$BH" mark --db "$db" --accept-bounce --message forged-2@mx \
    boss@customer.example >"$T/out" || fail "mark --accept-bounce"
grep -q "1 bounce accepted" "$T/out" || fail "accept said: $(cat "$T/out")"
[ "$(statuses "$db" | grep '^boss@')" = "boss@customer.example invalid \
userunknown" ] || fail "an accepted bounce does not count: $(statuses "$db")"
expect_exit 2 "$BH" mark --db "$db" --accept-bounce kunde1@customer.example \
    2>/dev/null

# forget erases what we sent to the address too.
"$BH" forget --db "$db" kunde1@customer.example >/dev/null
[ "$(sqlite3 "$db" "SELECT count(*) FROM sent_messages WHERE recipient = \
    'kunde1@customer.example'")" = 0 ] || fail "forget left the sent rows"
[ "$(sqlite3 "$db" "SELECT count(*) FROM sent_messages")" -gt 0 ] ||
    fail "forget erased what was sent to others"

# Sent mail read after the inbox: the same statuses.
db2="$T/late.db"
printf '[policy]\naccept_unverified = 0\n' >"$T/late.conf"
"$BH" import -q --config "$T/late.conf" --db "$db2" "$T/c.csv"
"$BH" ingest -q --config "$T/late.conf" --db "$db2" "$T"/[1-7]*-*.eml
[ "$(sqlite3 "$db2" "SELECT count(*) FROM contacts WHERE status <> \
    'active'")" = 0 ] || fail "without sent mail, something changed"
"$BH" ingest -q --config "$T/late.conf" --db "$db2" --sent "$T/sent.mbox"
late=$(sqlite3 "$db2" "SELECT address FROM contacts WHERE status <> \
    'active' ORDER BY address" | tr '\n' ' ')
[ "$late" = "kunde1@customer.example kunde3@customer.example " ] ||
    fail "sent mail read late: $(statuses "$db2" | grep -v '^r[0-9]')"

# A mailing tool's log: bad rows named and skipped (exit 1), the rest
# kept; a file that is no log refused whole (exit 5).
db4="$T/log.db"
printf 'Email;Sent_At;Message-ID\nkunde1@customer.example;%s;\n' \
    "$(date -u -d "@$((now - 86400))" '+%Y-%m-%d %H:%M:%S')" >"$T/log.csv"
printf 'kunde2@customer.example;gestern;\nnot an address;2026-12-01;\n' \
    >>"$T/log.csv"
printf 'email,when\nkunde3@customer.example,2026-12-01\n' >"$T/nodate.csv"
expect_exit 1 "$BH" ingest -q --db "$db4" --sent-log "$T/log.csv" 2>"$T/err"
grep -q "log.csv:3: cannot read the date 'gestern'" "$T/err" ||
    fail "bad date row: $(cat "$T/err")"
grep -q "'not an address' is not an address" "$T/err" ||
    fail "bad address row: $(cat "$T/err")"
[ "$(sqlite3 "$db4" "SELECT group_concat(recipient) FROM sent_messages")" \
    = kunde1@customer.example ] || fail "the log's good row was not kept"
expect_exit 5 "$BH" ingest -q --db "$db4" --sent-log "$T/nodate.csv" \
    2>"$T/err"
grep -q "no date column" "$T/err" || fail "no date column: $(cat "$T/err")"
expect_exit 5 "$BH" ingest -q --db "$db4" --sent-log "$T/missing.csv" \
    2>/dev/null
[ "$(sqlite3 "$db4" "SELECT count(*) FROM sent_messages")" = 1 ] ||
    fail "a refused log left rows"

# The relaxed setting believes the forgeries: what it costs, measured.
db3="$T/relaxed.db"
run 1 "$db3"
n=$(sqlite3 "$db3" "SELECT count(*) FROM contacts WHERE status <> \
    'active' AND source = 'import'")
[ "$n" -ge 4 ] || fail "accept_unverified = 1 changed only $n contacts"
ok "strict: 2 contacts changed (the real bounce, the real has-left \
reply); relaxed: $n imported contacts changed"
finish
