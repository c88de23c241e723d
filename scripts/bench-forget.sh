#!/bin/sh
# Benchmark of forget.  Not a test: it prints times, with forget on the
# same database without the pages' search index measured in the same run
# as the baseline.  With the index (made by serve), forget also merges the
# whole index, so that no deleted trigram stays in an older segment.
#   database: ROWS imported contacts (default 1000000)
#   timed, best of RUNS (default 3), each on a fresh copy of the database:
#   forget of one contact without the index, with it, and, right after
#   that one, a forget of an address that is not there (the index merged
#   and unchanged: nothing to merge); elapsed and CPU time (user +
#   system), and the CPU ratio to the baseline.
# Usage: scripts/bench-forget.sh [BUILD_DIR].  Needs python3.
# With BENCH_DIR (scripts/bench-common.sh) the databases built there are
# kept and reused by the next run.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-${BUILD_DIR:-$top/build}}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
. "$top/scripts/bench-common.sh"
T=$work
export HOME="$T" XDG_CONFIG_HOME="$T/.config"
cp "$build/bounce-harvester" "$T/bh"
BH=$T/bh

# serve once, on a free loopback port, to make the index; stopped by pid.
make_index() {
	port=$(python3 -c 'import socket; s = socket.socket(); \
s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	"$BH" serve --db "$1" --listen "127.0.0.1:$port" >"$T/serve.out" 2>&1 &
	spid=$!
	for i in $(seq 3000); do
		grep -q listening "$T/serve.out" && break
		sleep 0.1
	done
	kill "$spid"
	wait "$spid" || :
	grep -q listening "$T/serve.out" || die "serve did not start"
}

if [ ! -f "$T/idx.db" ]; then
	bench_contacts "$ROWS" "$T/c.csv"
	rm -f "$T/plain.db"
	"$BH" import -q --db "$T/plain.db" "$T/c.csv"
	cp "$T/plain.db" "$T/idx.db"
	make_index "$T/idx.db"
fi

# timed DB ADDRESS...: "elapsed cpu" of forget, one address at a time,
# the last one's.
timed() {
	python3 - "$BH" "$@" <<'PY'
import resource, subprocess, sys, time
bh, db, addrs = sys.argv[1], sys.argv[2], sys.argv[3:]
for a in addrs:
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run([bh, "forget", "--db", db, a], check=True,
                   stdout=subprocess.DEVNULL)
    t = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%.3f %.3f" % (t, r1.ru_utime + r1.ru_stime - r0.ru_utime -
                     r0.ru_stime))
PY
}

# best CASE DB ADDRESS...: the best of RUNS, each on a fresh copy.
best() {
	name=$1
	shift
	src=$1
	shift
	i=0
	while [ $i -lt "$RUNS" ]; do
		cp "$src" "$T/t.db"
		timed "$T/t.db" "$@"
		rm -f "$T/t.db" "$T/t.db-wal" "$T/t.db-shm"
		i=$((i + 1))
	done | sort -n -k2 | head -1 | sed "s/^/$name /"
}

echo "bench-forget: $ROWS contacts, best of $RUNS"
{
	best plain "$T/plain.db" user5@domain5.example
	best index "$T/idx.db" user5@domain5.example
	best again "$T/idx.db" user5@domain5.example nobody@example.invalid
} | awk '
	{ e[$1] = $2; c[$1] = $3 }
	END {
		printf "  %-34s %7.2f s elapsed %7.2f s CPU\n",
		    "forget, no search index (base)", e["plain"], c["plain"]
		printf "  %-34s %7.2f s elapsed %7.2f s CPU  %5.2fx\n",
		    "forget, search index", e["index"], c["index"],
		    c["index"] / c["plain"]
		printf "  %-34s %7.2f s elapsed %7.2f s CPU  %5.2fx\n",
		    "then one not there, nothing merged", e["again"],
		    c["again"], c["again"] / c["plain"]
	}'
