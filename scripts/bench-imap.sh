#!/bin/sh
# IMAP harvest benchmark.  Not a test.
#
#   scripts/bench-imap.sh [MESSAGES]      (default 100000)
#
# Seeds a private Dovecot (scripts/dovecot-start.sh, 127.0.0.1 only) with
# MESSAGES messages, 2% of them real bounces from tests/corpus/dev (the
# LF copies, as a server stores them), the
# rest ordinary mail, and times, in the same run and with the same client
# (tests/bench/bench_imap.c: imap source -> dsn -> counting sink):
#   1. the first harvest as harvest does it (search = auto: 100,000 new
#      UIDs, so header fields fetched and matched here, on two
#      connections (scan_connections = 2), then the candidates read)
#   1b. the same on one connection (scan_connections = 1), from the same
#      Dovecot state (restored as for 2.)
#   2. the same first harvest with the server's UID SEARCH (search =
#      server), from the same Dovecot state: the index files as the warm-up
#      left them are put back first, so it finds nothing cached by 1.
#      BENCH_SERVER_FIRST=1 runs 2. before 1. (to see the order's effect).
#   3. a run with no new mail (cursor at the end)
#   4. the baseline: fetching every message (UID FETCH 1:* BODY.PEEK[])
# and prints messages/s, peak RSS, the load average before each and the
# ratios baseline / first harvest.
# Layout of the seeded folder (BENCH_LAYOUT):
#   delivered (default)  the files in cur/ under names like those Dovecot's
#                        delivery gives (<time>.M<usec>P<pid>.<host>,S=<size>,
#                        then :2,S): a mailbox that people read, its mail
#                        delivered by the server and seen by a client
#   raw                  the files in new/ as <time>.M<i>.bench: mail never
#                        opened read-write by any client; EXAMINE leaves it
#                        in new/, so Dovecot rescans new/ at every login,
#                        and these names collide in its maildir name hash
#                        (docs/benchmarks.md): the worst case
# Needs a build (scripts/build.sh; BUILD_DIR to use another).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
n=${1:-100000}
bench=$build/tests/unit/imap/bench_imap
corpus=$top/tests/corpus/dev/sisimai/maildir/bsd
[ -x "$bench" ] || { echo "bench-imap: build first ($bench)" >&2; exit 1; }
[ -d "$corpus" ] || { echo "bench-imap: no corpus at $corpus" >&2; exit 1; }

temp_name=bench
. "$top/scripts/dovecot-temp.sh"

t0=$(date +%s.%N)
layout=${BENCH_LAYOUT:-delivered}
case $layout in
delivered|raw) ;;
*) echo "bench-imap: BENCH_LAYOUT is delivered or raw" >&2; exit 2 ;;
esac
python3 - "$MAIL_DIR/alice/Maildir/.bench" "$n" "$corpus" "$layout" <<'EOF'
import os, random, sys
box, n, corpus, layout = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
for d in ("cur", "new", "tmp"):
    os.makedirs(os.path.join(box, d), exist_ok=True)
bounces = []
for root, _, files in os.walk(corpus):
    for f in sorted(files):
        with open(os.path.join(root, f), "rb") as fp:
            data = fp.read()
        # An mbox fragment's "From " line is not a header: drop it.
        if data.startswith(b"From "):
            data = data.split(b"\n", 1)[1]
        bounces.append(data)
rnd = random.Random(42)
words = ("order quote invoice delivery price meeting offer contract "
         "shipment product discount schedule call proposal").split()
every = 50  # 2% bounces
for i in range(n):
    if i % every == every - 1:
        data = bounces[(i // every) % len(bounces)]
    else:
        body = " ".join(rnd.choice(words) for _ in range(rnd.randint(300, 700)))
        data = ("From: Customer %d <c%d@customer%d.example>\n"
                "To: sales@example.com\n"
                "Subject: Re: %s %d\n"
                "Message-ID: <m%d@customer.example>\n"
                "Date: Mon, 2 Nov 2026 10:00:00 +0000\n\n%s\n" %
                (i, i, i % 97, rnd.choice(words), i, i, body)).encode()
    if layout == "raw":
        path = os.path.join(box, "new", "%d.M%d.bench" % (1700000000 + i, i))
    else:
        # Ten a second, as a busy server delivers; S= is the file's size.
        path = os.path.join(box, "cur", "%d.M%dP%d.bench,S=%d:2,S" % (
            1700000000 + i // 10, (i % 10) * 100000 + i % 997,
            4000 + i % 30000, len(data)))
    with open(path, "wb") as fp:
        fp.write(data)
EOF
chown -R "$(stat -c %u:%g "$MAIL_DIR/alice/Maildir")" \
    "$MAIL_DIR/alice/Maildir/.bench"
# The seeding's dirty pages (about 580 MB) go to disk now, not during
# whichever run comes first.
sync
t1=$(date +%s.%N)

export BH_BENCH_PORT=$IMAPS_PORT BH_BENCH_CA=$CA_FILE BH_BENCH_USER=alice
export BH_BENCH_PASSWORD=$ALICE_PASSWORD
# Dovecot indexes the folder on its first SELECT: done once, untimed, so
# that neither measured run pays for it.
tw0=$(date +%s.%N)
"$bench" warm bench >/dev/null
tw1=$(date +%s.%N)
# Dovecot's state after the warm-up (its index files; the messages are
# left alone), put back before 2. so that 1. and 2. start alike.
box=$MAIL_DIR/alice/Maildir/.bench
mkdir "$work/warm"
cp -p "$box"/dovecot* "$work/warm/"

val() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
load() { cut -d' ' -f1 /proc/loadavg; }
restore() {
	rm -f "$box"/dovecot*
	cp -p "$work/warm"/dovecot* "$box/"
}
if [ "${BENCH_SERVER_FIRST:-0}" = 1 ]; then
	l2=$(load)
	server=$("$bench" search-server bench)
	restore
	l1=$(load)
	first=$("$bench" search bench)
else
	l1=$(load)
	first=$("$bench" search bench)
	restore
	l2=$(load)
	server=$("$bench" search-server bench)
fi
restore
l5=$(load)
one=$("$bench" search-one bench)
l3=$(load)
again=$("$bench" search bench "$(val "$first" uidvalidity)" \
    "$(val "$first" high_uid)")
l4=$(load)
all=$("$bench" all bench)

calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
printf 'messages in folder: %s, layout %s (seeded in %s s, first SELECT %s s)\n' \
    "$n" "$layout" "$(calc "$t1 - $t0")" "$(calc "$tw1 - $tw0")"
printf 'first harvest (search = auto):   %s\n' "$first"
printf 'first harvest (search = server): %s\n' "$server"
printf 'first harvest (one connection):  %s\n' "$one"
printf 'no new mail:    %s\n' "$again"
printf 'fetch all:      %s\n' "$all"
printf 'load average (1 min) before each: %s, %s, %s, %s, %s%s\n' "$l1" \
    "$l2" "$l5" "$l3" "$l4" "$([ "${BENCH_SERVER_FIRST:-0}" = 1 ] &&
    echo ' (search = server ran first)')"
printf 'ratio fetch-all / first harvest: %sx (search = server: %sx, one connection: %sx)\n' \
    "$(calc "$(val "$all" seconds) / $(val "$first" seconds)")" \
    "$(calc "$(val "$all" seconds) / $(val "$server" seconds)")" \
    "$(calc "$(val "$all" seconds) / $(val "$one" seconds)")"
