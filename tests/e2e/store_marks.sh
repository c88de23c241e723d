#!/bin/sh
# Marks as a person uses them: a mark taken back returns the computed
# status (history kept); marks in bulk from a file, all or nothing; an
# unknown address refused unless --create; a typo's correction and a
# replacement address accepted in one step; forget leaves no trace of the
# address in the database file or its write-ahead log.
. "$(dirname "$0")/store_lib.sh"

printf 'Name,Email,Note\r\n' >"$T/c.csv"
printf 'Dead,dead@example.org,x\r\n' >>"$T/c.csv"
printf 'Eve,eve@gmial.com,typo\r\n' >>"$T/c.csv"
printf 'Maria,m.rossi@importazioni.example.it,buyer\r\n' >>"$T/c.csv"
printf 'Ann,ann@example.com,"used to write to dead@example.org"\r\n' >>"$T/c.csv"
printf 'Kiji,kijitora@example.net,on holiday\r\n' >>"$T/c.csv"
"$BH" import -q --db "$T/m.db" "$T/c.csv"
dsn dead@example.org failed 5.1.1 "550 5.1.1 <dead@example.org>: User \
    unknown" "Mon, 1 Jan 2024 10:00:00 +0000" b1@mx.example.org >"$T/dead.eml"
"$BH" ingest -q --db "$T/m.db" "$T/dead.eml" \
    "$HERE/../fixtures/dsn/left-company.eml" \
    "$HERE/../fixtures/dsn/autoreply.eml"
st() {
	sqlite3 "$T/m.db" "SELECT status || ' ' || coalesce(reason, '-') \
	    FROM contacts WHERE address = '$1'"
}
[ "$(st dead@example.org)" = "invalid userunknown" ] || fail "setup"

# A mark, then taken back: the bounce's verdict returns; both in history.
"$BH" mark --db "$T/m.db" dead@example.org active --note "confirmed" \
    >/dev/null
[ "$(st dead@example.org)" = "active manual" ] || fail "mark"
"$BH" mark --db "$T/m.db" --clear dead@example.org --note oops >"$T/out"
grep -q "dead@example.org: mark cleared" "$T/out" || fail "clear: $(cat "$T/out")"
[ "$(st dead@example.org)" = "invalid userunknown" ] ||
    fail "clear did not return the computed status: $(st dead@example.org)"
[ "$(sqlite3 "$T/m.db" "SELECT count(*) FROM status_history h JOIN contacts \
    c ON c.id = h.contact_id WHERE c.address = 'dead@example.org' AND \
    h.manual = 2")" = 2 ] || fail "the cleared mark left the history"
"$BH" mark --db "$T/m.db" --clear dead@example.org >"$T/out"
grep -q "no mark to clear" "$T/out" || fail "second clear"

# An unknown address: refused, nothing created; --create adds it.
n0=$(sqlite3 "$T/m.db" 'SELECT count(*) FROM contacts')
expect_rc 2 "$BH" mark --db "$T/m.db" nobody@example.net invalid --note x \
    2>"$T/err"
grep -q "no contact 'nobody@example.net' (mark --create" "$T/err" ||
    fail "unknown: $(cat "$T/err")"
[ "$(sqlite3 "$T/m.db" 'SELECT count(*) FROM contacts')" = "$n0" ] ||
    fail "mark created a contact"
"$BH" mark --db "$T/m.db" --create nobody@example.net invalid --note x \
    >/dev/null
[ "$(st nobody@example.net)" = "invalid manual" ] || fail "--create"

# In bulk from a file: all, or (one unknown) none.
printf 'ann@example.com\n# a comment\n\nnobody@example.net\n' >"$T/list"
"$BH" mark --db "$T/m.db" --from "$T/list" invalid --note "bulk" >/dev/null
[ "$(st ann@example.com)" = "invalid manual" ] || fail "bulk ann"
[ "$(st nobody@example.net)" = "invalid manual" ] || fail "bulk nobody"
printf 'ann@example.com\nghost@example.net\n' >"$T/list2"
expect_rc 2 "$BH" mark --db "$T/m.db" --from - active --note "bulk" \
    <"$T/list2" 2>/dev/null
[ "$(st ann@example.com)" = "invalid manual" ] || fail "bulk not all-or-none"
"$BH" mark --db "$T/m.db" --clear ann@example.com nobody@example.net \
    >/dev/null

# status says what was suggested and how to take it; an auto-reply is
# listed apart from the bounces.
"$BH" status --db "$T/m.db" m.rossi@importazioni.example.it >"$T/s"
grep -q "^  who: Maria$" "$T/s" || fail "status who: $(cat "$T/s")"
grep -q "^  replacement: acquisti@importazioni.example.it (named by a reply \
of 2026-11-18; to take it: mark --accept m.rossi@importazioni.example.it)" \
    "$T/s" || fail "status replacement: $(cat "$T/s")"
"$BH" status --db "$T/m.db" kijitora@example.net >"$T/s"
grep -q "^  other notices (auto-replies" "$T/s" || fail "notices apart"
grep -q "^  bounces:" "$T/s" && fail "an auto-reply listed as a bounce"
grep -q "^kijitora@example.net: active" "$T/s" || fail "auto-reply marked"
"$BH" status --db "$T/m.db" --json m.rossi@importazioni.example.it |
    python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["replacement"] == "acquisti@importazioni.example.it", r' ||
    fail "status --json replacement"
"$BH" status --db "$T/m.db" eve@gmial.com | grep -q \
    "did you mean: eve@gmail.com (to take it: mark --accept eve@gmial.com)" ||
    fail "status suggestion"

# Accept a typo's correction: the new address takes the imported row.
"$BH" mark --db "$T/m.db" --accept eve@gmial.com >"$T/out"
grep -q "eve@gmial.com: replaced by eve@gmail.com" "$T/out" ||
    fail "accept: $(cat "$T/out")"
[ "$(st eve@gmail.com)" = "active -" ] || fail "accepted: $(st eve@gmail.com)"
[ "$(st eve@gmial.com)" = "invalid typo" ] || fail "old: $(st eve@gmial.com)"
[ "$(sqlite3 "$T/m.db" "SELECT columns FROM contacts WHERE address = \
    'eve@gmail.com'")" = "Eve,eve@gmail.com,typo" ] || fail "accepted row"
# ... and the replacement an "I have left" reply named.
"$BH" mark --db "$T/m.db" --accept m.rossi@importazioni.example.it >"$T/out"
grep -q "replaced by acquisti@importazioni.example.it" "$T/out" ||
    fail "accept replacement: $(cat "$T/out")"
[ "$(st acquisti@importazioni.example.it)" = "active -" ] ||
    fail "replacement not active"
expect_rc 2 "$BH" mark --db "$T/m.db" --accept ann@example.com 2>/dev/null
"$BH" export --db "$T/m.db" -o "$T/e.csv"
grep -q '^eve@gmail.com,Eve,typo,active' "$T/e.csv" ||
    fail "export after accept: $(cat "$T/e.csv")"

# forget: nothing that names the address stays, in any case or form.
"$BH" forget --db "$T/m.db" Dead@Example.org >"$T/out"
grep -q "forget: 1 address erased" "$T/out" || fail "forget: $(cat "$T/out")"
[ -z "$(st dead@example.org)" ] || fail "contact left"
[ "$(sqlite3 "$T/m.db" "SELECT columns FROM contacts WHERE address = \
    'ann@example.com'")" = 'Ann,ann@example.com,used to write to [erased]' ] ||
    fail "mention not blanked"
for f in "$T/m.db" "$T/m.db-wal"; do
	[ -e "$f" ] || continue
	if grep -qai 'dead@example' "$f"; then
		fail "'$f' still holds the address"
	fi
done
echo ok
