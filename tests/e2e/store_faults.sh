#!/bin/sh
# A full disk and a read-only database give a clear error, exit 4, and no
# half-written batch; a second writer waits, then says the database is
# busy.
set -eu
. "$(dirname "$0")/lib.sh"

python3 "$HERE/gen_bounces.py" 3000 "$work/b.mbox" 3 1000
"$BH" ingest -q --db "$work/f.db" "$work/b.mbox" 2>/dev/null
[ "$(sqlite3 "$work/f.db" 'SELECT count(*) FROM bounces')" = 3000 ] ||
    die "reference run"
rm -f "$work/f.db"

# Full disk: a file size limit makes the database unable to grow.
set +e
( trap '' XFSZ; ulimit -f 400; exec "$BH" ingest --batch 100 --db "$work/f.db" \
    "$work/b.mbox" ) 2>"$work/err"
rc=$?
set -e
[ "$rc" -eq 4 ] || die "full disk: exit $rc, want 4: $(cat "$work/err")"
grep -q "cannot write (disk full" "$work/err" || die "message: $(cat "$work/err")"
[ "$(sqlite3 "$work/f.db" 'PRAGMA integrity_check')" = ok ] || die "integrity"
n=$(sqlite3 "$work/f.db" 'SELECT count(*) FROM bounces')
[ $((n % 100)) -eq 0 ] && [ "$n" -lt 3000 ] ||
    die "$n bounces saved: not whole batches"
grep -q "$n new bounces were saved" "$work/err" || die "saved count: $(cat "$work/err")"
# Room again: the rest goes in, nothing twice.
"$BH" ingest -q --db "$work/f.db" "$work/b.mbox"
[ "$(sqlite3 "$work/f.db" 'SELECT count(*) FROM bounces')" = 3000 ] ||
    die "resume after full disk"

# Read-only database file (immutable, as root ignores file modes).
if chattr +i "$work/f.db" 2>/dev/null; then
	at_exit 'chattr -i "$work/f.db"'
	sum=$(md5sum <"$work/f.db")
	expect_exit 4 "$BH" ingest -q --db "$work/f.db" "$work/b.mbox" 2>"$work/err"
	grep -q "read-only\|readonly\|cannot" "$work/err" || die "read-only: \
$(cat "$work/err")"
	[ "$(md5sum <"$work/f.db")" = "$sum" ] || die "read-only file changed"
	chattr -i "$work/f.db"
fi

# Two writers: the second waits busy_timeout, then exits 4 with a message.
# The first holds its lock from the moment it says so until the second
# has exited (at most 30 s), whatever the machine's load.
printf '[database]\nbusy_timeout = 300\n' >"$work/c.conf"
( sqlite3 "$work/f.db" "BEGIN IMMEDIATE; INSERT INTO runs (command, started) \
    VALUES ('lock', 0);" ".shell touch '$work/locked'" \
    ".shell i=0; while [ ! -e '$work/done' ] && [ \$i -lt 300 ]; do sleep 0.1; i=\$((i+1)); done" \
    "ROLLBACK;" >/dev/null ) &
i=0
while [ ! -e "$work/locked" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
[ -e "$work/locked" ] || die "the first writer never took its lock"
expect_exit 4 "$BH" ingest -q --config "$work/c.conf" --db "$work/f.db" \
    "$work/b.mbox" 2>"$work/err"
touch "$work/done"
# The wait is measured: at least the timeout, and less than the other
# writer could have held the lock.
ms=$(sed -n 's/.*is busy: another run holds it (waited \([0-9]*\) ms).*/\1/p' \
    "$work/err")
[ -n "$ms" ] && [ "$ms" -ge 300 ] && [ "$ms" -lt 30000 ] ||
    die "busy: $(cat "$work/err")"
wait
finish
