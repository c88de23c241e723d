#!/bin/sh
# The main job, end to end, on this machine only:
# starts a private Dovecot on 127.0.0.1 (scripts/dovecot-start.sh), seeds
# a sales mailbox with the sample bounces shipped in tests/fixtures
# (real messages and the dsn fixtures), auto-replies and ordinary mail,
# and its Sent folder with the mail they answer (scripts/sent-for.py),
# imports a small contact list into a fresh SQLite database, harvests the
# mailbox into it, prints the report, exports the cleaned contact list,
# lists the contacts left out, and stops the server.
# Expects a build in build/ (or $BUILD_DIR): scripts/install-deps.sh and
# scripts/build.sh first, as the README's main command does.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${BUILD_DIR:-$top/build}/bounce-harvester
[ -x "$bin" ] || { echo "demo: build first: scripts/build.sh" >&2; exit 1; }

temp_name=demo
. "$top/scripts/dovecot-temp.sh"

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
samples=$(ls "$top"/tests/fixtures/bounces/*.eml \
    "$top"/tests/fixtures/dsn/*.eml)
# shellcheck disable=SC2086
"$top/scripts/dovecot-seed.sh" -r "$work/dovecot" alice INBOX $samples \
    "$work"/ordinary-*.eml
echo "demo: seeded alice's INBOX with $(echo "$samples" | wc -l) sample" \
    "bounces and auto-replies and 3 ordinary messages"
# Her Sent folder (marked \Sent on the server): the mail the samples
# answer, the proof that they are bounces of our own mail.
# shellcheck disable=SC2086
sent=$(python3 "$top/scripts/sent-for.py" "$bin" "$work/sent" $samples)
"$top/scripts/dovecot-seed.sh" -r "$work/dovecot" alice Sent "$work"/sent/*.eml
echo "demo: seeded alice's Sent folder with the $sent messages they answer"

# The contact list the mailings went to: customers whose addresses the
# sample bounces name, and the three who answered.
cat >"$work/contacts.csv" <<EOF
Name,E-Mail,Company
Kijitora,kijitora@example.jp,Neko Trading
Shironeko,shironeko@example.jp,Neko Trading
Test Account,userunknown@bouncehammer.jp,Bouncehammer
Yahoo Reader,this-local-part-does-not-exist-on-yahoo@yahoo.com,Yahoo
Buyer One,buyer1@customer.example,Customer GmbH
Buyer Two,buyer2@customer.example,Customer GmbH
Buyer Three,buyer3@customer.example,Customer GmbH
EOF

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

echo "demo: bounce-harvester import (the contact list)"
"$bin" import --config "$work/demo.conf" "$work/contacts.csv"
echo "demo: bounce-harvester harvest (first run)"
"$bin" harvest --config "$work/demo.conf"
echo "demo: bounce-harvester harvest (second run: nothing new)"
"$bin" harvest --config "$work/demo.conf"
echo "demo: bounce-harvester report"
"$bin" report --config "$work/demo.conf"
echo "demo: bounce-harvester export (the cleaned list: no invalid or" \
    "complained contacts)"
"$bin" export --config "$work/demo.conf" -o "$work/clean.csv"
cat "$work/clean.csv"
echo "demo: bounce-harvester list --status invalid,complained (left out)"
"$bin" list --config "$work/demo.conf" --status invalid,complained
echo "demo: done; the server is stopped and $work removed"
