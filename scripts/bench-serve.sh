#!/bin/sh
# Benchmark of the review server.  Not a test: it prints times, with the
# server's floor (a constant reply, no database) and the sqlite3 shell
# counting contacts by status measured in the same run as baselines.
#   database: ROWS imported contacts (default 1000000) and BOUNCES bounces
#   (default 100000, dated over the last 60 days, so the chart has data)
#   timed: the overview, contacts pages (first, deep, filtered, searched,
#   newest change first), a contact, the attention list, JSON API pages;
#   each the first (cold) request and the best of RUNS (default 5)
#   and the server's CPU time per request (user + system from /proc, the
#   mean over the RUNS warm requests): on a shared machine elapsed time
#   waits for a core, CPU time does not
#   peak RSS of serve (VmHWM) after all requests
#   the time serve takes to start (its indexes made or brought up to date)
#   the overview while a download of every contact is being made, and
#   just after another process wrote (best elapsed, mean CPU of RUNS).
# With BASE=FILE (another bounce-harvester, e.g. built from the code
# before a change) the same is measured on it in the same run, on the same
# database, and each page's CPU time is printed as a ratio to it.
# Usage: scripts/bench-serve.sh [BUILD_DIR].  Needs python3, sqlite3, curl.
# With BENCH_DIR (scripts/bench-common.sh) the database built there is
# kept and reused by the next run; DB=FILE uses another one.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${BUILD_DIR:-$top/build}}
ROWS=${ROWS:-1000000}
BOUNCES=${BOUNCES:-100000}
RUNS=${RUNS:-5}
. "$top/scripts/bench-common.sh"
T=$work
pid=""
cleanup() {
	[ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
	[ -n "${BENCH_DIR:-}" ] || rm -rf "$T"
}
BASE=${BASE:-}
[ -z "$BASE" ] || cp "$BASE" "$T/bh-base"
trap cleanup EXIT
export HOME="$T" XDG_CONFIG_HOME="$T/.config"
cp "$build/bounce-harvester" "$T/bh"
BH=$T/bh
DB=${DB:-$T/b.db}

now() {
	date +%s%N
}

secs() {
	awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'
}

build_db() {
bench_contacts "$ROWS" "$T/c.csv"
python3 "$top/tests/e2e/gen_bounces.py" "$BOUNCES" "$T/b.mbox" 1 \
    $((ROWS / 4)) $(($(date +%s) - 60 * 86400)) "$T/sent.mbox"
t=$(now)
"$BH" import -q --db "$DB" "$T/c.csv"
echo "  import: $(secs "$t") s"
t=$(now)
"$BH" ingest -q --db "$DB" --sent "$T/sent.mbox" "$T/b.mbox"
echo "  ingest: $(secs "$t") s"
}

echo "bench-serve: $ROWS contacts, $BOUNCES bounces"
[ -f "$DB" ] || build_db
sqlite3 "$DB" "SELECT '  contacts: ' || count(*) FROM contacts; \
    SELECT '  bounces: ' || count(*) FROM bounces"

pages="/ /contacts /contacts?after=user7777777%40domain1.example
/contacts?status=full /contacts?status=complained
/contacts?domain=domain42.example /contacts?domain=nowhere.example
/contacts?q=Firma+4999 /contacts?q=nobody-matches-this
/contacts?q=M%C3%BCller+12345 /contacts?q=%E5%BC%A0%E4%BC%9F+4240
/contacts?q=Fi /contacts?sort=changed /contact?a=user12%40domain12.example
/attention /api/overview /api/contacts?status=invalid"

# start BH: serve from BH on a free port; $started: how long it took.
start() {
	port=$(python3 -c 'import socket; s = socket.socket(); \
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	t=$(now)
	"$1" serve --db "$DB" --listen "127.0.0.1:$port" 2>"$T/serve.log" &
	pid=$!
	for i in $(seq 1200); do
		curl -s -o /dev/null "http://127.0.0.1:$port/favicon.svg" &&
		    break
		sleep 0.05
	done
	base="http://127.0.0.1:$port"
	started=$(secs "$t")
}

stop() {
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	pid=""
}

# cpu: the server's user + system time so far, in clock ticks.
cpu() {
	awk '{ print $14 + $15 }' "/proc/$pid/stat"
}

# ms PATH: "FIRST BEST CPU" in milliseconds, the reply's status checked.
ms() {
	first=""
	best=""
	c0=""
	for i in $(seq $((RUNS + 1))); do
		[ "$i" = 2 ] && c0=$(cpu)
		out=$(curl -s -o "$T/page" -w '%{http_code} %{time_total}' \
		    "$base$1")
		[ "${out%% *}" = 200 ] || die "$1: HTTP $out"
		v=$(echo "${out#* }" | awk '{ printf "%.1f", $1 * 1000 }')
		[ -z "$first" ] && { first=$v; continue; }
		best=$(awk -v a="$v" -v b="$best" \
		    'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }')
	done
	echo "$first $best $(awk -v a="$c0" -v b="$(cpu)" -v n="$RUNS" \
	    -v hz="$(getconf CLK_TCK)" \
	    'BEGIN { printf "%.1f", (b - a) * 1000 / hz / n }')"
}

# during: ms of the overview asked while every contact is being
# downloaded (a server that answers one request at a time makes it wait).
during() {
	curl -s -o /dev/null "$base/download.csv" &
	dl=$!
	sleep 0.3
	out=$(curl -s -o /dev/null -w '%{time_total}' "$base/")
	wait "$dl"
	echo "$out" | awk '{ printf "%.1f", $1 * 1000 }'
}

# written: "BEST CPU" ms of the overview asked just after another
# process wrote (nothing a server keeps can answer it), RUNS times.
written() {
	best=""
	ticks=0
	for i in $(seq "$RUNS"); do
		sqlite3 "$DB" "CREATE TABLE IF NOT EXISTS bench_touch (n); \
		    INSERT INTO bench_touch VALUES ($i)"
		c1=$(cpu)
		v=$(curl -s -o /dev/null -w '%{time_total}' "$base/" |
		    awk '{ printf "%.1f", $1 * 1000 }')
		ticks=$((ticks + $(cpu) - c1))
		best=$(awk -v a="$v" -v b="$best" \
		    'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }')
	done
	echo "$best $(awk -v t="$ticks" -v n="$RUNS" \
	    -v hz="$(getconf CLK_TCK)" \
	    'BEGIN { printf "%.1f", t * 1000 / hz / n }')"
}

# measure BH LABEL: every page into $T/res.LABEL, one line each.
measure() {
	start "$1"
	: >"$T/res.$2"
	for p in $pages; do
		echo "$p $(ms "$p")" >>"$T/res.$2"
	done
	echo "start $started" >>"$T/res.$2"
	echo "during $(during)" >>"$T/res.$2"
	echo "written $(written)" >>"$T/res.$2"
	echo "rss $(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")" \
	    >>"$T/res.$2"
	stop
}

floor_and_shell() {
	start "$BH"
	floor=$(ms /favicon.svg)
	stop
	t=$(now)
	for i in $(seq "$RUNS"); do
		sqlite3 "$DB" "SELECT status, count(*) FROM contacts GROUP BY 1" \
		    >/dev/null
	done
	shell=$(awk -v a="$t" -v b="$(now)" -v n="$RUNS" \
	    'BEGIN { printf "%.1f", (b - a) / 1e6 / n }')
	floor=${floor#* }
	echo "  baseline: constant reply ${floor% *} ms; sqlite3 shell" \
	    "counting by status $shell ms (mean, with its start)"
}

# val LABEL KEY [FIELD]: a figure from a result file.
val() {
	awk -v k="$2" -v f="${3:-2}" '$1 == k { print $f }' "$T/res.$1"
}

floor_and_shell
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
measure "$BH" new
[ -z "$BASE" ] || measure "$T/bh-base" base
printf '  %-40s %8s %8s %7s %7s' page "first ms" "best ms" "CPU ms" \
    "x shell"
[ -z "$BASE" ] && echo || printf ' %9s %8s %7s\n' "base best" "base CPU" \
    "CPU x"
for p in $pages; do
	set -- $(val new "$p" 2) $(val new "$p" 3) $(val new "$p" 4)
	printf '  %-40s %8s %8s %7s %7s' "$p" "$1" "$2" "$3" \
	    "$(awk -v a="$2" -v b="$shell" 'BEGIN { printf "%.2f", a / b }')"
	[ -z "$BASE" ] && { echo; continue; }
	printf ' %9s %8s %7s\n' "$(val base "$p" 3)" "$(val base "$p" 4)" \
	    "$(awk -v a="$3" -v b="$(val base "$p" 4)" \
	    'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
done
for k in start during written written3 rss; do
	f=2
	case $k in
	start) what="serve's start (s)" ;;
	during) what="overview during a full download (ms)" ;;
	written) what="overview after a write, best (ms)" ;;
	written3) what="overview after a write, CPU (ms)"; k=written; f=3 ;;
	rss) what="serve peak RSS (kB)" ;;
	esac
	printf '  %-40s %8s' "$what" "$(val new $k $f)"
	[ -z "$BASE" ] && echo || printf '   base %8s\n' "$(val base $k $f)"
done
