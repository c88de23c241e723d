#!/bin/sh
# Benchmark for `doctor --recipients`: N distinct domains (default 10,000)
# checked against a private unbound on 127.0.0.1, with many queries in
# flight (the default) and then one by one (--inflight 1), in the same
# run; then BENCH_RELAY_N of them (default 1,000) through a relay that
# delays each answer BENCH_DELAY_MS (default 5).  Prints the times and the
# ratios; asserts nothing about time, only that both runs of a series
# reach the same verdicts.
#
#   scripts/bench-doctor.sh [N]        (BUILD_DIR: where the binary is)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${BUILD_DIR:-$top/build}/bounce-harvester
n=${1:-10000}
[ -x "$bin" ] || { echo "bench-doctor: build first ($bin)" >&2; exit 1; }
tmp=$(mktemp -d)
proxy=
trap '[ -z "$proxy" ] || kill "$proxy" 2>/dev/null
"$top/scripts/dns-test-server.sh" stop "$tmp/dns"; rm -rf "$tmp"' EXIT

# One domain in ten has no DNS at all, one a null MX, one only an A
# record; the rest have an MX.
i=0
while [ $i -lt "$n" ]; do
	echo "d$i.bench.test"
	i=$((i + 1))
done >"$tmp/domains"
awk '{
	k = NR % 10
	if (k == 0)
		next
	else if (k == 1)
		printf "local-data: \"%s. MX 0 .\"\n", $1
	else if (k == 2)
		printf "local-data: \"%s. A 192.0.2.26\"\n", $1
	else
		printf "local-data: \"%s. MX 10 mx.bench.test.\"\n", $1
}' "$tmp/domains" >"$tmp/zones.conf"
echo 'local-data: "ping.test. A 127.0.0.1"' >>"$tmp/zones.conf"
# The canary doctor asks first; 20% dead is this benchmark's mix, not an
# outage.
echo 'local-data: "canary.bench.test. MX 10 mx.bench.test."' \
    >>"$tmp/zones.conf"
printf '[doctor]\ncanaries = canary.bench.test\nmax_dead_percent = 100\n' \
    >"$tmp/bench.conf"
"$top/scripts/dns-test-server.sh" start "$tmp/dns" "$tmp/zones.conf" \
    "$top/tests/fixtures/doctor/zones.conf" >/dev/null
dns=127.0.0.1:$(cat "$tmp/dns/port")

py=/usr/bin/python3
[ -x "$py" ] || py=python3

now() { date +%s%N; }

run() {	# run OUTFILE EXTRA-OPTIONS...  ($dns, $domains: what to ask)
	out=$1
	shift
	t0=$(now)
	# exit 1: domains that cannot receive mail were found
	"$bin" doctor --recipients --config "$tmp/bench.conf" --dns "$dns" \
	    --domains "$domains" --json "$@" >"$out" || [ $? -eq 1 ]
	t1=$(now)
	echo $(((t1 - t0) / 1000000))
}

# $1: the server; prints "in-flight-ms serial-ms", checks they agree.
series() {
	dns=$1
	run "$tmp/warm.json" >/dev/null
	par=$(run "$tmp/parallel.json")
	seq=$(run "$tmp/serial.json" --inflight 1)
	if ! cmp -s "$tmp/parallel.json" "$tmp/serial.json"; then
		echo "bench-doctor: the two runs disagree" >&2
		exit 1
	fi
	echo "$par $seq"
}

report() {	# report TITLE PAR SEQ
	echo "  $1"
	echo "    in flight (default 200):   $2 ms"
	echo "    one by one (--inflight 1): $3 ms"
	awk -v p="$2" -v s="$3" 'BEGIN {
		if (p < 1) p = 1
		printf "    ratio one-by-one / in-flight: %.1fx\n", s / p
	}'
}

domains=$tmp/domains
dead=$(run "$tmp/first.json" >/dev/null; grep -o \
    '"cannot_receive":[0-9]*' "$tmp/first.json")
echo "bench-doctor: $n distinct domains, $dead (null MX or NXDOMAIN)"
set -- $(series "$dns")
report "unbound on loopback (answers in microseconds):" "$1" "$2"

# The same server behind a relay that holds each answer $delay ms, like a
# resolver on the local network; fewer domains, as the relay (Python) is
# slow.  Its own overhead makes this ratio a lower bound.
delay=${BENCH_DELAY_MS:-5}
rn=${BENCH_RELAY_N:-1000}
head -n "$rn" "$tmp/domains" >"$tmp/relay-domains"
domains=$tmp/relay-domains
"$py" "$top/scripts/dns-delay-proxy.py" "$tmp/proxy.port" \
    "$(cat "$tmp/dns/port")" "$delay" </dev/null >/dev/null 2>&1 &
proxy=$!
i=0
while [ ! -s "$tmp/proxy.port" ] && [ $i -lt 100 ]; do
	sleep 0.05
	i=$((i + 1))
done
set -- $(series "127.0.0.1:$(cat "$tmp/proxy.port")")
report "$rn of them through a relay adding $delay ms per answer:" "$1" "$2"

# The sender's checkup over the test bounces through the same relay: its
# queries in flight in rounds, against the same rounds one query at a
# time (--inflight 1); both must find the same.
sender() {	# sender OUTFILE EXTRA-OPTIONS...
	out=$1
	shift
	t0=$(now)
	"$bin" doctor --config "$tmp/bench.conf" --dns \
	    "127.0.0.1:$(cat "$tmp/proxy.port")" --dnsbl zen.spamhaus.org \
	    --dnsbl bl.test --dbl dbl.test --json "$@" \
	    "$top/tests/fixtures/doctor/bounces" >"$out" || [ $? -eq 1 ]
	t1=$(now)
	echo $(((t1 - t0) / 1000000))
}
par=$(sender "$tmp/sender-par.json")
seq=$(sender "$tmp/sender-seq.json" --inflight 1)
cmp -s "$tmp/sender-par.json" "$tmp/sender-seq.json" ||
    { echo "bench-doctor: the two sender runs disagree" >&2; exit 1; }
kill "$proxy"
wait "$proxy" 2>/dev/null || true
proxy=
report "sender checkup of the test bounces, same relay:" "$par" "$seq"
