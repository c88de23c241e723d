#!/bin/sh
# End to end: time-dependent statuses recover when only `harvest` runs
# (the documented cron and systemd setup), against the private Dovecot of
# the ctest fixture, with the clock moved by faketime.
#
#   harvest_clock.sh BINARY DOVECOT_DIR
#
# A contact made `full` and one made `retry-later` by harvested bounces
# dated now; full_reset_days = 5, soft_reset_days = 7.  Two days later a
# second soft bounce brings the 24-hour review note and a new retry time;
# three days later a harvest of an empty folder leaves both as they are;
# ten days later another one (and nothing else) returns both to
# `active` with neither note nor retry time, which `status` and `export`
# then say, and the expiry is recorded against that run.  The same files
# through `ingest` recover the same way.
set -eu
. "$(dirname "$0")/lib.sh"
bin=$BH dv=$2 top=$TOP
. "$dv/env"
export BOB_PASSWORD

command -v faketime >/dev/null || die "faketime missing (install-deps.sh)"
# later DAYS COMMAND...: COMMAND with the clock DAYS days on.  A sanitizer
# build must accept libfaketime preloaded before its runtime.
later() {
	days=$1
	shift
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
	    faketime -f "+${days}d" "$@"
}
# expect DAYS FULL/SOFT: the contacts have these statuses, DAYS days on.
expect() {
	for a in voll@kunde.example spaeter@kunde.example; do
		later "$1" "$bin" status --db "$work/db" --json "$a" \
		    >"$work/status"
		case $a in voll*) want=${2%/*} ;; *) want=${2#*/} ;; esac
		grep -q "\"status\":\"$want\"" "$work/status" ||
		    die "day $1: $a not $want: $(cat "$work/status")"
	done
}

# dsn DAYS ADDRESS STATUS CODE TEXT: a delivery status notification
# dated DAYS days from now.
dsn() {
	days=$1
	shift
	cat <<EOF
From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: sender@shop.example
Subject: Undelivered Mail Returned to Sender
Date: $(later "$days" date -R)
Message-ID: <dsn-$days-$2-$$@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Delivery to $1 failed.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; $1
Action: failed
Status: $2
Diagnostic-Code: smtp; $3 $2 $4

--B
Content-Type: message/rfc822

From: sender@shop.example
To: $1
Subject: Angebot
Message-ID: <offer-$2-$$@shop.example>

Hallo
--B--
EOF
}
dsn 0 voll@kunde.example 5.2.2 552 "Mailbox full" >"$work/full.eml"
dsn 0 spaeter@kunde.example 4.4.1 451 "try again later" >"$work/soft.eml"
dsn 2 spaeter@kunde.example 4.4.1 451 "try again later" >"$work/soft2.eml"
folder=e2e_clock_$$
"$top/scripts/dovecot-seed.sh" "$dv" bob "$folder" "$work/full.eml" \
    "$work/soft.eml"
# The offers they return, sent: they count whatever accept_unverified says.
python3 "$top/scripts/sent-for.py" "$bin" "$work/sent" "$work/full.eml" \
    "$work/soft.eml" "$work/soft2.eml" >/dev/null
"$top/scripts/dovecot-seed.sh" "$dv" bob "${folder}_sent" "$work"/sent/*.eml

cat >"$work/conf" <<EOF
[database]
path = $work/db

[policy]
full_reset_days = 5
soft_reset_days = 7

[account bob]
host = localhost
port = $IMAPS_PORT
ca_file = $CA_FILE
username = bob
password_env = BOB_PASSWORD
auth = login
folders = $folder
sent_folders = ${folder}_sent
after = none
EOF

"$bin" harvest --config "$work/conf" 2>"$work/out" ||
    die "first harvest: exit $?: $(cat "$work/out")"
expect 0 full/retry-later

# Two days on, the soft bounce again: more than 24 hours of them earn the
# review note, and the retry time moves to four hours after it.  It
# arrives two days on: the server's INTERNALDATE says so.
"$top/scripts/dovecot-seed.sh" -t "@$(later 2 date +%s)" "$dv" bob "$folder" \
    "$work/soft2.eml"
later 2 "$bin" harvest --config "$work/conf" 2>"$work/out" ||
    die "harvest 2 days later: exit $?: $(cat "$work/out")"
expect 2 full/retry-later
retry=$(date -u -d "@$(($(later 2 date +%s) + 4 * 3600))" +%Y-%m-%dT%H)
status=$(later 2 "$bin" status --db "$work/db" --json spaeter@kunde.example)
echo "$status" | grep -q '"review":"still failing after 24 hours' ||
    die "day 2: no review note: $status"
echo "$status" | grep -q "\"retry_after\":\"$retry" ||
    die "day 2: retry_after not $retry: $status"

# Three days on: inside both quiet periods, nothing changes.
later 3 "$bin" harvest --config "$work/conf" 2>"$work/out" ||
    die "harvest 3 days later: exit $?: $(cat "$work/out")"
expect 3 full/retry-later

# Ten days on: only a harvest runs, and both quiet periods are over.
later 10 "$bin" harvest --config "$work/conf" 2>"$work/out" ||
    die "harvest 10 days later: exit $?: $(cat "$work/out")"
expect 10 active/active
status=$(later 10 "$bin" status --db "$work/db" --json spaeter@kunde.example)
echo "$status" | grep -q '"retry_after":null,"review":null' ||
    die "day 10: retry time or review note left: $status"
later 10 "$bin" export --db "$work/db" --status all --with-bounced \
    >"$work/export" ||
    die "export: exit $?"
grep -q "voll@kunde.example" "$work/export" ||
    die "voll@kunde.example not exported: $(cat "$work/export")"
grep -Eq "(full|retry-later)" "$work/export" &&
    die "export still says full or retry-later: $(cat "$work/export")"
# The change is the harvest's: its run row is the one the history names.
run=$(sqlite3 "$work/db" "SELECT h.run_id FROM status_history h JOIN
    contacts c ON c.id = h.contact_id WHERE c.address = 'voll@kunde.example'
    AND h.new_status = 'active'")
cmd=$(sqlite3 "$work/db" "SELECT command FROM runs WHERE id = '$run'")
[ "$cmd" = harvest ] || die "expiry recorded against run '$run' ($cmd)"

# ingest: the same core, the same expiry (an empty directory ten days on).
# The mailing tool's log shows the offers the two bounces answer.
mkdir "$work/none"
sent=$(($(date +%s) - 3600))
printf 'email,date\nvoll@kunde.example,%s\nspaeter@kunde.example,%s\n' \
    "$sent" "$sent" >"$work/sent.csv"
"$bin" ingest --config "$work/conf" --db "$work/ingest.db" --quiet \
    --sent-log "$work/sent.csv" "$work/full.eml" "$work/soft.eml" ||
    die "ingest: exit $?"
later 10 "$bin" ingest --config "$work/conf" --db "$work/ingest.db" \
    --quiet "$work/none" || die "ingest 10 days later: exit $?"
later 10 "$bin" export --db "$work/ingest.db" --status all --with-bounced \
    >"$work/export" || die "export after ingest: exit $?"
grep -q "voll@kunde.example,active" "$work/export" ||
    die "ingest: not active: $(cat "$work/export")"
grep -Eq "(full|retry-later)" "$work/export" && die "ingest: no expiry"
ok "full and retry-later recover under harvest alone, and ingest"
finish
