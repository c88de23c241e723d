#!/bin/sh
# A full disk and a read-only database give a clear error, exit 4, and no
# half-written batch; a second writer waits, then says the database is
# busy.
. "$(dirname "$0")/store_lib.sh"

python3 "$HERE/gen_bounces.py" 3000 "$T/b.mbox" 3 1000
"$BH" ingest -q --db "$T/f.db" "$T/b.mbox" 2>/dev/null
[ "$(sqlite3 "$T/f.db" 'SELECT count(*) FROM bounces')" = 3000 ] ||
    fail "reference run"
rm -f "$T/f.db"

# Full disk: a file size limit makes the database unable to grow.
set +e
( trap '' XFSZ; ulimit -f 400; exec "$BH" ingest --batch 100 --db "$T/f.db" \
    "$T/b.mbox" ) 2>"$T/err"
rc=$?
set -e
[ "$rc" -eq 4 ] || fail "full disk: exit $rc, want 4: $(cat "$T/err")"
grep -q "cannot write (disk full" "$T/err" || fail "message: $(cat "$T/err")"
[ "$(sqlite3 "$T/f.db" 'PRAGMA integrity_check')" = ok ] || fail "integrity"
n=$(sqlite3 "$T/f.db" 'SELECT count(*) FROM bounces')
[ $((n % 100)) -eq 0 ] && [ "$n" -lt 3000 ] ||
    fail "$n bounces saved: not whole batches"
grep -q "$n new bounces were saved" "$T/err" || fail "saved count: $(cat "$T/err")"
# Room again: the rest goes in, nothing twice.
"$BH" ingest -q --db "$T/f.db" "$T/b.mbox"
[ "$(sqlite3 "$T/f.db" 'SELECT count(*) FROM bounces')" = 3000 ] ||
    fail "resume after full disk"

# Read-only database file (immutable, as root ignores file modes).
if chattr +i "$T/f.db" 2>/dev/null; then
	trap 'chattr -i "$T/f.db"; rm -rf "$T"' EXIT
	sum=$(md5sum <"$T/f.db")
	expect_rc 4 "$BH" ingest -q --db "$T/f.db" "$T/b.mbox" 2>"$T/err"
	grep -q "read-only\|readonly\|cannot" "$T/err" || fail "read-only: \
$(cat "$T/err")"
	[ "$(md5sum <"$T/f.db")" = "$sum" ] || fail "read-only file changed"
	chattr -i "$T/f.db"
fi

# Two writers: the second waits busy_timeout, then exits 4 with a message.
printf '[database]\nbusy_timeout = 300\n' >"$T/c.conf"
( sqlite3 "$T/f.db" "BEGIN IMMEDIATE; INSERT INTO runs (command, started) \
    VALUES ('lock', 0);" ".shell sleep 3" "ROLLBACK;" >/dev/null ) &
sleep 1
expect_rc 4 "$BH" ingest -q --config "$T/c.conf" --db "$T/f.db" \
    "$T/b.mbox" 2>"$T/err"
# The wait is measured: at least the timeout, not much more.
grep -q "is busy: another run holds it (waited 3[0-9][0-9] ms)" "$T/err" ||
    fail "busy: $(cat "$T/err")"
wait
echo ok
