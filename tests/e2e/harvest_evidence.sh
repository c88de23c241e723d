#!/bin/sh
# Only bounces of our own mail change a contact, through `harvest` against
# the private Dovecot (docs/store.md, "Evidence"; docs/imap.md, "Sent
# folders").  carol's Sent folder (marked \Sent) holds two offers to two
# customers; her inbox holds the real bounce of one of them, a forged
# report and a forged ARF for two contacts we never wrote to, a forwarded
# report, a future-dated report and a report naming 5,000 recipients.
#
#   harvest_evidence.sh BINARY DOVECOT_DIR
#
# With accept_unverified = 0: the Sent folder is read first; the real
# bounce marks its recipient and is moved; nothing else changes a status
# and the notices that did not count stay in the inbox; the forgeries are
# listed as unverified in `report` and `status`; `mark` works on every
# contact; the Sent folder is unchanged (no \Seen); a second run reads
# nothing and changes nothing, and reading Sent again from the start
# counts nothing twice.  With accept_unverified = 1 the forgeries do
# change contacts.  dave's Sent folders have no SPECIAL-USE and are found
# by name ("Gesendete Elemente", "已发送"); sent_folders names one or
# none.
set -eu
. "$(dirname "$0")/lib.sh"
dv=$2 T=$work
. "$dv/env"
export CAROL_PASSWORD DAVE_PASSWORD
. "$HERE/forgeries.sh"

seed() { "$TOP/scripts/dovecot-seed.sh" "$dv" "$@"; }
box() {	# box USER FOLDER: the maildir of a folder
	if [ "$2" = INBOX ]; then
		echo "$MAIL_DIR/$1/Maildir"
	else
		echo "$MAIL_DIR/$1/Maildir/.$2"
	fi
}
count() { ls "$(box "$1" "$2")/cur" "$(box "$1" "$2")/new" 2>/dev/null |
    grep -c '^[0-9]' || true; }
# conf USER DB ACCEPT [LINE...]: USER's account, the inbox, after = move.
conf() {
	printf '[database]\npath = %s\n\n[policy]\naccept_unverified = %s\n\n' \
	    "$2" "$3"
	printf '[account %s]\nhost = localhost\nport = %s\nca_file = %s\n' \
	    "$1" "$IMAPS_PORT" "$CA_FILE"
	printf 'username = %s\npassword_env = %s_PASSWORD\nauth = login\n' \
	    "$1" "$(echo "$1" | tr a-z A-Z)"
	printf 'folders = INBOX\nafter = move:done\n'
	shift 3
	for line; do
		printf '%s\n' "$line"
	done
}
dump() { sqlite3 "$1" .dump | grep -v -i '^INSERT INTO "\?runs' || true; }
statuses_of() {
	sqlite3 "$1" "SELECT address || ' ' || status FROM contacts WHERE \
	    source = 'import' ORDER BY address" | tr '\n' ' '
}

seed carol Sent "$T/sent-1.eml" "$T/sent-2.eml"
seed carol INBOX "$T/1-real.eml" "$T/2-forged.eml" "$T/3-arf.eml" \
    "$T/4-fwd.eml" "$T/5-future.eml" "$T/6-many.eml"
{
	echo "email,name"
	for a in kunde1 kunde2 boss vip kollege; do
		echo "$a@customer.example,$a"
	done
} >"$T/c.csv"

db=$T/strict.db
conf carol "$db" 0 >"$T/strict.conf"
"$BH" import -q --config "$T/strict.conf" "$T/c.csv"
"$BH" harvest --list-folders --config "$T/strict.conf" >"$T/folders" \
    2>"$T/err"
grep -qx "carol: Sent" "$T/folders" || fail "folders: $(cat "$T/folders")"
grep -qx "harvest: carol: sent mail read from (sent_folders = auto): Sent" \
    "$T/err" || fail "--list-folders, Sent: $(cat "$T/err")"

# A dry run reads Sent too (the real bounce would count), keeps nothing.
"$BH" harvest --dry-run --config "$T/strict.conf" >"$T/would" 2>"$T/err" ||
    fail "dry run: exit $?: $(cat "$T/err")"
[ "$(cat "$T/would")" = "would change kunde1@customer.example: active -> \
invalid (userunknown)" ] || fail "dry run would: $(cat "$T/would")"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM sent_messages')" = 0 ] ||
    fail "the dry run kept sent rows"

"$BH" harvest --config "$T/strict.conf" 2>"$T/err" ||
    fail "harvest: exit $?: $(cat "$T/err")"
grep -q "carol: sent mail: 1 folder(s), 2 message(s) read, 2 recipient(s) \
new" "$T/err" || fail "sent summary: $(cat "$T/err")"
grep -q "carol: 1 folder(s), 6 candidates, 6 read, 6 bounces, 0 too large, \
1 flagged or moved, 5 left in place (unverified or held" "$T/err" ||
    fail "left in place: $(cat "$T/err")"
[ "$(statuses_of "$db")" = "boss@customer.example active \
kollege@customer.example active kunde1@customer.example invalid \
kunde2@customer.example active vip@customer.example active " ] ||
    fail "statuses after the harvest: $(statuses_of "$db")"
[ "$(sqlite3 "$db" "SELECT count(*) FROM contacts WHERE status <> \
    'active'")" = 1 ] || fail "more than the real bounce changed a status"
[ "$(sqlite3 "$db" "SELECT count(*) FROM contacts WHERE source <> \
    'import'")" = 0 ] || fail "the forgeries made contacts"
[ "$(sqlite3 "$db" "SELECT evidence FROM bounces WHERE recipient = \
    'kunde1@customer.example'")" = verified ] || fail "the real bounce"
# The real bounce moved; every notice that did not count stayed.
[ "$(count carol done)" = 1 ] && [ "$(count carol INBOX)" = 5 ] ||
    fail "moved: $(count carol done), left: $(count carol INBOX)"
grep -l "real-1@mx" "$(box carol done)"/*/* >/dev/null 2>&1 ||
    fail "the real bounce was not the one moved"
# Sent is untouched: both messages there, none flagged \Seen.
[ "$(count carol Sent)" = 2 ] || fail "Sent has $(count carol Sent)"
! ls "$(box carol Sent)/cur" | grep -q ':2,.*S' ||
    fail "Sent messages marked seen: $(ls "$(box carol Sent)/cur")"

# report and status list the forgeries as unverified.
"$BH" report --db "$db" >"$T/report"
# One line per notice, naming the notice's own sender.
for a in boss:MAILER-DAEMON@mx.customer.example vip:fbl@isp.example; do
	grep -q "${a%%:*}@customer.example (.*unverified, from ${a#*:}, \
notice" "$T/report" || fail "report does not list ${a%%:*} as unverified" \
	    "from ${a#*:}: $(cat "$T/report")"
done
for a in boss vip; do
	"$BH" status --db "$db" "$a@customer.example" >"$T/status"
	grep -q "unverified: changes no status" "$T/status" ||
	    fail "status $a: $(cat "$T/status")"
done

# A second run reads nothing and changes nothing.
dump "$db" >"$T/dump1"
"$BH" harvest --config "$T/strict.conf" 2>"$T/err" ||
    fail "second harvest: exit $?: $(cat "$T/err")"
grep -q "carol: 1 folder(s), 0 candidates" "$T/err" ||
    fail "second run: $(cat "$T/err")"
dump "$db" >"$T/dump2"
cmp -s "$T/dump1" "$T/dump2" || fail "the second run changed the database"
# Sent read again from its start (a run killed before its cursor
# moved): the same rows, nothing counted twice.
sqlite3 "$db" "DELETE FROM sent_cursors"
"$BH" harvest --config "$T/strict.conf" 2>"$T/err" || fail "rerun Sent"
grep -q "carol: sent mail: 1 folder(s), 2 message(s) read, 0 recipient(s) \
new" "$T/err" || fail "Sent read again: $(cat "$T/err")"
# (the cursor row is written again, with the time it was)
dump "$db" | grep -v sent_cursors >"$T/dump3"
grep -v sent_cursors "$T/dump1" | cmp -s - "$T/dump3" ||
    fail "reading Sent again changed rows"

# mark works on every contact.
for a in kunde1 kunde2 boss vip kollege; do
	"$BH" mark --db "$db" "$a@customer.example" suspect --note checked \
	    >/dev/null || fail "mark $a"
done
[ "$(sqlite3 "$db" "SELECT count(*) FROM contacts WHERE status = \
    'suspect'")" = 5 ] || fail "marks not applied: $(statuses_of "$db")"

# The relaxed setting believes the forgeries (so the strict run above is
# no check that cannot fail).
db1=$T/relaxed.db
conf carol "$db1" 1 "after = none" | sed '/^after = move/d' >"$T/relaxed.conf"
"$BH" import -q --config "$T/relaxed.conf" "$T/c.csv"
"$BH" harvest -q --config "$T/relaxed.conf" || fail "relaxed: exit $?"
n=$(sqlite3 "$db1" "SELECT count(*) FROM contacts WHERE status <> 'active' \
    AND address IN ('boss@customer.example', 'vip@customer.example')")
[ "$n" = 2 ] || fail "accept_unverified = 1 changed $n of the forgeries' \
contacts: $(statuses_of "$db1")"

# dave: no SPECIAL-USE; his Sent folders are found by name.
seed dave "Gesendete Elemente" "$T/sent-1.eml"
seed dave "&XfJT0ZAB-" "$T/sent-2.eml"
seed dave INBOX "$T/1-real.eml"
db2=$T/names.db
conf dave "$db2" 0 >"$T/names.conf"
"$BH" harvest --config "$T/names.conf" 2>"$T/err" ||
    fail "by name: exit $?: $(cat "$T/err")"
grep -q "dave: sent mail: 2 folder(s), 2 message(s) read" "$T/err" ||
    fail "by name: $(cat "$T/err")"
"$BH" harvest --list-folders --config "$T/names.conf" 2>"$T/err" >/dev/null
grep -qx "harvest: dave: sent mail read from (sent_folders = auto): \
Gesendete Elemente; 已发送" "$T/err" ||
    fail "--list-folders, by name: $(cat "$T/err")"
[ "$(sqlite3 "$db2" "SELECT group_concat(source, '|') FROM (SELECT \
    source FROM sent_messages ORDER BY source)")" = "dave/Gesendete \
Elemente|dave/已发送" ] || fail "sources: $(sqlite3 "$db2" \
    'SELECT source FROM sent_messages')"
[ "$(sqlite3 "$db2" "SELECT status FROM contacts WHERE address = \
    'kunde1@customer.example'")" = invalid ] || fail "by name: not marked"
# sent_folders names one of them, or none (a warning-free run either way).
db3=$T/named.db
conf dave "$db3" 0 "sent_folders = 已发送" >"$T/named.conf"
"$BH" harvest --config "$T/named.conf" 2>"$T/err" || fail "named: exit $?"
[ "$(sqlite3 "$db3" "SELECT DISTINCT source FROM sent_messages")" = \
    "dave/已发送" ] || fail "sent_folders: $(cat "$T/err")"
db4=$T/none.db
conf dave "$db4" 0 "sent_folders = none" >"$T/none.conf"
"$BH" harvest --config "$T/none.conf" 2>"$T/err" || fail "none: exit $?"
[ "$(sqlite3 "$db4" "SELECT count(*) FROM sent_messages")" = 0 ] ||
    fail "sent_folders = none read Sent"
! grep -q "Sent folder" "$T/err" || fail "none warned: $(cat "$T/err")"
ok "strict: 1 contact changed, 5 notices left in the inbox; relaxed: \
$n forged contacts changed"
finish
