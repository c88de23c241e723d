#!/bin/sh
# Fault drill: `harvest` killed with SIGKILL at 20 or more points against
# the private Dovecot of the ctest fixture, rerun each time.  Afterwards
# the database passes integrity_check, holds each bounce once, equals the
# database of an uninterrupted harvest of an identical folder, and no
# message on the server is lost or moved twice.  Kill points follow the
# progress seen in the database, never the clock.
#
#   harvest_kill.sh BINARY DOVECOT_DIR CORPUS_BSD_DIR
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH dv=$2 corpus=$3 top=$TOP
. "$dv/env"
export BOB_PASSWORD
KILLS=${BH_KILLS:-26}

count() { ls "$MAIL_DIR/bob/Maildir/.$1/cur" "$MAIL_DIR/bob/Maildir/.$1/new" \
    2>/dev/null | grep -c '^[0-9]' || true; }
nbounces() { sqlite3 "$1" 'SELECT count(*) FROM bounces' 2>/dev/null ||
    echo 0; }

# The same 150 real bounces in two folders: one harvested in one go, the
# other under fire.
files=$(ls "$corpus"/lhost-*.eml | head -n 150)
# shellcheck disable=SC2086
"$top/scripts/dovecot-seed.sh" -r "$dv" bob hkref $files >/dev/null
# shellcheck disable=SC2086
"$top/scripts/dovecot-seed.sh" -r "$dv" bob hkill $files >/dev/null
seeded=$(count hkill)
# What was sent, which they answer: the bounces count (and move) whatever
# accept_unverified says.
# shellcheck disable=SC2086
python3 "$top/scripts/sent-for.py" "$bin" "$work/sent" $files >/dev/null
"$top/scripts/dovecot-seed.sh" -r "$dv" bob hk_sent "$work"/sent/*.eml \
    >/dev/null

conf() {
	cat <<EOC
[database]
path = $1

$(dovecot_account bob)
folders = $2
after = move:$2_done
batch = 5
sent_folders = hk_sent
EOC
}
conf "$work/ref.db" hkref >"$work/ref.conf"
conf "$work/k.db" hkill >"$work/k.conf"

"$bin" harvest -q --config "$work/ref.conf" || die "reference run exit $?"
total=$(nbounces "$work/ref.db")
[ "$total" -gt 20 ] || die "reference harvest found only $total bounces"

targets=$(awk -v n="$KILLS" -v t="$total" 'BEGIN { srand(7);
    for (i = 0; i < n; i++) printf "%d:%.3f\n", 1 + rand() * (t - 2),
    rand() * 0.01 }' | sort -n)
kills=0
: >"$work/counts"
for tg in $targets; do
	want=${tg%%:*}
	"$bin" harvest -q --config "$work/k.conf" 2>/dev/null &
	pid=$!
	while kill -0 "$pid" 2>/dev/null; do
		[ "$(nbounces "$work/k.db")" -ge "$want" ] && break
		sleep 0.005
	done
	sleep "${tg#*:}"
	kill -KILL "$pid" 2>/dev/null && kills=$((kills + 1))
	wait "$pid" 2>/dev/null || true
	nbounces "$work/k.db" >>"$work/counts"
	# A killed run leaves its lock behind only as a stale file: the next
	# run must take it over by itself.
done
[ "$kills" -ge 20 ] ||
    die "only $kills of $KILLS kills hit a running harvest"
"$bin" harvest -q --config "$work/k.conf" || die "final run exit $?"

[ "$(sqlite3 "$work/k.db" 'PRAGMA integrity_check')" = ok ] ||
    die "integrity_check"
partial=$(awk -v t="$total" '$1 > 0 && $1 < t' "$work/counts" | sort -u |
    wc -l)
[ "$partial" -ge 5 ] || die "kills did not land mid-run ($partial points)"
q="SELECT msg_key, recipient, category FROM bounces ORDER BY 1, 2"
sqlite3 "$work/ref.db" "$q" >"$work/want"
sqlite3 "$work/k.db" "$q" >"$work/got"
cmp -s "$work/want" "$work/got" || { diff "$work/want" "$work/got" | head;
    die "bounces differ from the uninterrupted harvest"; }
dups=$(sqlite3 "$work/k.db" 'SELECT count(*) FROM (SELECT msg_key,
    recipient FROM bounces GROUP BY 1, 2 HAVING count(*) > 1)')
[ "$dups" -eq 0 ] || die "$dups bounces counted twice"
q="SELECT message_id, recipient, date FROM sent_messages ORDER BY 1, 2, 3"
sqlite3 "$work/ref.db" "$q" >"$work/want"
sqlite3 "$work/k.db" "$q" >"$work/got"
[ -s "$work/want" ] && cmp -s "$work/want" "$work/got" ||
    die "sent mail differs from the uninterrupted harvest's"
# Nothing lost or doubled on the server, and the same messages moved.
[ "$(count hkref_done)" -gt 0 ] || die "the uninterrupted run moved nothing"
[ $(($(count hkill) + $(count hkill_done))) -eq "$seeded" ] ||
    die "server holds $(count hkill) + $(count hkill_done), not $seeded"
[ "$(count hkill_done)" -eq "$(count hkref_done)" ] ||
    die "moved $(count hkill_done), uninterrupted run moved $(count hkref_done)"
ok "$kills kills, $partial partial states, $total bounces," \
    "$(count hkill_done) of $seeded messages moved"
finish
