#!/bin/sh
# The main job, end to end, on this machine only (issue 4, section 6):
# installs what is missing, builds, starts a private Dovecot on 127.0.0.1
# (scripts/dovecot-start.sh), seeds a sales mailbox with the sample bounces
# shipped in tests/fixtures/dsn, auto-replies and ordinary mail, harvests
# it into a fresh SQLite database, prints the report, exports the cleaned
# contact list, and stops the server.
#
#   scripts/demo.sh            (BUILD_DIR to use another build folder)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$top/build}
"$top/scripts/install-deps.sh"
BUILD_DIR=$build "$top/scripts/build.sh"
bin=$build/bounce-harvester

work=$(mktemp -d /tmp/bh-demo.XXXXXX)
chmod 0755 "$work"
cleanup() {
	"$top/scripts/dovecot-stop.sh" "$work/dovecot" >/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT INT TERM
"$top/scripts/dovecot-start.sh" --fresh "$work/dovecot"
. "$work/dovecot/env"

# Ordinary mail beside the bounces: the harvest must leave it alone.
for i in 1 2 3; do
	cat >"$work/ordinary-$i.eml" <<EOF
From: Customer $i <buyer$i@customer.example>
To: alice@example.com
Subject: Re: your offer number $i
Message-ID: <offer-$i@customer.example>
Date: Mon, 23 Nov 2026 10:0$i:00 +0000

Thanks, we will get back to you.
EOF
done
"$top/scripts/dovecot-seed.sh" "$work/dovecot" alice INBOX \
    "$top"/tests/fixtures/dsn/*.eml "$work"/ordinary-*.eml
echo "demo: seeded alice's INBOX with $(ls "$top"/tests/fixtures/dsn/*.eml |
    wc -l) sample bounces and auto-replies and 3 ordinary messages"

cat >"$work/demo.conf" <<EOF
[database]
path = $work/bounces.db

[account sales]
host = localhost
port = $IMAPS_PORT
ca_file = $CA_FILE
username = alice
password_env = DEMO_IMAP_PASSWORD
folders = INBOX
after = flag
EOF
export DEMO_IMAP_PASSWORD="$ALICE_PASSWORD"

echo "demo: bounce-harvester harvest (first run)"
"$bin" harvest --config "$work/demo.conf"
echo "demo: bounce-harvester harvest (second run: nothing new)"
"$bin" harvest --config "$work/demo.conf"
echo "demo: bounce-harvester report"
"$bin" report --config "$work/demo.conf"
echo "demo: bounce-harvester export --status all (first lines)"
"$bin" export --config "$work/demo.conf" --status all -o "$work/clean.csv"
head -n 8 "$work/clean.csv"
echo "demo: done; the server is stopped and $work removed"
