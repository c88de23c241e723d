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
#   peak RSS of serve (VmHWM) after all requests.
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
python3 - "$ROWS" "$T/c.csv" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
names = ["张伟", "Jonas Müller", "Maria Souza", "Ana Lima", "李娜"]
with open(out, "w", encoding="utf-8") as f:
    f.write("email,name,company\n")
    for k in range(n):
        f.write("user%d@domain%d.example,%s %d,Firma %d\n" % (
            k, k % 97, names[k % len(names)], k, k % 5000))
PY
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

port=$(python3 -c 'import socket; s = socket.socket(); \
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BH" serve --db "$DB" --listen "127.0.0.1:$port" 2>"$T/serve.log" &
pid=$!
for i in $(seq 100); do
	curl -s -o /dev/null "http://127.0.0.1:$port/favicon.svg" && break
	sleep 0.1
done
base="http://127.0.0.1:$port"

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
	    'BEGIN { printf "%.0f", (b - a) * 1000 / hz / n }')"
}

floor=$(ms /favicon.svg)
t=$(now)
for i in $(seq "$RUNS"); do
	sqlite3 "$DB" "SELECT status, count(*) FROM contacts GROUP BY 1" \
	    >/dev/null
done
shell=$(awk -v a="$t" -v b="$(now)" -v n="$RUNS" \
    'BEGIN { printf "%.1f", (b - a) / 1e6 / n }')
floor=${floor#* }
echo "  baseline: constant reply ${floor% *} ms; sqlite3 shell counting" \
    "by status $shell ms (mean, with its start)"
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '  %-40s %8s %8s %7s %7s\n' page "first ms" "best ms" "CPU ms" \
    "x shell"
deep="after=user7777777%40domain1.example"
for p in / "/contacts" "/contacts?$deep" "/contacts?status=full" \
    "/contacts?status=complained" "/contacts?domain=domain42.example" \
    "/contacts?domain=nowhere.example" \
    "/contacts?q=Firma+4999" "/contacts?q=nobody-matches-this" \
    "/contacts?sort=changed" "/contact?a=user12%40domain12.example" \
    "/attention" "/api/overview" "/api/contacts?status=invalid"; do
	set -- $(ms "$p")
	printf '  %-40s %8s %8s %7s %7s\n' "$p" "$1" "$2" "$3" \
	    "$(awk -v a="$2" -v b="$shell" 'BEGIN { printf "%.2f", a / b }')"
done
echo "  serve peak RSS: $(awk '/VmHWM/ { print $2, $3 }' \
    "/proc/$pid/status")"
