#!/bin/sh
# File modes under umask 022: the database 0600 (its new folder 0700), and
# SQLite's -wal and -shm files, seen while an ingest runs, 0600 too (SQLite
# gives them the database's mode); an export written with -o and the
# harvest lock file 0600.
. "$(dirname "$0")/store_lib.sh"
umask 022

# mode FILE: its permission bits in octal, e.g. 600.
mode() { stat -c %a "$1"; }

python3 "$HERE/gen_bounces.py" 2000 "$T/all.mbox" 5 600
db=$T/data/contacts.db
"$BH" ingest --db "$db" "$T/all.mbox" 2>"$T/err" &
pid=$!
wal="" shm=""
while [ -z "$wal" ] || [ -z "$shm" ]; do
	[ -n "$wal" ] || [ ! -e "$db-wal" ] || wal=$(mode "$db-wal")
	[ -n "$shm" ] || [ ! -e "$db-shm" ] || shm=$(mode "$db-shm")
	kill -0 "$pid" 2>/dev/null ||
	    fail "ingest ended before its -wal and -shm were seen"
done
wait "$pid" || fail "ingest exit $?: $(cat "$T/err")"
[ "$wal" = 600 ] || fail "-wal file created $wal during the ingest"
[ "$shm" = 600 ] || fail "-shm file created $shm during the ingest"
[ "$(mode "$db")" = 600 ] || fail "database created $(mode "$db")"
[ "$(mode "$T/data")" = 700 ] ||
    fail "database folder created $(mode "$T/data")"
for f in "$db-wal" "$db-shm"; do
	[ ! -e "$f" ] || [ "$(mode "$f")" = 600 ] ||
	    fail "$f left $(mode "$f") after the ingest"
done

"$BH" export --db "$db" -o "$T/out.csv" || fail "export exit $?"
[ -s "$T/out.csv" ] || fail "empty export"
[ "$(mode "$T/out.csv")" = 600 ] || fail "export created $(mode "$T/out.csv")"

# The harvest lock: taken before any account is tried (this one fails at
# once: its password variable is not set, nothing connects).
cat >"$T/h.conf" <<EOF
[database]
path = $db

[account a]
host = localhost
username = u
password_env = BH_E2E_UNSET_PASSWORD
EOF
expect_rc 5 "$BH" harvest --config "$T/h.conf" 2>/dev/null
[ "$(mode "$db.harvest.lock")" = 600 ] ||
    fail "harvest lock created $(mode "$db.harvest.lock")"
echo "store modes: ok (database, -wal, -shm, export, lock 0600)"
