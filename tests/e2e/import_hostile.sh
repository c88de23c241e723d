#!/bin/sh
# Import refuses what no contact list should hold, naming the row: an
# address that is not UTF-8, one with an escape sequence or a line break
# (quoted local parts), a NUL byte (which would cut the field short), a
# field over 64 KiB; the other rows are imported.  /dev/zero, a line
# without end, stops with an error in bounded memory and time, and the
# database keeps what it had.
. "$(dirname "$0")/store_lib.sh"

printf 'Name,E-Mail\nA,bad\377x@example.com\nB,"""evil\033[2J""@example.com"\nC,"""two\nlines""@example.com"\nD,nul\000cut@example.com\nE,"%s@example.com"\nF,ok@example.com\n' \
    "$(head -c 70000 /dev/zero | tr '\0' x)" >"$T/bad.csv"
expect_rc 1 "$BH" import --db "$T/h.db" "$T/bad.csv" >"$T/out" 2>"$T/err"
for want in "bad.csv:2: malformed row skipped: the address is not valid UTF-8" \
    "bad.csv:3: malformed row skipped: the address holds a control character" \
    "bad.csv:4: malformed row skipped: the address holds a control character" \
    "bad.csv:6: malformed row skipped: NUL byte in a field" \
    "bad.csv:7: malformed row skipped: field longer than 64 KiB"; do
	grep -qF "$want" "$T/err" || fail "no '$want' in: $(cat -v "$T/err")"
done
grep -qF "6 rows, 1 new contacts" "$T/out" || fail "summary: $(cat "$T/out")"
[ "$(sqlite3 "$T/h.db" 'SELECT group_concat(address) FROM contacts')" = \
    ok@example.com ] || fail "contacts: $(sqlite3 "$T/h.db" \
    'SELECT address FROM contacts' | cat -v)"

# An endless line: an error naming it, within 64 MB and 20 s.
set +e
(ulimit -v 400000; exec timeout 20 /usr/bin/time -f "%M" -o "$T/rss" \
    "$BH" import --db "$T/h.db" /dev/zero) >/dev/null 2>"$T/err"
rc=$?
set -e
[ "$rc" -ne 0 ] && [ "$rc" -lt 124 ] ||
    fail "import /dev/zero exited $rc: $(cat "$T/err")"
grep -qF "/dev/zero:1: line longer than 1048576 bytes: not a CSV file" \
    "$T/err" || fail "import /dev/zero: $(cat "$T/err")"
[ "$(tail -n 1 "$T/rss")" -lt 65536 ] || fail "peak RSS $(cat "$T/rss") KB"
[ "$(sqlite3 "$T/h.db" 'SELECT count(*) FROM contacts')" = 1 ] ||
    fail "the database changed"
echo ok
