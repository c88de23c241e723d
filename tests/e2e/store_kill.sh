#!/bin/sh
# Crash safety: ingest is killed with SIGKILL at 25 random points and rerun
# each time; then the database passes integrity_check, holds every bounce
# exactly once, and its statuses and history equal an uninterrupted run's.
set -eu
. "$(dirname "$0")/lib.sh"

KILLS=${BH_KILLS:-25}
# Enough bounces that a run lasts well beyond the polling below (about
# 15 ms a poll; 4,000 bounces took the threaded ingest 0.2 s).
# The mail they answer is known first, so that the bounces change
# statuses and history (strict evidence) and the comparison below has
# something to compare.
python3 "$HERE/gen_bounces.py" 16000 "$work/b.mbox" 7 800 1700000000 \
    "$work/sent.mbox"
for db in ref k; do
	"$BH" ingest -q --db "$work/$db.db" --sent "$work/sent.mbox"
done

"$BH" ingest -q --batch 40 --db "$work/ref.db" "$work/b.mbox"
total=$(sqlite3 "$work/ref.db" 'SELECT count(*) FROM bounces')
[ "$(sqlite3 "$work/ref.db" 'SELECT count(*) FROM status_history')" -gt \
    100 ] || die "the bounces changed no status: nothing to compare"

# Kill points chosen by progress, not by time (a loaded machine makes any
# timing meaningless): random bounce counts in increasing order; each run
# is killed once the database holds that many and the run itself has
# committed something (else a target already passed would kill every
# such run during its start, all at the same point), after a random
# extra moment so that the kill lands anywhere inside a batch.
# The last tenth is left out: a run killed there often ends first.
targets=$(awk -v n="$KILLS" -v t="$total" 'BEGIN { srand(42);
    for (i = 0; i < n; i++) printf "%d %.3f\n", 1 + rand() * t * 0.9,
    rand() * 0.02 }' | sort -n | tr ' ' ':')
kills=0
: >"$work/counts"
for tg in $targets; do
	want=${tg%%:*}
	extra=${tg#*:}
	start=$(sqlite3 "$work/k.db" 'SELECT count(*) FROM bounces' 2>/dev/null ||
	    echo 0)
	"$BH" ingest -q --batch 40 --db "$work/k.db" "$work/b.mbox" &
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		n=$(sqlite3 "$work/k.db" 'SELECT count(*) FROM bounces' \
		    2>/dev/null || echo 0)
		[ "${n:-0}" -ge "$want" ] && [ "${n:-0}" -gt "${start:-0}" ] &&
		    break
		sleep 0.005
	done
	sleep "$extra"
	if kill -KILL "$pid" 2>/dev/null; then
		kills=$((kills + 1))
	fi
	wait "$pid" 2>/dev/null || true
	sqlite3 "$work/k.db" 'SELECT count(*) FROM bounces' >>"$work/counts" \
	    2>/dev/null || true
done
[ "$kills" -ge $((KILLS * 4 / 5)) ] ||
    die "only $kills of $KILLS kills hit a running ingest"
"$BH" ingest -q --batch 40 --db "$work/k.db" "$work/b.mbox"

[ "$(sqlite3 "$work/k.db" 'PRAGMA integrity_check')" = ok ] ||
    die "integrity_check"
[ "$(sqlite3 "$work/k.db" 'PRAGMA foreign_key_check' | wc -l)" = 0 ] ||
    die "foreign_key_check"
# The kills landed at different points: several partial counts seen.
partial=$(awk -v t="$total" '$1 > 0 && $1 < t' "$work/counts" | sort -u | wc -l)
[ "$partial" -ge 5 ] || die "kills did not land mid-run ($partial points: \
    $(tr "\n" " " <"$work/counts"))"

q_bounces="SELECT msg_key, recipient, category, date FROM bounces ORDER BY 1, 2"
q_history="SELECT c.address, h.at, coalesce(h.old_status, '-'), h.new_status, \
    coalesce(h.reason, '-') FROM status_history h JOIN contacts c ON \
    c.id = h.contact_id ORDER BY 1, 2, 4"
for q in "$q_bounces" "$q_history"; do
	sqlite3 "$work/ref.db" "$q" >"$work/want"
	sqlite3 "$work/k.db" "$q" >"$work/got"
	cmp -s "$work/want" "$work/got" || { diff "$work/want" "$work/got" | head; \
	    die "differs from the uninterrupted run: $q"; }
done
statuses "$work/ref.db" >"$work/want"
statuses "$work/k.db" >"$work/got"
cmp -s "$work/want" "$work/got" || die "statuses differ"
ok "$kills kills, $partial partial states, $total bounces"
finish
