#!/bin/sh
# Benchmark of the contact database.  Not a test: it
# prints times and ratios against baselines measured in the same run:
#   import of ROWS contacts      vs  sqlite3 .import of the same CSV
#   export of ROWS contacts      vs  sqlite3 -csv selecting the same rows
#   XLSX export of ROWS contacts vs  our own CSV export (no target: the
#                                    workbook is zipped XML, for people)
#   ingest of BOUNCES bounces    vs  parse --json of the same mbox
# Each figure is the best of RUNS runs (default 3), so that other load on
# the machine disturbs it less.  Elapsed time is what the targets are
# about; CPU time (user + system, least over the runs, the process and its
# threads) is printed beside it: it moves less with other work on the
# machine, and it shows the whole work where ingest and import use two
# threads (with a second core free, elapsed time is below CPU time).
# Usage: scripts/bench-store.sh [BUILD_DIR]; ROWS, BOUNCES and RUNS in the
# environment (defaults 1000000, 100000, 3).  Needs python3 and sqlite3.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${BUILD_DIR:-$top/build}}
ROWS=${ROWS:-1000000}
BOUNCES=${BOUNCES:-100000}
RUNS=${RUNS:-3}
T=$(mktemp -d /tmp/bh-bench-store.XXXXXX)
trap 'rm -rf "$T"' EXIT
export HOME="$T" XDG_CONFIG_HOME="$T/.config"
# A copy, so that a rebuild during the run cannot change what is measured.
cp "$build/bounce-harvester" "$T/bh"
BH=$T/bh

now() {
	date +%s%N
}

# secs START: seconds since START, 3 decimals.
secs() {
	awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

# least A B: the smaller number, B empty counting as none.
least() {
	awk -v a="$1" -v b="$2" \
	    'BEGIN { if (b == "" || a + 0 < b + 0) print a; else print b }'
}

# best PREP CMD: "WALL CPU", the least wall time and the least CPU time
# of CMD over RUNS runs; PREP (a shell command, not timed) runs before
# each.
best() {
	b=""
	c=""
	for i in $(seq "$RUNS"); do
		sh -c "$1"
		t=$(now)
		/usr/bin/time -f '%U %S' -o "$T/cpu" sh -c "$2"
		s=$(secs "$t")
		b=$(least "$s" "$b")
		c=$(least "$(awk 'END { printf "%.3f", $1 + $2 }' "$T/cpu")" \
		    "$c")
	done
	echo "$b $c"
}

ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

# line LABEL "WALL CPU" "WALL CPU" TARGET: one row of the table.
line() {
	set -- "$1" $2 $3 "$4"
	printf '%-34s %8s %8s %6s %6s | %7s %7s %6s\n' "$1" "$2" "$4" \
	    "$(ratio "$2" "$4")" "$6" "$3" "$5" "$(ratio "$3" "$5")"
}

echo "generating $ROWS contacts and $BOUNCES bounces in $T ..."
python3 - "$T/contacts.csv" "$ROWS" <<'PY'
import sys
out, n = sys.argv[1], int(sys.argv[2])
cities = ["Paris", "Berlin", "Shanghai", "Lyon, FR", "New York"]
with open(out, "w", newline="") as f:
    f.write("id,first_name,last_name,email,company,phone,city\r\n")
    for k in range(n):
        city = cities[k % 5]
        if "," in city:
            city = '"' + city + '"'
        f.write("%d,First%d,Last%d,user%d@domain%d.example,Company %d,"
                "+33 1 %08d,%s\r\n" % (k, k, k, k, k % 97, k % 5000, k, city))
PY
# The bounces and the mail they answer: each is verified, and counts.
python3 "$top/tests/e2e/gen_bounces.py" "$BOUNCES" "$T/bounces.mbox" 1 "$ROWS" \
    1700000000 "$T/sent.mbox"

base_import=$(best "rm -f $T/base.db" \
    "sqlite3 $T/base.db '.mode csv' '.import $T/contacts.csv contacts'")
bh_import=$(best "rm -f $T/bh.db $T/bh.db-wal $T/bh.db-shm" \
    "$BH import -q --db $T/bh.db $T/contacts.csv")

q="SELECT address, columns, status, reason, last_bounce, suggestion FROM \
contacts WHERE status IN ('active', 'full', 'retry-later', 'suspect')"
base_export=$(best : "sqlite3 -csv $T/bh.db \"$q\" >$T/base.csv")
bh_export=$(best : "$BH export --db $T/bh.db -o $T/bh.csv")
bh_xlsx=$(best : "$BH export --db $T/bh.db -o $T/bh.xlsx")
/usr/bin/time -f '%M' -o "$T/rss" "$BH" export --db "$T/bh.db" \
    -o "$T/bh2.xlsx"

"$BH" ingest -q --db "$T/bh.db" --sent "$T/sent.mbox"
cp "$T/bh.db" "$T/imported.db"
base_ingest=$(best : "$BH parse --json $T/bounces.mbox >/dev/null")
bh_ingest=$(best "cp $T/imported.db $T/bh.db; rm -f $T/bh.db-wal \
    $T/bh.db-shm" "$BH ingest -q --db $T/bh.db $T/bounces.mbox")

printf '\n%-34s %8s %8s %6s %6s | %7s %7s %6s\n' "elapsed s / CPU s" ours \
    base ratio target "cpu" "base" ratio
line "import $ROWS rows (vs .import)" "$bh_import" "$base_import" 2.0
line "export $ROWS rows (vs -csv)" "$bh_export" "$base_export" 1.5
line "export XLSX (vs our CSV)" "$bh_xlsx" "$bh_export" -
line "ingest $BOUNCES bounces (vs parse)" "$bh_ingest" "$base_ingest" 1.5
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "XLSX export: $(du -m "$T/bh.xlsx" | cut -f1) MB, peak RSS \
$(($(cat "$T/rss") / 1024)) MB"
echo "contacts exported: $(($(wc -l <"$T/bh.csv") - 1)); database: \
$(du -m "$T/bh.db" | cut -f1) MB"
