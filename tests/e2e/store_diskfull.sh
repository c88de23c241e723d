#!/bin/sh
# Disk full for real: the database lives on a 1 MB tmpfs, so writes fail
# with ENOSPC (store_faults.sh covers the file-size limit, EFBIG).  The
# run that fills the disk exits 4 with a clear message; what was committed
# before it is intact and unchanged; only whole batches were added; with
# room again the next run completes and equals a run that never failed.
# Needs root and mount(2): skipped (77) without them.
. "$(dirname "$0")/store_lib.sh"

mkdir -p "$T/fs"
mount -t tmpfs -o size=1m,mode=0700 tmpfs "$T/fs" 2>/dev/null || {
	echo "skipped: cannot mount a tmpfs (needs root)"
	exit 77
}
trap 'umount "$T/fs" 2>/dev/null; rm -rf "$T"' EXIT

python3 "$HERE/gen_bounces.py" 300 "$T/a.mbox" 5 200
python3 "$HERE/gen_bounces.py" 3000 "$T/b.mbox" 3 1000
"$BH" ingest -q --db "$T/ref.db" "$T/a.mbox"
"$BH" ingest -q --db "$T/ref.db" "$T/b.mbox"
total=$(sqlite3 "$T/ref.db" 'SELECT count(*) FROM bounces')

db=$T/fs/f.db
"$BH" ingest -q --db "$db" "$T/a.mbox"
q_a="SELECT msg_key, recipient, category, date, file FROM bounces \
    WHERE file LIKE '%a.mbox' ORDER BY 1, 2"
sqlite3 "$db" "$q_a" >"$T/a.before"
na=$(wc -l <"$T/a.before")
[ "$na" -gt 0 ] || fail "first run saved nothing"

set +e
"$BH" ingest --batch 100 --db "$db" "$T/b.mbox" 2>"$T/err"
rc=$?
set -e
[ "$rc" -eq 4 ] || fail "full disk: exit $rc, want 4: $(cat "$T/err")"
grep -q "disk full" "$T/err" || fail "message: $(cat "$T/err")"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "integrity"
sqlite3 "$db" "$q_a" >"$T/a.after"
cmp -s "$T/a.before" "$T/a.after" || fail "committed rows changed"
nb=$(sqlite3 "$db" "SELECT count(*) FROM bounces WHERE file LIKE '%b.mbox'")
[ $((nb % 100)) -eq 0 ] && [ "$nb" -lt 3000 ] ||
    fail "$nb bounces of the failed run saved: not whole batches"
grep -q "$nb new bounces were saved" "$T/err" ||
    fail "saved count: $(cat "$T/err")"

# Room again: the rest goes in, nothing twice, same result as never full.
mount -o remount,size=64m "$T/fs"
"$BH" ingest -q --db "$db" "$T/b.mbox"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM bounces')" = "$total" ] ||
    fail "resume after full disk"
q="SELECT msg_key, recipient, category, date FROM bounces ORDER BY 1, 2"
sqlite3 "$T/ref.db" "$q" >"$T/want"
sqlite3 "$db" "$q" >"$T/got"
cmp -s "$T/want" "$T/got" || fail "bounces differ from an uninterrupted run"
statuses "$T/ref.db" >"$T/want"
statuses "$db" >"$T/got"
cmp -s "$T/want" "$T/got" || fail "statuses differ from an uninterrupted run"
echo ok
