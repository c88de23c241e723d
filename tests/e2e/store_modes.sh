#!/bin/sh
# File modes under umask 022: the database 0600 (its new folder 0700), and
# SQLite's -wal and -shm files, seen while an ingest runs, 0600 too (SQLite
# gives them the database's mode); an export written with -o and the
# harvest lock file 0600.
set -eu
. "$(dirname "$0")/lib.sh"
umask 022

# mode FILE: its permission bits in octal, e.g. 600.
mode() { stat -c %a "$1"; }

python3 "$HERE/gen_bounces.py" 2000 "$work/all.mbox" 5 600
db=$work/data/contacts.db
"$BH" ingest --db "$db" "$work/all.mbox" 2>"$work/err" &
pid=$!
wal="" shm=""
while [ -z "$wal" ] || [ -z "$shm" ]; do
	[ -n "$wal" ] || [ ! -e "$db-wal" ] || wal=$(mode "$db-wal")
	[ -n "$shm" ] || [ ! -e "$db-shm" ] || shm=$(mode "$db-shm")
	kill -0 "$pid" 2>/dev/null ||
	    die "ingest ended before its -wal and -shm were seen"
done
wait "$pid" || die "ingest exit $?: $(cat "$work/err")"
[ "$wal" = 600 ] || die "-wal file created $wal during the ingest"
[ "$shm" = 600 ] || die "-shm file created $shm during the ingest"
[ "$(mode "$db")" = 600 ] || die "database created $(mode "$db")"
[ "$(mode "$work/data")" = 700 ] ||
    die "database folder created $(mode "$work/data")"
for f in "$db-wal" "$db-shm"; do
	[ ! -e "$f" ] || [ "$(mode "$f")" = 600 ] ||
	    die "$f left $(mode "$f") after the ingest"
done

"$BH" export --db "$db" -o "$work/out.csv" || die "export exit $?"
[ -s "$work/out.csv" ] || die "empty export"
[ "$(mode "$work/out.csv")" = 600 ] || die "export created $(mode "$work/out.csv")"

# The harvest lock: taken before any account is tried (this one fails at
# once: its password variable is not set, nothing connects).
cat >"$work/h.conf" <<EOF
[database]
path = $db

[account a]
host = localhost
username = u
password_env = BH_E2E_UNSET_PASSWORD
EOF
expect_exit 5 "$BH" harvest --config "$work/h.conf" 2>/dev/null
[ "$(mode "$db.harvest.lock")" = 600 ] ||
    die "harvest lock created $(mode "$db.harvest.lock")"
ok "database, -wal, -shm, export, lock 0600"
finish
