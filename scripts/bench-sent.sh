#!/bin/sh
# Sent folder benchmark.  Not a test.
#
#   scripts/bench-sent.sh [MESSAGES]      (default 20000)
#
# Seeds the Sent folder (marked \Sent) of a private Dovecot
# (scripts/dovecot-start.sh, 127.0.0.1 only) with MESSAGES sent messages,
# one to three recipients each, a body of a few KB, as a mail client files
# them (cur/, seen), and an empty inbox; then times, in the same run:
#   1. the first `harvest` (every message's Message-ID, To, Cc, Bcc and
#      Date fetched, recorded in sent_messages)
#   2. the second `harvest` (nothing new: STATUS alone)
#   3. the baseline: the same header fields fetched by Python's imaplib
#      in one `UID FETCH 1:* (BODY.PEEK[HEADER.FIELDS (...)])` (the
#      server's and the transport's floor; nothing parsed, nothing kept)
#   4. `ingest --sent` of the same maildir from its files (no IMAP: the
#      parsing and database floor)
# and prints seconds, the client's instructions (valgrind's callgrind, in
# runs of their own), and the ratios first harvest / baseline and /
# ingest.
# 1. runs twice: on the folder as seeded (Dovecot indexes it and caches
# the fields as it answers), then from an empty database once more.
# Needs a build (scripts/build.sh; BUILD_DIR to use another).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${BUILD_DIR:-$top/build}/bounce-harvester
n=${1:-20000}
[ -x "$bin" ] || { echo "bench-sent: build first ($bin)" >&2; exit 1; }

temp_name=bench-sent
. "$top/scripts/dovecot-temp.sh"

box=$MAIL_DIR/alice/Maildir/.Sent
python3 - "$box" "$n" <<'EOF'
import os, random, sys
box, n = sys.argv[1], int(sys.argv[2])
for d in ("cur", "new", "tmp"):
    os.makedirs(os.path.join(box, d), exist_ok=True)
rnd = random.Random(7)
words = ("Angebot Preis Lieferung Rechnung offer quote price delivery "
         "invoice 报价 价格 交货 proposta preço entrega").split()
for i in range(n):
    to = ", ".join("Kunde %d <k%d@customer%d.example>" % (j, j, j % 211)
                   for j in range(i, i + rnd.randint(1, 3)))
    body = " ".join(rnd.choice(words) for _ in range(rnd.randint(200, 600)))
    data = ("From: Vertrieb <sales@example.com>\n"
            "To: %s\n"
            "Subject: Angebot %d\n"
            "Date: Mon, 30 Nov 2026 %02d:%02d:00 +0000\n"
            "Message-ID: <offer-%d@example.com>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n%s\n" %
            (to, i, (i // 60) % 24, i % 60, i, body)).encode()
    path = os.path.join(box, "cur", "%d.M%dP%d.bench,S=%d:2,S" % (
        1700000000 + i // 10, (i % 10) * 100000 + i % 997, 4000 + i % 30000,
        len(data)))
    with open(path, "wb") as fp:
        fp.write(data)
EOF
mkdir -p "$MAIL_DIR/alice/Maildir/.empty/cur" \
    "$MAIL_DIR/alice/Maildir/.empty/new" "$MAIL_DIR/alice/Maildir/.empty/tmp"
chown -R "$(stat -c %u:%g "$MAIL_DIR/alice/Maildir")" \
    "$MAIL_DIR/alice/Maildir"
sync

cat >"$work/conf" <<EOF
[database]
path = $work/bench.db

[account bench]
host = localhost
port = $IMAPS_PORT
ca_file = $CA_FILE
username = alice
password_env = ALICE_PASSWORD
auth = login
folders = empty
EOF
export ALICE_PASSWORD

fetch_py() {
	python3 - "$IMAPS_PORT" "$CA_FILE" "$ALICE_PASSWORD" <<'EOF'
import imaplib, ssl, sys
ctx = ssl.create_default_context(cafile=sys.argv[2])
c = imaplib.IMAP4_SSL("localhost", int(sys.argv[1]), ssl_context=ctx)
c.login("alice", sys.argv[3])
c.select("Sent", readonly=True)
typ, data = c.uid("FETCH", "1:*",
                  "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID TO CC BCC DATE)])")
print(sum(1 for d in data if isinstance(d, tuple)))
c.logout()
EOF
}

# timed NAME CMD...: seconds into $secs.
timed() {
	_n=$1
	shift
	t0=$(date +%s.%N)
	"$@" >"$work/$_n.out" 2>"$work/$_n.err"
	secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" \
	    'BEGIN { printf "%.2f", b - a }')
}
# counted NAME CMD...: the client's instructions (valgrind's callgrind)
# into $ins, "-" without valgrind.
counted() {
	_n=$1
	shift
	ins=-
	command -v valgrind >/dev/null || return 0
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" \
	    >/dev/null 2>"$work/$_n.cg" || true
	ins=$(sed -n 's/.*Collected : *//p' "$work/$_n.cg")
}

# Dovecot's first look at the folder (it indexes and caches as it goes).
timed cold "$bin" harvest --config "$work/conf"
s0=$secs
timed second "$bin" harvest --config "$work/conf"
s2=$secs
timed baseline fetch_py
s3=$secs
# Again from an empty database, the fields cached as for the baseline.
sed "s|^path = .*|path = $work/warm.db|" "$work/conf" >"$work/warm.conf"
timed first "$bin" harvest --config "$work/warm.conf"
s1=$secs
timed files "$bin" ingest -q --db "$work/files.db" --sent "$box"
s4=$secs
# The same two runs counted, on a database of their own.
sed "s|^path = .*|path = $work/cg.db|" "$work/conf" >"$work/cg.conf"
counted first "$bin" harvest --config "$work/cg.conf"
i1=$ins
counted second "$bin" harvest --config "$work/cg.conf"
i2=$ins
counted files "$bin" ingest -q --db "$work/cgfiles.db" --sent "$box"
i4=$ins

rows=$(sqlite3 "$work/bench.db" 'SELECT count(*) FROM sent_messages')
frows=$(sqlite3 "$work/files.db" 'SELECT count(*) FROM sent_messages')
grep "sent mail" "$work/cold.err" "$work/second.err" | sed 's/^[^:]*://'
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'
}
echo "bench-sent: $n sent messages, $rows recipients recorded" \
    "(from files: $frows)"
echo "  1. first harvest, cold    ${s0} s  (Dovecot's first look)"
echo "  1. first harvest          ${s1} s  $(ratio "$n" "$s1") msg/s" \
    " instructions $i1"
echo "  2. second harvest         ${s2} s  (nothing new)  instructions $i2"
echo "  3. baseline imaplib fetch ${s3} s  (fields only, nothing kept)"
echo "  4. ingest --sent (files)  ${s4} s  instructions $i4"
echo "  first harvest / baseline: $(ratio "$s1" "$s3");" \
    "first harvest / ingest from files: $(ratio "$s1" "$s4")"
