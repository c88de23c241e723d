#!/bin/sh
# Speed benchmark for `parse`.  Builds an mbox of at
# least 50,000 messages by repeating the development corpus, then measures on
# one core (taskset -c 0), in the same run:
#   - bounce-harvester parse --json  (messages/s, peak RSS)
#   - a bare GMime parse of the same mbox (tests/bench/gmime_floor.c),
#     the floor: reading and MIME-parsing the bytes
#   - Sisimai 4.25 (Debian's libsisimai-perl) on a prefix of the same mbox
#     (BENCH_SISIMAI_MESSAGES, default 10000; 0 = the whole file), its rate
#     compared per message
# and prints the ratios.  Reports numbers only: it never fails on speed.
#
# Environment: BUILD_DIR (default build/), BH_CORPUS (default
# tests/corpus/dev/sisimai), BENCH_MESSAGES (default
# 50000), BENCH_SISIMAI_MESSAGES, BENCH_DIR (where the mbox goes; default
# a temporary directory, removed at the end).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
corpus=${BH_CORPUS:-$top/tests/corpus/dev/sisimai}
want=${BENCH_MESSAGES:-50000}
sis_n=${BENCH_SISIMAI_MESSAGES:-10000}
. "$top/scripts/bench-common.sh"
[ -d "$corpus/maildir" ] || die "no corpus at $corpus"
[ -x /usr/bin/time ] || die "needs GNU time (apt-get install time)"
BUILD_DIR=$build "$top/scripts/build.sh" >/dev/null
bh=$build/bounce-harvester
floor=$build/tests/bench/gmime_floor
[ -x "$floor" ] || die "$floor not built (BUILD_TESTING off?)"
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"

mbox=$work/bench.mbox
n=$(python3 "$top/tests/bench/make_mbox.py" "$corpus/maildir" "$mbox" "$want")
cat "$mbox" >/dev/null	# warm the page cache for every contender

# measure NAME COMMAND...: leaves elapsed seconds, user+sys seconds and
# peak RSS (KB) in $work/NAME.time, output in NAME.out and NAME.err.
measure() {
	_name=$1
	shift
	# shellcheck disable=SC2086
	/usr/bin/time -f '%e %U %S %M' -o "$work/$_name.time" $pin "$@" \
	    >"$work/$_name.out" 2>"$work/$_name.err" || true
	tail -n 1 "$work/$_name.time" |
	    grep -Eq '^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$' ||
	    die "$_name failed: $(tail -n 3 "$work/$_name.err")"
}
# field NAME N: the Nth number of NAME.time.
field() {
	tail -n 1 "$work/$1.time" | cut -d' ' -f"$2"
}

measure bh "$bh" parse --json "$mbox"
measure floor "$floor" "$mbox"
measure sisimai perl "$top/tests/bench/sisimai_count.pl" "$mbox" "$sis_n"

bh_lines=$(wc -l <"$work/bh.out")
bh_bad=$(grep -c unreadable "$work/bh.err" || true)
floor_n=$(cat "$work/floor.out")
sis_msgs=$(cut -d' ' -f1 "$work/sisimai.out")
sis_res=$(cut -d' ' -f2 "$work/sisimai.out")

awk -v n="$n" -v size="$(wc -c <"$mbox")" -v corpus="$corpus" \
    -v bh_e="$(field bh 1)" -v bh_c="$(field bh 2)" -v bh_s="$(field bh 3)" \
    -v bh_m="$(field bh 4)" -v bh_lines="$bh_lines" -v bh_bad="$bh_bad" \
    -v fl_e="$(field floor 1)" -v fl_m="$(field floor 4)" -v fl_n="$floor_n" \
    -v fl_c="$(field floor 2)" -v fl_s="$(field floor 3)" \
    -v si_c="$(field sisimai 2)" -v si_s="$(field sisimai 3)" \
    -v si_e="$(field sisimai 1)" -v si_m="$(field sisimai 4)" \
    -v si_n="$sis_msgs" -v si_res="$sis_res" -v pin="${pin:-no pinning}" '
function rate(m, t) { return t > 0 ? m / t : 0 }
BEGIN {
	# Parenthesised: a bare ">" after printf would redirect its output.
	printf "mbox: %d messages, %.0f MB, from %s " \
	    "(bsd dos not tmp, repeated); %s\n", n, size / 1048576, corpus, pin
	bh_r = rate(n, bh_e); fl_r = rate(fl_n, fl_e); si_r = rate(si_n, si_e)
	row = "%-34s %8.2f s %9.0f msg/s  peak RSS %6.1f MB  "
	printf row "(%d JSON lines, %d unreadable)\n",
	    "bounce-harvester parse --json", bh_e, bh_r, bh_m / 1024,
	    bh_lines, bh_bad
	printf row "(%d messages)\n",
	    "GMime floor (parse only)", fl_e, fl_r, fl_m / 1024, fl_n
	printf row "(%d messages, %d results)\n",
	    "Sisimai " (si_n < n ? "(first " si_n " messages)" : "(all)"),
	    si_e, si_r, si_m / 1024, si_n, si_res
	printf "ratio vs Sisimai: %.1fx faster (target >= 30x)\n",
	    (si_r > 0 ? bh_r / si_r : 0)
	printf "ratio vs GMime floor: %.2fx its time (target <= 2x)\n",
	    (bh_r > 0 ? fl_r / bh_r : 0)
	# CPU time (user + system) is what each contender itself spent:
	# less moved than elapsed time by other work on the machine.
	bh_cr = rate(n, bh_c + bh_s); fl_cr = rate(fl_n, fl_c + fl_s)
	si_cr = rate(si_n, si_c + si_s)
	printf "by CPU time: %.0f / %.0f / %.0f msg/s; %.1fx Sisimai, " \
	    "%.2fx the GMime floor\n", bh_cr, fl_cr, si_cr,
	    (si_cr > 0 ? bh_cr / si_cr : 0), (bh_cr > 0 ? fl_cr / bh_cr : 0)
	printf "peak RSS: %.1f MB (target <= 64 MB)\n", bh_m / 1024
	if (fl_n != n)
		printf "note: GMime split %d messages, the mbox has %d\n",
		    fl_n, n
}'

# Peak RSS for one message just under the default size limit (48 MiB), LF
# and CRLF line ends: a bounce returning a large attachment.  The message
# must be read (one JSON line) and peak RSS stay under the 64 MB target.
python3 - "$corpus/maildir/bsd/rfc3464-01.eml" "$work" <<'PY'
import base64, sys
src, work = sys.argv[1], sys.argv[2]
m = open(src, "rb").read().replace(b"\r\n", b"\n")
head = m[:m.index(b"\n\n") + 2]
bnd = b"bench-large-boundary"
size = 47 * 1024 * 1024
line = base64.b64encode(bytes(range(256)) * 3)[:76] + b"\n"
parts = [head.split(b"Content-Type:")[0],
         b"Content-Type: multipart/mixed; boundary=\"" + bnd + b"\"\n\n",
         b"--" + bnd + b"\nContent-Type: text/plain\n\n"
         b"550 5.1.1 <big@example.org>... User Unknown\n",
         b"--" + bnd + b"\nContent-Type: application/octet-stream\n"
         b"Content-Transfer-Encoding: base64\n\n"]
used = sum(len(p) for p in parts) + len(bnd) + 8
parts.append(line * ((size - used) // len(line)))
parts.append(b"--" + bnd + b"--\n")
lf = b"".join(parts)
open(work + "/large-lf.eml", "wb").write(lf)
open(work + "/large-crlf.eml", "wb").write(lf.replace(b"\n", b"\r\n")[:size])
PY
for kind in lf crlf; do
	measure "large-$kind" "$bh" parse --json "$work/large-$kind.eml"
	printf 'one %s message of %.1f MiB: %s s, peak RSS %.1f MB, %s\n' \
	    "$(echo "$kind" | tr a-z A-Z)" \
	    "$(awk -v s="$(wc -c <"$work/large-$kind.eml")" \
	    'BEGIN { print s / 1048576 }')" "$(field "large-$kind" 1)" \
	    "$(awk -v k="$(field "large-$kind" 4)" 'BEGIN { print k / 1024 }')" \
	    "$(if grep -q unreadable "$work/large-$kind.err"; then
		echo "UNREADABLE: $(cat "$work/large-$kind.err")"
	    else echo "read"; fi)"
done
