#!/bin/sh
# Marks as a person uses them: a mark taken back returns the computed
# status (history kept); marks in bulk from a file, all or nothing; an
# unknown address refused unless --create; a typo's correction and a
# replacement address accepted in one step; forget leaves no trace of the
# address in the database file or its write-ahead log.  The notices
# answer mail we sent (a mailing tool's log), so that they count under
# the default accept_unverified = 0.
set -eu
. "$(dirname "$0")/lib.sh"

DB=$work/m.db
printf 'Name,Email,Note\r\n' >"$work/c.csv"
printf 'Dead Ząbkowska,dead@example.org,x\r\n' >>"$work/c.csv"
printf 'Eve,eve@gmial.com,typo\r\n' >>"$work/c.csv"
printf 'Maria,m.rossi@importazioni.example.it,buyer\r\n' >>"$work/c.csv"
printf 'Ann,ann@example.com,"used to write to dead@example.org"\r\n' \
    >>"$work/c.csv"
printf 'Kiji,kijitora@example.net,on holiday\r\n' >>"$work/c.csv"
printf 'Bruno,b.verdi@importazioni.example.it,buyer\r\n' >>"$work/c.csv"
expect_exit 0 "$BH" import -q --db "$DB" "$work/c.csv"
dsn dead@example.org failed 5.1.1 "550 5.1.1 <dead@example.org>: User \
    unknown" "Mon, 1 Jan 2024 10:00:00 +0000" b1@mx.example.org \
    >"$work/dead.eml"
# What we sent: the bounce answers a mailing tool's log; the "I have
# left" reply and the auto-reply answer our own messages (In-Reply-To),
# the only way a reply counts.
printf 'email,date\ndead@example.org,2023-12-31\n' >"$work/sent.csv"
sent() {	# sent TO DATE MSGID: one message of ours, as an mbox entry
	cat <<MSG
From sales@exporter.example.com $(date -u -d "$2" '+%a %b %e %T %Y')
From: Sales <sales@exporter.example.com>
To: <$1>
Date: $2
Message-ID: <$3>
Subject: Offer

An offer.

MSG
}
{
	sent m.rossi@importazioni.example.it "Tue, 17 Nov 2026 10:00:00 +0000" \
	    offer-1@exporter.example.com
	sent kijitora@example.net "Thu, 28 Apr 2005 10:00:00 +0000" \
	    offer-2@exporter.example.com
} >"$work/sent.mbox"
sed '/^Message-ID:/a In-Reply-To: <offer-1@exporter.example.com>' \
    "$TOP/tests/fixtures/dsn/left-company.eml" >"$work/left.eml"
sed '/^Message-Id:/a In-Reply-To: <offer-2@exporter.example.com>' \
    "$TOP/tests/fixtures/dsn/autoreply.eml" >"$work/away.eml"
# The same words in Bruno's name, answering nothing of ours: anyone can
# write them, so they name no replacement.
sed 's/^From: .*/From: <b.verdi@importazioni.example.it>/' \
    "$TOP/tests/fixtures/dsn/left-company.eml" >"$work/forged.eml"
expect_exit 0 "$BH" ingest -q --db "$DB" --sent-log "$work/sent.csv" \
    --sent "$work/sent.mbox" "$work/dead.eml" "$work/left.eml" \
    "$work/away.eml" "$work/forged.eml"
[ "$(sqlite3 "$DB" "SELECT evidence FROM bounces WHERE recipient = \
    'm.rossi@importazioni.example.it'")" = verified ] ||
    fail "the reply answering our offer is not verified"
st() {
	sqlite3 "$DB" "SELECT status || ' ' || coalesce(reason, '-') \
	    FROM contacts WHERE address = '$1'"
}
[ "$(st dead@example.org)" = "invalid userunknown" ] ||
    die "setup: the bounce did not count: $(st dead@example.org)"

# A mark, then taken back: the bounce's verdict returns; both in history.
expect_exit 0 "$BH" mark --db "$DB" dead@example.org active \
    --note "confirmed" >/dev/null
[ "$(st dead@example.org)" = "active manual" ] || fail "mark"
"$BH" mark --db "$DB" --clear dead@example.org --note oops >"$work/out"
grep -q "dead@example.org: mark cleared" "$work/out" ||
    fail "clear: $(cat "$work/out")"
[ "$(st dead@example.org)" = "invalid userunknown" ] ||
    fail "clear did not return the computed status: $(st dead@example.org)"
[ "$(sqlite3 "$DB" "SELECT count(*) FROM status_history h JOIN contacts \
    c ON c.id = h.contact_id WHERE c.address = 'dead@example.org' AND \
    h.manual = 2")" = 2 ] || fail "the cleared mark left the history"
"$BH" mark --db "$DB" --clear dead@example.org >"$work/out"
grep -q "no mark to clear" "$work/out" || fail "second clear"

# An unknown address: refused, nothing created; --create adds it.
n0=$(sqlite3 "$DB" 'SELECT count(*) FROM contacts')
expect_exit 2 "$BH" mark --db "$DB" nobody@example.net invalid --note x \
    2>"$work/err"
grep -q "no contact 'nobody@example.net' (mark --create" "$work/err" ||
    fail "unknown: $(cat "$work/err")"
[ "$(sqlite3 "$DB" 'SELECT count(*) FROM contacts')" = "$n0" ] ||
    fail "mark created a contact"
expect_exit 0 "$BH" mark --db "$DB" --create nobody@example.net invalid \
    --note x >/dev/null
[ "$(st nobody@example.net)" = "invalid manual" ] || fail "--create"

# In bulk from a file: all, or (one unknown) none.
printf 'ann@example.com\n# a comment\n\nnobody@example.net\n' >"$work/list"
expect_exit 0 "$BH" mark --db "$DB" --from "$work/list" invalid \
    --note "bulk" >/dev/null
[ "$(st ann@example.com)" = "invalid manual" ] || fail "bulk ann"
[ "$(st nobody@example.net)" = "invalid manual" ] || fail "bulk nobody"
printf 'ann@example.com\nghost@example.net\n' >"$work/list2"
expect_exit 2 "$BH" mark --db "$DB" --from - active --note "bulk" \
    <"$work/list2" 2>/dev/null
[ "$(st ann@example.com)" = "invalid manual" ] || fail "bulk not all-or-none"
expect_exit 0 "$BH" mark --db "$DB" --clear ann@example.com \
    nobody@example.net >/dev/null
[ "$(st ann@example.com)" = "active -" ] || fail "bulk clear"

# status says what was suggested and how to take it; an auto-reply is
# listed apart from the bounces and marks no one.
"$BH" status --db "$DB" m.rossi@importazioni.example.it >"$work/s"
grep -q "^  who: Maria$" "$work/s" || fail "status who: $(cat "$work/s")"
grep -q "^  replacement: acquisti@importazioni.example.it (named by a reply \
of 2026-11-18; to take it: mark --accept m.rossi@importazioni.example.it)" \
    "$work/s" || fail "status replacement: $(cat "$work/s")"
"$BH" status --db "$DB" kijitora@example.net >"$work/s"
grep -q "^  other notices (auto-replies" "$work/s" || fail "notices apart"
grep -q "^  bounces:" "$work/s" && fail "an auto-reply listed as a bounce"
grep -q "^kijitora@example.net: active" "$work/s" || fail "auto-reply marked"
"$BH" status --db "$DB" --json m.rossi@importazioni.example.it |
    python3 -c 'import json, sys
r = json.load(sys.stdin)
assert r["replacement"] == "acquisti@importazioni.example.it", r' ||
    fail "status --json replacement"
"$BH" status --db "$DB" eve@gmial.com | grep -q \
    "did you mean: eve@gmail.com (to take it: mark --accept eve@gmial.com)" ||
    fail "status suggestion"

"$BH" status --db "$DB" b.verdi@importazioni.example.it >"$work/s"
grep -q "replacement" "$work/s" && fail "a forged reply offers a replacement"
expect_exit 2 "$BH" mark --db "$DB" --accept \
    b.verdi@importazioni.example.it 2>/dev/null
[ "$(st b.verdi@importazioni.example.it)" = "active -" ] ||
    fail "a forged reply changed a status"

# Accept a typo's correction: the new address takes the imported row.
"$BH" mark --db "$DB" --accept eve@gmial.com >"$work/out"
grep -q "eve@gmial.com: replaced by eve@gmail.com" "$work/out" ||
    fail "accept: $(cat "$work/out")"
[ "$(st eve@gmail.com)" = "active -" ] ||
    fail "accepted: $(st eve@gmail.com)"
[ "$(st eve@gmial.com)" = "invalid typo" ] ||
    fail "old: $(st eve@gmial.com)"
[ "$(sqlite3 "$DB" "SELECT columns FROM contacts WHERE address = \
    'eve@gmail.com'")" = "Eve,eve@gmail.com,typo" ] || fail "accepted row"
# ... and the replacement an "I have left" reply named.
"$BH" mark --db "$DB" --accept m.rossi@importazioni.example.it >"$work/out"
grep -q "replaced by acquisti@importazioni.example.it" "$work/out" ||
    fail "accept replacement: $(cat "$work/out")"
[ "$(st acquisti@importazioni.example.it)" = "active -" ] ||
    fail "replacement not active"
expect_exit 2 "$BH" mark --db "$DB" --accept ann@example.com 2>/dev/null
expect_exit 0 "$BH" export --db "$DB" -o "$work/e.csv"
grep -q '^eve@gmail.com,Eve,typo,active' "$work/e.csv" ||
    fail "export after accept: $(cat "$work/e.csv")"

# The pages' search index, as serve makes it when it starts: it holds
# the address's text in trigrams, and a deleted row's stay in the older
# index segments until they are merged.
port=$(python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
"$BH" serve --db "$DB" --listen "127.0.0.1:$port" >"$work/serve.out" 2>&1 &
spid=$!
at_exit 'kill "$spid" 2>/dev/null || :'
wait_file "$work/serve.out" "serve did not start"
grep -q "listening" "$work/serve.out" || die "serve: $(cat "$work/serve.out")"
kill "$spid"
wait "$spid" || :
[ "$(sqlite3 "$DB" "SELECT count(*) FROM contacts_search WHERE body LIKE \
    '%ząbkowska%'")" = 1 ] || die "the search index lacks the address"

# forget while another program holds the database open (a harvest, the
# pages): the write-ahead log then outlives each command, and must not
# keep what forget erased.  The holder runs no transaction of its own.
mkfifo "$work/hold"
sqlite3 "$DB" <"$work/hold" >"$work/hold.out" &
hpid=$!
at_exit 'kill "$hpid" 2>/dev/null || :'
exec 3>"$work/hold"
echo 'SELECT count(*) FROM contacts;' >&3
wait_file "$work/hold.out" "sqlite3 did not open the database"
expect_exit 0 "$BH" mark --db "$DB" dead@example.org full --note "held" \
    >/dev/null
grep -qai 'dead@example' "$DB-wal" ||
    die "the write-ahead log does not hold the address before forget"

# forget: nothing that names the address stays, in any case or form.
"$BH" forget --db "$DB" Dead@Example.org >"$work/out"
grep -q "forget: 1 address erased" "$work/out" ||
    fail "forget: $(cat "$work/out")"
[ -z "$(st dead@example.org)" ] || fail "contact left"
[ "$(sqlite3 "$DB" "SELECT columns FROM contacts WHERE address = \
    'ann@example.com'")" = 'Ann,ann@example.com,used to write to [erased]' ] ||
    fail "mention not blanked"
# The index keeps fragments of the text, trigrams of "dead ząbkowska,
# dead@example.org,x" (each stored without the start it shares with the
# term before, so only some are whole on disk): those that are, and
# that no other text here has.
for f in "$DB" "$DB-wal"; do
	for s in 'dead@example' 'ząb' 'ąbk' 'bko' 'ka,' 'a,d' 'g,x'; do
		if grep -qa "$s" "$f"; then
			fail "'$f' still holds '$s' of the address's text"
		fi
	done
done
exec 3>&-
wait "$hpid"
finish
