#!/bin/sh
# End to end: `bounce-harvester harvest` against the private Dovecot of the
# ctest fixture (scripts/dovecot-start.sh), real corpus bounces mixed with
# an auto-reply and ordinary mail in bob's mailbox, the mail they answer
# in a Sent folder of the script's own (so they count whatever
# accept_unverified says).
#
#   harvest.sh BINARY DOVECOT_DIR CORPUS_BSD_DIR
#
# Checks: exit codes, the contact status, after = move on the server (only
# the bounces move), a second run finds nothing and changes nothing,
# appended mail is the only thing read next, --dry-run changes nothing,
# a failing account does not stop the others, the lock; a move that fails
# after its commit is done by the next run, on the messages still there;
# a connection dropped in a bounce folder or a Sent folder (one reconnect).
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH dv=$2 corpus=$3 top=$TOP
. "$dv/env"
export BOB_PASSWORD

count() { ls "$MAIL_DIR/bob/Maildir/.$1/cur" "$MAIL_DIR/bob/Maildir/.$1/new" \
    2>/dev/null | grep -c '^[0-9]' || true; }
dump() { sqlite3 "$work/db" .dump | grep -v -i '^INSERT INTO "\?runs' ||
    true; }

cat >"$work/ordinary.eml" <<EOF
From: Carol <carol@customer.example>
To: bob@example.com
Subject: Quote for the third quarter
Message-ID: <quote-1@customer.example>

Please send the quote.
EOF
# What bob sent: the mail the corpus bounces answer, in a Sent folder of
# this script's own, so that they count whatever accept_unverified says.
python3 "$top/scripts/sent-for.py" "$bin" "$work/sent" "$corpus"/*.eml \
    >/dev/null
"$top/scripts/dovecot-seed.sh" -r "$dv" bob e2e_sent "$work"/sent/*.eml
"$top/scripts/dovecot-seed.sh" -r "$dv" bob e2e \
    "$corpus/lhost-sendmail-01.eml" "$corpus/rfc3834-01.eml" \
    "$work/ordinary.eml" "$corpus/lhost-exim-01.eml"

# bob_conf DB FOLDER [LINE...]: a config of DB and bob's account on the
# private Dovecot, reading FOLDER, with the extra lines.
bob_conf() {
	printf '[database]\npath = %s\n\n[account bob]\nhost = localhost\n' "$1"
	printf 'port = %s\nca_file = %s\nusername = bob\n' "$IMAPS_PORT" \
	    "$CA_FILE"
	printf 'password_env = BOB_PASSWORD\nauth = login\nfolders = %s\n' "$2"
	printf 'sent_folders = e2e_sent\n'
	shift 2
	for line; do
		printf '%s\n' "$line"
	done
}
bob_conf "$work/db" e2e "after = move:e2e_done" >"$work/conf"

# A dry run reads everything and changes nothing, here or on the server.
"$bin" harvest --config "$work/conf" --dry-run >"$work/would" \
    2>"$work/out" || die "dry run exit $?"
grep -q "bob: 1 folder(s), 3 candidates" "$work/out" ||
    die "dry run summary: $(cat "$work/out")"
# ... and lists the status changes the run would make, none made.
grep -qx "would change userunknown@bouncehammer.jp: active -> invalid \
(userunknown)" "$work/would" || die "dry run changes: $(cat "$work/would")"
[ "$(sqlite3 "$work/db" 'SELECT count(*) FROM contacts')" = 0 ] ||
    die "dry run left contacts"
[ "$(count e2e)" -eq 4 ] || die "dry run moved mail"
[ "$(count e2e_done)" -eq 0 ] || die "dry run moved mail"

"$bin" harvest --config "$work/conf" 2>"$work/out" ||
    die "first run exit $?: $(cat "$work/out")"
grep -q "bob: 1 folder(s), 3 candidates, 3 read, 2 bounces.*; 3 new \
record(s) saved" "$work/out" || die "first run summary: $(cat "$work/out")"
"$bin" status --db "$work/db" --json userunknown@bouncehammer.jp |
    grep -q '"status":"invalid"' || die "contact not invalid"
# The two bounces moved; the auto-reply and the ordinary mail stayed.
[ "$(count e2e)" -eq 2 ] || die "e2e has $(count e2e) messages, not 2"
[ "$(count e2e_done)" -eq 2 ] || die "e2e_done has $(count e2e_done)"

# Nothing new: nothing read, nothing changed.
dump >"$work/dump1"
"$bin" harvest --config "$work/conf" 2>"$work/out" || die "second run"
grep -q "bob: 1 folder(s), 0 candidates" "$work/out" ||
    die "second run summary: $(cat "$work/out")"
dump >"$work/dump2"
cmp -s "$work/dump1" "$work/dump2" || die "second run changed the database"

# Appended mail is the only thing read next.
"$top/scripts/dovecot-seed.sh" -r "$dv" bob e2e "$corpus/lhost-exim-02.eml" \
    "$work/ordinary.eml"
"$bin" harvest --config "$work/conf" --quiet 2>"$work/out" ||
    die "third run"
[ ! -s "$work/out" ] || die "--quiet printed: $(cat "$work/out")"
[ "$(count e2e_done)" -eq 3 ] || die "appended bounce not moved"

# A MOVE Dovecot refuses after the commit (a target name it will not
# create): the run fails and the moves stay due.  Another client then
# moves one of the three by hand; the next run, with a good target, moves
# the other two before anything else, and counts nothing again.
"$top/scripts/dovecot-seed.sh" -r "$dv" bob e2e_retry \
    "$corpus/lhost-exim-04.eml" "$corpus/lhost-qmail-01.eml" \
    "$corpus/lhost-exim-03.eml"
sed -e "s|^path = .*|path = $work/retry.db|" \
    -e 's/^folders = .*/folders = e2e_retry/' \
    -e 's|^after = .*|after = move:bad//name|' "$work/conf" >"$work/retry.conf"
due() { sqlite3 "$work/retry.db" 'SELECT count(*) FROM mailbox_pending'; }
bounces() { sqlite3 "$work/retry.db" 'SELECT msg_key, recipient, category,
    uid FROM bounces ORDER BY 1, 2'; }
rc=0
"$bin" harvest --config "$work/retry.conf" 2>"$work/out" || rc=$?
[ $rc -eq 5 ] || die "refused move: exit $rc: $(cat "$work/out")"
grep -q "e2e_retry: moving messages" "$work/out" ||
    die "refused move: $(cat "$work/out")"
# What was committed before the failure is counted.
grep -q "FAILED after 0 folder(s).*; 3 new record(s) saved" "$work/out" ||
    die "refused move, summary: $(cat "$work/out")"
[ "$(count e2e_retry)" -eq 3 ] && [ "$(due)" -eq 3 ] ||
    die "refused move: $(count e2e_retry) messages, $(due) due, not 3, 3"
bounces >"$work/bounces1"
[ -s "$work/bounces1" ] || die "refused move: no bounce recorded"
"$top/scripts/dovecot-seed.sh" -r "$dv" bob e2e_hand
mv "$(ls -d "$MAIL_DIR"/bob/Maildir/.e2e_retry/new/* \
    "$MAIL_DIR"/bob/Maildir/.e2e_retry/cur/* 2>/dev/null | head -n 1)" \
    "$MAIL_DIR/bob/Maildir/.e2e_hand/cur/"
# "/" between levels becomes the server's separator (Dovecot's ".").
sed -i 's|^after = .*|after = move:e2e_retry/done|' "$work/retry.conf"
"$bin" harvest --config "$work/retry.conf" 2>"$work/out" ||
    die "move retried: exit $?: $(cat "$work/out")"
grep -q "bob/e2e_retry: moved 2 message(s) left by an earlier run, 1 no \
longer in the folder" "$work/out" || die "move retried: $(cat "$work/out")"
grep -q "bob: 1 folder(s), 0 candidates, 0 read, 0 bounces, 0 too large, \
2 flagged or moved" "$work/out" || die "move retried: $(cat "$work/out")"
[ "$(count e2e_retry)" -eq 0 ] && [ "$(count e2e_retry.done)" -eq 2 ] &&
    [ "$(count e2e_hand)" -eq 1 ] && [ "$(due)" -eq 0 ] ||
    die "move retried: $(count e2e_retry) left, $(count e2e_retry.done)" \
    "moved, $(count e2e_hand) by hand, $(due) due"
bounces >"$work/bounces2"
cmp -s "$work/bounces1" "$work/bounces2" ||
    die "move retried: the bounces changed"

# --list-folders: the server's folders in UTF-8, the one the move made
# and one Dovecot keeps in modified UTF-7; no mail read, nothing written.
"$top/scripts/dovecot-seed.sh" -r "$dv" bob "&V4NXPpCuTvY-"
sqlite3 "$work/retry.db" .dump >"$work/dump3"
"$bin" harvest --config "$work/retry.conf" --list-folders >"$work/folders" \
    2>"$work/out" || die "--list-folders: exit $?: $(cat "$work/out")"
grep -qx "bob: e2e_retry.done" "$work/folders" &&
    grep -qx "bob: 垃圾邮件" "$work/folders" &&
    grep -qx "bob: INBOX" "$work/folders" ||
    die "--list-folders: $(cat "$work/folders" "$work/out")"
sqlite3 "$work/retry.db" .dump >"$work/dump4"
cmp -s "$work/dump3" "$work/dump4" || die "--list-folders wrote"

# A second account with a wrong password: it fails, bob still runs.
cat >>"$work/conf" <<EOF

[account broken]
host = localhost
port = $IMAPS_PORT
ca_file = $CA_FILE
username = alice
password_env = BOB_PASSWORD
folders = INBOX
EOF
expect_exit 1 "$bin" harvest --config "$work/conf" 2>"$work/out"
grep -q "account 'broken'" "$work/out" || die "no error for 'broken'"
grep -q "harvest: bob: 1 folder(s)" "$work/out" || die "bob did not run"
grep -q "bob-secret" "$work/out" && die "password in the output"

# Only the failing account: every account failed.
expect_exit 5 "$bin" harvest --config "$work/conf" --account broken \
    2>/dev/null

# A configuration error is reported with its line, nothing connects.
printf '[account bad]\nhost = localhost\ntls = none\n' >"$work/bad.conf"
expect_exit 3 "$bin" harvest --config "$work/bad.conf" --db "$work/db" \
    2>"$work/out"
grep -q "bad.conf:3:" "$work/out" || die "no line: $(cat "$work/out")"

# The lock: a second run while one holds it gives up at once.
expect_exit 75 flock "$work/db.harvest.lock" sh -c \
    "'$bin' harvest --config '$work/conf' --account bob" 2>/dev/null
# search = client (header fields fetched, matched here) reads exactly
# what search = server (UID SEARCH) reads, over the corpus: same
# candidates, same reports.
"$top/scripts/dovecot-seed.sh" -r "$dv" bob e2e_search "$corpus"/*.eml \
    "$work/ordinary.eml"
for mode in server client; do
	sed -e 's/^folders = e2e$/folders = e2e_search/' \
	    -e 's/^after = .*/after = none/' "$work/conf" |
	    sed -n '1,/^\[account broken\]/p' | grep -v '^\[account broken' \
	    >"$work/$mode.conf"
	echo "search = $mode" >>"$work/$mode.conf"
	"$bin" harvest --config "$work/$mode.conf" --dry-run --verbose \
	    2>"$work/$mode.out" || die "search = $mode: exit $?"
	grep 'UID [0-9]*:' "$work/$mode.out" | sort >"$work/$mode.uids"
done
grep -q "bob: 1 folder(s), [1-9][0-9]* candidates" "$work/client.out" ||
    die "search = client: $(tail -1 "$work/client.out")"
# --verbose: a line per recipient, address and category, as information.
grep -q "^bob/e2e_search UID [0-9]*: userunknown@bouncehammer.jp invalid" \
    "$work/server.out" || die "--verbose: $(head -3 "$work/server.out")"
grep -q "^bounce-harvester: .* UID " "$work/server.out" &&
    die "--verbose lines look like errors"
[ "$(wc -l <"$work/server.uids")" -gt 250 ] ||
    die "search = server read $(wc -l <"$work/server.uids") reports"
cmp -s "$work/server.uids" "$work/client.uids" ||
    die "search = client differs: $(diff "$work/server.uids" \
    "$work/client.uids" | head -5)"
[ "$(tail -1 "$work/server.out")" = "$(tail -1 "$work/client.out")" ] ||
    die "summaries differ: $(tail -1 "$work/server.out") / \
    $(tail -1 "$work/client.out")"

# A connection dropped in the middle of a FETCH (the scripted server):
# one reconnect, the folder resumes from its cursor and completes.
python3 "$top/tests/unit/imap/fake_imap.py" mailbox "$work/fake.log" \
    >"$work/fake.port" 2>/dev/null &
fake=$!
wait_file "$work/fake.port" "the fake server did not start"
cat >"$work/fake.conf" <<EOF
[database]
path = $work/db

[account fake]
host = localhost
port = $(cat "$work/fake.port")
tls = none
allow_plaintext = true
username = alice
password_env = BOB_PASSWORD
auth = login
timeout = 5
EOF
rc=0
"$bin" harvest --config "$work/fake.conf" 2>"$work/out" || rc=$?
second=0
"$bin" harvest --config "$work/fake.conf" 2>"$work/out2" || second=$?
kill $fake
[ $rc -eq 0 ] || die "dropped connection: exit $rc: $(cat "$work/out")"
grep -q "reconnected" "$work/out" || die "no reconnect: $(cat "$work/out")"
grep -q "fake: 1 folder(s), 3 candidates, 3 read" "$work/out" ||
    die "after the reconnect: $(cat "$work/out")"
[ $second -eq 0 ] || die "after the drop: exit $second"
grep -q "fake: 1 folder(s), 0 candidates" "$work/out2" ||
    die "after the drop: $(cat "$work/out2")"
# The same drop while a Sent folder is read (its header-field FETCH cut
# in the middle): one reconnect, the Sent folder read again from its
# cursor, then the bounces; the next run reads neither again.
fake_imap_start mailbox-scan
sed -e "s|^port = .*|port = $port|" \
    -e "s|^path = .*|path = $work/scan.db|" "$work/fake.conf" \
    >"$work/scan.conf"
echo "sent_folders = INBOX" >>"$work/scan.conf"
rc=0
"$bin" harvest --config "$work/scan.conf" 2>"$work/out" || rc=$?
second=0
"$bin" harvest --config "$work/scan.conf" 2>"$work/out2" || second=$?
kill "$fpid"
[ $rc -eq 0 ] && grep -q "reconnected" "$work/out" &&
    grep -q "fake: sent mail: 1 folder(s), 3 message(s) read" "$work/out" &&
    grep -q "fake: 1 folder(s), 3 candidates, 3 read" "$work/out" ||
    die "drop in Sent: exit $rc: $(cat "$work/out" "$work/fake.log")"
[ $second -eq 0 ] &&
    grep -q "fake: sent mail: 1 folder(s), 0 message(s) read" \
    "$work/out2" && grep -q "fake: 1 folder(s), 0 candidates" "$work/out2" ||
    die "after the drop in Sent: exit $second: $(cat "$work/out2")"
# A bounce over max_message_size is skipped and recorded: counted in the
# summary, listed by `report`, one row in skipped_messages however often
# it is met (the cursor put back, the folder read again).
"$top/scripts/dovecot-seed.sh" -r "$dv" bob e2e_big "$corpus/lhost-exim-01.eml"
bob_conf "$work/big.db" e2e_big "max_message_size = 1024" >"$work/big.conf"
"$bin" harvest --config "$work/big.conf" --dry-run 2>"$work/out" ||
    die "too large, dry run: exit $?: $(cat "$work/out")"
grep -q "unreadable: too large" "$work/out" ||
    die "too large, dry run: $(cat "$work/out")"
[ "$(sqlite3 "$work/big.db" "SELECT count(*) FROM skipped_messages")" = 0 ] ||
    die "a dry run recorded a skipped message"
for run in 1 2; do
	"$bin" harvest --config "$work/big.conf" 2>"$work/out" ||
	    die "too large, run $run: exit $?: $(cat "$work/out")"
	grep -q "1 candidates, 1 read, 0 bounces, 1 too large" "$work/out" ||
	    die "too large, run $run: $(cat "$work/out")"
	sqlite3 "$work/big.db" "DELETE FROM mailbox_cursors"
done
q="SELECT count(*), kind, source, uid FROM skipped_messages"
[ "$(sqlite3 "$work/big.db" "$q")" = "1|too-large|bob/e2e_big|1" ] ||
    die "skipped_messages: $(sqlite3 "$work/big.db" "$q")"
"$bin" report --db "$work/big.db" --json >"$work/report.json"
grep -q '"skipped_messages":\[{"kind":"too-large","source":"bob/e2e_big",'\
'"count":1}\]' "$work/report.json" || die "report: $(cat "$work/report.json")"
"$bin" report --db "$work/big.db" >"$work/report.txt"
grep -q "1  too-large (bob/e2e_big)" "$work/report.txt" ||
    die "report: $(cat "$work/report.txt")"
finish
