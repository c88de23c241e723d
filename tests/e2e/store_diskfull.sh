#!/bin/sh
# Disk full for real: the database lives on a 1 MB tmpfs, so writes fail
# with ENOSPC (store_faults.sh covers the file-size limit, EFBIG).  The
# run that fills the disk exits 4 with a clear message; what was committed
# before it is intact and unchanged; only whole batches were added; with
# room again the next run completes and equals a run that never failed.
# Needs root and mount(2): skipped (77) without them.
set -eu
. "$(dirname "$0")/lib.sh"

mkdir -p "$work/fs"
mount -t tmpfs -o size=1m,mode=0700 tmpfs "$work/fs" 2>/dev/null ||
    skip "cannot mount a tmpfs (needs root)"
at_exit 'umount "$work/fs" 2>/dev/null'

python3 "$HERE/gen_bounces.py" 300 "$work/a.mbox" 5 200 1700000000 \
    "$work/a-sent.mbox"
python3 "$HERE/gen_bounces.py" 3000 "$work/b.mbox" 3 1000 1700000000 \
    "$work/b-sent.mbox"
"$BH" ingest -q --db "$work/ref.db" "$work/a.mbox"
"$BH" ingest -q --db "$work/ref.db" "$work/b.mbox"
total=$(sqlite3 "$work/ref.db" 'SELECT count(*) FROM bounces')

db=$work/fs/f.db
"$BH" ingest -q --db "$db" "$work/a.mbox"
q_a="SELECT msg_key, recipient, category, date, file FROM bounces \
    WHERE file LIKE '%a.mbox' ORDER BY 1, 2"
sqlite3 "$db" "$q_a" >"$work/a.before"
na=$(wc -l <"$work/a.before")
[ "$na" -gt 0 ] || die "first run saved nothing"

expect_exit 4 "$BH" ingest --batch 100 --db "$db" "$work/b.mbox" \
    2>"$work/err"
grep -q "disk full" "$work/err" || die "message: $(cat "$work/err")"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || die "integrity"
sqlite3 "$db" "$q_a" >"$work/a.after"
cmp -s "$work/a.before" "$work/a.after" || die "committed rows changed"
nb=$(sqlite3 "$db" "SELECT count(*) FROM bounces WHERE file LIKE '%b.mbox'")
[ $((nb % 100)) -eq 0 ] && [ "$nb" -lt 3000 ] ||
    die "$nb bounces of the failed run saved: not whole batches"
grep -q "$nb new bounces were saved" "$work/err" ||
    die "saved count: $(cat "$work/err")"

# Room again: the rest goes in, nothing twice, same result as never full.
mount -o remount,size=64m "$work/fs"
"$BH" ingest -q --db "$db" "$work/b.mbox"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM bounces')" = "$total" ] ||
    die "resume after full disk"
q="SELECT msg_key, recipient, category, date FROM bounces ORDER BY 1, 2"
sqlite3 "$work/ref.db" "$q" >"$work/want"
sqlite3 "$db" "$q" >"$work/got"
cmp -s "$work/want" "$work/got" || die "bounces differ from an uninterrupted run"
# The mail they answer, known now (the full disk had no room for it):
# the statuses the bounces give then are the same.
for d in "$work/ref.db" "$db"; do
	"$BH" ingest -q --db "$d" --sent "$work/a-sent.mbox" \
	    --sent "$work/b-sent.mbox"
done
statuses "$work/ref.db" >"$work/want"
statuses "$db" >"$work/got"
grep -q ' invalid ' "$work/want" || die "the bounces changed no status"
cmp -s "$work/want" "$work/got" || die "statuses differ from an uninterrupted run"
finish
